// The eight core templates, fair and strict over 1 000 seeds: each route the hints teach, worked here
// with every written-down number rounded to 4 significant figures, is accepted; the classic mistakes,
// computed here from the served data, are rejected.
import { describe, expect, it } from "vitest";
import { getTemplate, type QuestionTemplate } from "@/lib/questions";
import { SEEDS, four, statusOf } from "./shared";

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`${id} is not in the bank`);
  return found;
}
const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const dataOf = <D>(t: QuestionTemplate, seed: number) => t.generate(seed).data as D;

interface Worked {
  part: string;
  /** Values a careful learner gets by a taught route: must be accepted. */
  right: number[];
  /** Named mistakes, tag → value: must be rejected. */
  wrong: Record<string, number>;
}

/** Checks every seed: `right` values accepted, `wrong` ones not. */
function proveOverSeeds(t: QuestionTemplate, work: (seed: number) => Worked[]) {
  const problems: string[] = [];
  for (const seed of SEEDS) {
    for (const { part, right, wrong } of work(seed)) {
      for (const value of right) if (statusOf(t, seed, part, value) !== "correct") problems.push(`seed ${seed} ${part}: ${value} refused`);
      for (const [tag, value] of Object.entries(wrong)) {
        if (Number.isFinite(value) && statusOf(t, seed, part, value) === "correct")
          problems.push(`seed ${seed} ${part}: ${tag} ${value} accepted`);
      }
    }
  }
  expect(problems).toEqual([]);
}

describe("closed-form MLEs", () => {
  it("mle-bernoulli-p", () => {
    const t = template("mle-bernoulli-p");
    proveOverSeeds(t, (seed): Worked[] => {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const n = sample.length;
      const k = total(sample);
      return [{ part: "p", right: [four(k / n)], wrong: { complement: (n - k) / n, count: k, "n-minus-1": k / (n - 1) } }];
    });
  });

  it("mle-poisson-rate", () => {
    const t = template("mle-poisson-rate");
    proveOverSeeds(t, (seed): Worked[] => {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const n = sample.length;
      const s = total(sample);
      return [{ part: "lambda", right: [four(s / n)], wrong: { total: s, "n-minus-1": s / (n - 1), reciprocal: n / s } }];
    });
  });

  it("mle-exponential-rate", () => {
    const t = template("mle-exponential-rate");
    proveOverSeeds(t, (seed): Worked[] => {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const n = sample.length;
      const s = total(sample);
      // One over the 4-figure mean, as the hint says ("the rate is one over the mean").
      return [{ part: "rate", right: [n / s, 1 / four(s / n)], wrong: { mean: s / n, "n-minus-1": (n - 1) / s } }];
    });
  });

  it("mle-normal: the mean, and the variance from squared deviations about the 4-figure mean", () => {
    const t = template("mle-normal");
    proveOverSeeds(t, (seed): Worked[] => {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const n = sample.length;
      const mean = total(sample) / n;
      const written = four(mean);
      const squares = sample.map((x) => four((x - written) ** 2));
      const variance = total(sample.map((x) => (x - mean) ** 2)) / n;
      return [
        { part: "mean", right: [written], wrong: { total: total(sample), "n-minus-1": total(sample) / (n - 1) } },
        {
          part: "variance",
          right: [total(squares) / n, four(total(squares)) / n],
          wrong: { "n-minus-1": (variance * n) / (n - 1), "sd-not-variance": Math.sqrt(variance), "sum-not-average": variance * n },
        },
      ];
    });
  });

  it("mle-uniform-upper", () => {
    const t = template("mle-uniform-upper");
    proveOverSeeds(t, (seed): Worked[] => {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const n = sample.length;
      const max = Math.max(...sample);
      return [
        { part: "theta", right: [max], wrong: { "method-of-moments": (2 * total(sample)) / n, "bias-corrected": ((n + 1) / n) * max } },
      ];
    });
  });
});

interface TwoCoins {
  heads: number[];
  tosses: number[];
  init: { thetaA: number; thetaB: number };
}

