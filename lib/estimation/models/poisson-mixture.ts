/**
 * Finite mixture of Poissons, fit by EM: each count x_i comes from Poisson(λ_k) for a hidden
 * component k drawn with probability w_k. Data are plain counts `[x, ...]` or a frequency table
 * `{ values, frequencies }` (frequency f_i weights value x_i).
 *
 * Observed-data log-likelihood (full, log x! included, as R's
 * `sum(f * log(w1 * dpois(x, l1) + w2 * dpois(x, l2)))`):
 *   ℓ(w, λ) = Σ_i f_i log Σ_k w_k λ_k^{x_i} e^{−λ_k} / x_i!.
 *
 * E-step (log space, log-sum-exp over k):
 *   r_ik = w_k λ_k^{x_i} e^{−λ_k} / Σ_j w_j λ_j^{x_i} e^{−λ_j}.
 * M-step (weighted Poisson MLE, N = Σ_i f_i):
 *   w_k = Σ_i f_i r_ik / N,   λ_k = Σ_i f_i r_ik x_i / Σ_i f_i r_ik.
 *
 * Responsibilities are reported one row per data row: per observation for `[x, ...]`, per entry of
 * `values` for a frequency table. Rows with the same value share their responsibilities, so the
 * E-step works on the distinct values only.
 *
 * Evaluation. For a count x the E-step sums the kernel x log λ_k − λ_k and adds −log x! once; both
 * are ~x log x, so for large counts ℓ would lose ~log10(x) digits to cancellation (6e-7 of a row
 * at x ≈ 1e9). Counts from LOADER_POISSON_FROM (2048, special.ts) on use Loader's form instead,
 * kernel −bd0(x, λ_k) and constant log p(x | λ = x) = −½ log 2πx − stirlerr(x) (the saddle-point
 * form of R's dpois): the same ℓ and responsibilities, exact for every count. Smaller counts keep
 * the plain kernel, whose error there stays below ~1e-12 of a row and which is cheaper (no
 * logarithm per value and component).
 * A value with frequency 0 contributes nothing to ℓ, whatever its size; counts or frequencies
 * whose sums overflow are refused as `degenerate`.
 *
 * Boundaries: λ_k = 0 is the limit of a component that only sees zeros; it is kept as a point mass
 * at 0 (log p(0 | λ = 0) = 0, log p(x > 0 | λ = 0) = −∞, never NaN), which is where EM is driven
 * when one component turns into zero-inflation. A component whose responsibilities all vanish
 * (weight 0) cannot be updated (0 / 0): the fit stops with a `degenerate` error naming it.
 *
 * Without `init`, `options.components` (K) is required: weighted k-means++ on the values
 * (mixture-init.ts, seeded with `options.seed`) then Lloyd iterations; each cluster starts with λ_k =
 * its mean (floored at 0.01, since λ = 0 is a fixed point of EM) and w_k = its share of the
 * observations. `init` is `{ weights?, lambdas }`; weights omitted means equal weights.
 *
 * Cost: O(D K) per iteration for D distinct values (≤ n), plus O(n K) when responsibilities are
 * recorded; a logarithm per large distinct value and component (~1.45× the time on data of counts
 * ≥ 2048, nothing extra on smaller counts).
 *
 * Reference: McLachlan, G. & Peel, D. (2000), Finite Mixture Models, Wiley, §1.4 and ch. 2–3;
 * Loader, C. (2000), "Fast and accurate computation of binomial probabilities" (stirlerr, bd0).
 *
 * @example
 * fitPoissonMixture([0, 0, 1, 1, 2, 6, 7, 8, 9, 9], { weights: [0.5, 0.5], lambdas: [1, 5] });
 * // { model: "poisson-mixture",
 * //   params: { weights: [0.4883806042481793, 0.5116193957518209],
 * //             lambdas: [0.7775627682612675, 7.662440982392574] },
 * //   logLikelihood: -22.60617215587909, iterations: 7, converged: true }
 */
import { runEm, type EmModel } from "../em";
import { degenerate } from "../errors";
import { kmeansStart, optionalMixtureWeights, requireComponentList, startSettings } from "../mixture-init";
import { LOADER_POISSON_FROM, bd0, compensatedSum, logFactorial, logSumExp, scaledSum, stirlerr } from "../special";
import type { FitOptions, FitResult, ModelRunner } from "../types";
import { requireNumber, requireObject, requireWeightedSample } from "../validate";

export const POISSON_MIXTURE = "poisson-mixture";

