/**
 * Uniform on [0, θ]: f(x) = 1/θ for 0 ≤ x ≤ θ.
 *
 * MLE: θ̂ = max xᵢ. The likelihood θ^(−n) is zero for θ below the largest value and decreasing
 * above it, so the maximum sits on that edge rather than at a zero of the score; θ̂ is biased low
 * (E θ̂ = n θ / (n + 1)). Log-likelihood at θ̂: −n log θ̂, equal to R's
 * `sum(dunif(x, 0, max(x), log = TRUE))`. A sample of only zeros gives θ̂ = 0, a point mass with
 * unbounded density: rejected as degenerate.
 *
 * No standard error is reported: the support depends on θ, so the regularity conditions fail,
 * the log-likelihood is not differentiable at θ̂ (the score there is −n/θ̂, not 0) and the observed
 * information does not exist. θ̂ converges at rate 1/n, not 1/√n; n (θ − θ̂)/θ is asymptotically
 * Exponential(1), not normal.
 *
 * Reference: Wasserman, All of Statistics (2004), §9.3 (maximum likelihood, with the Uniform(0, θ)
 * example) and §9.4 (the regularity conditions behind the usual MLE properties, which fail here).
 *
 * Cost: O(n).
 *
 * @example
 * fitUniform([0.5, 2, 1.25]);
 * // { model: "uniform", params: { theta: 2 }, logLikelihood: -2.0794415416798357,
 * //   iterations: 0, converged: true }
 */
import { degenerate } from "../errors";
import type { FitResult, ModelRunner } from "../types";
import { requireSample, type SampleRules } from "../validate";

export interface UniformParams {
  theta: number;
}

const NON_NEGATIVE: SampleRules = { min: 0, noun: "values of a uniform on [0, θ]" };

function estimate(sample: number[]): FitResult<UniformParams> {
  let theta = 0;
  for (const x of sample) if (x > theta) theta = x;
  if (theta === 0) {
    throw degenerate("every value is 0: θ̂ = 0 gives a uniform on [0, 0], whose density is unbounded");
  }
  return {
    model: "uniform",
    params: { theta },
    logLikelihood: -sample.length * Math.log(theta),
    iterations: 0,
    converged: true,
  };
}

/** MLE θ̂ = max x; throws invalid-data for negative or non-finite values, degenerate for all zeros. */
export function fitUniform(sample: readonly number[]): FitResult<UniformParams> {
  return estimate(requireSample(sample, "data", NON_NEGATIVE));
}

export const runUniform: ModelRunner = (job) => estimate(requireSample(job.data, "data", NON_NEGATIVE));
