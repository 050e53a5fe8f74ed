// MLE properties, numerical MLEs and the labelled two coins, fair and strict over 1 000 seeds: every
// route the prompts and hints teach, worked here from the served data with each written-down number
// rounded to 4 significant figures, is accepted (alone, and with the earlier parts typed as worked); the
// named and classic mistakes, computed here from the served data, are not. Nothing here calls the
// templates' own formulas: the special functions and the root-finders are written out below.
import { describe, expect, it } from "vitest";
import { getTemplate, type QuestionTemplate } from "@/lib/questions";
import { SEEDS, four, gradedPart, statusOf, typed } from "./shared";

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`${id} is not in the bank`);
  return found;
}
const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const average = (values: readonly number[]) => total(values) / values.length;
const dataOf = <D>(t: QuestionTemplate, seed: number) => t.generate(seed).data as D;
const Z = 1.96;

interface Worked {
  part: string;
  /** Values a careful learner gets by a taught route, by route name: must be accepted. */
  right: Record<string, number>;
  /** Named and classic mistakes, tag → value: must be rejected (NaN where one does not apply). */
  wrong: Record<string, number>;
}

/**
 * Every seed: each route's value accepted for its part and each mistake rejected; then all the parts
 * typed together as the first route worked them, through the template's own grade, so that a part
 * that `uses` earlier ones is checked with the 4-figure earlier answers a learner would have typed.
 */
function prove(t: QuestionTemplate, work: (seed: number) => Worked[]) {
  const problems: string[] = [];
  for (const seed of SEEDS) {
    const worked = work(seed);
    for (const { part, right, wrong } of worked) {
      for (const [route, value] of Object.entries(right)) {
        if (statusOf(t, seed, part, value) !== "correct") problems.push(`seed ${seed} ${part}: ${route} ${value} refused`);
      }
      for (const [tag, value] of Object.entries(wrong)) {
        if (Number.isFinite(value) && statusOf(t, seed, part, value) === "correct")
          problems.push(`seed ${seed} ${part}: ${tag} ${value} accepted`);
      }
    }
    const answers = Object.fromEntries(worked.map(({ part, right }) => [part, typed(Object.values(right)[0] ?? Number.NaN)]));
    const result = t.grade(seed, { ...t.answerKey(seed), ...answers });
    for (const part of result.parts) {
      if (part.id in answers && part.status !== "correct") problems.push(`seed ${seed} ${part.id}: refused after 4-figure earlier answers`);
    }
  }
  expect(problems).toEqual([]);
}

describe("mle-fisher-bernoulli", () => {
  const t = template("mle-fisher-bernoulli");
  it("p̂, the information, the standard error and the Wald upper end from 4-figure values", () => {
    prove(t, (seed): Worked[] => {
      const { successes: k, trials: n } = dataOf<{ successes: number; trials: number }>(t, seed);
      const p = k / n;
      const pWritten = four(p);
      const information = n / (p * (1 - p));
      const infoWritten = four(n / four(pWritten * (1 - pWritten)));
      const se = Math.sqrt((p * (1 - p)) / n);
      const seWritten = four(1 / Math.sqrt(infoWritten));
      return [
        { part: "p", right: { proportion: pWritten }, wrong: { complement: 1 - p, count: k } },
        {
          part: "information",
          right: {
            "n over the 4-figure product": infoWritten,
            "from the 4-figure p̂": n / (pWritten * (1 - pWritten)),
            "n times the 4-figure information of one trial": n * four(1 / four(pWritten * (1 - pWritten))),
          },
          wrong: { "per-observation-information": information / n, "variance-for-information": (p * (1 - p)) / n },
        },
        {
          part: "se",
          right: {
            "one over the root of the 4-figure information": seWritten,
            "root of p̂(1 − p̂)/n written to 4 figures": Math.sqrt(four((pWritten * (1 - pWritten)) / n)),
          },
          wrong: { "variance-not-se": se * se, "n-omitted": Math.sqrt(p * (1 - p)), "information-itself": information },
        },
        {
          part: "upper",
          right: { "p̂ + 1.96 se, both to 4 figures": pWritten + Z * seWritten, "1.96 se written first": pWritten + four(Z * seWritten) },
          wrong: { "lower-not-upper": p - Z * se, "z-omitted": p + se, "variance-for-se": p + Z * se * se },
        },
      ];
    });
  });
});

