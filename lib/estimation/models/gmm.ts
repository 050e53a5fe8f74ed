/**
 * Gaussian mixture (`gmm` in the estimation CLI), fit by EM: the shape of the data picks the model.
 * - `[x, ...]` (1-D): params `{ weights, means, variances }` — see gmm-1d.ts.
 * - `[[x₁, …, x_d], ...]` (d-D, full covariances): params `{ weights, means (K × d), covariances
 *   (K × d × d) }` — see gmm-multivariate.ts.
 *
 * E-step: rᵢₖ = wₖ N(xᵢ; μₖ, Σₖ) / Σⱼ wⱼ N(xᵢ; μⱼ, Σⱼ), computed in log space with a log-sum-exp
 * per row, whose sum is the observed log-likelihood Σᵢ log Σₖ wₖ N(xᵢ; μₖ, Σₖ) (R:
 * `sum(log(sum_k w_k dnorm(x, mu_k, sigma_k)))`, every 2π term included).
 * M-step: wₖ = Nₖ/n, μₖ = Σᵢ rᵢₖ xᵢ / Nₖ, Σₖ = Σᵢ rᵢₖ (xᵢ − μₖ)(xᵢ − μₖ)ᵀ / Nₖ with Nₖ = Σᵢ rᵢₖ.
 *
 * Reference: Bishop, Pattern Recognition and Machine Learning (2006), §9.2;
 * McLachlan & Peel, Finite Mixture Models (2000).
 *
 * Cost per iteration: O(nK) in 1-D; O(nKd² + Kd³) in d dimensions.
 *
 * @example
 * runGmm({ model: "gmm", data: [-1.2, -0.8, -1, 2.9, 3.1, 3, 3.3],
 *          init: { weights: [0.5, 0.5], means: [0, 2], variances: [1, 1] }, options: { tol: 0, maxIter: 1 } });
 * // { model: "gmm", params: { weights: [0.42969738…, 0.57030261…], means: [-0.91430701…, 3.01847949…],
 * //   variances: [0.36880341…, 0.24878021…] }, logLikelihood: -7.27420178…, iterations: 1, converged: false }
 */
import { invalidData } from "../errors";
import type { FitJob, FitResult, ModelRunner } from "../types";
import { fitGmm1dJob, type Gmm1dParams } from "./gmm-1d";
import { fitGmmMultivariateJob, type GmmMultivariateParams } from "./gmm-multivariate";

export type { Gmm1dParams } from "./gmm-1d";
export type { GmmMultivariateParams } from "./gmm-multivariate";
export { fitGmm1d } from "./gmm-1d";
export { fitGmmMultivariate } from "./gmm-multivariate";

export type GmmParams = Gmm1dParams | GmmMultivariateParams;

/** The CLI runner: rows (arrays) mean d-D data; anything else is validated as a 1-D sample. */
export const runGmm: ModelRunner = (job: FitJob): FitResult<GmmParams> => {
  const { data } = job;
  if (Array.isArray(data) && data.length === 0) throw invalidData("data must not be empty");
  if (Array.isArray(data) && Array.isArray(data[0])) return fitGmmMultivariateJob(data, job.init, job.options);
  return fitGmm1dJob(data, job.init, job.options);
};
