/**
 * Special functions the estimators need: log-gamma and friends for normalising constants
 * (log x!, binomial and multinomial coefficients), digamma and trigamma for the score and the
 * information of gamma-type likelihoods, a stable log-sum-exp for mixture E-steps, Loader's
 * saddle-point Poisson and binomial log-densities (stirlerr, bd0, logPoissonPmf, logBinomialPmf)
 * and log1pmx for likelihoods at large counts, and sums scaled by powers of two (scaledSum) for
 * data near the ends of the double range.
 *
 * Accuracy (checked against R in test/estimation/special.test.ts, and against 40-digit mpmath on
 * 6000 random points while writing): logGamma and trigamma within 1e-15 relative over x > 0,
 * including the zeros of log Γ at 1 and 2; logChoose within 2e-15; digamma within 3e-15, including
 * near its positive root x₀ ≈ 1.4616 (where a plain recurrence keeps only absolute accuracy).
 * stirlerr, bd0, log1pmx, logPoissonPmf and logBinomialPmf within 1e-15 relative against R's dpois
 * / dbinom and 400-digit mpmath (test/fixtures/extreme-values-mpmath.json), up to arguments of
 * 1e308 (bd0's series on 3000 random points near x = m: within 3.2e-16).
 *
 * References: Abramowitz & Stegun (1964) 6.1.33, 6.1.41, 6.3.18, 6.4.12; the lgammacor / lbeta
 * scheme of R's nmath (Loader; Morris), which keeps log-beta free of cancellation for large
 * arguments; C. Loader (2000), "Fast and accurate computation of binomial probabilities", and R's
 * nmath stirlerr.c, bd0.c, dpois.c, dbinom.c, pgamma.c (log1pmx, logcf).
 */

const HALF_LOG_TWO_PI = 0.9189385332046728; // ½ log(2π)
const EULER_GAMMA = 0.5772156649015329;

/**
 * ζ(k) − 1 for k = 2, 3, …, 50 (mpmath, 50 digits, rounded to double). Used by the Taylor series
 * of log Γ and ψ around 2, whose coefficients are exactly these values.
 */
const ZETA_MINUS_ONE: readonly number[] = [
  0.6449340668482264, 0.2020569031595943, 0.08232323371113819, 0.03692775514336993, 0.01734306198444914, 0.008349277381922827,
  0.00407735619794434, 0.0020083928260822143, 0.0009945751278180853, 0.0004941886041194645, 0.0002460865533080483, 0.00012271334757848915,
  6.124813505870483e-5, 3.058823630702049e-5, 1.528225940865187e-5, 7.637197637899763e-6, 3.81729326499984e-6, 1.908212716553939e-6,
  9.539620338727962e-7, 4.769329867878064e-7, 2.38450502727733e-7, 1.1921992596531106e-7, 5.960818905125948e-8, 2.980350351465228e-8,
  1.4901554828365043e-8, 7.45071178983543e-9, 3.725334024788457e-9, 1.862659723513049e-9, 9.313274324196682e-10, 4.656629065033784e-10,
  2.3283118336765053e-10, 1.164155017270052e-10, 5.820772087902701e-11, 2.9103850444971e-11, 1.4551921891041985e-11, 7.275959835057482e-12,
  3.637979547378651e-12, 1.818989650307066e-12, 9.094947840263888e-13, 4.547473783042154e-13, 2.2737368458246524e-13, 1.136868407680228e-13,
  5.684341987627585e-14, 2.842170976889302e-14, 1.4210854828031608e-14, 7.105427395210853e-15, 3.552713691337114e-15,
  1.7763568435791204e-15, 8.881784210930816e-16,
];

/**
 * log Γ(2 + w) for |w| ≤ 0.5 (A&S 6.1.33 shifted to 2):
 * (1 − γ) w + Σ_{k≥2} (−1)^k (ζ(k) − 1) w^k / k. The series has no constant term, so values near
 * the zero of log Γ at 2 keep full relative precision. |term k| < 4^−k / k: 27 terms reach 1e-17.
 */
