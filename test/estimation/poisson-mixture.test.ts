/**
 * poisson-mixture against R (test/fixtures/em-mixtures-r.json, made by
 * test/fixtures/scripts/em-mixtures.R with R 4.2.2 / MASS 7.3.58.2 on InsectSprays$count,
 * warpbreaks$breaks and the frequency table of MASS::quine$Days): an EM written in R with
 * dpois(log = TRUE) for the per-iteration values, and optim(BFGS, reltol = 1e-15) + nlminb + Newton
 * on the log-likelihood for the MLE. Then the input checks and the degenerate cases.
 */
import { describe, expect, it } from "vitest";
import { fitPoissonMixture, runPoissonMixture, type PoissonMixtureData } from "../../lib/estimation/models/poisson-mixture";
import {
  expectAllClose,
  expectClose,
  expectEstimationError,
  expectNonDecreasing,
  expectStochasticRows,
  expectStoppedNearMle,
  rCases,
  traceOptions,
  type RCase,
} from "./em-helpers";

type Init = { weights: number[]; lambdas: number[] };

const cases = rCases("poisson-mixture");
const PER_ITERATION = 1e-9;

function traced(entry: RCase) {
  return fitPoissonMixture(entry.data as PoissonMixtureData, entry.init as Init, traceOptions(entry));
}

describe.each(cases.map((entry) => [entry.id, entry] as const))("poisson-mixture vs R: %s", (_id, entry) => {
  it("per-iteration weights, lambdas and log-likelihood match the R EM to 1e-9 relative", () => {
    const history = traced(entry).history ?? [];
    expect(history).toHaveLength(entry.em.steps.length);
    entry.em.steps.forEach((step, k) => {
      expectAllClose(history[k]?.params.weights ?? [], step.weights as number[], PER_ITERATION, `weights after ${k}`);
      expectAllClose(history[k]?.params.lambdas ?? [], step.lambdas as number[], PER_ITERATION, `lambdas after ${k}`);
      expectClose(history[k]?.logLikelihood ?? Number.NaN, step.logLikelihood as number, PER_ITERATION, `loglik after ${k}`);
    });
  });

  it("the responsibilities of iteration 1 match R's (one row per data row, per value for a table)", () => {
    const fit = traced(entry);
    const expected = entry.em.responsibilitiesIteration1 ?? [];
    const responsibilities = fit.history?.[1]?.responsibilities ?? [];
    const rows = Array.isArray(entry.data) ? entry.data.length : (entry.data as { values: number[] }).values.length;
    expect(expected).toHaveLength(rows);
    expectStochasticRows(responsibilities, rows, (entry.init.lambdas as number[]).length, "responsibilities");
    expected.forEach((row, i) => expectAllClose(responsibilities[i] ?? [], row, PER_ITERATION, `r[${i}]`, 1e-15));
  });

  it("run to its fixed point, EM lands on R's direct maximisation of the log-likelihood", () => {
    const mle = entry.mle;
    if (!mle) throw new Error("the fixture lacks the MLE");
    expect(mle.gradientMaxAbs).toBeLessThan(1e-9);
    const fit = fitPoissonMixture(entry.data as PoissonMixtureData, entry.init as Init, { tol: 0, maxIter: 5000 });
    expectClose(fit.logLikelihood, mle.logLikelihood, 1e-13, "loglik at the MLE");
    expectAllClose(fit.params.weights, mle.weights as number[], 1e-7, "weights at the MLE");
    expectAllClose(fit.params.lambdas, mle.lambdas as number[], 1e-7, "lambdas at the MLE");
  });

  it("with the default stopping rule it converges as close as tol = 1e-8 allows", () => {
    const mle = entry.mle;
    if (!mle) throw new Error("the fixture lacks the MLE");
    const fit = fitPoissonMixture(entry.data as PoissonMixtureData, entry.init as Init);
    expectStoppedNearMle(fit, mle.logLikelihood, 1e-6);
    expectAllClose(fit.params.lambdas, mle.lambdas as number[], 1e-3, "lambdas near the MLE");
  });
});

