// The computational EM templates (lib/questions/templates/why-labels-matter, em-steps, em-properties): for many seeds, every truth is
// recomputed here from the served JSON data, either with the estimation library's runJob (one EM
// iteration, { maxIter: 1, tol: 0, history: true, responsibilities: true }, as docs/estimation-cli.md documents
// history and responsibilities) or with an independent textbook formula (Bayes' rule with the
// binomial, Poisson or normal density; the sources are named beside each). Then: those values grade
// as correct, each named mistake is recognised, later parts follow through from a wrong earlier
// answer (carriedForward), and interchangeable components are accepted in either order.
import { describe, expect, it } from "vitest";
import { getTemplate, type GradeResult, type QuestionTemplate } from "@/lib/questions";
import { COMPUTATION_TEMPLATES, CORE_TEMPLATE_IDS } from "@/lib/questions/templates/computations";

const CORE_IDS: readonly string[] = CORE_TEMPLATE_IDS;
const EM_TOPICS = ["why-labels-matter", "em-mechanics", "em-properties"];
/** The EM walk-throughs and properties in numbers (the core E- and M-steps have their own test). */
const EM_COMPUTATION_TEMPLATES = COMPUTATION_TEMPLATES.filter(
  (template) => EM_TOPICS.includes(template.topic) && !CORE_IDS.includes(template.id),
);
import { runJob } from "@/lib/estimation";

const SEEDS = Array.from({ length: 40 }, (_, i) => i * 104729 + 11);
const RELATIVE_TOLERANCE = 0.005;

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

/** The variant's data exactly as the API serves it (through JSON). */
function served<D>(id: string, seed: number): D {
  return JSON.parse(JSON.stringify(template(id).generate(seed).data)) as D;
}

/** Numbers typed at full precision, as a learner's calculator would show them. */
function typed(values: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, String(value)]));
}

