/**
 * Special functions against R (test/fixtures/closed-form-r.json, `special` section, written by
 * test/fixtures/scripts/closed-form.R: lgamma, digamma, trigamma, lfactorial, lchoose, lbeta of
 * R 4.2.2), and near the zeros of log Γ and ψ, where R itself keeps only absolute accuracy,
 * against mpmath 1.3.0 at 40 digits (the Python call is quoted beside each value).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compensatedSum,
  digamma,
  logBeta,
  logChoose,
  logFactorial,
  logGamma,
  logSumExp,
  trigamma,
} from "../../lib/estimation/special";

interface SpecialCase {
  function: "logGamma" | "digamma" | "trigamma" | "logFactorial" | "logChoose" | "logBeta";
  args: number[];
  value: number;
  call: string;
}

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/closed-form-r.json", import.meta.url), "utf8"),
) as { special: SpecialCase[] };

const FUNCTIONS: Record<SpecialCase["function"], (...args: number[]) => number> = {
  logGamma: (x) => logGamma(x ?? Number.NaN),
  digamma: (x) => digamma(x ?? Number.NaN),
  trigamma: (x) => trigamma(x ?? Number.NaN),
  logFactorial: (n) => logFactorial(n ?? Number.NaN),
  logChoose: (n, k) => logChoose(n ?? Number.NaN, k ?? Number.NaN),
  logBeta: (a, b) => logBeta(a ?? Number.NaN, b ?? Number.NaN),
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
