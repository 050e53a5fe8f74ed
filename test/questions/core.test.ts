// The eight core templates of docs/question-api.md, checked from the outside.
// - The contract: exact data fields and part ids.
// - Over 100 seeds, the answers are recomputed HERE from the served JSON data with plain loops and the
//   textbook formulas (never the templates' code): they grade "correct", so do the same answers rounded
//   to 4 significant figures, and so does a learner who rounds every intermediate quantity to 4
//   significant figures on the way (the fairness of the 0.5 % tolerance).
// - Every named mistake, recomputed here, is recognised with its tag on at least one seed.
// - The truths agree with lib/estimation (runJob), including Do & Batzoglou's published two-coin step.
import { describe, expect, it } from "vitest";
import { runJob } from "@/lib/estimation";
import { getTemplate, type Answers, type QuestionTemplate } from "@/lib/questions";
import * as twoCoins from "@/lib/questions/templates/em-steps/em-two-coins-step";
import * as mStep from "@/lib/questions/templates/em-steps/gmm-m-step";
import * as responsibility from "@/lib/questions/templates/em-steps/gmm-responsibility";

const SEEDS = Array.from({ length: 100 }, (_, i) => i * 104729 + 3);

type Data = Record<string, unknown>;
type Values = Record<string, number>;

/** 4 significant figures, as a learner would write them. */
const sig4 = (x: number) => Number(x.toPrecision(4));

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

/** The data exactly as the API serves them. */
const served = (t: QuestionTemplate, seed: number): Data => JSON.parse(JSON.stringify(t.generate(seed).data)) as Data;

const numbers = (value: unknown) => value as number[];

function total(values: readonly number[]): number {
  let sum = 0;
  for (const x of values) sum += x;
  return sum;
}

// ---- Independent answers (plain loops on the served data) ----------------------------------------

function normalAnswers(sample: number[], round: (x: number) => number = (x) => x): Values {
  const mean = round(total(sample) / sample.length);
  let squares = 0;
  for (const x of sample) squares = round(squares + round(round(x - mean) ** 2));
  return { mean, variance: round(squares / sample.length) };
}

/** One EM iteration of the two-coin experiment (Do & Batzoglou 2008, Fig. 1b), each step rounded by `round`. */
function twoCoinAnswers(data: Data, round: (x: number) => number = (x) => x): Values {
  const heads = numbers(data.heads);
  const tosses = numbers(data.tosses);
  const { thetaA, thetaB } = data.init as { thetaA: number; thetaB: number };
  let headsA = 0;
  let tossesA = 0;
  let headsB = 0;
  let tossesB = 0;
  for (let i = 0; i < heads.length; i += 1) {
    const h = heads[i] as number;
    const n = tosses[i] as number;
    const likelihoodA = round(Math.pow(thetaA, h) * Math.pow(1 - thetaA, n - h));
    const likelihoodB = round(Math.pow(thetaB, h) * Math.pow(1 - thetaB, n - h));
    const rA = round(likelihoodA / (likelihoodA + likelihoodB));
    const rB = round(1 - rA);
    headsA = round(headsA + round(rA * h));
    tossesA = round(tossesA + round(rA * n));
    headsB = round(headsB + round(rB * h));
    tossesB = round(tossesB + round(rB * n));
  }
  return { thetaA: round(headsA / tossesA), thetaB: round(headsB / tossesB) };
}

function density(x: number, mean: number, variance: number, round: (x: number) => number = (v) => v): number {
  const exponent = round(((x - mean) * (x - mean)) / (2 * variance));
  return round(round(Math.exp(-exponent)) * round(1 / Math.sqrt(2 * Math.PI * variance)));
}

function responsibilityAnswers(data: Data, round: (x: number) => number = (x) => x): Values {
  const x = data.x as number;
  const [w1, w2] = numbers(data.weights) as [number, number];
  const [m1, m2] = numbers(data.means) as [number, number];
  const [v1, v2] = numbers(data.variances) as [number, number];
  const first = round(w1 * density(x, m1, v1, round));
  const second = round(w2 * density(x, m2, v2, round));
  return { r1: round(first / (first + second)) };
}

