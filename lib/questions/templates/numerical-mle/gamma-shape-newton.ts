/**
 * `gamma-shape-newton` (content map 4): the gamma shape has no closed-form MLE. With the rate profiled
 * out (β̂ = α/x̄) the shape solves log α − ψ(α) = s, s = log x̄ − mean(log x). The learner computes s,
 * takes one Newton step on that equation from a given start (ψ and ψ′ at the start are supplied,
 * rounded, in the data), and the profile rate at the new shape. The library's full fit (`fitGamma`)
 * is what the step heads towards.
 */
import { fitGamma } from "../../../estimation/models/gamma";
import type { Rng } from "../../../estimation/random";
import { roundTo } from "../../../estimation/samplers";
import { digamma, trigamma } from "../../../estimation/special";
import { defineComputation } from "../../computation";
import { drawSome, exponentialDraw, integerBetween, mean, pick, sum, texNumber, texTuple } from "../shared/mle";

interface Variant {
  data: { sample: number[]; alpha0: number; digamma0: number; trigamma0: number };
}

function draw(rng: Rng): Variant | null {
  const n = integerBetween(rng, 5, 8);
  const shape = pick(rng, [2, 3, 4]);
  const scale = pick(rng, [0.5, 1, 2]);
  // An integer shape is a sum of exponentials; one decimal, never 0.
  const sample = Array.from({ length: n }, () =>
    Math.max(0.1, roundTo(sum(Array.from({ length: shape }, () => exponentialDraw(rng, 1 / scale))), 1)),
  );
  if (new Set(sample).size === 1) return null;
  const shapeMle = fitGamma(sample).params.shape;
  // Small samples can give a huge shape (nearly equal values): keep it in a hand-friendly range.
  if (shapeMle < 1 || shapeMle > 12) return null;
  // Start below the root: log α − ψ(α) − s is convex and decreasing, so Newton from the left
  // moves monotonically towards the root and never leaves α > 0.
  const alpha0 = Math.max(0.5, roundTo(shapeMle * (0.6 + 0.25 * rng.next()), 1));
  return {
    data: { sample, alpha0, digamma0: roundTo(digamma(alpha0), 4), trigamma0: roundTo(trigamma(alpha0), 4) },
  };
}

const makeVariant = (rng: Rng): Variant => drawSome(rng, draw);

/** s = log x̄ − mean(log x) ≥ 0. */
const logGap = (sample: readonly number[]) => Math.log(mean(sample)) - mean(sample.map(Math.log));

/** f(α) = log α − ψ(α) − s and f′(α) = 1/α − ψ′(α) at the start, with the supplied ψ, ψ′. */
function profileAtStart({ alpha0, digamma0, trigamma0 }: Variant["data"], s: number) {
  return { value: Math.log(alpha0) - digamma0 - s, slope: 1 / alpha0 - trigamma0 };
}

/** s as the hints work it: the log of the written-down mean minus the mean of the written-down logs. */
const logGapByHand = (sample: readonly number[], round: (value: number) => number) =>
  round(Math.log(round(mean(sample)))) - round(mean(sample.map((x) => round(Math.log(x)))));

/** α₁ from f(α₀) and f′(α₀) written down, each from written-down logs and reciprocals, for a written-down s. */
function stepByHand({ alpha0, digamma0, trigamma0 }: Variant["data"], s: number, round: (value: number) => number): number {
  const value = round(round(Math.log(alpha0)) - digamma0 - s);
  const slope = round(round(1 / alpha0) - trigamma0);
  return alpha0 - value / slope;
}

/** Relative tolerance of the step: a value of s right to 0.5 % moves α₁ by 0.5 %·s/|f′(α₀)|. */
function stepTolerance(data: Variant["data"], s: number, next: number): number {
  const { slope } = profileAtStart(data, s);
  return 0.005 * (1 + (1.2 * Math.abs(s / slope)) / Math.abs(next));
}

