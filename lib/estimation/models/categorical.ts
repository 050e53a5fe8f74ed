/**
 * Categorical / multinomial counts: (c₁, …, c_K) ~ Multinomial(N, (p₁, …, p_K)), N = Σ c_k.
 *
 * MLE: p̂_k = c_k / N (maximise Σ c_k log p_k subject to Σ p_k = 1 with a Lagrange multiplier).
 * The log-likelihood at p̂ includes the multinomial coefficient,
 *   log N! − Σ log c_k! + Σ c_k log p̂_k,
 * as R's `dmultinom(counts, prob = p, log = TRUE)` gives; empty categories contribute 0 (0 · log 0).
 * Those three sums are each ~N log N and cancel (all digits are gone by N ~ 1e16). Writing every
 * log c! by Stirling's formula with its exact error term, log c! = c log c − c + ½ log 2πc +
 * stirlerr(c) (Loader 2000; R's stirlerr.c), the c log c and c terms cancel exactly at p̂ and
 *   ℓ(p̂) = ½ log 2πN + stirlerr(N) − Σ_{c_k > 0} [½ log 2πc_k + stirlerr(c_k)]
 * is what is summed: terms of size log N, no cancellation, exact for every count. N is summed
 * scaled by a power of two when it overflows (counts near 1e308), so p̂ and the standard errors
 * stay exact too.
 *
 * Standard errors: √(p̂_k (1 − p̂_k) / N), the diagonal of the inverse observed information of the
 * constrained model (the multinomial covariance (diag p − p pᵀ) / N).
 *
 * Reference: Agresti, Categorical Data Analysis, 3rd ed. (2013), ch. 1 (multinomial likelihood
 * and its ML estimates); Wasserman, All of Statistics (2004), ch. 14 (the multinomial); C. Loader
 * (2000), "Fast and accurate computation of binomial probabilities" (stirlerr).
 *
 * Cost: O(K).
 *
 * @example
 * fitCategorical({ counts: [2, 1, 1] });
 * // { model: "categorical", params: { probabilities: [0.5, 0.25, 0.25] },
 * //   logLikelihood: -1.6739764335716711, iterations: 0, converged: true,
 * //   standardErrors: { probabilities: [0.25, 0.21650635094610965, 0.21650635094610965] } }
 */
import { MIN_NORMAL, compensatedSum, scaledSum, stirlerr, timesPowerOfTwo } from "../special";
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

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ½ log 2πc + stirlerr(c) = log c! − c log c + c, for c > 0 given as c = value · 2^exponent. */
function stirlingTerm(value: number, exponent: number): number {
  const count = timesPowerOfTwo(value, exponent); // Infinity beyond the double range: stirlerr → 0
  return HALF_LOG_TWO_PI + 0.5 * (Math.log(value) + exponent * Math.LN2) + stirlerr(count);
}

function estimate(counts: number[]): FitResult<CategoricalParams> {
  const { sum: total, exponent } = scaledSum(counts);
  const scaledCounts = exponent === 0 ? counts : counts.map((count) => timesPowerOfTwo(count, -exponent));
  const probabilities = scaledCounts.map((count) => count / total);
  const terms = [stirlingTerm(total, exponent)];
  scaledCounts.forEach((count) => {
    if (count > 0) terms.push(-stirlingTerm(count, exponent));
  });
  const logLikelihood = compensatedSum(terms);
  return {
    model: "categorical",
    params: { probabilities },
    logLikelihood,
    iterations: 0,
    converged: true,
    // √(p(1 − p)/N); where N was rescaled or p(1 − p)/N leaves the normal range (3 out of 1.5e308:
    // p is subnormal), as √(c/N) √(1 − p) / √N with √(c/N) = √c/√N from the scaled counts and the
    // (even) exponent halved outside the roots.
    standardErrors: {
      probabilities: probabilities.map((p, k) => {
        const plain = (p * (1 - p)) / total;
        if (p * (1 - p) === 0 || (exponent === 0 && plain >= MIN_NORMAL)) return Math.sqrt(plain);
        const root = ((Math.sqrt(scaledCounts[k] as number) / Math.sqrt(total)) * Math.sqrt(1 - p)) / Math.sqrt(total);
        return timesPowerOfTwo(root, -exponent / 2);
      }),
    },
  };
}

/** MLE of the category probabilities; throws invalid-data for non-counts or all-zero counts. */
export function fitCategorical(data: CategoricalData): FitResult<CategoricalParams> {
  return estimate(requireCategoricalData(data));
}

export const runCategorical: ModelRunner = (job) => estimate(requireCategoricalData(job.data));
