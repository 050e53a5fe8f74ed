/**
 * Univariate Gaussian mixture fit by EM.
 *
 * Model: x ~ Σₖ wₖ N(μₖ, σₖ²), k = 1..K, with a hidden component label per value.
 *
 * E-step (log space, so that far-away values never underflow the whole row to 0/0):
 *   ℓᵢₖ = log wₖ − ½ log(2πσₖ²) − (xᵢ − μₖ)² / (2σₖ²),  mᵢ = maxₖ ℓᵢₖ,  sᵢ = Σₖ exp(ℓᵢₖ − mᵢ) ∈ [1, K]
 *   rᵢₖ = exp(ℓᵢₖ − mᵢ) / sᵢ,  and log p(x | θ) = Σᵢ (mᵢ + log sᵢ)
 * M-step (weighted MLE):
 *   Nₖ = Σᵢ rᵢₖ,  wₖ = Nₖ / Σⱼ Nⱼ,  μₖ = Σᵢ rᵢₖ xᵢ / Nₖ,  σₖ² = Σᵢ rᵢₖ (xᵢ − μₖ)² / Nₖ (divide by Nₖ: MLE)
 *
 * Variance update: the M-step sums are accumulated inside the E-step's single pass with West's
 * (1979) weighted update of the mean and of Σ r (d − mean)², applied to the deviations
 * dᵢₖ = xᵢ − μₖ from the E-step's own means (already computed for ℓᵢₖ): the new mean is
 * μₖ + (weighted mean of the dᵢₖ) and σₖ² is a sum of squares about it, never the
 * cancellation-prone E[x²] − E[x]². The shift costs nothing and keeps the update's rounding on the
 * scale of the spread instead of |x|: with the data and the start moved by 10⁵ (n = 10⁵, K = 3,
 * 50 iterations) the unshifted update moved the fit by up to 1e-8 relative, this one by 6e-12.
 * A two-pass update (responsibilities into an n × K buffer with Nₖ and Σ r d, then
 * Σ r (x − new mean)²) is as accurate but measured about 10 % slower for K = 3 and needs O(nK)
 * memory.
 *
 * Log-likelihood accuracy (the default stopping rule compares rises with tol = 1e-8): the mᵢ are
 * added with Neumaier's compensated sum, within 2u|ℓ| (u = 2⁻⁵³). The log sᵢ are not taken one
 * by one: the sᵢ are multiplied into a running product whose log joins the same compensated sum
 * when the product passes 2⁵⁰⁰, and at the end. A product of m factors is within about (m − 1)u
 * relatively, so its log is within (m − 1)u absolutely, plus u·log P for the log's own rounding;
 * however the products fall, this part's error is at most n·u·(1 + log K). So beyond the rounding
 * of each ℓᵢₖ itself (present in any evaluation order) ℓ is within 2u|ℓ| + n·u·(1 + log K): for
 * n = 10⁵, K = 3, |ℓ| ≈ 2.5·10⁵, 8e-11, over 100 times below tol. Plain sums of the mᵢ in blocks
 * of B values added with compensation would allow (B − 1)·u·Σ|mᵢ|, 4e-10 here for B = 16, and
 * measured no faster.
 *
 * Reference: Bishop, Pattern Recognition and Machine Learning (2006), §9.2;
 * McLachlan & Peel, Finite Mixture Models (2000), ch. 3 (the univariate normal case);
 * West, "Updating mean and variance estimates: an improved method", CACM 22 (1979);
 * Tang, "Table-driven implementation of the exponential function in IEEE floating-point
 * arithmetic", ACM TOMS 15 (1989).
 *
 * Cost: O(nK) time per iteration in one pass over the data: per value, K exponentials (K − 1 in
 * the any-K loop, which skips the row maximum's), K divisions, and a logarithm at most once every
 * 500 / log₂K values; O(n) memory for the data as a Float64Array, and O(nK) more only when
 * responsibilities are requested (one buffer, reused by every E-step). K = 2 and K = 3 have their
 * own loop with every per-component value in a local, not in a typed array: at n = 10⁵ the any-K
 * loop took 1.6 times as long for K = 2 and 2.2 times for K = 3.
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
import { expOfNonPositive } from "../fast-exp";
import { checkComponentsAgree, kmeansStart, requireMixtureWeights, startSettings } from "../mixture-init";
import type { FitOptions, FitResult } from "../types";
import { describeValue, requireNumber, requireObject, requireSample } from "../validate";

export interface Gmm1dParams {
  weights: number[];
  means: number[];
  variances: number[];
}

/**
 * Per-component results of the E-step's pass: Nₖ, the new mean and Σ r (x − new mean)² about it
 * (while the pass runs, `means` holds the weighted mean of the deviations from the E-step's μₖ).
 */
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

