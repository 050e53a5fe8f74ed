/**
 * The genetic-linkage example of Dempster, Laird & Rubin (1977). Expected values:
 * test/fixtures/em_genetic_linkage_dlr1977.json (a copy of the shared reference case, recomputed in
 * 50-digit mpmath and float64; see its `source` and `tools`) and the `linkage-dlr1977-r` case of
 * test/fixtures/em-mixtures-r.json (R 4.2.2: the same recurrence and dmultinom(log = TRUE) at each
 * iterate and at the closed-form MLE).
 */
import { describe, expect, it } from "vitest";
import { fitLinkage, linkageLogLikelihood, runLinkage } from "../../lib/estimation/models/linkage";
import { expectAllClose, expectClose, expectEstimationError, expectNonDecreasing, rCases, readFixture } from "./em-helpers";

interface Linkage {
  source: string;
  tools: Record<string, string>;
  data: { counts: number[] };
  settings: { init: { theta: number } };
  expected: {
    theta_per_iteration: number[];
    error_ratio: number[];
    loglik_kernel_per_iteration: number[];
    log_multinomial_coefficient: number;
    mle: { theta: number; loglik_full: number; loglik_kernel: number };
  };
}

const reference = readFixture<Linkage>("em_genetic_linkage_dlr1977.json");
const EXACT = 1e-12; // the reference's stated tolerance

describe("linkage (Dempster, Laird & Rubin 1977)", () => {
  it("the reference file is the shared one, with its provenance", () => {
    expect(reference.source).toMatch(/Dempster, A\.P\., Laird, N\.M\. & Rubin/);
    expect(reference.tools.mpmath).toBeDefined();
  });

  it("θ after each of 15 iterations from 0.5 matches the reference to 1e-12 relative", () => {
    const fit = fitLinkage(reference.data, reference.settings.init, { tol: 0, maxIter: 15, history: true });
    expect(fit.iterations).toBe(15);
    expect(fit.converged).toBe(false);
    expectAllClose(
      (fit.history ?? []).map((entry) => entry.params.theta),
      reference.expected.theta_per_iteration,
      EXACT,
      "theta",
    );
  });

  it("the full log-likelihood (kernel + log multinomial coefficient) per iteration matches to 1e-12", () => {
    const fit = fitLinkage(reference.data, undefined, { tol: 0, maxIter: 10, history: true });
    const expected = reference.expected.loglik_kernel_per_iteration.map(
      (kernel) => kernel + reference.expected.log_multinomial_coefficient,
    );
    const logLikelihoods = (fit.history ?? []).map((entry) => entry.logLikelihood);
    expectAllClose(logLikelihoods, expected, EXACT, "loglik");
    expectNonDecreasing(logLikelihoods, "linkage");
  });

  it("the errors θ_k − θ* shrink at the ratios of the reference (EM's rate, ≈ 0.1328)", () => {
    const fit = fitLinkage(reference.data, undefined, { tol: 0, maxIter: 11, history: true });
    const thetas = (fit.history ?? []).map((entry) => entry.params.theta);
    const ratios = reference.expected.error_ratio.map(
      (_, k) => ((thetas[k + 1] as number) - reference.expected.mle.theta) / ((thetas[k] as number) - reference.expected.mle.theta),
    );
    expectAllClose(ratios, reference.expected.error_ratio, 1e-6, "error ratio");
  });

  it("run to its fixed point, EM reaches the closed-form MLE and its full log-likelihood to 1e-12", () => {
    const fit = fitLinkage(reference.data, undefined, { tol: 0, maxIter: 60 });
    expectClose(fit.params.theta, reference.expected.mle.theta, EXACT, "theta*");
    expectClose(fit.logLikelihood, reference.expected.mle.loglik_full, EXACT, "loglik_full");
  });

  it("with the default tol (1e-8) it stops after iteration 6, the first whose rise is below 1e-8", () => {
    // From the reference: ℓ6 − ℓ5 ≈ 6.4e-9 < 1e-8, while ℓ5 − ℓ4 ≈ 3.6e-7.
    const kernels = reference.expected.loglik_kernel_per_iteration;
    expect((kernels[6] as number) - (kernels[5] as number)).toBeLessThan(1e-8);
    expect((kernels[5] as number) - (kernels[4] as number)).toBeGreaterThan(1e-8);
    const fit = runLinkage({ model: "linkage", data: { counts: [125, 18, 20, 34] } });
    expect(fit.iterations).toBe(6);
    expect(fit.converged).toBe(true);
    expectClose((fit.params as { theta: number }).theta, reference.expected.theta_per_iteration[6] as number, EXACT, "theta6");
  });

  it("agrees with R's dmultinom(log = TRUE) at every iterate and at the MLE", () => {
    const [entry] = rCases("linkage");
    if (!entry?.mle) throw new Error("missing the R linkage case");
    const steps = entry.em.steps;
    const fit = fitLinkage(entry.data as { counts: number[] }, entry.init as { theta: number }, {
      tol: 0,
      maxIter: steps.length - 1,
      history: true,
    });
    steps.forEach((step, k) => {
      expectClose(fit.history?.[k]?.params.theta ?? Number.NaN, step.theta as number, EXACT, `theta ${k}`);
      expectClose(fit.history?.[k]?.logLikelihood ?? Number.NaN, step.logLikelihood as number, EXACT, `loglik ${k}`);
    });
    expectClose(linkageLogLikelihood([125, 18, 20, 34], entry.mle.theta as number), entry.mle.logLikelihood, EXACT, "dmultinom");
  });

  it("ignores options.responsibilities (one latent split per cell, not a class per row)", () => {
    const fit = fitLinkage(reference.data, undefined, { maxIter: 3, tol: 0, history: true, responsibilities: true });
    for (const entry of fit.history ?? []) expect(entry.responsibilities).toBeUndefined();
  });

  it("keeps θ = 1 when the counts force it (no NaN from 0 · log 0)", () => {
    // With y2 = y3 = 0 the likelihood increases in θ up to 1.
    const fit = fitLinkage({ counts: [10, 0, 0, 5] }, undefined, { tol: 0, maxIter: 3000 });
    expectClose(fit.params.theta, 1, 1e-12, "theta");
    // ℓ(1) = log(15!/(10! 5!)) + 10 log(3/4) + 5 log(1/4).
    expectClose(fit.logLikelihood, Math.log(3003) + 10 * Math.log(0.75) + 5 * Math.log(0.25), 1e-10, "loglik(1)");
  });
});

