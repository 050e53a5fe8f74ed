/**
 * mvn-missing on R's airquality[, c("Ozone", "Solar.R", "Wind", "Temp")] (37 + 7 NAs), against:
 * - test/fixtures/mvn-missing-airquality.json (test/fixtures/scripts/mvn-missing-airquality.R,
 *   R 4.2.2 / mvtnorm 1.1.3): the complete-case MLE (colMeans, cov · (n − 1)/n, dmvnorm) and the
 *   observed-data MLE found without EM, by optim(BFGS) on Σ rows dmvnorm(x_O, μ_O, Σ_OO, log = TRUE);
 * - test/fixtures/mvn-missing-em.json (test/fixtures/scripts/mvn-missing-em.py, Python 3.11.2 /
 *   numpy 1.24.2 / scipy 1.10.1): per-iteration values of an independent numpy EM in the textbook
 *   T2/n − μμᵀ form (R's `norm` package is not packaged for Debian bookworm), log-likelihoods by
 *   scipy's multivariate_normal.logpdf.
 * Then properties over many seeds and the input checks.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EstimationError } from "../../lib/estimation/errors";
import { fitMvnMissing, runMvnMissing, type MvnMissingParams } from "../../lib/estimation/models/mvn-missing";
import { createRng } from "../../lib/estimation/random";
import { normal, uniform } from "../../lib/estimation/samplers";
import type { FitOptions, FitResult } from "../../lib/estimation/types";
import { expectClose, expectEstimationError, expectNonDecreasing, readFixture } from "./em-helpers";

type Row = (number | null)[];

interface Airquality {
  data: Row[];
  completeCase: { rows: number; mean: number[]; covariance: number[][]; logLikelihood: number };
  directMle: { convergence: number; mean: number[]; covariance: number[][]; logLikelihood: number };
}

interface EmTrace {
  init: MvnMissingParams;
  initialLogLikelihood: number;
  steps: { iterations: number; params: MvnMissingParams; logLikelihood: number }[];
  converged: { iterations: number; params: MvnMissingParams; logLikelihood: number };
}

const airquality = readFixture<Airquality>("mvn-missing-airquality.json");
const trace = readFixture<EmTrace>("mvn-missing-em.json");
const PER_ITERATION = 1e-9;

function fit(data: unknown, init?: unknown, options?: FitOptions): FitResult<MvnMissingParams> {
  return runMvnMissing({ model: "mvn-missing", data, init, options }) as FitResult<MvnMissingParams>;
}

/** Means relative to max(|μ|, σ); covariances relative to sqrt(Σaa Σbb) (off-diagonals may be near 0). */
function expectParamsClose(actual: MvnMissingParams, expected: MvnMissingParams, relative: number, what: string): void {
  const d = expected.mean.length;
  expect(actual.mean).toHaveLength(d);
  expect(actual.covariance).toHaveLength(d);
  const variance = (a: number): number => (expected.covariance[a] as number[])[a] as number;
  expected.mean.forEach((m, a) =>
    expectClose(actual.mean[a] as number, m, relative, `${what}: mean[${a}]`, Math.max(Math.abs(m), Math.sqrt(variance(a)))),
  );
  expected.covariance.forEach((row, a) =>
    row.forEach((v, b) =>
      expectClose(
        (actual.covariance[a] as number[])[b] as number,
        v,
        relative,
        `${what}: covariance[${a}][${b}]`,
        Math.sqrt(variance(a) * variance(b)),
      ),
    ),
  );
}