/** Plain counts, or a frequency table. */
export type PoissonMixtureData = number[] | { values: number[]; frequencies: number[] };

export interface PoissonMixtureParams {
  weights: number[];
  lambdas: number[];
}

export interface PoissonMixtureInit {
  /** Equal weights (1/K each) when omitted. */
  weights?: number[];
  lambdas: number[];
}

/** Smallest starting λ of the k-means start: a cluster of zeros would otherwise start at the fixed point λ = 0. */
export const POISSON_START_LAMBDA_FLOOR = 0.01;

interface CheckedData {
  /** Distinct values and their total frequencies. */
  distinctValues: number[];
  distinctFrequencies: number[];
  /** For each data row, the index of its value in `distinctValues`. */
  rowToDistinct: number[];
  /** Per distinct value: evaluate its kernel in Loader's form (x ≥ `LOADER_POISSON_FROM`, special.ts). */
  distinctLoader: boolean[];
  total: number;
  /** Σ_i f_i c(x_i), the part of ℓ that does not depend on the parameters (see `logKernel`). */
  logConstant: number;
}

const LOG_TWO_PI = Math.log(2 * Math.PI);

interface Statistics {
  /** Σ_i f_i r_ik */
  expectedCounts: number[];
  /** Σ_i f_i r_ik x_i */
  expectedSums: number[];
}

/** Validates counts `[x, ...]` or `{ values, frequencies }`, and groups equal values. */
export function requirePoissonMixtureData(value: unknown): CheckedData {
  const sample = requireWeightedSample(value, "data", { integer: true, min: 0, noun: "counts" });
  const indexOf = new Map<number, number>();
  const distinctValues: number[] = [];
  const distinctFrequencies: number[] = [];
  const rowToDistinct = sample.values.map((x, i) => {
    let index = indexOf.get(x);
    if (index === undefined) {
      index = distinctValues.length;
      indexOf.set(x, index);
      distinctValues.push(x);
      distinctFrequencies.push(0);
    }
    distinctFrequencies[index] = (distinctFrequencies[index] as number) + (sample.frequencies[i] as number);
    return index;
  });
  const distinctLoader = distinctValues.map((x) => x >= LOADER_POISSON_FROM);
  const total = compensatedSum(distinctFrequencies);
  const weightedSum = scaledSum(distinctValues, distinctFrequencies);
  if (!Number.isFinite(total) || weightedSum.exponent !== 0) {
    throw degenerate(
      "the counts (or frequencies) sum to more than double precision can hold (above 1.8e308): the Poisson mixture's λ cannot be estimated",
    );
  }
  const logConstant = compensatedSum(
    distinctValues.map((x, d) => {
      const frequency = distinctFrequencies[d] as number;
      if (frequency === 0) return 0;
      // c(x) = −log x! for the plain kernel; log p(x | λ = x) = −½ log 2πx − stirlerr(x) for Loader's.
      return frequency * (distinctLoader[d] ? -0.5 * (LOG_TWO_PI + Math.log(x)) - stirlerr(x) : -logFactorial(x));
    }),
  );
  return { distinctValues, distinctFrequencies, rowToDistinct, distinctLoader, total, logConstant };
}

/** Validates `{ weights?, lambdas }`: K positive finite lambdas, weights > 0 summing to 1. */
export function requirePoissonMixtureInit(value: unknown, options: FitOptions | undefined): PoissonMixtureParams {
  const init = requireObject(value, "init", { code: "invalid-init" });
  const { entries, k } = requireComponentList(init, "lambdas", "positive numbers", options);
  const lambdas = entries.map((lambda, index) =>
    requireNumber(lambda, `init.lambdas[${index}]`, { code: "invalid-init", min: 0, minExclusive: true, noun: "rates λ" }),
  );
  return { weights: optionalMixtureWeights(init.weights, k), lambdas };
}

function requireOptions(options: unknown): FitOptions | undefined {
  if (options === undefined) return undefined;
  return requireObject(options, "options", { code: "invalid-option" }) as FitOptions;
}

function startFromData(data: CheckedData, options: FitOptions | undefined): PoissonMixtureParams {
  const { components, seed } = startSettings(options);
  const clustering = kmeansStart(
    data.distinctValues.map((x) => [x]),
    components,
    seed,
    data.distinctFrequencies,
  );
  return {
    weights: clustering.sizes.map((size) => size / data.total),
    lambdas: clustering.centers.map((center) => Math.max(center[0] as number, POISSON_START_LAMBDA_FLOOR)),
  };
}

