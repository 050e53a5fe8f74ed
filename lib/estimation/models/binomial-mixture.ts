/**
 * Finite mixture of binomials, fit by EM: row i reports `successes[i]` = h_i out of
 * `trials[i]` = n_i (`trials` may also be one number shared by every row), drawn from
 * Binomial(n_i, θ_k) for a hidden component k with probability w_k.
 * The two-coin experiment of Do & Batzoglou (2008) is the case K = 2 with the weights fixed at ½, ½
 * (`options.fixWeights`).
 *
 * Observed-data log-likelihood (full, binomial coefficients included, as R's
 * `sum(log(w1 * dbinom(h, n, t1) + w2 * dbinom(h, n, t2)))`):
 *   ℓ(w, θ) = Σ_i log Σ_k w_k C(n_i, h_i) θ_k^{h_i} (1 − θ_k)^{n_i − h_i}.
 *
 * E-step (in log space, log-sum-exp over k), responsibilities
 *   r_ik = w_k θ_k^{h_i} (1 − θ_k)^{n_i − h_i} / Σ_j w_j θ_j^{h_i} (1 − θ_j)^{n_i − h_i}
 * (the binomial coefficient cancels). M-step, the weighted binomial MLE:
 *   θ_k = Σ_i r_ik h_i / Σ_i r_ik n_i,   w_k = Σ_i r_ik / n  (unless `fixWeights`).
 *
 * Evaluation. The plain kernel h log θ + (n − h) log(1 − θ) and log C(n, h) are each ~n log n for
 * large trials and cancel in ℓ (2.4e-8 of a row at n = 1e9). Rows with n_i ≥ LOADER_BINOMIAL_FROM
 * (32768, special.ts) and 0 < h_i < n_i use Loader's form instead (as R's dbinom): kernel
 * −bd0(h, nθ) − bd0(n − h, n(1 − θ)) and constant log p(h | n, h/n); the same ℓ and
 * responsibilities, exact for every n. Smaller rows keep the plain kernel, whose error there stays
 * below ~1e-12 of a row and which needs no logarithm per row and component.
 *
 * Boundaries: a θ_k that reaches 0 or 1 is kept (0 · log 0 is taken as 0, so no NaN): it is the MLE
 * of a component that only sees all-failure or all-success rows. A component whose responsibilities
 * all vanish cannot be updated (0 / 0): the fit stops with a `degenerate` error naming it.
 *
 * Without `init`, `options.components` (K) is required: k-means++ (mixture-init.ts, seeded with
 * `options.seed`) clusters the proportions h_i / n_i; each cluster starts at θ_k = (Σ h + ½) / (Σ n + 1)
 * (strictly inside (0, 1), where EM can move), with w_k its share of rows (½, ½, … with `fixWeights`).
 *
 * Cost: O(n K) per iteration (one pass over the rows in the E-step, O(K) in the M-step); rows of
 * 32768 trials or more take two bd0 evaluations (a logarithm or a short series each) per component,
 * ~2× the E-step time on such rows.
 *
 * References: Do, C.B. & Batzoglou, S. (2008), "What is the expectation maximization algorithm?",
 * Nature Biotechnology 26, 897–899; McLachlan, G. & Peel, D. (2000), Finite Mixture Models, Wiley;
 * Loader, C. (2000), "Fast and accurate computation of binomial probabilities" (stirlerr, bd0).
 *
 * @example
 * fitBinomialMixture(
 *   { successes: [5, 9, 8, 4, 7], trials: [10, 10, 10, 10, 10] },
 *   { weights: [0.5, 0.5], thetas: [0.6, 0.5] },
 *   { fixWeights: true, maxIter: 10, tol: 0 },
 * );
 * // { model: "binomial-mixture",
 * //   params: { weights: [0.5, 0.5], thetas: [0.7967441494752114, 0.5196586622041123] },
 * //   logLikelihood: -9.796924559704234, iterations: 10, converged: false }
 * // (θ after 10 iterations as in Do & Batzoglou's Fig. 1b: 0.80 and 0.52)
 */
import { runEm, type EmModel } from "../em";
import { degenerate, invalidData, invalidInit, invalidOption } from "../errors";
import { kmeansStart, optionalMixtureWeights, requireComponentList, startSettings } from "../mixture-init";
import { LOADER_BINOMIAL_FROM, bd0, compensatedSum, logChoose, logSumExp, stirlerr } from "../special";
import type { FitOptions, FitResult, ModelRunner } from "../types";
import { describeValue, requireNumber, requireObject, requireSample } from "../validate";

export const BINOMIAL_MIXTURE = "binomial-mixture";

export interface BinomialMixtureData {
  successes: number[];
  /** One count per row, or one number shared by every row. */
  trials: number[] | number;
}

export interface BinomialMixtureParams {
  weights: number[];
  thetas: number[];
}

