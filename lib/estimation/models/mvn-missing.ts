/**
 * Multivariate normal with missing values (`mvn-missing` in the estimation CLI), fit by EM.
 *
 * Model: rows xᵢ ~ N_d(μ, Σ) i.i.d., with some coordinates missing at random (`null`). Row i
 * splits into observed coordinates O and missing ones M.
 *
 * E-step at (μ, Σ), for each row (Little & Rubin 2002, §11.2.1):
 *   x̂ᵢ,M = E[x_M | x_O] = μ_M + Σ_MO Σ_OO⁻¹ (x_O − μ_O)           (x̂ᵢ,O = x_O)
 *   Cᵢ    = Cov[x_M | x_O] = Σ_MM − Σ_MO Σ_OO⁻¹ Σ_OM             (zero on the O rows and columns)
 *   so E[xᵢxᵢᵀ | x_O] = x̂ᵢx̂ᵢᵀ + Cᵢ: the conditional covariance is what single imputation forgets.
 * M-step (divide by n: the MLE):
 *   μ = (1/n) Σᵢ x̂ᵢ,   Σ = (1/n) Σᵢ [(x̂ᵢ − μ)(x̂ᵢ − μ)ᵀ + Cᵢ]
 *   (algebraically E[xxᵀ] − μμᵀ, but summed about the new mean so that no digits cancel).
 * Log-likelihood: Σᵢ log N(x_O; μ_O, Σ_OO), every constant included (the marginal of the observed
 * coordinates; R: sum over rows of mvtnorm::dmvnorm(x_O, mu_O, Sigma_OO, log = TRUE)).
 *
 * Rows with every value missing carry no information about (μ, Σ) under missingness at random;
 * they are dropped before fitting (n counts the rows with at least one observed value).
 * Rows are grouped by their pattern of missingness, so Σ_OO is factorised once per pattern.
 *
 * Reference: Dempster, Laird & Rubin (1977), JRSS B 39, §4.1.3; Little & Rubin, Statistical
 * Analysis with Missing Data, 2nd ed. (2002), ch. 11; Schafer, Analysis of Incomplete
 * Multivariate Data (1997), §5.3 (the R package `norm`).
 *
 * Cost per iteration: O(n d² + P d³), P the number of distinct missingness patterns (≤ n).
 *
 * @example
 * runMvnMissing({ model: "mvn-missing", data: [[1, 2], [2, null], [3, 5], [null, 4], [4, 7]] });
 * // { model: "mvn-missing",
 * //   params: { mean: [2.452476, 4.314483], covariance: [[1.010785, 1.657704], [1.657704, 2.742417]] },
 * //   logLikelihood: -6.26755223, iterations: 17, converged: true }   (rounded here)
 * // R's optim on the observed log-likelihood (mvtnorm::dmvnorm) finds -6.267552236 at
 * // mean [2.452476, 4.314483], covariance [[1.010841, 1.657795], [1.657795, 2.742567]]: the
 * // default tol (1e-8) stops EM where the likelihood is that flat.
 */
import { runEm, type EmModel, type ExpectationResult } from "../em";
import { EstimationError, degenerate, invalidData, invalidInit } from "../errors";
import { cholesky, choleskyFlat, choleskySolve } from "../linalg";
import type { FitJob, FitOptions, FitResult, ModelRunner } from "../types";
import { describeValue, requireMatrixWithMissing, requireNumber, requireObject } from "../validate";

export interface MvnMissingParams {
  /** d */
  mean: number[];
  /** d × d */
  covariance: number[][];
}

/** Rows that share one set of observed coordinates. */
interface Pattern {
  observed: number[];
  missing: number[];
  rows: number[];
}

