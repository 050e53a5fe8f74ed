/**
 * binomial-mixture against R (test/fixtures/em-mixtures-r.json, made by
 * test/fixtures/scripts/em-mixtures.R with R 4.2.2: an EM written in R with dbinom(log = TRUE) for the
 * per-iteration values, and optim(BFGS, reltol = 1e-15) + nlminb + Newton on the log-likelihood for
 * the MLE), then the library's input checks and degenerate cases.
 */
import { describe, expect, it } from "vitest";
import { fitBinomialMixture, runBinomialMixture } from "../../lib/estimation/models/binomial-mixture";
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

type Data = { successes: number[]; trials: number[] };
type Init = { weights: number[]; thetas: number[] };

const cases = rCases("binomial-mixture");
const PER_ITERATION = 1e-9; // the agreement asked of two float64 implementations of the same recurrence

function traced(entry: RCase) {
  return fitBinomialMixture(entry.data as Data, entry.init as Init, {
    fixWeights: entry.fixWeights === true,
    ...traceOptions(entry),
  });
}

describe.each(cases.map((entry) => [entry.id, entry] as const))("binomial-mixture vs R: %s", (_id, entry) => {
  it(`per-iteration weights, thetas and log-likelihood match the R EM (${entry.em.software}) to 1e-9`, () => {
    const fit = traced(entry);
    const history = fit.history ?? [];
    expect(history).toHaveLength(entry.em.steps.length);
    entry.em.steps.forEach((step, k) => {
      const entryK = history[k];
      expectAllClose(entryK?.params.weights ?? [], step.weights as number[], PER_ITERATION, `weights after ${k}`);
      expectAllClose(entryK?.params.thetas ?? [], step.thetas as number[], PER_ITERATION, `thetas after ${k}`);
      expectClose(entryK?.logLikelihood ?? Number.NaN, step.logLikelihood as number, PER_ITERATION, `loglik after ${k}`);
    });
  });

  it("the responsibilities of iteration 1 match R's, one row per data row", () => {
    const fit = traced(entry);
    const responsibilities = fit.history?.[1]?.responsibilities ?? [];
    const expected = entry.em.responsibilitiesIteration1 ?? [];
    expect(responsibilities).toHaveLength(expected.length);
    expected.forEach((row, i) => expectAllClose(responsibilities[i] ?? [], row, PER_ITERATION, `r[${i}]`, 1e-15));
    expectStochasticRows(responsibilities, expected.length, 2, "responsibilities");
  });

  it("run to its fixed point, EM lands on R's direct maximisation of the log-likelihood", () => {
    const mle = entry.mle;
    if (!mle) return;
    expect(mle.gradientMaxAbs).toBeLessThan(1e-9);
    const fit = fitBinomialMixture(entry.data as Data, entry.init as Init, { tol: 0, maxIter: 20000 });
    expectClose(fit.logLikelihood, mle.logLikelihood, 1e-13, "loglik at the MLE");
    expectAllClose(fit.params.weights, mle.weights as number[], 1e-6, "weights at the MLE");
    expectAllClose(fit.params.thetas, mle.thetas as number[], 1e-6, "thetas at the MLE");
  });

  it("with the default stopping rule it converges as close as tol = 1e-8 allows", () => {
    const mle = entry.mle;
    if (!mle) return;
    const fit = fitBinomialMixture(entry.data as Data, entry.init as Init);
    // The last rise was below 1e-8; at the linear rates of these fits (≤ 0.999) the gap left is ≤ 1e-5.
    expectStoppedNearMle(fit, mle.logLikelihood, 1e-5);
    expectAllClose(fit.params.thetas, mle.thetas as number[], 2e-2, "thetas near the MLE");
  });
});

const twoCoins: Data = { successes: [5, 9, 8, 4, 7], trials: [10, 10, 10, 10, 10] };

