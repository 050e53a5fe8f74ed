/**
 * Gamma distribution, shape α > 0 and rate β > 0: f(x) = β^α x^(α−1) e^(−βx) / Γ(α), x > 0.
 *
 * MLE. The score for β gives β̂ = α̂ / x̄; substituting it leaves the profile equation in α alone,
 *   log α − ψ(α) = s,   s = log x̄ − mean(log x) ≥ 0 (Jensen; 0 only when all values are equal),
 * which has no closed form. log α − ψ(α) is convex and decreasing from +∞ to 0, and lies strictly
 * between 1/(2α) and 1/α, so the root is bracketed by [1/(2s), 1/s]. Newton starts from Minka's
 * approximation α₀ = (3 − s + √((s − 3)² + 24s)) / (12s) and falls back to bisection whenever a
 * step leaves the bracket (`safeguardedNewton`, root-finding.ts). It runs to machine precision: it
 * stops when the step is below two ulps of α, or when the residual stops shrinking quadratically
 * (it has reached its rounding noise; a fixed step threshold alone would then bounce between
 * neighbouring doubles forever).
 * When all values are equal, s = 0 and α̂ = ∞: that sample is rejected as degenerate.
 *
 * Computing s. Both log x̄ and mean(log x) can be ~700 while s is ~1e-25 (a nearly constant
 * sample) or their difference loses the digits of the smallest values, so s is summed as
 * mean(dᵢ − log(1 + dᵢ)) with dᵢ = xᵢ/x̄ − 1, each term accurate to a few ulps over the whole
 * double range: near dᵢ = 0 by log1pmx (R's, special.ts), near dᵢ = −1 (xᵢ ≪ x̄, e.g. 1e-20 beside
 * 1) from log(xᵢ/x̄) rather than from log1p of the rounded dᵢ, which lost accuracy and reached −∞
 * for xᵢ/x̄ < 1e-16. x̄ is formed from a sum scaled by a power of two when it would overflow (values
 * near 1e308) or be subnormal; a rate β̂ beyond the double range (data near 1e-320) is a
 * `degenerate` error that says so.
 *
 * Standard errors come from the inverse of the observed information at the MLE, which for this
 * parametrisation does not depend on the data beyond n:
 *   I(α, β) = n [[ψ′(α), −1/β], [−1/β, α/β²]].
 *
 * Reference: T. P. Minka (2002), "Estimating a Gamma distribution", Microsoft Research note;
 * Choi & Wette (1969), Technometrics 11(4) for the Newton iteration on the profile equation.
 *
 * Cost: O(n) once for the sufficient statistics, then O(1) per Newton step (the data enter only
 * through s), typically 2–4 steps.
 *
 * @example
 * fitGamma([1, 2, 3, 4, 5]).params;
 * // { shape: 3.7016438100088256, rate: 1.2338812700029418 }
 * // (R: uniroot on the profile equation gives 3.7016438100088203 and 1.23388127000294;
 * //  mpmath at 50 digits 3.70164381000881670 and 1.23388127000293890)
 */
import { degenerate, invalidData } from "../errors";
import { safeguardedNewton } from "../root-finding";
import { MIN_NORMAL, digamma, log1pmx, logGamma, scaledSum, timesPowerOfTwo, trigamma } from "../special";
import type { FitResult, ModelRunner } from "../types";
import { requireSample } from "../validate";

export interface GammaParams {
  shape: number;
  rate: number;
}

const MAX_NEWTON_STEPS = 200;

/**
 * log a − ψ(a). For large a the two terms agree to many digits and their difference is ≈ 1/(2a),
 * so subtracting ψ from log would lose log10(a) digits; the asymptotic series (A&S 6.3.18) gives
 * the difference directly. Below 10 the cancellation costs at most a factor ~50 in relative error.
 */
function logMinusDigamma(a: number): number {
  if (a < 10) return Math.log(a) - digamma(a);
  const inv = 1 / a;
  const inv2 = inv * inv;
  return 0.5 * inv + inv2 * (1 / 12 + inv2 * (-1 / 120 + inv2 * (1 / 252 + inv2 * (-1 / 240 + inv2 * (1 / 132 + inv2 * (-691 / 32760))))));
}

