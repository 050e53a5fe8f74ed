// The failures an independent solver found (issue 10), each reproduced with its seed and then proven
// over 1 000 seeds, and the EM M-steps worked from 4-figure responsibilities: routes the hints teach,
// worked here with every written-down number rounded to 4 significant figures, are accepted; the named
// mistakes, computed here from the served data, are not.
import { describe, expect, it } from "vitest";
import { getTemplate, type QuestionTemplate } from "@/lib/questions";
import { SEEDS, four, gradedPart, statusOf, typed } from "./shared";

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`${id} is not in the bank`);
  return found;
}

const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const keyNumber = (t: QuestionTemplate, seed: number, part: string) => Number(t.answerKey(seed)[part]);
const dataOf = <D>(t: QuestionTemplate, seed: number) => t.generate(seed).data as D;

describe("em-complete-vs-observed: the gap of two 4-figure log-likelihoods", () => {
  const t = template("em-complete-vs-observed");
  // Part 2 minus part 1, both as typed to 4 significant figures, then the difference to 3 or 4 figures.
  const route = (seed: number, figures: number) =>
    Number((four(keyNumber(t, seed, "observed")) - four(keyNumber(t, seed, "complete"))).toPrecision(figures));

  it.each([4, 12, 28])("seed %i accepts the hinted subtraction", (seed) => {
    for (const figures of [3, 4]) expect(statusOf(t, seed, "gap", route(seed, figures))).toBe("correct");
  });

  it("accepts it on every seed, and rejects the reversed gap", () => {
    for (const seed of SEEDS) {
      expect(statusOf(t, seed, "gap", route(seed, 4)), `seed ${seed}`).toBe("correct");
      expect(statusOf(t, seed, "gap", -keyNumber(t, seed, "gap")), `seed ${seed}`).not.toBe("correct");
    }
  });
});

interface TwoCoins {
  heads: number[];
  tosses: number[];
  init: { thetaA: number; thetaB: number };
  trial: number;
}

describe("em-two-coins-iteration: θ_B by the hinted shortcut", () => {
  const t = template("em-two-coins-iteration");
  /** Every trial's posterior of coin A (equal priors), written down to 4 figures. */
  const responsibilities = ({ heads, tosses, init }: TwoCoins) =>
    heads.map((h, i) => {
      const n = tosses[i] ?? 0;
      const a = init.thetaA ** h * (1 - init.thetaA) ** (n - h);
      const b = init.thetaB ** h * (1 - init.thetaB) ** (n - h);
      return four(a / (a + b));
    });
  function routes(seed: number) {
    const data = dataOf<TwoCoins>(t, seed);
    const r = responsibilities(data);
    const headsA = four(total(data.heads.map((h, i) => (r[i] ?? 0) * h)));
    const tossesA = four(total(data.tosses.map((n, i) => (r[i] ?? 0) * n)));
    const shortcut = (total(data.heads) - headsA) / (total(data.tosses) - tossesA);
    const direct =
      four(total(data.heads.map((h, i) => (1 - (r[i] ?? 0)) * h))) / four(total(data.tosses.map((n, i) => (1 - (r[i] ?? 0)) * n)));
    const hardB = (() => {
      const chosen = data.heads.map((_, i) => (r[i] ?? 0) <= 0.5);
      return total(data.heads.filter((_, i) => chosen[i])) / total(data.tosses.filter((_, i) => chosen[i]));
    })();
    return { data, r, headsA, tossesA, thetaA: headsA / tossesA, shortcut, direct, hardB };
  }

  it("seed 25 accepts the shortcut that loses figures when coin B gets almost nothing", () => {
    const { shortcut, direct } = routes(25);
    expect(statusOf(t, 25, "thetaB", shortcut)).toBe("correct");
    expect(statusOf(t, 25, "thetaB", direct)).toBe("correct");
  });

  it("accepts both routes on every seed, and rejects hard assignments and coin A's value", () => {
    for (const seed of SEEDS) {
      const { shortcut, direct, thetaA, hardB, headsA } = routes(seed);
      expect(statusOf(t, seed, "headsA", headsA), `seed ${seed} headsA`).toBe("correct");
      expect(statusOf(t, seed, "thetaA", thetaA), `seed ${seed} thetaA`).toBe("correct");
      expect(statusOf(t, seed, "thetaB", shortcut), `seed ${seed} shortcut`).toBe("correct");
      expect(statusOf(t, seed, "thetaB", direct), `seed ${seed} direct`).toBe("correct");
      expect(statusOf(t, seed, "thetaA", keyNumber(t, seed, "thetaB")), `seed ${seed} swapped`).not.toBe("correct");
      if (Number.isFinite(hardB)) expect(statusOf(t, seed, "thetaB", hardB), `seed ${seed} hard`).not.toBe("correct");
    }
  });
});

