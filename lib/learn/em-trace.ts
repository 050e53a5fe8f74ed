/**
 * The EM stepper's numbers: a whole EM run on one of the bank's EM problems (1-D and 2-D Gaussian
 * mixtures, the two coins and binomial mixtures, Poisson mixtures, the zero-inflated Poisson, a
 * bivariate normal with missing values),
 * taken from the estimation library's driver (`runJob` with `history` and `responsibilities`, the
 * call the EM templates grade with), plus what the figure adds on top: the lower bound of each
 * E-step and a seeded "different start". The stepper only walks through this trace, so the figure
 * and the grader agree to the last digit: every number shown is one the driver computed.
 *
 * Iteration k (k ≥ 1) of the trace is one E-step at θ₍ₖ₋₁₎ (responsibilities q₍ₖ₎) and one M-step
 * (θ₍ₖ₎). The lower bound of the E-step, B(q, θ) = Σᵢ Σⱼ qᵢⱼ [log p(xᵢ, zᵢ = j | θ) − log qᵢⱼ]
 * (Jensen's inequality; Bishop 2006, §9.4), equals ℓ(θ₍ₖ₋₁₎) at q₍ₖ₎ and is maximised over θ by the
 * M-step, so ℓ(θ₍ₖ₋₁₎) ≤ B(q₍ₖ₎, θ₍ₖ₎) ≤ ℓ(θ₍ₖ₎): the log-likelihood never goes down. With missing
 * values the hidden part is continuous: q is the normal law of the missing coordinates given the
 * observed ones at θ₍ₖ₋₁₎ (the driver does not report it, so it is computed here, in closed form),
 * and B = Σᵢ E_q[log p(xᵢ | θ)] + H(qᵢ) (Little & Rubin 2002, §11.2).
 */
import { runJob } from "../estimation";
import { cholesky, choleskySolve, inverseSymmetric, logDetFromCholesky } from "../estimation/linalg";
import { createRng } from "../estimation/random";
import { normal, roundAll, sampleGaussianMixture } from "../estimation/samplers";
import { logChoose, logFactorial } from "../estimation/special";
import type { HistoryEntry } from "../estimation/types";

export interface GmmParams {
  weights: number[];
  means: number[];
  variances: number[];
}

export interface CoinParams {
  weights: number[];
  thetas: number[];
}

export interface PoissonMixtureParams {
  weights: number[];
  lambdas: number[];
}

export interface ZipParams {
  /** The probability of a structural zero. */
  pi: number;
  lambda: number;
}

export interface Gmm2Params {
  weights: number[];
  /** K × 2 */
  means: number[][];
  /** K × 2 × 2 */
  covariances: number[][][];
}

export interface MvnParams {
  mean: number[];
  covariance: number[][];
}

export type EmParams = GmmParams | CoinParams | PoissonMixtureParams | ZipParams | Gmm2Params | MvnParams;

export type EmProblem =
  | { kind: "gmm"; sample: number[]; init: GmmParams }
  /** Two coins picked with probability ½ each (weights fixed), or a binomial mixture (`freeWeights`). */
  | { kind: "coins"; heads: number[]; tosses: number[]; init: CoinParams; freeWeights?: boolean }
  | { kind: "poisson"; counts: number[]; init: PoissonMixtureParams }
  | { kind: "zip"; counts: number[]; init: ZipParams }
  | { kind: "gmm2"; points: number[][]; init: Gmm2Params }
  /** Rows of a bivariate normal, `null` where a value is missing. */
  | { kind: "mvn-missing"; rows: (number | null)[][]; init: MvnParams };

/**
 * The law of one row's missing coordinates given its observed ones, at the parameters of an
 * E-step: `completed` is the row with each missing value replaced by its conditional mean, and
 * `covariance` the d × d conditional covariance (zero outside the missing block).
 */
export interface MvnConditional {
  completed: number[];
  covariance: number[][];
  /** log det of the missing block of `covariance` (0 when nothing is missing). */
  logDetMissing: number;
  missingCount: number;
}