describe("poisson-mixture: frequency tables and plain data agree", () => {
  it("{ values, frequencies } gives the fit of the expanded sample, with one responsibility row per value", () => {
    const table = { values: [0, 1, 2, 7, 9], frequencies: [3, 2, 1, 2, 2] };
    const expanded = table.values.flatMap((value, i) => new Array<number>(table.frequencies[i] as number).fill(value));
    const init = { weights: [0.5, 0.5], lambdas: [1, 6] };
    const options = { tol: 0, maxIter: 25, history: true, responsibilities: true };
    const fromTable = fitPoissonMixture(table, init, options);
    const fromSample = fitPoissonMixture(expanded, init, options);
    expectAllClose(fromTable.params.lambdas, fromSample.params.lambdas, 1e-13, "lambdas");
    expectClose(fromTable.logLikelihood, fromSample.logLikelihood, 1e-13, "loglik");
    expect(fromTable.history?.[1]?.responsibilities).toHaveLength(5);
    expect(fromSample.history?.[1]?.responsibilities).toHaveLength(10);
  });
});

describe("poisson-mixture: start without init", () => {
  const sample = [0, 1, 1, 2, 0, 9, 11, 10, 12, 8];

  it("requires options.components when init is absent", () => {
    expectEstimationError(
      () => fitPoissonMixture(sample, undefined, { seed: 3 }),
      "invalid-option",
      /^options\.components \(K\) is required when init is not given$/,
    );
  });

  it("draws the same start for the same seed, and separates two obvious clusters", () => {
    const a = fitPoissonMixture(sample, undefined, { components: 2, seed: 11, history: true });
    const b = runPoissonMixture({ model: "poisson-mixture", data: sample, options: { components: 2, seed: 11, history: true } });
    expect(b).toEqual(a);
    // Whatever the seed, k-means on these values settles on {0,0,1,1,2} and {8,...,12}: means 0.8 and 10.
    expectAllClose(a.history?.[0]?.params.lambdas ?? [], [0.8, 10], 1e-15, "start lambdas");
    expectAllClose(a.history?.[0]?.params.weights ?? [], [0.5, 0.5], 1e-15, "start weights");
    expectNonDecreasing(
      (a.history ?? []).map((entry) => entry.logLikelihood),
      "k-means start",
    );
  });

  it("refuses more components than distinct values", () => {
    expectEstimationError(
      () => fitPoissonMixture({ values: [1, 4], frequencies: [10, 5] }, undefined, { components: 3 }),
      "invalid-option",
      /options\.components \(K = 3\) is more than the number of distinct data points \(2\)/,
    );
  });
});

