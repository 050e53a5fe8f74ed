/**
 * Seeded samplers (lib/estimation/samplers.ts).
 *
 * Three kinds of checks:
 * 1. Stability regression tests: the sequences recorded below were produced by this code when it
 *    was written. They are not correctness checks; they fail when an algorithm, the order in which
 *    uniforms are consumed, or the generator changes — which would silently change the data of
 *    every seeded question variant, so such a change must be deliberate (update the recordings).
 * 2. The documented algorithms re-derived here from the raw uniform stream (uniform, polar normal,
 *    Bernoulli, categorical inversion), independently of the sampler code.
 * 3. Distribution sanity: over 100 000 draws (fixed seeds, so no flakiness), the sample mean and
 *    variance are within 5 standard errors of the true moments, and chi-square goodness-of-fit
 *    statistics against the exact pmf stay below df + 5·√(2 df).
 */
import { describe, expect, it } from "vitest";
import { createRng, type Rng } from "../../lib/estimation/random";
import {
  bernoulli,
  binomial,
  categorical,
  normal,
  poisson,
  roundAll,
  roundTo,
  sampleGaussianMixture,
  sampleMixture,
  samplePoissonMixture,
  uniform,
} from "../../lib/estimation/samplers";
import { logChoose } from "../../lib/estimation/special";

const SEED = 2024;
const DRAWS = 100_000;

function draws(count: number, sampler: (rng: Rng) => number, seed = SEED): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => sampler(rng));
}

function moments(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
  const variance = values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

/**
 * Mean within 5 SE (σ/√N) and variance within 5 SE (√((μ₄ − σ⁴)/N)) of the truth.
 */
function expectMoments(values: readonly number[], mean: number, variance: number, fourthCentral: number): void {
  const n = values.length;
  const sample = moments(values);
  expect(Math.abs(sample.mean - mean)).toBeLessThanOrEqual(5 * Math.sqrt(variance / n));
  expect(Math.abs(sample.variance - variance)).toBeLessThanOrEqual(5 * Math.sqrt((fourthCentral - variance ** 2) / n));
}

/** Pearson chi-square over the cells with expected count ≥ 20 (the rest pooled into one cell). */
function expectGoodFit(values: readonly number[], pmf: (k: number) => number, support: number): void {
  const n = values.length;
  const observed = new Map<number, number>();
  for (const value of values) observed.set(value, (observed.get(value) ?? 0) + 1);
  let statistic = 0;
  let cells = 0;
  let pooledObserved = 0;
  let pooledExpected = 0;
  for (let k = 0; k <= support; k += 1) {
    const expected = n * pmf(k);
    const count = observed.get(k) ?? 0;
    if (expected < 20) {
      pooledObserved += count;
      pooledExpected += expected;
      continue;
    }
    statistic += (count - expected) ** 2 / expected;
    cells += 1;
  }
  // Whatever falls outside 0..support joins the pooled cell.
  for (const [k, count] of observed) if (k < 0 || k > support) pooledObserved += count;
  pooledExpected += Math.max(0, n - [...Array(support + 1).keys()].reduce((sum, k) => sum + n * pmf(k), 0));
  if (pooledExpected > 0) {
    statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
    cells += 1;
  }
  const degreesOfFreedom = cells - 1;
  expect(statistic).toBeLessThan(degreesOfFreedom + 5 * Math.sqrt(2 * degreesOfFreedom));
}

function poissonPmf(lambda: number): (k: number) => number {
  // λ^k e^{−λ} / k! through logs, so λ = 500 neither overflows nor underflows.
  return (k) => {
    let logFactorial = 0;
    for (let i = 2; i <= k; i += 1) logFactorial += Math.log(i);
    return Math.exp(k * Math.log(lambda) - lambda - logFactorial);
  };
}

function binomialPmf(n: number, p: number): (k: number) => number {
  return (k) => Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

describe("samplers: recorded sequences (stability regression tests, not correctness checks)", () => {
  it("uniform, normal", () => {
    expect(draws(8, (rng) => uniform(rng, -1, 3))).toEqual([
      1.3828754052519798, 0.7307430049404502, 2.4836827432736754, -0.1479074340313673, 1.5373007897287607, 0.7584165735170245,
      2.232976763509214, 2.3283836655318737,
    ]);
    expect(draws(8, (rng) => normal(rng, 0, 1))).toEqual([
      1.9715056262835378, 0.4003569795033671, 2.016668492996006, 0.4269941841096282, 0.4740344478419372, 0.5520962868953836,
      0.029655599087140227, 0.8897519045322297,
    ]);
  });

  it("poisson (inversion and PTRS), binomial (inversion, BTRS, reflected)", () => {
    expect(draws(12, (rng) => poisson(rng, 2.5))).toEqual([3, 2, 4, 1, 3, 2, 4, 4, 0, 0, 3, 1]);
    expect(draws(12, (rng) => poisson(rng, 40))).toEqual([42, 48, 42, 46, 25, 43, 50, 40, 49, 38, 36, 38]);
    expect(draws(12, (rng) => binomial(rng, 10, 0.3))).toEqual([3, 3, 5, 2, 3, 3, 4, 4, 1, 0, 4, 2]);
    expect(draws(12, (rng) => binomial(rng, 200, 0.35))).toEqual([72, 79, 73, 54, 73, 80, 79, 68, 66, 68, 73, 65]);
    expect(draws(12, (rng) => binomial(rng, 20, 0.9))).toEqual([18, 18, 16, 19, 18, 18, 17, 17, 20, 20, 18, 19]);
  });

  it("bernoulli, categorical, mixtures", () => {
    expect(draws(16, (rng) => bernoulli(rng, 0.3))).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1]);
    expect(draws(16, (rng) => categorical(rng, [0.2, 0.5, 0.3]))).toEqual([1, 1, 2, 1, 1, 1, 2, 2, 0, 0, 1, 0, 0, 2, 2, 1]);
    expect(sampleGaussianMixture(createRng(SEED), 6, { weights: [0.3, 0.7], means: [0, 5], variances: [1, 4] })).toEqual({
      values: [4.620426693309141, 2.016668492996006, 4.134165763074315, 6.104192573790767, 1.7151573780681728, -0.7481885805310664],
      labels: [1, 0, 1, 1, 1, 0],
    });
    expect(samplePoissonMixture(createRng(SEED), 8, { weights: [0.4, 0.6], lambdas: [1, 6] })).toEqual({
      values: [5, 4, 5, 8, 0, 4, 3, 5],
      labels: [1, 1, 1, 1, 0, 1, 0, 1],
    });
  });

  it("the same seed gives the same stream, another seed another one", () => {
    const sampler = (rng: Rng) => poisson(rng, 12) + normal(rng) + binomial(rng, 30, 0.4);
    expect(draws(50, sampler, 5)).toEqual(draws(50, sampler, 5));
    expect(draws(50, sampler, 5)).not.toEqual(draws(50, sampler, 6));
  });
});

