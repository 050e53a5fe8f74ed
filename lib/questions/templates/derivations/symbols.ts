/**
 * The symbols derivation parts use, with their meanings and the domains the equivalence check draws
 * from. Domains are kept modest so that likelihoods stay well inside floating point at every point.
 */
import type { ExpressionSymbol } from "../../../grading/expression";

const count = (name: string, meaning: string, min: number, max: number): ExpressionSymbol => ({
  name,
  meaning,
  domain: { min, max, integer: true },
});
const real = (name: string, meaning: string, min: number, max: number, aliases?: string[]): ExpressionSymbol => ({
  name,
  meaning,
  domain: { min, max },
  ...(aliases ? { aliases } : {}),
});

export const SYMBOL = {
  n: count("n", "the number of observations $n$", 2, 30),
  nLarge: count("n", "the number of trials $n$", 20, 60),
  k: count("k", "the number of successes $k$ (fewer than $n$)", 1, 19),
  S: real("S", "the sum of the observations, $S = \\sum_i x_i$", 0.5, 30, ["sum(x_i)", "sum(x)", "Σx_i", "Σx"]),
  Q: real("Q", "the sum of squares, $Q = \\sum_i x_i^2$", 0.5, 30, ["sum(x_i^2)", "sum(x^2)", "Σx_i^2", "Σx^2"]),
  D: real("D", "the sum of squared deviations from the known mean, $D = \\sum_i (x_i - \\mu)^2$", 0.5, 30),
  lambda: real("lambda", "the rate $\\lambda$ (type `lambda`)", 0.2, 3),
  p: real("p", "the probability $p$", 0.05, 0.95),
  mu: real("mu", "the mean $\\mu$ (type `mu`)", -3, 3),
  v: real("v", "the variance $v = \\sigma^2$", 0.2, 4),
  theta: real("theta", "the parameter $\\theta$ (type `theta`)", 0.2, 3),
} as const satisfies Record<string, ExpressionSymbol>;

export const xbar: ExpressionSymbol = {
  name: "xbar",
  meaning: "the sample mean $\\bar x = S/n$ (type `xbar`)",
  definedAs: "S/n",
  aliases: ["x̄"],
};