function mStepAnswers(data: Data, round: (x: number) => number = (x) => x): Values {
  const sample = numbers(data.sample);
  const r = numbers(data.r1);
  let count = 0;
  let weightedSum = 0;
  for (let i = 0; i < sample.length; i += 1) {
    count += r[i] as number; // two-decimal numbers: a learner adds them exactly
    weightedSum = round(weightedSum + round((r[i] as number) * (sample[i] as number)));
  }
  count = Number(count.toFixed(2));
  const mean1 = round(weightedSum / count);
  let scatter = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const deviation = round((sample[i] as number) - mean1);
    scatter = round(scatter + round((r[i] as number) * deviation * deviation));
  }
  return { weight1: round(count / sample.length), mean1, variance1: round(scatter / count) };
}

interface Case {
  id: string;
  fields: string[];
  parts: string[];
  answers(data: Data): Values;
  /** The same answers by a learner who rounds every intermediate quantity to 4 significant figures. */
  roundedWork?(data: Data): Values;
  /** Each named mistake: the part, its tag, and the wrong value recomputed here (NaN where it does not apply). */
  mistakes: { part: string; tag: string; value(data: Data, answers: Values): number }[];
}

const sampleOf = (data: Data) => numbers(data.sample);
const meanOf = (values: number[]) => total(values) / values.length;

