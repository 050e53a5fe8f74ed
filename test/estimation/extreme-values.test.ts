/**
 * Data at the edges of the double range, through the typed fit functions: wide-range gamma and
 * Weibull samples, large binomial trials, large Poisson counts, sums that overflow, a regression
 * column of size 1e200, mixtures at counts near 1e9, and the inputs whose MLE itself is beyond the
 * double range (a typed error that names what overflowed, never NaN, Infinity or null).
 *
 * References: test/fixtures/extreme-values-r.json (R 4.2.2 / MASS 7.3.58.2; uniroot on the profile
 * equations, dbinom, dpois, dexp, dgeom, dgamma, lm; written by
 * test/fixtures/scripts/extreme-values.R, each number beside its call) and, where R's own doubles
 * overflow or cancel, test/fixtures/extreme-values-mpmath.json (mpmath at 400 digits; written by
 * test/fixtures/scripts/extreme-values-mpmath.py, software and version recorded in the file).
 */
import { describe, expect, it } from "vitest";
import { fitBernoulli } from "../../lib/estimation/models/bernoulli";
import { fitBinomial } from "../../lib/estimation/models/binomial";
import { fitBinomialMixture } from "../../lib/estimation/models/binomial-mixture";
import { fitCategorical } from "../../lib/estimation/models/categorical";
import { fitExponential } from "../../lib/estimation/models/exponential";
import { fitGamma, gammaLogLikelihood } from "../../lib/estimation/models/gamma";
import { fitGeometric } from "../../lib/estimation/models/geometric";
import { fitLinear } from "../../lib/estimation/models/linear";
import { fitNormal } from "../../lib/estimation/models/normal";
import { fitPoisson } from "../../lib/estimation/models/poisson";
import { fitPoissonMixture } from "../../lib/estimation/models/poisson-mixture";
import { fitWeibull } from "../../lib/estimation/models/weibull";
import { fitZip } from "../../lib/estimation/models/zip";
import type { FitResult } from "../../lib/estimation/types";
import mpmath from "../fixtures/extreme-values-mpmath.json";
import r from "../fixtures/extreme-values-r.json";
import { caught, expectRelative } from "./fixture-helpers";

interface Recorded {
  value: number | number[] | null;
  call: string;
}

interface ClosedFormCase {
  id: string;
  model: string;
  data: unknown;
  params: Record<string, Recorded | number | number[]>;
  logLikelihood: Recorded;
  standardErrors: Record<string, Recorded | number | number[]>;
}

/** The typed fit functions, by model name (their data as the fixtures give it). */
const FITS: Record<string, (data: never) => FitResult<object>> = {
  bernoulli: (data: { ones: number; zeros: number }) =>
    fitBernoulli([...new Array<number>(data.ones).fill(1), ...new Array<number>(data.zeros).fill(0)]),
  binomial: (data: { successes: number[]; trials: number[] }) => fitBinomial(data),
  categorical: (data: { counts: number[] }) => fitCategorical(data),
  exponential: (data: number[]) => fitExponential(data),
  geometric: (data: number[]) => fitGeometric(data),
  linear: (data: { X: number[][]; y: number[] }) => fitLinear(data.X, data.y),
  poisson: (data: number[] | { values: number[]; frequencies: number[] }) => fitPoisson(data),
};

/** Relative tolerance per model: linear's RSS (and so σ̂², ℓ) cancels in R's QR as in ours. */
const TOLERANCE: Record<string, number> = { linear: 1e-12 };
const DEFAULT_TOLERANCE = 1e-13;

/** Every number in a result is finite: a fit either succeeds with real numbers or throws. */
function expectAllFinite(value: unknown, path: string): void {
  if (typeof value === "number") {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    value.forEach((entry, i) => expectAllFinite(entry, `${path}[${i}]`));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, entry] of Object.entries(value)) expectAllFinite(entry, `${path}.${key}`);
  }
}

