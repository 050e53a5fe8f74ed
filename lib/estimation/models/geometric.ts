/**
 * Geometric counts with success probability p, in one of two conventions (options.support):
 * - "failures" (default, R's dgeom): x = failures before the first success, x ∈ {0, 1, …},
 *   P(x) = p (1 − p)ˣ;
 * - "trials": x = trials up to and including the first success, x ∈ {1, 2, …}, P(x) = p (1 − p)^(x−1).
 *
 * MLE: with F = Σ failures (Σx, or Σ(x − 1) for trials), p̂ = n / (n + F), i.e. 1 / (1 + x̄) for
 * failures and 1 / x̄ for trials. The log-likelihood at p̂ is n log p̂ + F log(1 − p̂), equal to R's
 * `sum(dgeom(failures, p, log = TRUE))`. It is evaluated as −n log1p(F/n) − F log1p(n/F), the
 * same value written so that neither log p̂ nor log(1 − p̂) is taken of a rounded p̂ or 1 − p̂ (the
 * latter keeps only ~(1 − p̂)/ε of its digits when p̂ is near 1). F is summed scaled by a power of
 * two when it overflows (counts near 1e308): then F log1p(n/F) is formed as n · x̄ log1p(1/x̄),
 * x̄ = F/n. A sample with no failures gives p̂ = 1 and a log-likelihood of 0 (0 · log 0 = 0).
 *
 * Standard error from the observed information n / (p̂² (1 − p̂)): p̂ √((1 − p̂) / n) (as
 * MASS::fitdistr); 0 at p̂ = 1, on the boundary, where asymptotic normality does not hold.
 *
 * Reference: Johnson, Kemp & Kotz, Univariate Discrete Distributions, 3rd ed. (2005), ch. 5
 * (the geometric as the negative binomial with k = 1); Casella & Berger, Statistical Inference,
 * 2nd ed. (2002), §7.2.2.
 *
 * Cost: O(n).
 *
 * @example
 * fitGeometric([0, 1, 3]);
 * // { model: "geometric", params: { p: 0.42857142857142855 }, logLikelihood: -4.780356732903302,
 * //   iterations: 0, converged: true, standardErrors: { p: 0.18704390591656486 } }
 * fitGeometric([1, 2, 4], { support: "trials" }).params; // { p: 0.42857142857142855 }
 */
import { scaledSum, timesPowerOfTwo } from "../special";
import type { FitOptions, FitResult, ModelRunner } from "../types";
import { requireOptionChoice, requireSample, type SampleRules } from "../validate";

export interface GeometricParams {
  p: number;
}

export type GeometricSupport = "failures" | "trials";

const SUPPORTS: readonly GeometricSupport[] = ["failures", "trials"];

function sampleRules(support: GeometricSupport): SampleRules {
  return support === "failures"
    ? { integer: true, min: 0, noun: "geometric counts of failures" }
    : { integer: true, min: 1, noun: 'geometric counts of trials (options.support "trials")' };
}

function estimate(sample: number[], support: GeometricSupport): FitResult<GeometricParams> {
  const n = sample.length;
  const failures = scaledSum(support === "failures" ? sample : sample.map((x) => x - 1));
  const totalFailures = timesPowerOfTwo(failures.sum, failures.exponent);
  // x̄ = F/n from the scaled sum, finite even when F is not.
  const meanFailures = timesPowerOfTwo(failures.sum / n, failures.exponent);
  const p = Number.isFinite(n + totalFailures) ? n / (n + totalFailures) : 1 / (1 + meanFailures);
  let logLikelihood = 0;
  if (failures.sum > 0) {
    // n log p̂ = −n log1p(F/n);  F log(1 − p̂) = −F log1p(n/F) = −n · x̄ log1p(1/x̄).
    const failureTerm = Number.isFinite(totalFailures)
      ? totalFailures * Math.log1p(n / totalFailures)
      : n * (meanFailures * Math.log1p(1 / meanFailures));
    logLikelihood = -n * Math.log1p(meanFailures) - failureTerm;
  }
  return {
    model: "geometric",
    params: { p },
    logLikelihood,
    iterations: 0,
    converged: true,
    standardErrors: { p: p * Math.sqrt((1 - p) / n) },
  };
}

function run(data: unknown, options: Pick<FitOptions, "support"> | undefined): FitResult<GeometricParams> {
  const support = requireOptionChoice(options?.support, "options.support", SUPPORTS, "failures");
  return estimate(requireSample(data, "data", sampleRules(support)), support);
}

/**
 * MLE of p; `options.support` picks the convention ("failures" by default). Throws invalid-data
 * for values outside the support, invalid-option for an unknown support.
 */
export function fitGeometric(sample: readonly number[], options?: { support?: GeometricSupport }): FitResult<GeometricParams> {
  return run(sample, options);
}

export const runGeometric: ModelRunner = (job) => run(job.data, job.options);
