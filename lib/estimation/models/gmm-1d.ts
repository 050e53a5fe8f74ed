/**
 * Univariate Gaussian mixture fit by EM.
 *
 * Model: x ~ Σₖ wₖ N(μₖ, σₖ²), k = 1..K, with a hidden component label per value.
 *
 * E-step (log space, so that far-away values never underflow the whole row to 0/0):
 *   ℓᵢₖ = log wₖ − ½ log(2πσₖ²) − (xᵢ − μₖ)² / (2σₖ²)
 *   rᵢₖ = exp(ℓᵢₖ − LSEᵢ),  LSEᵢ = log Σₖ exp ℓᵢₖ,  and log p(x | θ) = Σᵢ LSEᵢ
 * M-step (weighted MLE):
 *   Nₖ = Σᵢ rᵢₖ,  wₖ = Nₖ / Σⱼ Nⱼ,  μₖ = Σᵢ rᵢₖ xᵢ / Nₖ,  σₖ² = Σᵢ rᵢₖ (xᵢ − μₖ)² / Nₖ (divide by Nₖ: MLE)
 *
 * The M-step sums are accumulated inside the E-step's single pass with West's (1979) weighted
 * update of the mean and of Σ r (x − μ)², so σₖ² is a sum of squares about the new mean and
 * never the cancellation-prone E[x²] − E[x]², at the cost of one pass over the data per iteration.
 *
 * Reference: Bishop, Pattern Recognition and Machine Learning (2006), §9.2;
 * McLachlan & Peel, Finite Mixture Models (2000), ch. 3 (the univariate normal case);
 * West, "Updating mean and variance estimates: an improved method", CACM 22 (1979).
 *
 * Cost: O(nK) time per iteration (K exponentials and one logarithm per value), O(n) memory for
 * the data as a Float64Array; O(nK) more only when responsibilities are requested.
 *
 * Collapse: a component whose variance falls to 1e-12 × the sample variance or below (it is
 * sitting on a single value, where the likelihood is unbounded) or whose weight reaches exactly 0
 * stops the fit with a `degenerate` error naming the component and the iteration; no floor is
 * applied silently.
 *
 * @example
 * fitGmm1d([-1.2, -0.8, -1, 2.9, 3.1, 3, 3.3], { weights: [0.5, 0.5], means: [0, 2], variances: [1, 1] }, { tol: 0, maxIter: 1 });
 * // { model: "gmm",
 * //   params: { weights: [0.42969738…, 0.57030261…], means: [-0.91430701…, 3.01847949…], variances: [0.36880341…, 0.24878021…] },
 * //   logLikelihood: -7.27420178…, iterations: 1, converged: false }
 * // (R: mclust::me(modelName = "V", z = estep(...)$z, control = emControl(tol = c(0, 0), itmax = 1)) gives the same)
 */
import { runEm, type EmModel, type ExpectationResult } from "../em";
import { degenerate, invalidInit } from "../errors";
import { checkComponentsAgree, kmeansStart, requireMixtureWeights, startSettings } from "../mixture-init";
import type { FitOptions, FitResult } from "../types";
import { describeValue, requireNumber, requireObject, requireSample } from "../validate";

export interface Gmm1dParams {
  weights: number[];
  means: number[];
  variances: number[];
}

/** Per-component sums of the E-step: Nₖ, the weighted mean and Σ r (x − mean)² about it. */
interface Gmm1dStats {
  weightSums: Float64Array;
  means: Float64Array;
  scatter: Float64Array;
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Below this fraction of the sample variance a component has collapsed onto one value: the
 * density there grows without bound and the fit is no longer an estimate of anything.
 */
export const COLLAPSE_RATIO = 1e-12;

class Gmm1dEm implements EmModel<Gmm1dParams, Gmm1dStats> {
  private readonly k: number;
  /** log wₖ − ½ log 2πσₖ², per component, refreshed at each E-step. */
  private readonly logNorm: Float64Array;
  /** 1 / (2σₖ²). */
  private readonly halfPrecision: Float64Array;
  private readonly centre: Float64Array;
  /** One row of log-densities, then of unnormalised responsibilities. */
  private readonly row: Float64Array;
  private readonly stats: Gmm1dStats;
  private responsibilityBuffer: Float64Array | undefined;
  private iteration = 0;

