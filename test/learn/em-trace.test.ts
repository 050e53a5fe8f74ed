// The EM stepper's trace: the grader's numbers (the EM templates' truths), values from R, the
// never-decreasing log-likelihood, and the lower bound touching it at each E-step.
import { describe, expect, it } from "vitest";
import { runJob } from "@/lib/estimation";
import {
  canEStep,
  canMStep,
  demoCoinsProblem,
  demoGmmProblem,
  emTrace,
  eStep,
  lowerBound,
  mStep,
  problemFromVariantData,
  runToEnd,
  shownParams,
  shownResponsibilities,
  withStart,
  type CoinParams,
  type EmProblem,
  type EmTrace,
  type GmmParams,
} from "@/lib/learn/em-trace";
import { getTemplate } from "@/lib/questions";
import { PAPER_DATA, twoCoinStep } from "@/lib/questions/templates/em-steps/em-two-coins-step";

function expectClimbs(trace: EmTrace): void {
  const { entries, problem } = trace;
  for (let k = 1; k < entries.length; k += 1) {
    const before = entries[k - 1]!;
    const after = entries[k]!;
    const q = after.responsibilities!;
    // The E-step's bound touches ℓ at the parameters it was built from …
    expect(lowerBound(problem, q, before.params)).toBeCloseTo(before.logLikelihood, 9);
    // … and the M-step raises it, and ℓ with it.
    expect(after.boundAfter!).toBeGreaterThanOrEqual(before.logLikelihood - 1e-9);
    expect(after.logLikelihood).toBeGreaterThanOrEqual(after.boundAfter! - 1e-9);
    expect(after.logLikelihood).toBeGreaterThanOrEqual(before.logLikelihood - 1e-9);
  }
}

describe("emTrace", () => {
  it("gives R's mclust values for one iteration of a 1-D mixture", () => {
    // lib/estimation/models/gmm-1d.ts @example, checked with mclust::me(modelName = "V", itmax = 1).
    const problem: EmProblem = {
      kind: "gmm",
      sample: [-1.2, -0.8, -1, 2.9, 3.1, 3, 3.3],
      init: { weights: [0.5, 0.5], means: [0, 2], variances: [1, 1] },
    };
    const first = emTrace(problem).entries[1]!;
    const params = first.params as GmmParams;
    expect(params.weights[0]).toBeCloseTo(0.42969738, 7);
    expect(params.means[0]).toBeCloseTo(-0.91430701, 7);
    expect(params.means[1]).toBeCloseTo(3.01847949, 7);
    expect(params.variances[0]).toBeCloseTo(0.36880341, 7);
    expect(params.variances[1]).toBeCloseTo(0.24878021, 7);
    expect(first.logLikelihood).toBeCloseTo(-7.27420178, 7);
  });

  it("gives Do & Batzoglou's two coins: 0.71 / 0.58 after one iteration, 0.80 / 0.52 after ten", () => {
    expect(demoCoinsProblem()).toEqual({
      kind: "coins",
      heads: PAPER_DATA.heads,
      tosses: PAPER_DATA.tosses,
      init: { weights: [0.5, 0.5], thetas: [PAPER_DATA.init.thetaA, PAPER_DATA.init.thetaB] },
    });
    const trace = emTrace(demoCoinsProblem());
    const one = trace.entries[1]!.params as CoinParams;
    expect(one.thetas[0]).toBeCloseTo(0.71, 2);
    expect(one.thetas[1]).toBeCloseTo(0.58, 2);
    const ten = trace.entries[10]!.params as CoinParams;
    expect(ten.thetas[0]).toBeCloseTo(0.8, 2);
    expect(ten.thetas[1]).toBeCloseTo(0.52, 2);
    expect(ten.weights).toEqual([0.5, 0.5]);
  });

  it("agrees to the last digit with the em-two-coins-step grader on its variants", () => {
    const template = getTemplate("em-two-coins-step")!;
    for (let seed = 1; seed <= 15; seed += 1) {
      const data = template.generate(seed).data;
      const problem = problemFromVariantData(data);
      expect(problem?.kind).toBe("coins");
      const thetas = (emTrace(problem!).entries[1]!.params as CoinParams).thetas;
      const truth = twoCoinStep(data.heads as number[], data.tosses as number[], data.init as { thetaA: number; thetaB: number });
      expect(thetas[0]).toBe(truth.thetaA);
      expect(thetas[1]).toBe(truth.thetaB);
    }
  });

  it("agrees to the last digit with the em-gmm-iteration grader on its variants", () => {
    const template = getTemplate("em-gmm-iteration")!;
    for (let seed = 1; seed <= 15; seed += 1) {
      const data = template.generate(seed).data;
      const problem = problemFromVariantData(data);
      expect(problem?.kind).toBe("gmm");
      const trace = emTrace(problem!);
      const truths = template.truths!(data);
      const params = trace.entries[1]!.params as GmmParams;
      // The E-step's responsibilities are the driver's in both: identical.
      const point = (data.point as number) - 1;
      expect(trace.entries[1]!.responsibilities![point]![0]).toBe(truths.r1);
      // The template re-derives the M-step from the responsibilities with the textbook sums (so a
      // learner's wrong earlier part can be followed through), and ℓ at those; the driver uses
      // West's update: the same numbers up to the last bit or two.
      const close = (value: number | undefined, truth: number | undefined) =>
        expect(Math.abs(value! - truth!)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(truth!)));
      close(params.weights[0], truths.weight1);
      close(params.means[0], truths.mean1);
      close(params.variances[0], truths.variance1);
      close(params.means[1], truths.mean2);
      close(params.variances[1], truths.variance2);
      close(trace.entries[1]!.logLikelihood, truths.logLikelihood);
      expectClimbs(trace);
    }
  });

  it("never lets the log-likelihood fall, from the demo starts and from different starts", () => {
    for (const base of [demoGmmProblem(), demoCoinsProblem()]) {
      for (const start of [0, 1, 2, 3, 4, 5]) {
        const trace = emTrace(withStart(base, start));
        expect(trace.entries.length).toBeGreaterThan(2);
        expectClimbs(trace);
      }
    }
  });

  it("is the driver's own history: the same sequence as one runJob call", () => {
    const problem = demoGmmProblem();
    const trace = emTrace(problem);
    const direct = runJob({
      model: "gmm",
      data: problem.kind === "gmm" ? problem.sample : [],
      init: problem.init,
      options: { history: true },
    });
    expect(trace.entries.map((entry) => entry.logLikelihood)).toEqual(direct.history!.map((entry) => entry.logLikelihood));
    expect(trace.converged).toBe(true);
  });

  it("keeps the iterations before a variance collapses, and says why it stopped", () => {
    // One component starts on an isolated value with a small variance: it shrinks onto it.
    const problem: EmProblem = {
      kind: "gmm",
      sample: [0, 5, 5.1, 4.9, 5.2, 5.05, 4.95],
      init: { weights: [0.3, 0.7], means: [0, 5], variances: [0.05, 1] },
    };
    const trace = emTrace(problem);
    expect(trace.stoppedBy).toMatch(/collapsed/);
    expect(trace.converged).toBe(false);
    expect(trace.entries.length).toBeGreaterThanOrEqual(1);
    // One more iteration than the trace holds is what the driver refuses.
    expect(() =>
      runJob({ model: "gmm", data: problem.sample, init: problem.init, options: { maxIter: trace.entries.length, tol: 1e-8 } }),
    ).toThrow(/collapsed/);
    expectClimbs(trace);
  });
});

