/**
 * Small helpers shared by the computational MLE templates: seeded choices, the sums a learner forms by
 * hand, TeX for numbers and lists, and the rule that keeps a final estimate tied to the estimation
 * library while still allowing follow-through.
 */
import type { Rng } from "../../../estimation/random";
import { formatNumber, texFraction } from "../../format";

/** One item of a list, drawn uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) throw new Error("pick: the list is empty");
  return item;
}

/** A whole number from `low` to `high`, both included. */
export function intBetween(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng.next() * (high - low + 1));
}

export const sum = (values: readonly number[]): number => values.reduce((total, x) => total + x, 0);
export const mean = (values: readonly number[]): number => sum(values) / values.length;

/** Σ log xᵢ! with exact small factorials: the counts of these templates are small. */
export function logFactorial(k: number): number {
  let total = 0;
  for (let i = 2; i <= k; i += 1) total += Math.log(i);
  return total;
}

/**
 * A number as TeX: up to `digits` significant figures, and `a \times 10^{b}` instead of the
 * `1.2e-7` that JavaScript prints for very small or very large values.
 */
export function tex(value: number, digits = 4): string {
  const text = formatNumber(value, digits);
  const match = /^(-?[\d.]+)e([+-]\d+)$/.exec(text);
  if (!match) return text;
  return `${match[1]} \\times 10^{${Number(match[2])}}`;
}

/** A ratio of whole numbers in lowest terms as TeX, or the whole number itself when it reduces to one. */
export function texRatio(numerator: number, denominator: number): string {
  return Number.isInteger(numerator / denominator) ? String(numerator / denominator) : texFraction(numerator, denominator);
}

/** A value with an explicit sign, for sums written out term by term: `+ 1.2`, `- 0.4`. */
export function signed(value: number, digits = 4): string {
  return value < 0 ? `- ${tex(-value, digits)}` : `+ ${tex(value, digits)}`;
}

/** A value in parentheses when it is negative, for products and powers: `(-1.5)`. */
export function wrapped(value: number, digits = 4): string {
  return value < 0 ? `(${tex(value, digits)})` : tex(value, digits);
}

/** A sample as a TeX tuple: `(1, 0, 2, 3)`. */
export function texTuple(values: readonly number[]): string {
  return `(${values.join(", ")})`;
}

/**
 * Whether a value an earlier part was graded with is its true value (the library's). Follow-through
 * recomputes a later part from the learner's own wrong earlier value; with the true value the final
 * estimate comes from lib/estimation, so the two agree by construction only when this holds.
 */
export function isTrueValue(value: number | undefined, truth: number): boolean {
  return value !== undefined && Math.abs(value - truth) <= 1e-12 * Math.max(1, Math.abs(truth));
}

/** Value of an earlier part, which `defineComputation` always provides for parts listed in `uses`. */
export function used(values: Readonly<Record<string, number>>, partId: string): number {
  const value = values[partId];
  if (value === undefined) throw new Error(`part ${partId} has no value yet: list it in \`uses\` after it is defined`);
  return value;
}

/** An exponential waiting time with the given rate, by inversion (one uniform). */
export function exponentialDraw(rng: Rng, rate: number): number {
  return -Math.log(1 - rng.next()) / rate;
}

/** Failures before the first success of Bernoulli(p) trials, by inversion (one uniform). */
export function geometricFailures(rng: Rng, p: number): number {
  return Math.floor(Math.log(1 - rng.next()) / Math.log(1 - p));
}

/** 1 / (1 + e^{−η}): the logistic function. */
export function logistic(eta: number): number {
  return 1 / (1 + Math.exp(-eta));
}

/** The normal quantile used for 95 % Wald intervals throughout the bank. */
export const Z_95 = 1.96;
