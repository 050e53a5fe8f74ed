// MLE with labels versus EM without: the labelled MLE is each group's mean, divide-by-n variance and
// share (computed here by hand); its log-likelihoods follow their definitions; EM never lowers the
// observed log-likelihood and, from the default start on this sample, ends at or above the labelled MLE's.
import { describe, expect, it } from "vitest";
import { emStart, emWithoutLabels, labelledSample, mleWithLabels, responsibilitiesAt } from "@/lib/playground/mle-vs-em";

const normalLog = (x: number, mean: number, variance: number) => -0.5 * Math.log(2 * Math.PI * variance) - (x - mean) ** 2 / (2 * variance);

describe("MLE and EM side by side", () => {
  const sample = labelledSample(1, 200);

  it("draws the same sample for the same seed, with both labels present", () => {
    expect(labelledSample(1, 200)).toEqual(sample);
    expect(new Set(sample.labels)).toEqual(new Set([0, 1]));
  });

  it("labels shown: group means, divide-by-n variances, shares, and both log-likelihoods", () => {
    const fit = mleWithLabels(sample);
    let complete = 0;
    for (const group of [0, 1]) {
      const xs = sample.values.filter((_, i) => sample.labels[i] === group);
      const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
      const variance = xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length;
      expect(fit.params.means[group]).toBeCloseTo(mean, 12);
      expect(fit.params.variances[group]).toBeCloseTo(variance, 12);
      expect(fit.params.weights[group]).toBe(xs.length / 200);
      complete += xs.reduce((s, x) => s + Math.log(xs.length / 200) + normalLog(x, mean, variance), 0);
    }
    expect(fit.completeLogLikelihood).toBeCloseTo(complete, 9);
    const observed = sample.values.reduce(
      (s, x) =>
        s +
        Math.log(fit.params.weights.reduce((t, w, k) => t + w * Math.exp(normalLog(x, fit.params.means[k]!, fit.params.variances[k]!)), 0)),
      0,
    );
    expect(fit.observedLogLikelihood).toBeCloseTo(observed, 9);
    // Summing over the hidden label can only raise each row's likelihood.
    expect(fit.observedLogLikelihood).toBeGreaterThan(fit.completeLogLikelihood);
  });

  it("labels hidden: EM climbs from its start and ends at or above the labelled MLE's observed ℓ", () => {
    const labelled = mleWithLabels(sample);
    for (const start of [0, 1, 2]) {
      const em = emWithoutLabels(sample.values, start);
      const history = em.history ?? [];
      expect(history.length).toBe(em.iterations + 1);
      for (let i = 1; i < history.length; i += 1)
        expect(history[i]!.logLikelihood).toBeGreaterThanOrEqual(history[i - 1]!.logLikelihood - 1e-9);
      if (start !== 2) expect(history[0]!.params).toEqual(emStart(sample.values, start));
    }
    expect(emWithoutLabels(sample.values, 0).logLikelihood).toBeGreaterThanOrEqual(labelled.observedLogLikelihood);
  });

  it("responsibilities are the posterior of each component", () => {
    const params = { weights: [0.4, 0.6], means: [-1, 2.5], variances: [1, 1.44] };
    const a = 0.4 * Math.exp(normalLog(0.5, -1, 1));
    const b = 0.6 * Math.exp(normalLog(0.5, 2.5, 1.44));
    const [r1, r2] = responsibilitiesAt(0.5, params);
    expect(r1).toBeCloseTo(a / (a + b), 14);
    expect(r2).toBeCloseTo(b / (a + b), 14);
  });
});
