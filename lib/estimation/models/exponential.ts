/**
 * Exponential waiting times: x ≥ 0, f(x) = λ e^(−λx), rate λ > 0.
 *
 * MLE: λ̂ = 1 / x̄ = n / Σ xᵢ. At λ̂ the log-likelihood n log λ̂ − λ̂ Σ xᵢ simplifies to
 *   n (log λ̂ − 1),
 * equal to R's `sum(dexp(x, rate, log = TRUE))`. A sample of only zeros has no MLE (the likelihood
 * grows without bound as λ → ∞) and is rejected as degenerate.
 * Σ xᵢ is summed scaled by a power of two when it would overflow (values near 1e308) or lose
 * digits to subnormal rounding, and log λ̂ is taken from the scaled sum, so both stay exact across
 * the double range; a mean so close to 0 that λ̂ exceeds the largest double (x̄ < ~5.6e-309) is a
 * `degenerate` error naming the overflow rather than a rate of Infinity.
 *
 * Standard error from the observed information n / λ̂²: λ̂ / √n (as MASS::fitdistr).
 *
 * Reference: Casella & Berger, Statistical Inference, 2nd ed. (2002), §7.2.2; Johnson, Kotz &
 * Balakrishnan, Continuous Univariate Distributions, Vol. 1, 2nd ed. (1994), ch. 19.
 *
 * Cost: O(n).
 *
 * @example
 * fitExponential([1, 2, 3]);
 * // { model: "exponential", params: { rate: 0.5 }, logLikelihood: -5.079441541679836,
 * //   iterations: 0, converged: true, standardErrors: { rate: 0.2886751345948129 } }
 */
import { degenerate } from "../errors";
import { scaledSum, timesPowerOfTwo } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireSample, type SampleRules } from "../validate";

export interface ExponentialParams {
  rate: number;
}

const WAITING_TIMES: SampleRules = { min: 0, noun: "exponential observations" };

function estimate(sample: number[]): FitResult<ExponentialParams> {
  const n = sample.length;
  const { sum, exponent } = scaledSum(sample);
  if (sum === 0) {
    throw degenerate("every value is 0: the exponential rate MLE n / Σx would be infinite");
  }
  // λ̂ = n / Σx = (n / sum) · 2^(−exponent); its log without forming λ̂.
  const scaledRate = n / sum;
  const rate = timesPowerOfTwo(scaledRate, -exponent);
  if (!(rate < Number.POSITIVE_INFINITY)) {
    throw degenerate(
      `the exponential rate MLE 1 / x̄ overflows double precision: the mean x̄ = ${timesPowerOfTwo(sum / n, exponent)} is too close to 0 (1 / x̄ is above ${Number.MAX_VALUE})`,
    );
  }
  const logRate = exponent === 0 ? Math.log(rate) : Math.log(scaledRate) - exponent * Math.LN2;
  return {
    model: "exponential",
    params: { rate },
    logLikelihood: n * (logRate - 1),
    iterations: 0,
    converged: true,
    standardErrors: { rate: rate / Math.sqrt(n) },
  };
}

/** MLE of the rate; throws invalid-data for negative or non-finite values, degenerate for all zeros. */
export function fitExponential(sample: readonly number[]): FitResult<ExponentialParams> {
  return estimate(requireSample(sample, "data", WAITING_TIMES));
}

export const runExponential: ModelRunner = (job) => estimate(requireSample(job.data, "data", WAITING_TIMES));