describe("mle-fisher-poisson", () => {
  const t = template("mle-fisher-poisson");
  it("λ̂, its standard error, the Wald lower end and the standard error with four times the data", () => {
    prove(t, (seed): Worked[] => {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const n = sample.length;
      const lambda = total(sample) / n;
      const lambdaWritten = four(lambda);
      const se = Math.sqrt(lambda / n);
      const seWritten = four(Math.sqrt(lambdaWritten / n));
      return [
        {
          part: "lambda",
          right: { mean: lambdaWritten },
          wrong: { total: total(sample), "n-minus-1": total(sample) / (n - 1), reciprocal: n / total(sample) },
        },
        {
          part: "se",
          right: {
            "root of the 4-figure λ̂/n": seWritten,
            "λ̂/n written first": Math.sqrt(four(lambdaWritten / n)),
            "one over the root of the 4-figure information": 1 / Math.sqrt(four(n / lambdaWritten)),
          },
          wrong: { "variance-not-se": lambda / n, "sd-not-se": Math.sqrt(lambda), "n-minus-1": Math.sqrt(lambda / (n - 1)) },
        },
        {
          part: "lower",
          right: {
            "λ̂ − 1.96 se, both to 4 figures": lambdaWritten - Z * seWritten,
            "1.96 se written first": lambdaWritten - four(Z * seWritten),
          },
          wrong: { "upper-not-lower": lambda + Z * se, "z-omitted": lambda - se, "variance-for-se": lambda - (Z * lambda) / n },
        },
        {
          part: "quadrupled",
          right: { "half the 4-figure se": seWritten / 2, "root of λ̂/(4n)": Math.sqrt(lambdaWritten / (4 * n)) },
          wrong: { "divided-by-four": se / 4, unchanged: se, "variance-divided-by-four": lambda / n / 4 },
        },
      ];
    });
  });
});

describe("mle-invariance-poisson-zero", () => {
  const t = template("mle-invariance-poisson-zero");
  it("λ̂, e^{−λ̂} and P(X ≥ 2) by plug-in, with 4-figure intermediates", () => {
    prove(t, (seed): Worked[] => {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const n = sample.length;
      const lambda = total(sample) / n;
      const written = four(lambda);
      const zero = Math.exp(-lambda);
      const zeroWritten = four(Math.exp(-written));
      const oneWritten = four(written * zeroWritten);
      const atLeastTwo = 1 - zero * (1 + lambda);
      return [
        {
          part: "lambda",
          right: { mean: written },
          wrong: { total: total(sample), "n-minus-1": total(sample) / (n - 1), reciprocal: n / total(sample) },
        },
        {
          part: "probZero",
          right: { "e to the minus 4-figure λ̂": zeroWritten },
          wrong: {
            "empirical-proportion": sample.filter((x) => x === 0).length / n,
            complement: 1 - zero,
            "rate-not-probability": lambda,
          },
        },
        {
          part: "probAtLeastTwo",
          right: {
            "1 − P(0) − P(1), each to 4 figures": 1 - zeroWritten - oneWritten,
            "1 − P(0)(1 + λ̂), the product to 4 figures": 1 - four(zeroWritten * (1 + written)),
          },
          wrong: {
            complement: 1 - atLeastTwo,
            "term-omitted": 1 - zero,
            "exactly-two": (lambda ** 2 / 2) * zero,
            "empirical-proportion": sample.filter((x) => x >= 2).length / n,
          },
        },
      ];
    });
  });
});

describe("mle-map-beta", () => {
  const t = template("mle-map-beta");
  it("the MLE, the posterior mode and the posterior mean", () => {
    prove(t, (seed): Worked[] => {
      const {
        successes: k,
        trials: n,
        priorA: a,
        priorB: b,
      } = dataOf<{ successes: number; trials: number; priorA: number; priorB: number }>(t, seed);
      const mode = (k + a - 1) / (n + a + b - 2);
      const posteriorMean = (k + a) / (n + a + b);
      return [
        // With no success the count is the proportion (both 0): no answer can tell them apart.
        { part: "mle", right: { proportion: four(k / n) }, wrong: { complement: (n - k) / n, count: k === 0 ? Number.NaN : k } },
        {
          part: "map",
          right: { "posterior mode": four(mode) },
          wrong: {
            "mean-not-mode": posteriorMean,
            "prior-for-posterior": (a - 1) / (a + b - 2),
            "prior-ignored": k / n,
            complement: 1 - mode,
          },
        },
        {
          part: "posteriorMean",
          right: { "α/(α + β) of the posterior": four(posteriorMean) },
          wrong: { "mode-not-mean": mode, "prior-for-posterior": a / (a + b), "prior-ignored": k / n, complement: 1 - posteriorMean },
        },
      ];
    });
  });
});