const CASES: Case[] = [
  {
    id: "mle-bernoulli-p",
    fields: ["sample"],
    parts: ["p"],
    answers: (data) => ({ p: sampleOf(data).filter((x) => x === 1).length / sampleOf(data).length }),
    mistakes: [
      { part: "p", tag: "complement", value: (_data, a) => 1 - (a.p as number) },
      { part: "p", tag: "count-not-proportion", value: (data) => total(sampleOf(data)) },
      { part: "p", tag: "n-minus-1", value: (data) => total(sampleOf(data)) / (sampleOf(data).length - 1) },
    ],
  },
  {
    id: "mle-poisson-rate",
    fields: ["sample"],
    parts: ["lambda"],
    answers: (data) => ({ lambda: meanOf(sampleOf(data)) }),
    mistakes: [
      { part: "lambda", tag: "total-not-mean", value: (data) => total(sampleOf(data)) },
      { part: "lambda", tag: "n-minus-1", value: (data) => total(sampleOf(data)) / (sampleOf(data).length - 1) },
      { part: "lambda", tag: "reciprocal", value: (data) => 1 / meanOf(sampleOf(data)) },
    ],
  },
  {
    id: "mle-exponential-rate",
    fields: ["sample"],
    parts: ["rate"],
    answers: (data) => ({ rate: sampleOf(data).length / total(sampleOf(data)) }),
    mistakes: [
      { part: "rate", tag: "mean-not-rate", value: (data) => meanOf(sampleOf(data)) },
      { part: "rate", tag: "n-minus-1", value: (data) => (sampleOf(data).length - 1) / total(sampleOf(data)) },
      { part: "rate", tag: "total-not-mean", value: (data) => 1 / total(sampleOf(data)) },
    ],
  },
  {
    id: "mle-normal",
    fields: ["sample"],
    parts: ["mean", "variance"],
    answers: (data) => normalAnswers(sampleOf(data)),
    roundedWork: (data) => normalAnswers(sampleOf(data), sig4),
    mistakes: [
      { part: "mean", tag: "total-not-mean", value: (data) => total(sampleOf(data)) },
      { part: "mean", tag: "n-minus-1", value: (data) => total(sampleOf(data)) / (sampleOf(data).length - 1) },
      {
        part: "variance",
        tag: "n-minus-1",
        value: (data, a) => ((a.variance as number) * sampleOf(data).length) / (sampleOf(data).length - 1),
      },
      { part: "variance", tag: "sd-not-variance", value: (data, a) => Math.sqrt(a.variance as number) },
      { part: "variance", tag: "sum-not-average", value: (data, a) => (a.variance as number) * sampleOf(data).length },
      { part: "variance", tag: "mean-not-subtracted", value: (data) => meanOf(sampleOf(data).map((x) => x * x)) },
    ],
  },
  {
    id: "mle-uniform-upper",
    fields: ["sample"],
    parts: ["theta"],
    answers: (data) => ({ theta: Math.max(...sampleOf(data)) }),
    mistakes: [
      { part: "theta", tag: "method-of-moments", value: (data) => 2 * meanOf(sampleOf(data)) },
      { part: "theta", tag: "mean-not-max", value: (data) => meanOf(sampleOf(data)) },
      {
        part: "theta",
        tag: "bias-corrected",
        value: (data) => ((sampleOf(data).length + 1) / sampleOf(data).length) * Math.max(...sampleOf(data)),
      },
    ],
  },
  {
    id: "em-two-coins-step",
    fields: ["heads", "init", "tosses"],
    parts: ["thetaA", "thetaB"],
    answers: (data) => twoCoinAnswers(data),
    roundedWork: (data) => twoCoinAnswers(data, sig4),
    mistakes: (["thetaA", "thetaB"] as const).flatMap((part) => {
      const self = part === "thetaA" ? "thetaA" : "thetaB";
      const other = part === "thetaA" ? "thetaB" : "thetaA";
      const init = (data: Data) => data.init as Record<string, number>;
      /** Σ wᵢhᵢ / Σ wᵢnᵢ with the trial weights `weight(i)`. */
      const proportion = (data: Data, weight: (h: number, n: number) => number) => {
        let heads = 0;
        let tosses = 0;
        numbers(data.heads).forEach((h, i) => {
          const n = numbers(data.tosses)[i] as number;
          heads += weight(h, n) * h;
          tosses += weight(h, n) * n;
        });
        return heads / tosses;
      };
      const likelihood = (theta: number, h: number, n: number) => theta ** h * (1 - theta) ** (n - h);
      return [
        { part, tag: "labels-swapped", value: (_data: Data, a: Values) => a[other] as number },
        {
          part,
          tag: "hard-assignments",
          value: (data: Data) =>
            proportion(data, (h, n) =>
              likelihood(init(data)[self] as number, h, n) > likelihood(init(data)[other] as number, h, n) ? 1 : 0,
            ),
        },
        { part, tag: "prior-for-posterior", value: (data: Data) => total(numbers(data.heads)) / total(numbers(data.tosses)) },
        {
          part,
          tag: "unnormalised-responsibilities",
          value: (data: Data) => proportion(data, (h, n) => 0.5 * likelihood(init(data)[self] as number, h, n)),
        },
        { part, tag: "complement", value: (_data: Data, a: Values) => 1 - (a[self] as number) },
      ];
    }),
  },
  {
    id: "gmm-responsibility",
    fields: ["means", "variances", "weights", "x"],
    parts: ["r1"],
    answers: (data) => responsibilityAnswers(data),
    roundedWork: (data) => responsibilityAnswers(data, sig4),
    mistakes: [
      {
        part: "r1",
        tag: "unnormalised-responsibilities",
        value: (data) =>
          (numbers(data.weights)[0] as number) *
          density(data.x as number, numbers(data.means)[0] as number, numbers(data.variances)[0] as number),
      },
      {
        part: "r1",
        tag: "weights-omitted",
        value: (data) => responsibilityAnswers({ ...data, weights: [0.5, 0.5] }).r1 as number,
      },
      { part: "r1", tag: "prior-for-posterior", value: (data) => numbers(data.weights)[0] as number },
      { part: "r1", tag: "labels-swapped", value: (_data, a) => 1 - (a.r1 as number) },
      {
        part: "r1",
        tag: "sd-for-variance",
        value: (data) => responsibilityAnswers({ ...data, variances: numbers(data.variances).map((v) => v * v) }).r1 as number,
      },
      {
        part: "r1",
        tag: "density-constant-omitted",
        value: (data) => {
          const x = data.x as number;
          const [w1, w2] = numbers(data.weights) as [number, number];
          const [m1, m2] = numbers(data.means) as [number, number];
          const [v1, v2] = numbers(data.variances) as [number, number];
          const first = w1 * Math.exp(-((x - m1) ** 2) / (2 * v1));
          return first / (first + w2 * Math.exp(-((x - m2) ** 2) / (2 * v2)));
        },
      },
    ],
  },
  {
    id: "gmm-m-step",
    fields: ["r1", "sample"],
    parts: ["weight1", "mean1", "variance1"],
    answers: (data) => mStepAnswers(data),
    roundedWork: (data) => mStepAnswers(data, sig4),
    mistakes: (() => {
      const hard = (data: Data) => ({ ...data, r1: numbers(data.r1).map((r) => (r > 0.5 ? 1 : 0)) });
      const swapped = (data: Data) => ({ ...data, r1: numbers(data.r1).map((r) => 1 - r) });
      const ones = (data: Data) => ({ ...data, r1: numbers(data.r1).map(() => 1) });
      const count = (data: Data) => total(numbers(data.r1));
      const n = (data: Data) => sampleOf(data).length;
      return [
        { part: "weight1", tag: "count-not-proportion", value: (data: Data) => count(data) },
        { part: "weight1", tag: "hard-assignments", value: (data: Data) => mStepAnswers(hard(data)).weight1 as number },
        { part: "weight1", tag: "labels-swapped", value: (data: Data) => mStepAnswers(swapped(data)).weight1 as number },
        { part: "mean1", tag: "unweighted", value: (data: Data) => meanOf(sampleOf(data)) },
        { part: "mean1", tag: "divided-by-n", value: (data: Data, a: Values) => ((a.mean1 as number) * count(data)) / n(data) },
        { part: "mean1", tag: "hard-assignments", value: (data: Data) => mStepAnswers(hard(data)).mean1 as number },
        { part: "mean1", tag: "labels-swapped", value: (data: Data) => mStepAnswers(swapped(data)).mean1 as number },
        {
          part: "variance1",
          tag: "n-minus-1",
          value: (data: Data, a: Values) => ((a.variance1 as number) * count(data)) / (count(data) - 1),
        },
        { part: "variance1", tag: "divided-by-n", value: (data: Data, a: Values) => ((a.variance1 as number) * count(data)) / n(data) },
        { part: "variance1", tag: "sd-not-variance", value: (_data: Data, a: Values) => Math.sqrt(a.variance1 as number) },
        { part: "variance1", tag: "unweighted", value: (data: Data) => mStepAnswers(ones(data)).variance1 as number },
        { part: "variance1", tag: "hard-assignments", value: (data: Data) => mStepAnswers(hard(data)).variance1 as number },
        { part: "variance1", tag: "labels-swapped", value: (data: Data) => mStepAnswers(swapped(data)).variance1 as number },
      ];
    })(),
  },
];