/** d/da [log a − ψ(a)] = 1/a − ψ′(a) < 0, again by series for large a to avoid cancellation. */
function logMinusDigammaDerivative(a: number): number {
  if (a < 10) return 1 / a - trigamma(a);
  const inv = 1 / a;
  const inv2 = inv * inv;
  return -inv2 * (0.5 + inv * (1 / 6 + inv2 * (-1 / 30 + inv2 * (1 / 42 + inv2 * (-1 / 30 + inv2 * (5 / 66))))));
}

/**
 * d − log(1 + d) ≥ 0 for d = x/c − 1 (x > 0, c > 0), accurate relative to the result everywhere.
 * Near d = 0 the two terms agree to ~|d| relative and log1pmx sums their difference directly (the
 * nearly constant samples). Near d = −1, i.e. x ≪ c, d itself has an absolute rounding error of
 * ~1e-16 that log(1 + d) would magnify without bound (reaching −∞ for x/c < 1e-16), so the
 * logarithm is taken of the ratio x/c instead (of log x − log c where the ratio leaves the normal
 * range), which `logRatio` supplies: −log1pmx stays in use only where 1 + d ≥ 0.21 is known to
 * full relative precision.
 */
function ratioRemainder(d: number, logRatio: () => number): number {
  if (d >= -0.79149064) return -log1pmx(d);
  return d - logRatio();
}

function requirePositiveValues(sample: readonly number[]): void {
  if (sample.length === 0) throw invalidData("the gamma model needs at least one value; the sample is empty");
  sample.forEach((x, i) => {
    if (!Number.isFinite(x)) throw invalidData(`value ${i} is ${x}: every value must be a finite number`);
    if (!(x > 0)) throw invalidData(`value ${i} is ${x}: the gamma distribution needs values > 0`);
  });
}

/**
 * α log α − α − log Γ(α). Computed from Stirling's series for large α, where the three terms are
 * ~α log α each and cancel to ~½ log α: subtracting them directly would lose all digits by α ~ 1e16.
 */
function stirlingRemainder(shape: number): number {
  if (shape < 10) return shape * Math.log(shape) - shape - logGamma(shape);
  const inv = 1 / shape;
  const inv2 = inv * inv;
  const correction = inv * (1 / 12 + inv2 * (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188)))));
  return 0.5 * Math.log(shape) - 0.5 * Math.log(2 * Math.PI) - correction;
}

/**
 * Log-likelihood of the sample under Gamma(shape, rate), every normalising constant included.
 * Written per value as [α log α − α − log Γ(α)] − α (uᵢ − log(1 + uᵢ)) − log xᵢ with
 * uᵢ = βxᵢ/α − 1, which is the usual α log β + (α − 1) log x − βx − log Γ(α) rearranged so that
 * nothing of size α log α has to cancel when the shape is large.
 */
export function gammaLogLikelihood(sample: readonly number[], shape: number, rate: number): number {
  // βx/α − 1 = x/c − 1 with c = α/β; log(βx/α) from the three logs where x/c is out of range.
  const c = shape / rate;
  return logLikelihoodFromRemainders(
    sample,
    shape,
    sample.map((x) =>
      ratioRemainder(x / c - 1, () => {
        const ratio = x / c;
        return ratio >= MIN_NORMAL && ratio < Number.POSITIVE_INFINITY ? Math.log(ratio) : Math.log(x) + Math.log(rate) - Math.log(shape);
      }),
    ),
  );
}

/** The sum above given tᵢ = uᵢ − log(1 + uᵢ) directly (at the MLE uᵢ = xᵢ/x̄ − 1, known more precisely). */
function logLikelihoodFromRemainders(sample: readonly number[], shape: number, remainders: readonly number[]): number {
  const constant = stirlingRemainder(shape);
  let total = 0;
  sample.forEach((x, i) => {
    total += constant - shape * (remainders[i] as number) - Math.log(x);
  });
  return total;
}