/**
 * log p(x | λ) − c(x): x log λ − λ (c = −log x!), or for large x (`loader`) −bd0(x, λ) =
 * x log(λ/x) − λ + x (c = log p(x | x)), the same up to a term constant in λ. The point mass at 0
 * for λ = 0 in both: 0 for x = 0, −∞ otherwise.
 */
function logKernel(x: number, lambda: number, logLambda: number, loader: boolean): number {
  if (x === 0) return -lambda;
  if (loader) return lambda === 0 ? Number.NEGATIVE_INFINITY : -bd0(x, lambda);
  return x * logLambda - lambda;
}

function poissonMixtureModel(data: CheckedData): EmModel<PoissonMixtureParams, Statistics> {
  const { distinctValues, distinctFrequencies, distinctLoader, rowToDistinct, total } = data;
  const distinctCount = distinctValues.length;
  return {
    expectation(params, wantResponsibilities) {
      const k = params.lambdas.length;
      const logWeights = params.weights.map(Math.log);
      const logLambdas = params.lambdas.map(Math.log);
      const expectedCounts = new Array<number>(k).fill(0);
      const expectedSums = new Array<number>(k).fill(0);
      const distinctResponsibilities: number[][] = [];
      const logJoint = new Float64Array(k);
      let logLikelihood = data.logConstant;
      for (let d = 0; d < distinctCount; d += 1) {
        const x = distinctValues[d] as number;
        const frequency = distinctFrequencies[d] as number;
        const loader = distinctLoader[d] as boolean;
        for (let c = 0; c < k; c += 1) {
          logJoint[c] = (logWeights[c] as number) + logKernel(x, params.lambdas[c] as number, logLambdas[c] as number, loader);
        }
        const logRow = logSumExp(logJoint);
        if (frequency === 0) {
          // A listed value seen 0 times does not enter the likelihood or the M-step; its row still
          // gets a posterior. If every component gives it probability 0 (only possible once every
          // λ is 0) the posterior is undefined and the prior weights are reported instead of NaN.
          distinctResponsibilities.push(
            logRow === Number.NEGATIVE_INFINITY ? [...params.weights] : Array.from(logJoint, (logValue) => Math.exp(logValue - logRow)),
          );
          continue;
        }
        logLikelihood += frequency * logRow;
        const row = new Array<number>(k);
        for (let c = 0; c < k; c += 1) {
          const r = Math.exp((logJoint[c] as number) - logRow);
          row[c] = r;
          expectedCounts[c] = (expectedCounts[c] as number) + frequency * r;
          expectedSums[c] = (expectedSums[c] as number) + frequency * r * x;
        }
        distinctResponsibilities.push(row);
      }
      const stats = { expectedCounts, expectedSums };
      if (!wantResponsibilities) return { logLikelihood, stats };
      const responsibilities = rowToDistinct.map((d) => [...(distinctResponsibilities[d] as number[])]);
      return { logLikelihood, stats, responsibilities };
    },
    maximization(stats) {
      const lambdas = stats.expectedCounts.map((count, c) => {
        if (!(count > 0)) {
          throw degenerate(
            `component ${c + 1} of the Poisson mixture has lost all its weight (its responsibilities are all 0): its λ is undefined; fit fewer components or start elsewhere`,
          );
        }
        return (stats.expectedSums[c] as number) / count;
      });
      const weights = stats.expectedCounts.map((count) => count / total);
      return { weights, lambdas };
    },
  };
}

/**
 * Fits a K-component Poisson mixture by EM (see the file comment). `init` omitted: k-means++ start
 * with `options.components` and `options.seed`.
 */
export function fitPoissonMixture(
  data: PoissonMixtureData,
  init?: PoissonMixtureInit,
  options?: FitOptions,
): FitResult<PoissonMixtureParams> {
  const checkedOptions = requireOptions(options);
  const checkedData = requirePoissonMixtureData(data);
  const start = init === undefined ? startFromData(checkedData, checkedOptions) : requirePoissonMixtureInit(init, checkedOptions);
  return runEm(POISSON_MIXTURE, poissonMixtureModel(checkedData), start, checkedOptions);
}

/** CLI adapter: `{ "model": "poisson-mixture", "data": [...] | { values, frequencies }, "init"?, "options"? }`. */
export const runPoissonMixture: ModelRunner = (job) =>
  fitPoissonMixture(job.data as PoissonMixtureData, job.init as PoissonMixtureInit | undefined, job.options);