const asText = (values: Values): Answers => Object.fromEntries(Object.entries(values).map(([part, value]) => [part, String(value)]));

function expectAllCorrect(t: QuestionTemplate, seed: number, answers: Answers, what: string): void {
  const result = t.grade(seed, answers);
  for (const part of result.parts) {
    expect(part.status, `${t.id} seed ${seed} ${what} part ${part.id} (${String(answers[part.id])}): ${part.message}`).toBe("correct");
    expect(part.carriedForward).toBeUndefined();
  }
  expect(result.score).toBe(1);
}

describe.each(CASES.map((testCase) => [testCase.id, testCase] as const))("core template %s", (id, testCase) => {
  const t = template(id);

  it("has exactly the data fields and part ids of the contract", () => {
    expect([...t.partIds]).toEqual(testCase.parts);
    for (const seed of SEEDS.slice(0, 20)) {
      const variant = t.generate(seed);
      expect(Object.keys(variant.data).sort()).toEqual(testCase.fields);
      expect(variant.parts.map((part) => part.id)).toEqual(testCase.parts);
      expect(variant.parts.every((part) => part.input === "number" && part.hints.length >= 2)).toBe(true);
      if (id === "em-two-coins-step") expect(Object.keys(variant.data.init as object).sort()).toEqual(["thetaA", "thetaB"]);
    }
  });

  it("grades answers computed independently from the served data as correct, also at 4 significant figures", () => {
    for (const seed of SEEDS) {
      const data = served(t, seed);
      const answers = testCase.answers(data);
      expectAllCorrect(t, seed, asText(answers), "exact");
      const rounded = Object.fromEntries(Object.entries(answers).map(([part, value]) => [part, sig4(value)]));
      expectAllCorrect(t, seed, asText(rounded), "4 s.f.");
      if (testCase.roundedWork) expectAllCorrect(t, seed, asText(testCase.roundedWork(data)), "rounded working");
    }
  });

  it.each(testCase.mistakes.map((mistake) => [mistake.part, mistake.tag, mistake] as const))(
    "recognises the mistake on part %s: %s",
    (part, tag, mistake) => {
      const recognised = SEEDS.some((seed) => {
        const data = served(t, seed);
        const wrong = mistake.value(data, testCase.answers(data));
        if (!Number.isFinite(wrong)) return false;
        const result = t.grade(seed, { [part]: String(wrong) }).parts.find((graded) => graded.id === part);
        return result?.status === "incorrect" && result.mistake === tag;
      });
      expect(recognised, `${id}: ${tag} on ${part}`).toBe(true);
    },
  );
});