function logGammaTwoPlus(w: number): number {
  let sum = 0;
  let power = -w; // (−w)^k, updated before use
  for (let k = 2; k <= 40; k += 1) {
    power *= -w;
    const term = ((ZETA_MINUS_ONE[k - 2] ?? 0) * power) / k;
    sum += term;
    if (Math.abs(term) < 1e-18 * Math.abs(sum)) break;
  }
  return (1 - EULER_GAMMA) * w + sum;
}

/** log Γ(1 + z) for −0.5 ≤ z ≤ 1.5, accurate relative to the result even for tiny z. */
function logGammaOnePlus(z: number): number {
  if (z <= 0.5) return logGammaTwoPlus(z) - Math.log1p(z); // Γ(2 + z) = (1 + z) Γ(1 + z)
  return logGammaTwoPlus(z - 1);
}

/**
 * The remainder of Stirling's series, log Γ(x) − [(x − ½) log x − x + ½ log 2π], for x ≥ 10
 * (A&S 6.1.41). At x = 10 the first omitted term is below 1e-17 of the result.
 */
function stirlingCorrection(x: number): number {
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  // B_{2k} / (2k (2k − 1)) for k = 1 … 8, Horner in 1/x².
  return (
    inverse *
    (1 / 12 +
      inverseSquared *
        (-1 / 360 +
          inverseSquared *
            (1 / 1260 +
              inverseSquared *
                (-1 / 1680 +
                  inverseSquared *
                    (1 / 1188 + inverseSquared * (-691 / 360360 + inverseSquared * (1 / 156 + inverseSquared * (-3617 / 122400))))))))
  );
}

/**
 * log Γ(x) for x > 0. NaN for x ≤ 0 or NaN, +Infinity for x = +Infinity.
 *
 * Below 10 the argument is moved into [1.5, 2.5] by Γ(x + 1) = x Γ(x) and a Taylor series around 2
 * is summed; the shift adds only positive logarithms (no cancellation). From 10 up, Stirling's
 * series. Unlike a Lanczos sum, this keeps full relative accuracy at the zeros x = 1 and x = 2.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x);
  if (x < 0.5) return logGammaOnePlus(x) - Math.log(x); // Γ(x) = Γ(1 + x) / x
  if (x <= 2.5) return logGammaOnePlus(x - 1);
  let shifted = x;
  let product = 1;
  while (shifted > 2.5) {
    shifted -= 1;
    product *= shifted;
  }
  return logGammaOnePlus(shifted - 1) + Math.log(product);
}

const LOG_FACTORIAL_TABLE_SIZE = 256;

/**
 * log n! for n < 256, from the product n! kept as mantissa × 2^(500 m): every multiplication
 * rounds once (relative error ≤ n ε / 2 in the product, i.e. ≤ 3e-14 absolute in the log), and
 * the power of two is exact. Cheaper and no less accurate than log Γ(n + 1) at these sizes.
 */
const LOG_FACTORIALS: Float64Array = (() => {
  const table = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
  const rescale = 2 ** 500;
  let mantissa = 1;
  let rescalings = 0;
  for (let n = 1; n < LOG_FACTORIAL_TABLE_SIZE; n += 1) {
    mantissa *= n;
    if (mantissa > rescale) {
      mantissa /= rescale;
      rescalings += 1;
    }
    table[n] = Math.log(mantissa) + rescalings * 500 * Math.LN2;
  }
  return table;
})();

/**
 * log n! for a whole number n ≥ 0 (a table below 256, log Γ(n + 1) beyond).
 * NaN for negative or non-integer n: a log-likelihood built on such a value is already wrong.
 */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) return Number.NaN;
  if (n < LOG_FACTORIAL_TABLE_SIZE) return LOG_FACTORIALS[n] ?? Number.NaN;
  return logGamma(n + 1);
}

