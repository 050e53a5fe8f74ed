/**
 * The EM stepper's numbers: a whole EM run on a 1-D Gaussian mixture or on the two-coin experiment,
 * taken from the estimation library's driver (`runJob` with `history` and `responsibilities`, the
 * call the EM templates grade with), plus what the figure adds on top: the lower bound of each
 * E-step and a seeded "different start". The stepper only walks through this trace, so the figure
 * and the grader agree to the last digit: every number shown is one the driver computed.
 *
 * Iteration k (k ≥ 1) of the trace is one E-step at θ₍ₖ₋₁₎ (responsibilities q₍ₖ₎) and one M-step
 * (θ₍ₖ₎). The lower bound of the E-step, B(q, θ) = Σᵢ Σⱼ qᵢⱼ [log p(xᵢ, zᵢ = j | θ) − log qᵢⱼ]
 * (Jensen's inequality; Bishop 2006, §9.4), equals ℓ(θ₍ₖ₋₁₎) at q₍ₖ₎ and is maximised over θ by the
 * M-step, so ℓ(θ₍ₖ₋₁₎) ≤ B(q₍ₖ₎, θ₍ₖ₎) ≤ ℓ(θ₍ₖ₎): the log-likelihood never goes down.
 */
import { runJob } from "../estimation";
import { createRng } from "../estimation/random";
import { roundAll, sampleGaussianMixture } from "../estimation/samplers";
import { logChoose } from "../estimation/special";
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

export type EmProblem =
  { kind: "gmm"; sample: number[]; init: GmmParams } | { kind: "coins"; heads: number[]; tosses: number[]; init: CoinParams };

/** The driver's own stopping rule (docs/estimation-cli.md): a rise below 1e-8 stops the run. */
export const TRACE_TOL = 1e-8;
/** Run stops here at the latest: a slow climb is still visible, and memory stays small. */
export const TRACE_MAX_ITER = 300;

export interface TraceEntry {
  /** θ after k iterations (k = the index). */
  params: GmmParams | CoinParams;
  /** ℓ(θ₍ₖ₎), the observed-data log-likelihood, from the driver. */
  logLikelihood: number;
  /** q₍ₖ₎ of the E-step of iteration k (n × K), absent at k = 0. */
  responsibilities: number[][] | null;
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
  if (problem.kind === "gmm") return { model: "gmm", data: problem.sample, init: problem.init, options };
  return {
    model: "binomial-mixture",
    data: { successes: problem.heads, trials: problem.tosses },
    init: problem.init,
    // The two-coin experiment picks each coin with probability ½: the weights stay fixed.
    options: { ...options, fixWeights: true },
  };
}

type Run = { history: HistoryEntry<GmmParams | CoinParams>[]; converged: boolean };

function run(problem: EmProblem, maxIter: number): Run {
  const result = runJob(jobOf(problem, maxIter));
  return { history: (result.history ?? []) as HistoryEntry<GmmParams | CoinParams>[], converged: result.converged };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** log p(xᵢ, zᵢ = j | θ) for every row i and component j. */
function jointLogDensities(problem: EmProblem, params: GmmParams | CoinParams): number[][] {
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
export function lowerBound(problem: EmProblem, responsibilities: readonly (readonly number[])[], params: GmmParams | CoinParams): number {
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
  const entries = result.history.map((entry, k): TraceEntry => {
    const responsibilities = k === 0 ? null : (entry.responsibilities ?? null);
    return {
      params: entry.params,
      logLikelihood: entry.logLikelihood,
      responsibilities,
      boundAfter: responsibilities ? lowerBound(problem, responsibilities, entry.params) : null,
    };
  });
  return { problem, entries, converged: result.converged, stoppedBy };
}

/**
 * A different start from a seed: two data values as the means (distinct when the data allow), the
 * sample variance for every component and equal weights; for the coins, two biases in [0.2, 0.8]
 * on a 0.01 grid. Start 0 is the problem's own start.
 */
export function withStart(problem: EmProblem, start: number): EmProblem {
  if (start === 0) return problem;
  const rng = createRng(start);
  const k = problem.init.weights.length;
  if (problem.kind === "coins") {
    const thetas = Array.from({ length: k }, () => Math.round(20 + rng.next() * 60) / 100);
    return { ...problem, init: { weights: problem.init.weights.slice(), thetas } };
  }
  const { sample } = problem;
  const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
  const variance = sample.reduce((a, b) => a + (b - mean) ** 2, 0) / sample.length;
  const means: number[] = [];
  for (let tries = 0; means.length < k && tries < 50; tries += 1) {
    const candidate = sample[Math.floor(rng.next() * sample.length)] as number;
    if (!means.includes(candidate) || tries > 40) means.push(candidate);
  }
  while (means.length < k) means.push(mean);
  return {
    ...problem,
    init: { weights: new Array<number>(k).fill(1 / k), means, variances: new Array<number>(k).fill(variance > 0 ? variance : 1) },
  };
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

/** The parameters drawn at this position. */
export function shownParams(trace: EmTrace, position: StepPosition): GmmParams | CoinParams {
  return (trace.entries[position.iteration] as TraceEntry).params;
}

/**
 * Reads a question variant's public data as an EM problem: `{ sample, init: { weights, means,
 * variances } }` (1-D Gaussian mixture) or `{ heads, tosses, init: { thetaA, thetaB } }` (two
 * coins). Anything else is null: the page then says the variant has no stepper.
 */
export function problemFromVariantData(data: Record<string, unknown>): EmProblem | null {
  const numbers = (value: unknown): value is number[] =>
    Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "number" && Number.isFinite(v));
  const init = data.init;
  if (typeof init !== "object" || init === null) return null;
  const start = init as Record<string, unknown>;
  if (numbers(data.sample) && numbers(start.weights) && numbers(start.means) && numbers(start.variances)) {
    const k = start.weights.length;
    if (start.means.length !== k || start.variances.length !== k) return null;
    return { kind: "gmm", sample: data.sample, init: { weights: start.weights, means: start.means, variances: start.variances } };
  }
  if (numbers(data.heads) && numbers(data.tosses) && typeof start.thetaA === "number" && typeof start.thetaB === "number") {
    if (data.heads.length !== data.tosses.length) return null;
    return { kind: "coins", heads: data.heads, tosses: data.tosses, init: { weights: [0.5, 0.5], thetas: [start.thetaA, start.thetaB] } };
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