describe("core templates agree with lib/estimation", () => {
  it("closed-form MLEs: the CLI's runJob gives the independent answers", () => {
    const models: [string, string, string][] = [
      ["mle-bernoulli-p", "bernoulli", "p"],
      ["mle-poisson-rate", "poisson", "lambda"],
      ["mle-exponential-rate", "exponential", "rate"],
      ["mle-uniform-upper", "uniform", "theta"],
    ];
    for (const [id, model, param] of models) {
      const testCase = CASES.find((c) => c.id === id) as Case;
      for (const seed of SEEDS.slice(0, 30)) {
        const data = served(template(id), seed);
        const params = runJob({ model, data: data.sample }).params as Values;
        expect(params[param], `${id} seed ${seed}`).toBeCloseTo(testCase.answers(data)[param] as number, 12);
      }
    }
    for (const seed of SEEDS.slice(0, 30)) {
      const data = served(template("mle-normal"), seed);
      const params = runJob({ model: "normal", data: data.sample }).params as Values;
      const answers = normalAnswers(sampleOf(data));
      expect(params.mean).toBeCloseTo(answers.mean as number, 10);
      expect(params.variance).toBeCloseTo(answers.variance as number, 10);
    }
  });

  it("two coins: one iteration reproduces Do & Batzoglou (2008), Fig. 1b, and is one E-step plus one M-step", () => {
    // Nature Biotechnology 26, 897–899, Fig. 1b: heads 5, 9, 8, 4, 7 in ten tosses each, start 0.6 / 0.5;
    // after the first iteration the paper shows θA ≈ 0.71 (21.3 H / 8.6 T) and θB ≈ 0.58 (11.7 H / 8.4 T).
    const paper = { heads: [5, 9, 8, 4, 7], tosses: [10, 10, 10, 10, 10], init: { thetaA: 0.6, thetaB: 0.5 } };
    const step = twoCoins.twoCoinStep(paper.heads, paper.tosses, paper.init);
    expect(step.thetaA).toBeCloseTo(0.71, 2);
    expect(step.thetaB).toBeCloseTo(0.58, 2);
    const byHand = twoCoinAnswers(paper);
    expect(step.thetaA).toBeCloseTo(byHand.thetaA as number, 12);
    expect(step.thetaB).toBeCloseTo(byHand.thetaB as number, 12);

    // The library's history: one iteration, whose E-step responsibilities are the posteriors computed by hand.
    const run = runJob({
      model: "binomial-mixture",
      data: { successes: paper.heads, trials: paper.tosses },
      init: { weights: [0.5, 0.5], thetas: [0.6, 0.5] },
      options: { fixWeights: true, maxIter: 1, tol: 0, history: true, responsibilities: true },
    });
    expect(run.iterations).toBe(1);
    expect(run.history).toHaveLength(2);
    const posteriors = paper.heads.map((h) => {
      const a = 0.6 ** h * 0.4 ** (10 - h);
      const b = 0.5 ** 10;
      return a / (a + b);
    });
    run.history?.[1]?.responsibilities?.forEach((row, i) => expect(row[0]).toBeCloseTo(posteriors[i] as number, 12));
    expect((run.params as { weights: number[] }).weights).toEqual([0.5, 0.5]);
  });

  it("two coins: the served variants' truths are the library's one-iteration run", () => {
    const t = template("em-two-coins-step");
    for (const seed of SEEDS.slice(0, 30)) {
      const data = served(t, seed);
      const run = runJob({
        model: "binomial-mixture",
        data: { successes: data.heads, trials: data.tosses },
        init: { weights: [0.5, 0.5], thetas: [(data.init as Values).thetaA, (data.init as Values).thetaB] },
        options: { fixWeights: true, maxIter: 1, tol: 0 },
      });
      expect(t.truths?.(data)).toEqual({
        thetaA: (run.params as { thetas: number[] }).thetas[0],
        thetaB: (run.params as { thetas: number[] }).thetas[1],
      });
    }
  });

  it("gmm-responsibility: the truth is the library's gmm E-step responsibility of x", () => {
    const t = template("gmm-responsibility");
    for (const seed of SEEDS.slice(0, 30)) {
      const data = served(t, seed);
      const [m1, m2] = numbers(data.means) as [number, number];
      // x first; the other points only give the M-step that closes the iteration something to fit.
      const run = runJob({
        model: "gmm",
        data: [data.x, m1 - 1, m1, m1 + 1, m2 - 1, m2, m2 + 1],
        init: { weights: data.weights, means: data.means, variances: data.variances },
        options: { maxIter: 1, tol: 0, history: true, responsibilities: true },
      });
      expect(t.truths?.(data).r1 as number).toBeCloseTo(run.history?.[1]?.responsibilities?.[0]?.[0] as number, 12);
    }
  });

  it("gmm-m-step: the weighted MLE is the library's M-step for the library's own responsibilities", () => {
    const t = template("gmm-m-step");
    for (const seed of SEEDS.slice(0, 30)) {
      const sample = sampleOf(served(t, seed));
      const run = runJob({
        model: "gmm",
        data: sample,
        init: { weights: [0.4, 0.6], means: [Math.min(...sample), Math.max(...sample)], variances: [2, 2] },
        options: { maxIter: 1, tol: 0, history: true, responsibilities: true },
      });
      const r1 = (run.history?.[1]?.responsibilities ?? []).map((row) => row[0] as number);
      const after = run.history?.[1]?.params as { weights: number[]; means: number[]; variances: number[] };
      const truths = t.truths?.({ sample, r1 }) ?? {};
      expect(truths.weight1).toBeCloseTo(after.weights[0] as number, 10);
      expect(truths.mean1).toBeCloseTo(after.means[0] as number, 10);
      expect(truths.variance1).toBeCloseTo(after.variances[0] as number, 10);
    }
  });
});

