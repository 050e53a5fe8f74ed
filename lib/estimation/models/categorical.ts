/**
 * Categorical / multinomial counts: (c₁, …, c_K) ~ Multinomial(N, (p₁, …, p_K)), N = Σ c_k.
 *
 * MLE: p̂_k = c_k / N (maximise Σ c_k log p_k subject to Σ p_k = 1 with a Lagrange multiplier).
 * The log-likelihood at p̂ includes the multinomial coefficient,
 *   log N! − Σ log c_k! + Σ c_k log p̂_k,
 * as R's `dmultinom(counts, prob = p, log = TRUE)` gives; empty categories contribute 0 (0 · log 0).
 *
 * Standard errors: √(p̂_k (1 − p̂_k) / N), the diagonal of the inverse observed information of the
 * constrained model (the multinomial covariance (diag p − p pᵀ) / N).
 *
 * Reference: Agresti, Categorical Data Analysis, 3rd ed. (2013), ch. 1 (multinomial likelihood
 * and its ML estimates); Wasserman, All of Statistics (2004), ch. 14 (the multinomial).
 *
 * Cost: O(K).
 *
 * @example
 * fitCategorical({ counts: [2, 1, 1] });
 * // { model: "categorical", params: { probabilities: [0.5, 0.25, 0.25] },
 * //   logLikelihood: -1.6739764335716714, iterations: 0, converged: true,
 * //   standardErrors: { probabilities: [0.25, 0.21650635094610965, 0.21650635094610965] } }
 */
import { logFactorial } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireCounts, requireObject } from "../validate";

export interface CategoricalParams {
  probabilities: number[];
}

export interface CategoricalData {
  counts: readonly number[];
}

function requireCategoricalData(value: unknown): number[] {
  return requireCounts(requireObject(value, "data").counts, "data.counts", { positiveTotal: true });
}

function estimate(counts: number[]): FitResult<CategoricalParams> {
  let total = 0;
  for (const count of counts) total += count;
  const probabilities = counts.map((count) => count / total);
  let logLikelihood = logFactorial(total);
  counts.forEach((count, k) => {
    logLikelihood -= logFactorial(count);
    if (count > 0) logLikelihood += count * Math.log(probabilities[k] ?? 0);
  });
  return {
    model: "categorical",
    params: { probabilities },
    logLikelihood,
    iterations: 0,
    converged: true,
    standardErrors: { probabilities: probabilities.map((p) => Math.sqrt((p * (1 - p)) / total)) },
  };
}

/** MLE of the category probabilities; throws invalid-data for non-counts or all-zero counts. */
export function fitCategorical(data: CategoricalData): FitResult<CategoricalParams> {
  return estimate(requireCategoricalData(data));
}

export const runCategorical: ModelRunner = (job) => estimate(requireCategoricalData(job.data));