export const gammaShapeNewton = defineComputation({
  id: "gamma-shape-newton",
  title: "Gamma shape MLE: one Newton step on the profile equation",
  topic: "mle-numerical",
  difficulty: "hard",
  tags: ["gamma", "newton-raphson", "profile-likelihood", "no-closed-form", "digamma"],
  source: "lib/estimation gamma; Minka (2002), Estimating a Gamma distribution; Choi & Wette (1969), Technometrics 11(4)",
  make: makeVariant,
  prompt: ({ data }) =>
    `Positive measurements $x = ${texTuple(data.sample)}$ are modelled as independent Gamma($\\alpha$, $\\beta$) draws with density $\\beta^{\\alpha}x^{\\alpha-1}e^{-\\beta x}/\\Gamma(\\alpha)$. Setting $\\partial\\ell/\\partial\\beta = 0$ gives $\\beta = \\alpha/\\bar x$; substituting it, the shape MLE solves $f(\\alpha) = \\log\\alpha - \\psi(\\alpha) - s = 0$, where $s = \\log\\bar x - \\frac1n\\sum_i\\log x_i$ and $\\psi$ is the digamma function. Newton's method starts at $\\alpha_0 = ${data.alpha0}$, where $\\psi(\\alpha_0) = ${data.digamma0}$ and $\\psi'(\\alpha_0) = ${data.trigamma0}$. Use natural logs and keep at least 4 significant figures in intermediate results.`,
  parts: [
    {
      id: "s",
      prompt: "Compute $s = \\log\\bar x - \\frac1n\\sum_i \\log x_i$.",
      hints: ({ data }) => [
        `Compute the mean $\\bar x$ of the ${data.sample.length} values and take its log.`,
        "Then average the logs of the values. By Jensen's inequality the second number is smaller, so $s > 0$.",
      ],
      truth: ({ sample }) => logGap(sample),
      // s is a difference of two logs: their 4-figure rounding can move a small s by a few per cent.
      routes: [({ sample }, _earlier, round) => logGapByHand(sample, round)],
      check: ({ sample }) => ({
        range: { min: 0, name: "s (log of the mean minus mean of the logs, never negative by Jensen's inequality)" },
        mistakes: [
          {
            tag: "log-base-10",
            value: logGap(sample) / Math.LN10,
            message: "You used log base 10. The gamma likelihood uses natural logs.",
          },
        ],
      }),
    },
    {
      id: "next",
      prompt: "Take one Newton step on $f(\\alpha) = 0$: compute $\\alpha_1$.",
      hints: () => [
        "Newton for a root: $\\alpha_1 = \\alpha_0 - f(\\alpha_0)/f'(\\alpha_0)$.",
        "$f'(\\alpha) = 1/\\alpha - \\psi'(\\alpha)$; both $\\psi(\\alpha_0)$ and $\\psi'(\\alpha_0)$ are given.",
        "$f(\\alpha_0) > 0$ and $f' < 0$ here, so $\\alpha_1 > \\alpha_0$.",
      ],
      uses: ["s"],
      truth: (data, earlier) => {
        const { value, slope } = profileAtStart(data, earlier("s"));
        return data.alpha0 - value / slope;
      },
      // From the data with every intermediate written down (s included), and from a typed s.
      routes: [
        (data, _earlier, round) => stepByHand(data, round(logGapByHand(data.sample, round)), round),
        (data, earlier, round) => stepByHand(data, earlier("s"), round),
      ],
      check: (data, truths) => {
        const s = truths.s;
        const { value, slope } = profileAtStart(data, s);
        return {
          tolerance: stepTolerance(data, s, truths.next),
          range: { min: 0, name: "a gamma shape" },
          mistakes: [
            {
              tag: "wrong-sign-step",
              value: data.alpha0 + value / slope,
              message: "You added $f(\\alpha_0)/f'(\\alpha_0)$. Newton subtracts it: $\\alpha_1 = \\alpha_0 - f(\\alpha_0)/f'(\\alpha_0)$.",
            },
          ],
        };
      },
    },
    {
      id: "rate",
      prompt: "Compute the rate that goes with $\\alpha_1$, $\\beta_1 = \\alpha_1/\\bar x$.",
      hints: () => [
        "For a fixed shape, $\\partial\\ell/\\partial\\beta = n\\alpha/\\beta - \\sum_i x_i = 0$ gives $\\beta = \\alpha/\\bar x$.",
        "Divide your $\\alpha_1$ by the sample mean.",
      ],
      uses: ["next"],
      truth: ({ sample }, earlier) => earlier("next") / mean(sample),
      // α₁ as worked from the data (see part 2) or as typed, over the written-down mean.
      routes: [
        (data, _earlier, round) => round(stepByHand(data, round(logGapByHand(data.sample, round)), round)) / round(mean(data.sample)),
        (data, earlier, round) => earlier("next") / round(mean(data.sample)),
      ],
      check: (data, truths) => ({
        tolerance: stepTolerance(data, truths.s, truths.next),
        range: { min: 0, name: "a gamma rate" },
        mistakes: [
          {
            tag: "scale-not-rate",
            value: mean(data.sample) / truths.next,
            message: "That is $\\bar x/\\alpha_1$, the scale. The rate is its reciprocal, $\\alpha_1/\\bar x$.",
          },
        ],
      }),
    },
  ],
  solution: ({ data }, truths) => {
    const { sample, alpha0, digamma0, trigamma0 } = data;
    const s = truths.s;
    const { value, slope } = profileAtStart(data, s);
    const fit = fitGamma(sample).params;
    return [
      `$\\bar x = ${texNumber(mean(sample), 6)}$, so $\\log\\bar x = ${texNumber(Math.log(mean(sample)), 6)}$; the mean of the logs is $${texNumber(mean(sample.map(Math.log)), 6)}$. Hence $s = ${texNumber(s, 5)}$.`,
      `$$f(\\alpha_0) = \\log ${alpha0} - ${digamma0 < 0 ? `(${digamma0})` : digamma0} - ${texNumber(s, 5)} = ${texNumber(value, 5)}, \\qquad f'(\\alpha_0) = \\frac{1}{${alpha0}} - ${trigamma0} = ${texNumber(slope, 5)}.$$`,
      `$$\\alpha_1 = \\alpha_0 - \\frac{f(\\alpha_0)}{f'(\\alpha_0)} = ${alpha0} - \\frac{${texNumber(value, 5)}}{${texNumber(slope, 5)}} = ${texNumber(truths.next)}, \\qquad \\beta_1 = \\frac{\\alpha_1}{\\bar x} = ${texNumber(truths.rate)}.$$`,
      `Iterating to convergence gives the MLE $\\hat\\alpha = ${texNumber(fit.shape)}$, $\\hat\\beta = ${texNumber(fit.rate)}$ (the library's fit). $\\log\\alpha - \\psi(\\alpha)$ has no inverse in closed form, which is why the gamma shape, like the Weibull shape, needs an iterative method.`,
    ].join("\n\n");
  },
});
