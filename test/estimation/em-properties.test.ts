/**
 * Properties every EM model of this library must have, over many random datasets and starts
 * (fast-check): for binomial-mixture, poisson-mixture, zip and linkage,
 * - the observed log-likelihood in `history` never decreases (1e-9 · |ℓ| slack for rounding);
 * - `tol: 0` runs exactly `maxIter` iterations and reports `converged: false`; `maxIter: 0` runs none;
 * - with `tol > 0`, `converged` is true exactly when a rise fell below `tol` (the last one), and
 *   otherwise the run used all of `maxIter`; `iterations` = history.length − 1;
 * - every recorded log-likelihood equals an independent evaluation of ℓ at the recorded parameters
 *   (written here from the model's density, with special.ts's log-factorials);
 * - responsibilities (mixtures, zip) are n × K with rows in [0, 1] summing to 1, absent on history[0].
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitBinomialMixture } from "../../lib/estimation/models/binomial-mixture";
import { fitLinkage } from "../../lib/estimation/models/linkage";
import { fitPoissonMixture } from "../../lib/estimation/models/poisson-mixture";
import { fitZip } from "../../lib/estimation/models/zip";
import { logChoose, logFactorial } from "../../lib/estimation/special";
import type { FitOptions, FitResult } from "../../lib/estimation/types";
import { expectClose, expectNonDecreasing, expectStochasticRows } from "./em-helpers";

const RUNS = { numRuns: 120, seed: 20240601 } as const;

/** log Σ exp, written plainly (the library's own logSumExp is not used for the reference values). */
function logSumOfExps(values: readonly number[]): number {
  const top = Math.max(...values);
  if (top === Number.NEGATIVE_INFINITY) return top;
  return top + Math.log(values.reduce((sum, value) => sum + Math.exp(value - top), 0));
}

const probability = fc.double({ min: 0.02, max: 0.98, noNaN: true });
const weightsOf = (k: number) =>
  fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: k, maxLength: k }).map((raw) => {
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((value) => value / total);
  });

/** Checks shared by every model on a `tol: 0` run with history. */
function checkExactRun<P>(
  fit: FitResult<P>,
  maxIter: number,
  logLikelihoodAt: (params: P) => number,
  responsibilityShape?: { rows: number; columns: number },
): void {
  expect(fit.iterations).toBe(maxIter);
  expect(fit.converged).toBe(false);
  const history = fit.history ?? [];
  expect(history).toHaveLength(maxIter + 1);
  expect(history[maxIter]?.params).toEqual(fit.params);
  expect(history[maxIter]?.logLikelihood).toBe(fit.logLikelihood);
  expectNonDecreasing(
    history.map((entry) => entry.logLikelihood),
    "history",
  );
  history.forEach((entry, k) => {
    expectClose(entry.logLikelihood, logLikelihoodAt(entry.params), 1e-10, `ℓ at history[${k}]`, 1e-6);
    if (!responsibilityShape || k === 0) {
      expect(entry.responsibilities).toBeUndefined();
    } else {
      expectStochasticRows(entry.responsibilities ?? [], responsibilityShape.rows, responsibilityShape.columns, `r[${k}]`);
    }
  });
}

/** The stopping rule with tol > 0, read off the history. */
function checkStoppingRule<P>(fit: FitResult<P>, tol: number, maxIter: number): void {
  const history = fit.history ?? [];
  expect(fit.iterations).toBe(history.length - 1);
  expect(fit.iterations).toBeLessThanOrEqual(maxIter);
  const rises = history.slice(1).map((entry, k) => entry.logLikelihood - (history[k]?.logLikelihood as number));
  rises.slice(0, -1).forEach((rise) => expect(rise).toBeGreaterThanOrEqual(tol));
  if (fit.converged) {
    expect(rises[rises.length - 1]).toBeLessThan(tol);
  } else {
    expect(fit.iterations).toBe(maxIter);
    if (rises.length > 0) expect(rises[rises.length - 1]).toBeGreaterThanOrEqual(tol);
  }
}

const tolerance = fc.double({ min: 1e-12, max: 1e-2, noNaN: true });

// ---------- binomial mixture ----------
const binomialRows = fc
  .array(
    fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
    {
      minLength: 1,
      maxLength: 25,
    },
  )
  .map((rows) => ({ successes: rows.map(([h]) => h), trials: rows.map(([, n]) => n) }));