/** The number of hidden classes drawn in colour (1 for missing values: there is no class). */
export function componentCount(problem: EmProblem): number {
  if (problem.kind === "zip") return 2;
  if (problem.kind === "mvn-missing") return 1;
  return problem.init.weights.length;
}

/** The driver's own stopping rule (docs/estimation-cli.md): a rise below 1e-8 stops the run. */
export const TRACE_TOL = 1e-8;
/** Run stops here at the latest: a slow climb is still visible, and memory stays small. */
export const TRACE_MAX_ITER = 300;

export interface TraceEntry {
  /** θ after k iterations (k = the index). */
  params: EmParams;
  /** ℓ(θ₍ₖ₎), the observed-data log-likelihood, from the driver. */
  logLikelihood: number;
  /** q₍ₖ₎ of the E-step of iteration k (n × K), absent at k = 0 and for missing values. */
  responsibilities: number[][] | null;
  /** Missing values: the E-step of iteration k (the conditional laws at θ₍ₖ₋₁₎), absent at k = 0. */
  conditionals: MvnConditional[] | null;
  /** B(q₍ₖ₎, θ₍ₖ₎): the E-step's lower bound after the M-step; null at k = 0. */
  boundAfter: number | null;
}

export interface EmTrace {
  problem: EmProblem;
  entries: TraceEntry[];
  /** The driver's tolerance rule stopped the run. */
  converged: boolean;
  /** Why the run stopped early (a component collapsed or emptied), from the driver's own error. */
  stoppedBy: string | null;
}

function jobOf(problem: EmProblem, maxIter: number) {
  const options = { maxIter, tol: TRACE_TOL, history: true, responsibilities: true };
  switch (problem.kind) {
    case "gmm":
      return { model: "gmm", data: problem.sample, init: problem.init, options };
    case "gmm2":
      return { model: "gmm", data: problem.points, init: problem.init, options };
    case "poisson":
      return { model: "poisson-mixture", data: problem.counts, init: problem.init, options };
    case "zip":
      return { model: "zip", data: problem.counts, init: problem.init, options };
    case "mvn-missing":
      return { model: "mvn-missing", data: problem.rows, init: problem.init, options };
    case "coins":
      return {
        model: "binomial-mixture",
        data: { successes: problem.heads, trials: problem.tosses },
        init: problem.init,
        // The two-coin experiment picks each coin with probability ½: the weights stay fixed.
        options: { ...options, fixWeights: problem.freeWeights !== true },
      };
  }
}

type Run = { history: HistoryEntry<EmParams>[]; converged: boolean };

