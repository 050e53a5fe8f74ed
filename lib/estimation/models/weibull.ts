/**
 * Weibull distribution, shape k > 0 and scale λ > 0:
 *   f(x) = (k/λ) (x/λ)^(k−1) exp(−(x/λ)^k), x > 0.
 *
 * MLE. The score for λ gives λ̂ = (mean xᵢ^k)^(1/k); substituting it leaves the profile equation
 *   g(k) = Σ xᵢ^k log xᵢ / Σ xᵢ^k − 1/k − mean(log xᵢ) = 0.
 * The first term is a weighted mean of log x with weights x^k, increasing in k (its derivative is
 * the weighted variance of log x), so g increases strictly from −∞ to max log x − mean log x > 0
 * and has one root unless all values are equal (then k̂ = ∞, rejected as degenerate).
 * The data are divided by their maximum first: g does not change, and the weights (x/max)^k lie
 * in (0, 1], so x^k cannot overflow however large k or x are. Lᵢ = log(xᵢ/max) is taken as
 * log xᵢ − log max where the ratio falls below the normal range (data spanning 1e-308 to 1e308,
 * whose ratio 1e-616 would round to 0 and make every L equal); elsewhere the ratio is kept, being
 * more precise for values close to the maximum. Newton on g, with
 * g′(k) = Var_w(log x) + 1/k², starts from the moment estimate k₀ = π / (√6 · sd(log x)) (the
 * log of a Weibull variable has sd π/(k√6)), keeps a sign-change bracket and bisects when a step
 * leaves it (`safeguardedNewton`, root-finding.ts), and stops at machine precision: a step below
 * two ulps of k, or a residual that no longer shrinks quadratically (g has reached its rounding
 * noise, ~1e-15 from the weighted sums).
 *
 * Standard errors: inverse of the observed information (minus the Hessian of the log-likelihood
 * in (k, λ)) at the MLE.
 *
 * Reference: N. L. Johnson, S. Kotz & N. Balakrishnan (1994), Continuous Univariate
 * Distributions, vol. 1, 2nd ed., ch. 21 (maximum-likelihood equations for the Weibull).
 *
 * Cost: O(n) per Newton step (two passes over the weights), typically 5–8 steps.
 *
 * @example
 * fitWeibull([1, 2, 3, 4, 5]).params;
 * // { shape: 2.2938066707123164, scale: 3.3942907181094863 }
 * // (R: uniroot on the profile equation gives 2.2938066707123181 and 3.3942907181094868)
 */
import { degenerate, invalidData } from "../errors";
import { inverseSymmetric } from "../linalg";
import { safeguardedNewton } from "../root-finding";
import { MIN_NORMAL } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireSample } from "../validate";

export interface WeibullParams {
  shape: number;
  scale: number;
}

const MAX_NEWTON_STEPS = 200;
const MAX_BRACKET_EXPANSIONS = 2000;

function requirePositiveValues(sample: readonly number[]): void {
  if (sample.length === 0) throw invalidData("the Weibull model needs at least one value; the sample is empty");
  sample.forEach((x, i) => {
    if (!Number.isFinite(x)) throw invalidData(`value ${i} is ${x}: every value must be a finite number`);
    if (!(x > 0)) throw invalidData(`value ${i} is ${x}: the Weibull distribution needs values > 0`);
  });
}

/** Log-likelihood of the sample under Weibull(shape, scale), every normalising constant included. */
export function weibullLogLikelihood(sample: readonly number[], shape: number, scale: number): number {
  const logShape = Math.log(shape);
  const logScale = Math.log(scale);
  let total = 0;
  for (const x of sample) {
    const logRatio = Math.log(x) - logScale;
    total += logShape - logScale + (shape - 1) * logRatio - Math.exp(shape * logRatio);
  }
  return total;
}

interface ProfileValue {
  /** g(k). */
  value: number;
  /** g′(k). */
  slope: number;
  /** mean of (x/max)^k, for the scale. */
  meanWeight: number;
}

/** g(k) and g′(k) from the logs of the rescaled data, Lᵢ = log(xᵢ / max x) ≤ 0. */
function profile(logs: readonly number[], meanLog: number, shape: number): ProfileValue {
  let weightSum = 0;
  let weightedLogSum = 0;
  for (const L of logs) {
    const w = Math.exp(shape * L);
    weightSum += w;
    weightedLogSum += w * L;
  }
  const weightedMean = weightedLogSum / weightSum;
  // Centred second pass: the one-pass E[L²] − E[L]² would cancel when the weighted spread is small.
  let weightedSquares = 0;
  for (const L of logs) weightedSquares += Math.exp(shape * L) * (L - weightedMean) ** 2;
  return {
    value: weightedMean - meanLog - 1 / shape,
    slope: weightedSquares / weightSum + 1 / (shape * shape),
    meanWeight: weightSum / logs.length,
  };
}

