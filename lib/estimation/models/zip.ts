/**
 * Zero-inflated Poisson (ZIP), fit by EM: each count is a structural zero with probability π, and
 * otherwise a Poisson(λ) draw (which may itself be 0). The hidden label is which of the two
 * states a zero came from; a non-zero count is surely from the Poisson state.
 *
 *   P(X = 0) = π + (1 − π) e^{−λ},   P(X = x) = (1 − π) λ^x e^{−λ} / x!  for x ≥ 1.
 *
 * Observed-data log-likelihood (full, log x! included, with n₀ zeros among n counts, S = Σ x_i):
 *   ℓ(π, λ) = n₀ log(π + (1 − π) e^{−λ}) + (n − n₀) log(1 − π) + S log λ − (n − n₀) λ − Σ_i log x_i!,
 * what R's `sum(log(ifelse(x == 0, pi + (1 - pi) * dpois(0, l), (1 - pi) * dpois(x, l))))` gives.
 *
 * E-step (log space, log-sum-exp of the two states), the posterior of the structural-zero state
 * for a zero:
 *   z = π / (π + (1 − π) e^{−λ});   for x ≥ 1 it is 0.
 * Responsibilities are n × 2: column 0 the structural-zero state, column 1 the Poisson state
 * (rows of non-zero counts are [0, 1]).
 * M-step:
 *   π = n₀ z / n,   λ = S / (n − n₀ z)   (the mean of the counts credited to the Poisson state).
 *
 * Boundaries: with no zeros in the data π goes to 0 after one iteration (its MLE; log 0 is handled,
 * never NaN). Data that are all zeros have no unique MLE (λ = 0 with any π): refused as `degenerate`.
 *
 * Without `init`, the start is λ₀ = the mean of the non-zero counts and
 * π₀ = (share of zeros − e^{−λ₀}) / (1 − e^{−λ₀}) clamped to [0.01, 0.99] (a moment-style guess).
 *
 * Evaluation. S log λ − (n − n₀) λ − Σ log x! cancels catastrophically for large counts (each part is
 * ~S log x̄; counts near 1e9 lose ~9 digits). With n₊ = n − n₀ and μ = S/n₊, the exact identity
 *   Σ_{x>0} log p(x | λ) = Σ_{x>0} log p(x | μ) + bd0(S, n₊μ) − bd0(S, n₊λ),
 * bd0(x, m) = x log(x/m) + m − x (Loader's deviance term, special.ts), holds for any μ; the first
 * sum is computed once by Loader's saddle-point form (`logPoissonPmf`, as R's dpois), the second
 * term is ~0 (it only absorbs the rounding of μ), and bd0 is summed without cancellation. So each
 * E-step stays O(1) and its ℓ as accurate as R's sum(dpois(..., log = TRUE)).
 *
 * Cost: O(n) once for the sufficient statistics (n, n₀, S, Σ_{x>0} log p(x | μ)), then O(1) per
 * iteration; O(n) per iteration when responsibilities are recorded.
 *
 * Reference: Lambert, D. (1992), "Zero-inflated Poisson regression, with an application to defects
 * in manufacturing", Technometrics 34, 1–14.
 *
 * @example
 * fitZip([0, 0, 0, 0, 1, 2, 2, 3], { pi: 0.5, lambda: 1 });
 * // { model: "zip", params: { pi: 0.37247424425427955, lambda: 1.593560090313185 },
 * //   logLikelihood: -10.461096274279416, iterations: 14, converged: true }
 */
import { runEm, type EmModel } from "../em";
import { degenerate, invalidInit } from "../errors";
import { bd0, compensatedSum, logPoissonPmf, logSumExp } from "../special";
import type { FitOptions, FitResult, ModelRunner } from "../types";
import { requireCounts, requireNumber, requireObject } from "../validate";

export const ZIP = "zip";

export interface ZipParams {
  /** Probability of a structural zero. */
  pi: number;
  /** Mean of the Poisson state. */
  lambda: number;
}

interface CheckedData {
  counts: number[];
  n: number;
  zeros: number;
  sum: number;
  /** Σ_{x>0} log p(x | μ) + bd0(S, n₊μ) for μ = S/n₊: the λ-free part of the positives' ℓ (see above). */
  positivesAtMean: number;
}

interface Statistics {
  /** n₀ z: expected number of structural zeros. */
  expectedStructuralZeros: number;
  /** n − n₀ z: expected number of counts from the Poisson state. */
  expectedPoissonRows: number;
}

