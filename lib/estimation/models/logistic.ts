/**
 * Logistic regression: yᵢ ~ Bernoulli(pᵢ), logit pᵢ = ηᵢ = xᵢᵀβ, with an intercept column of ones
 * put in front of X (`coefficients` is [β₀, β₁, …, β_q]).
 *
 * MLE. ℓ(β) = Σ yᵢηᵢ − log(1 + e^ηᵢ) is concave, with score Xᵀ(y − p) and information XᵀWX,
 * W = diag(pᵢ(1 − pᵢ)). Newton–Raphson (for the canonical logit link it is the same iteration as
 * IRLS) starts at β = 0 and solves (XᵀWX) Δ = Xᵀ(y − p) by Cholesky; a step that would lower ℓ
 * is halved until it does not. It stops at machine precision: when every |Δⱼ| ≤ 1e-12·(1 + |βⱼ|),
 * or, for ill-conditioned XᵀWX whose score is noisier than that, when the steps stop shrinking
 * quadratically. Newton converges quadratically, so this costs one or two steps more than glm's
 * default tolerance (1e-8 on the deviance), which leaves the coefficients ~1e-8 from the MLE.
 * log pᵢ and log(1 − pᵢ) are computed as −log(1 + e^(∓η)) through log1p(exp(−|η|)), so large |η|
 * neither overflows nor rounds p to exactly 0 or 1.
 *
 * When the classes are separated by a hyperplane (completely or quasi-completely) ℓ has no
 * maximum: some coefficients run off to ±∞ while W collapses to 0. That shows as a singular
 * information matrix or as steps that never shrink, and is reported as a degenerate error naming
 * separation; so is y with a single class (β₀ → ±∞).
 *
 * Standard errors: √diag((XᵀWX)⁻¹) at the MLE, the inverse observed information (equal to the
 * expected one for the canonical link), which is what R's summary(glm(..., binomial)) reports.
 *
 * Reference: P. McCullagh & J. A. Nelder (1989), Generalized Linear Models, 2nd ed., §2.5 (IRLS)
 * and §4.4 (binary data); A. Albert & J. A. Anderson (1984), Biometrika 71(1), on separation.
 *
 * Cost: O(np² + p³) per Newton step (forming XᵀWX, then its Cholesky), usually 5–10 steps.
 *
 * @example
 * fitLogistic([[1], [2], [3], [4], [5], [6]], [0, 0, 1, 0, 1, 1]).params;
 * // { coefficients: [-4.249096550479971, 1.2140275858514205] }
 * // (R: glm(y ~ x, binomial, control = glm.control(epsilon = 1e-15)) gives -4.249096550479968, 1.2140275858514193)
 */
import { EstimationError, degenerate } from "../errors";
import { cholesky, choleskySolve, inverseSymmetric, qrDecompose } from "../linalg";
import { checkRegressionData, type RegressionDataRules } from "../regression-data";
import type { FitResult, ModelRunner } from "../types";
import { requireMatrix, requireObject, requireSample } from "../validate";

export interface LogisticParams {
  coefficients: number[];
}

const MAX_NEWTON_STEPS = 100;
const MAX_HALVINGS = 60;
const STEP_TOLERANCE = 1e-12;
/** Relative step size below which Newton is taken to be in its quadratic phase. */
const QUADRATIC_PHASE = 1e-6;

/** log(1 + e^t) without overflow (t large) or loss of precision (t very negative). */
function softplus(t: number): number {
  return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
}

function linearPredictor(design: readonly number[][], beta: readonly number[]): number[] {
  return design.map((row) => {
    let eta = 0;
    for (let j = 0; j < row.length; j++) eta += (row[j] as number) * (beta[j] as number);
    return eta;
  });
}

