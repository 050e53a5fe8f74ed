/**
 * Binomial counts: successes sᵢ ~ Binomial(tᵢ, p), independent, with known trials tᵢ.
 *
 * MLE: p̂ = Σ sᵢ / Σ tᵢ (pooled share of successes). The log-likelihood at p̂ is
 *   Σ [log C(tᵢ, sᵢ) + sᵢ log p̂ + (tᵢ − sᵢ) log(1 − p̂)],
 * binomial coefficients included, as R's `sum(dbinom(s, t, p, log = TRUE))` gives. Each row is
 * evaluated as R's dbinom does, in Loader's saddle-point form (`logBinomialPmf`, special.ts): the
 * three terms above are each ~tᵢ log tᵢ and cancel, losing ~log10(tᵢ) digits (8e-8 relative for
 * one success in 1e10 trials), which Loader's form never builds. 1 − p̂ is taken as
 * Σ(tᵢ − sᵢ) / Σ tᵢ, not computed by subtraction, so a p̂ near 1 keeps the digits of its complement.
 * All successes (or none) put p̂ on the boundary, where 0 · log 0 = 0.
 * Totals that overflow (trials near 1e308) are summed scaled by a power of two, so p̂ and its
 * standard error stay exact; a log-likelihood beyond the double range is a `degenerate` error.
 *
 * Standard error from the observed information Σtᵢ / (p̂ (1 − p̂)): √(p̂ (1 − p̂) / Σ tᵢ); 0 on the
 * boundary, where asymptotic normality does not hold.
 *
 * Reference: Casella & Berger, Statistical Inference, 2nd ed. (2002), §7.2.2 (maximum likelihood
 * estimators) and §10.1 (asymptotic variance from the information); C. Loader (2000), "Fast and
 * accurate computation of binomial probabilities".
 *
 * Cost: O(n) in the number of (successes, trials) pairs.
 *
 * @example
 * fitBinomial({ successes: [3, 5], trials: [10, 10] });
 * // { model: "binomial", params: { p: 0.4 }, logLikelihood: -3.143312509891659,
 * //   iterations: 0, converged: true, standardErrors: { p: 0.10954451150103323 } }
 */
import { degenerate, invalidData } from "../errors";
import { MIN_NORMAL, compensatedSum, logBinomialPmf, scaledSum, timesPowerOfTwo, type ScaledSum } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireCounts, requireObject } from "../validate";

export interface BinomialParams {
  p: number;
}

export interface BinomialData {
  successes: readonly number[];
  trials: readonly number[];
}

function requireBinomialData(value: unknown): { successes: number[]; trials: number[] } {
  const data = requireObject(value, "data");
  const successes = requireCounts(data.successes, "data.successes");
  const trials = requireCounts(data.trials, "data.trials");
  if (successes.length !== trials.length) {
    throw invalidData(`data.successes has ${successes.length} entries but data.trials has ${trials.length}; they must match`);
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

/**
 * √(p q / Σt); where Σt was rescaled or p q / Σt leaves the normal range (one success in 1e308
 * trials), as √(Σs/Σt) √q / √Σt with √(Σs/Σt) = √Σs/√Σt from the scaled sums and the (even)
 * exponent halved outside the roots.
 */
function standardError(p: number, q: number, scaledSuccesses: number, totalTrials: ScaledSum): number {
  const plain = (p * q) / totalTrials.sum;
  if (p * q === 0 || (totalTrials.exponent === 0 && plain >= MIN_NORMAL)) return Math.sqrt(plain);
  const root = ((Math.sqrt(scaledSuccesses) / Math.sqrt(totalTrials.sum)) * Math.sqrt(q)) / Math.sqrt(totalTrials.sum);
  return timesPowerOfTwo(root, -totalTrials.exponent / 2);
}

function estimate({ successes, trials }: { successes: number[]; trials: number[] }): FitResult<BinomialParams> {
  const failures = successes.map((success, i) => (trials[i] as number) - success);
  // Σ t, Σ s and Σ (t − s) on one common scale (they overflow together or not at all).
  const totalTrials = scaledSum(trials);
  const factor = 2 ** -totalTrials.exponent;
  const totalSuccesses = compensatedSum(successes.map((success) => success * factor));
  const totalFailures = compensatedSum(failures.map((failure) => failure * factor));
  const p = totalSuccesses / totalTrials.sum;
  const q = totalFailures / totalTrials.sum;
  const logLikelihood = compensatedSum(successes.map((success, i) => logBinomialPmf(success, trials[i] as number, p, q)));
  if (!Number.isFinite(logLikelihood)) {
    throw degenerate(
      `the binomial log-likelihood at p̂ = ${p} is beyond double precision (below −${Number.MAX_VALUE}): the counts are too large`,
    );
  }
  return {
    model: "binomial",
    params: { p },
    logLikelihood,
    iterations: 0,
    converged: true,
    standardErrors: { p: standardError(p, q, totalSuccesses, totalTrials) },
  };
}

/** Pooled MLE of p; throws invalid-data for mismatched lengths, successes > trials, non-counts. */
export function fitBinomial(data: BinomialData): FitResult<BinomialParams> {
  return estimate(requireBinomialData(data));
}

export const runBinomial: ModelRunner = (job) => estimate(requireBinomialData(job.data));