function run(problem: EmProblem, maxIter: number): Run {
  const result = runJob(jobOf(problem, maxIter));
  return { history: (result.history ?? []) as HistoryEntry<EmParams>[], converged: result.converged };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function logNormal2(x: readonly number[], mean: readonly number[], covariance: number[][]): number {
  const L = cholesky(covariance);
  const centred = x.map((value, j) => value - (mean[j] as number));
  const solved = choleskySolve(L, centred);
  const quadratic = centred.reduce((total, value, j) => total + value * (solved[j] as number), 0);
  return -0.5 * (x.length * Math.log(2 * Math.PI) + logDetFromCholesky(L) + quadratic);
}

function logPoisson(x: number, lambda: number): number {
  return (x === 0 ? 0 : x * Math.log(lambda)) - lambda - logFactorial(x);
}

/** log p(xᵢ, zᵢ = j | θ) for every row i and component j (the mixtures and the zero-inflated Poisson). */
function jointLogDensities(problem: EmProblem, params: EmParams): number[][] {
  if (problem.kind === "mvn-missing") throw new Error("missing values have no classes: use mvnLowerBound");
  if (problem.kind === "poisson") {
    const { weights, lambdas } = params as PoissonMixtureParams;
    return problem.counts.map((x) => weights.map((w, j) => Math.log(w) + logPoisson(x, lambdas[j] as number)));
  }
  if (problem.kind === "zip") {
    const { pi, lambda } = params as ZipParams;
    // Column 0 is the structural-zero state (impossible for a non-zero count), column 1 the Poisson state.
    return problem.counts.map((x) => [x === 0 ? Math.log(pi) : Number.NEGATIVE_INFINITY, Math.log1p(-pi) + logPoisson(x, lambda)]);
  }
  if (problem.kind === "gmm2") {
    const { weights, means, covariances } = params as Gmm2Params;
    return problem.points.map((x) =>
      weights.map((w, j) => Math.log(w) + logNormal2(x, means[j] as number[], covariances[j] as number[][])),
    );
  }
  if (problem.kind === "gmm") {
    const { weights, means, variances } = params as GmmParams;
    return problem.sample.map((x) =>
      weights.map((w, j) => {
        const variance = variances[j] as number;
        const d = x - (means[j] as number);
        return Math.log(w) - 0.5 * Math.log(2 * Math.PI * variance) - (d * d) / (2 * variance);
      }),
    );
  }
  const { weights, thetas } = params as CoinParams;
  return problem.heads.map((h, i) => {
    const n = problem.tosses[i] as number;
    return weights.map((w, j) => {
      const theta = thetas[j] as number;
      const heads = h === 0 ? 0 : h * Math.log(theta);
      const tails = n - h === 0 ? 0 : (n - h) * Math.log1p(-theta);
      return Math.log(w) + logChoose(n, h) + heads + tails;
    });
  });
}

/** B(q, θ) = Σᵢ Σⱼ qᵢⱼ [log p(xᵢ, zᵢ = j | θ) − log qᵢⱼ], with 0 · log 0 = 0. */
export function lowerBound(problem: EmProblem, responsibilities: readonly (readonly number[])[], params: EmParams): number {
  const joint = jointLogDensities(problem, params);
  let total = 0;
  responsibilities.forEach((row, i) => {
    row.forEach((q, j) => {
      if (q > 0) total += q * ((joint[i] as number[])[j] as number) - q * Math.log(q);
    });
  });
  return total;
}

/**
 * The E-step with missing values at θ: for each row, the conditional law of its missing coordinates
 * given the observed ones, mean μₘ + Σₘₒ Σₒₒ⁻¹ (xₒ − μₒ) and covariance Σₘₘ − Σₘₒ Σₒₒ⁻¹ Σₒₘ.
 */
export function mvnConditionals(rows: readonly (readonly (number | null)[])[], params: MvnParams): MvnConditional[] {
  const { mean, covariance } = params;
  const d = mean.length;
  return rows.map((row) => {
    const observed = row.flatMap((value, j) => (value === null ? [] : [j]));
    const missing = row.flatMap((value, j) => (value === null ? [j] : []));
    const completed = row.map((value, j) => value ?? (mean[j] as number));
    const conditional = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    if (missing.length === 0) return { completed, covariance: conditional, logDetMissing: 0, missingCount: 0 };
    const sigma = (a: number, b: number) => (covariance[a] as number[])[b] as number;
    // Σₒₒ⁻¹ (none when the whole row is missing: the law is then the marginal one).
    const inverse = observed.length > 0 ? inverseSymmetric(observed.map((a) => observed.map((b) => sigma(a, b)))) : [];
    const centred = observed.map((j) => (row[j] as number) - (mean[j] as number));
    for (const m of missing) {
      let shift = 0;
      observed.forEach((o, a) => {
        centred.forEach((value, b) => {
          shift += sigma(m, o) * ((inverse[a] as number[])[b] as number) * value;
        });
      });
      completed[m] = (mean[m] as number) + shift;
    }
    for (const m1 of missing) {
      for (const m2 of missing) {
        let reduction = 0;
        observed.forEach((o1, a) => {
          observed.forEach((o2, b) => {
            reduction += sigma(m1, o1) * ((inverse[a] as number[])[b] as number) * sigma(o2, m2);
          });
        });
        (conditional[m1] as number[])[m2] = sigma(m1, m2) - reduction;
      }
    }
    const block = missing.map((a) => missing.map((b) => (conditional[a] as number[])[b] as number));
    return { completed, covariance: conditional, logDetMissing: logDetFromCholesky(cholesky(block)), missingCount: missing.length };
  });
}

/**
 * B(q, θ) with missing values: Σᵢ E_q[log N(xᵢ; μ, Σ)] + H(qᵢ), where
 * E_q[log N] = −½ [d log 2π + log|Σ| + (mᵢ − μ)ᵀ Σ⁻¹ (mᵢ − μ) + tr(Σ⁻¹ Cᵢ)] and
 * H(qᵢ) = ½ [|M| (1 + log 2π) + log|Cᵢ,ₘₘ|] for the |M| missing coordinates.
 */
export function mvnLowerBound(conditionals: readonly MvnConditional[], params: MvnParams): number {
  const { mean, covariance } = params;
  const d = mean.length;
  const L = cholesky(covariance);
  const logDet = logDetFromCholesky(L);
  const precision = inverseSymmetric(covariance);
  let total = 0;
  for (const conditional of conditionals) {
    const centred = conditional.completed.map((value, j) => value - (mean[j] as number));
    const solved = choleskySolve(L, centred);
    let quadratic = 0;
    for (let j = 0; j < d; j += 1) quadratic += (centred[j] as number) * (solved[j] as number);
    let trace = 0;
    for (let a = 0; a < d; a += 1) {
      for (let b = 0; b < d; b += 1)
        trace += ((precision[a] as number[])[b] as number) * ((conditional.covariance[b] as number[])[a] as number);
    }
    total += -0.5 * (d * Math.log(2 * Math.PI) + logDet + quadratic + trace);
    total += 0.5 * (conditional.missingCount * (1 + Math.log(2 * Math.PI)) + conditional.logDetMissing);
  }
  return total;
}

/**
 * The whole run from the problem's start. A run the driver stops with an error (a variance that
 * collapses onto one point, a component that loses every row) keeps the iterations before it:
 * the longest run that succeeds is found by bisection on maxIter (each run is the same
 * deterministic sequence, so a shorter run is a prefix of a longer one).
 */
export function emTrace(problem: EmProblem, maxIter = TRACE_MAX_ITER): EmTrace {
  let result: Run;
  let stoppedBy: string | null = null;
  try {
    result = run(problem, maxIter);
  } catch (error) {
    stoppedBy = messageOf(error);
    let good = 0;
    let bad = maxIter;
    result = run(problem, 0);
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      try {
        result = run(problem, middle);
        good = middle;
      } catch {
        bad = middle;
      }
    }
    if (result.history.length !== good + 1) result = run(problem, good);
    result = { history: result.history, converged: false };
  }
  const history = result.history;
  const entries = history.map((entry, k): TraceEntry => {
    if (problem.kind === "mvn-missing") {
      const conditionals = k === 0 ? null : mvnConditionals(problem.rows, history[k - 1]!.params as MvnParams);
      return {
        params: entry.params,
        logLikelihood: entry.logLikelihood,
        responsibilities: null,
        conditionals,
        boundAfter: conditionals ? mvnLowerBound(conditionals, entry.params as MvnParams) : null,
      };
    }
    const responsibilities = k === 0 ? null : (entry.responsibilities ?? null);
    return {
      params: entry.params,
      logLikelihood: entry.logLikelihood,
      responsibilities,
      conditionals: null,
      boundAfter: responsibilities ? lowerBound(problem, responsibilities, entry.params) : null,
    };
  });
  return { problem, entries, converged: result.converged, stoppedBy };
}

