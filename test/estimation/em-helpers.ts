/**
 * Shared helpers of the EM model tests (binomial-mixture, poisson-mixture, zip, linkage):
 * reading the fixtures, replaying R's traces, relative comparisons, and catching an EstimationError.
 * Not a test file itself (no `.test.ts`).
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { EstimationError, type EstimationErrorCode } from "../../lib/estimation/errors";

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as T;
}

/**
 * |actual − expected| ≤ relative · max(|expected|, floor): relative agreement, with an absolute
 * floor for expected values at or near 0 (a responsibility of 1e-300 has no meaningful relative error).
 */
export function expectClose(actual: number, expected: number, relative: number, what: string, floor = 1e-300): void {
  const scale = Math.max(Math.abs(expected), floor);
  const error = Math.abs(actual - expected);
  if (!(error <= relative * scale)) {
    throw new Error(`${what}: got ${actual}, expected ${expected} (relative error ${error / scale} > ${relative})`);
  }
}

export function expectAllClose(
  actual: readonly number[],
  expected: readonly number[],
  relative: number,
  what: string,
  floor = 1e-300,
): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  expected.forEach((value, i) => expectClose(actual[i] as number, value, relative, `${what}[${i}]`, floor));
}

/** Runs `fn`, expects an EstimationError with `code` whose message matches `message`. */
export function expectEstimationError(fn: () => unknown, code: EstimationErrorCode, message: RegExp): EstimationError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected an EstimationError matching ${message}`).toBeInstanceOf(EstimationError);
  const error = caught as EstimationError;
  expect(error.message).toMatch(message);
  expect(error.code).toBe(code);
  return error;
}

/** One step of an R-made EM trace: the parameters after k iterations and the log-likelihood there. */
export type RStep = Record<string, number | number[]>;

export interface RMle {
  logLikelihood: number;
  gradientMaxAbs: number;
  software: string;
  call: string;
  [parameter: string]: number | number[] | string;
}

export interface RCase {
  id: string;
  model: string;
  dataset: string;
  data: unknown;
  init: Record<string, number | number[]>;
  fixWeights?: boolean;
  em: { software: string; call: string; steps: RStep[]; responsibilitiesIteration1?: number[][] };
  mle?: RMle;
}

export interface RFixture {
  generatedBy: { script: string; command: string; software: string };
  cases: RCase[];
}

export const R_FIXTURE = "em-mixtures-r.json";

export function rCases(model: string): RCase[] {
  const cases = readFixture<RFixture>(R_FIXTURE).cases.filter((entry) => entry.model === model);
  if (cases.length === 0) throw new Error(`no ${model} case in ${R_FIXTURE}`);
  return cases;
}

/**
 * Options that replay an R trace iteration by iteration: no early stop (tol 0), as many
 * iterations as the trace has steps after the start, history and responsibilities recorded.
 */
export function traceOptions(entry: RCase): { tol: number; maxIter: number; history: boolean; responsibilities: boolean } {
  return { tol: 0, maxIter: entry.em.steps.length - 1, history: true, responsibilities: true };
}

/**
 * A fit stopped by the default rule (tol = 1e-8 on the rise of ℓ): converged, above the MLE's
 * log-likelihood by rounding at most (1e-12 relative), and below it by less than `maxGap`.
 */
export function expectStoppedNearMle(fit: { converged: boolean; logLikelihood: number }, mleLogLikelihood: number, maxGap: number): void {
  expect(fit.converged).toBe(true);
  const gap = mleLogLikelihood - fit.logLikelihood;
  expect(gap).toBeGreaterThanOrEqual(-1e-12 * Math.abs(mleLogLikelihood));
  expect(gap).toBeLessThan(maxGap);
}

/** The monotonicity slack: the observed log-likelihood may "fall" by rounding only, 1e-9 · |ℓ|. */
export function expectNonDecreasing(logLikelihoods: readonly number[], what: string): void {
  for (let k = 1; k < logLikelihoods.length; k += 1) {
    const previous = logLikelihoods[k - 1] as number;
    const current = logLikelihoods[k] as number;
    if (!(current >= previous - 1e-9 * Math.abs(previous))) {
      throw new Error(`${what}: log-likelihood fell from ${previous} to ${current} at iteration ${k}`);
    }
  }
}

export function expectStochasticRows(matrix: readonly (readonly number[])[], rows: number, columns: number, what: string): void {
  expect(matrix.length, `${what}: rows`).toBe(rows);
  matrix.forEach((row, i) => {
    expect(row.length, `${what}[${i}]: columns`).toBe(columns);
    let sum = 0;
    for (const value of row) {
      if (!(value >= 0 && value <= 1)) throw new Error(`${what}[${i}] has an entry outside [0, 1]: ${value}`);
      sum += value;
    }
    if (!(Math.abs(sum - 1) <= 1e-12)) throw new Error(`${what}[${i}] sums to ${sum}, not 1`);
  });
}
