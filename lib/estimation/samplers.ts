/**
 * Seeded samplers on top of `createRng`: for one seed they give the same data on every machine,
 * so a question variant (seed N) shows every learner the same numbers and the estimation library
 * computes the truth on exactly those numbers.
 *
 * Why the same on every machine: the uniform stream is 32-bit integer arithmetic (see random.ts),
 * each sampler consumes a fixed, documented number of uniforms per attempt, and the only
 * floating-point functions used are `Math.sqrt` and `Math.floor` (exact or correctly rounded by
 * IEEE 754) and `Math.log`, `Math.exp`, `Math.log1p`. ECMAScript does not require the last three
 * to be correctly rounded, but Node's V8 uses the same fdlibm port on every platform, so the
 * server, where variants are drawn, gives bit-identical data everywhere; another engine could at
 * worst differ in the last bit of a normal draw. No trigonometry (Marsaglia's polar method, not
 * Box–Muller's cos/sin), no state hidden between calls: every sampler is a pure function of the
 * generator's state.
 *
 * The recorded sequences in test/estimation/samplers.test.ts are regression tests of that
 * stability: changing an algorithm here changes every seeded question in the bank.
 *
 * References: Marsaglia & Bray (1964), "A convenient method for generating normal variables",
 * SIAM Review 6, 260–264 (polar method); Hörmann (1993), "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, 39–45 (PTRS);
 * Hörmann (1993), "The generation of binomial random variates", J. Statist. Comput. Simul. 46,
 * 101–110 (BTRS); Devroye (1986), Non-Uniform Random Variate Generation, ch. X (inversion).
 */
import type { Rng } from "./random";
import { logFactorial } from "./special";

function requireFinite(value: number, what: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`${what} must be a finite number, got ${String(value)}`);
  }
}

function requireProbability(p: number, what: string): void {
  requireFinite(p, what);
  if (p < 0 || p > 1) throw new RangeError(`${what} must be between 0 and 1, got ${p}`);
}

/**
 * Uniform on [a, b): one uniform draw, a + (b − a) u.
 *
 * @example
 * uniform(createRng(1), 2, 5); // 2.789684665389359
 */
export function uniform(rng: Rng, a = 0, b = 1): number {
  requireFinite(a, "uniform: a");
  requireFinite(b, "uniform: b");
  if (!(b >= a)) throw new RangeError(`uniform: b must be ≥ a, got a = ${a}, b = ${b}`);
  return a + (b - a) * rng.next();
}

/**
 * Normal(mean, sd²) by Marsaglia's polar method: draw (v₁, v₂) uniform on the square [−1, 1)²
 * until s = v₁² + v₂² is in (0, 1), then return mean + sd · v₁ √(−2 log s / s). The method makes
 * two independent normals per accepted pair; the second is discarded so that the sampler keeps
 * no state between calls (an average of 8/π ≈ 2.55 uniforms per normal).
 *
 * @example
 * normal(createRng(1), 10, 2); // 7.021461475548536
 */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  requireFinite(mean, "normal: mean");
  requireFinite(sd, "normal: sd");
  if (sd < 0) throw new RangeError(`normal: sd must be ≥ 0, got ${sd}`);
  for (;;) {
    const v1 = 2 * rng.next() - 1;
    const v2 = 2 * rng.next() - 1;
    const s = v1 * v1 + v2 * v2;
    if (s > 0 && s < 1) return mean + sd * v1 * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Below this mean, Poisson draws use inversion (expected cost 1 + λ steps); at or above it, PTRS. */
const POISSON_INVERSION_LIMIT = 10;

/**
 * Poisson(λ) counts.
 * - λ < 10: inversion by sequential search, one uniform per draw: the smallest k with
 *   F(k) ≥ u, using P(k + 1) = P(k) λ / (k + 1) from P(0) = e^{−λ}. Cost O(1 + λ).
 * - λ ≥ 10: Hörmann's transformed rejection with squeeze (PTRS), two uniforms per attempt,
 *   acceptance ≈ 0.9 or better; cost O(1) in λ. The constants are those of the paper (also
 *   numpy's legacy `random_poisson_ptrs`).
 *
 * @example
 * poisson(createRng(7), 3.5); // 8 (the same on every machine)
 */
export function poisson(rng: Rng, lambda: number): number {
  requireFinite(lambda, "poisson: lambda");
  if (lambda < 0) throw new RangeError(`poisson: lambda must be ≥ 0, got ${lambda}`);
  if (lambda === 0) return 0;
  if (lambda < POISSON_INVERSION_LIMIT) return poissonInversion(rng, lambda);
  return poissonPtrs(rng, lambda);
}

function poissonInversion(rng: Rng, lambda: number): number {
  const u = rng.next();
  let k = 0;
  let probability = Math.exp(-lambda);
  let cumulative = probability;
  // The probability term becomes 0 long before k could run away; the cumulative sum reaches
  // 1 − 1e-15 or so, above any u (at most 1 − 2^−32).
  while (u > cumulative && probability > 0) {
    k += 1;
    probability *= lambda / k;
    cumulative += probability;
  }
  return k;
}

function poissonPtrs(rng: Rng, lambda: number): number {
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const acceptBelow = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= acceptBelow) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const logLeft = Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b);
    const logRight = -lambda + k * logLambda - logFactorial(k);
    if (logLeft <= logRight) return k;
  }
}