/** Σ yᵢηᵢ − log(1 + e^ηᵢ): the sum of dbinom(yᵢ, 1, pᵢ, log = TRUE). */
function logLikelihoodAt(design: readonly number[][], y: readonly number[], beta: readonly number[]): number {
  const eta = linearPredictor(design, beta);
  let total = 0;
  eta.forEach((e, i) => {
    total += (y[i] as number) * e - softplus(e);
  });
  return total;
}

/** Score Xᵀ(y − p) and information XᵀWX at β. */
function scoreAndInformation(
  design: readonly number[][],
  y: readonly number[],
  beta: readonly number[],
): { score: number[]; information: number[][] } {
  const p = beta.length;
  const score = new Array<number>(p).fill(0);
  const information = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const eta = linearPredictor(design, beta);
  design.forEach((row, i) => {
    const e = eta[i] as number;
    const expNegAbs = Math.exp(-Math.abs(e));
    // p and p(1 − p) from e^(−|η|) so neither rounds to 0 or 1 for large |η|.
    const prob = e >= 0 ? 1 / (1 + expNegAbs) : expNegAbs / (1 + expNegAbs);
    const weight = expNegAbs / (1 + expNegAbs) ** 2;
    const residual = (y[i] as number) - prob;
    for (let j = 0; j < p; j++) {
      const xj = row[j] as number;
      score[j] = (score[j] as number) + xj * residual;
      const infoRow = information[j] as number[];
      for (let k = 0; k <= j; k++) infoRow[k] = (infoRow[k] as number) + weight * xj * (row[k] as number);
    }
  });
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < j; k++) (information[k] as number[])[j] = (information[j] as number[])[k] as number;
  }
  return { score, information };
}

function separationError(detail: string): EstimationError {
  return degenerate(
    `the classes are perfectly separated by X (complete or quasi-complete separation): ${detail}; the coefficients diverge and the logistic MLE does not exist`,
  );
}

const LOGISTIC_DATA: RegressionDataRules = {
  model: "logistic regression",
  acceptsY: (v) => v === 0 || v === 1,
  yRequirement: "logistic regression needs every y to be 0 or 1",
};

