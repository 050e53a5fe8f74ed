/**
 * Binomial counts: successes sᵢ ~ Binomial(tᵢ, p), independent, with known trials tᵢ.
 *
 * MLE: p̂ = Σ sᵢ / Σ tᵢ (pooled share of successes). The log-likelihood at p̂ is
 *   Σ [log C(tᵢ, sᵢ) + sᵢ log p̂ + (tᵢ − sᵢ) log(1 − p̂)],
 * binomial coefficients included, as R's `sum(dbinom(s, t, p, log = TRUE))` gives. All successes
 * (or none) put p̂ on the boundary, where 0 · log 0 = 0.
 *
 * Standard error from the observed information Σtᵢ / (p̂ (1 − p̂)): √(p̂ (1 − p̂) / Σ tᵢ); 0 on the
 * boundary, where asymptotic normality does not hold.
 *
 * Reference: Casella & Berger, Statistical Inference, 2nd ed. (2002), §7.2.2 (maximum likelihood
 * estimators) and §10.1 (asymptotic variance from the information).
 *
 * Cost: O(n) in the number of (successes, trials) pairs.
 *
 * @example
 * fitBinomial({ successes: [3, 5], trials: [10, 10] });
 * // { model: "binomial", params: { p: 0.4 }, logLikelihood: -3.1433125098916594,
 * //   iterations: 0, converged: true, standardErrors: { p: 0.10954451150103323 } }
 */
import { invalidData } from "../errors";
import { logChoose } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireCounts, requireObject } from "../validate";

export interface BinomialParams {
  p: number;
}

export interface BinomialData {
  successes: readonly number[];
  trials: readonly number[];
}

function xLogY(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

function requireBinomialData(value: unknown): { successes: number[]; trials: number[] } {
  const data = requireObject(value, "data");
  const successes = requireCounts(data.successes, "data.successes");
  const trials = requireCounts(data.trials, "data.trials");
  if (successes.length !== trials.length) {
    throw invalidData(
      `data.successes has ${successes.length} entries but data.trials has ${trials.length}; they must match`,
    );
  }
  successes.forEach((success, i) => {
    const trialCount = trials[i] ?? 0;
    if (success > trialCount) {
      throw invalidData(`data.successes[${i}] = ${success} is more than data.trials[${i}] = ${trialCount}`);
    }
  });
  if (trials.every((trialCount) => trialCount === 0)) {
    throw invalidData("data.trials must not all be zero: with no trials there is nothing to estimate p from");
  }
  return { successes, trials };
}

function estimate({ successes, trials }: { successes: number[]; trials: number[] }): FitResult<BinomialParams> {
  let totalSuccesses = 0;
  let totalTrials = 0;
  let logCoefficients = 0;
  successes.forEach((success, i) => {
    const trialCount = trials[i] ?? 0;
    totalSuccesses += success;
    totalTrials += trialCount;
    logCoefficients += logChoose(trialCount, success);
  });
  const p = totalSuccesses / totalTrials;
  return {
    model: "binomial",
    params: { p },
    logLikelihood: logCoefficients + xLogY(totalSuccesses, p) + xLogY(totalTrials - totalSuccesses, 1 - p),
    iterations: 0,
    converged: true,
    standardErrors: { p: Math.sqrt((p * (1 - p)) / totalTrials) },
  };
}

/** Pooled MLE of p; throws invalid-data for mismatched lengths, successes > trials, non-counts. */
export function fitBinomial(data: BinomialData): FitResult<BinomialParams> {
  return estimate(requireBinomialData(data));
}

export const runBinomial: ModelRunner = (job) => estimate(requireBinomialData(job.data));
