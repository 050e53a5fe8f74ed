/**
 * Small helpers shared by the computational MLE templates: seeded choices, the sums a learner forms by
 * hand, TeX for numbers and lists, and the rule that keeps a final estimate tied to the estimation
 * library while still allowing follow-through.
 */
import type { Rng } from "../../../estimation/random";
import { texFraction } from "../../format";
import { drawSome, integerBetween, logFactorial, mean, pick, sum, texNumber, texSigned, texTerm } from "../../template-kit";

// The shared kit, re-exported so the templates of this folder import from one place.
export { drawSome, integerBetween, logFactorial, mean, pick, sum, texNumber, texSigned, texTerm };

/** A ratio of whole numbers in lowest terms as TeX, or the whole number itself when it reduces to one. */
export function texRatio(numerator: number, denominator: number): string {
  return Number.isInteger(numerator / denominator) ? String(numerator / denominator) : texFraction(numerator, denominator);
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
