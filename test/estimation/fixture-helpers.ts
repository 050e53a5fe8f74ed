/**
 * Shared helpers of the tests that compare the Newton and closed-form regression fits (gamma,
 * weibull, linear, logistic) with R's numbers: a purely relative comparison and catching an
 * EstimationError to inspect. Not a test file itself (no `.test.ts`).
 *
 * Unlike em-helpers' `expectClose`, `expectRelative` has no absolute floor: the expected values
 * here (parameters, standard errors, log-likelihoods) are all far from 0, and an expected 0 fails
 * (the relative error is 0/0) instead of being compared on an absolute scale.
 */
import { expect } from "vitest";
import { EstimationError } from "../../lib/estimation/errors";

export function expectRelative(actual: number, expected: number, tolerance: number, what: string): void {
  const error = Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${what}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** The EstimationError `run` throws; any other error is rethrown, and nothing thrown fails. */
export function caught(run: () => unknown): EstimationError {
  try {
    run();
  } catch (error) {
    if (error instanceof EstimationError) return error;
    throw error;
  }
  throw new Error("expected an EstimationError, nothing was thrown");
}