/** Maximum-likelihood fit of a Weibull distribution (shape, scale) by Newton on the profile equation. */
export function fitWeibull(sample: readonly number[]): FitResult<WeibullParams> {
  requirePositiveValues(sample);
  const n = sample.length;
  const max = sample.reduce((a, b) => Math.max(a, b), 0);
  const logMax = Math.log(max);
  const logs = sample.map((x) => {
    const ratio = x / max;
    return ratio >= MIN_NORMAL ? Math.log(ratio) : Math.log(x) - logMax;
  });
  const meanLog = logs.reduce((a, b) => a + b, 0) / n;
  let spread = 0;
  for (const L of logs) spread += (L - meanLog) ** 2;
  if (!(spread > 0)) {
    throw degenerate("all values are equal: the Weibull shape MLE is infinite (a Weibull fit needs at least two different values)");
  }
  const sdLog = Math.sqrt(spread / Math.max(n - 1, 1));

  const start = Math.PI / (Math.sqrt(6) * sdLog);
  // g increases in k: find lower < root < upper by halving / doubling from the start.
  let lower = start;
  let upper = start;
  let expansions = 0;
  while (profile(logs, meanLog, lower).value > 0 && expansions < MAX_BRACKET_EXPANSIONS) {
    lower /= 2;
    expansions += 1;
  }
  while (profile(logs, meanLog, upper).value < 0 && expansions < MAX_BRACKET_EXPANSIONS) {
    upper *= 2;
    expansions += 1;
  }
  if (expansions >= MAX_BRACKET_EXPANSIONS) {
    throw degenerate("the values are too close together for a Weibull fit: the shape MLE is beyond floating point");
  }

  const {
    root: shape,
    iterations,
    converged,
  } = safeguardedNewton({
    evaluate: (k) => profile(logs, meanLog, k),
    increasing: true,
    lower,
    upper,
    start,
    maxSteps: MAX_NEWTON_STEPS,
  });
  const atEstimate = profile(logs, meanLog, shape);

  // λ̂ = (mean xᵢ^k)^(1/k) = max · (mean (xᵢ/max)^k)^(1/k), in logs.
  const logScale = logMax + Math.log(atEstimate.meanWeight) / shape;
  const scale = Math.exp(logScale);

  // Observed information −∂²ℓ/∂θ² at the MLE, with zᵢ = xᵢ/λ and uᵢ = log zᵢ:
  //   −ℓ_kk = Σ (1/k² + zᵢ^k uᵢ²),  −ℓ_kλ = −(1/λ) Σ (zᵢ^k (1 + k uᵢ) − 1),
  //   −ℓ_λλ = (k/λ²) Σ (zᵢ^k (1 + k) − 1).
  // It is built for (k, λ/λ̂) instead, i.e. the λ row and column multiplied by λ̂, so that λ² cannot
  // overflow or underflow for data on extreme scales; then se(λ̂) = λ̂ · se(λ/λ̂).
  let infoShape = 0;
  let infoCross = 0;
  let infoScale = 0;
  for (const x of sample) {
    const u = Math.log(x) - logScale;
    const zk = Math.exp(shape * u);
    infoShape += 1 / (shape * shape) + zk * u * u;
    infoCross -= zk * (1 + shape * u) - 1;
    infoScale += shape * (zk * (1 + shape) - 1);
  }
  const covariance = inverseSymmetric([
    [infoShape, infoCross],
    [infoCross, infoScale],
  ]);

  return {
    model: "weibull",
    params: { shape, scale },
    logLikelihood: weibullLogLikelihood(sample, shape, scale),
    iterations,
    converged,
    standardErrors: {
      shape: Math.sqrt(covariance[0]?.[0] ?? Number.NaN),
      scale: scale * Math.sqrt(covariance[1]?.[1] ?? Number.NaN),
    },
  };
}

/** CLI adapter: `data` is a JSON array of positive numbers; `init` and `options` are not used. */
export const runWeibull: ModelRunner = (job) =>
  fitWeibull(requireSample(job.data, "data", { min: 0, minExclusive: true, noun: "Weibull values" }));