function valueOf(recorded: Recorded | number | number[]): number | number[] {
  const value = typeof recorded === "object" && !Array.isArray(recorded) ? recorded.value : recorded;
  if (value === null) throw new Error("a null reference belongs to the error tests");
  return value;
}

function expectCloseTo(actual: unknown, expected: number | number[], tolerance: number, label: string): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${label} is an array`).toBe(true);
    expected.forEach((value, i) => expectCloseTo((actual as number[])[i], value, tolerance, `${label}[${i}]`));
    return;
  }
  if (expected === 0) {
    expect(actual, label).toBe(0);
    return;
  }
  expectRelative(actual as number, expected, tolerance, label);
}

function checkClosedForm(testCase: ClosedFormCase, source: string): void {
  const fit = FITS[testCase.model];
  if (!fit) throw new Error(`no fit function for ${testCase.model}`);
  const result = fit(testCase.data as never);
  const tolerance = TOLERANCE[testCase.model] ?? DEFAULT_TOLERANCE;
  const params = result.params as Record<string, unknown>;
  for (const [name, recorded] of Object.entries(testCase.params)) {
    expectCloseTo(params[name], valueOf(recorded), tolerance, `${testCase.id} params.${name} (${source})`);
  }
  expectCloseTo(
    result.logLikelihood,
    valueOf(testCase.logLikelihood),
    tolerance,
    `${testCase.id} logLikelihood (${source}: ${testCase.logLikelihood.call})`,
  );
  const errors = result.standardErrors as Record<string, unknown>;
  for (const [name, recorded] of Object.entries(testCase.standardErrors)) {
    expectCloseTo(errors[name], valueOf(recorded), tolerance, `${testCase.id} standardErrors.${name} (${source})`);
  }
  expectAllFinite(result, testCase.id);
}

describe("gamma over the whole double range (R's uniroot on the profile equation; mpmath)", () => {
  for (const c of r.gamma) {
    it(`${c.id}: x = [${c.x.join(", ")}] matches R's ${c.shape.call.slice(0, 50)}…`, () => {
      const fit = fitGamma(c.x);
      expect(fit.converged).toBe(true);
      expectRelative(fit.params.shape, c.shape.value as number, 1e-12, "shape");
      expectRelative(fit.params.rate, c.rate.value as number, 1e-12, "rate");
      // R's dgamma underflows (−Inf) for the widest samples; mpmath covers those below.
      if (c.log_likelihood.value !== null) {
        expectRelative(fit.logLikelihood, c.log_likelihood.value, 1e-12, `logLik (${c.log_likelihood.call})`);
      }
      expectAllFinite(fit, c.id);
    });
  }

  for (const c of mpmath.gamma) {
    if (c.rate.value === null) continue;
    it(`${c.id}: x = [${c.x.join(", ")}] matches mpmath (400 digits), log-likelihood included`, () => {
      const fit = fitGamma(c.x);
      expect(fit.converged).toBe(true);
      // One subnormal ulp of the rate is 3e-15 of it in "sum-overflows" (rate ≈ 1.6e-309).
      expectRelative(fit.params.shape, c.shape.value as number, 1e-13, "shape");
      expectRelative(fit.params.rate, c.rate.value as number, 1e-13, "rate");
      expectRelative(fit.logLikelihood, c.log_likelihood.value as number, 1e-13, "log-likelihood");
      expectAllFinite(fit, c.id);
    });
  }

  it("gammaLogLikelihood agrees with the fit's own log-likelihood on a wide-range sample", () => {
    const x = [1e-300, 1e300];
    const fit = fitGamma(x);
    expectRelative(gammaLogLikelihood(x, fit.params.shape, fit.params.rate), fit.logLikelihood, 1e-13, "gammaLogLikelihood");
  });

  it("a rate beyond the double range is a degenerate error that says the rate overflowed", () => {
    const c = mpmath.gamma.find((entry) => entry.id === "all-subnormal");
    expect(c?.rate.value).toBeNull(); // mpmath: rate ≈ 2.95e323 > 1.8e308
    const error = caught(() => fitGamma(c?.x ?? []));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/gamma rate MLE .* overflows double precision.*too close to 0/);
  });
});

