/**
 * Small helpers shared by the templates: seeded choices, sums, densities, and numbers written as TeX.
 * Pure functions; factorials and Poisson probabilities come from lib/estimation/special.
 */
import type { Rng } from "../estimation/random";
import { logFactorial, logPoissonPmf } from "../estimation/special";
import { formatNumber } from "./format";

export { logFactorial };

/** One item of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) throw new Error("pick: the list is empty");
  return item;
}

/** A whole number from `low` to `high`, both included, uniformly. */
export function integerBetween(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng.next() * (high - low + 1));
}

export const sum = (values: readonly number[]): number => values.reduce((total, x) => total + x, 0);
export const mean = (values: readonly number[]): number => sum(values) / values.length;

/** The normal density N(x | mean, variance), with the variance σ², not σ. */
export function normalDensity(x: number, mean: number, variance: number): number {
  return Math.exp(-((x - mean) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
}

/** The Poisson(λ) probability of a count x. */
export function poissonProbability(x: number, lambda: number): number {
  return Math.exp(logPoissonPmf(x, lambda));
}

/** A number for TeX with `digits` significant figures: `1.23 \times 10^{-5}` rather than `1.23e-5`. */
export function texNumber(value: number, digits = 4): string {
  const text = formatNumber(value, digits);
  const match = /^(-?[\d.]+)e([+-]\d+)$/.exec(text);
  return match ? `${match[1]} \\times 10^{${Number(match[2])}}` : text;
}

/** A number inside a TeX sum or product: in parentheses when negative, `(-1.5)`. */
export function texTerm(value: number, digits = 4): string {
  return value < 0 ? `(${texNumber(value, digits)})` : texNumber(value, digits);
}

/** A value with an explicit sign, for sums written out term by term: `+ 1.2`, `- 0.4`. */
export function texSigned(value: number, digits = 4): string {
  return value < 0 ? `- ${texNumber(-value, digits)}` : `+ ${texNumber(value, digits)}`;
}