/**
 * log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b) for a, b > 0. For large arguments the three
 * log-gammas are huge and nearly cancel, so (as R's lbeta does) the Stirling main terms are
 * combined analytically and only the small corrections are subtracted.
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) return Number.NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  const total = p + q;
  if (p >= 10) {
    const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(total);
    return -0.5 * Math.log(q) + HALF_LOG_TWO_PI + correction + (p - 0.5) * Math.log(p / total) + q * Math.log1p(-p / total);
  }
  if (q >= 10) {
    const correction = stirlingCorrection(q) - stirlingCorrection(total);
    return logGamma(p) + correction + p - p * Math.log(total) + (q - 0.5) * Math.log1p(-p / total);
  }
  return logGamma(p) + logGamma(q) - logGamma(total);
}

/**
 * log C(n, k) for whole numbers n ≥ 0 and k; −Infinity when k < 0 or k > n (the coefficient is 0,
 * as in R's lchoose). Small k sums log((n − k + i) / i) directly; larger k goes through log-beta,
 * so log C(10⁹, 3) does not lose digits to log 10⁹! − log (10⁹ − 3)!.
 */
export function logChoose(n: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0) return Number.NaN;
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  const smaller = Math.min(k, n - k);
  if (smaller === 0) return 0;
  if (smaller < 20) {
    // Every term is positive, so the sum keeps full relative precision.
    let sum = 0;
    for (let i = 1; i <= smaller; i += 1) sum += Math.log1p((n - smaller) / i);
    return sum;
  }
  if (n < LOG_FACTORIAL_TABLE_SIZE) {
    return (LOG_FACTORIALS[n] ?? Number.NaN) - (LOG_FACTORIALS[smaller] ?? Number.NaN) - (LOG_FACTORIALS[n - smaller] ?? Number.NaN);
  }
  // C(n, k) = 1 / ((n + 1) B(n − k + 1, k + 1))
  return -Math.log(n + 1) - logBeta(n - smaller + 1, smaller + 1);
}

/** ψ's only positive root x₀ as a double-double (hi + lo), and the Taylor coefficients ψ⁽ⁿ⁾(x₀)/n!. */
const DIGAMMA_ROOT_HI = 1.4616321449683622;
const DIGAMMA_ROOT_LO = 9.549995429965697e-17;
const DIGAMMA_ROOT_TAYLOR: readonly number[] = [
  0.9676722454476212, -0.4427631689835921, 0.258499760955651, -0.16394270544240652, 0.10782405069126237, -0.07219956125645471,
  0.04880428816414311, -0.03316112647484736, 0.022597648232218104, -0.01542476590494896, 0.010538791616612175, -0.007204534386356869,
  0.004926781395729853, -0.003369801655439328, 0.002305126326734928, -0.0015769367714301972, 0.0010788252019162967, -0.0007380709389960052,
  0.000504953265834602, -0.0003454680251063077, 0.00023635601564027053, -0.00016170622091974803, 0.0001106337276874741,
  -7.569179582195066e-5, 5.178575795222081e-5, -3.5430070947659604e-5, 2.424006611860132e-5, -1.6584242271854135e-5, 1.134638458466385e-5,
  -7.762817668462094e-6, 5.3110609208898636e-6, -3.6336507898010456e-6,
];

/**
 * ψ(x) = d/dx log Γ(x) for x > 0 (NaN otherwise).
 *
 * Near the root x₀ ≈ 1.4616 a Taylor series in x − x₀ keeps relative accuracy (the recurrence
 * would leave only absolute accuracy there, as its terms cancel). Elsewhere ψ(x) = ψ(x + 1) − 1/x
 * moves x up to 10 and the asymptotic series (A&S 6.3.18) finishes; at x ≥ 10 its first omitted
 * term is below 1e-17.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (Math.abs(x - DIGAMMA_ROOT_HI) < 0.35) {
    // |x − x₀| / x₀ < 0.24 (the nearest singularity is the pole at 0): 32 terms reach 1e-19.
    const offset = x - DIGAMMA_ROOT_HI - DIGAMMA_ROOT_LO;
    let sum = 0;
    for (let n = DIGAMMA_ROOT_TAYLOR.length - 1; n >= 0; n -= 1) {
      sum = sum * offset + (DIGAMMA_ROOT_TAYLOR[n] ?? 0);
    }
    return sum * offset;
  }
  let shift = 0;
  let shifted = x;
  while (shifted < 10) {
    shift += 1 / shifted;
    shifted += 1;
  }
  const inverseSquared = 1 / (shifted * shifted);
  // B_{2k} / (2k) for k = 1 … 7, Horner in 1/x².
  const tail =
    inverseSquared *
    (1 / 12 +
      inverseSquared *
        (-1 / 120 +
          inverseSquared *
            (1 / 252 +
              inverseSquared * (-1 / 240 + inverseSquared * (1 / 132 + inverseSquared * (-691 / 32760 + inverseSquared * (1 / 12)))))));
  return Math.log(shifted) - 0.5 / shifted - tail - shift;
}

/**
 * ψ′(x) for x > 0 (NaN otherwise): ψ′(x) = ψ′(x + 1) + 1/x² up to x ≥ 10, then the asymptotic
 * series (A&S 6.4.12). Every term is positive, so nothing cancels.
 */