describe("linkage: bad input", () => {
  const cases: [string, () => unknown, string, RegExp][] = [
    ["data not an object", () => fitLinkage([125, 18, 20, 34] as never), "invalid-data", /^data must be an object/],
    ["three counts", () => fitLinkage({ counts: [125, 18, 20] }), "invalid-data", /data\.counts must have 4 entries/],
    ["empty counts", () => fitLinkage({ counts: [] }), "invalid-data", /data\.counts must not be empty/],
    ["negative count", () => fitLinkage({ counts: [125, -18, 20, 34] }), "invalid-data", /data\.counts\[1\] = -18 is negative/],
    ["NaN count", () => fitLinkage({ counts: [125, 18, Number.NaN, 34] }), "invalid-data", /data\.counts\[2\] is NaN/],
    [
      "fractional count",
      () => fitLinkage({ counts: [125.5, 18, 20, 34] }),
      "invalid-data",
      /data\.counts\[0\] = 125\.5 is not a whole number/,
    ],
    ["all zero", () => fitLinkage({ counts: [0, 0, 0, 0] }), "invalid-data", /data\.counts must not all be zero/],
    [
      "θ above 1",
      () => fitLinkage({ counts: [125, 18, 20, 34] }, { theta: 1.5 }),
      "invalid-init",
      /init\.theta must be strictly between 0 and 1, got 1\.5/,
    ],
    [
      "θ of 0",
      () => fitLinkage({ counts: [125, 18, 20, 34] }, { theta: 0 }),
      "invalid-init",
      /init\.theta must be strictly between 0 and 1, got 0/,
    ],
    [
      "θ missing",
      () => runLinkage({ model: "linkage", data: { counts: [1, 2, 3, 4] }, init: {} }),
      "invalid-init",
      /init\.theta is nothing, not a number/,
    ],
    [
      "maxIter negative",
      () => fitLinkage({ counts: [1, 2, 3, 4] }, undefined, { maxIter: -1 }),
      "invalid-option",
      /options\.maxIter must be a whole number from 0 to 1000000, got -1/,
    ],
  ];
  it.each(cases)("%s", (_name, fn, code, message) => {
    expectEstimationError(fn, code as never, message);
  });
});