/**
 * A running product of row sums sᵢ ∈ [1, K] is logged and restarted once it passes this, so it
 * never overflows (for any K below 2⁵²³).
 */
const PRODUCT_LIMIT = 2 ** 500;

/** Neumaier's compensated sum (the log-likelihood's). */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  reset(): void {
    this.sum = 0;
    this.compensation = 0;
  }

  add(value: number): void {
    const t = this.sum + value;
    this.compensation += Math.abs(this.sum) >= Math.abs(value) ? this.sum - t + value : value - t + this.sum;
    this.sum = t;
  }

  total(): number {
    return this.sum + this.compensation;
  }
}

class Gmm1dEm implements EmModel<Gmm1dParams, Gmm1dStats> {
  private readonly k: number;
  /** log wₖ − ½ log 2πσₖ², per component, refreshed at each E-step. */
  private readonly logNorm: Float64Array;
  /** 1 / (2σₖ²). */
  private readonly halfPrecision: Float64Array;
  /** μₖ of the E-step's parameters. */
  private readonly centre: Float64Array;
  /** One row of log-densities, then of unnormalised responsibilities (any-K loop). */
  private readonly row: Float64Array;
  private readonly logLikelihood = new CompensatedSum();
  private readonly stats: Gmm1dStats;
  /** rᵢₖ at i·K + k, allocated on the first request and overwritten by every E-step after it. */
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
    const { x, k: K, logNorm, halfPrecision, centre } = this;
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
    this.logLikelihood.reset();
    let responsibilities: Float64Array | undefined;
    if (wantResponsibilities) {
      this.responsibilityBuffer ??= new Float64Array(x.length * K);
      responsibilities = this.responsibilityBuffer;
    }

    if (K === 2) this.passOf2(responsibilities);
    else if (K === 3) this.passOf3(responsibilities);
    else this.passOfAnyK(responsibilities);
    // The pass leaves the weighted mean of the deviations from μₖ; the new mean is μₖ plus it.
    for (let k = 0; k < K; k++) means[k] = (centre[k] as number) + (means[k] as number);

