// Likelihood evaluations and closed-form MLEs, fair and strict over 1 000 seeds: every route the prompt
// and hints teach, worked here from the served data with each written-down number rounded to 4
// significant figures, is accepted; the template's named mistakes and the classic ones that apply
// (complement, n − 1, log base 10, a binomial coefficient in a likelihood, a dropped constant, ...),
// computed here, are not; and a later part worked from a 4-figure earlier answer, or from a plausible
// wrong one, is accepted. Every formula is written in this file, not imported from the templates.
import { describe, expect, it } from "vitest";
import { getTemplate, type QuestionTemplate } from "@/lib/questions";
import { SEEDS, auditOf, four, gradedPart, statusOf, typed } from "./shared";

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`${id} is not in the bank`);
  return found;
}
const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const product = (values: readonly number[]) => values.reduce((a, b) => a * b, 1);
const average = (values: readonly number[]) => total(values) / values.length;
const dataOf = <D>(t: QuestionTemplate, seed: number) => t.generate(seed).data as D;
const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
const choose = (n: number, k: number): number => factorial(n) / (factorial(k) * factorial(n - k));
const fourDecimals = (value: number) => Math.round(value * 1e4) / 1e4;
/** A running product with the running value written down to 4 figures after each factor. */
const runningProduct = (factors: readonly number[]) => factors.reduce((acc, factor) => four(acc * factor), 1);

interface Worked {
  part: string;
  /** Values a careful learner gets by a taught route: each must be accepted. */
  right: Record<string, number>;
  /** Named and classic mistakes, tag → value: each must be rejected. */
  wrong: Record<string, number>;
}

interface FollowThrough {
  /** Earlier parts answered as typed (4 figures), wrong but plausible (a named mistake, say). */
  earlier: Record<string, number>;
  /** The later part and its value worked from those earlier answers: "correct, given your answer". */
  part: string;
  value: number;
}

interface Proof {
  parts: Worked[];
  followThrough?: FollowThrough[];
}

/** Checks every seed: each `right` value accepted, each `wrong` one not, each follow-through credited. */
function proveOverSeeds(t: QuestionTemplate, work: (seed: number) => Proof) {
  const problems: string[] = [];
  for (const seed of SEEDS) {
    const { parts, followThrough = [] } = work(seed);
    for (const { part, right, wrong } of parts) {
      // Every mistake the template names for this part is computed here too.
      const named = auditOf(t, seed).parts.find((candidate) => candidate.id === part)?.mistakes ?? [];
      for (const { tag } of named) if (!(tag in wrong)) problems.push(`seed ${seed} ${part}: named mistake ${tag} not worked here`);
      for (const [route, value] of Object.entries(right)) {
        if (statusOf(t, seed, part, value) !== "correct") problems.push(`seed ${seed} ${part}: ${route} ${value} refused`);
      }
      for (const [tag, value] of Object.entries(wrong)) {
        if (Number.isFinite(value) && statusOf(t, seed, part, value) === "correct")
          problems.push(`seed ${seed} ${part}: ${tag} ${value} accepted`);
      }
    }
    for (const { earlier, part, value } of followThrough) {
      const answers = Object.fromEntries(Object.entries(earlier).map(([id, earlierValue]) => [id, typed(earlierValue)]));
      const graded = gradedPart(t, seed, { ...answers, [part]: typed(value) }, part);
      if (graded.status !== "correct")
        problems.push(`seed ${seed} ${part}: follow-through from ${JSON.stringify(answers)} ${graded.status}`);
    }
  }
  expect(problems).toEqual([]);
}