describe("poisson-mixture: bad input", () => {
  const init = { weights: [0.5, 0.5], lambdas: [1, 5] };
  const cases: [string, () => unknown, string, RegExp][] = [
    ["empty data", () => fitPoissonMixture([], init), "invalid-data", /data must not be empty/],
    ["NaN", () => fitPoissonMixture([1, Number.NaN], init), "invalid-data", /data\[1\] is NaN/],
    ["Infinity", () => fitPoissonMixture([Number.POSITIVE_INFINITY], init), "invalid-data", /data\[0\] is Infinity/],
    ["negative count", () => fitPoissonMixture([1, -2], init), "invalid-data", /data\[1\] = -2 is negative/],
    ["fractional count", () => fitPoissonMixture([1, 2.5], init), "invalid-data", /data\[1\] = 2\.5 is not a whole number/],
    [
      "frequencies of another length",
      () => fitPoissonMixture({ values: [1, 2], frequencies: [1] }, init),
      "invalid-data",
      /data\.frequencies has 1 entr(y|ies) but data\.values has 2/,
    ],
    [
      "frequencies all zero",
      () => fitPoissonMixture({ values: [1, 2], frequencies: [0, 0] }, init),
      "invalid-data",
      /data\.frequencies must not all be zero/,
    ],
    [
      "negative frequency",
      () => fitPoissonMixture({ values: [1, 2], frequencies: [3, -1] }, init),
      "invalid-data",
      /data\.frequencies\[1\] = -1 is negative/,
    ],
    [
      "init.lambdas wrong length",
      () => fitPoissonMixture([1, 2], { weights: [0.5, 0.5], lambdas: [1] }),
      "invalid-init",
      /init\.lambdas must have 2 entries, one per component/,
    ],
    ["lambda 0", () => fitPoissonMixture([1, 2], { lambdas: [0, 3] }), "invalid-init", /init\.lambdas\[0\] = 0 is not positive/],
    ["lambda negative", () => fitPoissonMixture([1, 2], { lambdas: [2, -3] }), "invalid-init", /init\.lambdas\[1\] = -3 is negative/],
    ["lambdas not an array", () => fitPoissonMixture([1, 2], { lambdas: 3 } as never), "invalid-init", /init\.lambdas must be an array/],
    [
      "weight of 0",
      () => fitPoissonMixture([1, 2], { weights: [0, 1], lambdas: [1, 2] }),
      "invalid-init",
      /init\.weights\[0\] must be in \(0, 1\]/,
    ],
    [
      "weights not an array",
      () => fitPoissonMixture([1, 2], { weights: 1, lambdas: [1] } as never),
      "invalid-init",
      /init\.weights must be an array/,
    ],
    [
      "data a string",
      () => runPoissonMixture({ model: "poisson-mixture", data: "1,2,3", init }),
      "invalid-data",
      /data must be an array of numbers or an object \{ values, frequencies \}/,
    ],
    [
      "options not an object",
      () => runPoissonMixture({ model: "poisson-mixture", data: [1, 2], init, options: 5 as never }),
      "invalid-option",
      /options must be an object/,
    ],
    [
      "maxIter fractional",
      () => fitPoissonMixture([1, 2], init, { maxIter: 2.5 }),
      "invalid-option",
      /options\.maxIter must be a whole number/,
    ],
  ];
  it.each(cases)("%s", (_name, fn, code, message) => {
    expectEstimationError(fn, code as never, message);
  });
});

describe("poisson-mixture: boundaries and degenerate fits", () => {
  it("a λ driven to 0 becomes a point mass at 0 (no NaN), and ℓ is still the mixture's", () => {
    const data = [0, 0, 0, 0, 5, 6, 7, 8];
    const fit = fitPoissonMixture(data, { weights: [0.5, 0.5], lambdas: [1e-200, 5] }, { tol: 0, maxIter: 30, history: true });
    expect(fit.params.lambdas[0]).toBe(0);
    const [w1, w2] = fit.params.weights as [number, number];
    const lambda2 = fit.params.lambdas[1] as number;
    const factorial = (x: number): number => (x <= 1 ? 1 : x * factorial(x - 1));
    const expected = data.reduce(
      (sum, x) => sum + Math.log((x === 0 ? w1 : 0) + (w2 * lambda2 ** x * Math.exp(-lambda2)) / factorial(x)),
      0,
    );
    expectClose(fit.logLikelihood, expected, 1e-12, "loglik with a point mass");
    expectNonDecreasing(
      (fit.history ?? []).map((entry) => entry.logLikelihood),
      "collapse to a point mass",
    );
  });

  it("a component whose weight vanishes stops with a degenerate error naming it", () => {
    expectEstimationError(
      () => fitPoissonMixture([3, 4, 5, 2, 6], { weights: [0.5, 0.5], lambdas: [4, 1e300] }),
      "degenerate",
      /component 2 of the Poisson mixture has lost all its weight/,
    );
  });
});