    const result: ExpectationResult<Gmm1dStats> = { logLikelihood: this.logLikelihood.total(), stats: this.stats };
    if (responsibilities) result.responsibilities = toRows(responsibilities, x.length, K);
    return result;
  }

  /**
   * The E-step's pass for any K. Per value: ℓᵢₖ and their maximum, exp(ℓᵢₖ − mᵢ) (exactly 1 for
   * the maximum, so its exponential is skipped), rᵢₖ, and West's update of component k's
   * weight, mean deviation and scatter with dᵢₖ = xᵢ − μₖ.
   */
  private passOfAnyK(responsibilities: Float64Array | undefined): void {
    const { x, k: K, logNorm, halfPrecision, centre, row, logLikelihood } = this;
    const { weightSums, means, scatter } = this.stats;
    const n = x.length;
    let product = 1;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      let max = -Infinity;
      let top = 0;
      for (let k = 0; k < K; k++) {
        const d = xi - (centre[k] as number);
        const logDensity = (logNorm[k] as number) - (halfPrecision[k] as number) * d * d;
        row[k] = logDensity;
        if (logDensity > max) {
          max = logDensity;
          top = k;
        }
      }
      let sum = 1;
      for (let k = 0; k < K; k++) {
        if (k !== top) {
          const e = expOfNonPositive((row[k] as number) - max);
          row[k] = e;
          sum += e;
        }
      }
      row[top] = 1;
      logLikelihood.add(max);
      product *= sum;
      if (product > PRODUCT_LIMIT) {
        logLikelihood.add(Math.log(product));
        product = 1;
      }

      const inverseSum = 1 / sum;
      for (let k = 0; k < K; k++) {
        const r = (row[k] as number) * inverseSum;
        if (responsibilities) responsibilities[i * K + k] = r;
        // An underflowed responsibility adds nothing, and skipping it avoids 0/0 while Nₖ is 0.
        if (r > 0) {
          const d = xi - (centre[k] as number);
          const total = (weightSums[k] as number) + r;
          weightSums[k] = total;
          const delta = d - (means[k] as number);
          const mean = (means[k] as number) + (delta * r) / total;
          means[k] = mean;
          scatter[k] = (scatter[k] as number) + r * delta * (d - mean);
        }
      }
    }
    logLikelihood.add(Math.log(product));
  }

  /**
   * The same pass for K = 2 with every per-component value in a local. Here every exponential is
   * taken (the maximum's is exp(0) = 1 exactly): branching on which component is the largest
   * mispredicts on interleaved data and, measured for K = 3, cost more than the exponential saved.
   */
  private passOf2(responsibilities: Float64Array | undefined): void {
    const { x, logNorm, halfPrecision, centre, logLikelihood } = this;
    const n = x.length;
    const l0 = logNorm[0] as number,
      l1 = logNorm[1] as number;
    const h0 = halfPrecision[0] as number,
      h1 = halfPrecision[1] as number;
    const c0 = centre[0] as number,
      c1 = centre[1] as number;
    let n0 = 0,
      n1 = 0;
    let m0 = 0,
      m1 = 0;
    let q0 = 0,
      q1 = 0;
    let product = 1;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const d0 = xi - c0,
        d1 = xi - c1;
      const p0 = l0 - h0 * d0 * d0,
        p1 = l1 - h1 * d1 * d1;
      const max = Math.max(p0, p1);
      const u0 = expOfNonPositive(p0 - max),
        u1 = expOfNonPositive(p1 - max);
      const sum = u0 + u1;
      logLikelihood.add(max);
      product *= sum;
      if (product > PRODUCT_LIMIT) {
        logLikelihood.add(Math.log(product));
        product = 1;
      }

      const inverseSum = 1 / sum;
      const r0 = u0 * inverseSum,
        r1 = u1 * inverseSum;
      if (responsibilities) {
        responsibilities[2 * i] = r0;
        responsibilities[2 * i + 1] = r1;
      }
      if (r0 > 0) {
        n0 += r0;
        const delta = d0 - m0;
        m0 += (delta * r0) / n0;
        q0 += r0 * delta * (d0 - m0);
      }
      if (r1 > 0) {
        n1 += r1;
        const delta = d1 - m1;
        m1 += (delta * r1) / n1;
        q1 += r1 * delta * (d1 - m1);
      }
    }
    logLikelihood.add(Math.log(product));
    const { weightSums, means, scatter } = this.stats;
    weightSums[0] = n0;
    weightSums[1] = n1;
    means[0] = m0;
    means[1] = m1;
    scatter[0] = q0;
    scatter[1] = q1;
  }

  /** The same pass for K = 3 (see passOf2). */
  private passOf3(responsibilities: Float64Array | undefined): void {
    const { x, logNorm, halfPrecision, centre, logLikelihood } = this;
    const n = x.length;
    const l0 = logNorm[0] as number,
      l1 = logNorm[1] as number,
      l2 = logNorm[2] as number;
    const h0 = halfPrecision[0] as number,
      h1 = halfPrecision[1] as number,
      h2 = halfPrecision[2] as number;
    const c0 = centre[0] as number,
      c1 = centre[1] as number,
      c2 = centre[2] as number;
    let n0 = 0,
      n1 = 0,
      n2 = 0;
    let m0 = 0,
      m1 = 0,
      m2 = 0;
    let q0 = 0,
      q1 = 0,
      q2 = 0;
    let product = 1;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const d0 = xi - c0,
        d1 = xi - c1,
        d2 = xi - c2;
      const p0 = l0 - h0 * d0 * d0,
        p1 = l1 - h1 * d1 * d1,
        p2 = l2 - h2 * d2 * d2;
      const max = Math.max(p0, p1, p2);
      const u0 = expOfNonPositive(p0 - max),
        u1 = expOfNonPositive(p1 - max),
        u2 = expOfNonPositive(p2 - max);
      const sum = u0 + u1 + u2;
      logLikelihood.add(max);
      product *= sum;
      if (product > PRODUCT_LIMIT) {
        logLikelihood.add(Math.log(product));
        product = 1;
      }

      const inverseSum = 1 / sum;
      const r0 = u0 * inverseSum,
        r1 = u1 * inverseSum,
        r2 = u2 * inverseSum;
      if (responsibilities) {
        responsibilities[3 * i] = r0;
        responsibilities[3 * i + 1] = r1;
        responsibilities[3 * i + 2] = r2;
      }
      if (r0 > 0) {
        n0 += r0;
        const delta = d0 - m0;
        m0 += (delta * r0) / n0;
        q0 += r0 * delta * (d0 - m0);
      }
      if (r1 > 0) {
        n1 += r1;
        const delta = d1 - m1;
        m1 += (delta * r1) / n1;
        q1 += r1 * delta * (d1 - m1);
      }
      if (r2 > 0) {
        n2 += r2;
        const delta = d2 - m2;
        m2 += (delta * r2) / n2;
        q2 += r2 * delta * (d2 - m2);
      }
    }
    logLikelihood.add(Math.log(product));
    const { weightSums, means, scatter } = this.stats;
    weightSums[0] = n0;
    weightSums[1] = n1;
    weightSums[2] = n2;
    means[0] = m0;
    means[1] = m1;
    means[2] = m2;
    scatter[0] = q0;
    scatter[1] = q1;
    scatter[2] = q2;
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
