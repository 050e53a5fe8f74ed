/**
 * Linear regression with Gaussian noise: yᵢ = β₀ + xᵢᵀβ + εᵢ, εᵢ ~ N(0, σ²) independent.
 * An intercept column of ones is put in front of X, so `coefficients` is [β₀, β₁, …, β_q].
 *
 * MLE. Maximising the likelihood in β is least squares, β̂ = argmin ‖y − Xβ‖², solved here by a
 * Householder QR of X (β̂ = R⁻¹Qᵀy) rather than the normal equations XᵀXβ = Xᵀy, because XᵀX
 * squares the condition number of X. The noise variance MLE divides by n, not n − p:
 * σ̂² = RSS / n, which is biased (E σ̂² = σ²(n − p)/n); lm's "residual standard error" is the
 * unbiased RSS/(n − p) instead. The maximised log-likelihood is −(n/2)(log(2πσ̂²) + 1), the sum of
 * dnorm(yᵢ, xᵢᵀβ̂, σ̂, log = TRUE) that R's logLik(lm(...)) reports.
 *
 * Standard errors come from the observed information at the MLE, so they use σ̂² = RSS/n:
 *   se(β̂) = √diag(σ̂² (XᵀX)⁻¹)   (lm's summary uses RSS/(n − p): larger by √(n/(n − p))),
 *   se(σ̂²) = σ̂² √(2/n).
 * A design without full column rank (collinear columns, or fewer rows than coefficients) has no
 * unique MLE and is rejected as degenerate, as is an exact fit (RSS = 0, σ̂² = 0, unbounded
 * likelihood). X may have no columns at all (rows `[]`): the intercept-only model, β̂₀ = ȳ.
 *
 * Scale. Each column of X, and y, is multiplied by a power of two that brings its largest entry
 * into [1, 2) before the QR, and the results are scaled back: the squares and inner products of
 * the Householder steps cannot overflow or underflow (a column of values near 1e200 made them
 * Infinity and the coefficients NaN), and since the scaling is exact the arithmetic on ordinary
 * data is unchanged. A coefficient or variance that is itself beyond the double range is a
 * `degenerate` error naming it; the log-likelihood is formed from log σ̂² and is always finite.
 *
 * Reference: e.g. Seber & Lee (2003), Linear Regression Analysis, 2nd ed., ch. 3; Golub & Van Loan
 * (2013), Matrix Computations, §5.3 for least squares by Householder QR.
 *
 * Cost: O(np²) for the QR, O(p³) for (XᵀX)⁻¹ from R; p = number of predictors + 1.
 *
 * @example
 * fitLinear([[1], [2], [3], [4]], [2, 3, 5, 6]).params;
 * // { coefficients: [0.5, 1.4], variance: 0.04999999999999998 }   (RSS 0.2 over n = 4, not n − p = 2)
 */
import { EstimationError, degenerate } from "../errors";
import { applyQTranspose, backSubstitute, inverseFromR, qrDecompose } from "../linalg";
import { checkRegressionData, type RegressionDataRules } from "../regression-data";
import { MIN_NORMAL, timesPowerOfTwo } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireMatrix, requireObject, requireSample } from "../validate";

export interface LinearParams {
  coefficients: number[];
  variance: number;
}

const LINEAR_DATA: RegressionDataRules = {
  model: "linear regression",
  acceptsY: Number.isFinite,
  yRequirement: "every value must be a finite number",
};

/**
 * Maximum-likelihood fit of a Gaussian linear regression of y on X (an intercept is added).
 * `iterations` is 0: the fit is in closed form.
 */
