// The computational MLE templates (content map topics 1–4), checked from the outside: for every
// template and many seeds, the answers are recomputed here from the served JSON data, final estimates
// by the estimation library's CLI front door (`runJob`) and intermediate quantities by formulas written
// in this file (not imported from the templates), and `grade()` must call them correct. Each named
// mistake, computed here, must be recognised by its tag, and a later part computed from a wrong
// earlier answer must be "correct, given your answer" (carriedForward).
import { describe, expect, it } from "vitest";
import { runJob } from "@/lib/estimation";
import { getTemplate, listQuestions } from "@/lib/questions";
import { COMPUTATION_TEMPLATES, CORE_TEMPLATE_IDS } from "@/lib/questions/templates/computations";

const CORE_IDS: readonly string[] = CORE_TEMPLATE_IDS;
const MLE_TOPICS = ["likelihood", "mle-closed-form", "mle-properties", "mle-numerical"];
/** The MLE computations beyond the five core estimators (which have their own test). */
const MLE_COMPUTATION_TEMPLATES = COMPUTATION_TEMPLATES.filter(
  (template) => MLE_TOPICS.includes(template.topic) && !CORE_IDS.includes(template.id),
);
import type { QuestionTemplate } from "@/lib/questions/types";

const SEEDS = Array.from({ length: 40 }, (_, i) => 1 + i * 104_729);

type Data = Record<string, unknown>;
type Expected = Record<string, number | string>;

interface MistakeCase {
  part: string;
  tag: string;
  value: number;
}

interface FollowThrough {
  /** The earlier part answered wrongly, with its wrong value. */
  wrong: Record<string, number>;
  /** Later parts computed from the wrong values, each expected "correct" with carriedForward. */
  carried: Record<string, number>;
}

interface Case {
  id: string;
  /** Every part's answer: numbers for numeric parts, the right option id for choice parts. */
  expected(data: Data): Expected;
  mistakes(data: Data, expected: Expected): MistakeCase[];
  followThrough?(data: Data, expected: Expected): FollowThrough;
  /** Extra properties checked on each seed (the library's full fit, for example). */
  property?(data: Data, expected: Expected): void;
}

// --- independent arithmetic -------------------------------------------------------------------

const numbers = (value: unknown): number[] => value as number[];
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const average = (xs: readonly number[]) => total(xs) / xs.length;
const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));
const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
const num = (expected: Expected, part: string) => expected[part] as number;

function fit(model: string, data: unknown, options?: Record<string, unknown>): Record<string, unknown> {
  return runJob(options ? { model, data, options } : { model, data }).params as Record<string, unknown>;
}
const param = (params: Record<string, unknown>, name: string) => params[name] as number;

/** Relative distance, absolute when b is 0. */
function distance(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}

// --- the cases: one per template --------------------------------------------------------------

