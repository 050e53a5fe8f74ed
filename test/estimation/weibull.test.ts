// fitWeibull / runWeibull against R 4.2.2 (MASS 7.3-58.2) on datasets that ship with R.
// Expected values: test/fixtures/gamma-weibull-r.json, made by test/fixtures/scripts/numerical-mle.R.
// - "tight": the profile equation sum(x^k log x)/sum(x^k) - 1/k - mean(log x) = 0 solved by
//   uniroot(tol = 1e-15), scale = mean(x^k)^(1/k); standard errors from solve(-Hessian), the
//   Hessian from R's symbolic deriv() (independent of the hand-derived formula in weibull.ts).
// - "fitdistr": MASS::fitdistr(x, "weibull") (rivers needs lower = c(0.001, 0.001)).
// Near-constant sample: test/fixtures/near-constant-mpmath.json (mpmath, 80 digits).
import { describe, expect, it } from "vitest";
import { fitWeibull, runWeibull } from "../../lib/estimation/models/weibull";
import nearConstant from "../fixtures/near-constant-mpmath.json";
import fixture from "../fixtures/gamma-weibull-r.json";
import { caught, expectRelative } from "./fixture-helpers";

describe("fitWeibull vs R", () => {
  for (const [name, c] of Object.entries(fixture.weibull)) {
    describe(c.dataset, () => {
      const fit = fitWeibull(c.x);

      it("matches the machine-precision profile solution (uniroot, tol = 1e-15) to 1e-11", () => {
        expectRelative(fit.params.shape, c.tight.shape, 1e-11, `${name} shape`);
        expectRelative(fit.params.scale, c.tight.scale, 1e-11, `${name} scale`);
        expectRelative(fit.logLikelihood, c.tight.log_likelihood, 1e-12, `${name} sum(dweibull(log = TRUE))`);
      });

      it("reports standard errors equal to R's inverse observed information (deriv Hessian)", () => {
        expectRelative(fit.standardErrors?.shape as number, c.tight.standard_errors.shape, 1e-11, "se(shape)");
        expectRelative(fit.standardErrors?.scale as number, c.tight.standard_errors.scale, 1e-11, "se(scale)");
      });

      it(`agrees with ${c.fitdistr.call} at fitdistr's tolerance, and never has a lower likelihood`, () => {
        expectRelative(fit.params.shape, c.fitdistr.shape, 1e-4, "shape vs fitdistr");
        expectRelative(fit.params.scale, c.fitdistr.scale, 1e-4, "scale vs fitdistr");
        expectRelative(fit.standardErrors?.shape as number, c.fitdistr.standard_errors.shape, 1e-4, "se(shape) vs fitdistr");
        expectRelative(fit.standardErrors?.scale as number, c.fitdistr.standard_errors.scale, 1e-4, "se(scale) vs fitdistr");
        expect(fit.logLikelihood).toBeGreaterThanOrEqual(c.fitdistr.log_likelihood);
        expect(fit.logLikelihood - c.fitdistr.log_likelihood).toBeLessThan(1e-6);
      });

      it("iterates Newton to convergence and says so", () => {
        expect(fit.model).toBe("weibull");
        expect(fit.converged).toBe(true);
        expect(fit.iterations).toBeGreaterThanOrEqual(1);
        expect(fit.iterations).toBeLessThanOrEqual(12);
      });
    });
  }

  it("is scale-equivariant: multiplying the data by 1e6 multiplies the scale by 1e6, shape unchanged", () => {
    const x = fixture.weibull.rivers.x;
    const original = fitWeibull(x);
    const scaled = fitWeibull(x.map((v) => v * 1e6));
    expectRelative(scaled.params.shape, original.params.shape, 1e-12, "shape");
    expectRelative(scaled.params.scale, original.params.scale * 1e6, 1e-12, "scale");
  });

  it("does not overflow or underflow x^k or λ² for data near 1e±300 (rescaling by the maximum)", () => {
    // x^k with x ≈ 1e300 and k ≈ 1.4 overflows unless the data are divided by their maximum.
    const x = fixture.weibull.rivers.x;
    const tight = fixture.weibull.rivers.tight;
    for (const factor of [1e300, 1e-300]) {
      const fit = fitWeibull(x.map((v) => v * factor));
      expectRelative(fit.params.shape, tight.shape, 1e-9, `shape, ×${factor}`);
      expectRelative(fit.params.scale, tight.scale * factor, 1e-9, `scale, ×${factor}`);
      expectRelative(fit.standardErrors?.scale as number, tight.standard_errors.scale * factor, 1e-9, `se(scale), ×${factor}`);
      expectRelative(fit.standardErrors?.shape as number, tight.standard_errors.shape, 1e-9, `se(shape), ×${factor}`);
    }
  });

  it("keeps precision on a nearly constant sample (shape ≈ 1.4e12; mpmath reference)", () => {
    const fit = fitWeibull(nearConstant.x);
    // The profile equation is evaluated in doubles, so k is known to ~1e-12 here, not 1e-16.
    expectRelative(fit.params.shape, nearConstant.weibull.shape, 1e-9, "shape");
    expectRelative(fit.params.scale, nearConstant.weibull.scale, 1e-12, "scale");
    expectRelative(fit.logLikelihood, nearConstant.weibull.log_likelihood, 1e-9, "log-likelihood");
  });
});

describe("weibull: bad input", () => {
  it("rejects a zero or negative value, naming its index", () => {
    let error = caught(() => fitWeibull([1, 2, 0, 3]));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/value 2 is 0/);
    error = caught(() => fitWeibull([-1, 2]));
    expect(error.message).toMatch(/value 0 is -1/);
  });

  it("rejects an empty sample and non-finite values", () => {
    expect(caught(() => fitWeibull([])).code).toBe("invalid-data");
    expect(caught(() => fitWeibull([2, Number.NaN])).message).toMatch(/value 1 is NaN/);
  });

  it("calls a sample of equal values degenerate (the shape MLE is infinite)", () => {
    const error = caught(() => fitWeibull([2.5, 2.5, 2.5, 2.5]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/all values are equal.*infinite/);
  });

  it("runWeibull validates untrusted JSON with typed errors", () => {
    let error = caught(() => runWeibull({ model: "weibull", data: "1,2,3" }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data must be an array/);
    error = caught(() => runWeibull({ model: "weibull", data: [] }));
    expect(error.message).toMatch(/data must not be empty/);
    error = caught(() => runWeibull({ model: "weibull", data: [3, -1] }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data\[1\] = -1 is negative/);
  });

  it("runWeibull returns the CLI result shape", () => {
    const result = runWeibull({ model: "weibull", data: fixture.weibull.precip.x });
    expect(Object.keys(result.params).sort()).toEqual(["scale", "shape"]);
    expect(JSON.parse(JSON.stringify(result))).toMatchObject({ model: "weibull", converged: true });
  });
});