describe("likelihood evaluations", () => {
  it("likelihood-bernoulli-product: 4-figure powers or running product; logs term by term or of the product", () => {
    const t = template("likelihood-bernoulli-product");
    proveOverSeeds(t, (seed): Proof => {
      const { sample, p0 } = dataOf<{ sample: number[]; p0: number }>(t, seed);
      const n = sample.length;
      const k = total(sample);
      const q = 1 - p0;
      const factors = sample.map((x) => (x === 1 ? p0 : q));
      const likelihood = product(factors);
      const logLikelihood = total(factors.map(Math.log));
      const complement = product(sample.map((x) => (x === 1 ? q : p0)));
      const byPowers = four(p0 ** k) * four(q ** (n - k));
      const stepByStep = runningProduct(factors);
      return {
        parts: [
          {
            part: "likelihood",
            right: { powers: byPowers, "running product": stepByStep },
            wrong: {
              "log-not-likelihood": logLikelihood,
              complement,
              "sum-not-product": total(factors),
              "binomial-coefficient": choose(n, k) * likelihood,
            },
          },
          {
            part: "logLikelihood",
            right: {
              "4-figure logs": k * four(Math.log(p0)) + (n - k) * four(Math.log(q)),
              "4-figure terms": four(k * Math.log(p0)) + four((n - k) * Math.log(q)),
              "log of the 4-figure likelihood": Math.log(four(byPowers)),
              "log of the running product": Math.log(four(stepByStep)),
            },
            wrong: {
              "likelihood-not-log": likelihood,
              "log-base-10": Math.log10(likelihood),
              complement: Math.log(complement),
              "binomial-coefficient": Math.log(choose(n, k)) + logLikelihood,
            },
          },
        ],
        followThrough: [
          { earlier: { likelihood: complement }, part: "logLikelihood", value: Math.log(four(complement)) },
          { earlier: { likelihood: four(likelihood) }, part: "logLikelihood", value: Math.log(four(likelihood)) },
        ],
      };
    });
  });

  it("likelihood-exponential-density: n log λ − λΣx or the sum of 4-figure log-densities; then its exponential", () => {
    const t = template("likelihood-exponential-density");
    proveOverSeeds(t, (seed): Proof => {
      const { sample, rate0 } = dataOf<{ sample: number[]; rate0: number }>(t, seed);
      const n = sample.length;
      const s = total(sample);
      const logLikelihood = n * Math.log(rate0) - rate0 * s;
      const routes = {
        "4-figure log λ": n * four(Math.log(rate0)) - rate0 * s,
        "4-figure terms": four(n * Math.log(rate0)) - four(rate0 * s),
        "4-figure log-densities": total(sample.map((x) => four(Math.log(rate0) - rate0 * x))),
      };
      const meanForRate = -n * Math.log(rate0) - s / rate0;
      return {
        parts: [
          {
            part: "logLikelihood",
            right: routes,
            wrong: {
              "mean-for-rate": meanForRate,
              "likelihood-not-log": Math.exp(logLikelihood),
              "log-base-10": logLikelihood / Math.LN10,
            },
          },
          {
            part: "likelihood",
            right: {
              ...Object.fromEntries(Object.entries(routes).map(([route, value]) => [`e to the ${route}`, Math.exp(four(value))])),
              "product of 4-figure densities": product(sample.map((x) => four(rate0 * Math.exp(-rate0 * x)))),
            },
            wrong: { "log-not-likelihood": logLikelihood },
          },
        ],
        followThrough: [
          { earlier: { logLikelihood: logLikelihood }, part: "likelihood", value: Math.exp(four(logLikelihood)) },
          { earlier: { logLikelihood: meanForRate }, part: "likelihood", value: Math.exp(four(meanForRate)) },
        ],
      };
    });
  });

  it("likelihood-normal-ratio: 4-figure sums of squares, the 4-figure sample mean, or two log-likelihoods to 4 decimals; then e to it", () => {
    const t = template("likelihood-normal-ratio");
    proveOverSeeds(t, (seed): Proof => {
      const { sample, sigma, mu1, mu2 } = dataOf<{ sample: number[]; sigma: number; mu1: number; mu2: number }>(t, seed);
      const n = sample.length;
      const squares = (mu: number) => four(total(sample.map((x) => four((x - mu) ** 2))));
      const logRatio = (total(sample.map((x) => (x - mu2) ** 2)) - total(sample.map((x) => (x - mu1) ** 2))) / (2 * sigma ** 2);
      const xBar = four(average(sample));
      const logLikelihood = (mu: number) =>
        -(n / 2) * Math.log(2 * Math.PI * sigma ** 2) - total(sample.map((x) => (x - mu) ** 2)) / (2 * sigma ** 2);
      const routes = {
        "sums of squares": (squares(mu2) - squares(mu1)) / (2 * sigma ** 2),
        // Σ(x − μ)² = Σ(x − x̄)² + n(x̄ − μ)², the hint of part 3: only the second term differs.
        "sample mean": (n * (four((xBar - mu2) ** 2) - four((xBar - mu1) ** 2))) / (2 * sigma ** 2),
        // Both whole log-likelihoods, to the four decimals the prompt asks of intermediate results.
        "two log-likelihoods": fourDecimals(logLikelihood(mu1)) - fourDecimals(logLikelihood(mu2)),
      };
      return {
        parts: [
          {
            part: "logRatio",
            right: routes,
            wrong: {
              "ratio-inverted": -logRatio,
              "missing-half": 2 * logRatio,
              "sigma-omitted": sigma === 1 ? Number.NaN : logRatio * sigma ** 2,
              "sigma-not-squared": sigma === 1 ? Number.NaN : logRatio * sigma,
            },
          },
          {
            part: "ratio",
            right: Object.fromEntries(Object.entries(routes).map(([route, value]) => [`e to the ${route}`, Math.exp(four(value))])),
            wrong: { "ratio-inverted": Math.exp(-logRatio), "log-not-likelihood": logRatio },
          },
        ],
        followThrough: [
          { earlier: { logRatio }, part: "ratio", value: Math.exp(four(logRatio)) },
          { earlier: { logRatio: 2 * logRatio }, part: "ratio", value: Math.exp(four(2 * logRatio)) },
        ],
      };
    });
  });

  it("likelihood-poisson-log: the constant from 4-figure log-factorials, then Σx log λ − nλ − constant", () => {
    const t = template("likelihood-poisson-log");
    proveOverSeeds(t, (seed): Proof => {
      const { sample, lambda0 } = dataOf<{ sample: number[]; lambda0: number }>(t, seed);
      const n = sample.length;
      const s = total(sample);
      const constant = total(sample.map((x) => Math.log(factorial(x))));
      const logLikelihood = s * Math.log(lambda0) - n * lambda0 - constant;
      // log x! = log 2 + … + log x, each log to 4 figures.
      const byLogs = total(sample.map((x) => total(Array.from({ length: Math.max(0, x - 1) }, (_, j) => four(Math.log(j + 2))))));
      const byLogFactorials = total(sample.map((x) => four(Math.log(factorial(x)))));
      const inBase10 = total(sample.map((x) => Math.log10(factorial(x))));
      const factorials = total(sample.map(factorial));
      const kernel = s * Math.log(lambda0) - n * lambda0;
      return {
        parts: [
          {
            part: "sumLogFactorial",
            right: { "4-figure log-factorials": byLogFactorials, "4-figure logs": byLogs },
            wrong: { "log-base-10": inBase10, "factorial-not-log": factorials },
          },
          {
            part: "logLikelihood",
            right: {
              formula: s * four(Math.log(lambda0)) - n * lambda0 - four(byLogs),
              "4-figure terms": total(sample.map((x) => four(x * Math.log(lambda0) - lambda0 - Math.log(factorial(x))))),
              "4-figure log-pmfs": total(sample.map((x) => four(Math.log((lambda0 ** x * Math.exp(-lambda0)) / factorial(x))))),
            },
            wrong: {
              "constant-dropped": kernel,
              "constant-sign": kernel + constant,
              "likelihood-not-log": Math.exp(logLikelihood),
              "log-base-10": logLikelihood / Math.LN10,
            },
          },
        ],
        followThrough: [
          { earlier: { sumLogFactorial: factorials }, part: "logLikelihood", value: kernel - four(factorials) },
          {
            earlier: { sumLogFactorial: byLogFactorials },
            part: "logLikelihood",
            value: s * four(Math.log(lambda0)) - n * lambda0 - four(byLogFactorials),
          },
        ],
      };
    });
  });
});

