/**
 * What the EM templates share: one EM iteration run by the estimation library's `runJob` (the E-step's
 * responsibilities, the parameters after the M-step, the observed log-likelihood before and after,
 * as docs/estimation-cli.md documents `history` and `responsibilities`), the log-likelihood at any parameters,
 * seeded picks, and numbers typeset for KaTeX.
 *
 * The templates declare their `data` with `type` aliases, not interfaces: only an object type literal
 * is assignable to the `Record<string, unknown>` that `defineComputation` requires.
 */
import { runJob } from "../../../estimation";
import type { MistakeCandidate } from "../../../grading";
import { drawUntil, integerBetween, normalDensity, pick, poissonProbability, sum, texNumber, texTerm } from "../../template-kit";

// The shared kit, re-exported so the templates of this folder import from one place.
export { drawUntil, integerBetween, normalDensity, pick, poissonProbability, sum, texNumber, texTerm };

export type EmModelName = "binomial-mixture" | "poisson-mixture" | "zip" | "gmm" | "mvn-missing" | "linkage";

export interface EmState<P> {
  params: P;
  /** Observed-data log-likelihood at `params`, every normalising constant included. */
  logLikelihood: number;
}

export interface EmIteration<P> {
  start: EmState<P>;
  next: EmState<P>;
  /** n × K responsibilities of this iteration's E-step (empty for `linkage` and `mvn-missing`). */
  responsibilities: number[][];
}

interface ModelOptions {
  fixWeights?: boolean;
}

/** `iterations` EM iterations from `init`, exactly (tol 0): `history[k]` for k = 0..iterations. */
export function emHistory<P>(
  model: EmModelName,
  data: unknown,
  init: P,
  iterations: number,
  options: ModelOptions = {},
): { params: P; logLikelihood: number; responsibilities?: number[][] }[] {
  const result = runJob({
    model,
    data,
    init,
    options: { ...options, maxIter: iterations, tol: 0, history: true, responsibilities: true },
  });
  const history = result.history ?? [];
  if (history.length !== iterations + 1) throw new Error(`${model}: expected ${iterations + 1} history entries`);
  return history as { params: P; logLikelihood: number; responsibilities?: number[][] }[];
}

/** One EM iteration (E-step then M-step) from `init`, read from `runJob`'s history. */
export function emIteration<P>(model: EmModelName, data: unknown, init: P, options: ModelOptions = {}): EmIteration<P> {
  const [start, next] = emHistory(model, data, init, 1, options);
  if (!start || !next) throw new Error(`${model}: one iteration has no history`);
  return {
    start: { params: start.params, logLikelihood: start.logLikelihood },
    next: { params: next.params, logLikelihood: next.logLikelihood },
    responsibilities: next.responsibilities ?? [],
  };
}

/**
 * The observed-data log-likelihood at `params` (`runJob` with no iteration), or NaN when the
 * parameters are not valid for the model: a learner's out-of-range earlier answer in follow-through
 * then simply gives no "correct, given your answer".
 */
export function logLikelihoodAt<P>(model: EmModelName, data: unknown, params: P, options: ModelOptions = {}): number {
  try {
    return runJob({ model, data, init: params, options: { ...options, maxIter: 0 } }).logLikelihood;
  } catch {
    return Number.NaN;
  }
}

/**
 * Caches one computation per variant's data object, so that the parts of one grade share a single
 * `runJob` call (the data object is the same for every part of a grade or of `truths`).
 */
export function perData<D extends object, R>(compute: (data: D) => R): (data: D) => R {
  const cache = new WeakMap<D, R>();
  return (data) => {
    const cached = cache.get(data);
    if (cached !== undefined) return cached;
    const result = compute(data);
    cache.set(data, result);
    return result;
  };
}

/** An earlier part's value; NaN (never a silent 0) when it is missing. */

/** The same feedback wherever a likelihood is typed instead of its logarithm. */
export function likelihoodNotLog(logLikelihood: number): MistakeCandidate {
  return {
    tag: "likelihood-not-log",
    value: Math.exp(logLikelihood),
    message: `That is the likelihood itself, $e^{\\ell} \\approx ${texNumber(Math.exp(logLikelihood), 3)}$. The question asks for the log-likelihood $\\ell$: take the natural logarithm.`,
  };
}

export const PROBABILITY_RANGE = { min: 0, max: 1, name: "a probability" } as const;
export const WEIGHT_RANGE = { min: 0, max: 1, name: "a mixing weight" } as const;
export const VARIANCE_RANGE = { min: 0, name: "a variance" } as const;
export const RATE_RANGE = { min: 0, name: "a Poisson rate" } as const;
export const COUNT_LOG_LIKELIHOOD_RANGE = { max: 0, name: "a log-likelihood of counts" } as const;
