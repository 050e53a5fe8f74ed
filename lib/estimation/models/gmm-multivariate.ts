/**
 * Multivariate Gaussian mixture with full covariances, fit by EM.
 *
 * Model: x ~ Σₖ wₖ N_d(μₖ, Σₖ), k = 1..K, with a hidden component label per row.
 *
 * E-step (log space, with Σₖ = LₖLₖᵀ its Cholesky factor and zᵢₖ = Lₖ⁻¹(xᵢ − μₖ)):
 *   ℓᵢₖ = log wₖ − (d/2) log 2π − Σⱼ log (Lₖ)ⱼⱼ − ½ ‖zᵢₖ‖²
 *   rᵢₖ = exp(ℓᵢₖ − LSEᵢ),  LSEᵢ = log Σₖ exp ℓᵢₖ,  and log p(X | θ) = Σᵢ LSEᵢ
 * M-step (weighted MLE):
 *   Nₖ = Σᵢ rᵢₖ,  wₖ = Nₖ / Σⱼ Nⱼ,  μₖ = Σᵢ rᵢₖ xᵢ / Nₖ,  Σₖ = Σᵢ rᵢₖ (xᵢ − μₖ)(xᵢ − μₖ)ᵀ / Nₖ
 *
 * As in the 1-D model, the weighted cross-products are accumulated about the running weighted
 * mean (West 1979) inside the E-step's pass, never as E[xxᵀ] − E[x]E[x]ᵀ, whose cancellation
 * loses every digit when a cluster sits far from the origin relative to its spread.
 *
 * Reference: Bishop, Pattern Recognition and Machine Learning (2006), §9.2.2;
 * McLachlan & Peel, Finite Mixture Models (2000), §3.2.
 *
 * Cost per iteration: O(nKd²) for the Mahalanobis distances and the cross-products, plus
 * O(Kd³) for the K Cholesky factorisations; memory O(nd), plus O(nK) for responsibilities.
 *
 * Collapse: a component whose weight reaches exactly 0, or whose covariance becomes singular
 * (a Cholesky pivot, i.e. a conditional variance, at or below 1e-12 × the sample variance of
 * that coordinate) stops the fit with a `degenerate` error naming the component and the
 * iteration; no regularisation is added silently.
 *
 * @example
 * fitGmmMultivariate(
 *   [[0, 0], [1, 0.5], [0.5, 1], [5, 5], [6, 5.5], [5.5, 6.5]],
 *   { weights: [0.5, 0.5], means: [[0, 1], [6, 6]], covariances: [[[1, 0], [0, 1]], [[1, 0], [0, 1]]] },
 *   { tol: 0, maxIter: 1 },
 * );
 * // { model: "gmm",
 * //   params: { weights: [0.50000000057, 0.49999999943],
 * //             means: [[0.50000000510, 0.50000000510], [5.50000000056, 5.66666666742]],
 * //             covariances: [[[0.16666668942, 0.08333335618], [0.08333335618, 0.16666668942]],
 * //                           [[0.16666666659, 0.08333333307], [0.08333333307, 0.38888888885]]] },
 * //   logLikelihood: -11.10501932…, iterations: 1, converged: false }   (mclust's me(modelName = "VVV") agrees)
 */
import { runEm, type EmModel, type ExpectationResult } from "../em";
import { EstimationError, degenerate, invalidInit } from "../errors";
import { cholesky, choleskyFlat } from "../linalg";
import { kmeansStart, startSettings } from "../mixture-init";
import type { FitOptions, FitResult } from "../types";
import { describeValue, requireMatrix, requireObject } from "../validate";
import { COLLAPSE_RATIO, requireInitWeights } from "./gmm-1d";

export interface GmmMultivariateParams {
  weights: number[];
  /** K × d */
  means: number[][];
  /** K × d × d, full and symmetric */
  covariances: number[][][];
}

/** Flat per-component sums: Nₖ (K), weighted means (K·d), Σ r (x − mean)(x − mean)ᵀ (K·d·d, upper triangle). */
interface GmmMultivariateStats {
  weightSums: Float64Array;
  means: Float64Array;
  scatter: Float64Array;
}

const LOG_2PI = Math.log(2 * Math.PI);

/** Row-major data: `values[i·d + j]` is coordinate j of row i. */
export interface PointMatrix {
  values: Float64Array;
  n: number;
  d: number;
}

class GmmMultivariateEm implements EmModel<GmmMultivariateParams, GmmMultivariateStats> {
  private readonly logNorm: Float64Array;
  private readonly centres: Float64Array;
  /** Lₖ⁻¹, lower triangular, K·d·d: a product instead of a triangular solve per row. */
  private readonly inverseFactors: Float64Array;
  private readonly factor: Float64Array;
  private readonly row: Float64Array;
  private readonly diff: Float64Array;
  private readonly stats: GmmMultivariateStats;
  private responsibilityBuffer: Float64Array | undefined;
  private iteration = 0;