export function fitLinear(X: readonly (readonly number[])[], y: readonly number[]): FitResult<LinearParams> {
  const q = checkRegressionData(X, y, LINEAR_DATA);
  const n = y.length;
  const p = q + 1;
  if (n < p) {
    throw degenerate(
      `linear regression with ${q} predictor(s) and an intercept has ${p} coefficients but only ${n} observation(s): the coefficients are not identifiable (rank-deficient design)`,
    );
  }
  // Binary exponents that bring each column's (and y's) largest |entry| into [1, 2); see above.
  const columnExponents = [0, ...Array.from({ length: q }, (_, j) => binaryExponent(X.map((row) => row[j] as number)))];
  const yExponent = binaryExponent(y);
  const design = X.map((row) => [1, ...row.map((v, j) => timesPowerOfTwo(v, -(columnExponents[j + 1] as number)))]);
  const scaledY = y.map((v) => timesPowerOfTwo(v, -yExponent));
  const names = ["the intercept column", ...Array.from({ length: q }, (_, j) => `column ${j} of X`)];
  let qr;
  try {
    qr = qrDecompose(design, names);
  } catch (error) {
    if (error instanceof EstimationError) {
      throw degenerate(`${error.message}: collinear predictors make the least-squares coefficients non-unique`);
    }
    throw error;
  }
  const rotated = applyQTranspose(qr, scaledY);
  const scaledCoefficients = backSubstitute(qr.r, rotated.slice(0, p));
  // The last n − p entries of Qᵀy are the residual's coordinates in the orthogonal complement.
  let rss = 0;
  for (let i = p; i < n; i++) rss += (rotated[i] as number) ** 2;
  let scaleOfY = 0;
  for (const v of scaledY) scaleOfY += v * v;
  // RSS at rounding level of ‖y‖²: the data lie on a hyperplane and σ̂² = 0 is not a usable MLE.
  if (!(rss > (n * Number.EPSILON) ** 2 * scaleOfY)) {
    throw degenerate(
      "the regression fits the data exactly (residual sum of squares 0): the noise-variance MLE is 0 and the likelihood is unbounded",
    );
  }
  // β_j = β'_j · 2^(e_y − e_j); σ̂² = (RSS'/n) · 2^(2 e_y).
  const coefficients = scaledCoefficients.map((b, j) => timesPowerOfTwo(b, yExponent - (columnExponents[j] as number)));
  coefficients.forEach((b, j) => {
    if (!Number.isFinite(b)) {
      throw degenerate(`coefficient ${j} (${names[j]}) overflows double precision: y is too large relative to that column of X`);
    }
  });
  const scaledVariance = rss / n;
  const variance = timesPowerOfTwo(scaledVariance, 2 * yExponent);
  if (!(variance < Number.POSITIVE_INFINITY) || variance === 0) {
    throw degenerate(
      `the noise-variance MLE RSS/n ${variance === 0 ? "underflows to 0" : "overflows"} in double precision: the residuals (~${Math.sqrt(scaledVariance) * 2 ** yExponent}) are too ${variance === 0 ? "small" : "large"}`,
    );
  }
  // log σ̂² from the scaled variance only where σ̂² itself is subnormal (the scaling is exact, so
  // elsewhere this is the plain formula, bit for bit).
  const logVariance =
    variance >= MIN_NORMAL ? Math.log(2 * Math.PI * variance) : Math.log(2 * Math.PI * scaledVariance) + 2 * yExponent * Math.LN2;
  const logLikelihood = -0.5 * n * (logVariance + 1);
  const unscaled = inverseFromR(qr.r);
  const coefficientErrors = unscaled.map((row, j) =>
    timesPowerOfTwo(Math.sqrt(scaledVariance * (row[j] as number)), yExponent - (columnExponents[j] as number)),
  );

  return {
    model: "linear",
    params: { coefficients, variance },
    logLikelihood,
    iterations: 0,
    converged: true,
    standardErrors: { coefficients: coefficientErrors, variance: variance * Math.sqrt(2 / n) },
  };
}

/** The binary exponent e of max |v| (2^e ≤ max |v| < 2^(e+1)), or 0 for an all-zero vector. */
function binaryExponent(values: readonly number[]): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  if (max === 0) return 0;
  // log2 can round up just below a power of two; the scaled maximum then lies in [1/2, 2).
  return Math.floor(Math.log2(max));
}

/** CLI adapter: `data` is `{ X: [[...], ...], y: [...] }`; `init` and `options` are not used. */
export const runLinear: ModelRunner = (job) => {
  const data = requireObject(job.data, "data");
  // Rows may be empty (`[[], [], …]`): no predictors, the intercept-only model.
  const X = requireMatrix(data.X, "data.X", { allowNoColumns: true });
  const y = requireSample(data.y, "data.y");
  return fitLinear(X, y);
};
