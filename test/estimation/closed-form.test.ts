/**
 * Closed-form MLEs against R. Every expected number is read from test/fixtures/closed-form-r.json,
 * written by test/fixtures/scripts/closed-form.R (R 4.2.2, MASS 7.3.58.2: MASS::fitdistr estimates
 * and vcov, sum(d*(x, ..., log = TRUE)), dmultinom) on datasets that ship with R; each fixture
 * number carries the R call that produced it. Nothing here is compared with the library's own output.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EstimationError, type EstimationErrorCode } from "../../lib/estimation/errors";
import { fitBernoulli, runBernoulli } from "../../lib/estimation/models/bernoulli";
import { fitBinomial, runBinomial } from "../../lib/estimation/models/binomial";
import { fitCategorical, runCategorical } from "../../lib/estimation/models/categorical";
import { fitExponential, runExponential } from "../../lib/estimation/models/exponential";
import { fitGeometric, runGeometric } from "../../lib/estimation/models/geometric";
import { fitLognormal, runLognormal } from "../../lib/estimation/models/lognormal";
import { fitNormal, runNormal } from "../../lib/estimation/models/normal";
import { fitPoisson, runPoisson } from "../../lib/estimation/models/poisson";
import { fitUniform, runUniform } from "../../lib/estimation/models/uniform";
import type { FitOptions, FitResult, ModelRunner } from "../../lib/estimation/types";

interface Recorded<T> {
  value: T;
  call: string;
  software: string;
}

interface ClosedFormCase {
  id: string;
  model: string;
  dataset: string;
  data: unknown;
  options?: FitOptions;
  params: Record<string, Recorded<number | number[]>>;
  logLikelihood: Recorded<number>;
  standardErrors?: Record<string, Recorded<number | number[]>>;
}

const fixture = JSON.parse(readFileSync(new URL("../fixtures/closed-form-r.json", import.meta.url), "utf8")) as { cases: ClosedFormCase[] };

const RUNNERS: Record<string, ModelRunner> = {
  bernoulli: runBernoulli,
  binomial: runBinomial,
  categorical: runCategorical,
  poisson: runPoisson,
  exponential: runExponential,
  normal: runNormal,
  lognormal: runLognormal,
  geometric: runGeometric,
  uniform: runUniform,
};

/** The typed fit functions, called the way the question templates call them. */
const FITS: Record<string, (data: never, options?: FitOptions) => FitResult<object>> = {
  bernoulli: (data: number[]) => fitBernoulli(data),
  binomial: (data: { successes: number[]; trials: number[] }) => fitBinomial(data),
  categorical: (data: { counts: number[] }) => fitCategorical(data),
  poisson: (data: number[] | { values: number[]; frequencies: number[] }) => fitPoisson(data),
  exponential: (data: number[]) => fitExponential(data),
  normal: (data: number[]) => fitNormal(data),
  lognormal: (data: number[]) => fitLognormal(data),
  geometric: (data: number[], options?: FitOptions) => fitGeometric(data, options),
  uniform: (data: number[]) => fitUniform(data),
};

const RELATIVE_TOLERANCE = 1e-12;