  constructor(
    private readonly data: PointMatrix,
    private readonly k: number,
    /** Per coordinate: the smallest conditional variance a component may keep. */
    private readonly pivotFloors: Float64Array,
  ) {
    const { d } = data;
    this.logNorm = new Float64Array(k);
    this.centres = new Float64Array(k * d);
    this.inverseFactors = new Float64Array(k * d * d);
    this.factor = new Float64Array(d * d);
    this.row = new Float64Array(k);
    this.diff = new Float64Array(d);
    this.stats = {
      weightSums: new Float64Array(k),
      means: new Float64Array(k * d),
      scatter: new Float64Array(k * d * d),
    };
  }

  expectation(params: GmmMultivariateParams, wantResponsibilities: boolean): ExpectationResult<GmmMultivariateStats> {
    const { values: x, n, d } = this.data;
    const { k: K, logNorm, centres, inverseFactors, row, diff } = this;
    for (let k = 0; k < K; k++) {
      const covariance = params.covariances[k] as number[][];
      const failed = choleskyFlat(covariance, d, this.factor, null);
      if (failed >= 0) {
        throw degenerate(`the covariance of component ${k + 1} is not positive definite (pivot ${failed + 1} of ${d})`);
      }
      let logDet = 0;
      for (let j = 0; j < d; j++) logDet += 2 * Math.log(this.factor[j * d + j] as number);
      invertLowerFlat(this.factor, d, inverseFactors, k * d * d);
      logNorm[k] = Math.log(params.weights[k] as number) - 0.5 * (d * LOG_2PI + logDet);
      const mean = params.means[k] as number[];
      for (let j = 0; j < d; j++) centres[k * d + j] = mean[j] as number;
    }
    const { weightSums, means, scatter } = this.stats;
    weightSums.fill(0);
    means.fill(0);
    scatter.fill(0);
    let responsibilities: Float64Array | undefined;
    if (wantResponsibilities) {
      this.responsibilityBuffer ??= new Float64Array(n * K);
      responsibilities = this.responsibilityBuffer;
    }

    let logLikelihood = 0;
    let compensation = 0;
    const dd = d * d;
    for (let i = 0; i < n; i++) {
      const base = i * d;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        const c = k * d;
        for (let j = 0; j < d; j++) diff[j] = (x[base + j] as number) - (centres[c + j] as number);
        const f = k * dd;
        let quad = 0;
        for (let a = 0; a < d; a++) {
          let s = 0;
          const fa = f + a * d;
          for (let b = 0; b <= a; b++) s += (inverseFactors[fa + b] as number) * (diff[b] as number);
          quad += s * s;
        }
        const lp = (logNorm[k] as number) - 0.5 * quad;
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
        if (!(r > 0)) continue;
        const previous = weightSums[k] as number;
        const total = previous + r;
        weightSums[k] = total;
        const step = r / total;
        // West's update: S += r·(N_old / N_new)·δδᵀ with δ = x − mean_old, exactly symmetric.
        const scale = (r * previous) / total;
        const c = k * d;
        for (let j = 0; j < d; j++) {
          const delta = (x[base + j] as number) - (means[c + j] as number);
          diff[j] = delta;
          means[c + j] = (means[c + j] as number) + step * delta;
        }
        const f = k * dd;
        for (let a = 0; a < d; a++) {
          const sa = scale * (diff[a] as number);
          const fa = f + a * d;
          for (let b = a; b < d; b++) scatter[fa + b] = (scatter[fa + b] as number) + sa * (diff[b] as number);
        }
      }
    }

