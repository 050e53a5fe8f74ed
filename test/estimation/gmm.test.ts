/**
 * gmm (1-D and d-D Gaussian mixtures) against two independent references, on datasets shipped
 * with them:
 * - R 4.2.2 / mclust 6.0.0 (test/fixtures/gmm-mclust.json, made by
 *   test/fixtures/scripts/gmm-mclust.R): `me(modelName = "V" | "VVV", z = estep(init)$z,
 *   control = emControl(tol = c(0, 0), itmax = k))` on faithful$waiting, faithful and iris[, 1:4];
 * - scikit-learn 1.2.1 / scipy 1.10.1 (test/fixtures/gmm-sklearn.json, made by
 *   test/fixtures/scripts/gmm-sklearn.py): `GaussianMixture(covariance_type="full", tol=0,
 *   reg_covar=0, max_iter=k, weights_init, means_init, precisions_init)` on load_iris() and Old
 *   Faithful, with the full log-likelihood of its parameters computed by scipy.
 * Then properties over many seeds (fast-check), the collapse cases and the input checks.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EstimationError } from "../../lib/estimation/errors";
import { runGmm, type Gmm1dParams, type GmmMultivariateParams, type GmmParams } from "../../lib/estimation/models/gmm";
import { createRng } from "../../lib/estimation/random";
import { normal, sampleGaussianMixture } from "../../lib/estimation/samplers";
import type { FitOptions, FitResult } from "../../lib/estimation/types";
import { expectClose, expectEstimationError, expectNonDecreasing, expectStochasticRows, readFixture } from "./em-helpers";

interface Step {
  iterations: number;
  params: GmmParams;
  logLikelihood: number;
  sklearnLowerBound?: number;
}

interface Case {
  name: string;
  software: string;
  call: string;
  data: number[] | number[][];
  init: GmmParams;
  initialLogLikelihood: number;
  responsibilitiesIteration1?: number[][];
  steps: Step[];
  converged?: { iterations: number; params: GmmParams; logLikelihood: number };
}

const mclust = readFixture<{ cases: Case[] }>("gmm-mclust.json").cases;
const sklearn = readFixture<{ cases: Case[] }>("gmm-sklearn.json").cases;
const PER_ITERATION = 1e-9;

function fit(data: unknown, init: unknown, options?: FitOptions): FitResult<GmmParams> {
  return runGmm({ model: "gmm", data, init, options }) as FitResult<GmmParams>;
}

/** Every parameter as one list, in a fixed order, with the scale each is compared on. */
function flatten(params: GmmParams): { value: number; scale: number; name: string }[] {
  const out: { value: number; scale: number; name: string }[] = [];
  params.weights.forEach((w, k) => out.push({ value: w, scale: Math.abs(w), name: `weights[${k}]` }));
  if ("variances" in params) {
    const p = params as Gmm1dParams;
    p.means.forEach((m, k) =>
      out.push({ value: m, scale: Math.max(Math.abs(m), Math.sqrt(p.variances[k] as number)), name: `means[${k}]` }),
    );
    p.variances.forEach((v, k) => out.push({ value: v, scale: v, name: `variances[${k}]` }));
  } else {
    const p = params as GmmMultivariateParams;
    p.means.forEach((row, k) =>
      row.forEach((m, j) => {
        const sd = Math.sqrt(((p.covariances[k] as number[][])[j] as number[])[j] as number);
        out.push({ value: m, scale: Math.max(Math.abs(m), sd), name: `means[${k}][${j}]` });
      }),
    );
    // Off-diagonal entries can be near 0: compare them on the scale sqrt(Σaa Σbb).
    p.covariances.forEach((matrix, k) =>
      matrix.forEach((row, a) =>
        row.forEach((v, b) => {
          const scale = Math.sqrt(((matrix[a] as number[])[a] as number) * ((matrix[b] as number[])[b] as number));
          out.push({ value: v, scale, name: `covariances[${k}][${a}][${b}]` });
        }),
      ),
    );
  }
  return out;
}

function expectParamsClose(actual: GmmParams, expected: GmmParams, relative: number, what: string): void {
  const a = flatten(actual);
  const e = flatten(expected);
  expect(
    a.map((entry) => entry.name),
    `${what}: shape`,
  ).toEqual(e.map((entry) => entry.name));
  e.forEach((entry, i) => expectClose(a[i]?.value ?? Number.NaN, entry.value, relative, `${what}: ${entry.name}`, entry.scale));
}