export interface BinomialMixtureInit {
  /** Equal weights (1/K each) when omitted. */
  weights?: number[];
  thetas: number[];
}

interface CheckedData {
  successes: number[];
  trials: number[];
  /** Rows whose kernel is taken in Loader's form (n_i ≥ LOADER_BINOMIAL_FROM, 0 < h_i < n_i). */
  loaderRows: boolean[];
  /** Σ_i c_i (see `rowConstant`): constant in the parameters, added once per E-step. */
  logConstant: number;
}

const LOG_TWO_PI = Math.log(2 * Math.PI);

/**
 * c_i of a row: log C(n, h) for the plain kernel h log θ + (n − h) log(1 − θ); for Loader's kernel
 * −bd0(h, nθ) − bd0(n − h, n(1 − θ)) it is log p(h | n, θ = h/n), i.e. R's dbinom_raw at its own
 * proportion, stirlerr(n) − stirlerr(h) − stirlerr(n − h) − ½ log(2π h (n − h)/n).
 */
function rowConstant(h: number, n: number, loader: boolean): number {
  if (!loader) return logChoose(n, h);
  return stirlerr(n) - stirlerr(h) - stirlerr(n - h) - 0.5 * (LOG_TWO_PI + Math.log(h) + Math.log1p(-h / n));
}

interface Statistics {
  /** Σ_i r_ik */
  responsibilityTotals: number[];
  /** Σ_i r_ik h_i */
  expectedSuccesses: number[];
  /** Σ_i r_ik n_i */
  expectedTrials: number[];
}

/** Validates `{ successes, trials }`: whole numbers, trials ≥ 1, successes ≤ trials. */
export function requireBinomialMixtureData(value: unknown): CheckedData {
  const table = requireObject(value, "data");
  const successes = requireSample(table.successes, "data.successes", { integer: true, min: 0, noun: "successes" });
  let trials: number[];
  if (typeof table.trials === "number") {
    const shared = requireNumber(table.trials, "data.trials", { integer: true, min: 1, noun: "trials" });
    trials = successes.map(() => shared);
  } else {
    trials = requireSample(table.trials, "data.trials", { integer: true, min: 1, noun: "trials" });
    if (trials.length !== successes.length) {
      throw invalidData(
        `data.trials has ${trials.length} entries but data.successes has ${successes.length}; give one count of trials per row`,
      );
    }
  }
  const loaderRows: boolean[] = [];
  const constants: number[] = [];
  for (let i = 0; i < successes.length; i += 1) {
    const h = successes[i] as number;
    const n = trials[i] as number;
    if (h > n) {
      throw invalidData(`data.successes[${i}] = ${h} is more than data.trials[${i}] = ${n}`);
    }
    const loader = n >= LOADER_BINOMIAL_FROM && h > 0 && h < n;
    loaderRows.push(loader);
    constants.push(rowConstant(h, n, loader));
  }
  return { successes, trials, loaderRows, logConstant: compensatedSum(constants) };
}

/**
 * Validates `init`: K entries in `init.thetas` and (if given) `init.weights`, K = `options.components` if given:
 * thetas strictly inside (0, 1) (EM never leaves 0 or 1), weights > 0 summing to 1.
 */
export function requireBinomialMixtureInit(value: unknown, options: FitOptions | undefined): BinomialMixtureParams {
  const init = requireObject(value, "init", { code: "invalid-init" });
  const { entries, k } = requireComponentList(init, "thetas", "probabilities", options);
  const thetas = entries.map((theta, index) => {
    const checked = requireNumber(theta, `init.thetas[${index}]`, { code: "invalid-init" });
    if (!(checked > 0 && checked < 1)) {
      throw invalidInit(
        `init.thetas[${index}] must be a probability strictly between 0 and 1 (EM cannot move a θ that starts at 0 or 1), got ${checked}`,
      );
    }
    return checked;
  });
  return { weights: optionalMixtureWeights(init.weights, k), thetas };
}

function requireOptions(options: unknown): FitOptions | undefined {
  if (options === undefined) return undefined;
  const checked = requireObject(options, "options", { code: "invalid-option" }) as FitOptions;
  if (checked.fixWeights !== undefined && typeof checked.fixWeights !== "boolean") {
    throw invalidOption(`options.fixWeights must be true or false, got ${describeValue(checked.fixWeights)}`);
  }
  return checked;
}