function expectClose(actual: unknown, expected: number | number[], label: string): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${label} is an array`).toBe(true);
    const values = actual as unknown[];
    expect(values.length, `${label} length`).toBe(expected.length);
    expected.forEach((value, i) => expectClose(values[i], value, `${label}[${i}]`));
    return;
  }
  expect(typeof actual, `${label} is a number`).toBe("number");
  const value = actual as number;
  if (expected === 0) {
    expect(value, label).toBe(0);
    return;
  }
  const relativeError = Math.abs(value - expected) / Math.abs(expected);
  expect(relativeError, `${label}: got ${value}, R gives ${expected}`).toBeLessThanOrEqual(RELATIVE_TOLERANCE);
}

function checkAgainstR(result: FitResult<object>, testCase: ClosedFormCase): void {
  expect(result.model).toBe(testCase.model);
  expect(result.iterations).toBe(0);
  expect(result.converged).toBe(true);
  const params = result.params as Record<string, unknown>;
  expect(Object.keys(params).sort()).toEqual(Object.keys(testCase.params).sort());
  for (const [name, recorded] of Object.entries(testCase.params)) {
    expectClose(params[name], recorded.value, `params.${name} (R: ${recorded.call})`);
  }
  expectClose(result.logLikelihood, testCase.logLikelihood.value, `logLikelihood (R: ${testCase.logLikelihood.call})`);
  if (testCase.standardErrors === undefined) {
    expect(result.standardErrors).toBeUndefined();
    return;
  }
  const errors = result.standardErrors ?? {};
  expect(Object.keys(errors).sort()).toEqual(Object.keys(testCase.standardErrors).sort());
  for (const [name, recorded] of Object.entries(testCase.standardErrors)) {
    expectClose(errors[name], recorded.value, `standardErrors.${name} (R: ${recorded.call})`);
  }
}

describe("closed-form MLEs match R on R's datasets", () => {
  it("the fixture covers every closed-form model", () => {
    expect(new Set(fixture.cases.map((c) => c.model))).toEqual(new Set(Object.keys(RUNNERS)));
  });

  for (const testCase of fixture.cases) {
    it(`${testCase.id}: CLI runner (${testCase.dataset})`, () => {
      const runner = RUNNERS[testCase.model];
      if (!runner) throw new Error(`no runner for ${testCase.model}`);
      checkAgainstR(runner({ model: testCase.model, data: testCase.data, options: testCase.options }), testCase);
    });

    it(`${testCase.id}: typed fit function`, () => {
      const fit = FITS[testCase.model];
      if (!fit) throw new Error(`no fit function for ${testCase.model}`);
      checkAgainstR(fit(testCase.data as never, testCase.options), testCase);
    });
  }
});

describe("boundary samples (exact values: 0 · log 0 = 0)", () => {
  it("bernoulli: all ones gives p = 1 and log-likelihood 0", () => {
    const result = fitBernoulli([1, 1, 1]);
    expect(result.params).toEqual({ p: 1 });
    expect(result.logLikelihood).toBe(0);
    expect(result.standardErrors).toEqual({ p: 0 });
  });

  it("poisson: all zeros gives lambda = 0 and log-likelihood 0, for both data shapes", () => {
    for (const data of [[0, 0, 0, 0], { values: [0, 3], frequencies: [4, 0] }]) {
      const result = runPoisson({ model: "poisson", data });
      expect(result.params).toEqual({ lambda: 0 });
      expect(result.logLikelihood).toBe(0);
      expect(result.standardErrors).toEqual({ lambda: 0 });
    }
  });

  it("binomial: every trial a success gives p = 1 and log-likelihood 0", () => {
    const result = fitBinomial({ successes: [4, 2], trials: [4, 2] });
    expect(result.params).toEqual({ p: 1 });
    expect(result.logLikelihood).toBe(0);
  });

  it("geometric: no failures gives p = 1 and log-likelihood 0 (either support)", () => {
    expect(fitGeometric([0, 0]).params).toEqual({ p: 1 });
    expect(fitGeometric([0, 0]).logLikelihood).toBe(0);
    expect(fitGeometric([1, 1, 1], { support: "trials" }).logLikelihood).toBe(0);
  });

  it("categorical: a single non-empty category gives probability 1 and log-likelihood 0", () => {
    const result = fitCategorical({ counts: [0, 7, 0] });
    expect(result.params).toEqual({ probabilities: [0, 1, 0] });
    expect(result.logLikelihood).toBe(0);
  });

  it("poisson: a frequency row with frequency 0 contributes nothing", () => {
    const table = fitPoisson({ values: [0, 1, 2], frequencies: [3, 0, 2] });
    expect(table.params.lambda).toBe(0.8);
    // (3 + 2) · (−0.8) + 4 log 0.8 − 2 log 2!, worked by hand.
    expect(table.logLikelihood).toBeCloseTo(-4 + 4 * Math.log(0.8) - 2 * Math.log(2), 14);
  });
});

function expectEstimationError(run: () => unknown, code: EstimationErrorCode, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "expected an EstimationError").toBeInstanceOf(EstimationError);
  const error = thrown as EstimationError;
  expect(error.code).toBe(code);
  expect(error.message).toBe(message);
}

interface BadInput {
  model: keyof typeof RUNNERS;
  data: unknown;
  options?: unknown;
  code: EstimationErrorCode;
  message: string;
}

const BAD_INPUTS: BadInput[] = [
  // bernoulli
  { model: "bernoulli", data: [], code: "invalid-data", message: "data must not be empty" },
  { model: "bernoulli", data: [0, 1.5], code: "invalid-data", message: "data[1] = 1.5 must be 0 or 1" },
  { model: "bernoulli", data: [1, 0, 2], code: "invalid-data", message: "data[2] = 2 must be 0 or 1" },
  { model: "bernoulli", data: [0, 1, Number.NaN], code: "invalid-data", message: "data[2] is NaN, not a finite number" },
  { model: "bernoulli", data: [0, "1"], code: "invalid-data", message: 'data[1] is the string "1", not a number' },
  { model: "bernoulli", data: [null], code: "invalid-data", message: "data[0] is null, not a number" },
  { model: "bernoulli", data: "0101", code: "invalid-data", message: 'data must be an array of numbers, got the string "0101"' },
  { model: "bernoulli", data: undefined, code: "invalid-data", message: "data must be an array of numbers, got nothing" },
  // binomial
  {
    model: "binomial",
    data: { successes: [3, 7], trials: [5, 6] },
    code: "invalid-data",
    message: "data.successes[1] = 7 is more than data.trials[1] = 6",
  },
  {
    model: "binomial",
    data: { successes: [1, 2], trials: [5] },
    code: "invalid-data",
    message: "data.successes has 2 entries but data.trials has 1; they must match",
  },
  {
    model: "binomial",
    data: { successes: [1, 1.5], trials: [5, 5] },
    code: "invalid-data",
    message: "data.successes[1] = 1.5 is not a whole number; counts must be whole numbers",
  },
  {
    model: "binomial",
    data: { successes: [1, 0], trials: [5, -1] },
    code: "invalid-data",
    message: "data.trials[1] = -1 is negative; counts must be ≥ 0",
  },
  { model: "binomial", data: { successes: [1] }, code: "invalid-data", message: "data.trials must be an array of numbers, got nothing" },
  { model: "binomial", data: [1, 2], code: "invalid-data", message: "data must be an object, got an array" },
  {
    model: "binomial",
    data: { successes: [0, 0], trials: [0, 0] },
    code: "invalid-data",
    message: "data.trials must not all be zero: with no trials there is nothing to estimate p from",
  },
  // categorical
  { model: "categorical", data: { counts: [0, 0] }, code: "invalid-data", message: "data.counts must not all be zero" },
  { model: "categorical", data: { counts: [] }, code: "invalid-data", message: "data.counts must not be empty" },
  {
    model: "categorical",
    data: { counts: [3, -2] },
    code: "invalid-data",
    message: "data.counts[1] = -2 is negative; counts must be ≥ 0",
  },
  {
    model: "categorical",
    data: { counts: [3, 0.5] },
    code: "invalid-data",
    message: "data.counts[1] = 0.5 is not a whole number; counts must be whole numbers",
  },
  { model: "categorical", data: null, code: "invalid-data", message: "data must be an object, got null" },
  // poisson
  { model: "poisson", data: [2, -1], code: "invalid-data", message: "data[1] = -1 is negative; Poisson counts must be ≥ 0" },
  {
    model: "poisson",
    data: [2, 2.5],
    code: "invalid-data",
    message: "data[1] = 2.5 is not a whole number; Poisson counts must be whole numbers",
  },
  { model: "poisson", data: [1, Number.POSITIVE_INFINITY], code: "invalid-data", message: "data[1] is Infinity, not a finite number" },
  {
    model: "poisson",
    data: { values: [0, 1, 2], frequencies: [3, 1] },
    code: "invalid-data",
    message: "data.frequencies has 2 entries but data.values has 3; they must match",
  },
  {
    model: "poisson",
    data: { values: [0, 1], frequencies: [3, -1] },
    code: "invalid-data",
    message: "data.frequencies[1] = -1 is negative; counts must be ≥ 0",
  },
  {
    model: "poisson",
    data: { values: [0, 1], frequencies: [0, 0] },
    code: "invalid-data",
    message: "data.frequencies must not all be zero",
  },
  {
    model: "poisson",
    data: 3,
    code: "invalid-data",
    message: "data must be an array of numbers or an object { values, frequencies }, got 3",
  },
  // exponential
  {
    model: "exponential",
    data: [1, -2],
    code: "invalid-data",
    message: "data[1] = -2 is negative; exponential observations must be ≥ 0",
  },
  {
    model: "exponential",
    data: [0, 0, 0],
    code: "degenerate",
    message: "every value is 0: the exponential rate MLE n / Σx would be infinite",
  },
  { model: "exponential", data: [], code: "invalid-data", message: "data must not be empty" },
  // normal
  {
    model: "normal",
    data: [3, 3, 3],
    code: "degenerate",
    message: "every value is the same: the variance MLE is 0 and the normal likelihood is unbounded",
  },
  {
    model: "normal",
    data: [5],
    code: "degenerate",
    message: "every value is the same: the variance MLE is 0 and the normal likelihood is unbounded",
  },
  { model: "normal", data: [1, Number.NEGATIVE_INFINITY], code: "invalid-data", message: "data[1] is -Infinity, not a finite number" },
  { model: "normal", data: [1, true], code: "invalid-data", message: "data[1] is true, not a number" },
  { model: "normal", data: { values: [1, 2] }, code: "invalid-data", message: "data must be an array of numbers, got an object" },
  // lognormal
  {
    model: "lognormal",
    data: [1, 0],
    code: "invalid-data",
    message: "data[1] = 0 is not positive; lognormal observations must be > 0",
  },
  {
    model: "lognormal",
    data: [-1],
    code: "invalid-data",
    message: "data[0] = -1 is negative; lognormal observations must be > 0",
  },
  {
    model: "lognormal",
    data: [2, 2],
    code: "degenerate",
    message: "every value is the same: the sdlog MLE is 0 and the lognormal likelihood is unbounded",
  },
  // geometric
  {
    model: "geometric",
    data: [0, 1.5],
    code: "invalid-data",
    message: "data[1] = 1.5 is not a whole number; geometric counts of failures must be whole numbers",
  },
  {
    model: "geometric",
    data: [3, -1],
    code: "invalid-data",
    message: "data[1] = -1 is negative; geometric counts of failures must be ≥ 0",
  },
  {
    model: "geometric",
    data: [2, 0],
    options: { support: "trials" },
    code: "invalid-data",
    message: 'data[1] = 0 is below 1; geometric counts of trials (options.support "trials") must be ≥ 1',
  },
  {
    model: "geometric",
    data: [2, 0],
    options: { support: "both" },
    code: "invalid-option",
    message: 'options.support must be "failures" or "trials", got "both"',
  },
  {
    model: "geometric",
    data: [2, 0],
    options: { support: 1 },
    code: "invalid-option",
    message: 'options.support must be "failures" or "trials", got 1',
  },
  // uniform
  {
    model: "uniform",
    data: [1, -0.5],
    code: "invalid-data",
    message: "data[1] = -0.5 is negative; values of a uniform on [0, θ] must be ≥ 0",
  },
  {
    model: "uniform",
    data: [0, 0],
    code: "degenerate",
    message: "every value is 0: θ̂ = 0 gives a uniform on [0, 0], whose density is unbounded",
  },
];

describe("bad input throws an EstimationError that names the problem", () => {
  for (const bad of BAD_INPUTS) {
    it(`${bad.model}: ${bad.message}`, () => {
      const runner = RUNNERS[bad.model];
      if (!runner) throw new Error(`no runner for ${bad.model}`);
      expectEstimationError(
        () => runner({ model: bad.model, data: bad.data, options: bad.options as FitOptions | undefined }),
        bad.code,
        bad.message,
      );
      // The typed entry points check the same things (TypeScript types cannot rule out NaN or 1.5).
      const fit = FITS[bad.model];
      if (!fit) throw new Error(`no fit function for ${bad.model}`);
      expectEstimationError(() => fit(bad.data as never, bad.options as FitOptions | undefined), bad.code, bad.message);
    });
  }

  it("every model is exercised with bad input", () => {
    expect(new Set(BAD_INPUTS.map((bad) => bad.model))).toEqual(new Set(Object.keys(RUNNERS)));
  });
});