describe.each([...mclust, ...sklearn].map((entry) => [`${entry.name} (${entry.software})`, entry] as const))(
  "gmm vs %s",
  (_name, entry) => {
    const maxIter = Math.max(...entry.steps.map((step) => step.iterations));

    it("per-iteration parameters and full log-likelihood agree to 1e-9 relative", () => {
      const result = fit(entry.data, entry.init, { tol: 0, maxIter, history: true });
      const history = result.history ?? [];
      expect(history).toHaveLength(maxIter + 1);
      expectClose(history[0]?.logLikelihood ?? Number.NaN, entry.initialLogLikelihood, PER_ITERATION, "loglik at init");
      for (const step of entry.steps) {
        const at = history[step.iterations];
        if (!at) throw new Error(`no history entry ${step.iterations}`);
        expectParamsClose(at.params, step.params, PER_ITERATION, `after ${step.iterations} iterations`);
        expectClose(at.logLikelihood, step.logLikelihood, PER_ITERATION, `loglik after ${step.iterations}`);
      }
    });

    it("a run of exactly k iterations (tol 0) returns the reference's parameters after k", () => {
      for (const step of entry.steps) {
        const result = fit(entry.data, entry.init, { tol: 0, maxIter: step.iterations });
        expect(result.iterations).toBe(step.iterations);
        expect(result.converged).toBe(false);
        expectParamsClose(result.params, step.params, PER_ITERATION, `maxIter ${step.iterations}`);
        expectClose(result.logLikelihood, step.logLikelihood, PER_ITERATION, `loglik, maxIter ${step.iterations}`);
      }
    });

    if (entry.steps[0]?.sklearnLowerBound !== undefined) {
      it("sklearn's lower_bound_ after max_iter = k is the mean log-likelihood one iteration earlier", () => {
        const history = fit(entry.data, entry.init, { tol: 0, maxIter, history: true }).history ?? [];
        const n = entry.data.length;
        for (const step of entry.steps) {
          const earlier = history[step.iterations - 1]?.logLikelihood ?? Number.NaN;
          expectClose(earlier / n, step.sklearnLowerBound as number, PER_ITERATION, `lower_bound_ after ${step.iterations}`);
        }
      });
    }

    if (entry.responsibilitiesIteration1) {
      it("the responsibilities of iteration 1 are mclust's estep() at init", () => {
        const result = fit(entry.data, entry.init, { tol: 0, maxIter: 1, history: true, responsibilities: true });
        const expected = entry.responsibilitiesIteration1 ?? [];
        const responsibilities = result.history?.[1]?.responsibilities ?? [];
        expectStochasticRows(responsibilities, entry.data.length, entry.init.weights.length, "responsibilities");
        expected.forEach((row, i) =>
          row.forEach((value, k) => expectClose(responsibilities[i]?.[k] ?? Number.NaN, value, PER_ITERATION, `r[${i}][${k}]`, 1e-12)),
        );
      });
    }

    const converged = entry.converged;
    if (converged) {
      it("after mclust's own iteration count to a 1e-14 tolerance, the same parameters", () => {
        const iterations = Math.abs(converged.iterations);
        const result = fit(entry.data, entry.init, { tol: 0, maxIter: iterations });
        expectParamsClose(result.params, converged.params, 1e-9, `after ${iterations} iterations`);
        expectClose(result.logLikelihood, converged.logLikelihood, 1e-12, "loglik");
      });

      it("with the default tol (rise < 1e-8) it stops where the linear EM tail says it must", () => {
        const result = fit(entry.data, entry.init, { maxIter: 100_000, history: true });
        expect(result.converged).toBe(true);
        const history = result.history ?? [];
        const last = history.length - 1;
        const rise = (history[last]?.logLikelihood as number) - (history[last - 1]?.logLikelihood as number);
        const previousRise = (history[last - 1]?.logLikelihood as number) - (history[last - 2]?.logLikelihood as number);
        expect(rise).toBeLessThan(1e-8);
        // EM converges linearly: with rate ρ (ratio of successive rises) the rest of the climb
        // after a rise δ is about δ ρ / (1 − ρ). The reference optimum may be no further above.
        const rate = rise / previousRise;
        const tail = (rise * rate) / (1 - rate);
        const gap = converged.logLikelihood - result.logLikelihood;
        expect(gap).toBeGreaterThanOrEqual(-1e-10);
        expect(gap).toBeLessThanOrEqual(1.5 * tail + 1e-10);
      });
    }
  },
);