export function trigamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return 0;
  let shift = 0;
  let shifted = x;
  while (shifted < 10) {
    shift += 1 / (shifted * shifted);
    shifted += 1;
  }
  const inverse = 1 / shifted;
  const inverseSquared = inverse * inverse;
  // 1/x + 1/(2x²) + Σ B_{2k} / x^{2k+1}, k = 1 … 7.
  const series =
    inverse +
    0.5 * inverseSquared +
    inverse *
      inverseSquared *
      (1 / 6 +
        inverseSquared *
          (-1 / 30 +
            inverseSquared *
              (1 / 42 +
                inverseSquared * (-1 / 30 + inverseSquared * (5 / 66 + inverseSquared * (-691 / 2730 + inverseSquared * (7 / 6)))))));
  return series + shift;
}

/**
 * log Σ exp(vᵢ) without overflow or underflow: the largest term is factored out and the rest summed
 * with log1p. Empty input or all −Infinity gives −Infinity (a sum of zeros); any NaN gives NaN.
 */
export function logSumExp(values: ArrayLike<number>): number {
  let maxIndex = -1;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (Number.isNaN(value)) return Number.NaN;
    if (value > max || maxIndex < 0) {
      max = value;
      maxIndex = i;
    }
  }
  if (maxIndex < 0 || max === Number.NEGATIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  if (max === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  let rest = 0;
  for (let i = 0; i < values.length; i += 1) {
    if (i !== maxIndex) rest += Math.exp((values[i] as number) - max);
  }
  return max + Math.log1p(rest);
}

/**
 * Σ values with Neumaier's compensated summation: the error stays near one rounding of the
 * result instead of growing with n, so means of long samples match R's (long-double) mean().
 */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return sum + compensation;
}

// ---------------------------------------------------------------------------------------------
// Loader's saddle-point form of the Poisson and binomial densities, as R's dpois and dbinom
// compute them (C. Loader (2000), "Fast and accurate computation of binomial probabilities";
// R's src/nmath/stirlerr.c, bd0.c, dpois.c, dbinom.c). Writing log x! and x log λ − λ out and
// subtracting them cancels catastrophically for large counts (both are ~x log x, so a count of
// 1e12 loses ~12 digits); the saddle-point form never builds those large terms.
// ---------------------------------------------------------------------------------------------

const LOG_TWO_PI = 1.8378770664093453; // log(2π)
/** The smallest positive normal double, 2^−1022: below it a double keeps fewer than 53 bits. */
export const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * stirlerr(x) for x = 0.5, 1, 1.5, …, 9.5 (index 2x − 1), from mpmath at 50 digits:
 * log Γ(x + 1) − (x + ½) log x + x − ½ log 2π. (Loader's table, which R's stirlerr.c carries to
 * 15; from 10 on the series below is already exact to double precision.)
 */
const STIRLERR_HALVES: readonly number[] = [
  0.15342640972002736, 0.08106146679532726, 0.05481412105191765, 0.0413406959554093, 0.03316287351993629, 0.02767792568499834,
  0.023746163656297496, 0.020790672103765093, 0.018488450532673187, 0.016644691189821193, 0.015134973221917378, 0.013876128823070748,
  0.012810465242920227, 0.01189670994589177, 0.011104559758206917, 0.010411265261972096, 0.009799416126158804, 0.009255462182712733,
  0.008768700134139386,
];