    const result: ExpectationResult<GmmMultivariateStats> = { logLikelihood: logLikelihood + compensation, stats: this.stats };
    if (responsibilities) {
      const rows: number[][] = new Array<number[]>(n);
      for (let i = 0; i < n; i++) rows[i] = Array.from(responsibilities.subarray(i * K, (i + 1) * K));
      result.responsibilities = rows;
    }
    return result;
  }

  maximization(stats: GmmMultivariateStats): GmmMultivariateParams {
    this.iteration += 1;
    const { d } = this.data;
    const K = this.k;
    let total = 0;
    for (let k = 0; k < K; k++) total += stats.weightSums[k] as number;
    const weights: number[] = [];
    const means: number[][] = [];
    const covariances: number[][][] = [];
    for (let k = 0; k < K; k++) {
      const weightSum = stats.weightSums[k] as number;
      if (!(weightSum > 0)) {
        throw degenerate(
          `component ${k + 1} of ${K} lost all its weight at iteration ${this.iteration} (every responsibility for it underflowed to 0); start it closer to the data or use fewer components`,
        );
      }
      weights.push(weightSum / total);
      means.push(Array.from(stats.means.subarray(k * d, (k + 1) * d)));
      const covariance: number[][] = [];
      for (let a = 0; a < d; a++) covariance.push(new Array<number>(d).fill(0));
      for (let a = 0; a < d; a++) {
        for (let b = a; b < d; b++) {
          const v = (stats.scatter[k * d * d + a * d + b] as number) / weightSum;
          (covariance[a] as number[])[b] = v;
          (covariance[b] as number[])[a] = v;
        }
      }
      const failed = choleskyFlat(covariance, d, this.factor, this.pivotFloors);
      if (failed >= 0) {
        throw degenerate(
          `the covariance of component ${k + 1} of ${K} became singular at iteration ${this.iteration} (its variance along coordinate ${failed + 1}, given the earlier coordinates, fell to at most ${COLLAPSE_RATIO} × the sample variance): the component has collapsed onto a point or a lower-dimensional set, where the likelihood is unbounded`,
        );
      }
      covariances.push(covariance);
    }
    return { weights, means, covariances };
  }
}

/** L⁻¹ of a lower-triangular L (row-major d·d) into `out` at `offset`. */
function invertLowerFlat(L: Float64Array, d: number, out: Float64Array, offset: number): void {
  for (let i = 0; i < d * d; i++) out[offset + i] = 0;
  for (let j = 0; j < d; j++) {
    out[offset + j * d + j] = 1 / (L[j * d + j] as number);
    for (let i = j + 1; i < d; i++) {
      let s = 0;
      for (let m = j; m < i; m++) s += (L[i * d + m] as number) * (out[offset + m * d + j] as number);
      out[offset + i * d + j] = -s / (L[i * d + i] as number);
    }
  }
}

/** Rows of finite numbers, all of the same length d ≥ 1, copied row-major into a Float64Array. */
export function requirePoints(value: unknown): PointMatrix {
  const rows = requireMatrix(value, "data");
  const n = rows.length;
  const d = (rows[0] as number[]).length;
  const values = new Float64Array(n * d);
  rows.forEach((row, i) => values.set(row, i * d));
  return { values, n, d };
}

/** Validates `init` for the d-D model against the data's dimension and options.components. */
export function requireGmmMultivariateInit(value: unknown, d: number, options: FitOptions | undefined): GmmMultivariateParams {
  const init = requireObject(value, "init", { code: "invalid-init" });
  if (init.variances !== undefined && init.covariances === undefined) {
    throw invalidInit("init.variances is for 1-D data; d-dimensional data need init.covariances (K × d × d)");
  }
  const weights = requireInitWeights(init, options);
  const K = weights.length;
  const means = requireRows(init.means, "init.means", K, d);
  if (!Array.isArray(init.covariances)) {
    throw invalidInit(`init.covariances must be an array of ${K} matrices (${d} × ${d}), got ${describeValue(init.covariances)}`);
  }
  if (init.covariances.length !== K) {
    throw invalidInit(`init.covariances must have ${K} matrices (one per component), got ${init.covariances.length}`);
  }
  const covariances = init.covariances.map((m: unknown, k) => {
    const covariance = requireRows(m, `init.covariances[${k}]`, d, d);
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) {
        const lower = (covariance[a] as number[])[b] as number;
        const upper = (covariance[b] as number[])[a] as number;
        if (Math.abs(upper - lower) > 1e-10 * Math.max(Math.abs(upper), Math.abs(lower))) {
          throw invalidInit(`init.covariances[${k}] is not symmetric: [${a}][${b}] = ${lower} but [${b}][${a}] = ${upper}`);
        }
      }
    }
    try {
      cholesky(covariance);
    } catch (error) {
      if (error instanceof EstimationError) {
        throw invalidInit(`init.covariances[${k}] is not positive definite, as a covariance matrix must be`);
      }
      throw error;
    }
    return covariance;
  });
  return { weights, means, covariances };
}

function requireRows(value: unknown, what: string, rows: number, cols: number): number[][] {
  const one = what === "init.means" ? " (one per component)" : "";
  if (!Array.isArray(value)) {
    throw invalidInit(`${what} must be a ${rows} × ${cols} array of numbers${one}, got ${describeValue(value)}`);
  }
  if (value.length !== rows) throw invalidInit(`${what} must have ${rows} rows${one}, got ${value.length}`);
  return value.map((row: unknown, i) => {
    if (!Array.isArray(row)) throw invalidInit(`${what}[${i}] must be an array of ${cols} numbers, got ${describeValue(row)}`);
    if (row.length !== cols) {
      throw invalidInit(`${what}[${i}] must have ${cols} entries (the data have ${cols} columns), got ${row.length}`);
    }
    return row.map((v: unknown, j) => {
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw invalidInit(`${what}[${i}][${j}] must be a finite number, got ${describeValue(v)}`);
      }
      return v;
    });
  });
}