/** Σᵢ log Σₖ wₖ N(xᵢ; μₖ, σₖ²), written out here, independently of the library. */
function directLogLikelihood1d(x: readonly number[], p: Gmm1dParams): number {
  return x.reduce((total, xi) => {
    let density = 0;
    p.weights.forEach((w, k) => {
      const v = p.variances[k] as number;
      density += (w / Math.sqrt(2 * Math.PI * v)) * Math.exp(-((xi - (p.means[k] as number)) ** 2) / (2 * v));
    });
    return total + Math.log(density);
  }, 0);
}

describe("gmm: responsibilities and history follow the contract", () => {
  const x = [-1.2, -0.8, -1, 2.9, 3.1, 3, 3.3, 0.7];
  const init = { weights: [0.5, 0.5], means: [0, 2], variances: [1, 1] };

  it("history[k].responsibilities are the E-step from history[k − 1], rows summing to 1", () => {
    const result = fit(x, init, { tol: 0, maxIter: 4, history: true, responsibilities: true });
    const history = result.history ?? [];
    expect(history[0]?.responsibilities).toBeUndefined();
    for (let k = 1; k <= 4; k++) {
      const previous = history[k - 1]?.params as Gmm1dParams;
      const responsibilities = history[k]?.responsibilities ?? [];
      expectStochasticRows(responsibilities, x.length, 2, `responsibilities ${k}`);
      x.forEach((xi, i) => {
        const joint = previous.weights.map(
          (w, c) =>
            (w / Math.sqrt(2 * Math.PI * (previous.variances[c] as number))) *
            Math.exp(-((xi - (previous.means[c] as number)) ** 2) / (2 * (previous.variances[c] as number))),
        );
        const total = joint.reduce((a, b) => a + b, 0);
        joint.forEach((j, c) => expectClose(responsibilities[i]?.[c] ?? Number.NaN, j / total, 1e-12, `r[${i}][${c}] at ${k}`, 1e-15));
      });
      expectClose(
        history[k]?.logLikelihood ?? Number.NaN,
        directLogLikelihood1d(x, history[k]?.params as Gmm1dParams),
        1e-13,
        `loglik ${k}`,
      );
    }
  });

  it("responsibilities are left out unless asked for, and need history", () => {
    const plain = fit(x, init, { tol: 0, maxIter: 2, history: true });
    expect(plain.history?.[1]?.responsibilities).toBeUndefined();
    expect(fit(x, init, { tol: 0, maxIter: 2, responsibilities: true }).history).toBeUndefined();
  });

  it("the examples of the doc comments match mclust's one-iteration fits", () => {
    // R 4.2.2, mclust 6.0.0: me(data = x, modelName = "V", z = estep(modelName = "V", data = x,
    //   parameters = init)$z, control = emControl(tol = c(0, 0), itmax = 1)), printed with digits = 10.
    const one = fit([-1.2, -0.8, -1, 2.9, 3.1, 3, 3.3], init, { tol: 0, maxIter: 1 });
    expectParamsClose(
      one.params,
      { weights: [0.4296973823, 0.5703026177], means: [-0.9143070139, 3.0184794976], variances: [0.3688034108, 0.2487802134] },
      1e-9,
      "1-D example",
    );
    expectClose(one.logLikelihood, -7.2742017891, 1e-10, "1-D example loglik");
    // The same with modelName = "VVV" on the 2-D example of gmm-multivariate.ts (digits = 10/11).
    const two = fit(
      [
        [0, 0],
        [1, 0.5],
        [0.5, 1],
        [5, 5],
        [6, 5.5],
        [5.5, 6.5],
      ],
      {
        weights: [0.5, 0.5],
        means: [
          [0, 1],
          [6, 6],
        ],
        covariances: [
          [
            [1, 0],
            [0, 1],
          ],
          [
            [1, 0],
            [0, 1],
          ],
        ],
      },
      { tol: 0, maxIter: 1 },
    );
    expectParamsClose(
      two.params,
      {
        weights: [0.5000000006, 0.4999999994],
        means: [
          [0.5000000051, 0.5000000051],
          [5.500000001, 5.666666667],
        ],
        covariances: [
          [
            [0.16666668942, 0.08333335618],
            [0.08333335618, 0.16666668942],
          ],
          [
            [0.16666666659, 0.08333333307],
            [0.08333333307, 0.38888888885],
          ],
        ],
      },
      1e-9,
      "2-D example",
    );
    expectClose(two.logLikelihood, -11.10501932, 1e-9, "2-D example loglik");
  });

  it("without init, options.components and options.seed give a reproducible start", () => {
    const data = sampleGaussianMixture(createRng(11), 200, { weights: [0.4, 0.6], means: [0, 6], variances: [1, 2] }).values;
    const a = fit(data, undefined, { components: 2, seed: 3, history: true });
    const b = fit(data, undefined, { components: 2, seed: 3, history: true });
    expect(a.history?.[0]?.params).toEqual(b.history?.[0]?.params);
    const start = a.history?.[0]?.params as Gmm1dParams;
    expect(start.weights).toEqual([0.5, 0.5]);
    // Equal variances (the pooled within-cluster variance) and ascending means.
    expect(start.variances[0]).toBe(start.variances[1]);
    expect(start.means[0] as number).toBeLessThan(start.means[1] as number);
    expect(a.converged).toBe(true);
    const fitted = a.params as Gmm1dParams;
    expect(fitted.means[0] as number).toBeGreaterThan(-0.5);
    expect(fitted.means[0] as number).toBeLessThan(0.5);
    expect(fitted.means[1] as number).toBeGreaterThan(5.5);
    expect(fitted.means[1] as number).toBeLessThan(6.5);
  });

  it("d-D without init: equal weights, one pooled covariance, and a converged fit", () => {
    const rng = createRng(5);
    const data: number[][] = [];
    for (let i = 0; i < 150; i++) {
      const k = i % 3;
      data.push([normal(rng, 4 * k, 1), normal(rng, k === 1 ? 5 : 0, 0.5)]);
    }
    const result = fit(data, undefined, { components: 3, seed: 1, history: true });
    const start = result.history?.[0]?.params as GmmMultivariateParams;
    expect(start.weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(start.covariances[1]).toEqual(start.covariances[0]);
    expect(result.converged).toBe(true);
    const weights = (result.params as GmmMultivariateParams).weights;
    weights.forEach((w) => expect(Math.abs(w - 1 / 3)).toBeLessThan(0.02));
  });
});

function checkRun(result: FitResult<GmmParams>, maxIter: number, rows: number, k: number): void {
  expect(result.iterations).toBe(maxIter);
  expect(result.converged).toBe(false);
  const history = result.history ?? [];
  expect(history).toHaveLength(maxIter + 1);
  expectNonDecreasing(
    history.map((entry) => entry.logLikelihood),
    "history",
  );
  history.slice(1).forEach((entry, j) => expectStochasticRows(entry.responsibilities ?? [], rows, k, `responsibilities ${j + 1}`));
  for (const entry of history) {
    for (const { value, name } of flatten(entry.params)) {
      if (!Number.isFinite(value)) throw new Error(`${name} is ${value}`);
    }
  }
}

/** Runs the fit; a collapse is allowed only as a typed `degenerate` error, never as NaN. */
function fitOrDegenerate(run: () => FitResult<GmmParams>): FitResult<GmmParams> | undefined {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(EstimationError);
    expect((error as EstimationError).code).toBe("degenerate");
    expect((error as EstimationError).message).toMatch(/component \d+ of \d+ .*iteration \d+|no spread|linearly dependent/);
    return undefined;
  }
}