/**
 * A different start from a seed. Mixtures: data values as the centres (distinct when the data
 * allow), the data's spread for every component and equal weights; the coins: biases in [0.2, 0.8]
 * on a 0.01 grid; the zero-inflated Poisson: π in [0.1, 0.7] and a data value as λ; missing
 * values: a mean moved by up to one standard deviation and a diagonal covariance. Start 0 is the
 * problem's own start.
 */
export function withStart(problem: EmProblem, start: number): EmProblem {
  if (start === 0) return problem;
  const rng = createRng(start);
  const k = componentCount(problem);
  const round2 = (value: number) => Math.round(value * 100) / 100;
  const distinctPicks = <T>(values: readonly T[], same: (a: T, b: T) => boolean): T[] => {
    const picks: T[] = [];
    for (let tries = 0; picks.length < k && tries < 50; tries += 1) {
      const candidate = values[Math.floor(rng.next() * values.length)] as T;
      if (!picks.some((pick) => same(pick, candidate)) || tries > 40) picks.push(candidate);
    }
    while (picks.length < k) picks.push(values[0] as T);
    return picks;
  };
  const equalWeights = () => new Array<number>(k).fill(1 / k);
  switch (problem.kind) {
    case "coins": {
      const thetas = Array.from({ length: k }, () => Math.round(20 + rng.next() * 60) / 100);
      return { ...problem, init: { weights: problem.freeWeights ? equalWeights() : problem.init.weights.slice(), thetas } };
    }
    case "gmm": {
      const { sample } = problem;
      const variance = varianceOf(sample);
      const means = distinctPicks(sample, (a, b) => a === b);
      return { ...problem, init: { weights: equalWeights(), means, variances: new Array<number>(k).fill(variance > 0 ? variance : 1) } };
    }
    case "poisson": {
      // A count of 0 would start a rate at 0, which EM cannot leave: half a count instead.
      const lambdas = distinctPicks(problem.counts, (a, b) => a === b).map((x) => Math.max(0.5, x));
      return { ...problem, init: { weights: equalWeights(), lambdas } };
    }
    case "zip": {
      const positive = problem.counts.filter((x) => x > 0);
      const lambda = positive.length > 0 ? (positive[Math.floor(rng.next() * positive.length)] as number) : 1;
      return { ...problem, init: { pi: round2(0.1 + 0.6 * rng.next()), lambda } };
    }
    case "gmm2": {
      const { points } = problem;
      const spread = [0, 1].map((j) => varianceOf(points.map((point) => point[j] as number)));
      const means = distinctPicks(points, (a, b) => a[0] === b[0] && a[1] === b[1]).map((point) => point.slice());
      const covariances = means.map(() => [
        [spread[0]! > 0 ? spread[0]! : 1, 0],
        [0, spread[1]! > 0 ? spread[1]! : 1],
      ]);
      return { ...problem, init: { weights: equalWeights(), means, covariances } };
    }
    case "mvn-missing": {
      const { mean, covariance } = problem.init;
      const sd = mean.map((_, j) => Math.sqrt((covariance[j] as number[])[j] as number));
      return {
        ...problem,
        init: {
          mean: mean.map((m, j) => round2(m + (2 * rng.next() - 1) * (sd[j] as number))),
          covariance: covariance.map((row, a) => row.map((value, b) => (a === b ? value : 0))),
        },
      };
    }
  }
}

