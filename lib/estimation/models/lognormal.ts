/**
 * Lognormal sample: log x ~ N(μ, σ²), x > 0; parameters meanlog μ and sdlog σ (R's names).
 *
 * MLE: the normal MLEs of the logs, μ̂ = mean(log x) and σ̂ = √(Σ (log xᵢ − μ̂)² / n). Divide by n:
 * this is the MLE (as MASS::fitdistr reports it), and by invariance σ̂ is the square root of the
 * variance MLE. The Jacobian 1/x of the change of variables stays in the log-likelihood,
 *   −Σ log xᵢ − (n / 2) (log(2π σ̂²) + 1),
 * equal to R's `sum(dlnorm(x, meanlog, sdlog, log = TRUE))`. Equal values give σ̂ = 0 and an
 * unbounded likelihood: rejected as degenerate.
 *
 * Standard errors from the observed information in (μ, σ), diag(n / σ̂², 2n / σ̂²):
 * meanlog σ̂ / √n, sdlog σ̂ / √(2n) (as MASS::fitdistr).
 *
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions, Vol. 1, 2nd ed.
 * (1994), ch. 14 (lognormal distributions: maximum likelihood for the two-parameter form).
 *
 * Cost: O(n).
 *
 * @example
 * fitLognormal([1, Math.E, Math.E ** 2]);
 * // { model: "lognormal", params: { meanlog: 1, sdlog: 0.816496580927726 },
 * //   logLikelihood: -6.648617937451771, iterations: 0, converged: true,
 * //   standardErrors: { meanlog: 0.47140452079103173, sdlog: 0.33333333333333337 } }
 */
import { degenerate } from "../errors";
import { compensatedSum } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireSample, type SampleRules } from "../validate";
import { meanAndVarianceMle } from "./normal";

export interface LognormalParams {
  meanlog: number;
  sdlog: number;
}

const POSITIVE: SampleRules = { min: 0, minExclusive: true, noun: "lognormal observations" };

function estimate(sample: number[]): FitResult<LognormalParams> {
  const n = sample.length;
  const logs = sample.map(Math.log);
  const { mean: meanlog, variance } = meanAndVarianceMle(logs);
  if (!(variance > 0)) {
    throw degenerate("every value is the same: the sdlog MLE is 0 and the lognormal likelihood is unbounded");
  }
  const sdlog = Math.sqrt(variance);
  return {
    model: "lognormal",
    params: { meanlog, sdlog },
    logLikelihood: -compensatedSum(logs) - (n / 2) * (Math.log(2 * Math.PI * variance) + 1),
    iterations: 0,
    converged: true,
    standardErrors: { meanlog: sdlog / Math.sqrt(n), sdlog: sdlog / Math.sqrt(2 * n) },
  };
}

/** MLEs of meanlog and sdlog (divide by n); throws invalid-data for values ≤ 0, degenerate for equal values. */
export function fitLognormal(sample: readonly number[]): FitResult<LognormalParams> {
  return estimate(requireSample(sample, "data", POSITIVE));
}

export const runLognormal: ModelRunner = (job) => estimate(requireSample(job.data, "data", POSITIVE));
