/**
 * Helpers shared by the core templates: seeded picks, numbers typeset for TeX, and the two small
 * Gaussian-mixture formulas (an E-step for one point, an M-step for one component) that the
 * estimation library runs only inside a whole EM fit.
 */
import { formatNumber, texFraction } from "../../format";
import { drawUntil, integerBetween, normalDensity, pick, sum, texNumber } from "../../template-kit";

// The shared kit, re-exported so the templates of this folder import from one place.
export { drawUntil, integerBetween, normalDensity, pick, sum, texNumber };

/** A sum of numbers shown in data (one or two decimals): without binary noise, `12.3` not `12.299999999999999`. */
export function texSum(value: number): string {
  return formatNumber(value, 10);
}

/** `\frac{34}{12} = \tfrac{17}{6}`, `\frac{7}{12}` or `\frac{36}{12} = 3`: a ratio of whole numbers, reduced when it can be. */
export function texRatio(numerator: number, denominator: number): string {
  const reduced = texFraction(numerator, denominator);
  const raw = `\\frac{${numerator}}{${denominator}}`;
  if (Number.isInteger(numerator / denominator)) return `${raw} = ${numerator / denominator}`;
  return reduced === `\\tfrac{${numerator}}{${denominator}}` ? raw : `${raw} = ${reduced}`;
}

export interface TwoNormals {
  weights: readonly number[];
  means: readonly number[];
  variances: readonly number[];
}

/**
 * E-step for one point of a two-component 1-D Gaussian mixture, by Bayes' rule:
 *   r₁ = w₁ N(x | μ₁, σ₁²) / (w₁ N(x | μ₁, σ₁²) + w₂ N(x | μ₂, σ₂²)).
 * Reference: Bishop (2006), Pattern Recognition and Machine Learning, eq. (9.13). Cost O(1).
 * The numbers of the questions are hand-sized, so the densities never underflow.
 *
 * @example
 * firstResponsibility(1, { weights: [0.5, 0.5], means: [0, 2], variances: [1, 1] }); // 0.5
 */
export function firstResponsibility(x: number, { weights, means, variances }: TwoNormals): number {
  const first = (weights[0] as number) * normalDensity(x, means[0] as number, variances[0] as number);
  const second = (weights[1] as number) * normalDensity(x, means[1] as number, variances[1] as number);
  return first / (first + second);
}

export interface ComponentUpdate {
  /** Σ rᵢ: the expected number of points in the component. */
  expectedCount: number;
  weight: number;
  mean: number;
  variance: number;
}

/**
 * M-step for one component of a 1-D Gaussian mixture, the weighted MLE with weights rᵢ:
 *   N₁ = Σ rᵢ,  w₁ = N₁ / n,  μ₁ = Σ rᵢ xᵢ / N₁,  σ₁² = Σ rᵢ (xᵢ − μ₁)² / N₁ (divide by N₁: the MLE).
 * Pass `aroundMean` to take the variance about another mean (a learner's own μ₁, for follow-through).
 * Reference: Bishop (2006), eqs. (9.24)–(9.26). Cost O(n).
 *
 * @example
 * componentUpdate([1, 2, 4], [1, 0.5, 0]); // { expectedCount: 1.5, weight: 0.5, mean: 1.3333…, variance: 0.2222… }
 */
export function componentUpdate(sample: readonly number[], responsibilities: readonly number[], aroundMean?: number): ComponentUpdate {
  const expectedCount = sum(responsibilities);
  const mean = sum(sample.map((x, i) => (responsibilities[i] as number) * x)) / expectedCount;
  const centre = aroundMean ?? mean;
  const scatter = sum(sample.map((x, i) => (responsibilities[i] as number) * (x - centre) ** 2));
  return { expectedCount, weight: expectedCount / sample.length, mean, variance: scatter / expectedCount };
}

/** Whether `value` is at least `gap` (relative) away from every other number of `values`. */
export function isApartFrom(value: number, values: readonly number[], gap: number): boolean {
  return values.every((other) => !Number.isFinite(other) || Math.abs(value - other) > gap * Math.max(Math.abs(value), Math.abs(other)));
}