interface Logistic {
  x: number[];
  y: number[];
  beta0: number;
}

describe("logistic-slope-newton: one Newton step from a 4-figure score and information", () => {
  const t = template("logistic-slope-newton");
  const sigmoid = (eta: number) => 1 / (1 + Math.exp(-eta));
  function step(seed: number) {
    const { x, y, beta0 } = dataOf<Logistic>(t, seed);
    const p = x.map((xi) => sigmoid(beta0 * xi));
    const score = four(total(x.map((xi, i) => ((y[i] ?? 0) - (p[i] ?? 0)) * xi)));
    const information = four(total(x.map((xi, i) => (p[i] ?? 0) * (1 - (p[i] ?? 0)) * xi * xi)));
    return { beta0, score, information, next: beta0 + score / information };
  }

  it.each([174, 194])("seed %i accepts β₀ + score/information", (seed) => {
    expect(statusOf(t, seed, "next", step(seed).next)).toBe("correct");
  });

  it("accepts it on every seed, and rejects the step the wrong way and the plain gradient step", () => {
    for (const seed of SEEDS) {
      const { beta0, score, information, next } = step(seed);
      expect(statusOf(t, seed, "next", next), `seed ${seed}`).toBe("correct");
      expect(statusOf(t, seed, "next", beta0 - score / information), `seed ${seed} wrong way`).not.toBe("correct");
      expect(statusOf(t, seed, "next", beta0 + score), `seed ${seed} gradient`).not.toBe("correct");
    }
  });
});

describe("em-lower-bound: ℓ(θ⁽¹⁾) is not the bound", () => {
  const t = template("em-lower-bound");
  it("rejects ℓ(θ⁽¹⁾) typed for B(q, θ⁽¹⁾) on every seed, and names it", () => {
    for (const seed of SEEDS) {
      const after = keyNumber(t, seed, "after");
      expect(statusOf(t, seed, "bound", after), `seed ${seed}`).toBe("incorrect");
      expect(gradedPart(t, seed, { bound: typed(after) }, "bound").mistake, `seed ${seed}`).toBe("loglik-for-bound");
    }
  });
});

describe("mle-lognormal", () => {
  const t = template("mle-lognormal");
  const mean = (values: readonly number[]) => total(values) / values.length;
  function route(seed: number) {
    const { sample } = dataOf<{ sample: number[] }>(t, seed);
    const logs = sample.map((x) => four(Math.log(x)));
    const meanlog = four(mean(logs));
    const variance = four(mean(logs.map((y) => four((y - meanlog) ** 2))));
    const sdlog = four(Math.sqrt(variance));
    return { sample, meanlog, sdlog, mean: Math.exp(meanlog + variance / 2) };
  }

  it("accepts the 4-figure route and rejects the plain sample mean and the log of the mean, on every seed", () => {
    for (const seed of SEEDS) {
      const worked = route(seed);
      expect(statusOf(t, seed, "meanlog", worked.meanlog), `seed ${seed} meanlog`).toBe("correct");
      expect(statusOf(t, seed, "sdlog", worked.sdlog), `seed ${seed} sdlog`).toBe("correct");
      expect(statusOf(t, seed, "mean", worked.mean), `seed ${seed} mean`).toBe("correct");
      expect(statusOf(t, seed, "mean", mean(worked.sample)), `seed ${seed} sample mean`).not.toBe("correct");
      expect(statusOf(t, seed, "meanlog", Math.log(mean(worked.sample))), `seed ${seed} log of mean`).not.toBe("correct");
    }
  });

  it("gives no follow-through credit from nonsense earlier answers", () => {
    // Issue 10: 123456789 in parts 1 and 2 made part 2 "correct, given your answer to part 1" (the spread of
    // the logs about 123456789 is about 123456789).
    for (const seed of SEEDS.slice(0, 50)) {
      const result = t.grade(seed, { meanlog: "123456789", sdlog: "123456789", mean: "123456789" });
      expect(
        result.parts.map((part) => part.status),
        `seed ${seed}`,
      ).toEqual(["incorrect", "incorrect", "incorrect"]);
      expect(result.parts.some((part) => part.carriedForward)).toBe(false);
    }
  });

  it("still follows through from a plausible wrong log-mean", () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const wrong = keyNumber(t, seed, "meanlog") + 0.3;
      const sdlog = Math.sqrt(mean(sample.map((x) => (Math.log(x) - wrong) ** 2)));
      const part = gradedPart(t, seed, { meanlog: String(wrong), sdlog: String(sdlog) }, "sdlog");
      expect(part, `seed ${seed}`).toMatchObject({ status: "correct", carriedForward: true });
    }
  });
});

