/**
 * Poisson counts: x ∈ {0, 1, 2, …}, P(x) = λˣ e^(−λ) / x!.
 *
 * MLE: λ̂ = x̄, the sample mean (with a frequency table { values, frequencies }, the weighted mean
 * Σ fᵢ xᵢ / Σ fᵢ). The log-likelihood at λ̂ includes the log x! terms,
 *   Σ fᵢ (xᵢ log λ̂ − λ̂ − log xᵢ!),
 * as R's `sum(dpois(x, lambda, log = TRUE))` gives. An all-zero sample gives λ̂ = 0 and a
 * log-likelihood of 0 (each term is 0 · log 0 − 0 − log 0! = 0).
 *
 * Standard error from the observed information N / λ̂: √(λ̂ / N), N = Σ fᵢ (as MASS::fitdistr).
 *
 * Reference: Casella & Berger, Statistical Inference, 2nd ed. (2002), §7.2.2; Johnson, Kemp & Kotz,
 * Univariate Discrete Distributions, 3rd ed. (2005), ch. 4 (Poisson distribution).
 *
 * Cost: O(n) in the number of values (or table rows).
 *
 * @example
 * fitPoisson([2, 0, 3, 1]);
 * // { model: "poisson", params: { lambda: 1.5 }, logLikelihood: -6.052116001139014,
 * //   iterations: 0, converged: true, standardErrors: { lambda: 0.6123724356957945 } }
 */
import { compensatedSum, logFactorial } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireWeightedSample, type SampleRules, type WeightedSample } from "../validate";

export interface PoissonParams {
  lambda: number;
}

export type PoissonData = readonly number[] | { values: readonly number[]; frequencies: readonly number[] };

const COUNTS: SampleRules = { integer: true, min: 0, noun: "Poisson counts" };

function estimate({ values, frequencies }: WeightedSample): FitResult<PoissonParams> {
  const total = compensatedSum(frequencies);
  const sumOfValues = compensatedSum(values.map((x, i) => x * (frequencies[i] ?? 0)));
  const lambda = sumOfValues / total;
  const sumOfLogFactorials = compensatedSum(values.map((x, i) => (frequencies[i] ?? 0) * logFactorial(x)));
  // Σ x log λ is 0 when every x is 0, even though λ̂ = 0 then (not 0 · (−∞) = NaN).
  const sumXLogLambda = sumOfValues === 0 ? 0 : sumOfValues * Math.log(lambda);
  return {
    model: "poisson",
    params: { lambda },
    logLikelihood: sumXLogLambda - total * lambda - sumOfLogFactorials,
    iterations: 0,
    converged: true,
    standardErrors: { lambda: Math.sqrt(lambda / total) },
  };
}

/** MLE of λ from counts or a frequency table; throws invalid-data for non-counts or an empty sample. */
export function fitPoisson(data: PoissonData): FitResult<PoissonParams> {
  return estimate(requireWeightedSample(data, "data", COUNTS));
}

export const runPoisson: ModelRunner = (job) => estimate(requireWeightedSample(job.data, "data", COUNTS));
