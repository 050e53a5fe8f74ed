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
  mvnConditionals,
  mvnLowerBound,
  problemFromVariantData,
  runToEnd,
  shownParams,
  shownResponsibilities,
  withStart,
  type CoinParams,
  type EmProblem,
  type EmTrace,
  type Gmm2Params,
  type GmmParams,
  type MvnParams,
  type PoissonMixtureParams,
  type ZipParams,
} from "@/lib/learn/em-trace";
import { getTemplate } from "@/lib/questions";
import { PAPER_DATA, twoCoinStep } from "@/lib/questions/templates/em-steps/em-two-coins-step";

function expectClimbs(trace: EmTrace): void {
  const { entries, problem } = trace;
  for (let k = 1; k < entries.length; k += 1) {
    const before = entries[k - 1]!;
    const after = entries[k]!;
    // The E-step's bound touches ℓ at the parameters it was built from …
    const touching =
      problem.kind === "mvn-missing"
        ? mvnLowerBound(after.conditionals!, before.params as MvnParams)
        : lowerBound(problem, after.responsibilities!, before.params);
    expect(touching).toBeCloseTo(before.logLikelihood, 9);
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

/** |value − truth| within a few units in the last place: the template re-derives the M-step with textbook sums. */
function close(value: number | undefined, truth: number | undefined): void {
  expect(Math.abs(value! - truth!)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(truth!)));
}

function traceOf(id: string, seed: number): { trace: EmTrace; truths: Record<string, number>; data: Record<string, unknown> } {
  const template = getTemplate(id)!;
  const data = template.generate(seed).data;
  const problem = problemFromVariantData(data);
  expect(problem).not.toBeNull();
  return { trace: emTrace(problem!), truths: template.truths!(data), data };
}

describe("the other EM problems of the bank", () => {
  it("Poisson mixture: the first iteration is the em-poisson-mixture-step grader's, and ℓ climbs", () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const { trace, truths, data } = traceOf("em-poisson-mixture-step", seed);
      expect(trace.problem.kind).toBe("poisson");
      const first = trace.entries[1]!;
      const row = (data.counts as number[]).indexOf(data.value as number);
      expect(first.responsibilities![row]![0]).toBe(truths.r1);
      const params = first.params as PoissonMixtureParams;
      close(params.weights[0], truths.weight1);
      close(params.lambdas[0], truths.lambda1);
      close(params.lambdas[1], truths.lambda2);
      expectClimbs(trace);
    }
  });

  it("Poisson mixture from a symmetric start: stuck at the start's fixed point, as em-symmetric-start says", () => {
    for (let seed = 1; seed <= 8; seed += 1) {
      const { trace, truths } = traceOf("em-symmetric-start", seed);
      const params = trace.entries[1]!.params as PoissonMixtureParams;
      expect(params.lambdas[0]).toBe(truths.lambda1);
      expect(params.weights[0]).toBe(truths.weight1);
      // Equal rates stay equal (to the last bit or two of the sums): EM never leaves the symmetric start.
      close(params.lambdas[1], params.lambdas[0]);
      expectClimbs(trace);
    }
  });

  it("zero-inflated Poisson: the first iteration is the em-zip-step grader's, and ℓ climbs", () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const { trace, truths, data } = traceOf("em-zip-step", seed);
      expect(trace.problem.kind).toBe("zip");
      const first = trace.entries[1]!;
      expect(first.responsibilities![(data.counts as number[]).indexOf(0)]![0]).toBe(truths.z);
      const params = first.params as ZipParams;
      close(params.pi, truths.pi);
      close(params.lambda, truths.lambda);
      // By hand: z = π / (π + (1 − π) e^{−λ}) at the start.
      const { pi, lambda } = data.init as ZipParams;
      expect(truths.z).toBeCloseTo(pi / (pi + (1 - pi) * Math.exp(-lambda)), 14);
      expectClimbs(trace);
    }
  });

  it("binomial mixture: the first iteration is the em-binomial-mixture-weights grader's (weights free)", () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const { trace, truths, data } = traceOf("em-binomial-mixture-weights", seed);
      const first = trace.entries[1]!;
      expect(first.responsibilities![(data.row as number) - 1]![0]).toBe(truths.r1);
      const params = first.params as CoinParams;
      close(params.weights[0], truths.weight1);
      close(params.thetas[0], truths.theta1);
      close(params.thetas[1], truths.theta2);
      expectClimbs(trace);
    }
  });

  it("a missing value: the first iteration is the em-mvn-missing-step grader's, and the bound touches ℓ", () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const { trace, truths, data } = traceOf("em-mvn-missing-step", seed);
      expect(trace.problem.kind).toBe("mvn-missing");
      const rows = data.rows as (number | null)[][];
      const missing = rows.findIndex((row) => row[1] === null);
      const first = trace.entries[1]!;
      close(first.conditionals![missing]!.completed[1], truths.imputed);
      const params = first.params as MvnParams;
      close(params.mean[1], truths.mean2);
      close(params.covariance[1]![1], truths.variance2);
      // By hand: E[y | x] = μ_y + σ_xy / σ_x² (x − μ_x) at the start.
      const { mean, covariance } = data.init as MvnParams;
      const x = rows[missing]![0]!;
      expect(truths.imputed).toBeCloseTo(mean[1]! + (covariance[0]![1]! / covariance[0]![0]!) * (x - mean[0]!), 12);
      expectClimbs(trace);
    }
  });

  it("missing values: the conditional law and the bound by hand, on two rows", () => {
    const params: MvnParams = {
      mean: [1, 2],
      covariance: [
        [2, 1],
        [1, 3],
      ],
    };
    const rows = [
      [3, null],
      [null, null],
    ];
    const [one, both] = mvnConditionals(rows, params);
    // y | x = 3: mean 2 + (1/2)(3 − 1) = 3, variance 3 − 1/2 = 2.5.
    expect(one!.completed).toEqual([3, 3]);
    expect(one!.covariance[1]![1]).toBeCloseTo(2.5, 14);
    expect(both!.completed).toEqual([1, 2]);
    // At the parameters q was built from, B = ℓ: log N(3; 1, 2) for the first row, 0 for the empty one.
    const logNormal = -0.5 * Math.log(2 * Math.PI * 2) - (3 - 1) ** 2 / (2 * 2);
    expect(mvnLowerBound([one!, both!], params)).toBeCloseTo(logNormal, 12);
  });

  it("2-D Gaussian mixture: the driver's run, ℓ climbing, the bound touching it", () => {
    const points = [
      [0, 0.2],
      [0.4, -0.3],
      [-0.5, 0.1],
      [0.2, 0.6],
      [4, 4.2],
      [4.5, 3.6],
      [3.7, 4.4],
      [4.1, 3.9],
    ];
    const init: Gmm2Params = {
      weights: [0.5, 0.5],
      means: [
        [1, 1],
        [3, 3],
      ],
      covariances: [
        [
          [2, 0],
          [0, 2],
        ],
        [
          [2, 0],
          [0, 2],
        ],
      ],
    };
    const problem = problemFromVariantData({ sample: points, init });
    expect(problem?.kind).toBe("gmm2");
    const trace = emTrace(problem!);
    const direct = runJob({ model: "gmm", data: points, init, options: { history: true, tol: 1e-8, maxIter: 300 } });
    expect(trace.entries.map((entry) => entry.logLikelihood)).toEqual(direct.history!.map((entry) => entry.logLikelihood));
    expect(trace.entries.length).toBeGreaterThan(2);
    expectClimbs(trace);
    for (const start of [1, 2, 3]) expectClimbs(emTrace(withStart(problem!, start)));
  });

  it("different starts of every kind keep ℓ climbing", () => {
    for (const [id, seed] of [
      ["em-poisson-mixture-step", 3],
      ["em-zip-step", 3],
      ["em-mvn-missing-step", 3],
      ["em-binomial-mixture-weights", 3],
    ] as const) {
      const problem = problemFromVariantData(getTemplate(id)!.generate(seed).data)!;
      for (const start of [1, 2, 3, 4]) {
        const trace = emTrace(withStart(problem, start));
        expect(trace.entries.length).toBeGreaterThan(1);
        expectClimbs(trace);
      }
    }
  });

  it("reads the other shapes and refuses broken ones", () => {
    expect(problemFromVariantData({ counts: [1, 2], init: { weights: [0.5, 0.5], lambdas: [1, 2] } })?.kind).toBe("poisson");
    expect(problemFromVariantData({ counts: [1, 2], init: { weights: [0.5, 0.5], lambdas: [1] } })).toBeNull();
    expect(problemFromVariantData({ counts: [0, 2], init: { pi: 0.3, lambda: 2 } })?.kind).toBe("zip");
    expect(problemFromVariantData({ counts: [0, 2], init: { pi: 1.3, lambda: 2 } })).toBeNull();
    expect(problemFromVariantData({ counts: [0, 2.5], init: { pi: 0.3, lambda: 2 } })).toBeNull();
    expect(problemFromVariantData({ counts: [0, 2], before: { pi: 0.3, lambda: 2 } })?.kind).toBe("zip");
    expect(
      problemFromVariantData({
        rows: [
          [1, null],
          [2, 3],
        ],
        init: {
          mean: [1, 2],
          covariance: [
            [1, 0],
            [0, 1],
          ],
        },
      })?.kind,
    ).toBe("mvn-missing");
    expect(
      problemFromVariantData({
        rows: [[1, "x"]],
        init: {
          mean: [1, 2],
          covariance: [
            [1, 0],
            [0, 1],
          ],
        },
      }),
    ).toBeNull();
    expect(problemFromVariantData({ successes: [1, 2], trials: [3, 4], init: { weights: [0.5, 0.5], thetas: [0.2, 0.6] } })).toMatchObject({
      kind: "coins",
      freeWeights: true,
    });
  });
});