/**
 * The error of Stirling's formula for x!, stirlerr(x) = log x! − [(x + ½) log x − x + ½ log 2π],
 * for x > 0 (NaN otherwise; 0 at +Infinity, its limit). It equals the remainder of Stirling's
 * series for log Γ(x) (A&S 6.1.41), summed from x = 10 on; below 10 whole and half-whole x come
 * from a table, and other x from log Γ (losing at most a few digits to cancellation there, which
 * only matters in absolute terms at the 1e-16 level).
 */
export function stirlerr(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x >= 10) return stirlingCorrection(x);
  const twice = 2 * x;
  if (Number.isInteger(twice)) return STIRLERR_HALVES[twice - 1] as number;
  return logGamma(x + 1) - (x + 0.5) * Math.log(x) + x - HALF_LOG_TWO_PI;
}

/**
 * Loader's deviance term bd0(x, m) = x log(x/m) + m − x ≥ 0, for x ≥ 0 and m > 0 (NaN otherwise;
 * bd0(0, m) = m). When x and m are close the two parts nearly cancel, so there (|v| < 0.1 for
 * v = (x − m)/(x + m)), as in R's bd0.c, it is the series
 *   bd0 = (x − m) v + 2x Σ_{j≥1} v^(2j+1)/(2j + 1),
 * whose terms fall by v² ≤ 0.01 each: R sums it term by term until it stops changing; here the
 * first nine terms are taken at once by Horner's rule (the first omitted one is below 1e-19 of the
 * result), which is as accurate and, with no division per term, cheaper in the mixture E-steps.
 * Unlike R, the ratio x/m and the sums x + m, 2x are formed so that they cannot overflow for x, m
 * near the top of the double range. +Infinity only when the true value exceeds the double range.
 */
export function bd0(x: number, m: number): number {
  const difference = x - m;
  // (x + m)/2 rather than x + m, which overflows near the top of the range; in the normal range
  // the test and v are bitwise what R computes from x + m (halving is exact). The test is false
  // for every invalid argument (NaN, infinite, x < 0, m ≤ 0), which are sorted out below, off the
  // hot path of the mixture E-steps.
  const halfTotal = 0.5 * x + 0.5 * m;
  if (Math.abs(difference) < 0.2 * halfTotal) {
    const v = (0.5 * difference) / halfTotal; // (x − m)/(x + m)
    const w = v * v;
    const series = 1 / 3 + w * (1 / 5 + w * (1 / 7 + w * (1 / 9 + w * (1 / 11 + w * (1 / 13 + w * (1 / 15 + w * (1 / 17 + w / 19)))))));
    // 2x v³ · series, with (2x)v formed as x(2v), since 2x can overflow.
    return difference * v + x * (2 * v) * w * series;
  }
  if (!(x >= 0) || !(m > 0) || x === Number.POSITIVE_INFINITY || m === Number.POSITIVE_INFINITY) return Number.NaN;
  if (x === 0) return m;
  const ratio = x / m;
  const logOfRatio = ratio >= MIN_NORMAL && ratio < Number.POSITIVE_INFINITY ? Math.log(ratio) : Math.log(x) - Math.log(m);
  return x * logOfRatio + m - x;
}

const LOGCF_SCALE = 2 ** 256;

/**
 * Σ_{k≥0} x^k / (i + k d) for 0 ≤ x < 1 by its continued fraction, to relative tolerance `eps`
 * (R's logcf in pgamma.c; the auxiliary of log1pmx).
 */
