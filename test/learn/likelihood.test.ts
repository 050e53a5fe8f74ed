// The likelihood explorer's numbers: ℓ(θ) written out here by hand, checked against the library's
// fits (its log-likelihood and standard error at the MLE) and against finite differences.
import { describe, expect, it } from "vitest";
import {
  CURVE_POINTS,
  EXPLORER_MODEL_IDS,
  EXPLORER_MODELS,
  explorerSample,
  explorerView,
  logLikelihoodAt,
  observedInformationAt,
} from "@/lib/learn/likelihood";

describe("explorerSample", () => {
  it("extends the same sample when data are added", () => {
    for (const model of EXPLORER_MODEL_IDS) {
      const short = explorerSample(model, 4, 20);
      const long = explorerSample(model, 4, 60);
      expect(long.slice(0, 20)).toEqual(short);
      expect(explorerSample(model, 5, 20)).not.toEqual(short);
    }
  });
});

describe("logLikelihoodAt", () => {
  it("matches hand-computed values", () => {
    // Poisson, x = 2, 0, 3 at λ = 1.5: 5 log 1.5 − 3·1.5 − log(2! 0! 3!)
    expect(logLikelihoodAt("poisson", [2, 0, 3], 1.5)).toBeCloseTo(5 * Math.log(1.5) - 4.5 - Math.log(12), 12);
    // Bernoulli 1, 0, 1, 1 at p = 0.6: 3 log 0.6 + log 0.4
    expect(logLikelihoodAt("bernoulli", [1, 0, 1, 1], 0.6)).toBeCloseTo(3 * Math.log(0.6) + Math.log(0.4), 12);
    // Exponential 0.5, 2 at λ = 0.8: 2 log 0.8 − 0.8 · 2.5
    expect(logLikelihoodAt("exponential", [0.5, 2], 0.8)).toBeCloseTo(2 * Math.log(0.8) - 2, 12);
    // Normal (σ = 1) 0.5, 1.5 at μ = 1: −log 2π − (0.25 + 0.25)/2
    expect(logLikelihoodAt("normal", [0.5, 1.5], 1)).toBeCloseTo(-Math.log(2 * Math.PI) - 0.25, 12);
    // R: sum(dnorm(c(0.5, 1.5), 1, 1, log = TRUE)) = -2.087877
    expect(logLikelihoodAt("normal", [0.5, 1.5], 1)).toBeCloseTo(-2.087877, 6);
  });
});

describe("explorerView", () => {
  for (const model of EXPLORER_MODEL_IDS) {
    it(`${model}: the curve peaks at the library's MLE, whose curvature is 1 / SE²`, () => {
      const { min, max } = EXPLORER_MODELS[model];
      const gridStep = (max - min) / (CURVE_POINTS - 1);
      for (const seed of [1, 2, 3, 11]) {
        for (const n of [10, 40, 200]) {
          const view = explorerView(model, seed, n, EXPLORER_MODELS[model].truth);
          const { mle, logLikelihood, standardError } = view.fit;
          // The hand-written ℓ at the MLE is the library's log-likelihood there.
          expect(logLikelihoodAt(model, view.data, mle)).toBeCloseTo(logLikelihood, 8);
          const top = view.curve.reduce((best, point) => (point.logLikelihood > best.logLikelihood ? point : best));
          if (mle > min && mle < max) {
            expect(Math.abs(top.theta - mle)).toBeLessThanOrEqual(gridStep / 2 + 1e-12);
            expect(top.relative).toBeLessThanOrEqual(1 + 1e-12);
          }
          // No point of the curve is above the maximum.
          for (const point of view.curve) expect(point.logLikelihood).toBeLessThanOrEqual(logLikelihood + 1e-9);
          if (standardError > 0) {
            expect(view.informationAtMle).toBeCloseTo(1 / standardError ** 2, 6);
            expect(observedInformationAt(model, view.data, mle) * standardError ** 2).toBeCloseTo(1, 9);
          }
        }
      }
    });

    it(`${model}: the observed information is −ℓ'' (central differences)`, () => {
      const data = explorerSample(model, 9, 30);
      const theta = EXPLORER_MODELS[model].truth * 1.1;
      const h = 1e-4;
      const second =
        (logLikelihoodAt(model, data, theta + h) - 2 * logLikelihoodAt(model, data, theta) + logLikelihoodAt(model, data, theta - h)) /
        (h * h);
      expect(observedInformationAt(model, data, theta)).toBeCloseTo(-second, 2);
    });
  }

  it("sharpens as n grows: the standard error falls like 1 / √n", () => {
    const small = explorerView("poisson", 3, 25, 3).fit;
    const large = explorerView("poisson", 3, 400, 3).fit;
    expect(large.standardError).toBeLessThan(small.standardError / 2);
    expect(explorerView("normal", 3, 100, 1).fit.standardError).toBeCloseTo(0.1, 12);
  });

  it("puts an all-zero Bernoulli sample's MLE on the boundary with no curvature there", () => {
    // p = 0.3 and 3 draws: find a seed whose sample is all zeros.
    const seed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].find((s) => explorerSample("bernoulli", s, 3).every((x) => x === 0));
    expect(seed).toBeDefined();
    const view = explorerView("bernoulli", seed as number, 3, 0.3);
    expect(view.fit.mle).toBe(0);
    expect(view.fit.standardError).toBe(0);
    expect(view.informationAtMle).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(view.logLikelihood)).toBe(true);
  });
});
