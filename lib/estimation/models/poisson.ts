/**
 * Poisson counts: x ∈ {0, 1, 2, …}, P(x) = λˣ e^(−λ) / x!.
 *
 * MLE: λ̂ = x̄, the sample mean (with a frequency table { values, frequencies }, the weighted mean
 * Σ fᵢ xᵢ / Σ fᵢ). The log-likelihood at λ̂ includes the log x! terms,
 *   Σ fᵢ (xᵢ log λ̂ − λ̂ − log xᵢ!),
 * as R's `sum(dpois(x, lambda, log = TRUE))` gives. Each term is evaluated as R's dpois does, in
 * Loader's saddle-point form −½ log(2πx) − stirlerr(x) − bd0(x, λ̂) (`logPoissonPmf`,
 * special.ts): x log λ̂ and log x! are each ~x log x and cancel, losing ~log10(x) digits (4e-8
 * relative for counts near 1e9), which Loader's form never builds. A table row with frequency 0
 * contributes nothing, whatever its value. An all-zero sample gives λ̂ = 0 and a log-likelihood of
 * 0 (each term is 0 · log 0 − 0 − log 0! = 0).
 * Sums that overflow (counts or frequencies near 1e308) are taken scaled by a power of two, so λ̂
 * and its standard error stay exact; a log-likelihood beyond the double range is a `degenerate`
 * error.
 *
 * Standard error from the observed information N / λ̂: √(λ̂ / N), N = Σ fᵢ (as MASS::fitdistr).
 *
 * Reference: Casella & Berger, Statistical Inference, 2nd ed. (2002), §7.2.2; Johnson, Kemp & Kotz,
 * Univariate Discrete Distributions, 3rd ed. (2005), ch. 4 (Poisson distribution); C. Loader
 * (2000), "Fast and accurate computation of binomial probabilities".
 *
 * Cost: O(n) in the number of values (or table rows).
 *
 * @example
 * fitPoisson([2, 0, 3, 1]);
 * // { model: "poisson", params: { lambda: 1.5 }, logLikelihood: -6.052116001139013,
 * //   iterations: 0, converged: true, standardErrors: { lambda: 0.6123724356957945 } }
 */
import { degenerate } from "../errors";
import { MIN_NORMAL, compensatedSum, logPoissonPmf, scaledSum, timesPowerOfTwo, type ScaledSum } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireWeightedSample, type SampleRules, type WeightedSample } from "../validate";

export interface PoissonParams {
  lambda: number;
}

export type PoissonData = readonly number[] | { values: readonly number[]; frequencies: readonly number[] };

const COUNTS: SampleRules = { integer: true, min: 0, noun: "Poisson counts" };

/**
 * √(λ̂ / N); where a sum was rescaled or λ̂ / N leaves the normal range (one count over 1e308
 * frequencies), as √(Σ f x) / N from the scaled sums (their exponents are even).
 */
function standardError(lambda: number, sumOfValues: ScaledSum, total: ScaledSum): number {
  const plain = lambda / total.sum;
  if (lambda === 0 || (sumOfValues.exponent === 0 && total.exponent === 0 && plain >= MIN_NORMAL)) return Math.sqrt(plain);
  return timesPowerOfTwo(Math.sqrt(sumOfValues.sum) / total.sum, sumOfValues.exponent / 2 - total.exponent);
}

function estimate({ values, frequencies }: WeightedSample): FitResult<PoissonParams> {
  const total = scaledSum(frequencies);
  const sumOfValues = scaledSum(values, frequencies);
  const lambda = timesPowerOfTwo(sumOfValues.sum / total.sum, sumOfValues.exponent - total.exponent);
  if (!Number.isFinite(lambda)) {
    throw degenerate(
      "Σ frequency · value overflows double precision even rescaled (values and frequencies both near 1e308): λ̂ cannot be formed",
    );
  }
  const logLikelihood = compensatedSum(
    values.map((x, i) => {
      const frequency = frequencies[i] as number;
      return frequency === 0 ? 0 : frequency * logPoissonPmf(x, lambda);
    }),
  );
  if (!Number.isFinite(logLikelihood)) {
    throw degenerate(
      `the Poisson log-likelihood at λ̂ = ${lambda} is beyond double precision (below −${Number.MAX_VALUE}): the frequencies are too large`,
    );
  }
  return {
    model: "poisson",
    params: { lambda },
    logLikelihood,
    iterations: 0,
    converged: true,
    standardErrors: { lambda: standardError(lambda, sumOfValues, total) },
  };
}

/** MLE of λ from counts or a frequency table; throws invalid-data for non-counts or an empty sample. */
export function fitPoisson(data: PoissonData): FitResult<PoissonParams> {
  return estimate(requireWeightedSample(data, "data", COUNTS));
}

export const runPoisson: ModelRunner = (job) => estimate(requireWeightedSample(job.data, "data", COUNTS));