function varianceOf(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
}

/** Where the stepper stands: k iterations done, and whether the E-step of iteration k + 1 is shown. */
export interface StepPosition {
  iteration: number;
  /** "M": θ₍ₖ₎ is shown (with q₍ₖ₎, if k ≥ 1). "E": q₍ₖ₊₁₎ is shown, θ is still θ₍ₖ₎. */
  phase: "E" | "M";
}

export function canEStep(trace: EmTrace, position: StepPosition): boolean {
  return position.phase === "M" && position.iteration + 1 < trace.entries.length;
}

export function canMStep(trace: EmTrace, position: StepPosition): boolean {
  return position.phase === "E";
}

export function eStep(trace: EmTrace, position: StepPosition): StepPosition {
  return canEStep(trace, position) ? { iteration: position.iteration, phase: "E" } : position;
}

export function mStep(trace: EmTrace, position: StepPosition): StepPosition {
  return canMStep(trace, position) ? { iteration: position.iteration + 1, phase: "M" } : position;
}

/** Run: to the last iteration of the trace (convergence, the iteration cap, or the driver's stop). */
export function runToEnd(trace: EmTrace): StepPosition {
  return { iteration: trace.entries.length - 1, phase: "M" };
}

/** The responsibilities to colour the points with at this position (null before the first E-step). */
export function shownResponsibilities(trace: EmTrace, position: StepPosition): number[][] | null {
  const index = position.phase === "E" ? position.iteration + 1 : position.iteration;
  return trace.entries[index]?.responsibilities ?? null;
}

