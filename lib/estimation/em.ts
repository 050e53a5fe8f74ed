/**
 * The EM driver shared by every EM model, so that all of them follow the contract of docs/estimation-cli.md
 * to the letter:
 * - one iteration is one E-step plus one M-step;
 * - after iteration k, if the observed-data log-likelihood rose by less than `tol` (absolute,
 *   default 1e-8) the run stops and returns the parameters of iteration k; it also stops after
 *   `maxIter` iterations (default 1000); `tol: 0` never stops early;
 * - `history[k]` holds the parameters after k iterations and their log-likelihood, and (on
 *   request) the responsibilities of the E-step of iteration k, computed from `history[k-1]`.
 *
 * The E-step at θ yields the observed log-likelihood at θ as a by-product (the log-sum-exp of
 * the E-step is exactly log p(x | θ)), so the log-likelihood of iteration k is read off the E-step
 * that starts iteration k + 1: one pass over the data per iteration, plus one at the end.
 */
import { degenerate, invalidOption } from "./errors";
import type { FitOptions, FitResult, HistoryEntry } from "./types";

export const DEFAULT_TOL = 1e-8;
export const DEFAULT_MAX_ITER = 1000;
/** A bound on the work one job may ask for (and on `history`'s memory). */
export const MAX_MAX_ITER = 1_000_000;

export interface ExpectationResult<S> {
  /** Observed-data log-likelihood at the parameters the E-step was run on. */
  logLikelihood: number;
  /** Whatever the M-step needs (expected sufficient statistics, responsibilities, ...). */
  stats: S;
  /** n × K responsibilities, only when asked for. */
  responsibilities?: number[][];
}

export interface EmModel<P, S> {
  expectation(params: P, wantResponsibilities: boolean): ExpectationResult<S>;
  /** Returns new parameters; must not mutate `previous` (history keeps references). */
  maximization(stats: S, previous: P): P;
}

export interface EmSettings {
  tol: number;
  maxIter: number;
  history: boolean;
  responsibilities: boolean;
}

/** Reads and checks the EM options of a job; throws a typed error naming the bad option. */
export function emSettings(options: FitOptions | undefined): EmSettings {
  const tol = options?.tol ?? DEFAULT_TOL;
  const maxIter = options?.maxIter ?? DEFAULT_MAX_ITER;
  if (typeof tol !== "number" || !Number.isFinite(tol) || tol < 0) {
    throw invalidOption(`options.tol must be a finite number ≥ 0, got ${String(tol)}`);
  }
  if (typeof maxIter !== "number" || !Number.isInteger(maxIter) || maxIter < 0 || maxIter > MAX_MAX_ITER) {
    throw invalidOption(`options.maxIter must be a whole number from 0 to ${MAX_MAX_ITER}, got ${String(maxIter)}`);
  }
  return {
    tol,
    maxIter,
    history: options?.history === true,
    responsibilities: options?.history === true && options?.responsibilities === true,
  };
}

/** Called after every EM iteration with its number and the observed log-likelihood it reached. */
export type EmIterationListener = (iteration: number, logLikelihood: number) => void;

let iterationListener: EmIterationListener | null = null;

/**
 * Runs `run` (typically `runJob`) with `listener` told of every EM iteration, so that a caller such as
 * the playground's Web Worker can report progress of the very fit the CLI would compute, without a
 * second code path. The listener only observes: it cannot change the fit. Synchronous and not
 * reentrant across threads (each worker has its own module state).
 */
export function withEmIterationListener<T>(listener: EmIterationListener, run: () => T): T {
  const previous = iterationListener;
  iterationListener = listener;
  try {
    return run();
  } finally {
    iterationListener = previous;
  }
}

export function runEm<P, S>(
  modelName: string,
  model: EmModel<P, S>,
  init: P,
  options: FitOptions | undefined,
  withResponsibilities = true,
): FitResult<P> {
  const settings = emSettings(options);
  const wantResponsibilities = settings.responsibilities && withResponsibilities;
  let params = init;
  let current = model.expectation(params, wantResponsibilities);
  assertFinite(current.logLikelihood, 0);
  const history: HistoryEntry<P>[] | undefined = settings.history ? [{ params, logLikelihood: current.logLikelihood }] : undefined;

  let iterations = 0;
  let converged = false;
  while (iterations < settings.maxIter) {
    const next = model.maximization(current.stats, params);
    const following = model.expectation(next, wantResponsibilities);
    iterations += 1;
    assertFinite(following.logLikelihood, iterations);
    if (history) {
      const entry: HistoryEntry<P> = { params: next, logLikelihood: following.logLikelihood };
      if (wantResponsibilities && current.responsibilities) entry.responsibilities = current.responsibilities;
      history.push(entry);
    }
    iterationListener?.(iterations, following.logLikelihood);
    const rise = following.logLikelihood - current.logLikelihood;
    params = next;
    current = following;
    if (settings.tol > 0 && rise < settings.tol) {
      converged = true;
      break;
    }
  }

  const result: FitResult<P> = {
    model: modelName,
    params,
    logLikelihood: current.logLikelihood,
    iterations,
    converged,
  };
  if (history) result.history = history;
  return result;
}

function assertFinite(logLikelihood: number, iteration: number): void {
  if (!Number.isFinite(logLikelihood) && logLikelihood !== Infinity) {
    throw degenerate(`the log-likelihood is not a number after ${iteration} iterations`);
  }
  if (logLikelihood === Infinity) {
    throw degenerate(`the log-likelihood is unbounded after ${iteration} iterations (a component collapsed onto a single point)`);
  }
}
