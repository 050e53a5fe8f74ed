/**
 * Normal sample: x ~ N(μ, σ²), both unknown.
 *
 * MLE: μ̂ = x̄ and σ̂² = Σ (xᵢ − x̄)² / n. Divide by n, not n − 1: this is the MLE, which is biased
 * (E σ̂² = (n − 1) σ² / n); the unbiased s² is not what maximises the likelihood. At the MLE the
 * quadratic term equals n / 2, so the log-likelihood is
 *   −(n / 2) (log(2π σ̂²) + 1),
 * equal to R's `sum(dnorm(x, mean, sqrt(variance), log = TRUE))`. When all values are equal σ̂² = 0
 * and the likelihood is unbounded: rejected as degenerate. When Σx or Σ(x − x̄)² overflows (values
 * near 1e308) the moments are recomputed on the sample scaled by a power of two (exact); a
 * variance that is itself beyond the double range is a `degenerate` error that says so.
 *
 * Standard errors from the observed information at the MLE, diag(n / σ̂², n / (2 σ̂⁴)):
 * mean √(σ̂² / n), variance σ̂² √(2 / n) (MASS::fitdistr reports sd with σ̂ / √(2n), the same
 * information by the delta method).
 *
 * Reference: Casella & Berger, Statistical Inference, 2nd ed. (2002), Example 7.2.11.
 *
 * Cost: O(n) (two passes: the mean first, then squared deviations from it, which avoids the
 * cancellation of Σx² − n x̄²).
 *
 * @example
 * fitNormal([1, 2, 3, 4]);
 * // { model: "normal", params: { mean: 2.5, variance: 1.25 }, logLikelihood: -6.12204123544711,
 * //   iterations: 0, converged: true,
 * //   standardErrors: { mean: 0.5590169943749475, variance: 0.8838834764831844 } }
 */
import { degenerate } from "../errors";
import { compensatedSum, timesPowerOfTwo } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireSample } from "../validate";

export interface NormalParams {
  mean: number;
  variance: number;
}

/** Mean and divide-by-n variance, shared with the lognormal model (on log x). */
export function meanAndVarianceMle(sample: readonly number[]): { mean: number; variance: number } {
  const n = sample.length;
  const firstMean = compensatedSum(sample) / n;
  const deviations = sample.map((x) => x - firstMean);
  // Correct the mean by the mean deviation (what R's mean() does in its second pass).
  const correction = compensatedSum(deviations) / n;
  const mean = firstMean + correction;
  const variance = compensatedSum(deviations.map((deviation) => (deviation - correction) ** 2)) / n;
  return { mean, variance };
}

function estimate(sample: number[]): FitResult<NormalParams> {
  const n = sample.length;
  let { mean, variance } = meanAndVarianceMle(sample);
  if (!Number.isFinite(mean) || !Number.isFinite(variance)) {
    // Σx or Σ(x − x̄)² overflowed: redo the moments on x / 2^e, 2^e ≤ max |x| (an exact scaling
    // that brings every value into [−2, 2], so neither sums nor squares can overflow).
    let largest = 0;
    for (const x of sample) largest = Math.max(largest, Math.abs(x));
    const exponent = Math.floor(Math.log2(largest));
    const scaled = meanAndVarianceMle(sample.map((x) => timesPowerOfTwo(x, -exponent)));
    mean = timesPowerOfTwo(scaled.mean, exponent);
    variance = timesPowerOfTwo(scaled.variance, 2 * exponent);
    if (!Number.isFinite(variance)) {
      const sd = timesPowerOfTwo(Math.sqrt(scaled.variance), exponent);
      throw degenerate(
        `the variance MLE overflows double precision: the standard deviation ${sd.toPrecision(3)} squared is above ${Number.MAX_VALUE}`,
      );
    }
  }
  if (!(variance > 0)) {
    throw degenerate("every value is the same: the variance MLE is 0 and the normal likelihood is unbounded");
  }
  return {
    model: "normal",
    params: { mean, variance },
    logLikelihood: -(n / 2) * (Math.log(2 * Math.PI * variance) + 1),
    iterations: 0,
    converged: true,
    standardErrors: { mean: Math.sqrt(variance / n), variance: variance * Math.sqrt(2 / n) },
  };
}

/** MLEs of mean and variance (divide by n); throws invalid-data for bad values, degenerate for zero spread. */
export function fitNormal(sample: readonly number[]): FitResult<NormalParams> {
  return estimate(requireSample(sample, "data"));
}

export const runNormal: ModelRunner = (job) => estimate(requireSample(job.data, "data"));