/** Missing values: the conditional laws to draw the completed rows with (null before the first E-step). */
export function shownConditionals(trace: EmTrace, position: StepPosition): MvnConditional[] | null {
  const index = position.phase === "E" ? position.iteration + 1 : position.iteration;
  return trace.entries[index]?.conditionals ?? null;
}

/** The parameters drawn at this position. */
export function shownParams(trace: EmTrace, position: StepPosition): EmParams {
  return (trace.entries[position.iteration] as TraceEntry).params;
}

const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "number" && Number.isFinite(v));
const isCounts = (value: unknown): value is number[] => isNumbers(value) && value.every((v) => Number.isInteger(v) && v >= 0);
const isMatrix = (value: unknown, rows: number, columns: number): value is number[][] =>
  Array.isArray(value) && value.length === rows && value.every((row) => isNumbers(row) && row.length === columns);
const isProbability = (value: unknown): value is number => typeof value === "number" && value > 0 && value < 1;
const isPositive = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value > 0;

/**
 * Reads a question variant's public data as an EM problem, from its start (`init`, or `before` for
 * the questions that compare two iterations):
 * - `{ sample: number[], init: { weights, means, variances } }`: a 1-D Gaussian mixture;
 * - `{ sample: [x, y][], init: { weights, means: K × 2, covariances: K × 2 × 2 } }`: a 2-D mixture;
 * - `{ heads, tosses, init: { thetaA, thetaB } }`: the two coins;
 * - `{ successes, trials, init: { weights, thetas } }`: a binomial mixture;
 * - `{ counts, init: { weights, lambdas } }`: a Poisson mixture;
 * - `{ counts, init: { pi, lambda } }`: the zero-inflated Poisson;
 * - `{ rows: (number | null)[][] (two columns), init: { mean, covariance } }`: missing values.
 * Anything else is null: the page then says the variant has no stepper.
 */
export function problemFromVariantData(data: Record<string, unknown>): EmProblem | null {
  const init = data.init ?? data.before;
  if (typeof init !== "object" || init === null) return null;
  const start = init as Record<string, unknown>;
  const weights = start.weights;
  const k = isNumbers(weights) ? weights.length : 0;
  if (k > 0 && isNumbers(data.sample) && isNumbers(start.means) && isNumbers(start.variances)) {
    if (start.means.length !== k || start.variances.length !== k) return null;
    return { kind: "gmm", sample: data.sample, init: { weights: weights as number[], means: start.means, variances: start.variances } };
  }
  if (
    k > 0 &&
    Array.isArray(data.sample) &&
    data.sample.length > 0 &&
    isMatrix(data.sample, data.sample.length, 2) &&
    isMatrix(start.means, k, 2) &&
    Array.isArray(start.covariances) &&
    start.covariances.length === k &&
    start.covariances.every((covariance) => isMatrix(covariance, 2, 2))
  ) {
    return {
      kind: "gmm2",
      points: data.sample,
      init: { weights: weights as number[], means: start.means, covariances: start.covariances as number[][][] },
    };
  }
  if (isCounts(data.heads) && isCounts(data.tosses) && isProbability(start.thetaA) && isProbability(start.thetaB)) {
    if (data.heads.length !== data.tosses.length) return null;
    return { kind: "coins", heads: data.heads, tosses: data.tosses, init: { weights: [0.5, 0.5], thetas: [start.thetaA, start.thetaB] } };
  }
  if (k > 0 && isCounts(data.successes) && isCounts(data.trials) && isNumbers(start.thetas) && start.thetas.length === k) {
    if (data.successes.length !== data.trials.length) return null;
    return {
      kind: "coins",
      heads: data.successes,
      tosses: data.trials,
      init: { weights: weights as number[], thetas: start.thetas },
      freeWeights: true,
    };
  }
  if (k > 0 && isCounts(data.counts) && isNumbers(start.lambdas) && start.lambdas.length === k) {
    return { kind: "poisson", counts: data.counts, init: { weights: weights as number[], lambdas: start.lambdas } };
  }
  if (isCounts(data.counts) && isProbability(start.pi) && isPositive(start.lambda)) {
    return { kind: "zip", counts: data.counts, init: { pi: start.pi, lambda: start.lambda } };
  }
  if (
    Array.isArray(data.rows) &&
    data.rows.length > 0 &&
    data.rows.every(
      (row) => Array.isArray(row) && row.length === 2 && row.every((v) => v === null || (typeof v === "number" && Number.isFinite(v))),
    ) &&
    isNumbers(start.mean) &&
    start.mean.length === 2 &&
    isMatrix(start.covariance, 2, 2)
  ) {
    return { kind: "mvn-missing", rows: data.rows as (number | null)[][], init: { mean: start.mean, covariance: start.covariance } };
  }
  return null;
}