interface MvnMissingStats {
  /** n × d, row-major: the data with each missing value replaced by its conditional mean. */
  filled: Float64Array;
  /** Σᵢ Cᵢ, d × d. */
  conditionalCovarianceSum: Float64Array;
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * A pivot of the new covariance at or below this fraction of the column's observed variance means
 * the column is (almost) a linear function of the others: the likelihood is unbounded there.
 */
const SINGULAR_RATIO = 1e-12;

class MvnMissingEm implements EmModel<MvnMissingParams, MvnMissingStats> {
  private readonly stats: MvnMissingStats;
  private iteration = 0;

  constructor(
    /** n × d row-major, missing entries 0 (never read). */
    private readonly values: Float64Array,
    private readonly n: number,
    private readonly d: number,
    private readonly patterns: Pattern[],
    private readonly pivotFloors: number[],
  ) {
    this.stats = { filled: new Float64Array(n * d), conditionalCovarianceSum: new Float64Array(d * d) };
  }

  expectation(params: MvnMissingParams): ExpectationResult<MvnMissingStats> {
    const { values, d } = this;
    const { filled, conditionalCovarianceSum } = this.stats;
    const { mean, covariance } = params;
    filled.set(values);
    conditionalCovarianceSum.fill(0);
    const sigma = (a: number, b: number): number => (covariance[a] as number[])[b] as number;

    let logLikelihood = 0;
    let compensation = 0;
    const centred = new Float64Array(d);
    const z = new Float64Array(d);
    for (const { observed, missing, rows } of this.patterns) {
      const o = observed.length;
      const L = factor(
        observed.map((a) => observed.map((b) => sigma(a, b))),
        () => `the covariance of the observed columns ${observed.map((j) => j + 1).join(", ")} is not positive definite`,
      );
      let logDet = 0;
      for (let a = 0; a < o; a++) logDet += 2 * Math.log((L[a] as number[])[a] as number);
      const constant = -0.5 * (o * LOG_2PI + logDet);

      // Regression of the missing coordinates on the observed ones: B = Σ_OO⁻¹ Σ_OM (o × m),
      // then the conditional covariance Σ_MM − Σ_MO B, the same for every row of the pattern.
      const regression = missing.map((m) =>
        choleskySolve(
          L,
          observed.map((a) => sigma(a, m)),
        ),
      );
      missing.forEach((m1, p) => {
        const coefficients = regression[p] as number[];
        missing.forEach((m2) => {
          let explained = 0;
          observed.forEach((a, s) => {
            explained += sigma(m2, a) * (coefficients[s] as number);
          });
          const at = m1 * d + m2;
          conditionalCovarianceSum[at] = (conditionalCovarianceSum[at] as number) + rows.length * (sigma(m1, m2) - explained);
        });
      });

      for (const i of rows) {
        for (let s = 0; s < o; s++) {
          const a = observed[s] as number;
          centred[s] = (values[i * d + a] as number) - (mean[a] as number);
        }
        let quad = 0;
        for (let s = 0; s < o; s++) {
          const Ls = L[s] as number[];
          let t = centred[s] as number;
          for (let u = 0; u < s; u++) t -= (Ls[u] as number) * (z[u] as number);
          const zs = t / (Ls[s] as number);
          z[s] = zs;
          quad += zs * zs;
        }
        const term = constant - 0.5 * quad;
        const sum = logLikelihood + term;
        compensation += Math.abs(logLikelihood) >= Math.abs(term) ? logLikelihood - sum + term : term - sum + logLikelihood;
        logLikelihood = sum;

        missing.forEach((m, p) => {
          const coefficients = regression[p] as number[];
          let prediction = mean[m] as number;
          for (let s = 0; s < o; s++) prediction += (coefficients[s] as number) * (centred[s] as number);
          filled[i * d + m] = prediction;
        });
      }
    }
    // Σ_MM − Σ_MO B is symmetric in exact arithmetic only; keep the sum exactly symmetric.
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) {
        const average = 0.5 * ((conditionalCovarianceSum[a * d + b] as number) + (conditionalCovarianceSum[b * d + a] as number));
        conditionalCovarianceSum[a * d + b] = average;
        conditionalCovarianceSum[b * d + a] = average;
      }
    }
    return { logLikelihood: logLikelihood + compensation, stats: this.stats };
  }

  maximization(stats: MvnMissingStats): MvnMissingParams {
    this.iteration += 1;
    const { n, d } = this;
    const { filled, conditionalCovarianceSum } = stats;
    const mean = new Array<number>(d).fill(0);
    for (let i = 0; i < n; i++) for (let a = 0; a < d; a++) mean[a] = (mean[a] as number) + (filled[i * d + a] as number);
    for (let a = 0; a < d; a++) mean[a] = (mean[a] as number) / n;
    const scatter = new Float64Array(d * d);
    const centred = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < d; a++) centred[a] = (filled[i * d + a] as number) - (mean[a] as number);
      for (let a = 0; a < d; a++) {
        const ca = centred[a] as number;
        for (let b = 0; b <= a; b++) scatter[a * d + b] = (scatter[a * d + b] as number) + ca * (centred[b] as number);
      }
    }
    const covariance: number[][] = [];
    for (let a = 0; a < d; a++) covariance.push(new Array<number>(d).fill(0));
    for (let a = 0; a < d; a++) {
      for (let b = 0; b <= a; b++) {
        const v = ((scatter[a * d + b] as number) + (conditionalCovarianceSum[a * d + b] as number)) / n;
        (covariance[a] as number[])[b] = v;
        (covariance[b] as number[])[a] = v;
      }
    }
    const failed = choleskyFlat(covariance, d, new Float64Array(d * d), this.pivotFloors);
    if (failed >= 0) {
      throw degenerate(
        `the covariance became singular at iteration ${this.iteration}: column ${failed + 1} is (almost) a linear function of the columns before it, so the likelihood has no maximum`,
      );
    }
    return { mean, covariance };
  }
}

