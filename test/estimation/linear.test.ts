// fitLinear / runLinear against R 4.2.2 on datasets that ship with R.
// Expected values: test/fixtures/regression-r.json ("linear"), made by
// test/fixtures/scripts/numerical-mle.R: coef(fit), sum(residuals(fit)^2)/n, logLik(fit),
// sqrt(diag(vcov(fit)) * (n - p)/n) for the MLE standard errors, for
//   lm(mpg ~ wt + hp, mtcars), lm(dist ~ speed, cars), lm(Employed ~ ., longley).
import { describe, expect, it } from "vitest";
import { fitLinear, runLinear, type LinearParams } from "../../lib/estimation/models/linear";
import fixture from "../fixtures/regression-r.json";
import { caught, expectRelative } from "./fixture-helpers";

describe("fitLinear vs R's lm", () => {
  for (const [name, c] of Object.entries(fixture.linear)) {
    describe(c.call, () => {
      const fit = fitLinear(c.X, c.y);

      it("coefficients equal coef(fit), intercept first", () => {
        expect(fit.params.coefficients).toHaveLength(c.coefficients.length);
        // Longley is the classic ill-conditioned test; QR keeps it at ~1e-14 here.
        c.coefficients.forEach((b, j) => expectRelative(fit.params.coefficients[j] as number, b, 1e-10, `${name} β${j}`));
      });

      it("variance is the MLE RSS/n, and logLikelihood equals logLik(fit)", () => {
        expectRelative(fit.params.variance, c.variance, 1e-12, "variance");
        expectRelative(fit.logLikelihood, c.log_likelihood, 1e-12, "logLik");
      });

      it("standard errors come from σ̂² = RSS/n: lm's SEs times √((n − p)/n)", () => {
        const errors = fit.standardErrors?.coefficients as number[];
        c.standard_errors_mle.forEach((se, j) => expectRelative(errors[j] as number, se, 1e-10, `se(β${j})`));
        const n = c.y.length;
        const p = c.coefficients.length;
        c.standard_errors_lm.forEach((se, j) => expectRelative(errors[j] as number, se * Math.sqrt((n - p) / n), 1e-10, `se(β${j}) vs lm`));
        expectRelative(fit.standardErrors?.variance as number, c.variance_standard_error, 1e-12, "se(σ̂²)");
      });

      it("is a closed form: iterations 0, converged", () => {
        expect(fit).toMatchObject({ model: "linear", iterations: 0, converged: true });
      });
    });
  }

  it("runLinear reads { X, y } from JSON", () => {
    const c = fixture.linear.cars;
    const result = runLinear({ model: "linear", data: JSON.parse(JSON.stringify({ X: c.X, y: c.y })) });
    expect(result.params).toMatchObject({ variance: expect.any(Number) });
    expectRelative(result.logLikelihood, c.log_likelihood, 1e-12, "logLik");
  });

  it("runLinear accepts X with no predictor columns (rows []): the intercept-only lm(y ~ 1)", () => {
    for (const c of [fixture.linear.toy_intercept_only, fixture.linear.cars_intercept_only]) {
      const result = runLinear({ model: "linear", data: JSON.parse(JSON.stringify({ X: c.X, y: c.y })) });
      const params = result.params as LinearParams;
      expect(c.X.every((row) => row.length === 0)).toBe(true);
      expectRelative(params.coefficients[0] as number, c.coefficients[0] as number, 1e-14, `${c.call}: coef`);
      expectRelative(params.variance, c.variance, 1e-14, `${c.call}: variance`);
      expectRelative(result.logLikelihood, c.log_likelihood, 1e-14, `${c.call}: logLik`);
    }
  });

  it("runLinear still rejects rows that are empty only sometimes (ragged), naming the row", () => {
    const error = caught(() => runLinear({ model: "linear", data: { X: [[], [1], []], y: [1, 2, 4] } }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toBe("data.X[1] has 1 entry, expected 0 (as data.X[0])");
  });
});

describe("linear: degenerate and invalid input", () => {
  const x = [1, 2, 3, 4, 5, 6];
  const y = [1.2, 1.9, 3.2, 3.8, 5.3, 5.9];

  it("rejects collinear columns, naming the column", () => {
    const error = caught(() =>
      fitLinear(
        x.map((v) => [v, 2 * v]),
        y,
      ),
    );
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/column 1 of X .*linear combination.*collinear/);
  });

  it("rejects a constant column (collinear with the intercept)", () => {
    const error = caught(() =>
      fitLinear(
        x.map((v) => [3, v]),
        y,
      ),
    );
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/column 0 of X/);
  });

  it("rejects fewer observations than coefficients", () => {
    const error = caught(() =>
      fitLinear(
        [
          [1, 2],
          [3, 5],
        ],
        [1, 2],
      ),
    );
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/3 coefficients but only 2 observation/);
  });

  it("rejects an exact fit (σ̂² = 0, unbounded likelihood)", () => {
    const error = caught(() =>
      fitLinear(
        x.map((v) => [v]),
        x.map((v) => 2 * v + 1),
      ),
    );
    expect(error.code).toBe("degenerate");
    expect(error.message).toMatch(/exactly.*variance MLE is 0/);
  });

  it("rejects mismatched lengths and non-finite entries", () => {
    expect(caught(() => fitLinear([[1], [2], [3]], [1, 2])).message).toMatch(/X has 3 rows but y has 2/);
    expect(caught(() => fitLinear([[1], [Number.NaN], [3]], [1, 2, 3])).message).toMatch(/X\[1\]\[0\] is NaN/);
    expect(caught(() => fitLinear([[1], [2], [3]], [1, Number.POSITIVE_INFINITY, 3])).code).toBe("invalid-data");
  });

  it("runLinear validates untrusted JSON with typed errors", () => {
    let error = caught(() => runLinear({ model: "linear", data: [1, 2, 3] }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data must be an object/);
    error = caught(() => runLinear({ model: "linear", data: { X: [[1], [2, 3]], y: [1, 2] } }));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toMatch(/data\.X\[1\] has 2 entries/);
    error = caught(() => runLinear({ model: "linear", data: { X: [[1], [2]], y: ["1", 2] } }));
    expect(error.message).toMatch(/data\.y\[0\]/);
    error = caught(() => runLinear({ model: "linear", data: { y: [1, 2] } }));
    expect(error.message).toMatch(/data\.X/);
  });
});