const binomialCase = fc.integer({ min: 1, max: 3 }).chain((k) =>
  fc.record({
    data: binomialRows,
    init: fc.record({ weights: weightsOf(k), thetas: fc.array(probability, { minLength: k, maxLength: k }) }),
    fixWeights: fc.boolean(),
  }),
);

function binomialMixtureLogLikelihood(data: { successes: number[]; trials: number[] }) {
  return (params: { weights: number[]; thetas: number[] }) =>
    data.successes.reduce((sum, h, i) => {
      const n = data.trials[i] as number;
      const terms = params.thetas.map((theta, k) => {
        const logTheta = h === 0 ? 0 : h * Math.log(theta);
        const logComplement = n - h === 0 ? 0 : (n - h) * Math.log(1 - theta);
        return Math.log(params.weights[k] as number) + logChoose(n, h) + logTheta + logComplement;
      });
      return sum + logSumOfExps(terms);
    }, 0);
}

describe("EM properties: binomial-mixture", () => {
  it("tol 0: exactly maxIter iterations, ℓ never decreases, ℓ is the observed log-likelihood, rows sum to 1", () => {
    fc.assert(
      fc.property(binomialCase, fc.integer({ min: 0, max: 25 }), ({ data, init, fixWeights }, maxIter) => {
        const options: FitOptions = { tol: 0, maxIter, history: true, responsibilities: true, fixWeights };
        const fit = fitBinomialMixture(data, init, options);
        checkExactRun(fit, maxIter, binomialMixtureLogLikelihood(data), {
          rows: data.successes.length,
          columns: init.thetas.length,
        });
        // The start's weights are init's (rescaled to sum to 1, which can move the last bit) and stay put if fixed.
        const startWeights = fit.history?.[0]?.params.weights ?? [];
        startWeights.forEach((weight, k) => expectClose(weight, init.weights[k] as number, 1e-14, `start weight ${k}`));
        if (fixWeights) for (const entry of fit.history ?? []) expect(entry.params.weights).toEqual(startWeights);
      }),
      RUNS,
    );
  });

  it("tol > 0: converged exactly when the last rise fell below tol", () => {
    fc.assert(
      fc.property(binomialCase, tolerance, fc.integer({ min: 1, max: 200 }), ({ data, init, fixWeights }, tol, maxIter) => {
        checkStoppingRule(fitBinomialMixture(data, init, { tol, maxIter, history: true, fixWeights }), tol, maxIter);
      }),
      RUNS,
    );
  });
});

// ---------- Poisson mixture ----------
const counts = (max: number) => fc.array(fc.integer({ min: 0, max }), { minLength: 1, maxLength: 30 });
const poissonData = fc.oneof(
  counts(40),
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 12 })
    .filter((rows) => rows.some(([, f]) => f > 0))
    .map((rows) => ({ values: rows.map(([x]) => x), frequencies: rows.map(([, f]) => f) })),
);
const poissonCase = fc.integer({ min: 1, max: 3 }).chain((k) =>
  fc.record({
    data: poissonData,
    init: fc.record({
      weights: weightsOf(k),
      lambdas: fc.array(fc.double({ min: 0.3, max: 40, noNaN: true }), { minLength: k, maxLength: k }),
    }),
  }),
);

function poissonMixtureLogLikelihood(data: number[] | { values: number[]; frequencies: number[] }) {
  const values = Array.isArray(data) ? data : data.values;
  const frequencies = Array.isArray(data) ? data.map(() => 1) : data.frequencies;
  return (params: { weights: number[]; lambdas: number[] }) =>
    values.reduce((sum, x, i) => {
      const frequency = frequencies[i] as number;
      if (frequency === 0) return sum;
      const terms = params.lambdas.map(
        (lambda, k) => Math.log(params.weights[k] as number) + (x === 0 ? 0 : x * Math.log(lambda)) - lambda - logFactorial(x),
      );
      return sum + frequency * logSumOfExps(terms);
    }, 0);
}