const CASES: Case[] = [
  {
    id: "likelihood-bernoulli-product",
    expected: (data) => {
      const sample = numbers(data.sample);
      const p0 = data.p0 as number;
      const factors = sample.map((x) => (x === 1 ? p0 : 1 - p0));
      const likelihood = factors.reduce((a, b) => a * b, 1);
      return { likelihood, logLikelihood: total(factors.map(Math.log)) };
    },
    mistakes: (data, e) => {
      const sample = numbers(data.sample);
      const p0 = data.p0 as number;
      return [
        { part: "likelihood", tag: "log-not-likelihood", value: num(e, "logLikelihood") },
        { part: "likelihood", tag: "complement", value: sample.map((x) => (x === 1 ? 1 - p0 : p0)).reduce((a, b) => a * b, 1) },
        { part: "likelihood", tag: "sum-not-product", value: total(sample.map((x) => (x === 1 ? p0 : 1 - p0))) },
        { part: "logLikelihood", tag: "likelihood-not-log", value: num(e, "likelihood") },
        { part: "logLikelihood", tag: "log-base-10", value: Math.log10(num(e, "likelihood")) },
      ];
    },
    followThrough: (_data, e) => ({
      wrong: { likelihood: num(e, "likelihood") * 2 },
      carried: { logLikelihood: Math.log(num(e, "likelihood") * 2) },
    }),
  },
  {
    id: "likelihood-poisson-log",
    expected: (data) => {
      const sample = numbers(data.sample);
      const lambda = data.lambda0 as number;
      const constant = total(sample.map((x) => Math.log(factorial(x))));
      // Σ log of the pmf λ^x e^{−λ} / x!, term by term.
      const logLikelihood = total(sample.map((x) => Math.log((lambda ** x * Math.exp(-lambda)) / factorial(x))));
      return { sumLogFactorial: constant, logLikelihood };
    },
    mistakes: (data, e) => {
      const sample = numbers(data.sample);
      const lambda = data.lambda0 as number;
      const kernel = total(sample) * Math.log(lambda) - sample.length * lambda;
      return [
        { part: "sumLogFactorial", tag: "log-base-10", value: total(sample.map((x) => Math.log10(factorial(x)))) },
        { part: "sumLogFactorial", tag: "factorial-not-log", value: total(sample.map(factorial)) },
        { part: "logLikelihood", tag: "constant-dropped", value: kernel },
        { part: "logLikelihood", tag: "constant-sign", value: kernel + num(e, "sumLogFactorial") },
        { part: "logLikelihood", tag: "likelihood-not-log", value: Math.exp(num(e, "logLikelihood")) },
      ];
    },
    followThrough: (data, e) => {
      const sample = numbers(data.sample);
      const lambda = data.lambda0 as number;
      const wrongConstant = num(e, "sumLogFactorial") + 1;
      return {
        wrong: { sumLogFactorial: wrongConstant },
        carried: { logLikelihood: total(sample) * Math.log(lambda) - sample.length * lambda - wrongConstant },
      };
    },
  },
  {
    id: "likelihood-normal-ratio",
    expected: (data) => {
      const sample = numbers(data.sample);
      const sigma = data.sigma as number;
      const logDensity = (x: number, mu: number) => -0.5 * Math.log(2 * Math.PI * sigma ** 2) - (x - mu) ** 2 / (2 * sigma ** 2);
      const logRatio =
        total(sample.map((x) => logDensity(x, data.mu1 as number))) - total(sample.map((x) => logDensity(x, data.mu2 as number)));
      return { logRatio, ratio: Math.exp(logRatio), better: logRatio > 0 ? "mu1" : "mu2" };
    },
    mistakes: (data, e) => {
      const sigma = data.sigma as number;
      const cases: MistakeCase[] = [
        { part: "logRatio", tag: "ratio-inverted", value: -num(e, "logRatio") },
        { part: "logRatio", tag: "missing-half", value: 2 * num(e, "logRatio") },
        { part: "ratio", tag: "ratio-inverted", value: 1 / num(e, "ratio") },
        { part: "ratio", tag: "log-not-likelihood", value: num(e, "logRatio") },
      ];
      if (sigma !== 1) cases.push({ part: "logRatio", tag: "sigma-omitted", value: num(e, "logRatio") * sigma ** 2 });
      return cases;
    },
    followThrough: (_data, e) => ({
      wrong: { logRatio: num(e, "logRatio") + 0.7 },
      carried: { ratio: Math.exp(num(e, "logRatio") + 0.7) },
    }),
  },
  {
    id: "likelihood-exponential-density",
    expected: (data) => {
      const sample = numbers(data.sample);
      const rate = data.rate0 as number;
      const densities = sample.map((x) => rate * Math.exp(-rate * x));
      return {
        logLikelihood: total(densities.map(Math.log)),
        likelihood: densities.reduce((a, b) => a * b, 1),
        isProbability: "densities",
      };
    },
    mistakes: (data, e) => {
      const sample = numbers(data.sample);
      const rate = data.rate0 as number;
      return [
        { part: "logLikelihood", tag: "mean-for-rate", value: total(sample.map((x) => Math.log((1 / rate) * Math.exp(-x / rate)))) },
        { part: "logLikelihood", tag: "likelihood-not-log", value: num(e, "likelihood") },
        { part: "likelihood", tag: "log-not-likelihood", value: num(e, "logLikelihood") },
      ];
    },
    followThrough: (_data, e) => ({
      wrong: { logLikelihood: num(e, "logLikelihood") - 1 },
      carried: { likelihood: Math.exp(num(e, "logLikelihood") - 1) },
    }),
  },
  {
    id: "mle-poisson-score",
    expected: (data) => {
      const sample = numbers(data.sample);
      const score = total(sample) / (data.lambda0 as number) - sample.length;
      return {
        total: total(sample),
        score,
        direction: score > 0 ? "above" : "below",
        lambda: param(fit("poisson", sample), "lambda"),
      };
    },
    mistakes: (data, e) => {
      const sample = numbers(data.sample);
      return [
        { part: "score", tag: "sign-flipped", value: -num(e, "score") },
        { part: "score", tag: "term-omitted", value: total(sample) / (data.lambda0 as number) },
        { part: "lambda", tag: "n-minus-1", value: total(sample) / (sample.length - 1) },
        { part: "lambda", tag: "sum-not-mean", value: total(sample) },
      ];
    },
    followThrough: (data) => {
      const sample = numbers(data.sample);
      const wrongTotal = total(sample) + 3;
      return {
        wrong: { total: wrongTotal },
        carried: { score: wrongTotal / (data.lambda0 as number) - sample.length, lambda: wrongTotal / sample.length },
      };
    },
  },
  {
    id: "mle-binomial-experiments",
    expected: (data) => {
      const p = param(fit("binomial", { successes: data.successes, trials: data.trials }), "p");
      return { p, expected: (data.nextTrials as number) * p };
    },
    mistakes: (data, e) => {
      const successes = numbers(data.successes);
      const trials = numbers(data.trials);
      return [
        { part: "p", tag: "unweighted-mean", value: average(successes.map((k, j) => k / (trials[j] as number))) },
        { part: "p", tag: "complement", value: 1 - num(e, "p") },
        { part: "p", tag: "count-not-proportion", value: total(successes) },
      ];
    },
    followThrough: (data, e) => ({
      wrong: { p: num(e, "p") * 0.8 },
      carried: { expected: (data.nextTrials as number) * num(e, "p") * 0.8 },
    }),
  },
  {
    id: "mle-categorical-counts",
    expected: (data) => {
      const categories = data.categories as string[];
      const probabilities = fit("categorical", { counts: data.counts }).probabilities as number[];
      const target = probabilities[categories.indexOf(data.target as string)] as number;
      const other = probabilities[categories.indexOf(data.other as string)] as number;
      return { p: target, either: target + other };
    },
    mistakes: (data, e) => {
      const categories = data.categories as string[];
      const counts = numbers(data.counts);
      const count = counts[categories.indexOf(data.target as string)] as number;
      const otherShare = num(e, "either") - num(e, "p");
      return [
        { part: "p", tag: "count-not-proportion", value: count },
        { part: "p", tag: "add-one-smoothing", value: (count + 1) / (total(counts) + counts.length) },
        { part: "p", tag: "ignores-data", value: 1 / counts.length },
        { part: "either", tag: "product-not-sum", value: num(e, "p") * otherShare },
      ];
    },
  },
  {
    id: "mle-geometric-support",
    expected: (data) => {
      const sample = numbers(data.sample);
      return { mean: average(sample), p: param(fit("geometric", sample, { support: data.support }), "p") };
    },
    mistakes: (data) => {
      const sampleMean = average(numbers(data.sample));
      // The formula of the other convention.
      return [{ part: "p", tag: "wrong-support", value: data.support === "trials" ? 1 / (1 + sampleMean) : 1 / sampleMean }];
    },
    followThrough: (data, e) => {
      const wrongMean = num(e, "mean") + 1;
      return {
        wrong: { mean: wrongMean },
        carried: { p: data.support === "trials" ? 1 / wrongMean : 1 / (1 + wrongMean) },
      };
    },
  },
  {
    id: "mle-lognormal",
    expected: (data) => {
      const params = fit("lognormal", data.sample);
      const meanlog = param(params, "meanlog");
      const sdlog = param(params, "sdlog");
      return { meanlog, sdlog, mean: Math.exp(meanlog + sdlog ** 2 / 2) };
    },
    mistakes: (data, e) => {
      const sample = numbers(data.sample);
      const n = sample.length;
      return [
        { part: "meanlog", tag: "log-of-mean", value: Math.log(average(sample)) },
        { part: "sdlog", tag: "n-minus-1", value: num(e, "sdlog") * Math.sqrt(n / (n - 1)) },
        { part: "sdlog", tag: "variance-not-sd", value: num(e, "sdlog") ** 2 },
        { part: "mean", tag: "median-not-mean", value: Math.exp(num(e, "meanlog")) },
        { part: "mean", tag: "sample-mean", value: average(sample) },
      ];
    },
    followThrough: (data, e) => {
      const logs = numbers(data.sample).map(Math.log);
      const wrongMeanlog = num(e, "meanlog") + 0.5;
      const sdlog = Math.sqrt(average(logs.map((y) => (y - wrongMeanlog) ** 2)));
      return {
        wrong: { meanlog: wrongMeanlog },
        carried: { sdlog, mean: Math.exp(wrongMeanlog + sdlog ** 2 / 2) },
      };
    },
  },
  {
    id: "mle-linear-regression",
    expected: (data) => {
      const params = fit("linear", { X: numbers(data.x).map((x) => [x]), y: data.y });
      const [intercept, slope] = params.coefficients as number[];
      return { slope: slope as number, intercept: intercept as number, variance: param(params, "variance") };
    },
    mistakes: (data, e) => {
      const x = numbers(data.x);
      const y = numbers(data.y);
      const n = x.length;
      const xBar = average(x);
      const yBar = average(y);
      const sxy = total(x.map((xi, i) => (xi - xBar) * ((y[i] as number) - yBar)));
      const syy = total(y.map((yi) => (yi - yBar) ** 2));
      const rss = num(e, "variance") * n;
      return [
        { part: "slope", tag: "x-on-y", value: sxy / syy },
        { part: "slope", tag: "sign-flipped", value: -num(e, "slope") },
        { part: "intercept", tag: "sign-flipped", value: yBar + num(e, "slope") * xBar },
        { part: "variance", tag: "n-minus-2", value: rss / (n - 2) },
        { part: "variance", tag: "n-minus-1", value: rss / (n - 1) },
        { part: "variance", tag: "rss-not-variance", value: rss },
      ];
    },
    followThrough: (data, e) => {
      const x = numbers(data.x);
      const y = numbers(data.y);
      const slope = num(e, "slope") + 0.5;
      const intercept = average(y) - slope * average(x);
      const rss = total(x.map((xi, i) => ((y[i] as number) - intercept - slope * xi) ** 2));
      return { wrong: { slope }, carried: { intercept, variance: rss / x.length } };
    },
  },
  {
    id: "mle-invariance-poisson-zero",
    expected: (data) => {
      const lambda = param(fit("poisson", data.sample), "lambda");
      return { lambda, probZero: Math.exp(-lambda), probAtLeastTwo: 1 - Math.exp(-lambda) - lambda * Math.exp(-lambda) };
    },
    mistakes: (data, e) => {
      const sample = numbers(data.sample);
      const lambda = num(e, "lambda");
      return [
        { part: "probZero", tag: "empirical-proportion", value: sample.filter((x) => x === 0).length / sample.length },
        { part: "probZero", tag: "complement", value: 1 - Math.exp(-lambda) },
        { part: "probAtLeastTwo", tag: "complement", value: Math.exp(-lambda) + lambda * Math.exp(-lambda) },
        { part: "probAtLeastTwo", tag: "term-omitted", value: 1 - Math.exp(-lambda) },
      ];
    },
    followThrough: (_data, e) => {
      const lambda = num(e, "lambda") + 0.5;
      return {
        wrong: { lambda },
        carried: { probZero: Math.exp(-lambda), probAtLeastTwo: 1 - Math.exp(-lambda) * (1 + lambda) },
      };
    },
  },
  {
    id: "mle-variance-bias",
    expected: (data) => {
      const sample = numbers(data.sample);
      const n = sample.length;
      const squares = total(sample.map((x) => (x - average(sample)) ** 2));
      return {
        variance: param(fit("normal", sample), "variance"),
        unbiased: squares / (n - 1),
        expectation: ((n - 1) / n) * (data.trueVariance as number),
      };
    },
    mistakes: (data, e) => {
      const n = numbers(data.sample).length;
      const trueVariance = data.trueVariance as number;
      return [
        { part: "variance", tag: "n-minus-1", value: num(e, "unbiased") },
        { part: "variance", tag: "sd-not-variance", value: Math.sqrt(num(e, "variance")) },
        { part: "unbiased", tag: "factor-inverted", value: (num(e, "variance") * (n - 1)) / n },
        { part: "expectation", tag: "unbiased-assumed", value: trueVariance },
        { part: "expectation", tag: "factor-inverted", value: (n / (n - 1)) * trueVariance },
      ];
    },
    followThrough: (data, e) => {
      const n = numbers(data.sample).length;
      const variance = num(e, "variance") * 1.5;
      return { wrong: { variance }, carried: { unbiased: (variance * n) / (n - 1) } };
    },
  },
  {
    id: "mle-fisher-bernoulli",
    expected: (data) => {
      const n = data.trials as number;
      const p = param(fit("binomial", { successes: [data.successes], trials: [n] }), "p");
      const se = Math.sqrt((p * (1 - p)) / n);
      return { p, information: n / (p * (1 - p)), se, upper: p + 1.96 * se };
    },
    mistakes: (data, e) => [
      { part: "information", tag: "per-observation-information", value: 1 / (num(e, "p") * (1 - num(e, "p"))) },
      { part: "se", tag: "variance-not-se", value: num(e, "se") ** 2 },
      { part: "upper", tag: "lower-not-upper", value: num(e, "p") - 1.96 * num(e, "se") },
      { part: "upper", tag: "z-omitted", value: num(e, "p") + num(e, "se") },
    ],
    followThrough: (data, e) => {
      const n = data.trials as number;
      const p = num(e, "p") + 0.05;
      const information = n / (p * (1 - p));
      const se = 1 / Math.sqrt(information);
      return { wrong: { p }, carried: { information, se, upper: p + 1.96 * se } };
    },
  },
  {
    id: "mle-fisher-poisson",
    expected: (data) => {
      const n = numbers(data.sample).length;
      const lambda = param(fit("poisson", data.sample), "lambda");
      const se = Math.sqrt(lambda / n);
      return { lambda, se, lower: lambda - 1.96 * se, quadrupled: Math.sqrt(lambda / (4 * n)) };
    },
    mistakes: (data, e) => {
      const n = numbers(data.sample).length;
      return [
        { part: "se", tag: "variance-not-se", value: num(e, "lambda") / n },
        { part: "se", tag: "sd-not-se", value: Math.sqrt(num(e, "lambda")) },
        { part: "lower", tag: "upper-not-lower", value: num(e, "lambda") + 1.96 * num(e, "se") },
        { part: "lower", tag: "z-omitted", value: num(e, "lambda") - num(e, "se") },
        { part: "quadrupled", tag: "divided-by-four", value: num(e, "se") / 4 },
      ];
    },
    followThrough: (data, e) => {
      const n = numbers(data.sample).length;
      const lambda = num(e, "lambda") + 1;
      const se = Math.sqrt(lambda / n);
      return { wrong: { lambda }, carried: { se, lower: lambda - 1.96 * se, quadrupled: se / 2 } };
    },
  },
  {
    id: "mle-map-beta",
    expected: (data) => {
      const k = data.successes as number;
      const n = data.trials as number;
      const a = data.priorA as number;
      const b = data.priorB as number;
      return {
        mle: param(fit("binomial", { successes: [k], trials: [n] }), "p"),
        map: (k + a - 1) / (n + a + b - 2),
        posteriorMean: (k + a) / (n + a + b),
      };
    },
    mistakes: (data, e) => {
      const a = data.priorA as number;
      const b = data.priorB as number;
      return [
        { part: "map", tag: "mean-not-mode", value: num(e, "posteriorMean") },
        { part: "map", tag: "prior-for-posterior", value: (a - 1) / (a + b - 2) },
        { part: "map", tag: "mle-not-map", value: num(e, "mle") },
        { part: "posteriorMean", tag: "mode-not-mean", value: num(e, "map") },
        { part: "posteriorMean", tag: "prior-for-posterior", value: a / (a + b) },
      ];
    },
  },
  {
    id: "logistic-intercept-newton",
    expected: (data) => {
      const y = numbers(data.y);
      const p = sigmoid(data.beta0 as number);
      const score = total(y.map((yi) => yi - p));
      const information = total(y.map(() => p * (1 - p)));
      const intercept = (fit("logistic", { X: y.map(() => []), y }).coefficients as number[])[0] as number;
      return { score, information, next: (data.beta0 as number) + score / information, mle: intercept };
    },
    mistakes: (data, e) => {
      const y = numbers(data.y);
      const beta0 = data.beta0 as number;
      const ones = total(y);
      return [
        { part: "score", tag: "sign-flipped", value: -num(e, "score") },
        { part: "information", tag: "per-observation-information", value: num(e, "information") / y.length },
        { part: "next", tag: "wrong-sign-step", value: beta0 - num(e, "score") / num(e, "information") },
        { part: "next", tag: "gradient-not-newton", value: beta0 + num(e, "score") },
        { part: "mle", tag: "probability-not-logit", value: ones / y.length },
        { part: "mle", tag: "complement", value: Math.log((y.length - ones) / ones) },
      ];
    },
    followThrough: (data, e) => {
      const score = num(e, "score") + 1;
      return { wrong: { score }, carried: { next: (data.beta0 as number) + score / num(e, "information") } };
    },
    property: (data, e) => {
      // The intercept-only MLE has the closed form log(k / (n − k)), which the library's Newton fit reaches.
      const y = numbers(data.y);
      expect(num(e, "mle")).toBeCloseTo(Math.log(total(y) / (y.length - total(y))), 10);
    },
  },
  {
    id: "logistic-slope-newton",
    expected: (data) => {
      const x = numbers(data.x);
      const y = numbers(data.y);
      const beta0 = data.beta0 as number;
      const score = total(x.map((xi, i) => xi * ((y[i] as number) - sigmoid(beta0 * xi))));
      const information = total(x.map((xi) => xi * xi * sigmoid(beta0 * xi) * sigmoid(-beta0 * xi)));
      return { score, information, next: beta0 + score / information };
    },
    mistakes: (data, e) => {
      const x = numbers(data.x);
      const y = numbers(data.y);
      const beta0 = data.beta0 as number;
      return [
        { part: "score", tag: "x-omitted", value: total(x.map((xi, i) => (y[i] as number) - sigmoid(beta0 * xi))) },
        { part: "score", tag: "sign-flipped", value: -num(e, "score") },
        { part: "information", tag: "x-squared-omitted", value: total(x.map((xi) => sigmoid(beta0 * xi) * sigmoid(-beta0 * xi))) },
        { part: "next", tag: "wrong-sign-step", value: beta0 - num(e, "score") / num(e, "information") },
        { part: "next", tag: "gradient-not-newton", value: beta0 + num(e, "score") },
      ];
    },
    followThrough: (data, e) => {
      const information = num(e, "information") * 2;
      return { wrong: { information }, carried: { next: (data.beta0 as number) + num(e, "score") / information } };
    },
  },
  {
    id: "gamma-shape-newton",
    expected: (data) => {
      const sample = numbers(data.sample);
      const alpha0 = data.alpha0 as number;
      const s = Math.log(average(sample)) - average(sample.map(Math.log));
      const f = Math.log(alpha0) - (data.digamma0 as number) - s;
      const slope = 1 / alpha0 - (data.trigamma0 as number);
      const next = alpha0 - f / slope;
      return { s, next, rate: next / average(sample) };
    },
    mistakes: (data, e) => {
      const sample = numbers(data.sample);
      const alpha0 = data.alpha0 as number;
      return [
        { part: "s", tag: "log-base-10", value: Math.log10(average(sample)) - average(sample.map(Math.log10)) },
        { part: "next", tag: "wrong-sign-step", value: 2 * alpha0 - num(e, "next") },
        { part: "rate", tag: "scale-not-rate", value: average(sample) / num(e, "next") },
      ];
    },
    followThrough: (data, e) => {
      const sample = numbers(data.sample);
      const alpha0 = data.alpha0 as number;
      const s = num(e, "s") * 1.2;
      const next = alpha0 - (Math.log(alpha0) - (data.digamma0 as number) - s) / (1 / alpha0 - (data.trigamma0 as number));
      return { wrong: { s }, carried: { next, rate: next / average(sample) } };
    },
    property: (data, e) => {
      // The step heads for the library's full MLE, starting below it.
      const shape = param(fit("gamma", data.sample), "shape");
      const alpha0 = data.alpha0 as number;
      expect(alpha0).toBeLessThan(shape);
      expect(Math.abs(num(e, "next") - shape)).toBeLessThan(Math.abs(alpha0 - shape));
    },
  },
  {
    id: "weibull-shape-bracket",
    expected: (data) => {
      const sample = numbers(data.sample);
      const k = data.k0 as number;
      const weights = sample.map((x) => x ** k);
      const scale = (total(weights) / sample.length) ** (1 / k);
      const g = total(sample.map((x, i) => (weights[i] as number) * Math.log(x))) / total(weights) - 1 / k - average(sample.map(Math.log));
      // The side comes from the library's full Weibull fit, not from the sign of g.
      const shape = param(fit("weibull", sample), "shape");
      return { scale, profileScore: g, direction: shape > k ? "above" : "below" };
    },
    mistakes: (data, e) => {
      const sample = numbers(data.sample);
      const k = data.k0 as number;
      const cases: MistakeCase[] = [{ part: "profileScore", tag: "term-omitted", value: num(e, "profileScore") + 1 / k }];
      if (k !== 1) {
        cases.push({ part: "scale", tag: "root-omitted", value: num(e, "scale") ** k });
        cases.push({ part: "scale", tag: "mean-not-power-mean", value: average(sample) });
      }
      return cases;
    },
  },
  {
    id: "cauchy-location-newton",
    expected: (data) => {
      const sample = numbers(data.sample);
      const theta0 = data.theta0 as number;
      const u = sample.map((x) => x - theta0);
      const score = total(u.map((r) => (2 * r) / (1 + r * r)));
      const hessian = total(u.map((r) => (2 * (r * r - 1)) / (1 + r * r) ** 2));
      return { score, hessian, next: theta0 - score / hessian };
    },
    mistakes: (data, e) => {
      const theta0 = data.theta0 as number;
      return [
        { part: "score", tag: "sign-flipped", value: -num(e, "score") },
        { part: "hessian", tag: "sign-flipped", value: -num(e, "hessian") },
        { part: "next", tag: "wrong-sign-step", value: theta0 + num(e, "score") / num(e, "hessian") },
        { part: "next", tag: "gradient-not-newton", value: theta0 + num(e, "score") },
      ];
    },
    followThrough: (data, e) => {
      const hessian = num(e, "hessian") * 2;
      return { wrong: { hessian }, carried: { next: (data.theta0 as number) - num(e, "score") / hessian } };
    },
    property: (data) => {
      const sorted = [...numbers(data.sample)].sort((a, b) => a - b);
      expect(data.theta0).toBe(sorted[2]); // the start is the sample median
    },
  },
];