/** Bounds of the default π₀, away from 0 and 1 where EM would stall. */
const START_PI_MIN = 0.01;
const START_PI_MAX = 0.99;

/** Validates the counts and reduces them to the sufficient statistics. */
export function requireZipData(value: unknown): CheckedData {
  const counts = requireCounts(value, "data");
  let zeros = 0;
  for (const x of counts) if (x === 0) zeros += 1;
  const sum = compensatedSum(counts);
  if (sum === 0) {
    throw degenerate("data are all zeros: the zero-inflated Poisson MLE is not unique (λ = 0 fits with any π); give some non-zero counts");
  }
  if (!Number.isFinite(sum)) {
    throw degenerate(
      "the counts sum to more than double precision can hold (above 1.8e308): the zero-inflated Poisson λ cannot be estimated",
    );
  }
  const positives = counts.length - zeros;
  const mean = sum / positives;
  const atMean = compensatedSum(counts.filter((x) => x > 0).map((x) => logPoissonPmf(x, mean)));
  return { counts, n: counts.length, zeros, sum, positivesAtMean: atMean + bd0(sum, positives * mean) };
}

/** Validates `{ pi, lambda }`: π strictly inside (0, 1), λ > 0. */
export function requireZipInit(value: unknown): ZipParams {
  const init = requireObject(value, "init", { code: "invalid-init" });
  const pi = requireNumber(init.pi, "init.pi", { code: "invalid-init" });
  if (!(pi > 0 && pi < 1)) {
    throw invalidInit(`init.pi must be a probability strictly between 0 and 1 (EM cannot move a π that starts at 0 or 1), got ${pi}`);
  }
  const lambda = requireNumber(init.lambda, "init.lambda", {
    code: "invalid-init",
    min: 0,
    minExclusive: true,
    noun: "rates λ",
  });
  return { pi, lambda };
}

function defaultStart(data: CheckedData): ZipParams {
  const lambda = data.sum / (data.n - data.zeros);
  const poissonZero = Math.exp(-lambda);
  const excessZeros = (data.zeros / data.n - poissonZero) / (1 - poissonZero);
  return { pi: Math.min(START_PI_MAX, Math.max(START_PI_MIN, excessZeros)), lambda };
}

function zipModel(data: CheckedData): EmModel<ZipParams, Statistics> {
  const { n, zeros, sum, positivesAtMean, counts } = data;
  const positives = n - zeros;
  return {
    expectation(params, wantResponsibilities) {
      const logStructural = Math.log(params.pi);
      const logPoissonState = Math.log1p(-params.pi);
      const logPoissonZero = logPoissonState - params.lambda;
      const logZero = logSumExp([logStructural, logPoissonZero]);
      const structural = Math.exp(logStructural - logZero);
      const poisson = Math.exp(logPoissonZero - logZero);
      // Counts multiply their log terms only when present, so a log 0 never meets a count of 0.
      // Positives: n₊ log(1 − π) + Σ_{x>0} log p(x | λ), the latter by the bd0 identity above.
      let logLikelihood = 0;
      if (zeros > 0) logLikelihood += zeros * logZero;
      if (positives > 0) {
        logLikelihood += positives * logPoissonState + positivesAtMean - bd0(sum, positives * params.lambda);
      }
      const stats = {
        expectedStructuralZeros: zeros * structural,
        expectedPoissonRows: positives + zeros * poisson,
      };
      if (!wantResponsibilities) return { logLikelihood, stats };
      const responsibilities = counts.map((x) => (x === 0 ? [structural, poisson] : [0, 1]));
      return { logLikelihood, stats, responsibilities };
    },
    maximization(stats) {
      return {
        pi: stats.expectedStructuralZeros / n,
        lambda: sum / stats.expectedPoissonRows,
      };
    },
  };
}

/**
 * Fits the zero-inflated Poisson by EM (see the file comment). `init` omitted: the moment-style start.
 */
export function fitZip(data: number[], init?: ZipParams, options?: FitOptions): FitResult<ZipParams> {
  const checkedOptions = options === undefined ? undefined : (requireObject(options, "options", { code: "invalid-option" }) as FitOptions);
  const checkedData = requireZipData(data);
  const start = init === undefined ? defaultStart(checkedData) : requireZipInit(init);
  return runEm(ZIP, zipModel(checkedData), start, checkedOptions);
}

/** CLI adapter: `{ "model": "zip", "data": [...counts], "init"?: { pi, lambda }, "options"? }`. */
export const runZip: ModelRunner = (job) => fitZip(job.data as number[], job.init as ZipParams | undefined, job.options);