describe("stepping", () => {
  it("alternates E and M steps and shows the E-step's responsibilities before the parameters move", () => {
    const trace = emTrace(demoCoinsProblem());
    let position = { iteration: 0, phase: "M" as const } as { iteration: number; phase: "E" | "M" };
    expect(shownResponsibilities(trace, position)).toBeNull();
    expect(canMStep(trace, position)).toBe(false);
    position = eStep(trace, position);
    expect(position).toEqual({ iteration: 0, phase: "E" });
    expect(shownResponsibilities(trace, position)).toBe(trace.entries[1]!.responsibilities);
    expect(shownParams(trace, position)).toBe(trace.entries[0]!.params);
    expect(canEStep(trace, position)).toBe(false);
    position = mStep(trace, position);
    expect(position).toEqual({ iteration: 1, phase: "M" });
    expect(shownParams(trace, position)).toBe(trace.entries[1]!.params);
    const end = runToEnd(trace);
    expect(end.iteration).toBe(trace.entries.length - 1);
    expect(canEStep(trace, end)).toBe(false);
  });
});

describe("problemFromVariantData", () => {
  it("reads the two shapes and refuses anything else", () => {
    expect(problemFromVariantData({ sample: [1, 2], init: { weights: [1], means: [1, 2], variances: [1] } })).toBeNull();
    expect(problemFromVariantData({ heads: [1, 2], tosses: [3], init: { thetaA: 0.4, thetaB: 0.6 } })).toBeNull();
    expect(problemFromVariantData({ sample: ["1"], init: { weights: [1], means: [1], variances: [1] } })).toBeNull();
    expect(problemFromVariantData({ x: 1 })).toBeNull();
    expect(problemFromVariantData({ heads: [1, 2], tosses: [3, 4], init: { thetaA: 0.4, thetaB: 0.6 } })?.kind).toBe("coins");
  });
});