/** linalg's Cholesky, with its error restated in the model's terms. */
function factor(matrix: number[][], what: () => string): number[][] {
  try {
    return cholesky(matrix);
  } catch (error) {
    if (error instanceof EstimationError) throw degenerate(what());
    throw error;
  }
}

export interface PreparedData {
  values: Float64Array;
  n: number;
  d: number;
  patterns: Pattern[];
  /** Per column: mean and variance (divide by the count) of its observed values. */
  observedMeans: number[];
  observedVariances: number[];
}

/** Validates the rows, drops fully missing ones, groups the rest by missingness pattern. */
export function prepareMissingData(value: unknown): PreparedData {
  const rows = requireMatrixWithMissing(value, "data");
  const d = (rows[0] as (number | null)[]).length;
  const kept = rows.filter((row) => row.some((v) => v !== null));
  const n = kept.length;
  const values = new Float64Array(n * d);
  const byKey = new Map<string, Pattern>();
  const counts = new Array<number>(d).fill(0);
  const sums = new Array<number>(d).fill(0);
  kept.forEach((row, i) => {
    const observed: number[] = [];
    const missing: number[] = [];
    row.forEach((v, j) => {
      if (v === null) {
        missing.push(j);
      } else {
        observed.push(j);
        values[i * d + j] = v;
        counts[j] = (counts[j] as number) + 1;
        sums[j] = (sums[j] as number) + v;
      }
    });
    const key = missing.join(",");
    const pattern = byKey.get(key);
    if (pattern) pattern.rows.push(i);
    else byKey.set(key, { observed, missing, rows: [i] });
  });
  counts.forEach((count, j) => {
    if (count === 0) throw invalidData(`column ${j + 1} of the data has no observed value (every entry is null)`);
  });
  const observedMeans = sums.map((s, j) => s / (counts[j] as number));
  const squares = new Array<number>(d).fill(0);
  kept.forEach((row) => {
    row.forEach((v, j) => {
      if (v !== null) squares[j] = (squares[j] as number) + (v - (observedMeans[j] as number)) ** 2;
    });
  });
  const observedVariances = squares.map((s, j) => s / (counts[j] as number));
  observedVariances.forEach((variance, j) => {
    if (!(variance > 0)) {
      throw invalidData(
        `column ${j + 1} of the data has no spread among its observed values (all are ${observedMeans[j]}): its variance would be 0`,
      );
    }
  });
  return { values, n, d, patterns: [...byKey.values()], observedMeans, observedVariances };
}