/** Column means and the covariance (divide by n), two-pass. */
function sampleCovariance(data: PointMatrix): number[][] {
  const { values, n, d } = data;
  const mean = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (values[i * d + j] as number);
  for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) / n;
  return scatterAbout(data, () => mean);
}

/** Σᵢ (xᵢ − cᵢ)(xᵢ − cᵢ)ᵀ / n for a centre cᵢ per row; symmetric. */
function scatterAbout(data: PointMatrix, centreOf: (i: number) => readonly number[]): number[][] {
  const { values, n, d } = data;
  const covariance: number[][] = [];
  for (let a = 0; a < d; a++) covariance.push(new Array<number>(d).fill(0));
  for (let i = 0; i < n; i++) {
    const centre = centreOf(i);
    for (let a = 0; a < d; a++) {
      const da = (values[i * d + a] as number) - (centre[a] as number);
      const ca = covariance[a] as number[];
      for (let b = 0; b <= a; b++) ca[b] = (ca[b] as number) + da * ((values[i * d + b] as number) - (centre[b] as number));
    }
  }
  for (let a = 0; a < d; a++) {
    for (let b = 0; b <= a; b++) {
      const v = ((covariance[a] as number[])[b] as number) / n;
      (covariance[a] as number[])[b] = v;
      (covariance[b] as number[])[a] = v;
    }
  }
  return covariance;
}

function isPositiveDefinite(matrix: number[][], floors: Float64Array): boolean {
  return choleskyFlat(matrix, floors.length, new Float64Array(floors.length * floors.length), floors) < 0;
}

/**
 * The start without `init`: the library's mixture start (`kmeansStart`: k-means++ seeded by
 * `options.seed`, default 0, then Lloyd iterations, components in lexicographic order) gives the
 * means; weights are equal (1/K); every component gets the pooled within-cluster covariance
 * Σᵢ (xᵢ − centre of its cluster)(…)ᵀ / n, or the whole sample's covariance when the pooled one
 * is singular (clusters too small to span the d dimensions).
 */
function defaultStart(data: PointMatrix, sample: number[][], floors: Float64Array, options: FitOptions | undefined): GmmMultivariateParams {
  const { components: k, seed } = startSettings(options);
  const points: number[][] = [];
  for (let i = 0; i < data.n; i++) points.push(Array.from(data.values.subarray(i * data.d, (i + 1) * data.d)));
  const { centers, labels } = kmeansStart(points, k, seed);
  const pooled = scatterAbout(data, (i) => centers[labels[i] as number] as number[]);
  const covariance = isPositiveDefinite(pooled, floors) ? pooled : sample;
  return {
    weights: new Array<number>(k).fill(1 / k),
    means: centers.map((c) => c.slice()),
    covariances: centers.map(() => covariance.map((r) => r.slice())),
  };
}

/**
 * Fits a d-dimensional Gaussian mixture with full covariances (see `defaultStart` for the start
 * without `init`).
 */
export function fitGmmMultivariate(
  points: readonly (readonly number[])[],
  init?: GmmMultivariateParams,
  options?: FitOptions,
): FitResult<GmmMultivariateParams> {
  return fitGmmMultivariateJob(points, init, options);
}

/** The same fit from untrusted JSON (the CLI's `data` and `init`), validated first. */
export function fitGmmMultivariateJob(data: unknown, init: unknown, options: FitOptions | undefined): FitResult<GmmMultivariateParams> {
  const points = requirePoints(data);
  const start = init === undefined ? undefined : requireGmmMultivariateInit(init, points.d, options);
  const sample = sampleCovariance(points);
  const floors = new Float64Array(points.d);
  for (let j = 0; j < points.d; j++) {
    const variance = (sample[j] as number[])[j] as number;
    if (!(variance > 0)) {
      throw degenerate(
        `column ${j + 1} of the data has no spread (every value is ${points.values[j]}): a Gaussian mixture has no maximum likelihood (a variance would be 0)`,
      );
    }
    floors[j] = COLLAPSE_RATIO * variance;
  }
  if (!isPositiveDefinite(sample, floors)) {
    throw degenerate(
      "the data's columns are linearly dependent (their covariance is singular), so every component's covariance would be singular too",
    );
  }
  const params = start ?? defaultStart(points, sample, floors, options);
  const model = new GmmMultivariateEm(points, params.weights.length, floors);
  return runEm("gmm", model, params, options);
}