describe("binomial-mixture: start without init", () => {
  it("requires options.components when init is absent", () => {
    expectEstimationError(
      () => fitBinomialMixture(twoCoins),
      "invalid-option",
      /^options\.components \(K\) is required when init is not given$/,
    );
  });

  it("is deterministic for a seed, with K components, and increases the likelihood", () => {
    const a = fitBinomialMixture(twoCoins, undefined, { components: 2, seed: 7, history: true });
    const b = fitBinomialMixture(twoCoins, undefined, { components: 2, seed: 7, history: true });
    expect(a).toEqual(b);
    expect(a.params.thetas).toHaveLength(2);
    expectNonDecreasing(
      (a.history ?? []).map((entry) => entry.logLikelihood),
      "k-means start",
    );
    // The start: clusters of proportions {0.4, 0.5} and {0.7, 0.8, 0.9} → (Σh + ½)/(Σn + 1).
    expectAllClose(a.history?.[0]?.params.thetas ?? [], [9.5 / 21, 24.5 / 31], 1e-15, "start thetas");
    expectAllClose(a.history?.[0]?.params.weights ?? [], [2 / 5, 3 / 5], 1e-15, "start weights");
  });

  it("with fixWeights and no init, the weights stay equal", () => {
    const fit = fitBinomialMixture(twoCoins, undefined, { components: 2, seed: 1, fixWeights: true });
    expect(fit.params.weights).toEqual([0.5, 0.5]);
  });

  it("refuses more components than distinct proportions", () => {
    expectEstimationError(
      () => fitBinomialMixture({ successes: [3, 3, 6], trials: [10, 10, 20] }, undefined, { components: 2 }),
      "invalid-option",
      /options\.components \(K = 2\) is more than the number of distinct data points \(1\)/,
    );
  });
});

describe("binomial-mixture: bad input", () => {
  const init = { weights: [0.5, 0.5], thetas: [0.6, 0.5] };
  const cases: [string, () => unknown, string, RegExp][] = [
    ["data not an object", () => fitBinomialMixture([1, 2] as never, init), "invalid-data", /^data must be an object/],
    ["empty data", () => fitBinomialMixture({ successes: [], trials: [] }, init), "invalid-data", /data\.successes must not be empty/],
    [
      "NaN successes",
      () => fitBinomialMixture({ successes: [1, Number.NaN], trials: [2, 2] }, init),
      "invalid-data",
      /data\.successes\[1\] is NaN/,
    ],
    [
      "infinite trials",
      () => fitBinomialMixture({ successes: [1, 1], trials: [2, Number.POSITIVE_INFINITY] }, init),
      "invalid-data",
      /data\.trials\[1\] is Infinity/,
    ],
    [
      "negative successes",
      () => fitBinomialMixture({ successes: [1, -1], trials: [2, 2] }, init),
      "invalid-data",
      /data\.successes\[1\] = -1 is negative/,
    ],
    [
      "fractional successes",
      () => fitBinomialMixture({ successes: [1.5], trials: [2] }, init),
      "invalid-data",
      /data\.successes\[0\] = 1\.5 is not a whole number/,
    ],
    [
      "successes > trials",
      () => fitBinomialMixture({ successes: [1, 12], trials: [2, 10] }, init),
      "invalid-data",
      /data\.successes\[1\] = 12 is more than data\.trials\[1\] = 10/,
    ],
    ["zero trials", () => fitBinomialMixture({ successes: [0], trials: [0] }, init), "invalid-data", /data\.trials\[0\] = 0 is below 1/],
    [
      "length mismatch",
      () => fitBinomialMixture({ successes: [1, 2, 3], trials: [4, 4] }, init),
      "invalid-data",
      /data\.trials has 2 entries but data\.successes has 3/,
    ],
    ["init not an object", () => fitBinomialMixture(twoCoins, 0.5 as never), "invalid-init", /^init must be an object/],
    ["init.thetas missing", () => fitBinomialMixture(twoCoins, { weights: [1] } as never), "invalid-init", /init\.thetas must be an array/],
    [
      "init.thetas of the wrong length",
      () => fitBinomialMixture(twoCoins, { weights: [0.5, 0.5], thetas: [0.1, 0.2, 0.3] }),
      "invalid-init",
      /init\.thetas must have 2 entries, one per component/,
    ],
    ["init.thetas empty", () => fitBinomialMixture(twoCoins, { thetas: [] }), "invalid-init", /init\.thetas must have at least one entry/],
    [
      "theta above 1",
      () => fitBinomialMixture(twoCoins, { thetas: [0.5, 1.2] }),
      "invalid-init",
      /init\.thetas\[1\] must be a probability strictly between 0 and 1.*got 1\.2/,
    ],
    [
      "theta at 0",
      () => fitBinomialMixture(twoCoins, { thetas: [0, 0.5] }),
      "invalid-init",
      /init\.thetas\[0\] must be a probability strictly between 0 and 1/,
    ],
    ["theta NaN", () => fitBinomialMixture(twoCoins, { thetas: [Number.NaN, 0.5] }), "invalid-init", /init\.thetas\[0\] is NaN/],
    [
      "weights not summing to 1",
      () => fitBinomialMixture(twoCoins, { weights: [0.5, 0.6], thetas: [0.2, 0.7] }),
      "invalid-init",
      /init\.weights must sum to 1, got 1\.1/,
    ],
    [
      "negative weight",
      () => fitBinomialMixture(twoCoins, { weights: [-0.5, 1.5], thetas: [0.2, 0.7] }),
      "invalid-init",
      /init\.weights\[0\] must be in \(0, 1\]/,
    ],
    [
      "init disagreeing with options.components",
      () => fitBinomialMixture(twoCoins, { thetas: [0.2, 0.7] }, { components: 3 }),
      "invalid-init",
      /init\.thetas has 2 entries but options\.components is 3/,
    ],
    [
      "fixWeights not a boolean",
      () => fitBinomialMixture(twoCoins, init, { fixWeights: "yes" as never }),
      "invalid-option",
      /options\.fixWeights must be true or false/,
    ],
    ["negative tol", () => fitBinomialMixture(twoCoins, init, { tol: -1 }), "invalid-option", /options\.tol must be a finite number ≥ 0/],
    [
      "components 0",
      () => fitBinomialMixture(twoCoins, undefined, { components: 0 }),
      "invalid-option",
      /options\.components must be a whole number ≥ 1/,
    ],
  ];
  it.each(cases)("%s", (_name, fn, code, message) => {
    expectEstimationError(fn, code as never, message);
  });

  it("the CLI adapter validates the untrusted job the same way", () => {
    expectEstimationError(
      () => runBinomialMixture({ model: "binomial-mixture", data: { successes: [1, 2], trials: [2, 1] }, init: { thetas: [0.3, 0.6] } }),
      "invalid-data",
      /data\.successes\[1\] = 2 is more than data\.trials\[1\] = 1/,
    );
    expectEstimationError(
      () => runBinomialMixture({ model: "binomial-mixture", data: twoCoins, init: { thetas: "0.5" } }),
      "invalid-init",
      /init\.thetas must be an array/,
    );
  });
});