/** Maximum-likelihood fit of a gamma distribution (shape, rate) by Newton on the profile equation. */
export function fitGamma(sample: readonly number[]): FitResult<GammaParams> {
  requirePositiveValues(sample);
  const n = sample.length;
  // The mean without overflow (Σ of values near 1e308) or subnormal rounding (values near 1e-320):
  // when the plain sum leaves the normal range the sample is scaled by a power of two (exactly).
  // Shape, s and the log-likelihood do not depend on the scale; only the rate is scaled back.
  const { sum, exponent } = scaledSum(sample);
  const scaled = exponent === 0 ? sample : sample.map((x) => timesPowerOfTwo(x, -exponent));
  const mean = sum / n;

  // With dᵢ = (xᵢ − c)/c for c = the computed x̄ and m = mean(dᵢ) (zero but for the rounding of c),
  //   s = log x̄ − mean(log x) = mean(dᵢ − log(1 + dᵢ)) − (m − log(1 + m)),
  // a mean of non-negative terms minus an O(m²) correction, each term accurate to a few ulps
  // (ratioRemainder). Taking logs of the raw values instead would leave an absolute error of
  // ~1e-16 in s, all of s for a nearly constant sample.
  const remainders = new Array<number>(n);
  let remainderSum = 0;
  let deviationSum = 0;
  // log(x̄) of the unscaled mean, for values whose ratio to it is below the normal range (there the
  // logs are taken of the original values: a value scaled down by 2^−128 may have become subnormal).
  const logMean = Math.log(mean) + exponent * Math.LN2;
  scaled.forEach((x, i) => {
    const d = (x - mean) / mean;
    const remainder = ratioRemainder(d, () => {
      const ratio = x / mean;
      return ratio >= MIN_NORMAL && x >= MIN_NORMAL ? Math.log(ratio) : Math.log(sample[i] as number) - logMean;
    });
    remainders[i] = remainder;
    remainderSum += remainder;
    deviationSum += d;
  });
  const s = remainderSum / n + log1pmx(deviationSum / n);
  if (!(s > 0)) {
    throw degenerate("all values are equal: the gamma shape MLE is infinite (a gamma fit needs at least two different values)");
  }

  const lower = 1 / (2 * s);
  const upper = 1 / s;
  let start = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
  if (!(start >= lower && start <= upper)) start = 0.5 * (lower + upper);
  const {
    root: shape,
    iterations,
    converged,
  } = safeguardedNewton({
    evaluate: (a) => ({ value: logMinusDigamma(a) - s, slope: logMinusDigammaDerivative(a) }),
    // The profile function decreases in α: a positive residual means the root lies above.
    increasing: false,
    lower,
    upper,
    start,
    maxSteps: MAX_NEWTON_STEPS,
  });

  const rate = timesPowerOfTwo(shape / mean, -exponent);
  if (!(rate < Number.POSITIVE_INFINITY)) {
    throw degenerate(
      `the gamma rate MLE α̂ / x̄ overflows double precision: the values are too close to 0 (x̄ = ${timesPowerOfTwo(mean, exponent)}, α̂ = ${shape})`,
    );
  }
  // Inverse of I = n [[ψ′(α), −1/β], [−1/β, α/β²]]; det/n² = (αψ′(α) − 1)/β², and
  // αψ′(α) − 1 = −α·(1/α − ψ′(α)) is taken from the cancellation-free derivative above.
  const excess = -shape * logMinusDigammaDerivative(shape);
  const shapeVariance = shape / (n * excess);
  // se(β̂) = β̂ · √(ψ′(α)/(n(αψ′(α) − 1))): β̂ is kept outside the root so that β̂² cannot underflow.
  const relativeRateVariance = trigamma(shape) / (n * excess);

  return {
    model: "gamma",
    params: { shape, rate },
    // β̂xᵢ/α̂ − 1 = xᵢ/x̄ − 1 = dᵢ: reuse their remainders rather than recompute them with β̂'s rounding.
    logLikelihood: logLikelihoodFromRemainders(sample, shape, remainders),
    iterations,
    converged,
    standardErrors: { shape: Math.sqrt(shapeVariance), rate: rate * Math.sqrt(relativeRateVariance) },
  };
}

/** CLI adapter: `data` is a JSON array of positive numbers; `init` and `options` are not used. */
export const runGamma: ModelRunner = (job) =>
  fitGamma(requireSample(job.data, "data", { min: 0, minExclusive: true, noun: "gamma values" }));
