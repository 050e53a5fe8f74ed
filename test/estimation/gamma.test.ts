// fitGamma / runGamma against R 4.2.2 (MASS 7.3-58.2) on datasets that ship with R.
// Expected values: test/fixtures/gamma-weibull-r.json, made by test/fixtures/scripts/numerical-mle.R.
// - "tight": the profile equation log(a) - digamma(a) = log(mean(x)) - mean(log(x)) solved by
//   uniroot(tol = 1e-15); standard errors from solve(-Hessian), the Hessian from R's deriv().
// - "fitdistr": MASS::fitdistr(x, "gamma"), which stops at optim's tolerance (looser).
// Near-constant sample: test/fixtures/near-constant-mpmath.json (mpmath, 80 digits).
import { describe, expect, it } from "vitest";
import { fitGamma, runGamma } from "../../lib/estimation/models/gamma";
import nearConstant from "../fixtures/near-constant-mpmath.json";
import fixture from "../fixtures/gamma-weibull-r.json";
import { caught, expectRelative } from "./fixture-helpers";

describe("fitGamma vs R", () => {
  for (const [name, c] of Object.entries(fixture.gamma)) {
    describe(c.dataset, () => {
      const fit = fitGamma(c.x);

      it(`matches the machine-precision profile solution (${c.tight.call.slice(0, 40)}…) to 1e-11`, () => {
        expectRelative(fit.params.shape, c.tight.shape, 1e-11, `${name} shape`);
        expectRelative(fit.params.rate, c.tight.rate, 1e-11, `${name} rate`);
        expectRelative(fit.logLikelihood, c.tight.log_likelihood, 1e-12, `${name} sum(dgamma(log = TRUE))`);
      });

      it("reports standard errors equal to R's inverse observed information (deriv Hessian)", () => {
        expectRelative(fit.standardErrors?.shape as number, c.tight.standard_errors.shape, 1e-11, "se(shape)");
        expectRelative(fit.standardErrors?.rate as number, c.tight.standard_errors.rate, 1e-11, "se(rate)");
      });

      it(`agrees with ${c.fitdistr.call} at fitdistr's own tolerance, and never has a lower likelihood`, () => {
        // fitdistr's Nelder–Mead stops early: 1.7e-3 off in shape on precip, ~1e-5 elsewhere.
        expectRelative(fit.params.shape, c.fitdistr.shape, 3e-3, "shape vs fitdistr");
        expectRelative(fit.params.rate, c.fitdistr.rate, 3e-3, "rate vs fitdistr");
        expect(fit.logLikelihood).toBeGreaterThanOrEqual(c.fitdistr.log_likelihood);
        expect(fit.logLikelihood - c.fitdistr.log_likelihood).toBeLessThan(1e-4);
      });

      it("iterates Newton to convergence and says so", () => {
        expect(fit.model).toBe("gamma");
        expect(fit.converged).toBe(true);
        expect(fit.iterations).toBeGreaterThanOrEqual(1);
        expect(fit.iterations).toBeLessThanOrEqual(10);
      });
    });
  }

  it("fitdistr's standard errors (optim's finite-difference Hessian) agree where optim's scaling is sound", () => {
    // rivers is left out: with rate ≈ 0.004 optim's fixed-step Hessian is off by ~10 %.
    for (const name of ["precip", "faithful_waiting", "airquality_wind"] as const) {
      const c = fixture.gamma[name];
      const fit = fitGamma(c.x);
      expectRelative(fit.standardErrors?.shape as number, c.fitdistr.standard_errors.shape, 3e-3, `${name} se(shape)`);
      expectRelative(fit.standardErrors?.rate as number, c.fitdistr.standard_errors.rate, 3e-3, `${name} se(rate)`);
    }
  });

  it("is scale-equivariant: multiplying the data by c divides the rate and its SE by c, even for c = 1e300", () => {
    const c = fixture.gamma.precip;
    for (const factor of [1000, 1e300, 1e-300]) {
      const scaled = fitGamma(c.x.map((v) => v * factor));
      expectRelative(scaled.params.shape, c.tight.shape, 1e-9, `shape, ×${factor}`);
      expectRelative(scaled.params.rate * factor, c.tight.rate, 1e-9, `rate, ×${factor}`);
      expectRelative((scaled.standardErrors?.rate as number) * factor, c.tight.standard_errors.rate, 1e-9, `se(rate), ×${factor}`);
      expectRelative(scaled.standardErrors?.shape as number, c.tight.standard_errors.shape, 1e-9, `se(shape), ×${factor}`);
    }
  });

  it("keeps full precision on a nearly constant sample (shape ≈ 1.5e24; mpmath reference)", () => {
    const fit = fitGamma(nearConstant.x);
    expectRelative(fit.params.shape, nearConstant.gamma.shape, 1e-9, "shape");
    expectRelative(fit.params.rate, nearConstant.gamma.rate, 1e-9, "rate");
    expectRelative(fit.logLikelihood, nearConstant.gamma.log_likelihood, 1e-9, "log-likelihood");
  });
});

describe("gamma: bad input", () => {
  it("rejects a zero or negative value, naming its index", () => {
    let error = caught(() => fitGamma([1, 2, 0, 3]));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/value 2 is 0/);
    error = caught(() => fitGamma([1, -2]));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/value 1 is -2/);
  });

  it("rejects an empty sample and non-finite values", () => {
    expect(caught(() => fitGamma([])).code).toBe("invalid-data");
    expect(caught(() => fitGamma([1, Number.NaN])).message).toMatch(/value 1 is NaN/);
    expect(caught(() => fitGamma([1, Number.POSITIVE_INFINITY])).code).toBe("invalid-data");
  });

  it("calls a sample of equal values degenerate (the shape MLE is infinite)", () => {
    const error = caught(() => fitGamma([3, 3, 3]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/all values are equal.*infinite/);
    expect(caught(() => fitGamma([7])).code).toBe("degenerate");
  });

  it("runGamma validates untrusted JSON with typed errors", () => {
    let error = caught(() => runGamma({ model: "gamma", data: [1, "2", 3] }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data\[1\]/);
    error = caught(() => runGamma({ model: "gamma", data: { values: [1, 2] } }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data must be an array/);
    error = caught(() => runGamma({ model: "gamma", data: [1.5, 0] }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data\[1\] = 0/);
    error = caught(() => runGamma({ model: "gamma", data: [1, null] }));
    expect(error.message).toMatch(/data\[1\] is null/);
  });

  it("runGamma returns the CLI result shape", () => {
    const result = runGamma({ model: "gamma", data: fixture.gamma.airquality_wind.x });
    expect(Object.keys(result.params).sort()).toEqual(["rate", "shape"]);
    expect(JSON.parse(JSON.stringify(result))).toMatchObject({ model: "gamma", converged: true });
  });
});
