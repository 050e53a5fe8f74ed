/**
 * The genetic-linkage example of Dempster, Laird & Rubin (1977), fit by EM: 197 animals (Rao's
 * data) fall into four categories with multinomial probabilities
 *   (½ + θ/4, (1 − θ)/4, (1 − θ)/4, θ/4),   counts y = (y₁, y₂, y₃, y₄).
 * The first cell is the merge of two latent cells of probabilities ½ and θ/4; splitting it makes
 * the complete-data MLE a simple proportion.
 *
 * Observed-data log-likelihood (full, the multinomial coefficient included, what R's
 * `dmultinom(y, prob = c(1/2 + t/4, (1 - t)/4, (1 - t)/4, t/4), log = TRUE)` gives):
 *   ℓ(θ) = log(N! / (y₁! y₂! y₃! y₄!)) + y₁ log(½ + θ/4) + (y₂ + y₃) log((1 − θ)/4) + y₄ log(θ/4).
 *
 * E-step: the expected count of the latent θ/4 part of cell 1,
 *   x₂ = y₁ (θ/4) / (½ + θ/4) = y₁ θ / (2 + θ).
 * M-step: the complete-data binomial MLE,
 *   θ = (x₂ + y₄) / (x₂ + y₂ + y₃ + y₄).
 * The MLE has the closed form θ* = the positive root of N θ² − (y₁ − 2y₂ − 2y₃ − y₄) θ − 2y₄ = 0
 * ((15 + √53809)/394 ≈ 0.6268215 for (125, 18, 20, 34)); EM converges to it linearly at rate ≈ 0.1328.
 *
 * There is one latent split per cell, not one class per row, so `options.responsibilities` is ignored.
 * θ reaching 0 or 1 (only when the counts force it, e.g. y₂ = y₃ = 0) is kept: 0 · log 0 is taken as 0.
 *
 * Cost: O(1) per iteration.
 *
 * Reference: Dempster, A.P., Laird, N.M. & Rubin, D.B. (1977), "Maximum likelihood from incomplete
 * data via the EM algorithm", JRSS-B 39, 1–38, §1; data of Rao (1965), Linear Statistical Inference
 * and its Applications, pp. 368–369.
 *
 * @example
 * fitLinkage({ counts: [125, 18, 20, 34] });
 * // { model: "linkage", params: { theta: 0.6268207190193078 }, logLikelihood: -7.548657516446582,
 * //   iterations: 6, converged: true }   (the default tol 1e-8 stops at iteration 6; the MLE is
 * //   θ* = 0.6268214978709824, reached with e.g. { tol: 0, maxIter: 60 })
 */
import { runEm, type EmModel } from "../em";
import { degenerate, invalidData, invalidInit } from "../errors";
import { logFactorial } from "../special";
import type { FitOptions, FitResult, ModelRunner } from "../types";
import { requireCounts, requireNumber, requireObject } from "../validate";

export const LINKAGE = "linkage";

export interface LinkageData {
  /** (y₁, y₂, y₃, y₄). */
  counts: number[];
}

export interface LinkageParams {
  theta: number;
}

/** The start DLR use (and the default when `init` is omitted). */
export const LINKAGE_DEFAULT_THETA = 0.5;

interface CheckedData {
  counts: [number, number, number, number];
  logMultinomialCoefficient: number;
}

/** Validates `{ counts: [y1, y2, y3, y4] }`: four whole numbers ≥ 0, not all zero. */
export function requireLinkageData(value: unknown): CheckedData {
  const table = requireObject(value, "data");
  const counts = requireCounts(table.counts, "data.counts", { positiveTotal: true });
  if (counts.length !== 4) {
    throw invalidData(`data.counts must have 4 entries (the four phenotype classes), got ${counts.length}`);
  }
  const [y1, y2, y3, y4] = counts as [number, number, number, number];
  const logMultinomialCoefficient =
    logFactorial(y1 + y2 + y3 + y4) - logFactorial(y1) - logFactorial(y2) - logFactorial(y3) - logFactorial(y4);
  return { counts: [y1, y2, y3, y4], logMultinomialCoefficient };
}

/** Validates `{ theta }` with θ strictly inside (0, 1). */
export function requireLinkageInit(value: unknown): LinkageParams {
  const init = requireObject(value, "init", { code: "invalid-init" });
  const theta = requireNumber(init.theta, "init.theta", { code: "invalid-init" });
  if (!(theta > 0 && theta < 1)) {
    throw invalidInit(`init.theta must be strictly between 0 and 1, got ${theta}`);
  }
  return { theta };
}

/** x · log y with 0 · log 0 = 0. */
function xLogY(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

/** The full log-likelihood ℓ(θ) of the file comment. */
export function linkageLogLikelihood(counts: readonly number[], theta: number): number {
  const { counts: checked, logMultinomialCoefficient } = requireLinkageData({ counts: [...counts] });
  return logMultinomialCoefficient + linkageKernel(checked, theta);
}

function linkageKernel(counts: readonly [number, number, number, number], theta: number): number {
  const [y1, y2, y3, y4] = counts;
  return xLogY(y1, 0.5 + theta / 4) + xLogY(y2 + y3, (1 - theta) / 4) + xLogY(y4, theta / 4);
}

function linkageModel(data: CheckedData): EmModel<LinkageParams, { expectedHiddenCount: number }> {
  const [y1, y2, y3, y4] = data.counts;
  return {
    expectation(params) {
      return {
        logLikelihood: data.logMultinomialCoefficient + linkageKernel(data.counts, params.theta),
        stats: { expectedHiddenCount: (y1 * params.theta) / (2 + params.theta) },
      };
    },
    maximization({ expectedHiddenCount }) {
      const denominator = expectedHiddenCount + y2 + y3 + y4;
      if (!(denominator > 0)) {
        throw degenerate("θ is undefined: only the first cell has counts and the expected split of it is 0");
      }
      return { theta: (expectedHiddenCount + y4) / denominator };
    },
  };
}

/** Fits θ of the DLR genetic-linkage model by EM from `init.theta` (default 0.5). */
export function fitLinkage(data: LinkageData, init?: LinkageParams, options?: FitOptions): FitResult<LinkageParams> {
  const checkedOptions = options === undefined ? undefined : (requireObject(options, "options", { code: "invalid-option" }) as FitOptions);
  const checkedData = requireLinkageData(data);
  const start = init === undefined ? { theta: LINKAGE_DEFAULT_THETA } : requireLinkageInit(init);
  return runEm(LINKAGE, linkageModel(checkedData), start, checkedOptions, false);
}

/** CLI adapter: `{ "model": "linkage", "data": { "counts": [y1, y2, y3, y4] }, "init"?: { theta }, "options"? }`. */
export const runLinkage: ModelRunner = (job) => fitLinkage(job.data as LinkageData, job.init as LinkageParams | undefined, job.options);