interface BinomialMixture {
  successes: number[];
  trials: number[];
  init: { weights: number[]; thetas: number[] };
  row: number;
}

describe("em-binomial-mixture-weights: weights and proportions", () => {
  const t = template("em-binomial-mixture-weights");
  it("accepts 4-figure routes and rejects trial-weighted weights and averaged or unweighted proportions", () => {
    for (const seed of SEEDS) {
      const { successes, trials, init } = dataOf<BinomialMixture>(t, seed);
      const [w1 = 0, w2 = 0] = init.weights;
      const [t1 = 0, t2 = 0] = init.thetas;
      // The binomial coefficient cancels in the responsibility.
      const r = successes.map((h, i) => {
        const n = trials[i] ?? 0;
        const a = w1 * t1 ** h * (1 - t1) ** (n - h);
        const b = w2 * t2 ** h * (1 - t2) ** (n - h);
        return four(a / (a + b));
      });
      const weight = mean4(r);
      const theta1 = four(total(successes.map((h, i) => (r[i] ?? 0) * h))) / four(total(trials.map((n, i) => (r[i] ?? 0) * n)));
      expect(statusOf(t, seed, "weight1", weight), `seed ${seed} weight`).toBe("correct");
      expect(statusOf(t, seed, "theta1", theta1), `seed ${seed} theta1`).toBe("correct");
      const trialWeighted = total(r.map((value, i) => value * (trials[i] ?? 0))) / total(trials);
      const averaged = total(successes.map((h, i) => (r[i] ?? 0) * (h / (trials[i] ?? 1)))) / total(r);
      const pooled = total(successes) / total(trials);
      expect(statusOf(t, seed, "weight1", trialWeighted), `seed ${seed} trial-weighted`).not.toBe("correct");
      expect(statusOf(t, seed, "theta1", averaged), `seed ${seed} averaged`).not.toBe("correct");
      expect(statusOf(t, seed, "theta1", pooled), `seed ${seed} unweighted`).not.toBe("correct");
    }
  });
  const mean4 = (values: readonly number[]) => total(values) / values.length;
});

interface GmmIteration {
  sample: number[];
  init: { weights: number[]; means: number[]; variances: number[] };
}

describe("em-gmm-iteration: the variance about the new mean", () => {
  const t = template("em-gmm-iteration");
  it("rejects the variance about the old mean and divided by N − 1, on every seed", () => {
    for (const seed of SEEDS) {
      const { sample, init } = dataOf<GmmIteration>(t, seed);
      const density = (x: number, k: number) =>
        ((init.weights[k] ?? 0) * Math.exp(-((x - (init.means[k] ?? 0)) ** 2) / (2 * (init.variances[k] ?? 1)))) /
        Math.sqrt(2 * Math.PI * (init.variances[k] ?? 1));
      const r = sample.map((x) => density(x, 0) / (density(x, 0) + density(x, 1)));
      const count = total(r);
      const newMean = total(sample.map((x, i) => (r[i] ?? 0) * x)) / count;
      const oldMean = init.means[0] ?? 0;
      const aboutOld = total(sample.map((x, i) => (r[i] ?? 0) * (x - oldMean) ** 2)) / count;
      const variance = total(sample.map((x, i) => (r[i] ?? 0) * (x - newMean) ** 2)) / count;
      expect(statusOf(t, seed, "variance1", variance), `seed ${seed}`).toBe("correct");
      if (Math.abs(aboutOld - variance) > 1e-9)
        expect(statusOf(t, seed, "variance1", aboutOld), `seed ${seed} old mean`).not.toBe("correct");
      expect(statusOf(t, seed, "variance1", (variance * count) / (count - 1)), `seed ${seed} n − 1`).not.toBe("correct");
    }
  });
});

