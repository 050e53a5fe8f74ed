/**
 * zip (zero-inflated Poisson) against R (test/fixtures/em-mixtures-r.json, made by
 * test/fixtures/scripts/em-mixtures.R with R 4.2.2 / MASS 7.3.58.2 on datasets::discoveries and
 * MASS::quine$Days): an EM written in R for the per-iteration values, and for the MLE both
 * optim(BFGS, reltol = 1e-15) + nlminb + Newton on the log-likelihood written with dpois(log = TRUE),
 * and the root of the MLE's equation λ(1 − n₀/n) = x̄(1 − e^{−λ}) by uniroot (tol 1e-15).
 * Then the input checks and the boundaries.
 */
import { describe, expect, it } from "vitest";
import { fitZip, runZip } from "../../lib/estimation/models/zip";
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

type Init = { pi: number; lambda: number };

const cases = rCases("zip");
const PER_ITERATION = 1e-9;

function traced(entry: RCase) {
  return fitZip(entry.data as number[], entry.init as Init, traceOptions(entry));
}

describe.each(cases.map((entry) => [entry.id, entry] as const))("zip vs R: %s", (_id, entry) => {
  it("per-iteration π, λ and log-likelihood match the R EM to 1e-9 relative", () => {
    const history = traced(entry).history ?? [];
    expect(history).toHaveLength(entry.em.steps.length);
    entry.em.steps.forEach((step, k) => {
      expectClose(history[k]?.params.pi ?? Number.NaN, step.pi as number, PER_ITERATION, `pi after ${k}`);
      expectClose(history[k]?.params.lambda ?? Number.NaN, step.lambda as number, PER_ITERATION, `lambda after ${k}`);
      expectClose(history[k]?.logLikelihood ?? Number.NaN, step.logLikelihood as number, PER_ITERATION, `loglik after ${k}`);
    });
  });

  it("responsibilities of iteration 1: column 0 the structural-zero state, [0, 1] for non-zero counts", () => {
    const data = entry.data as number[];
    const responsibilities = traced(entry).history?.[1]?.responsibilities ?? [];
    expectStochasticRows(responsibilities, data.length, 2, "responsibilities");
    const expected = entry.em.responsibilitiesIteration1 ?? [];
    expected.forEach((row, i) => expectAllClose(responsibilities[i] ?? [], row, PER_ITERATION, `r[${i}]`, 1e-15));
    data.forEach((x, i) => {
      if (x !== 0) expect(responsibilities[i]).toEqual([0, 1]);
    });
  });

  it("run to its fixed point, EM lands on R's MLE (optim + Newton, and the root of the score equation)", () => {
    const mle = entry.mle;
    if (!mle) throw new Error("the fixture lacks the MLE");
    expect(mle.gradientMaxAbs).toBeLessThan(1e-9);
    const fit = fitZip(entry.data as number[], entry.init as Init, { tol: 0, maxIter: 2000 });
    expectClose(fit.logLikelihood, mle.logLikelihood, 1e-13, "loglik at the MLE");
    expectClose(fit.params.lambda, mle.lambdaByRoot as number, 1e-10, "λ vs uniroot");
    expectClose(fit.params.pi, mle.piByRoot as number, 1e-9, "π vs uniroot");
    expectClose(fit.params.lambda, mle.lambda as number, 1e-9, "λ vs optim");
    expectClose(fit.params.pi, mle.pi as number, 1e-8, "π vs optim");
  });

  it("with the default stopping rule it converges as close as tol = 1e-8 allows", () => {
    const mle = entry.mle;
    if (!mle) throw new Error("the fixture lacks the MLE");
    const fit = fitZip(entry.data as number[], entry.init as Init);
    expectStoppedNearMle(fit, mle.logLikelihood, 1e-6);
    expectClose(fit.params.lambda, mle.lambda as number, 1e-3, "λ near the MLE");
  });

  it("the default start (no init) reaches the same MLE", () => {
    const mle = entry.mle;
    if (!mle) throw new Error("the fixture lacks the MLE");
    const fit = runZip({ model: "zip", data: entry.data, options: { tol: 0, maxIter: 2000 } }) as ReturnType<typeof fitZip>;
    expectClose(fit.params.lambda, mle.lambdaByRoot as number, 1e-10, "λ from the default start");
  });
});