describe("closed-form MLEs", () => {
  it("mle-poisson-score: Σx, the score from a 4-figure Σx/λ₀, and Σx/n", () => {
    const t = template("mle-poisson-score");
    proveOverSeeds(t, (seed): Proof => {
      const { sample, lambda0 } = dataOf<{ sample: number[]; lambda0: number }>(t, seed);
      const n = sample.length;
      const s = total(sample);
      const wrongTotal = s + 2;
      return {
        parts: [
          { part: "total", right: { sum: s }, wrong: { mean: s / n, "off by one": s + 1 } },
          {
            part: "score",
            right: { "4-figure Σx/λ₀": four(s / lambda0) - n, "one fraction": (s - n * lambda0) / lambda0 },
            wrong: { "sign-flipped": n - s / lambda0, "term-omitted": s / lambda0 },
          },
          {
            part: "lambda",
            right: { mean: s / n },
            wrong: { "n-minus-1": s / (n - 1), "sum-not-mean": s, reciprocal: n / s, "trial value": lambda0 },
          },
        ],
        followThrough: [
          { earlier: { total: s }, part: "score", value: four(s / lambda0) - n },
          { earlier: { total: wrongTotal }, part: "score", value: four(wrongTotal / lambda0) - n },
          { earlier: { total: wrongTotal }, part: "lambda", value: wrongTotal / n },
        ],
      };
    });
  });

  it("mle-binomial-experiments: pooled successes over pooled trials, then m p̂", () => {
    const t = template("mle-binomial-experiments");
    proveOverSeeds(t, (seed): Proof => {
      const { successes, trials, nextTrials } = dataOf<{ successes: number[]; trials: number[]; nextTrials: number }>(t, seed);
      const k = total(successes);
      const n = total(trials);
      const p = k / n;
      const averaged = average(successes.map((kj, j) => kj / (trials[j] ?? 1)));
      return {
        parts: [
          {
            part: "p",
            right: { pooled: p },
            wrong: { "unweighted-mean": averaged, complement: 1 - p, "count-not-proportion": k, "n-minus-1": k / (n - 1) },
          },
          {
            part: "expected",
            right: { "m times the 4-figure p̂": nextTrials * four(p) },
            wrong: { complement: nextTrials * (1 - p), "averaged proportions": nextTrials * averaged },
          },
        ],
        followThrough: [
          { earlier: { p }, part: "expected", value: nextTrials * four(p) },
          { earlier: { p: averaged }, part: "expected", value: nextTrials * four(averaged) },
        ],
      };
    });
  });

  it("mle-categorical-counts: the share of the total, and the sum of two 4-figure shares", () => {
    const t = template("mle-categorical-counts");
    proveOverSeeds(t, (seed): Proof => {
      const { categories, counts, target, other } = dataOf<{ categories: string[]; counts: number[]; target: string; other: string }>(
        t,
        seed,
      );
      const n = total(counts);
      const c1 = counts[categories.indexOf(target)] ?? Number.NaN;
      const c2 = counts[categories.indexOf(other)] ?? Number.NaN;
      const [p1, p2] = [c1 / n, c2 / n];
      return {
        parts: [
          {
            part: "p",
            right: { share: p1 },
            wrong: {
              "count-not-proportion": c1,
              "add-one-smoothing": (c1 + 1) / (n + categories.length),
              "ignores-data": 1 / categories.length,
            },
          },
          {
            part: "either",
            right: { "sum of 4-figure shares": four(p1) + four(p2), "one share": (c1 + c2) / n },
            wrong: { "product-not-sum": p1 * p2, "independence assumed": p1 + p2 - p1 * p2 },
          },
        ],
      };
    });
  });

  it("mle-geometric-support: the sample mean, then 1/x̄ or 1/(1 + x̄) from the 4-figure mean", () => {
    const t = template("mle-geometric-support");
    proveOverSeeds(t, (seed): Proof => {
      const { sample, support } = dataOf<{ sample: number[]; support: "trials" | "failures" }>(t, seed);
      const n = sample.length;
      const s = total(sample);
      const fromMean = (m: number) => (support === "trials" ? 1 / m : 1 / (1 + m));
      const p = fromMean(s / n);
      const wrongMean = s / (n - 1);
      return {
        parts: [
          { part: "mean", right: { mean: s / n }, wrong: { "n-minus-1": wrongMean, "sum-not-mean": s } },
          {
            part: "p",
            right: { "from the 4-figure mean": fromMean(four(s / n)), counts: support === "trials" ? n / s : n / (n + s) },
            wrong: { "wrong-support": support === "trials" ? 1 / (1 + s / n) : n / s, complement: 1 - p },
          },
        ],
        followThrough: [
          { earlier: { mean: s / n }, part: "p", value: fromMean(four(s / n)) },
          { earlier: { mean: wrongMean }, part: "p", value: fromMean(four(wrongMean)) },
        ],
      };
    });
  });

  it("mle-linear-regression: S_xy from 4-figure products, ȳ − b̂x̄, RSS from 4-figure residuals over n", () => {
    const t = template("mle-linear-regression");
    proveOverSeeds(t, (seed): Proof => {
      const { x, y } = dataOf<{ x: number[]; y: number[] }>(t, seed);
      const n = x.length;
      const xBar = average(x);
      const yBar = average(y);
      // Exact least squares, for the mistakes.
      const sxx = total(x.map((xi) => (xi - xBar) ** 2));
      const sxy = total(x.map((xi, i) => (xi - xBar) * ((y[i] ?? 0) - yBar)));
      const syy = total(y.map((yi) => (yi - yBar) ** 2));
      const slope = sxy / sxx;
      const intercept = yBar - slope * xBar;
      const rss = total(x.map((xi, i) => ((y[i] ?? 0) - intercept - slope * xi) ** 2));
      // The hinted route: x̄ and ȳ first (4 figures), the products and the sums to 4 figures.
      const yBar4 = four(yBar);
      const sxy4 = four(total(x.map((xi, i) => four((xi - four(xBar)) * ((y[i] ?? 0) - yBar4)))));
      const sxx4 = four(total(x.map((xi) => four((xi - four(xBar)) ** 2))));
      const slope4 = four(sxy4 / sxx4);
      const intercept4 = four(yBar4 - slope4 * four(xBar));
      const residuals = x.map((xi, i) => four((y[i] ?? 0) - intercept4 - slope4 * xi));
      const rss4 = four(total(residuals.map((r) => four(r ** 2))));
      // A wrong slope typed in part 1 (x on y), and the later parts worked from it.
      const xOnY = sxy / syy;
      const carriedIntercept = four(yBar4 - four(xOnY) * xBar);
      const carriedRss = total(x.map((xi, i) => four(((y[i] ?? 0) - carriedIntercept - four(xOnY) * xi) ** 2)));
      return {
        parts: [
          { part: "slope", right: { "S_xy / S_xx": sxy4 / sxx4 }, wrong: { "x-on-y": xOnY, "sign-flipped": -slope } },
          { part: "intercept", right: { "ȳ − b̂x̄": yBar4 - slope4 * xBar }, wrong: { "sign-flipped": yBar + slope * xBar } },
          {
            part: "variance",
            right: { "RSS / n": rss4 / n },
            wrong: {
              "n-minus-2": rss / (n - 2),
              "n-minus-1": rss / (n - 1),
              "rss-not-variance": rss,
              "sd-not-variance": Math.sqrt(rss / n),
            },
          },
        ],
        followThrough: [
          { earlier: { slope: slope4 }, part: "intercept", value: intercept4 },
          { earlier: { slope: slope4, intercept: intercept4 }, part: "variance", value: rss4 / n },
          { earlier: { slope: xOnY }, part: "intercept", value: carriedIntercept },
          { earlier: { slope: xOnY, intercept: carriedIntercept }, part: "variance", value: carriedRss / n },
        ],
      };
    });
  });
});