describe("gmm: properties over many seeds", () => {
  it("1-D: the log-likelihood never decreases, rows sum to 1, tol 0 runs exactly maxIter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 8, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        (seed, k, n, maxIter) => {
          const rng = createRng(seed);
          const means = Array.from({ length: 3 }, () => normal(rng, 0, 5));
          const data = sampleGaussianMixture(rng, n, { weights: [0.3, 0.3, 0.4], means, variances: [1, 0.5, 2] }).values;
          const result = fitOrDegenerate(() =>
            fit(data, undefined, { components: k, seed, tol: 0, maxIter, history: true, responsibilities: true }),
          );
          if (result) checkRun(result, maxIter, n, k);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("d-D: the same, in 1 to 3 dimensions", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 1, max: 25 }),
        (seed, k, d, n, maxIter) => {
          const rng = createRng(seed);
          const centres = Array.from({ length: 3 }, () => Array.from({ length: d }, () => normal(rng, 0, 4)));
          const data = Array.from({ length: n }, (_, i) => {
            const centre = centres[i % 3] as number[];
            // A shared random direction makes the clusters correlated, not axis-aligned.
            const shared = normal(rng, 0, 1);
            return centre.map((c, j) => c + normal(rng, 0, 1) + (j === 0 ? shared : 0.5 * shared));
          });
          const result = fitOrDegenerate(() =>
            fit(data, undefined, { components: k, seed, tol: 0, maxIter, history: true, responsibilities: true }),
          );
          if (result) checkRun(result, maxIter, n, k);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("tiny samples that invite a collapse end in a typed error or a finite fit, never NaN", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 2, maxLength: 9 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (values, k, seed) => {
          const distinct = new Set(values).size;
          if (distinct < 2 || k > distinct) return;
          const result = fitOrDegenerate(() => fit(values, undefined, { components: k, seed, tol: 0, maxIter: 200, history: true }));
          if (result) {
            expect(Number.isFinite(result.logLikelihood)).toBe(true);
            expectNonDecreasing(
              (result.history ?? []).map((entry) => entry.logLikelihood),
              "history",
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("gmm: collapsing components are reported, not turned into NaN", () => {
  it("1-D: a component left with two equal values has variance 0 at iteration 1", () => {
    expectEstimationError(
      () => fit([1, 2, 3, 4, 5, 10, 10], { weights: [0.7, 0.3], means: [3, 10], variances: [2, 0.01] }, { tol: 0, maxIter: 5 }),
      "degenerate",
      /component 2 of 2 collapsed at iteration 1/,
    );
  });

  it("1-D: a component far from every value loses all its weight", () => {
    expectEstimationError(
      () => fit([0, 1, 2, 3], { weights: [0.5, 0.5], means: [1.5, 1e6], variances: [1, 1] }),
      "degenerate",
      /component 2 of 2 lost all its weight at iteration 1/,
    );
  });

  it("d-D: a component left with collinear points has a singular covariance", () => {
    const data = [
      [0, 0],
      [1, 1],
      [2, 2],
      [10, 0],
      [11, 3],
      [12, 1],
      [10.5, 2],
    ];
    expectEstimationError(
      () =>
        fit(data, {
          weights: [0.5, 0.5],
          means: [
            [1, 1],
            [11, 1.5],
          ],
          covariances: [
            [
              [0.5, 0.45],
              [0.45, 0.5],
            ],
            [
              [1, 0],
              [0, 1],
            ],
          ],
        }),
      "degenerate",
      /covariance of component 1 of 2 became singular at iteration 1/,
    );
  });

  it("data with no spread, or linearly dependent columns, have no maximum", () => {
    expectEstimationError(() => fit([2, 2, 2], undefined, { components: 1 }), "degenerate", /no spread/);
    expectEstimationError(
      () =>
        fit(
          [
            [1, 2],
            [2, 4],
            [3, 6],
          ],
          undefined,
          { components: 1 },
        ),
      "degenerate",
      /linearly dependent/,
    );
  });
});

describe("gmm: bad input gives typed errors naming the problem", () => {
  const init1 = { weights: [0.3, 0.3, 0.4], means: [1, 2, 3], variances: [1, 1, 1] };
  const data2 = [
    [1, 2],
    [2, 1],
    [3, 3],
    [4, 5],
  ];
  const init2 = {
    weights: [0.5, 0.5],
    means: [
      [1, 2],
      [3, 3],
    ],
    covariances: [
      [
        [1, 0],
        [0, 1],
      ],
      [
        [1, 0],
        [0, 1],
      ],
    ],
  };

  it("data", () => {
    expectEstimationError(() => fit([], init1), "invalid-data", /empty/);
    expectEstimationError(() => fit([1, Number.NaN, 2], init1), "invalid-data", /data\[1\]/);
    expectEstimationError(() => fit([1, "2", 3], init1), "invalid-data", /data\[1\]/);
    expectEstimationError(() => fit("1,2,3", init1), "invalid-data", /data must be an array/);
    expectEstimationError(() => fit([[1, 2], [3]], init2), "invalid-data", /data\[1\] has 1 entr(y|ies), expected 2/);
    expectEstimationError(
      () =>
        fit(
          [
            [1, 2],
            [3, null],
          ],
          init2,
        ),
      "invalid-data",
      /data\[1\]\[1\]/,
    );
  });

  it("init shapes", () => {
    expectEstimationError(
      () => fit([1, 2, 3], { ...init1, means: [1, 2] }),
      "invalid-init",
      /init.means must have 3 entries \(one per component\), got 2/,
    );
    expectEstimationError(() => fit([1, 2, 3], { ...init1, variances: [1, 0, 1] }), "invalid-init", /init.variances\[1\] must be > 0/);
    expectEstimationError(() => fit([1, 2, 3], { ...init1, weights: [0.3, 0.3, 0.3] }), "invalid-init", /init.weights must sum to 1/);
    expectEstimationError(() => fit([1, 2, 3], { ...init1, weights: [-0.2, 0.8, 0.4] }), "invalid-init", /init.weights\[0\]/);
    expectEstimationError(() => fit([1, 2, 3], { ...init1, weights: [] }), "invalid-init", /init.weights must be a non-empty array/);
    expectEstimationError(() => fit([1, 2, 3], [1, 2]), "invalid-init", /init must be an object/);
    expectEstimationError(() => fit([1, 2, 3], { weights: [1], means: [2], covariances: [[[1]]] }), "invalid-init", /init.variances/);
    expectEstimationError(
      () => fit(data2, { ...init2, means: [[1, 2]] }),
      "invalid-init",
      /init.means must have 2 rows \(one per component\), got 1/,
    );
    expectEstimationError(() => fit(data2, { ...init2, means: [[1, 2], [3]] }), "invalid-init", /init.means\[1\] must have 2 entries/);
    expectEstimationError(
      () =>
        fit(data2, {
          ...init2,
          covariances: [
            [
              [1, 0],
              [0, 1],
            ],
            [[1, 0]],
          ],
        }),
      "invalid-init",
      /init.covariances\[1\] must have 2 rows, got 1/,
    );
    expectEstimationError(
      () =>
        fit(data2, {
          ...init2,
          covariances: [
            [
              [1, 0.5],
              [0, 1],
            ],
            [
              [1, 0],
              [0, 1],
            ],
          ],
        }),
      "invalid-init",
      /init.covariances\[0\] is not symmetric/,
    );
    expectEstimationError(
      () =>
        fit(data2, {
          ...init2,
          covariances: [
            [
              [1, 2],
              [2, 1],
            ],
            [
              [1, 0],
              [0, 1],
            ],
          ],
        }),
      "invalid-init",
      /init.covariances\[0\] is not positive definite/,
    );
    expectEstimationError(() => fit(data2, { ...init2, covariances: undefined, variances: [1, 1] }), "invalid-init", /init.covariances/);
  });

  it("options: K < 1, K not whole, K too large, K disagreeing with init, no K and no init, bad tol", () => {
    expectEstimationError(() => fit([1, 2, 3], undefined), "invalid-option", /options.components/);
    expectEstimationError(() => fit([1, 2, 3], undefined, { components: 0 }), "invalid-option", /whole number ≥ 1, got 0/);
    expectEstimationError(() => fit([1, 2, 3], undefined, { components: 1.5 }), "invalid-option", /whole number ≥ 1/);
    expectEstimationError(
      () => fit([1, 2, 2], undefined, { components: 3 }),
      "invalid-option",
      /more than the number of distinct data points/,
    );
    expectEstimationError(() => fit([1, 2, 3], init1, { components: 2 }), "invalid-init", /options.components is 2/);
    expectEstimationError(() => fit([1, 2, 3], init1, { tol: -1 }), "invalid-option", /options.tol/);
    expectEstimationError(() => fit([1, 2, 3], init1, { maxIter: 2.5 }), "invalid-option", /options.maxIter/);
  });
});
