/**
 * Bernoulli trials: x ∈ {0, 1}, P(x = 1) = p.
 *
 * MLE: p̂ = k / n, the share of ones (k ones in n trials). The log-likelihood at p̂ is
 *   k log p̂ + (n − k) log(1 − p̂),
 * what R's `sum(dbinom(x, 1, p, log = TRUE))` gives; there are no other constants. log(1 − p̂) is
 * never taken of a rounded 1 − p̂, which keeps only ~p̂/ε of its digits when p̂ is small (one
 * success in 1e6 trials was 2e-12 off): it is log1p(−p̂) for p̂ ≤ ½, and log((n − k)/n) above,
 * where log1p(−p̂) would in turn inherit the absolute rounding of p̂. A sample of only
 * zeros (or only ones) puts p̂ on the boundary, where 0 · log 0 = 0 makes the log-likelihood 0.
 *
 * Standard error from the observed information n / (p̂ (1 − p̂)): √(p̂ (1 − p̂) / n). On the
 * boundary this is 0; asymptotic normality does not hold there, so read it as "no information".
 *
 * Reference: Casella & Berger, Statistical Inference, 2nd ed. (2002), Example 7.2.7.
 *
 * Cost: O(n).
 *
 * @example
 * fitBernoulli([1, 0, 1, 1]);
 * // { model: "bernoulli", params: { p: 0.75 }, logLikelihood: -2.249340578475233,
 * //   iterations: 0, converged: true, standardErrors: { p: 0.21650635094610965 } }
 */
import type { FitResult, ModelRunner } from "../types";
import { requireSample, type SampleRules } from "../validate";

export interface BernoulliParams {
  p: number;
}

const TRIALS: SampleRules = { oneOf: [0, 1] };

/** k log p, with the convention 0 · log 0 = 0 (the limit as p → 0). */
function xLogY(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

/** log(1 − k/n) for k < n, to full relative precision for every k (see the file comment). */
function logComplement(k: number, n: number): number {
  return 2 * k <= n ? Math.log1p(-k / n) : Math.log((n - k) / n);
}

function estimate(trials: readonly number[]): FitResult<BernoulliParams> {
  const n = trials.length;
  let ones = 0;
  for (const trial of trials) ones += trial;
  const p = ones / n;
  return {
    model: "bernoulli",
    params: { p },
    logLikelihood: xLogY(ones, p) + (ones === n ? 0 : (n - ones) * logComplement(ones, n)),
    iterations: 0,
    converged: true,
    standardErrors: { p: Math.sqrt((p * (1 - p)) / n) },
  };
}

/** MLE of p from 0/1 trials; throws invalid-data for an empty sample or a value other than 0/1. */
export function fitBernoulli(trials: readonly number[]): FitResult<BernoulliParams> {
  return estimate(requireSample(trials, "data", TRIALS));
}

export const runBernoulli: ModelRunner = (job) => estimate(requireSample(job.data, "data", TRIALS));