/** The k-means++ start (see the file comment). */
function startFromData(data: CheckedData, options: FitOptions | undefined): BinomialMixtureParams {
  const { components, seed } = startSettings(options);
  const points = data.successes.map((h, i) => [h / (data.trials[i] as number)]);
  const clustering = kmeansStart(points, components, seed);
  const successTotals = new Array<number>(components).fill(0);
  const trialTotals = new Array<number>(components).fill(0);
  clustering.labels.forEach((label, i) => {
    successTotals[label] = (successTotals[label] as number) + (data.successes[i] as number);
    trialTotals[label] = (trialTotals[label] as number) + (data.trials[i] as number);
  });
  const thetas = successTotals.map((total, k) => (total + 0.5) / ((trialTotals[k] as number) + 1));
  const weights = options?.fixWeights ? thetas.map(() => 1 / components) : clustering.sizes.map((size) => size / data.successes.length);
  return { weights, thetas };
}

/** x · log y with 0 · log 0 = 0 (a θ at 0 or 1 contributes nothing for rows it cannot see). */
function xLogY(x: number, logY: number): number {
  return x === 0 ? 0 : x * logY;
}

function binomialMixtureModel(data: CheckedData, fixWeights: boolean): EmModel<BinomialMixtureParams, Statistics> {
  const { successes, trials, loaderRows } = data;
  const n = successes.length;
  return {
    expectation(params, wantResponsibilities) {
      const k = params.thetas.length;
      const logWeights = params.weights.map(Math.log);
      const logThetas = params.thetas.map(Math.log);
      const logComplements = params.thetas.map((theta) => Math.log1p(-theta));
      const responsibilityTotals = new Array<number>(k).fill(0);
      const expectedSuccesses = new Array<number>(k).fill(0);
      const expectedTrials = new Array<number>(k).fill(0);
      const responsibilities: number[][] | undefined = wantResponsibilities ? [] : undefined;
      const logJoint = new Float64Array(k);
      let logLikelihood = data.logConstant;
      for (let i = 0; i < n; i += 1) {
        const h = successes[i] as number;
        const rowTrials = trials[i] as number;
        const failures = rowTrials - h;
        if (loaderRows[i]) {
          for (let c = 0; c < k; c += 1) {
            const theta = params.thetas[c] as number;
            // 0 < h < n here, so a θ on the boundary gives the row probability 0.
            logJoint[c] =
              theta > 0 && theta < 1
                ? (logWeights[c] as number) - bd0(h, rowTrials * theta) - bd0(failures, rowTrials * (1 - theta))
                : Number.NEGATIVE_INFINITY;
          }
        } else {
          for (let c = 0; c < k; c += 1) {
            logJoint[c] = (logWeights[c] as number) + xLogY(h, logThetas[c] as number) + xLogY(failures, logComplements[c] as number);
          }
        }
        const logRow = logSumExp(logJoint);
        logLikelihood += logRow;
        const row: number[] | undefined = responsibilities ? new Array<number>(k) : undefined;
        for (let c = 0; c < k; c += 1) {
          const r = Math.exp((logJoint[c] as number) - logRow);
          if (row) row[c] = r;
          responsibilityTotals[c] = (responsibilityTotals[c] as number) + r;
          expectedSuccesses[c] = (expectedSuccesses[c] as number) + r * h;
          expectedTrials[c] = (expectedTrials[c] as number) + r * (trials[i] as number);
        }
        if (row) responsibilities?.push(row);
      }
      const result = {
        logLikelihood,
        stats: { responsibilityTotals, expectedSuccesses, expectedTrials },
      };
      return responsibilities ? { ...result, responsibilities } : result;
    },
    maximization(stats, previous) {
      const thetas = stats.expectedTrials.map((expected, c) => {
        if (!(expected > 0)) {
          throw degenerate(
            `component ${c + 1} of the binomial mixture has lost all its rows (its responsibilities are all 0): its θ is undefined; fit fewer components or start elsewhere`,
          );
        }
        return Math.min(1, (stats.expectedSuccesses[c] as number) / expected);
      });
      const weights = fixWeights ? [...previous.weights] : stats.responsibilityTotals.map((total) => total / n);
      return { weights, thetas };
    },
  };
}

/**
 * Fits a K-component binomial mixture by EM (see the file comment). `init` omitted: k-means++ start
 * with `options.components` and `options.seed`.
 */
export function fitBinomialMixture(
  data: BinomialMixtureData,
  init?: BinomialMixtureInit,
  options?: FitOptions,
): FitResult<BinomialMixtureParams> {
  const checkedOptions = requireOptions(options);
  const checkedData = requireBinomialMixtureData(data);
  const start = init === undefined ? startFromData(checkedData, checkedOptions) : requireBinomialMixtureInit(init, checkedOptions);
  const model = binomialMixtureModel(checkedData, checkedOptions?.fixWeights === true);
  return runEm(BINOMIAL_MIXTURE, model, start, checkedOptions);
}

/** CLI adapter: `{ "model": "binomial-mixture", "data": { successes, trials }, "init"?, "options"? }`. */
export const runBinomialMixture: ModelRunner = (job) =>
  fitBinomialMixture(job.data as BinomialMixtureData, job.init as BinomialMixtureInit | undefined, job.options);