describe("samplers: the documented algorithms, re-derived from the uniform stream", () => {
  it("uniform(a, b) = a + (b − a) u", () => {
    const raw = createRng(9);
    const expected = Array.from({ length: 20 }, () => 2 + 3 * raw.next());
    expect(draws(20, (rng) => uniform(rng, 2, 5), 9)).toEqual(expected);
  });

  it("normal: Marsaglia's polar method, first coordinate kept, second discarded", () => {
    const raw = createRng(10);
    const expected = Array.from({ length: 200 }, () => {
      for (;;) {
        const a = 2 * raw.next() - 1;
        const b = 2 * raw.next() - 1;
        const s = a * a + b * b;
        if (s > 0 && s < 1) return 3 + 2 * a * Math.sqrt((-2 * Math.log(s)) / s);
      }
    });
    expect(draws(200, (rng) => normal(rng, 3, 2), 10)).toEqual(expected);
  });

  it("bernoulli is u < p; categorical is inversion of the running sum", () => {
    const raw = createRng(11);
    const uniforms = Array.from({ length: 100 }, () => raw.next());
    expect(draws(100, (rng) => bernoulli(rng, 0.37), 11)).toEqual(uniforms.map((u) => (u < 0.37 ? 1 : 0)));
    expect(draws(100, (rng) => categorical(rng, [1, 0, 3]), 11)).toEqual(uniforms.map((u) => (u * 4 < 1 ? 0 : 2)));
  });

  it("poisson with small λ is inversion: the smallest k with F(k) ≥ u", () => {
    const raw = createRng(12);
    const lambda = 3.2;
    const expected = Array.from({ length: 200 }, () => {
      const u = raw.next();
      let k = 0;
      let cumulative = poissonPmf(lambda)(0);
      while (cumulative < u) {
        k += 1;
        cumulative += poissonPmf(lambda)(k);
      }
      return k;
    });
    const got = draws(200, (rng) => poisson(rng, lambda), 12);
    // The two running sums differ in rounding only (~1e-16); no u of this stream falls that close to a step of F.
    expect(got).toEqual(expected);
  });
});