function logcf(x: number, i: number, d: number, eps: number): number {
  let c1 = 2 * d;
  let c2 = i + d;
  let c4 = c2 + d;
  let a1 = c2;
  let b1 = i * (c2 - i * x);
  let b2 = d * d * x;
  let a2 = c4 * c2 - b2;
  b2 = c4 * b1 - i * b2;
  while (Math.abs(a2 * b1 - a1 * b2) > Math.abs(eps * b1 * b2)) {
    let c3 = c2 * c2 * x;
    c2 += d;
    c4 += d;
    a1 = c4 * a2 - c3 * a1;
    b1 = c4 * b2 - c3 * b1;
    c3 = c1 * c1 * x;
    c1 += d;
    c4 += d;
    a2 = c4 * a1 - c3 * a2;
    b2 = c4 * b1 - c3 * b2;
    if (Math.abs(b2) > LOGCF_SCALE) {
      a1 /= LOGCF_SCALE;
      b1 /= LOGCF_SCALE;
      a2 /= LOGCF_SCALE;
      b2 /= LOGCF_SCALE;
    } else if (Math.abs(b2) < 1 / LOGCF_SCALE) {
      a1 *= LOGCF_SCALE;
      b1 *= LOGCF_SCALE;
      a2 *= LOGCF_SCALE;
      b2 *= LOGCF_SCALE;
    }
  }
  return a2 / b2;
}

/**
 * log(1 + x) − x for x > −1, accurate relative to the result everywhere, including x → 0 (where
 * it is ≈ −x²/2 and the plain difference keeps no digits). R's log1pmx (pgamma.c): for
 * −0.79 ≤ x ≤ 1 it is r (2y S(y) − x) with r = x/(2 + x), y = r², S(y) = Σ y^k/(2k + 3), a short
 * polynomial for |x| < 0.01 and a continued fraction otherwise; outside, log1p(x) − x does not
 * cancel. (Near x = −1, log1p(x) itself is only as good as x: callers with a better handle on
 * 1 + x should use it, as the gamma fit does.)
 */
export function log1pmx(x: number): number {
  if (x > 1 || x < -0.79149064) return Math.log1p(x) - x;
  const r = x / (2 + x);
  const y = r * r;
  if (Math.abs(x) < 1e-2) {
    return r * (((((2 / 9) * y + 2 / 7) * y + 2 / 5) * y + 2 / 3) * y - x);
  }
  return r * (2 * y * logcf(y, 3, 2, 1e-14) - x);
}

/**
 * Where the mixture E-steps switch their kernels to Loader's form (−bd0 terms) from the plain
 * x log λ − λ (Poisson) or h log θ + (n − h) log(1 − θ) (binomial). The plain terms, and the log x!
 * or log C(n, h) they are combined with, are each ~x log x and cancel, so a row's log-density
 * carries a rounding error growing with the count; measured against Loader's form at components
 * near the data, per row: Poisson 3.5e-13 of the row at x ≈ 1024, 2.1e-12 at 4096, 3e-10 at 1e6,
 * 6e-7 at 1e9; binomial 5e-13 at n ≈ 16384, 2.4e-12 at 1e5, 2.4e-8 at 1e9. Loader's form is exact
 * for every count but costs a logarithm (or a short series) per row and component: 1.45× (Poisson)
 * to 2.1× (binomial) the E-step time on such data. So each switches where the plain form's error
 * would pass ~1e-12 of a row; ordinary count data keep the plain, faster kernel and its speed.
 */
export const LOADER_POISSON_FROM = 2048;
export const LOADER_BINOMIAL_FROM = 32768;

/**
 * log P(X = x) for X ~ Poisson(λ): x ≥ 0 (a count; any real x ≥ 0 gives R's dpois_raw), λ ≥ 0.
 * Loader's form −½ log(2πx) − stirlerr(x) − bd0(x, λ), accurate to a few ulps for every x and λ
 * (R: dpois(x, λ, log = TRUE)), where x log λ − λ − log x! loses ~log10(x) digits. λ = 0 is the
 * point mass at 0. log 2πx is taken as log 2π + log x, so x near the top of the range does not
 * overflow. Cost: O(1) (a log or a short series in bd0).
 */