describe("E- and M-steps", () => {
  it("em-two-coins-step: responsibilities to 4 figures, then weighted heads over weighted tosses", () => {
    const t = template("em-two-coins-step");
    proveOverSeeds(t, (seed): Worked[] => {
      const { heads, tosses, init } = dataOf<TwoCoins>(t, seed);
      const likelihood = (theta: number, i: number) => theta ** (heads[i] ?? 0) * (1 - theta) ** ((tosses[i] ?? 0) - (heads[i] ?? 0));
      const exact = heads.map((_, i) => likelihood(init.thetaA, i) / (likelihood(init.thetaA, i) + likelihood(init.thetaB, i)));
      const r = exact.map(four);
      const weighted = (w: readonly number[]) =>
        four(total(heads.map((h, i) => (w[i] ?? 0) * h))) / four(total(tosses.map((n, i) => (w[i] ?? 0) * n)));
      // Each trial wholly to its strictly more likely coin (a tie goes to neither).
      const hard = (coinA: boolean) => weighted(exact.map((value) => ((coinA ? value > 0.5 : value < 0.5) ? 1 : 0)));
      const pooled = total(heads) / total(tosses);
      const thetaA = weighted(r);
      const thetaB = weighted(r.map((value) => 1 - value));
      return [
        {
          part: "thetaA",
          right: [thetaA],
          wrong: { "hard-assignments": hard(true), "prior-for-posterior": pooled, "labels-swapped": weighted(exact.map((v) => 1 - v)) },
        },
        {
          part: "thetaB",
          right: [thetaB],
          wrong: { "hard-assignments": hard(false), "prior-for-posterior": pooled, "labels-swapped": weighted(exact) },
        },
      ];
    });
  });

  it("gmm-responsibility: the two numerators to 4 figures", () => {
    const t = template("gmm-responsibility");
    proveOverSeeds(t, (seed): Worked[] => {
      const { x, weights, means, variances } = dataOf<{ x: number; weights: number[]; means: number[]; variances: number[] }>(t, seed);
      const density = (k: number, variance: number) =>
        Math.exp(-((x - (means[k] ?? 0)) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
      const a = four((weights[0] ?? 0) * density(0, variances[0] ?? 1));
      const b = four((weights[1] ?? 0) * density(1, variances[1] ?? 1));
      const omitted = density(0, variances[0] ?? 1) / (density(0, variances[0] ?? 1) + density(1, variances[1] ?? 1));
      // The table's variances read as standard deviations: σ² = v².
      const sdA = (weights[0] ?? 0) * density(0, (variances[0] ?? 1) ** 2);
      const sdB = (weights[1] ?? 0) * density(1, (variances[1] ?? 1) ** 2);
      return [
        {
          part: "r1",
          right: [a / (a + b)],
          wrong: {
            "weights-omitted": omitted,
            "prior-for-posterior": weights[0] ?? 0,
            "labels-swapped": b / (a + b),
            "sd-for-variance": sdA / (sdA + sdB),
          },
        },
      ];
    });
  });

  it("gmm-m-step: weight, mean, and the variance about the 4-figure mean", () => {
    const t = template("gmm-m-step");
    proveOverSeeds(t, (seed): Worked[] => {
      const { sample, r1 } = dataOf<{ sample: number[]; r1: number[] }>(t, seed);
      const n = sample.length;
      const count = total(r1);
      const mean = total(sample.map((x, i) => (r1[i] ?? 0) * x)) / count;
      const written = four(mean);
      const variance = total(sample.map((x, i) => (r1[i] ?? 0) * (x - mean) ** 2)) / count;
      const plainMean = total(sample) / n;
      return [
        { part: "weight1", right: [four(count / n)], wrong: { "count-not-proportion": count } },
        { part: "mean1", right: [written], wrong: { unweighted: plainMean, "divided-by-n": (mean * count) / n } },
        {
          part: "variance1",
          right: [total(sample.map((x, i) => four((r1[i] ?? 0) * (x - written) ** 2))) / count],
          wrong: {
            "n-minus-1": (variance * count) / (count - 1),
            "divided-by-n": (variance * count) / n,
            "sd-not-variance": Math.sqrt(variance),
          },
        },
      ];
    });
  });
});