describe("Weibull over the whole double range (R's uniroot for the shape; mpmath)", () => {
  for (const c of r.weibull) {
    it(`${c.id}: x = [${c.x.join(", ")}] is fitted, not called "all equal"`, () => {
      const fit = fitWeibull(c.x);
      expect(fit.converged).toBe(true);
      expectRelative(fit.params.shape, c.shape.value as number, 1e-12, `shape (R: ${c.shape.call.slice(-60)})`);
      const exact = mpmath.weibull.find((entry) => entry.id === c.id);
      if (!exact) throw new Error(`no mpmath case ${c.id}`);
      expectRelative(fit.params.shape, exact.shape.value as number, 1e-13, "shape (mpmath)");
      // R's mean(x^k)^(1/k) amplifies the rounding of the mean by 1/k ≈ 600: mpmath for the scale.
      expectRelative(fit.params.scale, exact.scale.value as number, 1e-12, "scale (mpmath)");
      expectRelative(fit.logLikelihood, exact.log_likelihood.value as number, 1e-13, "log-likelihood (mpmath)");
      expectAllFinite(fit, c.id);
    });
  }
});

describe("closed forms at large counts and sums that overflow (R)", () => {
  for (const testCase of r.closedForm as unknown as ClosedFormCase[]) {
    it(`${testCase.id}: ${testCase.model} matches R (${testCase.logLikelihood.call})`, () => checkClosedForm(testCase, "R"));
  }
});

describe("closed forms with counts near 1e308, where R overflows (mpmath)", () => {
  for (const testCase of mpmath.closedForm as unknown as ClosedFormCase[]) {
    if (testCase.logLikelihood.value === null) continue;
    it(`${testCase.id}: ${testCase.model} matches mpmath`, () => checkClosedForm(testCase, "mpmath"));
  }
});

describe("standard errors of a tiny proportion over a huge total do not underflow to 0", () => {
  it("binomial 1 success in 1e308 trials and Poisson 1 count over 1e308 frequencies: √(p q / N) = √(1e-616) = 1e-308", () => {
    // p̂ = 1e-308 (subnormal) and N = 1e308, so p q / N = 1e-616 underflows; its root does not.
    expectRelative(fitBinomial({ successes: [1], trials: [1e308] }).standardErrors?.p as number, 1e-308, 1e-15, "se(p)");
    expectRelative(fitPoisson({ values: [1, 0], frequencies: [1, 1e308] }).standardErrors?.lambda as number, 1e-308, 1e-15, "se(λ)");
  });
});