describe("zip: boundaries", () => {
  it("without zeros, π goes to 0 after one iteration and λ is the sample mean (no NaN)", () => {
    const data = [1, 2, 3, 4, 5];
    const fit = fitZip(data, { pi: 0.3, lambda: 1 }, { history: true, responsibilities: true });
    expect(fit.history?.[1]?.params.pi).toBe(0);
    expect(fit.params.pi).toBe(0);
    expectClose(fit.params.lambda, 3, 1e-15, "λ = mean");
    // ℓ = Σ log dpois(x, 3) = Σ (x log 3 − 3 − log x!) = 15 log 3 − 15 − log(1·2·6·24·120).
    expectClose(fit.logLikelihood, 15 * Math.log(3) - 15 - Math.log(2 * 6 * 24 * 120), 1e-13, "Poisson loglik");
  });

  it("ℓ equals an independent evaluation at every recorded iterate", () => {
    const data = [0, 0, 0, 1, 0, 2, 5, 0, 3, 1];
    const fit = fitZip(data, { pi: 0.5, lambda: 0.5 }, { tol: 0, maxIter: 15, history: true });
    const factorial = (x: number): number => (x <= 1 ? 1 : x * factorial(x - 1));
    for (const entry of fit.history ?? []) {
      const { pi, lambda } = entry.params;
      const expected = data.reduce(
        (sum, x) => sum + Math.log((x === 0 ? pi : 0) + ((1 - pi) * lambda ** x * Math.exp(-lambda)) / factorial(x)),
        0,
      );
      expectClose(entry.logLikelihood, expected, 1e-12, "loglik");
    }
    expectNonDecreasing(
      (fit.history ?? []).map((entry) => entry.logLikelihood),
      "zip",
    );
  });
});

describe("zip: bad input", () => {
  const cases: [string, () => unknown, string, RegExp][] = [
    ["empty data", () => fitZip([]), "invalid-data", /data must not be empty/],
    ["NaN", () => fitZip([0, Number.NaN]), "invalid-data", /data\[1\] is NaN/],
    ["Infinity", () => fitZip([0, Number.POSITIVE_INFINITY]), "invalid-data", /data\[1\] is Infinity/],
    ["negative count", () => fitZip([0, 3, -1]), "invalid-data", /data\[2\] = -1 is negative/],
    ["fractional count", () => fitZip([0, 0.5]), "invalid-data", /data\[1\] = 0\.5 is not a whole number/],
    ["all zeros", () => fitZip([0, 0, 0]), "degenerate", /data are all zeros: the zero-inflated Poisson MLE is not unique/],
    [
      "a table instead of counts",
      () => runZip({ model: "zip", data: { values: [0, 1], frequencies: [2, 3] } }),
      "invalid-data",
      /data must be an array of numbers/,
    ],
    [
      "π above 1",
      () => fitZip([0, 1], { pi: 1.2, lambda: 1 }),
      "invalid-init",
      /init\.pi must be a probability strictly between 0 and 1.*got 1\.2/,
    ],
    ["π at 0", () => fitZip([0, 1], { pi: 0, lambda: 1 }), "invalid-init", /init\.pi must be a probability strictly between 0 and 1/],
    [
      "π negative",
      () => fitZip([0, 1], { pi: -0.1, lambda: 1 }),
      "invalid-init",
      /init\.pi must be a probability strictly between 0 and 1.*got -0\.1/,
    ],
    ["λ of 0", () => fitZip([0, 1], { pi: 0.5, lambda: 0 }), "invalid-init", /init\.lambda = 0 is not positive/],
    ["λ missing", () => fitZip([0, 1], { pi: 0.5 } as never), "invalid-init", /init\.lambda is nothing, not a number/],
    [
      "π a string",
      () => runZip({ model: "zip", data: [0, 1], init: { pi: "0.5", lambda: 1 } }),
      "invalid-init",
      /init\.pi is the string "0\.5", not a number/,
    ],
    ["init an array", () => runZip({ model: "zip", data: [0, 1], init: [0.5, 1] }), "invalid-init", /init must be an object/],
    ["tol NaN", () => fitZip([0, 1], undefined, { tol: Number.NaN }), "invalid-option", /options\.tol must be a finite number/],
  ];
  it.each(cases)("%s", (_name, fn, code, message) => {
    expectEstimationError(fn, code as never, message);
  });
});