describe("binomial-mixture: boundaries and degenerate fits", () => {
  it("a θ that reaches 0 (a component of all-failure rows) stays 0, with a finite log-likelihood", () => {
    const data = { successes: [0, 0, 0, 7, 8, 9], trials: [10, 10, 10, 10, 10, 10] };
    const fit = fitBinomialMixture(data, { thetas: [1e-200, 0.8] }, { tol: 0, maxIter: 20, history: true });
    expect(fit.params.thetas[0]).toBe(0);
    expect(Number.isFinite(fit.logLikelihood)).toBe(true);
    // Independent check of ℓ: rows 1–3 can only come from θ = 0 (probability w1), rows 4–6 from θ2.
    const [w1, w2] = fit.params.weights as [number, number];
    const theta2 = fit.params.thetas[1] as number;
    const binomialPmf = (h: number, n: number, p: number) => {
      let coefficient = 1;
      for (let i = 1; i <= h; i += 1) coefficient = (coefficient * (n - h + i)) / i;
      return coefficient * p ** h * (1 - p) ** (n - h);
    };
    const expected = data.successes.reduce((sum, h) => sum + Math.log((h === 0 ? w1 : 0) + w2 * binomialPmf(h, 10, theta2)), 0);
    expectClose(fit.logLikelihood, expected, 1e-12, "loglik with θ1 = 0");
    expectNonDecreasing(
      (fit.history ?? []).map((entry) => entry.logLikelihood),
      "boundary run",
    );
  });

  it("a component that loses every row stops the fit with a degenerate error, not NaN", () => {
    expectEstimationError(
      () => fitBinomialMixture({ successes: [80, 90, 85], trials: [100, 100, 100] }, { thetas: [1e-300, 0.8] }),
      "degenerate",
      /component 1 of the binomial mixture has lost all its rows/,
    );
  });
});