describe("em-gmm-iteration: the M-step from responsibilities written to 4 figures", () => {
  const t = template("em-gmm-iteration");
  it("accepts weight, mean and variance worked from 4-figure responsibilities, on every seed", () => {
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const { sample, init } = dataOf<GmmIteration>(t, seed);
      const density = (x: number, k: number) =>
        ((init.weights[k] ?? 0) * Math.exp(-((x - (init.means[k] ?? 0)) ** 2) / (2 * (init.variances[k] ?? 1)))) /
        Math.sqrt(2 * Math.PI * (init.variances[k] ?? 1));
      const r = sample.map((x) => four(density(x, 0) / (density(x, 0) + density(x, 1))));
      const count = four(total(r));
      const mean = four(total(sample.map((x, i) => (r[i] ?? 0) * x))) / count;
      const variance = four(total(sample.map((x, i) => four((r[i] ?? 0) * (x - four(mean)) ** 2)))) / count;
      if (statusOf(t, seed, "weight1", count / sample.length) !== "correct") problems.push(`seed ${seed} weight1`);
      if (statusOf(t, seed, "mean1", mean) !== "correct") problems.push(`seed ${seed} mean1`);
      if (statusOf(t, seed, "variance1", variance) !== "correct") problems.push(`seed ${seed} variance1`);
    }
    expect(problems).toEqual([]);
  });
});

describe("em-poisson-mixture-step: the M-step from responsibilities written to 4 figures", () => {
  const t = template("em-poisson-mixture-step");
  const logFactorial = (k: number) => total(Array.from({ length: k }, (_, i) => Math.log(i + 1)));
  it("accepts weight and rates worked from 4-figure responsibilities, and rejects hard assignments, on every seed", () => {
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const { counts, init } = dataOf<{ counts: number[]; init: { weights: number[]; lambdas: number[] } }>(t, seed);
      const joint = (x: number, k: number) =>
        (init.weights[k] ?? 0) * Math.exp(x * Math.log(init.lambdas[k] ?? 1) - (init.lambdas[k] ?? 1) - logFactorial(x));
      const exact = counts.map((x) => joint(x, 0) / (joint(x, 0) + joint(x, 1)));
      const r = exact.map(four);
      const n1 = four(total(r));
      const n2 = four(total(r.map((value) => 1 - value)));
      const lambda1 = four(total(counts.map((x, i) => (r[i] ?? 0) * x))) / n1;
      const lambda2 = four(total(counts.map((x, i) => (1 - (r[i] ?? 0)) * x))) / n2;
      const hard = counts.filter((_, i) => (exact[i] ?? 0) > 0.5);
      if (statusOf(t, seed, "weight1", n1 / counts.length) !== "correct") problems.push(`seed ${seed} weight1`);
      if (statusOf(t, seed, "lambda1", lambda1) !== "correct") problems.push(`seed ${seed} lambda1`);
      if (statusOf(t, seed, "lambda2", lambda2) !== "correct") problems.push(`seed ${seed} lambda2`);
      if (hard.length > 0 && statusOf(t, seed, "lambda1", total(hard) / hard.length) === "correct")
        problems.push(`seed ${seed} hard accepted`);
    }
    expect(problems).toEqual([]);
  });
});

describe("em-lower-bound: the bound worked term by term to 4 figures", () => {
  const t = template("em-lower-bound");
  const logFactorial = (k: number) => total(Array.from({ length: k }, (_, i) => Math.log(i + 1)));
  it("accepts q, ℓ(θ⁽⁰⁾), B(q, θ⁽¹⁾) and ℓ(θ⁽¹⁾) from 4-figure terms, on every seed", () => {
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const { counts, before, after } = dataOf<{
        counts: number[];
        before: { pi: number; lambda: number };
        after: { pi: number; lambda: number };
      }>(t, seed);
      const zeros = counts.filter((x) => x === 0).length;
      const positives = counts.filter((x) => x > 0);
      const q = four(before.pi / (before.pi + (1 - before.pi) * Math.exp(-before.lambda)));
      const positive = ({ pi, lambda }: { pi: number; lambda: number }) =>
        four(total(positives.map((x) => four(Math.log(1 - pi) + x * Math.log(lambda) - lambda - logFactorial(x)))));
      const loglik = (params: { pi: number; lambda: number }) =>
        zeros * four(Math.log(params.pi + (1 - params.pi) * Math.exp(-params.lambda))) + positive(params);
      const zeroTerm = four(q * Math.log(after.pi / q) + (1 - q) * Math.log(((1 - after.pi) * Math.exp(-after.lambda)) / (1 - q)));
      const bound = zeros * zeroTerm + positive(after);
      if (statusOf(t, seed, "q", q) !== "correct") problems.push(`seed ${seed} q`);
      if (statusOf(t, seed, "before", loglik(before)) !== "correct") problems.push(`seed ${seed} before`);
      if (statusOf(t, seed, "bound", bound) !== "correct") problems.push(`seed ${seed} bound`);
      if (statusOf(t, seed, "after", loglik(after)) !== "correct") problems.push(`seed ${seed} after`);
    }
    expect(problems).toEqual([]);
  });
});