/** Below this value of n · min(p, 1 − p), binomial draws use inversion; at or above it, BTRS. */
const BINOMIAL_INVERSION_LIMIT = 10;

/**
 * Binomial(n, p) counts. By symmetry the work is done with p' = min(p, 1 − p) and the result
 * reflected (n − k) when p > ½.
 * - n p' < 10: inversion by sequential search, one uniform per draw, from P(0) = (1 − p')ⁿ
 *   (computed as exp(n log1p(−p')), which cannot underflow here since n p' < 10). Cost O(1 + n p').
 * - n p' ≥ 10: Hörmann's BTRS (transformed rejection with squeeze), two uniforms per attempt,
 *   with the exact log-ratio test log f(k) − log f(m) against the mode m. Cost O(1) in n.
 *
 * @example
 * binomial(createRng(7), 10, 0.3); // 6
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial: n must be a whole number ≥ 0, got ${n}`);
  requireProbability(p, "binomial: p");
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  const reflected = p > 0.5;
  const q = reflected ? 1 - p : p;
  const k = n * q < BINOMIAL_INVERSION_LIMIT ? binomialInversion(rng, n, q) : binomialBtrs(rng, n, q);
  return reflected ? n - k : k;
}

function binomialInversion(rng: Rng, n: number, p: number): number {
  const u = rng.next();
  const oddsRatio = p / (1 - p);
  let k = 0;
  let probability = Math.exp(n * Math.log1p(-p));
  let cumulative = probability;
  while (u > cumulative && k < n && probability > 0) {
    probability *= ((n - k) / (k + 1)) * oddsRatio;
    k += 1;
    cumulative += probability;
  }
  return k;
}

function binomialBtrs(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const acceptBelow = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((n + 1) * p);
  const logModeTerm = logFactorial(mode) + logFactorial(n - mode);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= acceptBelow) return k;
    const logLeft = Math.log((v * alpha) / (a / (us * us) + b));
    const logRight = logModeTerm - logFactorial(k) - logFactorial(n - k) + (k - mode) * logOdds;
    if (logLeft <= logRight) return k;
  }
}

/**
 * Bernoulli(p): 1 when u < p, one uniform per draw.
 *
 * @example
 * bernoulli(createRng(3), 0.5); // 0
 */
export function bernoulli(rng: Rng, p: number): 0 | 1 {
  requireProbability(p, "bernoulli: p");
  return rng.next() < p ? 1 : 0;
}

/**
 * An index drawn with probability proportional to `probabilities[i]` (they need not sum to 1,
 * but must be ≥ 0 with a positive sum): inversion on the running sum, one uniform per draw.
 * An index with probability 0 is never returned.
 *
 * @example
 * categorical(createRng(3), [0.2, 0.5, 0.3]); // 1
 */
export function categorical(rng: Rng, probabilities: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < probabilities.length; i += 1) {
    const probability = probabilities[i] as number;
    requireFinite(probability, `categorical: probabilities[${i}]`);
    if (probability < 0) throw new RangeError(`categorical: probabilities[${i}] must be ≥ 0, got ${probability}`);
    total += probability;
  }
  if (!(total > 0)) throw new RangeError("categorical: the probabilities must have a positive sum");
  const target = rng.next() * total;
  let cumulative = 0;
  let last = -1;
  for (let i = 0; i < probabilities.length; i += 1) {
    const probability = probabilities[i] as number;
    if (probability === 0) continue;
    cumulative += probability;
    last = i;
    if (target < cumulative) return i;
  }
  // Rounding can leave the running sum a hair below `target`: the last positive entry owns that sliver.
  return last;
}