/** Maximum-likelihood fit of a logistic regression of y ∈ {0, 1} on X (an intercept is added). */
export function fitLogistic(X: readonly (readonly number[])[], y: readonly number[]): FitResult<LogisticParams> {
  const q = checkRegressionData(X, y, LOGISTIC_DATA);
  const n = y.length;
  const p = q + 1;
  const ones = y.reduce((a, b) => a + b, 0);
  if (ones === 0 || ones === n) {
    throw separationError(`every y is ${ones === 0 ? 0 : 1}, so the intercept runs off to ${ones === 0 ? "−∞" : "+∞"}`);
  }
  const design = X.map((row) => [1, ...row]);
  if (n < p) {
    throw degenerate(
      `logistic regression with ${q} predictor(s) and an intercept has ${p} coefficients but only ${n} observation(s): the coefficients are not identifiable (rank-deficient design)`,
    );
  }
  // Collinearity is a property of X alone; checking it here keeps a later singular XᵀWX unambiguous
  // (then it can only come from weights collapsing, i.e. separation).
  try {
    qrDecompose(design, ["the intercept column", ...Array.from({ length: q }, (_, j) => `column ${j} of X`)]);
  } catch (error) {
    if (error instanceof EstimationError) {
      throw degenerate(`${error.message}: collinear predictors make the logistic coefficients non-unique`);
    }
    throw error;
  }

  let beta = new Array<number>(p).fill(0);
  let logLikelihood = logLikelihoodAt(design, y, beta);
  let iterations = 0;
  let converged = false;
  let previousRelativeStep = Number.POSITIVE_INFINITY;
  while (iterations < MAX_NEWTON_STEPS) {
    const { score, information } = scoreAndInformation(design, y, beta);
    let step: number[];
    try {
      step = choleskySolve(cholesky(information), score);
    } catch (error) {
      if (error instanceof EstimationError) throw separationError("the weights pᵢ(1 − pᵢ) have collapsed to 0");
      throw error;
    }
    const relativeStep = Math.max(...step.map((d, j) => Math.abs(d) / (1 + Math.abs(beta[j] as number))));
    // A step this small is at the rounding level of the score: take it and stop. (Testing it
    // against ℓ would be meaningless, as ℓ then changes only by rounding noise, either way.)
    if (relativeStep <= STEP_TOLERANCE) {
      beta = beta.map((b, j) => b + (step[j] as number));
      logLikelihood = logLikelihoodAt(design, y, beta);
      iterations += 1;
      converged = true;
      break;
    }
    // In Newton's quadratic phase each step is roughly the square of the last; a step that no
    // longer shrinks is rounding noise of the score (which grows with the condition number of
    // XᵀWX, so a fixed threshold alone is not enough): the estimate is as precise as it gets.
    if (previousRelativeStep <= QUADRATIC_PHASE && relativeStep > 0.5 * previousRelativeStep) {
      converged = true;
      break;
    }
    previousRelativeStep = relativeStep;

    let candidate = beta.map((b, j) => b + (step[j] as number));
    let candidateLogLikelihood = logLikelihoodAt(design, y, candidate);
    // In the quadratic phase a step raises ℓ by ~½ΔᵀIΔ, which for steps below ~1e-8 is under the
    // rounding of ℓ itself: ℓ cannot referee such a step, and Newton's local convergence makes it
    // safe. So it is accepted unless ℓ falls by more than rounding can explain.
    const slack = relativeStep <= QUADRATIC_PHASE ? 1e-12 * (1 + Math.abs(logLikelihood)) : 0;
    if (!(candidateLogLikelihood >= logLikelihood - slack)) {
      // The quadratic model overshot: halve the step until ℓ rises.
      let fraction = 1;
      let halvings = 0;
      while (!(candidateLogLikelihood > logLikelihood) && halvings < MAX_HALVINGS) {
        fraction /= 2;
        halvings += 1;
        candidate = beta.map((b, j) => b + fraction * (step[j] as number));
        candidateLogLikelihood = logLikelihoodAt(design, y, candidate);
      }
      if (!(candidateLogLikelihood > logLikelihood)) {
        // Already in the quadratic phase: ℓ is at its maximum up to rounding, keep β as it is.
        if (relativeStep <= QUADRATIC_PHASE) {
          converged = true;
          break;
        }
        throw degenerate(
          "logistic regression: no fraction of the Newton step increases the log-likelihood (numerical breakdown; try rescaling X)",
        );
      }
    }
    iterations += 1;
    beta = candidate;
    logLikelihood = candidateLogLikelihood;
  }
  if (!converged) {
    throw separationError(
      `after ${MAX_NEWTON_STEPS} Newton steps the coefficients are still moving (|β| = ${Math.max(...beta.map(Math.abs)).toPrecision(3)})`,
    );
  }

  const { information } = scoreAndInformation(design, y, beta);
  let covariance: number[][];
  try {
    covariance = inverseSymmetric(information);
  } catch (error) {
    if (error instanceof EstimationError) throw separationError("the information matrix at the estimate is singular");
    throw error;
  }
  return {
    model: "logistic",
    params: { coefficients: beta },
    logLikelihood,
    iterations,
    converged,
    standardErrors: { coefficients: covariance.map((row, j) => Math.sqrt(row[j] as number)) },
  };
}

/** CLI adapter: `data` is `{ X: [[...], ...], y: [0/1, ...] }`; `init` and `options` are not used. */
export const runLogistic: ModelRunner = (job) => {
  const data = requireObject(job.data, "data");
  // Rows may be empty (`[[], [], …]`): no predictors, the intercept-only model.
  const X = requireMatrix(data.X, "data.X", { allowNoColumns: true });
  const y = requireSample(data.y, "data.y", { oneOf: [0, 1] });
  return fitLogistic(X, y);
};