describe("samplers: distribution sanity over 100 000 draws", () => {
  it("uniform(−1, 3)", () => {
    const width = 4;
    expectMoments(
      draws(DRAWS, (rng) => uniform(rng, -1, 3)),
      1,
      width ** 2 / 12,
      width ** 4 / 80,
    );
  });

  it.each([
    [0, 1],
    [10, 2],
    [-3, 0.5],
  ])("normal(%d, %d)", (mean, sd) => {
    expectMoments(
      draws(DRAWS, (rng) => normal(rng, mean, sd)),
      mean,
      sd ** 2,
      3 * sd ** 4,
    );
  });

  it.each([0.7, 4, 9.99, 10, 37.5, 500])("poisson(%d)", (lambda) => {
    const values = draws(DRAWS, (rng) => poisson(rng, lambda));
    expectMoments(values, lambda, lambda, lambda * (1 + 3 * lambda));
    expectGoodFit(values, poissonPmf(lambda), Math.ceil(lambda + 12 * Math.sqrt(lambda) + 10));
  });

  it.each([
    [10, 0.3],
    [50, 0.1],
    [100, 0.5],
    [1000, 0.02],
    [400, 0.85],
    [25, 0.97],
  ])("binomial(%d, %d)", (n, p) => {
    const values = draws(DRAWS, (rng) => binomial(rng, n, p));
    const q = 1 - p;
    expectMoments(values, n * p, n * p * q, n * p * q * (1 + 3 * (n - 2) * p * q));
    expectGoodFit(values, binomialPmf(n, p), n);
  });

  it("bernoulli(0.3) and categorical([0.2, 0.5, 0.3])", () => {
    const p = 0.3;
    expectMoments(
      draws(DRAWS, (rng) => bernoulli(rng, p)),
      p,
      p * (1 - p),
      p * (1 - p) * (1 - 3 * p * (1 - p)),
    );
    const counts = [0, 0, 0];
    for (const k of draws(DRAWS, (rng) => categorical(rng, [0.2, 0.5, 0.3]))) counts[k] = (counts[k] as number) + 1;
    [0.2, 0.5, 0.3].forEach((probability, k) => {
      const se = Math.sqrt((probability * (1 - probability)) / DRAWS);
      expect(Math.abs((counts[k] as number) / DRAWS - probability)).toBeLessThanOrEqual(5 * se);
    });
  });

  it("mixtures: labels follow the weights, values follow their component", () => {
    const { values, labels } = samplePoissonMixture(createRng(3), DRAWS, { weights: [0.25, 0.75], lambdas: [2, 9] });
    const share = labels.filter((label) => label === 0).length / DRAWS;
    expect(Math.abs(share - 0.25)).toBeLessThanOrEqual(5 * Math.sqrt((0.25 * 0.75) / DRAWS));
    const first = values.filter((_, i) => labels[i] === 0);
    expectMoments(first, 2, 2, 2 * (1 + 3 * 2));
    const gaussian = sampleGaussianMixture(createRng(4), DRAWS, { weights: [0.5, 0.5], means: [-2, 3], variances: [1, 0.25] });
    const second = gaussian.values.filter((_, i) => gaussian.labels[i] === 1);
    expectMoments(second, 3, 0.25, 3 * 0.25 ** 2);
    const custom = sampleMixture(createRng(5), 10, [0, 1], (_rng, k) => k * 100);
    expect(custom.values).toEqual(new Array(10).fill(100));
  });
});

describe("roundTo / roundAll", () => {
  it("rounds half away from zero on the exact binary value", () => {
    expect(roundTo(3.14159, 2)).toBe(3.14);
    expect(roundTo(0.125, 2)).toBe(0.13); // 0.125 is exact: a true tie, away from zero
    expect(roundTo(-0.125, 2)).toBe(-0.13);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.005, 2)).toBe(1); // stored as 1.00499999999999989...
    expect(roundTo(2.675, 2)).toBe(2.67); // stored as 2.67499999999999982...
    expect(roundTo(1234.5678, 0)).toBe(1235);
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true); // never −0
    expect(roundTo(1e22, 2)).toBe(1e22);
    expect(roundAll([1.234, 5.678, -0.05], 1)).toEqual([1.2, 5.7, -0.1]);
  });

  it("refuses digits outside 0..15 and non-finite values", () => {
    expect(() => roundTo(1.5, -1)).toThrow(/digits must be a whole number from 0 to 15/);
    expect(() => roundTo(1.5, 16)).toThrow(/digits must be a whole number from 0 to 15/);
    expect(() => roundTo(Number.NaN, 2)).toThrow(/x must be a finite number/);
  });
});

describe("samplers: bad parameters", () => {
  const rng = createRng(1);
  it.each([
    ["poisson λ < 0", () => poisson(rng, -1), /lambda must be ≥ 0/],
    ["poisson λ NaN", () => poisson(rng, Number.NaN), /lambda must be a finite number/],
    ["binomial p > 1", () => binomial(rng, 10, 1.5), /p must be between 0 and 1/],
    ["binomial n fractional", () => binomial(rng, 2.5, 0.5), /n must be a whole number ≥ 0/],
    ["bernoulli p < 0", () => bernoulli(rng, -0.1), /p must be between 0 and 1/],
    ["normal sd < 0", () => normal(rng, 0, -1), /sd must be ≥ 0/],
    ["uniform b < a", () => uniform(rng, 2, 1), /b must be ≥ a/],
    ["categorical all zero", () => categorical(rng, [0, 0]), /positive sum/],
    ["categorical negative", () => categorical(rng, [0.5, -0.5]), /probabilities\[1\] must be ≥ 0/],
    ["mixture lengths", () => samplePoissonMixture(rng, 3, { weights: [1], lambdas: [1, 2] }), /same length/],
  ])("%s", (_name, fn, message) => {
    expect(fn).toThrow(message);
  });

  it("degenerate parameters give the obvious values", () => {
    expect(poisson(rng, 0)).toBe(0);
    expect(binomial(rng, 7, 0)).toBe(0);
    expect(binomial(rng, 7, 1)).toBe(7);
    expect(binomial(rng, 0, 0.4)).toBe(0);
    expect(normal(rng, 4, 0)).toBe(4);
  });
});