describe("mle-variance-bias", () => {
  const t = template("mle-variance-bias");
  it("σ̂² from squared deviations about the 4-figure mean, s², and E[σ̂²]", () => {
    prove(t, (seed): Worked[] => {
      const { sample, trueVariance } = dataOf<{ sample: number[]; trueVariance: number }>(t, seed);
      const n = sample.length;
      const mean = average(sample);
      const squares = sample.map((x) => four((x - four(mean)) ** 2));
      const variance = total(sample.map((x) => (x - mean) ** 2)) / n;
      const varianceWritten = total(squares) / n;
      return [
        {
          part: "variance",
          right: { "4-figure squares": varianceWritten, "4-figure sum of squares": four(total(squares)) / n },
          wrong: {
            "n-minus-1": (variance * n) / (n - 1),
            "sd-not-variance": Math.sqrt(variance),
            "sum-not-average": variance * n,
          },
        },
        {
          part: "unbiased",
          right: {
            "rescaled 4-figure σ̂²": (four(varianceWritten) * n) / (n - 1),
            "sum of squares over n − 1": four(total(squares)) / (n - 1),
          },
          wrong: {
            "factor-inverted": (variance * (n - 1)) / n,
            "mle-unchanged": variance,
            "sd-not-variance": Math.sqrt((variance * n) / (n - 1)),
          },
        },
        {
          part: "expectation",
          right: { "(n − 1)/n σ²": four(((n - 1) / n) * trueVariance) },
          wrong: {
            "unbiased-assumed": trueVariance,
            "factor-inverted": (n / (n - 1)) * trueVariance,
            "bias-not-expectation": -trueVariance / n,
          },
        },
      ];
    });
  });

  it("follows through from σ̂² divided by n − 1 (a named mistake) into s²", () => {
    for (const seed of SEEDS) {
      const { sample } = dataOf<{ sample: number[] }>(t, seed);
      const n = sample.length;
      const wrongVariance = total(sample.map((x) => (x - average(sample)) ** 2)) / (n - 1);
      const part = gradedPart(
        t,
        seed,
        { variance: typed(wrongVariance), unbiased: typed((four(wrongVariance) * n) / (n - 1)) },
        "unbiased",
      );
      expect(part, `seed ${seed}`).toMatchObject({ status: "correct", carriedForward: true });
    }
  });
});

// ψ and ψ′ for x > 0: the recurrences ψ(x) = ψ(x + 1) − 1/x and ψ′(x) = ψ′(x + 1) + 1/x² up to x ≥ 8,
// then the asymptotic series of Abramowitz & Stegun (1964), 6.3.18 and 6.4.12.
function digammaOf(x: number): number {
  let shift = 0;
  let y = x;
  for (; y < 8; y += 1) shift -= 1 / y;
  const inv2 = 1 / (y * y);
  return shift + Math.log(y) - 1 / (2 * y) - inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 / 132))));
}
function trigammaOf(x: number): number {
  let shift = 0;
  let y = x;
  for (; y < 8; y += 1) shift += 1 / (y * y);
  const inv2 = 1 / (y * y);
  return shift + 1 / y + inv2 / 2 + (inv2 / y) * (1 / 6 - inv2 * (1 / 30 - inv2 * (1 / 42 - inv2 / 30)));
}