describe("core templates: hand-sized, well-posed variants and follow-through", () => {
  it("keep the EM numbers in the stated ranges and decimals, and their fallbacks pass the same rules", () => {
    for (const seed of SEEDS) {
      const coins = served(template("em-two-coins-step"), seed);
      expect(numbers(coins.heads)).toHaveLength(5);
      expect(numbers(coins.tosses).every((n) => n >= 8 && n <= 12)).toBe(true);
      for (const theta of Object.values(coins.init as Values)) expect(Number(theta.toFixed(2))).toBe(theta);

      const point = served(template("gmm-responsibility"), seed);
      const r1 = responsibilityAnswers(point).r1 as number;
      expect(r1).toBeGreaterThanOrEqual(0.05);
      expect(r1).toBeLessThanOrEqual(0.95);

      const mixture = served(template("gmm-m-step"), seed);
      expect(sampleOf(mixture).length).toBeLessThanOrEqual(12);
      expect(numbers(mixture.r1).every((r) => r >= 0 && r <= 1 && Number(r.toFixed(2)) === r)).toBe(true);
    }
    expect(twoCoins.isClearVariant(twoCoins.PAPER_DATA)).toBe(true);
    expect(responsibility.isClearVariant(responsibility.FALLBACK_DATA)).toBe(true);
    expect(mStep.isClearVariant(mStep.FALLBACK_DATA)).toBe(true);
  });

  it("grades a later part against the learner's own wrong earlier part (mle-normal, gmm-m-step)", () => {
    const seed = SEEDS[0] as number;
    const normal = template("mle-normal");
    const sample = sampleOf(served(normal, seed));
    const ownMean = meanOf(sample) + 1;
    let ownSquares = 0;
    for (const x of sample) ownSquares += (x - ownMean) ** 2;
    const normalResult = normal.grade(seed, { mean: String(ownMean), variance: String(ownSquares / sample.length) });
    expect(normalResult.parts[0]?.status).toBe("incorrect");
    expect(normalResult.parts[1]).toMatchObject({ status: "correct", carriedForward: true });

    const mixture = template("gmm-m-step");
    const data = served(mixture, seed);
    const answers = mStepAnswers(data);
    const ownMean1 = (answers.mean1 as number) + 0.5;
    let scatter = 0;
    sampleOf(data).forEach((x, i) => (scatter += (numbers(data.r1)[i] as number) * (x - ownMean1) ** 2));
    const mixtureResult = mixture.grade(seed, {
      weight1: String(answers.weight1),
      mean1: String(ownMean1),
      variance1: String(scatter / total(numbers(data.r1))),
    });
    expect(mixtureResult.parts.map((part) => part.status)).toEqual(["correct", "incorrect", "correct"]);
    expect(mixtureResult.parts[2]?.carriedForward).toBe(true);
  });

  it("names the range of a probability, a rate and a variance", () => {
    expect(template("em-two-coins-step").grade(1, { thetaA: "1.2" }).parts[0]?.message).toContain("a probability lies between 0 and 1");
    expect(template("mle-exponential-rate").grade(1, { rate: "-0.5" }).parts[0]?.message).toContain("a rate cannot be negative");
    expect(template("gmm-m-step").grade(1, { variance1: "-2" }).parts[2]?.message).toContain("a variance cannot be negative");
  });
});