export function logPoissonPmf(x: number, lambda: number): number {
  if (!(x >= 0) || !(lambda >= 0)) return Number.NaN;
  if (lambda === 0) return x === 0 ? 0 : Number.NEGATIVE_INFINITY;
  if (x === 0) return -lambda;
  if (x === Number.POSITIVE_INFINITY || lambda === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  return -0.5 * (LOG_TWO_PI + Math.log(x)) - stirlerr(x) - bd0(x, lambda);
}

/**
 * log P(X = x) for X ~ Binomial(n, p), with q = 1 − p passed separately so that a q known more
 * precisely than 1 − p (e.g. failures / trials) keeps its digits. Loader's form (R's dbinom_raw):
 *   stirlerr(n) − stirlerr(x) − stirlerr(n − x) − bd0(x, np) − bd0(n − x, nq) − ½ log(2π x (n − x)/n),
 * with the end points x = 0 and x = n in closed form; R: dbinom(x, n, p, log = TRUE). Unlike
 * log C(n, x) + x log p + (n − x) log q it has no terms of size n log n to cancel, so it stays
 * accurate for n = 1e10 and beyond. Cost: O(1).
 */
export function logBinomialPmf(x: number, n: number, p: number, q: number = 1 - p): number {
  if (!(n >= 0) || !(p >= 0) || !(q >= 0)) return Number.NaN;
  if (x < 0 || x > n) return Number.NEGATIVE_INFINITY;
  if (p === 0) return x === 0 ? 0 : Number.NEGATIVE_INFINITY;
  if (q === 0) return x === n ? 0 : Number.NEGATIVE_INFINITY;
  if (x === 0) {
    if (n === 0) return 0;
    return p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q);
  }
  if (x === n) return q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p);
  const saddle = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  return saddle - 0.5 * (LOG_TWO_PI + Math.log(x) + Math.log1p(-x / n));
}

// ---------------------------------------------------------------------------------------------
// Sums that cannot overflow.
// ---------------------------------------------------------------------------------------------

/** x · 2^exponent for any integer exponent, in steps so that no intermediate power overflows. */
export function timesPowerOfTwo(x: number, exponent: number): number {
  let result = x;
  let remaining = exponent;
  while (remaining > 1000) {
    result *= 2 ** 1000;
    remaining -= 1000;
  }
  while (remaining < -1000) {
    result *= 2 ** -1000;
    remaining += 1000;
  }
  return result * 2 ** remaining;
}

/** A sum held as `sum · 2^exponent`; exponent is 0 whenever the plain sum is a normal double. */
export interface ScaledSum {
  sum: number;
  exponent: number;
}

/** Shift applied when a sum overflows: a value up to 2^1024 times a weight up to 2^53 stays below 2^949. */
const OVERFLOW_EXPONENT = 128;
/** Shift applied when a sum of tiny terms would leave the normal range (mean below ~2^−1013). */
const UNDERFLOW_EXPONENT = -1000;
const TINY_SUM = 2 ** -960;

/**
 * Σ wᵢ vᵢ (wᵢ = 1 without weights) for non-negative finite vᵢ and wᵢ, compensated, returned as
 * sum · 2^exponent. When the plain sum overflows, the terms are summed times 2^−128; when it is so
 * small that the mean could be subnormal, times 2^1000 (both exact scalings, up to terms that are
 * negligible next to the sum). So means, rates and proportions built from it keep full precision
 * for data anywhere in the double range: Σ [1e308, 1e308] comes back as { sum: 2e308 · 2^−128,
 * exponent: 128 }. A weight of 0 contributes nothing, even beside a huge value. Both exponents are
 * even, so a square root can take half of them. Only a product wᵢvᵢ beyond 2^1152 (a weight and a
 * value both near 1e308) still overflows: the sum is then +Infinity. Cost: O(n), twice when
 * rescaling.
 */
export function scaledSum(values: ArrayLike<number>, weights?: ArrayLike<number>): ScaledSum {
  const terms = (factor: number): Float64Array => {
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i += 1) {
      const weight = weights === undefined ? 1 : (weights[i] as number);
      out[i] = weight === 0 ? 0 : (values[i] as number) * factor * weight;
    }
    return out;
  };
  const plain = compensatedSum(terms(1));
  if (Number.isFinite(plain) && !(plain > 0 && plain < TINY_SUM)) return { sum: plain, exponent: 0 };
  const exponent = Number.isFinite(plain) ? UNDERFLOW_EXPONENT : OVERFLOW_EXPONENT;
  return { sum: compensatedSum(terms(2 ** -exponent)), exponent };
}