/** Validates `init`: `{ mean (d), covariance (d × d, symmetric, positive definite) }`. */
export function requireMvnInit(value: unknown, d: number): MvnMissingParams {
  const init = requireObject(value, "init", { code: "invalid-init" });
  const rules = { code: "invalid-init" as const };
  if (!Array.isArray(init.mean)) throw invalidInit(`init.mean must be an array of ${d} numbers, got ${describeValue(init.mean)}`);
  if (init.mean.length !== d) {
    throw invalidInit(`init.mean must have ${d} entries (one per column of the data), got ${init.mean.length}`);
  }
  const mean = init.mean.map((v: unknown, j) => requireNumber(v, `init.mean[${j}]`, rules));
  if (!Array.isArray(init.covariance)) {
    throw invalidInit(`init.covariance must be a ${d} × ${d} array of numbers, got ${describeValue(init.covariance)}`);
  }
  if (init.covariance.length !== d) {
    throw invalidInit(`init.covariance must have ${d} rows (one per column of the data), got ${init.covariance.length}`);
  }
  const covariance = init.covariance.map((row: unknown, a) => {
    if (!Array.isArray(row) || row.length !== d) {
      throw invalidInit(
        `init.covariance[${a}] must be an array of ${d} numbers, got ${Array.isArray(row) ? `${row.length} entries` : describeValue(row)}`,
      );
    }
    return row.map((v: unknown, b) => requireNumber(v, `init.covariance[${a}][${b}]`, rules));
  });
  for (let a = 0; a < d; a++) {
    for (let b = 0; b < a; b++) {
      const lower = (covariance[a] as number[])[b] as number;
      const upper = (covariance[b] as number[])[a] as number;
      if (Math.abs(upper - lower) > 1e-10 * Math.max(Math.abs(upper), Math.abs(lower))) {
        throw invalidInit(`init.covariance is not symmetric: [${a}][${b}] = ${lower} but [${b}][${a}] = ${upper}`);
      }
    }
  }
  try {
    cholesky(covariance);
  } catch (error) {
    if (error instanceof EstimationError) throw invalidInit("init.covariance is not positive definite, as a covariance matrix must be");
    throw error;
  }
  return { mean, covariance };
}

/**
 * Fits N(μ, Σ) to rows with missing values (`null`). Without `init`, the start is the mean of
 * each column's observed values and a diagonal covariance of each column's observed variance
 * (divide by the number observed): it ignores correlations, which the first iterations pick up.
 */
export function fitMvnMissing(
  rows: readonly (readonly (number | null)[])[],
  init?: MvnMissingParams,
  options?: FitOptions,
): FitResult<MvnMissingParams> {
  return fitMvnMissingJob(rows, init, options);
}

function fitMvnMissingJob(data: unknown, init: unknown, options: FitOptions | undefined): FitResult<MvnMissingParams> {
  const prepared = prepareMissingData(data);
  const { values, n, d, patterns, observedMeans, observedVariances } = prepared;
  const start =
    init === undefined
      ? {
          mean: observedMeans.slice(),
          covariance: observedVariances.map((v, a) => observedVariances.map((_, b) => (a === b ? v : 0))),
        }
      : requireMvnInit(init, d);
  const floors = observedVariances.map((v) => SINGULAR_RATIO * v);
  const model = new MvnMissingEm(values, n, d, patterns, floors);
  // Responsibilities are not defined here (no latent class): the option is ignored.
  return runEm("mvn-missing", model, start, options, false);
}

/** The CLI runner. */
export const runMvnMissing: ModelRunner = (job: FitJob): FitResult<MvnMissingParams> => fitMvnMissingJob(job.data, job.init, job.options);