describe("mixture log-likelihoods at large counts and across the kernel switch (R, at fixed parameters: maxIter 0)", () => {
  for (const c of r.mixtures) {
    it(`${c.id} matches R's ${c.logLikelihood.call}`, () => {
      const options = { maxIter: 0 };
      let fit: FitResult<object>;
      if (c.model === "zip") fit = fitZip(c.data as number[], c.init as { pi: number; lambda: number }, options);
      else if (c.model === "poisson-mixture") {
        fit = fitPoissonMixture(c.data as number[], c.init as { weights: number[]; lambdas: number[] }, options);
      } else {
        fit = fitBinomialMixture(
          c.data as { successes: number[]; trials: number[] },
          c.init as { weights: number[]; thetas: number[] },
          options,
        );
      }
      expectRelative(fit.logLikelihood, c.logLikelihood.value, 1e-13, c.id);
    });
  }

  it("EM from there still climbs, with every iterate finite (Poisson mixture, ZIP, binomial mixture)", () => {
    const byId = (id: string) => r.mixtures.find((entry) => entry.id === id);
    const [poissonCase, zipCase, binomialCase] = [
      byId("poisson-mixture-counts-1e9"),
      byId("zip-counts-1e9"),
      byId("binomial-mixture-trials-1e9"),
    ];
    const runs = [
      fitPoissonMixture(poissonCase?.data as number[], poissonCase?.init as { weights: number[]; lambdas: number[] }, {
        maxIter: 20,
        history: true,
      }),
      fitZip(zipCase?.data as number[], zipCase?.init as { pi: number; lambda: number }, { maxIter: 20, history: true }),
      fitBinomialMixture(
        binomialCase?.data as { successes: number[]; trials: number[] },
        binomialCase?.init as { weights: number[]; thetas: number[] },
        { maxIter: 20, history: true },
      ),
    ];
    for (const run of runs) {
      const values = (run.history ?? []).map((entry) => entry.logLikelihood);
      values.slice(1).forEach((value, k) => {
        // EM never lowers ℓ; allow rounding of ℓ itself (|ℓ| ~ 50 here).
        expect(value, `${run.model} iteration ${k + 1}`).toBeGreaterThanOrEqual((values[k] as number) - 1e-12);
      });
      expectAllFinite(run, run.model);
    }
  });
});

describe("results beyond the double range are typed errors that say what overflowed", () => {
  it("exponential [1e-320]: the rate 1/x̄ = 1e320 overflows", () => {
    const error = caught(() => fitExponential([1e-320]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toBe(
      "the exponential rate MLE 1 / x̄ overflows double precision: the mean x̄ = 1e-320 is too close to 0 (1 / x̄ is above 1.7976931348623157e+308)",
    );
  });

  it("poisson with frequencies 1e308: the log-likelihood (≈ −4e308, mpmath) overflows", () => {
    const c = mpmath.closedForm.find((entry) => entry.id === "poisson-frequencies-1e308");
    expect(c?.logLikelihood.value).toBeNull();
    const error = caught(() => fitPoisson(c?.data as { values: number[]; frequencies: number[] }));
    expect(error.code).toBe("degenerate");
    expect(error.message).toBe(
      "the Poisson log-likelihood at λ̂ = 5.5 is beyond double precision (below −1.7976931348623157e+308): the frequencies are too large",
    );
  });

  it("poisson with values and frequencies both near 1e308: Σ f·x itself overflows, and the message says so", () => {
    const error = caught(() => fitPoisson({ values: [1e308, 2], frequencies: [1e308, 1] }));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/Σ frequency · value overflows double precision even rescaled/);
  });

  it("normal: a variance beyond the double range is named (σ̂ = √0.0422 · 1e308); huge equal values are still 'the same'", () => {
    const error = caught(() => fitNormal([1.5e308, 1e308, 1.2e308]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/variance MLE overflows double precision: the standard deviation 2\.05e\+307 squared/);
    expect(caught(() => fitNormal([1e308, 1e308])).message).toMatch(/every value is the same/);
  });

  it("linear: an overflowing variance or coefficient is named, not returned as Infinity", () => {
    let error = caught(() => fitLinear([[1], [2], [3], [4]], [1e200, -1e200, 3e200, 0]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/noise-variance MLE RSS\/n overflows/);
    error = caught(() => fitLinear([[1e-300], [2e-300], [4e-300]], [1e10, 3e10, 4e10]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/coefficient 1 \(column 0 of X\) overflows double precision/);
  });

  it("zip and poisson-mixture: counts whose sum overflows are refused up front", () => {
    let error = caught(() => fitZip([0, 1e308, 1e308], { pi: 0.2, lambda: 1 }));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/counts sum to more than double precision can hold/);
    error = caught(() => fitPoissonMixture([1e308, 1e308, 3], { lambdas: [1, 10] }));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/sum to more than double precision can hold/);
  });
});