describe("EM properties: poisson-mixture", () => {
  it("tol 0: exactly maxIter iterations, ℓ never decreases, ℓ is the observed log-likelihood, rows sum to 1", () => {
    fc.assert(
      fc.property(poissonCase, fc.integer({ min: 0, max: 25 }), ({ data, init }, maxIter) => {
        const fit = fitPoissonMixture(data, init, { tol: 0, maxIter, history: true, responsibilities: true });
        checkExactRun(fit, maxIter, poissonMixtureLogLikelihood(data), {
          rows: Array.isArray(data) ? data.length : data.values.length,
          columns: init.lambdas.length,
        });
        const weightSum = fit.params.weights.reduce((a, b) => a + b, 0);
        expect(Math.abs(weightSum - 1)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  it("tol > 0: converged exactly when the last rise fell below tol", () => {
    fc.assert(
      fc.property(poissonCase, tolerance, fc.integer({ min: 1, max: 200 }), ({ data, init }, tol, maxIter) => {
        checkStoppingRule(fitPoissonMixture(data, init, { tol, maxIter, history: true }), tol, maxIter);
      }),
      RUNS,
    );
  });

  it("the k-means++ start is deterministic per seed and EM from it never decreases ℓ", () => {
    fc.assert(
      fc.property(counts(40), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1000 }), (data, k, seed) => {
        fc.pre(new Set(data).size >= k);
        const options = { components: k, seed, tol: 0, maxIter: 15, history: true };
        const fit = fitPoissonMixture(data, undefined, options);
        expect(fitPoissonMixture(data, undefined, options)).toEqual(fit);
        checkExactRun(fit, 15, poissonMixtureLogLikelihood(data));
      }),
      RUNS,
    );
  });
});

// ---------- ZIP ----------
const zipCase = fc.record({
  data: counts(25).filter((values) => values.some((x) => x > 0)),
  init: fc.record({ pi: probability, lambda: fc.double({ min: 0.1, max: 30, noNaN: true }) }),
});

function zipLogLikelihood(data: number[]) {
  return ({ pi, lambda }: { pi: number; lambda: number }) =>
    data.reduce((sum, x) => {
      const poisson = Math.exp((x === 0 ? 0 : x * Math.log(lambda)) - lambda - logFactorial(x));
      return sum + Math.log((x === 0 ? pi : 0) + (1 - pi) * poisson);
    }, 0);
}

describe("EM properties: zip", () => {
  it("tol 0: exactly maxIter iterations, ℓ never decreases, ℓ is the observed log-likelihood, rows sum to 1", () => {
    fc.assert(
      fc.property(zipCase, fc.integer({ min: 0, max: 25 }), ({ data, init }, maxIter) => {
        const fit = fitZip(data, init, { tol: 0, maxIter, history: true, responsibilities: true });
        checkExactRun(fit, maxIter, zipLogLikelihood(data), { rows: data.length, columns: 2 });
        for (const entry of (fit.history ?? []).slice(1)) {
          data.forEach((x, i) => {
            if (x > 0) expect(entry.responsibilities?.[i]).toEqual([0, 1]);
          });
        }
      }),
      RUNS,
    );
  });

  it("tol > 0: converged exactly when the last rise fell below tol", () => {
    fc.assert(
      fc.property(zipCase, tolerance, fc.integer({ min: 1, max: 200 }), ({ data, init }, tol, maxIter) => {
        checkStoppingRule(fitZip(data, init, { tol, maxIter, history: true }), tol, maxIter);
      }),
      RUNS,
    );
  });
});

// ---------- linkage ----------
const linkageCase = fc.record({
  counts: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 4, maxLength: 4 }).filter((values) => values.some((y) => y > 0)),
  theta: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
});

function linkageLogLikelihood(counts: number[]) {
  const [y1, y2, y3, y4] = counts as [number, number, number, number];
  const coefficient = logFactorial(y1 + y2 + y3 + y4) - logFactorial(y1) - logFactorial(y2) - logFactorial(y3) - logFactorial(y4);
  const term = (count: number, p: number) => (count === 0 ? 0 : count * Math.log(p));
  return ({ theta }: { theta: number }) => coefficient + term(y1, 0.5 + theta / 4) + term(y2 + y3, (1 - theta) / 4) + term(y4, theta / 4);
}

describe("EM properties: linkage", () => {
  it("tol 0: exactly maxIter iterations, ℓ never decreases, ℓ is the multinomial log-likelihood", () => {
    fc.assert(
      fc.property(linkageCase, fc.integer({ min: 0, max: 30 }), ({ counts, theta }, maxIter) => {
        const fit = fitLinkage({ counts }, { theta }, { tol: 0, maxIter, history: true, responsibilities: true });
        checkExactRun(fit, maxIter, linkageLogLikelihood(counts));
      }),
      RUNS,
    );
  });

  it("tol > 0: converged exactly when the last rise fell below tol", () => {
    fc.assert(
      fc.property(linkageCase, tolerance, fc.integer({ min: 1, max: 200 }), ({ counts, theta }, tol, maxIter) => {
        checkStoppingRule(fitLinkage({ counts }, { theta }, { tol, maxIter, history: true }), tol, maxIter);
      }),
      RUNS,
    );
  });
});