// --- the bank ----------------------------------------------------------------------------------

const FORBIDDEN_IDS = ["mle-bernoulli-p", "mle-poisson-rate", "mle-exponential-rate", "mle-normal", "mle-uniform-upper"];
const MY_TOPICS = ["likelihood", "mle-closed-form", "mle-properties", "mle-numerical"];

describe("the computational MLE templates", () => {
  it("are at least 18 computations, at least 3 per topic 1–4, all in the bank, none with a reserved id", () => {
    expect(MLE_COMPUTATION_TEMPLATES.length).toBeGreaterThanOrEqual(18);
    for (const topic of MY_TOPICS) {
      expect(MLE_COMPUTATION_TEMPLATES.filter((template) => template.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
    }
    const listed = listQuestions();
    for (const template of MLE_COMPUTATION_TEMPLATES) {
      expect(template.kind).toBe("computation");
      expect(MY_TOPICS).toContain(template.topic);
      expect(FORBIDDEN_IDS).not.toContain(template.id);
      expect(getTemplate(template.id)).toBe(template);
      expect(listed.map((summary) => summary.id)).toContain(template.id);
    }
  });

  it("each has a case in this test", () => {
    expect(CASES.map((testCase) => testCase.id).sort()).toEqual(MLE_COMPUTATION_TEMPLATES.map((template) => template.id).sort());
  });
});

function templateOf(id: string): QuestionTemplate {
  const template = getTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}

/** The data as the API serves it: through JSON. */
const servedData = (template: QuestionTemplate, seed: number) => JSON.parse(JSON.stringify(template.generate(seed).data)) as Data;

/**
 * Numbers typed with 12 significant figures: a short form such as "3" for a truth of 2.5 would be
 * graded "imprecise" (right to the figures given), which is not what these checks are about.
 */
const typed = (value: number) => value.toPrecision(12);

const asAnswers = (values: Record<string, number | string>) =>
  Object.fromEntries(Object.entries(values).map(([part, value]) => [part, typeof value === "number" ? typed(value) : value]));

describe.each(CASES.map((testCase) => [testCase.id, testCase] as const))("%s", (id, testCase) => {
  const template = templateOf(id);

  it("grades answers recomputed from the served data (library fits and independent formulas) as correct", () => {
    for (const seed of SEEDS) {
      const data = servedData(template, seed);
      const expected = testCase.expected(data);
      expect(Object.keys(expected).sort(), "every part is recomputed").toEqual([...template.partIds].sort());
      const result = template.grade(seed, asAnswers(expected));
      for (const part of result.parts) expect(part.status, `seed ${seed} part ${part.id}: ${part.message}`).toBe("correct");
      for (const [partId, value] of Object.entries(expected)) {
        if (typeof value === "number")
          expect(distance(Number(template.answerKey(seed)[partId]), value), `seed ${seed} ${partId}`).toBeLessThan(1e-9);
      }
      testCase.property?.(data, expected);
    }
  });

  it("recognises every named mistake", () => {
    const recognised = new Map<string, number>();
    for (const seed of SEEDS) {
      const data = servedData(template, seed);
      const expected = testCase.expected(data);
      const mistakes = testCase.mistakes(data, expected);
      for (const mistake of mistakes) {
        const key = `${mistake.part}:${mistake.tag}`;
        if (!recognised.has(key)) recognised.set(key, 0);
        const truth = expected[mistake.part] as number;
        // Only where the wrong value is clearly apart from the truth and from the other mistakes of the part.
        const clear =
          Number.isFinite(mistake.value) &&
          distance(mistake.value, truth) > 0.05 &&
          mistakes.every((other) => other === mistake || other.part !== mistake.part || distance(mistake.value, other.value) > 0.05);
        if (!clear) continue;
        const graded = template
          .grade(seed, { [mistake.part]: mistake.value.toPrecision(12) })
          .parts.find((part) => part.id === mistake.part);
        expect(graded, `seed ${seed} ${key}`).toMatchObject({ status: "incorrect", mistake: mistake.tag });
        expect(graded?.message.trim(), `seed ${seed} ${key} says what went wrong`).not.toBe("");
        recognised.set(key, (recognised.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of recognised) expect(count, `${key} was tested on some seed`).toBeGreaterThan(0);
  });

  if (testCase.followThrough) {
    it("grades a later part computed from a wrong earlier answer as correct, carried forward", () => {
      let carriedCount = 0;
      for (const seed of SEEDS) {
        const data = servedData(template, seed);
        const expected = testCase.expected(data);
        const { wrong, carried } = testCase.followThrough?.(data, expected) ?? { wrong: {}, carried: {} };
        const result = template.grade(seed, asAnswers({ ...expected, ...wrong, ...carried }));
        for (const partId of Object.keys(wrong)) {
          expect(result.parts.find((part) => part.id === partId)?.status, `seed ${seed} ${partId} is wrong`).toBe("incorrect");
        }
        for (const [partId, value] of Object.entries(carried)) {
          const graded = result.parts.find((part) => part.id === partId);
          // A wrong earlier value can leave a later one within tolerance of its truth (p(1 − p) is flat
          // near ½): that is simply correct. Otherwise it must be correct *given* the earlier answer.
          if (distance(value, expected[partId] as number) < 0.01) {
            expect(graded?.status, `seed ${seed} ${partId}`).toBe("correct");
            continue;
          }
          expect(graded, `seed ${seed} ${partId}`).toMatchObject({
            status: "correct",
            carriedForward: true,
            message: expect.stringContaining("given your answer"),
          });
          carriedCount += 1;
        }
      }
      expect(carriedCount, "carried forward on most seeds").toBeGreaterThan(SEEDS.length / 2);
    });
  }
});
