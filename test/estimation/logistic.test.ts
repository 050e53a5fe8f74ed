// fitLogistic / runLogistic against R 4.2.2 on mtcars (ships with R).
// Expected values: test/fixtures/regression-r.json ("logistic"), made by
// test/fixtures/scripts/numerical-mle.R for
//   glm(am ~ wt, binomial, mtcars), glm(vs ~ mpg, binomial, mtcars), glm(am ~ hp + wt, binomial, mtcars):
// - "tight": the same glm with glm.control(epsilon = 1e-15, maxit = 100); its coefficients and
//   logLik, and standard errors sqrt(diag(solve(X'WX))) evaluated in R at those coefficients;
// - "glm": the default fit (epsilon = 1e-8), whose vcov uses the weights of its last iteration's
//   starting point, so its SEs differ from the ones at the estimate by ~1e-5..1e-8.
import { describe, expect, it } from "vitest";
import { fitLogistic, runLogistic, type LogisticParams } from "../../lib/estimation/models/logistic";
import fixture from "../fixtures/regression-r.json";
import { caught, expectRelative } from "./fixture-helpers";

describe("fitLogistic vs R's glm", () => {
  for (const [name, c] of Object.entries(fixture.logistic)) {
    describe(c.call, () => {
      const fit = fitLogistic(c.X, c.y);

      // 1e-11 rather than a looser 1e-9: stopping one Newton step early leaves errors of ~1e-9 that
      // the log-likelihood cannot see (it is flat to second order), and this must catch that.
      it("matches the tight glm to 1e-11 (coefficients) and 1e-12 (logLik)", () => {
        expect(fit.params.coefficients).toHaveLength(c.tight.coefficients.length);
        c.tight.coefficients.forEach((b, j) => expectRelative(fit.params.coefficients[j] as number, b, 1e-11, `${name} β${j}`));
        expectRelative(fit.logLikelihood, c.tight.log_likelihood, 1e-12, "logLik");
      });

      it("standard errors equal the inverse information at the estimate (computed in R)", () => {
        const errors = fit.standardErrors?.coefficients as number[];
        c.standard_errors_at_estimate.forEach((se, j) => expectRelative(errors[j] as number, se, 1e-11, `se(β${j})`));
      });

      it("agrees with the default glm fit at glm's tolerance", () => {
        const errors = fit.standardErrors?.coefficients as number[];
        c.glm.coefficients.forEach((b, j) => expectRelative(fit.params.coefficients[j] as number, b, 1e-6, `β${j} vs glm`));
        c.glm.standard_errors.forEach((se, j) => expectRelative(errors[j] as number, se, 2e-4, `se(β${j}) vs glm`));
        expectRelative(fit.logLikelihood, c.glm.log_likelihood, 1e-10, "logLik vs glm");
      });

      it("counts its Newton iterations and converges", () => {
        expect(fit.model).toBe("logistic");
        expect(fit.converged).toBe(true);
        // glm needs fit$iter = 6–8 to reach 1e-8; machine precision costs a step or two more.
        expect(fit.iterations).toBeGreaterThanOrEqual(c.glm.iterations - 1);
        expect(fit.iterations).toBeLessThanOrEqual(c.glm.iterations + 4);
      });
    });
  }

  it("runLogistic reads { X, y } from JSON", () => {
    const c = fixture.logistic.mtcars_am_hp_wt;
    const result = runLogistic({ model: "logistic", data: JSON.parse(JSON.stringify({ X: c.X, y: c.y })) });
    expect(Object.keys(result.params)).toEqual(["coefficients"]);
    expectRelative(result.logLikelihood, c.tight.log_likelihood, 1e-12, "logLik");
  });

  it("runLogistic accepts X with no predictor columns (rows []): the intercept-only glm(y ~ 1, binomial)", () => {
    const c = fixture.logistic.mtcars_am_intercept_only;
    expect(c.X.every((row) => row.length === 0)).toBe(true);
    const result = runLogistic({ model: "logistic", data: JSON.parse(JSON.stringify({ X: c.X, y: c.y })) });
    expectRelative((result.params as LogisticParams).coefficients[0] as number, c.tight.coefficients[0] as number, 1e-12, `${c.call}: β0`);
    expectRelative(result.logLikelihood, c.tight.log_likelihood, 1e-12, "logLik");
    const error = caught(() => runLogistic({ model: "logistic", data: { X: [[], [], [2]], y: [0, 1, 1] } }));
    expect(error.message).toBe("data.X[2] has 1 entry, expected 0 (as data.X[0])");
  });
});

describe("logistic: separation, collinearity and invalid input", () => {
  it("reports complete separation as degenerate", () => {
    const error = caught(() => fitLogistic([[1], [2], [3], [4], [5]], [0, 0, 0, 1, 1]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/separat/);
  });

  it("reports quasi-complete separation (a tie at the boundary) as degenerate", () => {
    const error = caught(() => fitLogistic([[1], [2], [3], [3], [4], [5]], [0, 0, 0, 1, 1, 1]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/separat/);
  });

  it("reports separation by a combination of two predictors", () => {
    // y = 1 exactly when x1 + x2 > 5; neither predictor separates the classes alone.
    const X = [
      [1, 1],
      [4, 0],
      [0, 4],
      [2, 2],
      [1, 5],
      [5, 1],
      [3, 3],
      [6, 0.5],
    ];
    const y = X.map(([a, b]) => ((a as number) + (b as number) > 5 ? 1 : 0));
    const error = caught(() => fitLogistic(X, y));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/separat/);
  });

  it("reports a single class as degenerate (the intercept diverges)", () => {
    const error = caught(() => fitLogistic([[1], [2], [3]], [1, 1, 1]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/every y is 1.*\+∞/);
  });

  it("rejects collinear predictors", () => {
    const X = [
      [1, 2],
      [2, 4],
      [3, 6],
      [4, 8],
      [5, 10],
    ];
    const error = caught(() => fitLogistic(X, [0, 1, 0, 1, 1]));
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/column 1 of X.*collinear/);
  });

  it("rejects y outside {0, 1} and mismatched lengths", () => {
    let error = caught(() => fitLogistic([[1], [2], [3]], [0, 2, 1]));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/y\[1\] is 2.*0 or 1/);
    error = caught(() => fitLogistic([[1], [2]], [0, 1, 1]));
    expect(error.message).toMatch(/X has 2 rows but y has 3/);
  });

  it("runLogistic validates untrusted JSON with typed errors", () => {
    let error = caught(() => runLogistic({ model: "logistic", data: null }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data must be an object, got null/);
    error = caught(() => runLogistic({ model: "logistic", data: { X: [[1], [2], [3]], y: [0, 0.5, 1] } }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data\.y\[1\] = 0\.5 must be 0 or 1/);
    error = caught(() => runLogistic({ model: "logistic", data: { X: [1, 2, 3], y: [0, 1, 1] } }));
    expect(error.message).toMatch(/data\.X\[0\] must be an array/);
  });
});