function part(result: GradeResult, id: string) {
  const found = result.parts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no part ${id}`);
  return found;
}

function expectAllCorrect(id: string, seed: number, values: Record<string, number>): void {
  const result = template(id).grade(seed, typed(values));
  for (const [partId] of Object.entries(values)) {
    const graded = part(result, partId);
    expect(graded.status, `${id} seed ${seed} part ${partId}: ${graded.message}`).toBe("correct");
    expect(graded.carriedForward, `${id} seed ${seed} part ${partId}`).toBeUndefined();
  }
}

const near = (value: number, target: number, tolerance = RELATIVE_TOLERANCE) =>
  Math.abs(value - target) <= tolerance * Math.max(Math.abs(target), 1e-12) * (1 + 1e-9);

/**
 * Grades `value` alone in `partId` and expects the named mistake. Seeds where the wrong value happens
 * to be within tolerance of the truth or of another named mistake (or is undefined) cannot show the
 * mistake and are skipped; returns whether the seed counted.
 */
function expectMistake(
  id: string,
  seed: number,
  partId: string,
  value: number,
  truth: number,
  tag: string,
  /** Values of other mistakes of the part: a seed where this one coincides with one of them is skipped. */
  others: readonly number[] = [],
): boolean {
  if (!Number.isFinite(value) || near(value, truth) || others.some((other) => near(value, other))) return false;
  // Ten significant figures: a bare "34" would be too coarse to tell from a truth of 33.8 ("imprecise").
  const graded = part(template(id).grade(seed, { [partId]: value.toPrecision(10) }), partId);
  expect(graded.status, `${id} seed ${seed} ${partId} = ${value} (${tag})`).toBe("incorrect");
  expect(graded.mistake, `${id} seed ${seed} ${partId} = ${value}: ${graded.message}`).toBe(tag);
  return true;
}

/** Runs `check` over the seeds and expects every mistake tag to have been recognised on most of them. */
function expectMistakesOverSeeds(check: (seed: number) => Record<string, boolean>): void {
  const counted: Record<string, number> = {};
  for (const seed of SEEDS) {
    for (const [tag, wasCounted] of Object.entries(check(seed))) counted[tag] = (counted[tag] ?? 0) + (wasCounted ? 1 : 0);
  }
  for (const [tag, count] of Object.entries(counted))
    expect(count, `mistake ${tag} shown on enough seeds`).toBeGreaterThanOrEqual(SEEDS.length / 2);
}

/** Expects `partId` graded correct only through follow-through from the learner's wrong earlier answers. */
function expectCarried(id: string, seed: number, answers: Record<string, number>, partId: string, truth: number): boolean {
  const value = answers[partId] as number;
  if (near(value, truth)) return false;
  const graded = part(template(id).grade(seed, typed(answers)), partId);
  expect(graded.status, `${id} seed ${seed} ${partId}: ${graded.message}`).toBe("correct");
  expect(graded.carriedForward, `${id} seed ${seed} ${partId}`).toBe(true);
  return true;
}

/** A wrong probability that stays inside (0, 1): 0.15 away from the truth. */
const nudged = (probability: number) => (probability > 0.5 ? probability - 0.15 : probability + 0.15);

// --- Independent densities (textbook formulas, not the library's) ---------------------------------

function logFactorial(n: number): number {
  let total = 0;
  for (let k = 2; k <= n; k += 1) total += Math.log(k);
  return total;
}
const choose = (n: number, k: number) => Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k));
/** dbinom(h, n, θ) */
const binomialPmf = (h: number, n: number, theta: number) => choose(n, h) * theta ** h * (1 - theta) ** (n - h);
/** dpois(x, λ) */
const poissonPmf = (x: number, lambda: number) => Math.exp(x * Math.log(lambda) - lambda - logFactorial(x));
/** dnorm(x, μ, √v) */
const normalPdf = (x: number, mean: number, variance: number) =>
  Math.exp(-((x - mean) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
const total = (values: readonly number[]) => values.reduce((s, x) => s + x, 0);

interface History<P> {
  params: P;
  logLikelihood: number;
  responsibilities?: number[][];
}

/** One EM iteration by the library, as the brief prescribes. */
function oneIteration<P>(model: string, data: unknown, init: unknown, extra: Record<string, unknown> = {}): [History<P>, History<P>] {
  const result = runJob({ model, data, init, options: { ...extra, maxIter: 1, tol: 0, history: true, responsibilities: true } });
  const history = result.history as History<P>[];
  return [history[0] as History<P>, history[1] as History<P>];
}

describe("the EM computation bank", () => {
  it("has at least 15 computational templates on topics 5–7, none with an id another helper owns", () => {
    expect(EM_COMPUTATION_TEMPLATES.length).toBeGreaterThanOrEqual(15);
    for (const t of EM_COMPUTATION_TEMPLATES) {
      expect(t.kind).toBe("computation");
      expect(["why-labels-matter", "em-mechanics", "em-properties"]).toContain(t.topic);
      expect(["em-two-coins-step", "gmm-responsibility", "gmm-m-step"]).not.toContain(t.id);
      expect(getTemplate(t.id)).toBe(t);
    }
  });

  it("gives every part two or three hints", () => {
    for (const t of EM_COMPUTATION_TEMPLATES) {
      for (const p of t.generate(SEEDS[0] as number).parts) {
        expect(p.hints.length, `${t.id} ${p.id}`).toBeGreaterThanOrEqual(2);
        expect(p.hints.length, `${t.id} ${p.id}`).toBeLessThanOrEqual(3);
      }
    }
  });
});

// --- Two coins (Do & Batzoglou 2008) ------------------------------------------------------------

interface TwoCoinsData {
  heads: number[];
  tosses: number[];
  init: { thetaA: number; thetaB: number };
  trial: number;
}

describe("em-two-coins-iteration", () => {
  const id = "em-two-coins-iteration";
  function truths(seed: number) {
    const data = served<TwoCoinsData>(id, seed);
    const { thetaA, thetaB } = data.init;
    // Bayes' rule with equal priors: r = ½ dbinom(h, n, θA) / (½ dbinom(h, n, θA) + ½ dbinom(h, n, θB)).
    const r = data.heads.map((h, i) => {
      const n = data.tosses[i] as number;
      return binomialPmf(h, n, thetaA) / (binomialPmf(h, n, thetaA) + binomialPmf(h, n, thetaB));
    });
    const [start, after] = oneIteration<{ thetas: number[] }>(
      "binomial-mixture",
      { successes: data.heads, trials: data.tosses },
      { weights: [0.5, 0.5], thetas: [thetaA, thetaB] },
      { fixWeights: true },
    );
    after.responsibilities?.forEach((row, i) => expect(row[0]).toBeCloseTo(r[i] as number, 12));
    const headsA = total(data.heads.map((h, i) => (r[i] as number) * h));
    const tossesA = total(data.tosses.map((n, i) => (r[i] as number) * n));
    const [newA, newB] = after.params.thetas as [number, number];
    expect(newA).toBeCloseTo(headsA / tossesA, 12);
    // ℓ as R's sum(log(0.5 * dbinom(h, n, tA) + 0.5 * dbinom(h, n, tB))).
    const ell = (a: number, b: number) =>
      total(
        data.heads.map((h, i) =>
          Math.log(0.5 * binomialPmf(h, data.tosses[i] as number, a) + 0.5 * binomialPmf(h, data.tosses[i] as number, b)),
        ),
      );
    expect(after.logLikelihood).toBeCloseTo(ell(newA, newB), 9);
    return { data, r, headsA, tossesA, newA, newB, ell, start: start.logLikelihood, after: after.logLikelihood };
  }

  it("grades runJob's one iteration (and Bayes' rule for the E-step) as correct", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expectAllCorrect(id, seed, {
        rA: t.r[t.data.trial - 1] as number,
        headsA: t.headsA,
        thetaA: t.newA,
        thetaB: t.newB,
        logLikelihood: t.after,
      });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const j = t.data.trial - 1;
      const h = t.data.heads[j] as number;
      const rA = t.r[j] as number;
      const hardA = t.r.map((r) => r > 0.5);
      const hardTheta = (toA: boolean) =>
        total(t.data.heads.filter((_, i) => hardA[i] === toA)) / total(t.data.tosses.filter((_, i) => hardA[i] === toA));
      const logChoose = total(t.data.heads.map((x, i) => Math.log(choose(t.data.tosses[i] as number, x))));
      return {
        "rA prior-for-posterior": expectMistake(id, seed, "rA", 0.5, rA, "prior-for-posterior"),
        "rA unnormalised": expectMistake(
          id,
          seed,
          "rA",
          0.5 * t.data.init.thetaA ** h * (1 - t.data.init.thetaA) ** (10 - h),
          rA,
          "unnormalised-responsibilities",
        ),
        "rA labels-swapped": expectMistake(id, seed, "rA", 1 - rA, rA, "labels-swapped"),
        "headsA hard": expectMistake(id, seed, "headsA", total(t.data.heads.filter((_, i) => hardA[i])), t.headsA, "hard-assignments"),
        "headsA prior": expectMistake(id, seed, "headsA", total(t.data.heads) / 2, t.headsA, "prior-for-posterior"),
        "headsA swapped": expectMistake(id, seed, "headsA", total(t.data.heads) - t.headsA, t.headsA, "labels-swapped", [
          total(t.data.heads) / 2,
        ]),
        "thetaA total tosses": expectMistake(id, seed, "thetaA", t.headsA / total(t.data.tosses), t.newA, "total-tosses", [
          t.newB,
          hardTheta(true),
        ]),
        "thetaB swapped": expectMistake(id, seed, "thetaB", t.newA, t.newB, "labels-swapped", [hardTheta(false)]),
        "thetaA hard": expectMistake(id, seed, "thetaA", hardTheta(true), t.newA, "hard-assignments"),
        "thetaA swapped": expectMistake(id, seed, "thetaA", t.newB, t.newA, "labels-swapped"),
        "thetaB hard": expectMistake(id, seed, "thetaB", hardTheta(false), t.newB, "hard-assignments"),
        "ll not log": expectMistake(id, seed, "logLikelihood", Math.exp(t.after), t.after, "likelihood-not-log"),
        "ll constants": expectMistake(id, seed, "logLikelihood", t.after - logChoose, t.after, "constants-omitted"),
        "ll priors": expectMistake(id, seed, "logLikelihood", t.after + t.data.heads.length * Math.log(2), t.after, "weights-omitted"),
        "ll old": expectMistake(id, seed, "logLikelihood", t.start, t.after, "old-parameters"),
      };
    });
  });

  it("follows through: each later part is correct given the learner's own wrong earlier answer", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const t = truths(seed);
      const j = t.data.trial - 1;
      const wrongR = nudged(t.r[j] as number);
      const shift = wrongR - (t.r[j] as number);
      // The learner reuses their value for every trial with as many heads as trial j.
      const same = t.data.heads.map((h) => h === t.data.heads[j]);
      const headsA = t.headsA + shift * total(t.data.heads.filter((_, i) => same[i]));
      const tossesA = t.tossesA + shift * total(t.data.tosses.filter((_, i) => same[i]));
      const thetaA = headsA / tossesA;
      const thetaB = (total(t.data.heads) - headsA) / (total(t.data.tosses) - tossesA);
      const answers = { rA: wrongR, headsA, thetaA, thetaB, logLikelihood: t.ell(thetaA, thetaB) };
      const result = template(id).grade(seed, typed(answers));
      expect(part(result, "rA").status).toBe("incorrect");
      if (expectCarried(id, seed, answers, "headsA", t.headsA)) carried += 1;
      expectCarried(id, seed, answers, "thetaA", t.newA);
      expectCarried(id, seed, answers, "logLikelihood", t.after);
      // A wrong θ (not from part 1) still carries into the log-likelihood.
      const wrongTheta = { thetaA: t.newA + 0.05, thetaB: t.newB, logLikelihood: t.ell(t.newA + 0.05, t.newB) };
      expectCarried(id, seed, wrongTheta, "logLikelihood", t.after);
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});

// --- 1-D Gaussian mixture, two components -------------------------------------------------------

interface GmmData {
  sample: number[];
  init: { weights: number[]; means: number[]; variances: number[] };
  point: number;
}
interface GmmParams {
  weights: number[];
  means: number[];
  variances: number[];
}

/** Bayes' rule with normal densities: the responsibility of component 1 at x. */
function gmmResponsibility(x: number, p: GmmParams): number {
  const a = (p.weights[0] as number) * normalPdf(x, p.means[0] as number, p.variances[0] as number);
  const b = (p.weights[1] as number) * normalPdf(x, p.means[1] as number, p.variances[1] as number);
  return a / (a + b);
}
/** R: sum(log(w1 * dnorm(x, m1, s1) + w2 * dnorm(x, m2, s2))) */
const gmmLogLikelihood = (sample: readonly number[], p: GmmParams) =>
  total(sample.map((x) => Math.log(total(p.weights.map((w, k) => w * normalPdf(x, p.means[k] as number, p.variances[k] as number))))));

describe("em-gmm-iteration", () => {
  const id = "em-gmm-iteration";
  function truths(seed: number) {
    const data = served<GmmData>(id, seed);
    expect(data.sample.length).toBeLessThanOrEqual(6);
    const r = data.sample.map((x) => gmmResponsibility(x, data.init));
    const [start, after] = oneIteration<GmmParams>("gmm", data.sample, data.init);
    after.responsibilities?.forEach((row, i) => expect(row[0]).toBeCloseTo(r[i] as number, 12));
    expect(after.logLikelihood).toBeCloseTo(gmmLogLikelihood(data.sample, after.params), 9);
    return { data, r, start: start.logLikelihood, after };
  }

  it("grades runJob's one iteration (and Bayes' rule for the E-step) as correct", () => {
    for (const seed of SEEDS) {
      const { data, r, after } = truths(seed);
      const { weights, means, variances } = after.params;
      expectAllCorrect(id, seed, {
        r1: r[data.point - 1] as number,
        weight1: weights[0] as number,
        mean1: means[0] as number,
        variance1: variances[0] as number,
        mean2: means[1] as number,
        variance2: variances[1] as number,
        logLikelihood: after.logLikelihood,
      });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const { data, r, start, after } = truths(seed);
      const x = data.sample[data.point - 1] as number;
      const rj = r[data.point - 1] as number;
      const { weights, means, variances } = after.params;
      const d1 = normalPdf(x, data.init.means[0] as number, data.init.variances[0] as number);
      const d2 = normalPdf(x, data.init.means[1] as number, data.init.variances[1] as number);
      const n1 = total(r);
      const hard = data.sample.filter((_, i) => (r[i] as number) > 0.5);
      return {
        "r1 prior": expectMistake(id, seed, "r1", data.init.weights[0] as number, rj, "prior-for-posterior"),
        "r1 weights": expectMistake(id, seed, "r1", d1 / (d1 + d2), rj, "weights-omitted"),
        "r1 unnormalised": expectMistake(id, seed, "r1", (data.init.weights[0] as number) * d1, rj, "unnormalised-responsibilities"),
        "r1 swapped": expectMistake(id, seed, "r1", 1 - rj, rj, "labels-swapped"),
        "weight1 count": expectMistake(id, seed, "weight1", n1, weights[0] as number, "count-not-proportion"),
        "weight1 hard": expectMistake(id, seed, "weight1", hard.length / data.sample.length, weights[0] as number, "hard-assignments", [
          1 - (weights[0] as number),
        ]),
        "weight1 swapped": expectMistake(id, seed, "weight1", 1 - (weights[0] as number), weights[0] as number, "labels-swapped", [
          hard.length / data.sample.length,
        ]),
        "variance1 hard": expectMistake(
          id,
          seed,
          "variance1",
          total(hard.map((v) => (v - total(hard) / hard.length) ** 2)) / hard.length,
          variances[0] as number,
          "hard-assignments",
          [variances[1] as number],
        ),
        "variance2 swapped": expectMistake(id, seed, "variance2", variances[0] as number, variances[1] as number, "labels-swapped"),
        "mean1 hard": expectMistake(id, seed, "mean1", total(hard) / hard.length, means[0] as number, "hard-assignments"),
        "mean1 unweighted": expectMistake(
          id,
          seed,
          "mean1",
          total(data.sample) / data.sample.length,
          means[0] as number,
          "responsibilities-ignored",
        ),
        "mean2 swapped": expectMistake(id, seed, "mean2", means[0] as number, means[1] as number, "labels-swapped"),
        "variance1 n-1": expectMistake(
          id,
          seed,
          "variance1",
          // Only meaningful when N₁ > 1 (else it is negative, outside the range).
          n1 > 1 ? total(data.sample.map((v, i) => (r[i] as number) * (v - (means[0] as number)) ** 2)) / (n1 - 1) : Number.NaN,
          variances[0] as number,
          "n-minus-1",
        ),
        "variance1 old mean": expectMistake(
          id,
          seed,
          "variance1",
          total(data.sample.map((v, i) => (r[i] as number) * (v - (data.init.means[0] as number)) ** 2)) / n1,
          variances[0] as number,
          "old-mean",
        ),
        "ll not log": expectMistake(id, seed, "logLikelihood", Math.exp(after.logLikelihood), after.logLikelihood, "likelihood-not-log"),
        "ll old": expectMistake(id, seed, "logLikelihood", start, after.logLikelihood, "old-parameters"),
      };
    });
  });

  it("follows through from a wrong responsibility down to the log-likelihood", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const { data, r, after } = truths(seed);
      const x = data.sample[data.point - 1] as number;
      const wrong = nudged(r[data.point - 1] as number);
      // The learner's responsibilities: their value wherever the point is x (Bishop's M-step, eq. 9.24–9.27).
      const own = data.sample.map((v, i) => (v === x ? wrong : (r[i] as number)));
      const n = data.sample.length;
      const n1 = total(own);
      const mean1 = total(data.sample.map((v, i) => (own[i] as number) * v)) / n1;
      const mean2 = total(data.sample.map((v, i) => (1 - (own[i] as number)) * v)) / (n - n1);
      const variance1 = total(data.sample.map((v, i) => (own[i] as number) * (v - mean1) ** 2)) / n1;
      const variance2 = total(data.sample.map((v, i) => (1 - (own[i] as number)) * (v - mean2) ** 2)) / (n - n1);
      const weight1 = n1 / n;
      const answers = {
        r1: wrong,
        weight1,
        mean1,
        variance1,
        mean2,
        variance2,
        logLikelihood: gmmLogLikelihood(data.sample, {
          weights: [weight1, 1 - weight1],
          means: [mean1, mean2],
          variances: [variance1, variance2],
        }),
      };
      const { weights, means, variances } = after.params;
      if (expectCarried(id, seed, answers, "weight1", weights[0] as number)) carried += 1;
      expectCarried(id, seed, answers, "mean1", means[0] as number);
      expectCarried(id, seed, answers, "variance1", variances[0] as number);
      expectCarried(id, seed, answers, "mean2", means[1] as number);
      expectCarried(id, seed, answers, "variance2", variances[1] as number);
      expectCarried(id, seed, answers, "logLikelihood", after.logLikelihood);
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});

// --- Zero-inflated Poisson -------------------------------------------------------------------------

interface ZipData {
  counts: number[];
  init: { pi: number; lambda: number };
}

describe("em-zip-step", () => {
  const id = "em-zip-step";
  function truths(seed: number) {
    const data = served<ZipData>(id, seed);
    const { pi, lambda } = data.init;
    // Lambert (1992): a zero is structural with posterior π / (π + (1 − π) e^{−λ}).
    const z = pi / (pi + (1 - pi) * Math.exp(-lambda));
    const [, after] = oneIteration<{ pi: number; lambda: number }>("zip", data.counts, data.init);
    expect(after.responsibilities?.[data.counts.indexOf(0)]?.[0]).toBeCloseTo(z, 12);
    const n0 = data.counts.filter((x) => x === 0).length;
    return { data, z, n0, n: data.counts.length, total: total(data.counts), after: after.params };
  }

  it("grades runJob's one iteration (and Lambert's E-step) as correct", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expectAllCorrect(id, seed, { z: t.z, pi: t.after.pi, lambda: t.after.lambda });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      return {
        "z prior": expectMistake(id, seed, "z", t.data.init.pi, t.z, "prior-for-posterior"),
        "z swapped": expectMistake(id, seed, "z", 1 - t.z, t.z, "labels-swapped"),
        "z weights": expectMistake(id, seed, "z", 1 / (1 + Math.exp(-t.data.init.lambda)), t.z, "weights-omitted", [
          t.data.init.pi,
          1 - t.z,
        ]),
        "pi hard": expectMistake(id, seed, "pi", t.n0 / t.n, t.after.pi, "hard-assignments"),
        "pi count": expectMistake(id, seed, "pi", t.n0 * t.z, t.after.pi, "count-not-proportion"),
        "lambda plain": expectMistake(id, seed, "lambda", t.total / t.n, t.after.lambda, "inflation-ignored"),
        "lambda hard": expectMistake(id, seed, "lambda", t.total / (t.n - t.n0), t.after.lambda, "hard-assignments"),
      };
    });
  });

  it("follows through from a wrong posterior", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const t = truths(seed);
      const z = nudged(t.z);
      const answers = { z, pi: (t.n0 * z) / t.n, lambda: t.total / (t.n - t.n0 * z) };
      if (expectCarried(id, seed, answers, "pi", t.after.pi)) carried += 1;
      expectCarried(id, seed, answers, "lambda", t.after.lambda);
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});

// --- Genetic linkage (Dempster, Laird & Rubin 1977) ---------------------------------------------

interface LinkageData {
  counts: [number, number, number, number];
  init: { theta: number };
}

describe("em-linkage-step", () => {
  const id = "em-linkage-step";
  function truths(seed: number) {
    const data = served<LinkageData>(id, seed);
    const [y1, y2, y3, y4] = data.counts;
    const result = runJob({
      model: "linkage",
      data: { counts: data.counts },
      init: data.init,
      options: { maxIter: 2, tol: 0, history: true },
    });
    const theta1 = (result.history?.[1]?.params as { theta: number }).theta;
    const theta2 = (result.history?.[2]?.params as { theta: number }).theta;
    // DLR §1: E[x₂ | y₁] = y₁ θ / (2 + θ); the library's M-step must be (x₂ + y₄)/(x₂ + y₂ + y₃ + y₄) of it.
    const split = (theta: number) => (y1 * theta) / (2 + theta);
    const mStep = (x2: number) => (x2 + y4) / (x2 + y2 + y3 + y4);
    expect(theta1).toBeCloseTo(mStep(split(data.init.theta)), 12);
    expect(theta2).toBeCloseTo(mStep(split(theta1)), 12);
    return { data, split, mStep, theta1, theta2 };
  }

  it("grades runJob's two iterations (and DLR's E-step) as correct", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expectAllCorrect(id, seed, { split1: t.split(t.data.init.theta), theta1: t.theta1, split2: t.split(t.theta1), theta2: t.theta2 });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const [y1, y2, y3, y4] = t.data.counts;
      const theta0 = t.data.init.theta;
      return {
        "split unnormalised": expectMistake(id, seed, "split1", (y1 * theta0) / 4, t.split(theta0), "unnormalised-responsibilities"),
        "split swapped": expectMistake(id, seed, "split1", y1 - t.split(theta0), t.split(theta0), "labels-swapped"),
        "theta ignored": expectMistake(id, seed, "theta1", y4 / (y2 + y3 + y4), t.theta1, "split-ignored"),
        "theta whole": expectMistake(id, seed, "theta1", (y1 + y4) / (y1 + y2 + y3 + y4), t.theta1, "whole-cell"),
        "theta swapped": expectMistake(id, seed, "theta1", t.mStep(y1 - t.split(theta0)), t.theta1, "labels-swapped"),
        "split2 unnormalised": expectMistake(id, seed, "split2", (y1 * t.theta1) / 4, t.split(t.theta1), "unnormalised-responsibilities"),
      };
    });
  });

  it("follows through a wrong split into both iterations", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      const split1 = t.split(t.data.init.theta) * 1.1;
      const theta1 = t.mStep(split1);
      const split2 = t.split(theta1);
      const answers = { split1, theta1, split2, theta2: t.mStep(split2) };
      expect(expectCarried(id, seed, answers, "theta1", t.theta1)).toBe(true);
      expect(expectCarried(id, seed, answers, "split2", t.split(t.theta1))).toBe(true);
      expectCarried(id, seed, answers, "theta2", t.theta2);
    }
  });
});

// --- Bivariate normal with a missing value ------------------------------------------------------

interface MvnData {
  rows: (number | null)[][];
  init: { mean: [number, number]; covariance: [[number, number], [number, number]] };
}

describe("em-mvn-missing-step", () => {
  const id = "em-mvn-missing-step";
  function truths(seed: number) {
    const data = served<MvnData>(id, seed);
    const [mx, my] = data.init.mean;
    const [[sxx, sxy], [, syy]] = data.init.covariance;
    const missing = data.rows.findIndex((row) => row[1] === null);
    const x = data.rows[missing]?.[0] as number;
    const observed = data.rows.map((row) => row[1]).filter((y): y is number => y !== null);
    // Conditional normal (Little & Rubin 2002, §11.2.1): E[y | x] and Var[y | x].
    const imputed = my + (sxy / sxx) * (x - mx);
    const conditional = syy - (sxy * sxy) / sxx;
    const [, after] = oneIteration<{ mean: number[]; covariance: number[][] }>("mvn-missing", data.rows, data.init);
    const n = data.rows.length;
    expect(after.params.mean[1]).toBeCloseTo((total(observed) + imputed) / n, 12);
    return {
      data,
      imputed,
      conditional,
      observed,
      n,
      mean: after.params.mean[1] as number,
      variance: after.params.covariance[1]?.[1] as number,
    };
  }

  it("grades runJob's one iteration (and the conditional mean) as correct", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expectAllCorrect(id, seed, { imputed: t.imputed, mean2: t.mean, variance2: t.variance });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const [mx, my] = t.data.init.mean;
      const [[, sxy], [, syy]] = t.data.init.covariance;
      const x = t.data.rows.find((row) => row[1] === null)?.[0] as number;
      const observedMean = total(t.observed) / t.observed.length;
      const slope = my + (sxy / syy) * (x - mx);
      const squares = total(t.observed.map((y) => (y - t.mean) ** 2)) + (t.imputed - t.mean) ** 2;
      return {
        "imputed prior": expectMistake(id, seed, "imputed", my, t.imputed, "prior-for-posterior", [observedMean, slope]),
        "imputed mean": expectMistake(id, seed, "imputed", observedMean, t.imputed, "mean-imputation", [my, slope]),
        "imputed slope": expectMistake(id, seed, "imputed", slope, t.imputed, "wrong-slope", [my, observedMean]),
        "mean complete-case": expectMistake(id, seed, "mean2", observedMean, t.mean, "complete-case"),
        "variance single imputation": expectMistake(id, seed, "variance2", squares / t.n, t.variance, "conditional-variance-omitted"),
        "variance n-1": expectMistake(id, seed, "variance2", (squares + t.conditional) / (t.n - 1), t.variance, "n-minus-1"),
        "variance complete-case": expectMistake(
          id,
          seed,
          "variance2",
          total(t.observed.map((y) => (y - observedMean) ** 2)) / t.observed.length,
          t.variance,
          "complete-case",
          [squares / t.n],
        ),
      };
    });
  });

  it("follows through from a wrong fill-in", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      const imputed = t.imputed + 1;
      const mean2 = (total(t.observed) + imputed) / t.n;
      const variance2 = (total(t.observed.map((y) => (y - mean2) ** 2)) + (imputed - mean2) ** 2 + t.conditional) / t.n;
      const answers = { imputed, mean2, variance2 };
      expect(expectCarried(id, seed, answers, "mean2", t.mean)).toBe(true);
      expectCarried(id, seed, answers, "variance2", t.variance);
    }
  });
});

// --- Poisson mixture --------------------------------------------------------------------------------

interface PoissonMixtureData {
  counts: number[];
  init: { weights: number[]; lambdas: number[] };
  value: number;
}
interface PoissonMixtureParams {
  weights: number[];
  lambdas: number[];
}
/** Bayes' rule with Poisson probabilities: the responsibility of component 1 for a count x. */
function poissonResponsibility(x: number, p: PoissonMixtureParams): number {
  const a = (p.weights[0] as number) * poissonPmf(x, p.lambdas[0] as number);
  const b = (p.weights[1] as number) * poissonPmf(x, p.lambdas[1] as number);
  return a / (a + b);
}
/** R: sum(log(w1 * dpois(x, l1) + w2 * dpois(x, l2))) */
const poissonMixtureLogLikelihood = (counts: readonly number[], p: PoissonMixtureParams) =>
  total(counts.map((x) => Math.log(total(p.weights.map((w, k) => w * poissonPmf(x, p.lambdas[k] as number))))));

describe("em-poisson-mixture-step", () => {
  const id = "em-poisson-mixture-step";
  function truths(seed: number) {
    const data = served<PoissonMixtureData>(id, seed);
    const r = data.counts.map((x) => poissonResponsibility(x, data.init));
    const [, after] = oneIteration<PoissonMixtureParams>("poisson-mixture", data.counts, data.init);
    after.responsibilities?.forEach((row, i) => expect(row[0]).toBeCloseTo(r[i] as number, 12));
    expect(after.logLikelihood).toBeCloseTo(poissonMixtureLogLikelihood(data.counts, after.params), 9);
    return { data, r, after: after.params };
  }

  it("grades runJob's one iteration (and Bayes' rule for the E-step) as correct", () => {
    for (const seed of SEEDS) {
      const { data, after } = truths(seed);
      expectAllCorrect(id, seed, {
        r1: poissonResponsibility(data.value, data.init),
        weight1: after.weights[0] as number,
        lambda1: after.lambdas[0] as number,
        lambda2: after.lambdas[1] as number,
      });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const { data, r, after } = truths(seed);
      const r1 = poissonResponsibility(data.value, data.init);
      const p1 = poissonPmf(data.value, data.init.lambdas[0] as number);
      const p2 = poissonPmf(data.value, data.init.lambdas[1] as number);
      const hard = data.counts.filter((_, i) => (r[i] as number) > 0.5);
      return {
        "r1 prior": expectMistake(id, seed, "r1", data.init.weights[0] as number, r1, "prior-for-posterior"),
        "r1 weights": expectMistake(id, seed, "r1", p1 / (p1 + p2), r1, "weights-omitted"),
        "r1 unnormalised": expectMistake(id, seed, "r1", (data.init.weights[0] as number) * p1, r1, "unnormalised-responsibilities"),
        "r1 swapped": expectMistake(id, seed, "r1", 1 - r1, r1, "labels-swapped"),
        "weight1 hard": expectMistake(
          id,
          seed,
          "weight1",
          hard.length / data.counts.length,
          after.weights[0] as number,
          "hard-assignments",
        ),
        "lambda1 hard": expectMistake(id, seed, "lambda1", total(hard) / hard.length, after.lambdas[0] as number, "hard-assignments"),
        "lambda1 swapped": expectMistake(id, seed, "lambda1", after.lambdas[1] as number, after.lambdas[0] as number, "labels-swapped"),
        "lambda2 unweighted": expectMistake(
          id,
          seed,
          "lambda2",
          total(data.counts) / data.counts.length,
          after.lambdas[1] as number,
          "responsibilities-ignored",
          [total(data.counts.filter((_, i) => (r[i] as number) <= 0.5)) / data.counts.filter((_, i) => (r[i] as number) <= 0.5).length],
        ),
        "weight1 count": expectMistake(id, seed, "weight1", total(r), after.weights[0] as number, "count-not-proportion"),
      };
    });
  });

  it("follows through from a wrong responsibility", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const { data, r, after } = truths(seed);
      const wrong = nudged(poissonResponsibility(data.value, data.init));
      const own = data.counts.map((x, i) => (x === data.value ? wrong : (r[i] as number)));
      const n1 = total(own);
      const answers = {
        r1: wrong,
        weight1: n1 / data.counts.length,
        lambda1: total(data.counts.map((x, i) => (own[i] as number) * x)) / n1,
        lambda2: total(data.counts.map((x, i) => (1 - (own[i] as number)) * x)) / (data.counts.length - n1),
      };
      if (expectCarried(id, seed, answers, "weight1", after.weights[0] as number)) carried += 1;
      expectCarried(id, seed, answers, "lambda1", after.lambdas[0] as number);
      expectCarried(id, seed, answers, "lambda2", after.lambdas[1] as number);
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});

// --- Binomial mixture with free weights -----------------------------------------------------------

interface BinomialMixtureData {
  successes: number[];
  trials: number[];
  init: { weights: number[]; thetas: number[] };
  row: number;
}

describe("em-binomial-mixture-weights", () => {
  const id = "em-binomial-mixture-weights";
  function truths(seed: number) {
    const data = served<BinomialMixtureData>(id, seed);
    const [w1, w2] = data.init.weights as [number, number];
    const [t1, t2] = data.init.thetas as [number, number];
    // Bayes' rule with unequal priors: w1 dbinom(h, n, t1) / (w1 dbinom(h, n, t1) + w2 dbinom(h, n, t2)).
    const r = data.successes.map((h, i) => {
      const n = data.trials[i] as number;
      return (w1 * binomialPmf(h, n, t1)) / (w1 * binomialPmf(h, n, t1) + w2 * binomialPmf(h, n, t2));
    });
    const [, after] = oneIteration<{ weights: number[]; thetas: number[] }>(
      "binomial-mixture",
      { successes: data.successes, trials: data.trials },
      data.init,
    );
    after.responsibilities?.forEach((row, i) => expect(row[0]).toBeCloseTo(r[i] as number, 12));
    return { data, r, after: after.params };
  }

  it("grades runJob's one iteration (and Bayes' rule for the E-step) as correct", () => {
    for (const seed of SEEDS) {
      const { data, r, after } = truths(seed);
      expectAllCorrect(id, seed, {
        r1: r[data.row - 1] as number,
        weight1: after.weights[0] as number,
        theta1: after.thetas[0] as number,
        theta2: after.thetas[1] as number,
      });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const { data, r, after } = truths(seed);
      const j = data.row - 1;
      const h = data.successes[j] as number;
      const n = data.trials[j] as number;
      const [t1, t2] = data.init.thetas as [number, number];
      const equalPriors = binomialPmf(h, n, t1) / (binomialPmf(h, n, t1) + binomialPmf(h, n, t2));
      const hard = r.map((value) => value > 0.5);
      const hardTheta = total(data.successes.filter((_, i) => hard[i])) / total(data.trials.filter((_, i) => hard[i]));
      const averaged = total(data.successes.map((x, i) => (r[i] as number) * (x / (data.trials[i] as number)))) / total(r);
      return {
        "r1 weights": expectMistake(id, seed, "r1", equalPriors, r[j] as number, "weights-omitted", [data.init.weights[0] as number]),
        "r1 prior": expectMistake(id, seed, "r1", data.init.weights[0] as number, r[j] as number, "prior-for-posterior", [
          equalPriors,
          1 - (r[j] as number),
        ]),
        "r1 swapped": expectMistake(id, seed, "r1", 1 - (r[j] as number), r[j] as number, "labels-swapped", [
          equalPriors,
          data.init.weights[0] as number,
        ]),
        "r1 unnormalised": expectMistake(
          id,
          seed,
          "r1",
          (data.init.weights[0] as number) * t1 ** h * (1 - t1) ** (n - h),
          r[j] as number,
          "unnormalised-responsibilities",
        ),
        "weight1 count": expectMistake(id, seed, "weight1", total(r), after.weights[0] as number, "count-not-proportion"),
        "weight1 old": expectMistake(
          id,
          seed,
          "weight1",
          data.init.weights[0] as number,
          after.weights[0] as number,
          "weights-not-updated",
        ),
        "weight1 hard": expectMistake(
          id,
          seed,
          "weight1",
          hard.filter(Boolean).length / r.length,
          after.weights[0] as number,
          "hard-assignments",
          [data.init.weights[0] as number],
        ),
        "theta1 hard": expectMistake(id, seed, "theta1", hardTheta, after.thetas[0] as number, "hard-assignments", [averaged]),
        "theta1 averaged": expectMistake(id, seed, "theta1", averaged, after.thetas[0] as number, "proportions-averaged", [hardTheta]),
        "theta2 swapped": expectMistake(id, seed, "theta2", after.thetas[0] as number, after.thetas[1] as number, "labels-swapped"),
      };
    });
  });

  it("follows through from a wrong responsibility", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const { data, r, after } = truths(seed);
      const j = data.row - 1;
      const wrong = nudged(r[j] as number);
      const own = r.map((value, i) => (data.successes[i] === data.successes[j] && data.trials[i] === data.trials[j] ? wrong : value));
      const answers = {
        r1: wrong,
        weight1: total(own) / own.length,
        theta1: total(data.successes.map((h, i) => (own[i] as number) * h)) / total(data.trials.map((n, i) => (own[i] as number) * n)),
        theta2:
          total(data.successes.map((h, i) => (1 - (own[i] as number)) * h)) /
          total(data.trials.map((n, i) => (1 - (own[i] as number)) * n)),
      };
      if (expectCarried(id, seed, answers, "weight1", after.weights[0] as number)) carried += 1;
      expectCarried(id, seed, answers, "theta1", after.thetas[0] as number);
      expectCarried(id, seed, answers, "theta2", after.thetas[1] as number);
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});

// --- Monotonicity: did the log-likelihood rise? ---------------------------------------------------

interface RiseData {
  counts: number[];
  before: PoissonMixtureParams;
  after: PoissonMixtureParams;
}

describe("em-loglik-rises", () => {
  const id = "em-loglik-rises";
  function truths(seed: number) {
    const data = served<RiseData>(id, seed);
    // The shown θ⁽¹⁾ is runJob's one iteration from θ⁽⁰⁾, rounded to 4 decimals.
    const [start, after] = oneIteration<PoissonMixtureParams>("poisson-mixture", data.counts, data.before);
    after.params.lambdas.forEach((lambda, k) => expect(data.after.lambdas[k]).toBeCloseTo(lambda, 4));
    const before = poissonMixtureLogLikelihood(data.counts, data.before);
    expect(start.logLikelihood).toBeCloseTo(before, 9);
    return { data, before, after: poissonMixtureLogLikelihood(data.counts, data.after) };
  }

  it("grades the log-likelihoods (R's dpois, by hand) and the reason as correct, and the rise is positive", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expect(t.after).toBeGreaterThan(t.before);
      expectAllCorrect(id, seed, { before: t.before, after: t.after, rise: t.after - t.before });
      expect(part(template(id).grade(seed, { why: "never" }), "why").status).toBe("correct");
      expect(part(template(id).grade(seed, { why: "overshoot" }), "why").status).toBe("incorrect");
    }
  });

  it("accepts the rise from log-likelihoods rounded to 4 decimals", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      const rise = Number(t.after.toFixed(4)) - Number(t.before.toFixed(4));
      expect(part(template(id).grade(seed, { rise: rise.toFixed(4) }), "rise").status).toBe("correct");
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const logFactorials = total(t.data.counts.map(logFactorial));
      const unweighted = total(t.data.counts.map((x) => Math.log(total(t.data.before.lambdas.map((l) => poissonPmf(x, l))))));
      return {
        "before not log": expectMistake(id, seed, "before", Math.exp(t.before), t.before, "likelihood-not-log"),
        "before constants": expectMistake(id, seed, "before", t.before + logFactorials, t.before, "constants-omitted"),
        "before weights": expectMistake(id, seed, "before", unweighted, t.before, "weights-omitted"),
        "after not log": expectMistake(id, seed, "after", Math.exp(t.after), t.after, "likelihood-not-log"),
        "after constants": expectMistake(id, seed, "after", t.after + total(t.data.counts.map(logFactorial)), t.after, "constants-omitted"),
        "rise reversed": expectMistake(id, seed, "rise", t.before - t.after, t.after - t.before, "rise-reversed"),
        "rise ratio": expectMistake(id, seed, "rise", Math.exp(t.after - t.before), t.after - t.before, "likelihood-not-log"),
      };
    });
  });

  it("follows through from a wrong log-likelihood into the rise", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      const answers = { before: t.before - 0.5, after: t.after, rise: t.after - (t.before - 0.5) };
      expect(expectCarried(id, seed, answers, "rise", t.after - t.before)).toBe(true);
    }
  });
});

// --- Complete-data vs observed-data log-likelihood ----------------------------------------------

interface CompleteData {
  sample: number[];
  labels: number[];
  weights: number[];
  means: number[];
  variances: number[];
}

describe("em-complete-vs-observed", () => {
  const id = "em-complete-vs-observed";
  function truths(seed: number) {
    const data = served<CompleteData>(id, seed);
    const joint = (x: number, k: number) =>
      (data.weights[k - 1] as number) * normalPdf(x, data.means[k - 1] as number, data.variances[k - 1] as number);
    // Bishop (2006) eq. 9.36 (labels known) and eq. 9.14 (labels summed out).
    const complete = total(data.sample.map((x, i) => Math.log(joint(x, data.labels[i] as number))));
    const observed = gmmLogLikelihood(data.sample, data);
    expect(
      runJob({
        model: "gmm",
        data: data.sample,
        init: { weights: data.weights, means: data.means, variances: data.variances },
        options: { maxIter: 0 },
      }).logLikelihood,
    ).toBeCloseTo(observed, 9);
    return { data, joint, complete, observed };
  }

  it("grades the textbook formulas as correct; the observed one is never below the complete one", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expect(t.observed).toBeGreaterThan(t.complete);
      expectAllCorrect(id, seed, { complete: t.complete, observed: t.observed, gap: t.observed - t.complete });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const noWeights = total(
        t.data.sample.map((x, i) =>
          Math.log(t.joint(x, t.data.labels[i] as number) / (t.data.weights[(t.data.labels[i] as number) - 1] as number)),
        ),
      );
      const hard = total(t.data.sample.map((x) => Math.log(Math.max(t.joint(x, 1), t.joint(x, 2)))));
      return {
        "complete not log": expectMistake(id, seed, "complete", Math.exp(t.complete), t.complete, "likelihood-not-log"),
        "complete weights": expectMistake(id, seed, "complete", noWeights, t.complete, "weights-omitted"),
        "observed complete": expectMistake(id, seed, "observed", t.complete, t.observed, "complete-for-observed", [hard]),
        "observed hard": expectMistake(id, seed, "observed", hard, t.observed, "hard-assignments", [t.complete]),
        "gap reversed": expectMistake(id, seed, "gap", t.complete - t.observed, t.observed - t.complete, "gap-reversed"),
        "gap ratio": expectMistake(id, seed, "gap", Math.exp(t.observed - t.complete), t.observed - t.complete, "likelihood-not-log"),
        "complete swapped": expectMistake(
          id,
          seed,
          "complete",
          total(t.data.sample.map((x, i) => Math.log(t.joint(x, 3 - (t.data.labels[i] as number))))),
          t.complete,
          "labels-swapped",
          [noWeights],
        ),
        "observed weights": expectMistake(
          id,
          seed,
          "observed",
          total(
            t.data.sample.map((x) =>
              Math.log(t.joint(x, 1) / (t.data.weights[0] as number) + t.joint(x, 2) / (t.data.weights[1] as number)),
            ),
          ),
          t.observed,
          "weights-omitted",
          [t.complete, hard],
        ),
        "observed not log": expectMistake(id, seed, "observed", Math.exp(t.observed), t.observed, "likelihood-not-log"),
      };
    });
  });

  it("follows through from a wrong complete-data log-likelihood into the gap", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      const answers = { complete: t.complete - 0.3, observed: t.observed, gap: t.observed - t.complete + 0.3 };
      expect(expectCarried(id, seed, answers, "gap", t.observed - t.complete)).toBe(true);
    }
  });
});

// --- Hard vs soft assignment ------------------------------------------------------------------------

describe("em-hard-vs-soft", () => {
  const id = "em-hard-vs-soft";
  function truths(seed: number) {
    const data = served<GmmData>(id, seed);
    const r = data.sample.map((x) => gmmResponsibility(x, data.init));
    const [, after] = oneIteration<GmmParams>("gmm", data.sample, data.init);
    const [a, b] = data.init.means as [number, number];
    // k-means (Lloyd's) update: nearest centre, then the mean of each cluster.
    const cluster1 = data.sample.filter((x) => Math.abs(x - a) < Math.abs(x - b));
    const cluster2 = data.sample.filter((x) => Math.abs(x - a) > Math.abs(x - b));
    expect(cluster1.length + cluster2.length).toBe(data.sample.length);
    return {
      data,
      r,
      soft1: after.params.means[0] as number,
      soft2: after.params.means[1] as number,
      hard1: total(cluster1) / cluster1.length,
      hard2: total(cluster2) / cluster2.length,
    };
  }

  it("grades runJob's soft update and Lloyd's hard update as correct", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expectAllCorrect(id, seed, { r: t.r[t.data.point - 1] as number, softMean1: t.soft1, hardMean1: t.hard1 });
      expect(part(template(id).grade(seed, { limit: "variance-to-zero" }), "limit").status).toBe("correct");
      expect(part(template(id).grade(seed, { limit: "variance-to-infinity" }), "limit").status).toBe("incorrect");
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const mean = total(t.data.sample) / t.data.sample.length;
      return {
        "soft hard": expectMistake(id, seed, "softMean1", t.hard1, t.soft1, "hard-assignments", [mean]),
        "soft unweighted": expectMistake(id, seed, "softMean1", mean, t.soft1, "responsibilities-ignored", [t.hard1]),
        "soft swapped": expectMistake(id, seed, "softMean1", t.soft2, t.soft1, "labels-swapped"),
        "hard soft": expectMistake(id, seed, "hardMean1", t.soft1, t.hard1, "soft-for-hard", [mean]),
        "hard swapped": expectMistake(id, seed, "hardMean1", t.hard2, t.hard1, "labels-swapped"),
        "hard unweighted": expectMistake(id, seed, "hardMean1", mean, t.hard1, "responsibilities-ignored", [t.soft1]),
        "r hard": expectMistake(
          id,
          seed,
          "r",
          (t.r[t.data.point - 1] as number) > 0.5 ? 1 : 0,
          t.r[t.data.point - 1] as number,
          "hard-assignments",
        ),
        "r swapped": expectMistake(id, seed, "r", 1 - (t.r[t.data.point - 1] as number), t.r[t.data.point - 1] as number, "labels-swapped"),
      };
    });
  });

  it("follows through from a wrong responsibility into the soft mean", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const t = truths(seed);
      const x = t.data.sample[t.data.point - 1] as number;
      const wrong = nudged(t.r[t.data.point - 1] as number);
      const own = t.data.sample.map((v, i) => (v === x ? wrong : (t.r[i] as number)));
      const answers = { r: wrong, softMean1: total(t.data.sample.map((v, i) => (own[i] as number) * v)) / total(own) };
      if (expectCarried(id, seed, answers, "softMean1", t.soft1)) carried += 1;
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});

// --- Components without fixed labels (interchangeable) ------------------------------------------

interface UnlabelledData {
  sample: number[];
  init: GmmParams;
}

describe("em-unlabelled-components", () => {
  const id = "em-unlabelled-components";
  function truths(seed: number) {
    const data = served<UnlabelledData>(id, seed);
    const r = data.sample.map((x) => gmmResponsibility(x, data.init));
    const [, after] = oneIteration<GmmParams>("gmm", data.sample, data.init);
    // Bishop eq. 9.26–9.27 from the independent E-step.
    expect(after.params.weights[0]).toBeCloseTo(total(r) / r.length, 12);
    expect(after.params.means[0]).toBeCloseTo(total(data.sample.map((x, i) => (r[i] as number) * x)) / total(r), 12);
    return { data, r, after: after.params };
  }

  it("accepts the components in the library's order and in the swapped order", () => {
    for (const seed of SEEDS) {
      const { after } = truths(seed);
      const [wA, wB] = after.weights as [number, number];
      const [mA, mB] = after.means as [number, number];
      expectAllCorrect(id, seed, { weightA: wA, meanA: mA, weightB: wB, meanB: mB });
      const swappedResult = template(id).grade(seed, typed({ weightA: wB, meanA: mB, weightB: wA, meanB: mA }));
      expect(swappedResult.score, `seed ${seed}`).toBe(1);
      for (const graded of swappedResult.parts) expect(graded.message).toContain("other way round");
    }
  });

  it("does not accept a weight paired with the other component's mean", () => {
    for (const seed of SEEDS) {
      const { after } = truths(seed);
      const [wA, wB] = after.weights as [number, number];
      const [mA, mB] = after.means as [number, number];
      if (near(wA, wB) || near(mA, mB)) continue;
      expect(template(id).grade(seed, typed({ weightA: wA, meanA: mB, weightB: wB, meanB: mA })).score).toBe(0.5);
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const { data, r, after } = truths(seed);
      const hard = data.sample.filter((_, i) => (r[i] as number) > 0.5);
      const meanAll = total(data.sample) / data.sample.length;
      const hardMean = total(hard) / hard.length;
      // Graded alone, the other component's value is another way to be right: skip those coincidences.
      const others = [after.weights[1] as number, after.means[1] as number];
      return {
        "weight hard": expectMistake(
          id,
          seed,
          "weightA",
          hard.length / data.sample.length,
          after.weights[0] as number,
          "hard-assignments",
          [...others, 0.5],
        ),
        "mean hard": expectMistake(id, seed, "meanA", hardMean, after.means[0] as number, "hard-assignments", [...others, meanAll]),
        "weight not updated": expectMistake(id, seed, "weightA", 0.5, after.weights[0] as number, "weights-not-updated", [
          ...others,
          hard.length / data.sample.length,
        ]),
        "mean unweighted": expectMistake(id, seed, "meanA", meanAll, after.means[0] as number, "responsibilities-ignored", [
          ...others,
          hardMean,
        ]),
      };
    });
  });
});

// --- Label switching --------------------------------------------------------------------------------

interface SwitchingData {
  counts: number[];
  fit: PoissonMixtureParams;
}

describe("em-label-switching", () => {
  const id = "em-label-switching";
  function truths(seed: number) {
    const data = served<SwitchingData>(id, seed);
    const run1 = poissonMixtureLogLikelihood(data.counts, data.fit);
    const run2 = poissonMixtureLogLikelihood(data.counts, {
      weights: [...data.fit.weights].reverse(),
      lambdas: [...data.fit.lambdas].reverse(),
    });
    expect(run2).toBeCloseTo(run1, 12);
    const averageRate = total(data.fit.lambdas) / 2;
    // Two equal components are one Poisson: R's sum(dpois(x, mean_rate, log = TRUE)).
    const averageFit = total(data.counts.map((x) => Math.log(poissonPmf(x, averageRate))));
    return { data, run1, run2, averageRate, averageFit };
  }

  it("grades the log-likelihoods (R's dpois, by hand) as correct", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expect(t.averageFit).toBeLessThan(t.run1);
      expectAllCorrect(id, seed, { run1: t.run1, run2: t.run2, averageRate: t.averageRate, averageFit: t.averageFit });
      expect(part(template(id).grade(seed, { why: "labels-arbitrary" }), "why").status).toBe("correct");
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const halfSwapped = poissonMixtureLogLikelihood(t.data.counts, {
        weights: t.data.fit.weights,
        lambdas: [...t.data.fit.lambdas].reverse(),
      });
      return {
        "run1 not log": expectMistake(id, seed, "run1", Math.exp(t.run1), t.run1, "likelihood-not-log"),
        "run1 constants": expectMistake(id, seed, "run1", t.run1 + total(t.data.counts.map(logFactorial)), t.run1, "constants-omitted"),
        "run2 half swapped": expectMistake(id, seed, "run2", halfSwapped, t.run2, "half-swapped"),
        "average not log": expectMistake(id, seed, "averageFit", Math.exp(t.averageFit), t.averageFit, "likelihood-not-log"),
      };
    });
  });

  it("follows through: run 2 equals the learner's run 1, and the averaged fit uses the learner's rate", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const t = truths(seed);
      const wrongRate = t.averageRate + 1;
      const answers = {
        run1: t.run1 - 1,
        run2: t.run1 - 1,
        averageRate: wrongRate,
        averageFit: total(t.data.counts.map((x) => Math.log(poissonPmf(x, wrongRate)))),
      };
      expect(expectCarried(id, seed, answers, "run2", t.run2), `seed ${seed} run2`).toBe(true);
      // A wrong rate can land on a flat stretch of ℓ (within 0.5 % of the truth): such seeds are skipped.
      if (expectCarried(id, seed, answers, "averageFit", t.averageFit)) carried += 1;
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});

// --- Symmetric start ----------------------------------------------------------------------------------

describe("em-symmetric-start", () => {
  const id = "em-symmetric-start";
  it("grades w₁, the sample mean and w₁ again (and runJob agrees) as correct", () => {
    for (const seed of SEEDS) {
      const data = served<{ counts: number[]; init: PoissonMixtureParams }>(id, seed);
      const w1 = data.init.weights[0] as number;
      const mean = total(data.counts) / data.counts.length;
      const [, after] = oneIteration<PoissonMixtureParams>("poisson-mixture", data.counts, data.init);
      expect(after.params.lambdas[0]).toBeCloseTo(mean, 12);
      expect(after.params.lambdas[1]).toBeCloseTo(mean, 12);
      expect(after.params.weights[0]).toBeCloseTo(w1, 12);
      expectAllCorrect(id, seed, { r1: w1, lambda1: mean, weight1: w1 });
      expect(part(template(id).grade(seed, { next: "stuck" }), "next").status).toBe("correct");
      expect(part(template(id).grade(seed, { next: "separate" }), "next").status).toBe("incorrect");
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const data = served<{ counts: number[]; init: PoissonMixtureParams }>(id, seed);
      const w1 = data.init.weights[0] as number;
      const mean = total(data.counts) / data.counts.length;
      return {
        "r1 half": expectMistake(id, seed, "r1", 0.5, w1, "weights-omitted"),
        "lambda unchanged": expectMistake(id, seed, "lambda1", data.init.lambdas[0] as number, mean, "unchanged"),
        "weight half": expectMistake(id, seed, "weight1", 0.5, w1, "equal-split"),
      };
    });
  });
});

// --- Collapsing variances -----------------------------------------------------------------------------

interface CollapseData {
  sample: number[];
  broad: { weight: number; mean: number; variance: number };
  point: number;
  weight2: number;
  variances: number[];
}

describe("em-variance-collapse", () => {
  const id = "em-variance-collapse";
  function truths(seed: number) {
    const data = served<CollapseData>(id, seed);
    const at = (variance: number) =>
      gmmLogLikelihood(data.sample, {
        weights: [data.broad.weight, data.weight2],
        means: [data.broad.mean, data.sample[data.point - 1] as number],
        variances: [data.broad.variance, variance],
      });
    const [v1, v2] = data.variances as [number, number];
    return { data, at, v1, v2, wide: at(v1), narrow: at(v2) };
  }

  it("grades R-style dnorm sums as correct; the gain is close to ½ log of the variance ratio", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      const gain = t.narrow - t.wide;
      expect(Math.abs(gain - 0.5 * Math.log(t.v1 / t.v2))).toBeLessThan(0.1);
      expectAllCorrect(id, seed, { wide: t.wide, narrow: t.narrow, gain });
      expect(part(template(id).grade(seed, { meaning: "unbounded" }), "meaning").status).toBe("correct");
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const gain = t.narrow - t.wide;
      return {
        "wide not log": expectMistake(id, seed, "wide", Math.exp(t.wide), t.wide, "likelihood-not-log"),
        "wide sd": expectMistake(id, seed, "wide", t.at(t.v1 * t.v1), t.wide, "variance-as-sd"),
        "gain reversed": expectMistake(id, seed, "gain", -gain, gain, "gain-reversed"),
        "gain sd": expectMistake(id, seed, "gain", Math.log(t.v1 / t.v2), gain, "variance-as-sd"),
        "gain ratio": expectMistake(id, seed, "gain", Math.exp(gain), gain, "likelihood-not-log", [Math.log(t.v1 / t.v2)]),
        "narrow sd": expectMistake(id, seed, "narrow", t.at(t.v2 * t.v2), t.narrow, "variance-as-sd"),
      };
    });
  });

  it("follows through from a wrong log-likelihood into the gain", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      const answers = { wide: t.wide + 1, narrow: t.narrow, gain: t.narrow - t.wide - 1 };
      expect(expectCarried(id, seed, answers, "gain", t.narrow - t.wide)).toBe(true);
    }
  });
});

// --- Labelled coins ---------------------------------------------------------------------------------

interface LabelledData {
  heads: number[];
  tosses: number[];
  coins: ("A" | "B")[];
}

describe("em-labelled-coins", () => {
  const id = "em-labelled-coins";
  function truths(seed: number) {
    const data = served<LabelledData>(id, seed);
    const of = (coin: "A" | "B", values: number[]) => total(values.filter((_, i) => data.coins[i] === coin));
    const thetaA = of("A", data.heads) / of("A", data.tosses);
    const thetaB = of("B", data.heads) / of("B", data.tosses);
    // log p(h, z | θ) = log ½ + log dbinom(h, n, θ_z), and log p(h | θ) = log(½ dbinom_A + ½ dbinom_B).
    const complete = (a: number, b: number) =>
      total(data.heads.map((h, i) => Math.log(0.5 * binomialPmf(h, data.tosses[i] as number, data.coins[i] === "A" ? a : b))));
    const observed = (a: number, b: number) =>
      total(
        data.heads.map((h, i) =>
          Math.log(0.5 * binomialPmf(h, data.tosses[i] as number, a) + 0.5 * binomialPmf(h, data.tosses[i] as number, b)),
        ),
      );
    return { data, thetaA, thetaB, complete, observed };
  }

  it("grades counting MLEs and the textbook log-likelihoods as correct", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      expect(t.observed(t.thetaA, t.thetaB)).toBeGreaterThan(t.complete(t.thetaA, t.thetaB));
      expectAllCorrect(id, seed, {
        thetaA: t.thetaA,
        thetaB: t.thetaB,
        complete: t.complete(t.thetaA, t.thetaB),
        observed: t.observed(t.thetaA, t.thetaB),
      });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const pooled = total(t.data.heads) / total(t.data.tosses);
      const complete = t.complete(t.thetaA, t.thetaB);
      const coefficients = total(t.data.heads.map((h, i) => Math.log(choose(t.data.tosses[i] as number, h))));
      return {
        "theta pooled": expectMistake(id, seed, "thetaA", pooled, t.thetaA, "labels-ignored", [t.thetaB]),
        "theta swapped": expectMistake(id, seed, "thetaA", t.thetaB, t.thetaA, "labels-swapped", [pooled]),
        "complete constants": expectMistake(id, seed, "complete", complete - coefficients, complete, "constants-omitted"),
        "complete priors": expectMistake(id, seed, "complete", complete + t.data.heads.length * Math.log(2), complete, "weights-omitted"),
        "observed complete": expectMistake(id, seed, "observed", complete, t.observed(t.thetaA, t.thetaB), "complete-for-observed"),
        "observed not log": expectMistake(
          id,
          seed,
          "observed",
          Math.exp(t.observed(t.thetaA, t.thetaB)),
          t.observed(t.thetaA, t.thetaB),
          "likelihood-not-log",
        ),
        "complete not log": expectMistake(id, seed, "complete", Math.exp(complete), complete, "likelihood-not-log"),
        "theta count": expectMistake(
          id,
          seed,
          "thetaB",
          total(t.data.heads.filter((_, i) => t.data.coins[i] === "B")),
          t.thetaB,
          "count-not-proportion",
        ),
      };
    });
  });

  it("follows through from a wrong estimate into both log-likelihoods", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const t = truths(seed);
      const thetaA = t.thetaA > 0.5 ? t.thetaA - 0.1 : t.thetaA + 0.1;
      const answers = { thetaA, thetaB: t.thetaB, complete: t.complete(thetaA, t.thetaB), observed: t.observed(thetaA, t.thetaB) };
      expect(expectCarried(id, seed, answers, "complete", t.complete(t.thetaA, t.thetaB)), `seed ${seed} complete`).toBe(true);
      // The observed log-likelihood can be flat in θ_A (within 0.5 %): such seeds are skipped.
      if (expectCarried(id, seed, answers, "observed", t.observed(t.thetaA, t.thetaB))) carried += 1;
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});

// --- The lower-bound view -------------------------------------------------------------------------

interface BoundData {
  counts: number[];
  before: { pi: number; lambda: number };
  after: { pi: number; lambda: number };
}

describe("em-lower-bound", () => {
  const id = "em-lower-bound";
  function truths(seed: number) {
    const data = served<BoundData>(id, seed);
    const zeros = data.counts.filter((x) => x === 0).length;
    const positives = data.counts.filter((x) => x > 0);
    const positiveTerms = (p: { pi: number; lambda: number }) =>
      total(positives.map((x) => Math.log(1 - p.pi) + Math.log(poissonPmf(x, p.lambda))));
    // Lambert (1992): ℓ = n₀ log(π + (1 − π)e^{−λ}) + Σ_{x>0} [log(1 − π) + log dpois(x, λ)].
    const ell = (p: { pi: number; lambda: number }) => zeros * Math.log(p.pi + (1 - p.pi) * Math.exp(-p.lambda)) + positiveTerms(p);
    const q = data.before.pi / (data.before.pi + (1 - data.before.pi) * Math.exp(-data.before.lambda));
    // Neal & Hinton (1998): B(q, θ) = Σ_z q log p(x, z | θ) − Σ_z q log q.
    const bound = (posterior: number) => {
      const { pi, lambda } = data.after;
      return (
        zeros * (posterior * Math.log(pi / posterior) + (1 - posterior) * Math.log(((1 - pi) * Math.exp(-lambda)) / (1 - posterior))) +
        positiveTerms(data.after)
      );
    };
    expect(runJob({ model: "zip", data: data.counts, init: data.before, options: { maxIter: 0 } }).logLikelihood).toBeCloseTo(
      ell(data.before),
      9,
    );
    return { data, zeros, q, bound, before: ell(data.before), after: ell(data.after) };
  }

  it("grades the direct sums as correct, and ℓ(θ⁽⁰⁾) ≤ B(q, θ⁽¹⁾) ≤ ℓ(θ⁽¹⁾)", () => {
    for (const seed of SEEDS) {
      const t = truths(seed);
      const value = t.bound(t.q);
      expect(t.before).toBeLessThanOrEqual(value);
      expect(value).toBeLessThanOrEqual(t.after);
      expectAllCorrect(id, seed, { q: t.q, before: t.before, bound: value, after: t.after });
    }
  });

  it("names the mistakes", () => {
    expectMistakesOverSeeds((seed) => {
      const t = truths(seed);
      const value = t.bound(t.q);
      const entropy = -t.zeros * (t.q * Math.log(t.q) + (1 - t.q) * Math.log(1 - t.q));
      return {
        "q prior": expectMistake(id, seed, "q", t.data.before.pi, t.q, "prior-for-posterior"),
        "q swapped": expectMistake(id, seed, "q", 1 - t.q, t.q, "labels-swapped"),
        "before constants": expectMistake(
          id,
          seed,
          "before",
          t.before + total(t.data.counts.map(logFactorial)),
          t.before,
          "constants-omitted",
        ),
        "bound entropy": expectMistake(id, seed, "bound", value - entropy, value, "entropy-omitted", [t.after]),
        "bound loglik": expectMistake(id, seed, "bound", t.after, value, "loglik-for-bound", [value - entropy]),
        "after not log": expectMistake(id, seed, "after", Math.exp(t.after), t.after, "likelihood-not-log"),
      };
    });
  });

  it("follows through from a wrong posterior into the bound", () => {
    let carried = 0;
    for (const seed of SEEDS) {
      const t = truths(seed);
      const q = nudged(t.q);
      if (expectCarried(id, seed, { q, bound: t.bound(q) }, "bound", t.bound(t.q))) carried += 1;
    }
    expect(carried).toBeGreaterThan(SEEDS.length / 2);
  });
});