/** Draws from one component; `component` is the 0-based index chosen by the mixing weights. */
export type ComponentSampler = (rng: Rng, component: number) => number;

export interface MixtureSample {
  /** The observations, in draw order. */
  values: number[];
  /** The component (0-based) each observation came from: the labels EM does not see. */
  labels: number[];
}

/**
 * n draws from a finite mixture: for each observation, first its component (categorical on
 * `weights`, one uniform), then the value from that component. Cost O(n (K + c)), c the cost of one
 * component draw.
 *
 * @example
 * sampleMixture(createRng(1), 3, [0.5, 0.5], (rng, k) => poisson(rng, k === 0 ? 1 : 8));
 * // { values: [1, 6, 9], labels: [0, 1, 1] }
 */
export function sampleMixture(rng: Rng, n: number, weights: readonly number[], sampleComponent: ComponentSampler): MixtureSample {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`sampleMixture: n must be a whole number ≥ 0, got ${n}`);
  const values: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const component = categorical(rng, weights);
    labels.push(component);
    values.push(sampleComponent(rng, component));
  }
  return { values, labels };
}

export interface GaussianMixtureSpec {
  weights: readonly number[];
  means: readonly number[];
  /** Variances (not standard deviations), as in the `gmm` model's params. */
  variances: readonly number[];
}

/**
 * n draws from a 1-D Gaussian mixture Σ w_k N(μ_k, σ²_k).
 *
 * @example
 * sampleGaussianMixture(createRng(5), 4, { weights: [0.3, 0.7], means: [0, 5], variances: [1, 1] });
 * // { values: [5.368268050774199, -0.4348264600131106, 6.767251468248099, 4.205159229953494],
 * //   labels: [1, 0, 1, 1] }
 */
export function sampleGaussianMixture(rng: Rng, n: number, spec: GaussianMixtureSpec): MixtureSample {
  const { weights, means, variances } = spec;
  if (means.length !== weights.length || variances.length !== weights.length) {
    throw new RangeError("sampleGaussianMixture: weights, means and variances must have the same length");
  }
  for (let k = 0; k < variances.length; k += 1) {
    const variance = variances[k] as number;
    requireFinite(variance, `sampleGaussianMixture: variances[${k}]`);
    if (variance < 0) throw new RangeError(`sampleGaussianMixture: variances[${k}] must be ≥ 0, got ${variance}`);
  }
  return sampleMixture(rng, n, weights, (generator, k) => normal(generator, means[k] as number, Math.sqrt(variances[k] as number)));
}

export interface PoissonMixtureSpec {
  weights: readonly number[];
  lambdas: readonly number[];
}

/**
 * n draws from a Poisson mixture Σ w_k Poisson(λ_k).
 *
 * @example
 * samplePoissonMixture(createRng(5), 4, { weights: [0.4, 0.6], lambdas: [1, 6] });
 * // { values: [6, 3, 0, 7], labels: [1, 1, 0, 1] }
 */
export function samplePoissonMixture(rng: Rng, n: number, spec: PoissonMixtureSpec): MixtureSample {
  const { weights, lambdas } = spec;
  if (lambdas.length !== weights.length) {
    throw new RangeError("samplePoissonMixture: weights and lambdas must have the same length");
  }
  return sampleMixture(rng, n, weights, (generator, k) => poisson(generator, lambdas[k] as number));
}

/**
 * x rounded to `digits` decimals (0–15), half away from zero on the exact binary value, by
 * `Number.prototype.toFixed`, whose result ECMAScript specifies digit for digit (so the same on
 * every engine). Note that 1.005 is stored as 1.00499999999999989…, so it rounds to 1 at 2 digits.
 * Never returns −0.
 *
 * @example
 * roundTo(3.14159, 2); // 3.14
 * roundTo(-2.5, 0); // -3
 */
export function roundTo(x: number, digits: number): number {
  requireFinite(x, "roundTo: x");
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
    throw new RangeError(`roundTo: digits must be a whole number from 0 to 15, got ${digits}`);
  }
  // toFixed switches to exponent notation at 1e21; such numbers have no decimals to round.
  if (Math.abs(x) >= 1e21) return x;
  const rounded = Number(x.toFixed(digits));
  return rounded === 0 ? 0 : rounded;
}

/**
 * Every value rounded with `roundTo`, for hand-workable data.
 *
 * @example
 * roundAll([1.234, 5.678], 1); // [1.2, 5.7]
 */
export function roundAll(values: readonly number[], digits: number): number[] {
  return values.map((value) => roundTo(value, digits));
}