describe("mvn-missing vs an independent EM on airquality", () => {
  it("the default start is each column's observed mean and variance (divide by the count observed)", () => {
    const history = fit(airquality.data, undefined, { tol: 0, maxIter: 0, history: true }).history ?? [];
    expectParamsClose(history[0]?.params as MvnMissingParams, trace.init, 1e-13, "start");
    expectClose(history[0]?.logLikelihood ?? Number.NaN, trace.initialLogLikelihood, 1e-12, "loglik at the start");
  });

  it("per-iteration mean, covariance and observed log-likelihood agree to 1e-9 relative", () => {
    const maxIter = Math.max(...trace.steps.map((step) => step.iterations));
    const result = fit(airquality.data, undefined, { tol: 0, maxIter, history: true });
    const history = result.history ?? [];
    expect(history).toHaveLength(maxIter + 1);
    for (const step of trace.steps) {
      expectParamsClose(history[step.iterations]?.params as MvnMissingParams, step.params, PER_ITERATION, `after ${step.iterations}`);
      expectClose(
        history[step.iterations]?.logLikelihood ?? Number.NaN,
        step.logLikelihood,
        PER_ITERATION,
        `loglik after ${step.iterations}`,
      );
      const exact = fit(airquality.data, trace.init, { tol: 0, maxIter: step.iterations });
      expect(exact.iterations).toBe(step.iterations);
      expectParamsClose(exact.params, step.params, PER_ITERATION, `maxIter ${step.iterations}, explicit init`);
    }
  });

  it("converges to the maximiser that R's optim finds without EM", () => {
    expect(airquality.directMle.convergence).toBe(0);
    const result = fitMvnMissing(airquality.data, undefined, { tol: 1e-11 });
    expect(result.converged).toBe(true);
    // optim's own accuracy (numerical gradients) limits the parameter comparison, not EM's.
    expectClose(result.logLikelihood, airquality.directMle.logLikelihood, 1e-13, "loglik at the MLE");
    expectParamsClose(result.params, airquality.directMle, 1e-6, "MLE vs optim");
    // The numpy EM stopped once its rise fell below 1e-12; the same number of iterations here
    // must land on the same point.
    const same = fit(airquality.data, undefined, { tol: 0, maxIter: trace.converged.iterations });
    expectParamsClose(same.params, trace.converged.params, PER_ITERATION, `after ${trace.converged.iterations} iterations`);
    expectClose(same.logLikelihood, trace.converged.logLikelihood, 1e-13, "loglik at the numpy fixed point");
  });

  it("with the default tol it stops within 1e-8 of the maximum", () => {
    const result = fit(airquality.data);
    expect(result.converged).toBe(true);
    const gap = airquality.directMle.logLikelihood - result.logLikelihood;
    expect(gap).toBeGreaterThanOrEqual(-1e-9);
    expect(gap).toBeLessThan(1e-8);
  });

  it("rows with every value missing are dropped: the trace is unchanged", () => {
    const padded = [[null, null, null, null], ...airquality.data, [null, null, null, null]];
    const history = fit(padded, undefined, { tol: 0, maxIter: 5, history: true }).history ?? [];
    const step = trace.steps.find((entry) => entry.iterations === 5);
    if (!step) throw new Error("no step 5 in the fixture");
    expectParamsClose(history[5]?.params as MvnMissingParams, step.params, PER_ITERATION, "after 5 with empty rows");
    expectClose(history[5]?.logLikelihood ?? Number.NaN, step.logLikelihood, PER_ITERATION, "loglik with empty rows");
  });

  it("the responsibilities option is ignored", () => {
    const history = fit(airquality.data, undefined, { tol: 0, maxIter: 2, history: true, responsibilities: true }).history ?? [];
    for (const entry of history) expect(entry.responsibilities).toBeUndefined();
  });
});

describe("mvn-missing without missing values", () => {
  const complete = airquality.data.filter((row): row is number[] => row.every((v) => v !== null));

  it("one iteration from any start is the complete-data MLE (mean, covariance / n) of R", () => {
    expect(complete).toHaveLength(airquality.completeCase.rows);
    const starts = [
      undefined,
      {
        mean: [0, 0, 0, 0],
        covariance: [
          [1, 0, 0, 0],
          [0, 1, 0, 0],
          [0, 0, 1, 0],
          [0, 0, 0, 1],
        ],
      },
    ];
    for (const init of starts) {
      const result = fit(complete, init, { tol: 0, maxIter: 1 });
      expectParamsClose(result.params, airquality.completeCase, 1e-12, "complete-data MLE");
      expectClose(result.logLikelihood, airquality.completeCase.logLikelihood, 1e-12, "dmvnorm log-likelihood");
    }
  });

  it("and a second iteration no longer moves (the rise is 0 to rounding)", () => {
    const result = fit(complete, undefined, { history: true });
    expect(result.converged).toBe(true);
    expect(result.iterations).toBe(2);
  });
});

/** n rows from a correlated 3-D normal, each entry missing with probability `missing`. */
function sampleWithGaps(seed: number, n: number, missing: number): Row[] {
  const rng = createRng(seed);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const z1 = normal(rng);
    const z2 = normal(rng);
    const z3 = normal(rng);
    const full = [10 + 2 * z1, -3 + z1 + 0.5 * z2, 100 + 5 * z3 - 3 * z1];
    rows.push(full.map((v) => (uniform(rng) < missing ? null : v)));
  }
  return rows;
}

