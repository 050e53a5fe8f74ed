// Seven more EM templates, fair and strict over 1 000 seeds. Each route the prompt and hints teach is
// worked here from the served data, independently of the template code, with every written-down
// intermediate (densities, responsibilities, expected counts, conditional expectations, sums) rounded
// to 4 significant figures: its answer must be graded correct. Each named mistake the template
// declares, and the classic ones that apply, computed here the same way, must not be. Parts that
// build on earlier ones are then graded through the whole template with the earlier parts typed to
// 4 figures, and from a plausible wrong earlier answer (follow-through).
import { describe, expect, it } from "vitest";
import { getTemplate, type QuestionTemplate } from "@/lib/questions";
import { SEEDS, four, statusOf, typed } from "./shared";

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`${id} is not in the bank`);
  return found;
}
const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: readonly number[]) => total(values) / values.length;
const dataOf = <D>(t: QuestionTemplate, seed: number) => t.generate(seed).data as D;
const logFactorial = (k: number) => total(Array.from({ length: k }, (_, i) => Math.log(i + 1)));
const poissonPmf = (x: number, rate: number) => Math.exp(x * Math.log(rate) - rate - logFactorial(x));
const normalPdf = (x: number, centre: number, variance: number) =>
  Math.exp(-((x - centre) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);

interface Worked {
  part: string;
  /** Values a careful learner gets by a taught route, intermediates to 4 figures: must be accepted. */
  right: number[];
  /** Named mistakes, tag → value: must be rejected. */
  wrong: Record<string, number>;
}

interface Proof {
  worked: Worked[];
  /** One 4-figure route's answer per numeric part, typed together: every part must be graded correct. */
  typedRoute?: Record<string, number>;
  /** Answers with a plausible wrong earlier part, and the later parts worked from it: correct (given the earlier answer). */
  followThrough?: { answers: Record<string, number>; carried: string[] };
}

/** Checks every seed: `right` values accepted, `wrong` ones not, the typed route and follow-through graded right. */
function proveOverSeeds(t: QuestionTemplate, work: (seed: number) => Proof) {
  const problems: string[] = [];
  for (const seed of SEEDS) {
    const { worked, typedRoute, followThrough } = work(seed);
    for (const { part, right, wrong } of worked) {
      for (const value of right) if (statusOf(t, seed, part, value) !== "correct") problems.push(`seed ${seed} ${part}: ${value} refused`);
      for (const [tag, value] of Object.entries(wrong)) {
        if (Number.isFinite(value) && statusOf(t, seed, part, value) === "correct")
          problems.push(`seed ${seed} ${part}: ${tag} ${value} accepted`);
      }
    }
    const key = t.answerKey(seed);
    if (typedRoute) {
      const answers = Object.fromEntries(Object.entries(typedRoute).map(([id, value]) => [id, typed(value)]));
      for (const part of t.grade(seed, { ...key, ...answers }).parts) {
        if (part.id in typedRoute && part.status !== "correct") problems.push(`seed ${seed} ${part.id}: typed route ${part.status}`);
      }
    }
    if (followThrough) {
      const answers = Object.fromEntries(Object.entries(followThrough.answers).map(([id, value]) => [id, typed(value)]));
      for (const part of t.grade(seed, { ...key, ...answers }).parts) {
        // Correct given the earlier answer, or plainly correct when that chain lands within the band anyway.
        if (followThrough.carried.includes(part.id) && part.status !== "correct")
          problems.push(`seed ${seed} ${part.id}: follow-through ${part.status}`);
      }
    }
  }
  expect(problems).toEqual([]);
}

describe("E- and M-steps of other models", () => {
  interface Zip {
    counts: number[];
    init: { pi: number; lambda: number };
  }

  it("em-zip-step: z from a 4-figure e^{-λ}, then π and λ from the 4-figure z and n₀z", () => {
    const t = template("em-zip-step");
    proveOverSeeds(t, (seed): Proof => {
      const { counts, init } = dataOf<Zip>(t, seed);
      const n = counts.length;
      const n0 = counts.filter((x) => x === 0).length;
      const s = total(counts);
      const { pi, lambda } = init;
      const exactZ = pi / (pi + (1 - pi) * Math.exp(-lambda));
      // The hint's formula with e^{-λ}, the Poisson zero (1 − π)e^{-λ} and P(X = 0) written down.
      const poissonZero = four((1 - pi) * four(Math.exp(-lambda)));
      const z = four(pi / four(pi + poissonZero));
      const expected = four(n0 * z);
      const piNext = four(expected / n);
      const lambdaNext = s / four(n - expected);
      const zFor = (structural: number) => (n0 * structural) / n;
      const lambdaFor = (structural: number) => s / (n - n0 * structural);
      return {
        worked: [
          {
            part: "z",
            right: [z, pi / (pi + poissonZero)],
            wrong: {
              "prior-for-posterior": pi,
              "labels-swapped": 1 - exactZ,
              "weights-omitted": 1 / (1 + Math.exp(-lambda)),
              "hard-assignments": pi > (1 - pi) * Math.exp(-lambda) ? 1 : 0,
            },
          },
          {
            part: "pi",
            right: [piNext, (n0 * z) / n, expected / n],
            wrong: {
              "hard-assignments": n0 / n,
              "count-not-proportion": n0 * exactZ,
              // Averaged over the zeros only: the posterior itself.
              "averaged-over-zeros": exactZ,
              unchanged: pi,
            },
          },
          {
            part: "lambda",
            // The total over the expected Poisson counts, or the mean over 1 − π⁽¹⁾ (the same number).
            right: [lambdaNext, s / (n - n0 * z), four(s / n) / (1 - piNext)],
            wrong: {
              "inflation-ignored": s / n,
              "hard-assignments": s / (n - n0),
              unchanged: lambda,
              "zeros-count-once": s / (n - exactZ),
            },
          },
        ],
        typedRoute: { z, pi: piNext, lambda: lambdaNext },
        // The prior typed for z (a named mistake): π and λ worked from it get "correct, given".
        followThrough: { answers: { z: pi, pi: four(zFor(pi)), lambda: four(lambdaFor(pi)) }, carried: ["pi", "lambda"] },
      };
    });
  });

  interface Linkage {
    counts: number[];
    init: { theta: number };
  }

  it("em-linkage-step: two iterations, each E-step split and M-step θ written to 4 figures", () => {
    const t = template("em-linkage-step");
    proveOverSeeds(t, (seed): Proof => {
      const { counts, init } = dataOf<Linkage>(t, seed);
      const [y1 = 0, y2 = 0, y3 = 0, y4 = 0] = counts;
      // E-step: y₁ times the 4-figure share (θ/4)/(½ + θ/4) of the θ/4 sub-cell, or y₁θ/(2 + θ).
      const splitRoutes = (theta: number) => [four((y1 * theta) / (2 + theta)), y1 * four(theta / 4 / (0.5 + theta / 4))];
      const exactSplit = (theta: number) => (y1 * theta) / (2 + theta);
      // M-step: the complete-data binomial proportion.
      const thetaOf = (split: number) => (split + y4) / (split + y2 + y3 + y4);
      const thetaRoutes = (split: number) => [four(thetaOf(split)), four(split + y4) / four(split + y2 + y3 + y4)];
      const split1 = exactSplit(init.theta);
      const [s1 = 0, s1b = 0] = splitRoutes(init.theta);
      const [th1 = 0, th1b = 0] = [...thetaRoutes(s1), ...thetaRoutes(s1b)];
      const theta1 = thetaOf(split1);
      const [s2 = 0, s2b = 0] = [...splitRoutes(th1), ...splitRoutes(th1b)];
      const split2 = exactSplit(theta1);
      const [th2 = 0] = thetaRoutes(s2);
      const splitMistakes = (theta: number, previous: number) => ({
        "unnormalised-responsibilities": (y1 * theta) / 4,
        "labels-swapped": (2 * y1) / (2 + theta),
        "whole-cell": y1,
        "old-parameters": exactSplit(previous),
      });
      const thetaMistakes = (split: number, previous: number) => ({
        "split-ignored": y4 / (y2 + y3 + y4),
        "whole-cell": (y1 + y4) / (y1 + y2 + y3 + y4),
        "labels-swapped": thetaOf(y1 - split),
        unchanged: previous,
      });
      return {
        worked: [
          { part: "split1", right: [s1, s1b], wrong: { ...splitMistakes(init.theta, init.theta), "old-parameters": Number.NaN } },
          { part: "theta1", right: [...thetaRoutes(s1), ...thetaRoutes(s1b)], wrong: thetaMistakes(split1, init.theta) },
          { part: "split2", right: [s2, s2b, ...splitRoutes(four(theta1))], wrong: splitMistakes(theta1, init.theta) },
          { part: "theta2", right: [th2, ...thetaRoutes(four(split2))], wrong: thetaMistakes(split2, theta1) },
        ],
        typedRoute: { split1: s1, theta1: th1, split2: s2, theta2: th2 },
        // The unnormalised split typed in part 1: every later part worked from it follows through.
        followThrough: (() => {
          const wrongSplit = four((y1 * init.theta) / 4);
          const wrongTheta = four(thetaOf(wrongSplit));
          const wrongSplit2 = four(exactSplit(wrongTheta));
          return {
            answers: { split1: wrongSplit, theta1: wrongTheta, split2: wrongSplit2, theta2: four(thetaOf(wrongSplit2)) },
            carried: ["theta1", "split2", "theta2"],
          };
        })(),
      };
    });
  });

  interface MvnMissing {
    rows: (number | null)[][];
    init: { mean: number[]; covariance: number[][] };
  }

  it("em-mvn-missing-step: E[y | x] from a 4-figure slope, the mean, the variance with Var(y | x)", () => {
    const t = template("em-mvn-missing-step");
    proveOverSeeds(t, (seed): Proof => {
      const { rows, init } = dataOf<MvnMissing>(t, seed);
      const [muX = 0, muY = 0] = init.mean;
      const [[varX = 1, cov = 0] = [], [, varY = 1] = []] = init.covariance;
      const n = rows.length;
      const x = rows.find((row) => row[1] === null)?.[0] ?? Number.NaN;
      const observed = rows.map((row) => row[1]).filter((y): y is number => y !== null);
      const slope = cov / varX;
      const exactImputed = muY + slope * (x - muX);
      const conditional = varY - cov ** 2 / varX;
      // E-step with the regression slope written down; the conditional variance with σ_xy²/σ_x² written down.
      const imputed = four(muY + four(slope) * (x - muX));
      const conditionalWritten = four(varY - four(cov ** 2 / varX));
      const meanOf = (fill: number) => (total(observed) + fill) / n;
      const newMean = four(four(total(observed) + imputed) / n);
      const squares = (fill: number, centre: number) => [...observed, fill].map((y) => (y - centre) ** 2);
      const varianceOf = (fill: number, centre: number, extra: number, divisor: number) => (total(squares(fill, centre)) + extra) / divisor;
      const newVariance = four(total(squares(imputed, newMean).map(four)) + conditionalWritten) / n;
      const exactMean = meanOf(exactImputed);
      const exactVariance = varianceOf(exactImputed, exactMean, conditional, n);
      const observedMean = mean(observed);
      return {
        worked: [
          {
            part: "imputed",
            right: [imputed, muY + four(slope) * four(x - muX), muY + four(four(slope) * (x - muX))],
            wrong: {
              "prior-for-posterior": muY,
              "mean-imputation": observedMean,
              "wrong-slope": muY + (cov / varY) * (x - muX),
            },
          },
          {
            part: "mean2",
            right: [newMean, meanOf(imputed)],
            wrong: { "complete-case": observedMean, unchanged: muY, "divided-by-observed": (total(observed) + exactImputed) / (n - 1) },
          },
          {
            part: "variance2",
            right: [newVariance, varianceOf(imputed, newMean, conditionalWritten, n)],
            wrong: {
              "conditional-variance-omitted": varianceOf(exactImputed, exactMean, 0, n),
              "n-minus-1": varianceOf(exactImputed, exactMean, conditional, n - 1),
              "complete-case": mean(observed.map((y) => (y - observedMean) ** 2)),
              "old-mean": varianceOf(exactImputed, muY, conditional, n),
              "sd-not-variance": Math.sqrt(exactVariance),
              "starting-variance": varY,
            },
          },
        ],
        typedRoute: { imputed, mean2: newMean, variance2: newVariance },
        // Mean imputation typed in part 1: the mean and variance worked from it follow through.
        followThrough: (() => {
          const fill = four(observedMean);
          const centre = four(meanOf(fill));
          return {
            answers: { imputed: fill, mean2: centre, variance2: four(varianceOf(fill, centre, conditional, n)) },
            carried: ["mean2", "variance2"],
          };
        })(),
      };
    });
  });

  interface Gmm {
    sample: number[];
    init: { weights: number[]; means: number[]; variances: number[] };
  }

  it("em-unlabelled-components: 4-figure densities and responsibilities, in either order", () => {
    const t = template("em-unlabelled-components");
    proveOverSeeds(t, (seed): Proof => {
      const { sample, init } = dataOf<Gmm>(t, seed);
      const n = sample.length;
      const [w1 = 0, w2 = 0] = init.weights;
      const [m1 = 0, m2 = 0] = init.means;
      const [v1 = 1, v2 = 1] = init.variances;
      const responsibilities = (va: number, vb: number, withFactor: boolean, round: (v: number) => number) =>
        sample.map((x) => {
          const a = round(w1 * (withFactor ? normalPdf(x, m1, va) : Math.exp(-((x - m1) ** 2) / (2 * va))));
          const b = round(w2 * (withFactor ? normalPdf(x, m2, vb) : Math.exp(-((x - m2) ** 2) / (2 * vb))));
          return a / (a + b);
        });
      const exact = responsibilities(v1, v2, true, (v) => v);
      // The hint: with equal variances the 1/√(2πσ²) factors cancel; with unequal ones they stay.
      const r = responsibilities(v1, v2, v1 !== v2, four).map(four);
      const rFull = responsibilities(v1, v2, true, four).map(four);
      const weightOf = (rs: readonly number[]) => total(rs) / n;
      const meanOf = (rs: readonly number[]) => four(total(sample.map((x, i) => (rs[i] ?? 0) * x))) / four(total(rs));
      const other = (rs: readonly number[]) => rs.map((value) => 1 - value);
      const hard = (first: boolean) => {
        const cluster = sample.filter((_, i) => (exact[i] ?? 0) > 0.5 === first);
        return { weight: cluster.length / n, mean: cluster.length > 0 ? mean(cluster) : Number.NaN };
      };
      const exactMean = (rs: readonly number[]) => total(sample.map((x, i) => (rs[i] ?? 0) * x)) / total(rs);
      // Variances read as standard deviations (σ² = v²), or the 1/√(2πσ²) factors dropped although they differ.
      const asSd = responsibilities(v1 ** 2, v2 ** 2, true, (v) => v);
      const noFactor = responsibilities(v1, v2, false, (v) => v);
      // With both variances 1, a standard deviation reads the same as a variance: no mistake to make.
      const sdDiffers = v1 !== 1 || v2 !== 1;
      const mistakes = (first: boolean) => {
        const own = first ? exact : other(exact);
        return {
          weight: {
            "hard-assignments": hard(first).weight,
            "weights-not-updated": first ? w1 : w2,
            "sd-for-variance": sdDiffers ? weightOf(first ? asSd : other(asSd)) : Number.NaN,
            ...(v1 === v2 ? {} : { "density-constant-omitted": weightOf(first ? noFactor : other(noFactor)) }),
          },
          mean: {
            "hard-assignments": hard(first).mean,
            "responsibilities-ignored": mean(sample),
            "divided-by-n": total(sample.map((x, i) => (own[i] ?? 0) * x)) / n,
            "sd-for-variance": sdDiffers ? exactMean(first ? asSd : other(asSd)) : Number.NaN,
            ...(v1 === v2 ? {} : { "density-constant-omitted": exactMean(first ? noFactor : other(noFactor)) }),
            unchanged: first ? m1 : m2,
          },
        };
      };
      const weightA = weightOf(r);
      const meanA = meanOf(r);
      const weightB = 1 - four(weightA);
      const meanB = meanOf(other(r));
      return {
        worked: [
          { part: "weightA", right: [weightA, weightOf(rFull)], wrong: mistakes(true).weight },
          { part: "meanA", right: [meanA, meanOf(rFull)], wrong: mistakes(true).mean },
          { part: "weightB", right: [weightB, weightOf(other(r)), weightOf(other(rFull))], wrong: mistakes(false).weight },
          { part: "meanB", right: [meanB, meanOf(other(rFull))], wrong: mistakes(false).mean },
        ],
        typedRoute: { weightA, meanA, weightB, meanB },
      };
    });
  });

  it("em-unlabelled-components: components reported in the other order are all correct", () => {
    const t = template("em-unlabelled-components");
    for (const seed of SEEDS) {
      const key = t.answerKey(seed);
      const swapped = { weightA: key.weightB, meanA: key.meanB, weightB: key.weightA, meanB: key.meanA };
      const answers = Object.fromEntries(Object.entries(swapped).map(([id, value]) => [id, typed(Number(value))]));
      const statuses = t.grade(seed, { ...key, ...answers }).parts.map((part) => part.status);
      expect(statuses, `seed ${seed}`).toEqual(["correct", "correct", "correct", "correct"]);
    }
  });
});

describe("EM's properties, worked", () => {
  interface HardSoft {
    sample: number[];
    init: { weights: number[]; means: number[]; variances: number[] };
    point: number;
  }

  it("em-hard-vs-soft: the responsibility from two 4-figure exponentials, the soft and hard means", () => {
    const t = template("em-hard-vs-soft");
    proveOverSeeds(t, (seed): Proof => {
      const { sample, init, point } = dataOf<HardSoft>(t, seed);
      const [m1 = 0, m2 = 0] = init.means;
      const variance = init.variances[0] ?? 1;
      const x = sample[point - 1] ?? Number.NaN;
      const responsibility = (value: number, v: number, round: (y: number) => number) => {
        const a = round(Math.exp(-((value - m1) ** 2) / (2 * v)));
        const b = round(Math.exp(-((value - m2) ** 2) / (2 * v)));
        return a / (a + b);
      };
      const exact = sample.map((value) => responsibility(value, variance, (y) => y));
      const r = four(responsibility(x, variance, four));
      const all = sample.map((value) => four(responsibility(value, variance, four)));
      const softOf = (rs: readonly number[]) => four(total(sample.map((value, i) => (rs[i] ?? 0) * value))) / four(total(rs));
      const soft = softOf(all);
      const exactSoft = total(sample.map((value, i) => (exact[i] ?? 0) * value)) / total(exact);
      const nearer = (value: number) => Math.abs(value - m1) < Math.abs(value - m2);
      const cluster = sample.filter(nearer);
      const farCluster = sample.filter((value) => !nearer(value));
      const asSd = sample.map((value) => responsibility(value, variance ** 2, (y) => y));
      const weightedMean = (rs: readonly number[]) => total(sample.map((value, i) => (rs[i] ?? 0) * value)) / total(rs);
      return {
        worked: [
          {
            part: "r",
            right: [r, responsibility(x, variance, four)],
            wrong: {
              "hard-assignments": nearer(x) ? 1 : 0,
              "labels-swapped": 1 - (exact[point - 1] ?? 0),
              "sd-for-variance": variance === 1 ? Number.NaN : (asSd[point - 1] ?? Number.NaN),
            },
          },
          {
            part: "softMean1",
            right: [soft],
            wrong: {
              "hard-assignments": mean(cluster),
              "responsibilities-ignored": mean(sample),
              "labels-swapped": weightedMean(exact.map((value) => 1 - value)),
              "divided-by-n": (exactSoft * total(exact)) / sample.length,
              "sd-for-variance": variance === 1 ? Number.NaN : weightedMean(asSd),
              unchanged: m1,
            },
          },
          {
            part: "hardMean1",
            right: [four(mean(cluster)), four(total(cluster)) / cluster.length],
            wrong: {
              "soft-for-hard": exactSoft,
              "labels-swapped": mean(farCluster),
              "responsibilities-ignored": mean(sample),
              unchanged: m1,
            },
          },
        ],
        typedRoute: { r, softMean1: soft, hardMean1: four(mean(cluster)) },
        // The hard 0/1 typed for r: the soft mean worked with it for that point follows through.
        followThrough: (() => {
          const hardR = nearer(x) ? 1 : 0;
          const withHard = sample.map((value, i) => (value === x ? hardR : (all[i] ?? 0)));
          return { answers: { r: hardR, softMean1: four(softOf(withHard)) }, carried: ["softMean1"] };
        })(),
      };
    });
  });

  interface Symmetric {
    counts: number[];
    init: { weights: number[]; lambdas: number[] };
  }

  it("em-symmetric-start: the posterior is the prior weight, the rate is the sample mean", () => {
    const t = template("em-symmetric-start");
    proveOverSeeds(t, (seed): Proof => {
      const { counts, init } = dataOf<Symmetric>(t, seed);
      const [w1 = 0, w2 = 0] = init.weights;
      const rate = init.lambdas[0] ?? 1;
      const largest = Math.max(...counts);
      // Bayes' rule with the (equal) Poisson probability of the largest count written to 4 figures.
      const p = four(poissonPmf(largest, rate));
      const r = four((w1 * p) / (w1 * p + w2 * p));
      const xbar = mean(counts);
      return {
        worked: [
          { part: "r1", right: [r, w1], wrong: { "weights-omitted": 0.5, "labels-swapped": w2, likelihood: poissonPmf(largest, rate) } },
          {
            part: "lambda1",
            right: [four(xbar), four(total(counts.map((x) => r * x))) / four(r * counts.length)],
            wrong: { unchanged: rate, "weighted-total-over-n": w1 * xbar, total: total(counts), "largest-count": largest },
          },
          { part: "weight1", right: [four(mean(counts.map(() => r)))], wrong: { "equal-split": 0.5, "labels-swapped": w2 } },
        ],
        typedRoute: { r1: r, lambda1: four(xbar), weight1: r },
      };
    });
  });

  interface LabelSwitching {
    counts: number[];
    fit: { weights: number[]; lambdas: number[] };
  }

  it("em-label-switching: log-likelihoods summed from 4-figure terms, the averaged fit from a 4-figure rate", () => {
    const t = template("em-label-switching");
    proveOverSeeds(t, (seed): Proof => {
      const { counts, fit } = dataOf<LabelSwitching>(t, seed);
      const [w1 = 0, w2 = 0] = fit.weights;
      const [l1 = 1, l2 = 1] = fit.lambdas;
      // Each count's mixture probability from two 4-figure terms, its log to 4 figures, then the sum.
      const logLik = (weights: readonly number[], rates: readonly number[], round: (v: number) => number) =>
        total(counts.map((x) => round(Math.log(total(weights.map((w, k) => round(w * poissonPmf(x, rates[k] ?? 1))))))));
      const run1 = logLik([w1, w2], [l1, l2], four);
      const run2 = logLik([w2, w1], [l2, l1], four);
      const exactRun1 = logLik([w1, w2], [l1, l2], (v) => v);
      const average = (l1 + l2) / 2;
      const poissonLogLik = (rate: number, round: (v: number) => number) =>
        total(counts.map((x) => round(x * round(Math.log(rate)) - rate - round(logFactorial(x)))));
      const averageFit = poissonLogLik(four(average), four);
      const exactAverageFit = poissonLogLik(average, (v) => v);
      const constants = total(counts.map(logFactorial));
      return {
        worked: [
          {
            part: "run1",
            right: [run1, four(run1)],
            wrong: {
              "likelihood-not-log": Math.exp(exactRun1),
              "constants-omitted": exactRun1 + constants,
              "log-base-10": exactRun1 / Math.LN10,
              "half-swapped": logLik([w1, w2], [l2, l1], (v) => v),
            },
          },
          {
            part: "run2",
            right: [run2, four(run1)],
            wrong: { "half-swapped": logLik([w1, w2], [l2, l1], (v) => v), "log-base-10": exactRun1 / Math.LN10 },
          },
          {
            part: "averageRate",
            right: [four(average)],
            wrong: { "weighted-average": w1 * l1 + w2 * l2, "run-1-only": l1, sum: l1 + l2 },
          },
          {
            part: "averageFit",
            right: [averageFit, four(averageFit)],
            wrong: {
              "likelihood-not-log": Math.exp(exactAverageFit),
              "constants-omitted": exactAverageFit + constants,
              "log-base-10": exactAverageFit / Math.LN10,
              "run-1-fit": exactRun1,
            },
          },
        ],
        typedRoute: { run1, run2, averageRate: four(average), averageFit },
        // Common logs in part 1: part 2 typed as that same number follows through.
        followThrough: {
          answers: { run1: four(exactRun1 / Math.LN10), run2: four(exactRun1 / Math.LN10) },
          carried: ["run2"],
        },
      };
    });
  });
});