describe("special functions of the gamma test", () => {
  it("agree with known values: ψ(1) = −γ, ψ(1/2) = −γ − 2 log 2, ψ′(1) = π²/6, ψ′(1/2) = π²/2", () => {
    const euler = 0.5772156649015329;
    expect(digammaOf(1)).toBeCloseTo(-euler, 10);
    expect(digammaOf(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 10);
    expect(trigammaOf(1)).toBeCloseTo(Math.PI ** 2 / 6, 10);
    expect(trigammaOf(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 10);
  });
});

interface GammaData {
  sample: number[];
  alpha0: number;
  digamma0: number;
  trigamma0: number;
}

describe("gamma-shape-newton", () => {
  const t = template("gamma-shape-newton");

  /** The root of log α − ψ(α) = s (decreasing in α), by bisection. */
  function shapeRoot(s: number): number {
    let [low, high] = [1e-3, 1e3];
    for (let i = 0; i < 200; i += 1) {
      const middle = Math.sqrt(low * high);
      if (Math.log(middle) - digammaOf(middle) > s) low = middle;
      else high = middle;
    }
    return Math.sqrt(low * high);
  }

  it("serves ψ(α₀) and ψ′(α₀) to 4 decimals, starts below the MLE, and one step moves towards it", () => {
    for (const seed of SEEDS) {
      const { sample, alpha0, digamma0, trigamma0 } = dataOf<GammaData>(t, seed);
      expect(Math.abs(digamma0 - digammaOf(alpha0)), `seed ${seed} ψ`).toBeLessThanOrEqual(0.5e-4 + 1e-12);
      expect(Math.abs(trigamma0 - trigammaOf(alpha0)), `seed ${seed} ψ′`).toBeLessThanOrEqual(0.5e-4 + 1e-12);
      const s = Math.log(average(sample)) - average(sample.map(Math.log));
      const mle = shapeRoot(s);
      const next = Number(t.answerKey(seed).next);
      expect(alpha0, `seed ${seed}`).toBeLessThan(mle);
      expect(next, `seed ${seed}`).toBeGreaterThan(alpha0);
    }
  });

  it("s from 4-figure logs, one Newton step from 4-figure f and f′, and the rate", () => {
    prove(t, (seed): Worked[] => {
      const { sample, alpha0, digamma0, trigamma0 } = dataOf<GammaData>(t, seed);
      const mean = average(sample);
      const s = Math.log(mean) - average(sample.map(Math.log));
      const meanWritten = four(mean);
      const sWritten = four(four(Math.log(meanWritten)) - four(average(sample.map((x) => four(Math.log(x))))));
      const stepFrom = (gap: number) => {
        const f = four(four(Math.log(alpha0)) - digamma0 - gap);
        const slope = four(four(1 / alpha0) - trigamma0);
        return { forward: alpha0 - f / slope, backward: alpha0 + f / slope };
      };
      const exactStep = (Math.log(alpha0) - digamma0 - s) / (1 / alpha0 - trigamma0);
      const fromData = stepFrom(sWritten);
      const fromTypedS = stepFrom(four(s));
      return [
        {
          part: "s",
          right: { "4-figure logs": sWritten, "exact logs": four(s) },
          wrong: { "log-base-10": s / Math.LN10, reversed: -s },
        },
        {
          part: "next",
          right: { "from the data, 4 figures throughout": fromData.forward, "from the 4-figure s": fromTypedS.forward },
          wrong: { "wrong-sign-step": alpha0 + exactStep, "start-not-step": alpha0 },
        },
        {
          part: "rate",
          right: {
            "4-figure α₁ over 4-figure x̄": four(fromData.forward) / meanWritten,
            "from the 4-figure s": four(fromTypedS.forward) / meanWritten,
          },
          wrong: {
            "scale-not-rate": mean / (alpha0 - exactStep),
            "start-not-step": alpha0 / mean,
            "wrong-sign-step": (alpha0 + exactStep) / mean,
          },
        },
      ];
    });
  });
});

describe("weibull-shape-bracket", () => {
  const t = template("weibull-shape-bracket");
  const score = (sample: readonly number[], k: number, log: (x: number) => number = Math.log) =>
    total(sample.map((x) => x ** k * log(x))) / total(sample.map((x) => x ** k)) - 1 / k - average(sample.map(log));

  /** The shape MLE: the root of the increasing profile score, by bisection. */
  function shapeRoot(sample: readonly number[]): number {
    let [low, high] = [1e-2, 1e2];
    for (let i = 0; i < 200; i += 1) {
      const middle = Math.sqrt(low * high);
      if (score(sample, middle) < 0) low = middle;
      else high = middle;
    }
    return Math.sqrt(low * high);
  }

  it("the scale at k₀ and g(k₀) from a 4-figure table", () => {
    prove(t, (seed): Worked[] => {
      const { sample, k0 } = dataOf<{ sample: number[]; k0: number }>(t, seed);
      const n = sample.length;
      const powers = sample.map((x) => four(x ** k0));
      const logs = sample.map((x) => four(Math.log(x)));
      const powerMean = total(sample.map((x) => x ** k0)) / n;
      const scale = powerMean ** (1 / k0);
      const g = score(sample, k0);
      const weighted = four(total(sample.map((_, i) => four((powers[i] ?? 0) * (logs[i] ?? 0)))));
      const gWritten = four(weighted / four(total(powers))) - 1 / k0 - four(average(logs));
      return [
        {
          part: "scale",
          right: { "root of the 4-figure power mean": four(four(total(powers) / n) ** (1 / k0)), exact: four(scale) },
          wrong: {
            "root-omitted": k0 === 1 ? Number.NaN : powerMean,
            "mean-not-power-mean": k0 === 1 ? Number.NaN : average(sample),
            "n-minus-1": (total(sample.map((x) => x ** k0)) / (n - 1)) ** (1 / k0),
          },
        },
        {
          part: "profileScore",
          right: { "4-figure table": gWritten },
          wrong: {
            "term-omitted": g + 1 / k0,
            "wrong-sign": -g,
            "weights-omitted": -1 / k0,
            "log-base-10": score(sample, k0, Math.log10),
          },
        },
      ];
    });
  });

  it("keys the side of k₀ the MLE lies on, found here by bisection", () => {
    const direction = (seed: number, choice: string) =>
      t.grade(seed, { ...t.answerKey(seed), direction: [choice] }).parts.find((part) => part.id === "direction")?.status;
    for (const seed of SEEDS) {
      const { sample, k0 } = dataOf<{ sample: number[]; k0: number }>(t, seed);
      const side = shapeRoot(sample) > k0 ? "above" : "below";
      expect(direction(seed, side), `seed ${seed}`).toBe("correct");
      expect(direction(seed, side === "above" ? "below" : "above"), `seed ${seed}`).toBe("incorrect");
      expect(direction(seed, "cannot-tell"), `seed ${seed}`).toBe("incorrect");
    }
  });
});

interface LabelledCoins {
  heads: number[];
  tosses: number[];
  coins: ("A" | "B")[];
}

describe("em-labelled-coins", () => {
  const t = template("em-labelled-coins");
  const choose = (n: number, k: number): number => (k === 0 ? 1 : (choose(n, k - 1) * (n - k + 1)) / k);

  it("each coin's MLE, and both log-likelihoods worked from the 4-figure estimates", () => {
    prove(t, (seed): Worked[] => {
      const { heads, tosses, coins } = dataOf<LabelledCoins>(t, seed);
      const own = (coin: "A" | "B") => ({
        heads: total(heads.filter((_, i) => coins[i] === coin)),
        tosses: total(tosses.filter((_, i) => coins[i] === coin)),
      });
      const a = own("A");
      const b = own("B");
      const thetaA = a.heads / a.tosses;
      const thetaB = b.heads / b.tosses;
      const [wA, wB] = [four(thetaA), four(thetaB)];
      const m = heads.length;
      const logChooses = heads.map((h, i) => Math.log(choose(tosses[i] ?? 0, h)));
      const trial = (theta: number, i: number) =>
        0.5 * choose(tosses[i] ?? 0, heads[i] ?? 0) * theta ** (heads[i] ?? 0) * (1 - theta) ** ((tosses[i] ?? 0) - (heads[i] ?? 0));
      const thetaOf = (i: number, pA: number, pB: number) => (coins[i] === "A" ? pA : pB);
      const complete = total(heads.map((_, i) => Math.log(trial(thetaOf(i, thetaA, thetaB), i))));
      const observed = total(heads.map((_, i) => Math.log(trial(thetaA, i) + trial(thetaB, i))));
      // Grouped by coin as the hint writes it, each product and log written down to 4 figures.
      const coinTerms = (theta: number, c: { heads: number; tosses: number }) =>
        four(c.heads * four(Math.log(theta))) + four((c.tosses - c.heads) * four(Math.log(1 - theta)));
      const grouped = four(m * four(Math.log(0.5))) + four(total(logChooses.map(four))) + coinTerms(wA, a) + coinTerms(wB, b);
      const perTrial = total(heads.map((_, i) => four(Math.log(four(trial(thetaOf(i, wA, wB), i))))));
      const observedWorked = total(heads.map((_, i) => four(Math.log(four(trial(wA, i)) + four(trial(wB, i))))));
      const hard = total(heads.map((_, i) => Math.log(Math.max(trial(thetaA, i), trial(thetaB, i)))));
      return [
        {
          part: "thetaA",
          right: { "heads over tosses": wA },
          wrong: {
            "labels-ignored": total(heads) / total(tosses),
            "labels-swapped": thetaB,
            "count-not-proportion": a.heads,
            complement: 1 - thetaA,
          },
        },
        {
          part: "thetaB",
          right: { "heads over tosses": wB },
          wrong: {
            "labels-ignored": total(heads) / total(tosses),
            "labels-swapped": thetaA,
            "count-not-proportion": b.heads,
            complement: 1 - thetaB,
          },
        },
        {
          part: "complete",
          right: { "grouped by coin": grouped, "trial by trial": perTrial },
          wrong: {
            "likelihood-not-log": Math.exp(complete),
            "constants-omitted": complete - total(logChooses),
            "weights-omitted": complete + m * Math.LN2,
            "log-base-10": complete / Math.LN10,
            "observed-for-complete": observed,
          },
        },
        {
          part: "observed",
          right: { "trial by trial": observedWorked },
          wrong: {
            "likelihood-not-log": Math.exp(observed),
            "complete-for-observed": complete,
            "log-base-10": observed / Math.LN10,
            "hard-assignments": hard,
          },
        },
      ];
    });
  });
});

/** Earlier answers that are wrong but plausible, and a later part worked from them as taught. */
interface Carried {
  id: string;
  part: string;
  earlier: (data: never) => Record<string, number>;
  later: (data: never, earlier: Record<string, number>) => number;
}

const CARRIED: Carried[] = [
  {
    id: "mle-fisher-bernoulli",
    part: "information",
    earlier: ({ successes, trials }: { successes: number; trials: number }) => ({ p: successes / trials + 0.05 }),
    later: ({ trials }: { trials: number }, { p = 0 }) => trials / (p * (1 - p)),
  },
  {
    id: "mle-fisher-poisson",
    part: "se",
    earlier: ({ sample }: { sample: number[] }) => ({ lambda: total(sample) / (sample.length - 1) }),
    later: ({ sample }: { sample: number[] }, { lambda = 0 }) => Math.sqrt(lambda / sample.length),
  },
  {
    id: "mle-invariance-poisson-zero",
    part: "probZero",
    earlier: ({ sample }: { sample: number[] }) => ({ lambda: average(sample) + 0.2 }),
    later: (_data: unknown, { lambda = 0 }) => Math.exp(-lambda),
  },
  {
    id: "gamma-shape-newton",
    part: "next",
    earlier: ({ sample }: GammaData) => ({ s: 1.1 * (Math.log(average(sample)) - average(sample.map(Math.log))) }),
    later: ({ alpha0, digamma0, trigamma0 }: GammaData, { s = 0 }) => alpha0 - (Math.log(alpha0) - digamma0 - s) / (1 / alpha0 - trigamma0),
  },
];

describe.each(CARRIED)("$id: $part follows through from a wrong but plausible earlier answer", ({ id, part, earlier, later }) => {
  it("is correct (given the earlier answer, where that matters) on every seed", () => {
    const t = template(id);
    const problems: string[] = [];
    let carriedSeeds = 0;
    for (const seed of SEEDS) {
      const data = dataOf<never>(t, seed);
      const wrong = earlier(data);
      const answers = Object.fromEntries(Object.entries(wrong).map(([key, value]) => [key, typed(value)]));
      const value = later(data, wrong);
      const graded = gradedPart(t, seed, { ...answers, [part]: typed(value) }, part);
      // Where the part is flat in the earlier value (p(1 − p) near p = ½) the answer is right outright.
      const carried = statusOf(t, seed, part, value) !== "correct";
      if (carried) carriedSeeds += 1;
      if (graded.status !== "correct" || graded.carriedForward !== (carried || undefined))
        problems.push(`seed ${seed}: ${graded.status}${graded.carriedForward ? ", carried" : ""}`);
    }
    expect(problems).toEqual([]);
    // The wrong earlier answers are wrong enough to matter on most seeds.
    expect(carriedSeeds).toBeGreaterThan(SEEDS.length / 2);
  });
});
