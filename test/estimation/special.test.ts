/**
 * Special functions against R (test/fixtures/closed-form-r.json, `special` section, written by
 * test/fixtures/scripts/closed-form.R: lgamma, digamma, trigamma, lfactorial, lchoose, lbeta,
 * dpois(log = TRUE), dbinom(log = TRUE) of R 4.2.2), and near the zeros of log Γ and ψ, where R
 * itself keeps only absolute accuracy, against mpmath 1.3.0 at 40 digits (the Python call is quoted
 * beside each value). Loader's building blocks, which R does not export (stirlerr, bd0, log1pmx),
 * and the Poisson and binomial densities at counts near 1e308, where R's overflow, against mpmath
 * at 400 digits: test/fixtures/extreme-values-mpmath.json, written by
 * test/fixtures/scripts/extreme-values-mpmath.py (software and version recorded in the file).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  bd0,
  compensatedSum,
  digamma,
  log1pmx,
  logBeta,
  logBinomialPmf,
  logChoose,
  logFactorial,
  logGamma,
  logPoissonPmf,
  logSumExp,
  scaledSum,
  stirlerr,
  timesPowerOfTwo,
  trigamma,
} from "../../lib/estimation/special";
import extreme from "../fixtures/extreme-values-mpmath.json";

interface SpecialCase {
  function: "logGamma" | "digamma" | "trigamma" | "logFactorial" | "logChoose" | "logBeta" | "logPoissonPmf" | "logBinomialPmf";
  args: number[];
  value: number;
  call: string;
}

const fixture = JSON.parse(readFileSync(new URL("../fixtures/closed-form-r.json", import.meta.url), "utf8")) as { special: SpecialCase[] };

const FUNCTIONS: Record<SpecialCase["function"], (...args: number[]) => number> = {
  logGamma: (x) => logGamma(x ?? Number.NaN),
  digamma: (x) => digamma(x ?? Number.NaN),
  trigamma: (x) => trigamma(x ?? Number.NaN),
  logFactorial: (n) => logFactorial(n ?? Number.NaN),
  logChoose: (n, k) => logChoose(n ?? Number.NaN, k ?? Number.NaN),
  logBeta: (a, b) => logBeta(a ?? Number.NaN, b ?? Number.NaN),
  logPoissonPmf: (x, lambda) => logPoissonPmf(x ?? Number.NaN, lambda ?? Number.NaN),
  logBinomialPmf: (x, n, p) => logBinomialPmf(x ?? Number.NaN, n ?? Number.NaN, p ?? Number.NaN),
};

function expectRelative(actual: number, expected: number, tolerance: number, label: string): void {
  if (expected === 0) {
    expect(actual, label).toBe(0);
    return;
  }
  const relativeError = Math.abs(actual - expected) / Math.abs(expected);
  expect(relativeError, `${label}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe("special functions match R", () => {
  it("the fixture covers every function", () => {
    expect(new Set(fixture.special.map((c) => c.function))).toEqual(new Set(Object.keys(FUNCTIONS)));
  });

  for (const testCase of fixture.special) {
    it(testCase.call, () => {
      const compute = FUNCTIONS[testCase.function];
      expectRelative(compute(...testCase.args), testCase.value, 1e-13, testCase.call);
    });
  }
});

describe("near the zeros, where relative accuracy is hardest (mpmath, 40 digits)", () => {
  // [x, mp.loggamma(mp.mpf(x))]
  const logGammaNearZeros: [number, number][] = [
    [1.00000001, -5.772156531688512e-9],
    [1.0001, -5.771334222047127e-5],
    [0.9999, 5.7729791561193866e-5],
    [1.999999999, -4.227843697573328e-10],
    [1.9999, -4.227520877215346e-5],
    [2.0001, 4.2281658112919945e-5],
  ];
  for (const [x, expected] of logGammaNearZeros) {
    it(`logGamma(${x})`, () => expectRelative(logGamma(x), expected, 1e-13, `logGamma(${x})`));
  }

  // [x, mp.digamma(mp.mpf(x))]; the root of ψ is x₀ = 1.4616321449683622 + 9.5e-17.
  const digammaNearRoot: [number, number][] = [
    [1.46, -0.0015805619870834522],
    [1.47, 0.008066489011364869],
    [1.5, 0.03648997397857652],
    [1.75, 0.24747245354686118],
    [1.2, -0.2890398965921884],
  ];
  for (const [x, expected] of digammaNearRoot) {
    it(`digamma(${x})`, () => expectRelative(digamma(x), expected, 1e-13, `digamma(${x})`));
  }

  it("digamma at the double nearest its root is ≈ −9.24e-17 (mpmath)", () => {
    expect(Math.abs(digamma(1.4616321449683622) - -9.241265521729427e-17)).toBeLessThan(1e-30);
  });

  it("logGamma is exactly 0 at 1 and 2, and log n! for small n is exact to the last place", () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
    expect(logFactorial(3)).toBe(Math.log(6));
  });
});

describe("Loader's saddle-point pieces and densities at the edges of the range (mpmath, 400 digits)", () => {
  const LOADER: Record<string, (...args: number[]) => number> = {
    stirlerr: (x) => stirlerr(x ?? Number.NaN),
    bd0: (x, m) => bd0(x ?? Number.NaN, m ?? Number.NaN),
    log1pmx: (x) => log1pmx(x ?? Number.NaN),
    logPoissonPmf: (x, lambda) => logPoissonPmf(x ?? Number.NaN, lambda ?? Number.NaN),
    logBinomialPmf: (x, n, p) => logBinomialPmf(x ?? Number.NaN, n ?? Number.NaN, p ?? Number.NaN),
  };
  for (const testCase of extreme.special) {
    it(`${testCase.function}(${testCase.args.join(", ")}) = ${testCase.call}`, () => {
      const compute = LOADER[testCase.function];
      if (!compute) throw new Error(`no function ${testCase.function}`);
      // A few ulps: bd0 and the densities at 1e308 pass through one log of a ratio and a sum.
      expectRelative(compute(...testCase.args), testCase.value, 2e-15, `${testCase.function}(${testCase.args.join(", ")})`);
    });
  }

  it("the densities keep their limits: λ = 0 is a point mass, p = 0 and 1 are degenerate", () => {
    expect(logPoissonPmf(0, 0)).toBe(0);
    expect(logPoissonPmf(3, 0)).toBe(Number.NEGATIVE_INFINITY);
    expect(logPoissonPmf(0, 2.5)).toBe(-2.5);
    expect(logBinomialPmf(0, 7, 0)).toBe(0);
    expect(logBinomialPmf(7, 7, 1, 0)).toBe(0);
    expect(logBinomialPmf(3, 7, 0)).toBe(Number.NEGATIVE_INFINITY);
    expect(logBinomialPmf(0, 0, 0.3)).toBe(0);
    expect(logBinomialPmf(8, 7, 0.3)).toBe(Number.NEGATIVE_INFINITY);
    expect(bd0(0, 2.5)).toBe(2.5);
    expect(bd0(-1, 2)).toBeNaN();
    expect(bd0(1, 0)).toBeNaN();
    expect(stirlerr(0)).toBeNaN();
    expect(stirlerr(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe("scaled sums: no overflow, no subnormal rounding", () => {
  it("keeps Σ [1e308, 1e308] and Σ of subnormals exact as sum · 2^exponent", () => {
    const big = scaledSum([1e308, 1e308]);
    expect(big.exponent).toBe(128);
    expect(timesPowerOfTwo(big.sum, big.exponent - 1)).toBe(1e308);
    const tiny = scaledSum([5e-324, 1e-323, 1.5e-323]); // 1, 2 and 3 times 2^−1074
    expect(tiny.exponent).toBe(-1000);
    expect(tiny.sum).toBe(6 * 2 ** -74);
    expect(scaledSum([1, 2, 3])).toEqual({ sum: 6, exponent: 0 });
  });

  it("weights: a weight of 0 contributes nothing, even beside 1e308", () => {
    expect(scaledSum([3, 1e308, 1], [3, 0, 10])).toEqual({ sum: 19, exponent: 0 });
    const weighted = scaledSum([4, 7], [1e308, 1e308]);
    const weights = scaledSum([1e308, 1e308]);
    expect(timesPowerOfTwo(weighted.sum / weights.sum, weighted.exponent - weights.exponent)).toBe(5.5);
    const wide = scaledSum([1e308, 1.5e308]);
    expect(timesPowerOfTwo(wide.sum / 2, wide.exponent)).toBe(1.25e308);
  });

  it("timesPowerOfTwo reaches the whole range in steps", () => {
    expect(timesPowerOfTwo(1, -1074)).toBe(5e-324);
    expect(timesPowerOfTwo(2 ** -1074, 2097)).toBe(2 ** 1023);
    expect(timesPowerOfTwo(1.5, 1024)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("domain edges", () => {
  it("returns NaN outside the domain instead of a wrong number", () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
    expect(digamma(0)).toBeNaN();
    expect(trigamma(-2)).toBeNaN();
    expect(logFactorial(-1)).toBeNaN();
    expect(logFactorial(2.5)).toBeNaN();
    expect(logChoose(4.5, 2)).toBeNaN();
    expect(logBeta(0, 1)).toBeNaN();
  });

  it("logChoose is −Infinity when k is outside 0..n (a zero coefficient, as R's lchoose)", () => {
    expect(logChoose(5, 6)).toBe(Number.NEGATIVE_INFINITY);
    expect(logChoose(5, -1)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("infinite arguments", () => {
    expect(logGamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(digamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(trigamma(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe("logSumExp", () => {
  it("matches R's log(sum(exp(x))) where that does not overflow", () => {
    // R: sprintf("%.17g", log(sum(exp(c(1, 2, 3)))))
    expectRelative(logSumExp([1, 2, 3]), 3.4076059644443806, 1e-15, "logSumExp([1, 2, 3])");
    // R: sprintf("%.17g", log(sum(exp(c(-0.5, 0, 0.25, -3)))))
    expectRelative(logSumExp(Float64Array.of(-0.5, 0, 0.25, -3)), 1.0785262904473829, 1e-15, "typed array input");
  });

  it("does not overflow or underflow where exp would", () => {
    // log(2 e^1000) = 1000 + log 2; R: sprintf("%.17g", log(2)) = 0.69314718055994529
    expectRelative(logSumExp([1000, 1000]), 1000.6931471805599453, 1e-15, "logSumExp([1000, 1000])");
    expectRelative(logSumExp([-1000, -1000]), -999.30685281944005, 1e-15, "logSumExp([-1000, -1000])");
  });

  it("handles −Infinity, +Infinity, NaN and empty input", () => {
    expect(logSumExp([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([Number.NEGATIVE_INFINITY, 0])).toBe(0);
    expect(logSumExp([Number.POSITIVE_INFINITY, 1])).toBe(Number.POSITIVE_INFINITY);
    expect(logSumExp([0, Number.NaN])).toBeNaN();
  });
});

describe("compensatedSum", () => {
  it("keeps the digits a naive sum loses", () => {
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum(new Array<number>(10).fill(0.1))).toBe(1);
    expect(compensatedSum([])).toBe(0);
  });
});