  constructor(
    private readonly x: Float64Array,
    components: number,
    private readonly varianceFloor: number,
  ) {
    this.k = components;
    this.logNorm = new Float64Array(components);
    this.halfPrecision = new Float64Array(components);
    this.centre = new Float64Array(components);
    this.row = new Float64Array(components);
    this.stats = {
      weightSums: new Float64Array(components),
      means: new Float64Array(components),
      scatter: new Float64Array(components),
    };
  }

  expectation(params: Gmm1dParams, wantResponsibilities: boolean): ExpectationResult<Gmm1dStats> {
    const { x, k: K, logNorm, halfPrecision, centre, row } = this;
    const { weightSums, means, scatter } = this.stats;
    for (let k = 0; k < K; k++) {
      const variance = params.variances[k] as number;
      logNorm[k] = Math.log(params.weights[k] as number) - 0.5 * (LOG_2PI + Math.log(variance));
      halfPrecision[k] = 0.5 / variance;
      centre[k] = params.means[k] as number;
    }
    weightSums.fill(0);
    means.fill(0);
    scatter.fill(0);
    let responsibilities: Float64Array | undefined;
    if (wantResponsibilities) {
      this.responsibilityBuffer ??= new Float64Array(x.length * K);
      responsibilities = this.responsibilityBuffer;
    }

    // Neumaier-compensated: with n = 10⁵ a plain running sum's rounding is of the order of the
    // default tol (1e-8), which would let the stopping rule fire on noise.
    let logLikelihood = 0;
    let compensation = 0;
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        const d = xi - (centre[k] as number);
        const lp = (logNorm[k] as number) - (halfPrecision[k] as number) * d * d;
        row[k] = lp;
        if (lp > max) max = lp;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const e = Math.exp((row[k] as number) - max);
        row[k] = e;
        sum += e;
      }
      const term = max + Math.log(sum);
      const t = logLikelihood + term;
      compensation += Math.abs(logLikelihood) >= Math.abs(term) ? logLikelihood - t + term : term - t + logLikelihood;
      logLikelihood = t;

      const inverseSum = 1 / sum;
      for (let k = 0; k < K; k++) {
        const r = (row[k] as number) * inverseSum;
        if (responsibilities) responsibilities[i * K + k] = r;
        // An underflowed responsibility adds nothing, and skipping it avoids 0/0 while Nₖ is 0.
        if (r > 0) {
          const total = (weightSums[k] as number) + r;
          weightSums[k] = total;
          const delta = xi - (means[k] as number);
          const mean = (means[k] as number) + (delta * r) / total;
          means[k] = mean;
          scatter[k] = (scatter[k] as number) + r * delta * (xi - mean);
        }
      }
    }

    const result: ExpectationResult<Gmm1dStats> = { logLikelihood: logLikelihood + compensation, stats: this.stats };
    if (responsibilities) result.responsibilities = toRows(responsibilities, n, K);
    return result;
  }

  maximization(stats: Gmm1dStats): Gmm1dParams {
    this.iteration += 1;
    const K = this.k;
    let total = 0;
    for (let k = 0; k < K; k++) total += stats.weightSums[k] as number;
    const weights: number[] = [];
    const means: number[] = [];
    const variances: number[] = [];
    for (let k = 0; k < K; k++) {
      const weightSum = stats.weightSums[k] as number;
      if (!(weightSum > 0)) {
        throw degenerate(
          `component ${k + 1} of ${K} lost all its weight at iteration ${this.iteration} (every responsibility for it underflowed to 0); start it closer to the data or use fewer components`,
        );
      }
      const variance = (stats.scatter[k] as number) / weightSum;
      if (!(variance > this.varianceFloor) || !Number.isFinite(variance)) {
        throw degenerate(
          `component ${k + 1} of ${K} collapsed at iteration ${this.iteration}: its variance fell to ${variance} (at most ${COLLAPSE_RATIO} × the sample variance), so it sits on a single value where the likelihood is unbounded`,
        );
      }
      weights.push(weightSum / total);
      means.push(stats.means[k] as number);
      variances.push(variance);
    }
    return { weights, means, variances };
  }
}

function toRows(flat: Float64Array, n: number, k: number): number[][] {
  const rows: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) rows[i] = Array.from(flat.subarray(i * k, (i + 1) * k));
  return rows;
}