/**
 * The primers' 1-D mixture: 40 values from ½ N(0, 1) + ½ N(4, 0.8) (seed 7, one decimal), started
 * with both means left of centre and wide variances, so EM takes a visible number of steps.
 */
export function demoGmmProblem(): EmProblem {
  const { values } = sampleGaussianMixture(createRng(7), 40, { weights: [0.5, 0.5], means: [0, 4], variances: [1, 0.8] });
  return { kind: "gmm", sample: roundAll(values, 1), init: { weights: [0.5, 0.5], means: [0.5, 1.5], variances: [4, 4] } };
}

/**
 * Do & Batzoglou's (2008) two coins, Fig. 1b: five trials of ten tosses, started at θ_A = 0.6,
 * θ_B = 0.5 (the em-two-coins-step fallback, copied rather than imported so that the primers'
 * client bundle does not pull in the question bank and its grader).
 */
export function demoCoinsProblem(): EmProblem {
  return { kind: "coins", heads: [5, 9, 8, 4, 7], tosses: [10, 10, 10, 10, 10], init: { weights: [0.5, 0.5], thetas: [0.6, 0.5] } };
}

/** The largest demo data set the stepper page draws (its frame-time budget is measured at 2 000). */
export const DEMO_MAX_N = 5000;

/**
 * Larger seeded data sets for the stepper page (`/explore/em?demo=gmm|gmm2&n=…`): n values from
 * ½ N(0, 1) + ½ N(4, 0.8), or n points from two 2-D normals (means (0, 0) and (3, 2), one of them
 * correlated), two decimals, started away from the truth. n is clamped to [10, DEMO_MAX_N].
 */
export function demoProblem(name: string, requestedN: number): EmProblem | null {
  const n = Math.min(DEMO_MAX_N, Math.max(10, Math.round(Number.isFinite(requestedN) ? requestedN : 200)));
  const rng = createRng(2026);
  if (name === "gmm") {
    const { values } = sampleGaussianMixture(rng, n, { weights: [0.5, 0.5], means: [0, 4], variances: [1, 0.8] });
    return { kind: "gmm", sample: roundAll(values, 2), init: { weights: [0.5, 0.5], means: [0.5, 1.5], variances: [4, 4] } };
  }
  if (name === "gmm2") {
    const points = Array.from({ length: n }, () => {
      const u = normal(rng);
      const v = normal(rng);
      // Component 2 is correlated (ρ = 0.8): its ellipse tilts.
      const point = rng.next() < 0.5 ? [u, 0.7 * v] : [3 + u, 2 + 0.8 * u + 0.6 * v];
      return point.map((value) => Math.round(value * 100) / 100);
    });
    return {
      kind: "gmm2",
      points,
      init: {
        weights: [0.5, 0.5],
        means: [
          [1, 1],
          [1.5, 0],
        ],
        covariances: [
          [
            [1, 0],
            [0, 1],
          ],
          [
            [1, 0],
            [0, 1],
          ],
        ],
      },
    };
  }
  return null;
}