describe("mvn-missing: properties over many seeds", () => {
  it("the observed log-likelihood never decreases and tol 0 runs exactly maxIter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 6, max: 80 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (seed, n, missing, maxIter) => {
          const rows = sampleWithGaps(seed, n, missing);
          let result: FitResult<MvnMissingParams>;
          try {
            result = fit(rows, undefined, { tol: 0, maxIter, history: true });
          } catch (error) {
            // Too few observed values in a column can leave no spread or a singular covariance:
            // that must be a typed error, never a NaN.
            expect(error).toBeInstanceOf(EstimationError);
            expect(["invalid-data", "degenerate"]).toContain((error as EstimationError).code);
            return;
          }
          expect(result.iterations).toBe(maxIter);
          expect(result.converged).toBe(false);
          const history = result.history ?? [];
          expect(history).toHaveLength(maxIter + 1);
          expectNonDecreasing(
            history.map((entry) => entry.logLikelihood),
            "history",
          );
          for (const entry of history) {
            for (const v of [...entry.params.mean, ...entry.params.covariance.flat()]) expect(Number.isFinite(v)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("mvn-missing: bad input and degenerate data", () => {
  const rows = [
    [1, 2],
    [2, null],
    [3, 5],
    [null, 4],
    [4, 7],
  ];

  it("data", () => {
    expectEstimationError(() => fit([]), "invalid-data", /empty/);
    expectEstimationError(() => fit([[1, 2], [3]]), "invalid-data", /data\[1\] has 1 entr(y|ies), expected 2/);
    expectEstimationError(
      () =>
        fit([
          [1, 2],
          [3, "NA"],
        ]),
      "invalid-data",
      /data\[1\]\[1\]/,
    );
    expectEstimationError(
      () =>
        fit([
          [1, 2],
          [3, Number.NaN],
        ]),
      "invalid-data",
      /data\[1\]\[1\]/,
    );
    expectEstimationError(() => fit([1, 2, 3]), "invalid-data", /data\[0\]/);
    expectEstimationError(
      () =>
        fit([
          [1, null],
          [2, null],
          [3, null],
        ]),
      "invalid-data",
      /column 2 of the data has no observed value/,
    );
    expectEstimationError(
      () =>
        fit([
          [1, 5],
          [2, 5],
          [3, null],
        ]),
      "invalid-data",
      /column 2 .*no spread/,
    );
  });

  it("init", () => {
    expectEstimationError(
      () =>
        fit(rows, {
          mean: [1],
          covariance: [
            [1, 0],
            [0, 1],
          ],
        }),
      "invalid-init",
      /init.mean must have 2 entries/,
    );
    expectEstimationError(() => fit(rows, { mean: [1, 2], covariance: [[1, 0]] }), "invalid-init", /init.covariance must have 2 rows/);
    expectEstimationError(
      () => fit(rows, { mean: [1, 2], covariance: [[1, 0], [0]] }),
      "invalid-init",
      /init.covariance\[1\] must be an array of 2 numbers/,
    );
    expectEstimationError(
      () =>
        fit(rows, {
          mean: [1, 2],
          covariance: [
            [1, 0.5],
            [0, 1],
          ],
        }),
      "invalid-init",
      /not symmetric/,
    );
    expectEstimationError(
      () =>
        fit(rows, {
          mean: [1, 2],
          covariance: [
            [1, 2],
            [2, 1],
          ],
        }),
      "invalid-init",
      /not positive definite/,
    );
    expectEstimationError(
      () =>
        fit(rows, {
          mean: [1, "2"],
          covariance: [
            [1, 0],
            [0, 1],
          ],
        }),
      "invalid-init",
      /init.mean\[1\]/,
    );
    expectEstimationError(() => fit(rows, "start"), "invalid-init", /init must be an object/);
  });

  it("a column that is a linear function of the others makes the covariance singular at iteration 1", () => {
    const collinear = [
      [1, 2, 3],
      [2, 1, 3],
      [3, 5, 8],
      [4, 4, 8],
      [0, 1, 1],
    ];
    expectEstimationError(() => fit(collinear), "degenerate", /singular at iteration 1: column 3/);
  });

  it("options", () => {
    expectEstimationError(() => fit(rows, undefined, { tol: -1 }), "invalid-option", /options.tol/);
  });
});