/** Mean and variance (divide by n) in two passes, the reference scale for collapse checks. */
function sampleMoments(x: Float64Array): { mean: number; variance: number } {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] as number;
  const mean = sum / x.length;
  let squares = 0;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as number) - mean;
    squares += d * d;
  }
  return { mean, variance: squares / x.length };
}

/** A finite-number array of the given length, or an invalidInit naming the field. */
function requireInitVector(value: unknown, what: string, length: number): number[] {
  if (!Array.isArray(value)) {
    throw invalidInit(`${what} must be an array of ${length} numbers (one per component), got ${describeValue(value)}`);
  }
  if (value.length !== length) {
    throw invalidInit(`${what} must have ${length} entries (one per component), got ${value.length}`);
  }
  return value.map((v: unknown, i) => requireNumber(v, `${what}[${i}]`, { code: "invalid-init" }));
}

/**
 * `init.weights` fixes K: K positive numbers summing to 1 (rescaled to sum to 1 exactly), and
 * `options.components`, when also given, must agree.
 */
export function requireInitWeights(init: Record<string, unknown>, options: FitOptions | undefined): number[] {
  const value = init.weights;
  if (!Array.isArray(value) || value.length === 0) {
    throw invalidInit(`init.weights must be a non-empty array of mixing weights (one per component), got ${describeValue(value)}`);
  }
  checkComponentsAgree(options, value.length, "init.weights");
  return requireMixtureWeights(value, value.length, "init.weights");
}

/** Validates `init` for the 1-D model. */
export function requireGmm1dInit(value: unknown, options: FitOptions | undefined): Gmm1dParams {
  const init = requireObject(value, "init", { code: "invalid-init" });
  if (init.covariances !== undefined && init.variances === undefined) {
    throw invalidInit("init.covariances is for d-dimensional data; 1-D data need init.variances (one per component)");
  }
  const weights = requireInitWeights(init, options);
  const K = weights.length;
  const means = requireInitVector(init.means, "init.means", K);
  const variances = requireInitVector(init.variances, "init.variances", K);
  variances.forEach((v, i) => {
    if (!(v > 0)) throw invalidInit(`init.variances[${i}] must be > 0, got ${v}`);
  });
  return { weights, means, variances };
}

/**
 * Fits a 1-D Gaussian mixture. Without `init`, K = `options.components` and the start is the
 * library's mixture start (`kmeansStart`: k-means++ seeded by `options.seed`, default 0, then
 * Lloyd iterations, components in ascending order): its centres as means, equal weights 1/K, and
 * for every component the pooled within-cluster variance Σ (x − centre of its cluster)² / n, or
 * the whole sample's variance when that is 0 (K as large as the number of distinct values).
 */
export function fitGmm1d(sample: readonly number[], init?: Gmm1dParams, options?: FitOptions): FitResult<Gmm1dParams> {
  return fitGmm1dJob(sample, init, options);
}

/** The same fit from untrusted JSON (the CLI's `data` and `init`), validated first. */
export function fitGmm1dJob(data: unknown, init: unknown, options: FitOptions | undefined): FitResult<Gmm1dParams> {
  const x = Float64Array.from(requireSample(data, "data"));
  const start = init === undefined ? undefined : requireGmm1dInit(init, options);
  const { variance } = sampleMoments(x);
  if (!(variance > 0)) {
    throw degenerate(
      `every value of the data is ${x[0]}: with no spread a Gaussian mixture has no maximum likelihood (a variance would be 0)`,
    );
  }
  const params = start ?? defaultStart(x, variance, options);
  const model = new Gmm1dEm(x, params.weights.length, COLLAPSE_RATIO * variance);
  return runEm("gmm", model, params, options);
}

function defaultStart(x: Float64Array, variance: number, options: FitOptions | undefined): Gmm1dParams {
  const { components: k, seed } = startSettings(options);
  const points = Array.from(x, (v) => [v]);
  const { centers, labels } = kmeansStart(points, k, seed);
  let squares = 0;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as number) - ((centers[labels[i] as number] as number[])[0] as number);
    squares += d * d;
  }
  const pooled = squares / x.length;
  const start = pooled > COLLAPSE_RATIO * variance ? pooled : variance;
  return {
    weights: new Array<number>(k).fill(1 / k),
    means: centers.map((c) => c[0] as number),
    variances: new Array<number>(k).fill(start),
  };
}
