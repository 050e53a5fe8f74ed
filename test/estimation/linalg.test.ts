// lib/estimation/linalg.ts against R 4.2.2: chol, solve, determinant.
// Expected values: test/fixtures/linalg-r.json, made by test/fixtures/scripts/numerical-mle.R
// (each entry records its R call).
import { describe, expect, it } from "vitest";
import { EstimationError } from "../../lib/estimation/errors";
import {
  applyQTranspose,
  backSubstitute,
  cholesky,
  choleskySolve,
  identity,
  inverseFromR,
  inverseSymmetric,
  logDetFromCholesky,
  matMul,
  matVec,
  qrDecompose,
  solve,
  transpose,
} from "../../lib/estimation/linalg";
import fixture from "../fixtures/linalg-r.json";

function expectVectorClose(actual: number[], expected: number[], relative: number): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    const a = actual[i] as number;
    const scale = Math.max(...expected.map(Math.abs));
    // Relative to the largest entry, so entries that are 0 in exact arithmetic compare sensibly.
    expect(Math.abs(a - e), `entry ${i}: got ${a}, R gives ${e}`).toBeLessThanOrEqual(relative * scale);
  });
}

function expectMatrixClose(actual: number[][], expected: number[][], relative: number): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((row, i) => expectVectorClose(actual[i] as number[], row, relative));
}

function expectDegenerate(run: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(EstimationError);
  expect((caught as EstimationError).code).toBe("degenerate");
  expect((caught as EstimationError).message).toMatch(message);
}

describe("cholesky and friends vs R", () => {
  const cases = [
    ["3 × 3 SPD", fixture.spd, 1e-14],
    // cond(H₅) ≈ 4.8e5, so R and we may differ by ~cond · ε in the solve and inverse.
    ["5 × 5 Hilbert", fixture.hilbert5, 1e-9],
  ] as const;

  for (const [name, c, tolerance] of cases) {
    it(`${name}: L of A = LLᵀ equals t(chol(A))`, () => {
      expectMatrixClose(
        cholesky(c.a.map((r) => [...r])),
        c.cholesky.map((r) => [...r]),
        tolerance,
      );
    });

    it(`${name}: choleskySolve equals solve(a, b)`, () => {
      const L = cholesky(c.a.map((r) => [...r]));
      expectVectorClose(choleskySolve(L, [...c.b]), [...c.solve], tolerance);
    });

    it(`${name}: log det equals determinant(a)$modulus`, () => {
      const logDet = logDetFromCholesky(cholesky(c.a.map((r) => [...r])));
      expect(Math.abs(logDet - c.log_det)).toBeLessThanOrEqual(1e-13 * Math.abs(c.log_det));
    });

    it(`${name}: inverseSymmetric equals solve(a), and is exactly symmetric`, () => {
      const inverse = inverseSymmetric(c.a.map((r) => [...r]));
      expectMatrixClose(
        inverse,
        c.inverse.map((r) => [...r]),
        tolerance,
      );
      inverse.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(inverse[j]?.[i])));
    });

    it(`${name}: general solve (partial pivoting) equals solve(a, b)`, () => {
      expectVectorClose(
        solve(
          c.a.map((r) => [...r]),
          [...c.b],
        ),
        [...c.solve],
        tolerance,
      );
    });
  }

  it("solves a system whose first pivot is 0 (needs a row exchange)", () => {
    const c = fixture.pivoting;
    expectVectorClose(
      solve(
        c.a.map((r) => [...r]),
        [...c.b],
      ),
      [...c.solve],
      1e-14,
    );
  });

  it("leaves its arguments untouched", () => {
    const a = fixture.pivoting.a.map((r) => [...r]);
    const b = [...fixture.pivoting.b];
    const before = JSON.stringify([a, b]);
    solve(a, b);
    const spd = fixture.spd.a.map((r) => [...r]);
    inverseSymmetric(spd);
    expect(JSON.stringify([a, b])).toBe(before);
    expect(spd).toEqual(fixture.spd.a);
  });
});

describe("degenerate matrices", () => {
  it("cholesky rejects a singular PSD matrix and an indefinite one", () => {
    expectDegenerate(
      () =>
        cholesky([
          [1, 2],
          [2, 4],
        ]),
      /not positive definite/,
    );
    expectDegenerate(
      () =>
        cholesky([
          [1, 2],
          [2, 1],
        ]),
      /not positive definite/,
    );
    expectDegenerate(() => cholesky([[0]]), /not positive definite/);
    expectDegenerate(() => inverseSymmetric([[-1]]), /not positive definite/);
  });

  it("cholesky rejects a rank-1 matrix whose last pivot is positive only by rounding", () => {
    // The covariance of (0.1, 0.3), (0.3, 0.9), (0.7, 2.1) (points on y = 3x) as computed in
    // doubles: the second pivot comes out 2.2e-16 > 0, 1.3e-16 relative to its diagonal. Accepting
    // it would give an "inverse" with entries ~1e16 instead of reporting a collapsed covariance.
    const covariance = [
      [0.18666666666666665, 0.5599999999999998],
      [0.5599999999999998, 1.6799999999999993],
    ];
    expectDegenerate(() => cholesky(covariance), /not positive definite \(pivot 2 of 2/);
  });

  it("solve rejects a singular matrix", () => {
    expectDegenerate(
      () =>
        solve(
          [
            [1, 2],
            [2, 4],
          ],
          [1, 1],
        ),
      /singular/,
    );
    expectDegenerate(
      () =>
        solve(
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
          [1, 1, 1],
        ),
      /singular/,
    );
  });

  it("QR names a collinear column and rejects n < p", () => {
    expectDegenerate(
      () =>
        qrDecompose(
          [
            [1, 1, 2],
            [1, 2, 4],
            [1, 3, 6],
            [1, 5, 10],
          ],
          ["intercept", "x", "2x"],
        ),
      /2x .*linear combination/,
    );
    expectDegenerate(() => qrDecompose([[1, 2, 3]]), /fewer rows \(1\) than columns \(3\)/);
  });
});

describe("QR least squares", () => {
  it("fits a line through (1, 1), (2, 2), (3, 2): β = (2/3, 1/2), (XᵀX)⁻¹ = [[7/3, −1], [−1, 1/2]]", () => {
    // Worked by hand: XᵀX = [[3, 6], [6, 14]], Xᵀy = [5, 11], det = 6.
    const qr = qrDecompose([
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    const beta = backSubstitute(qr.r, applyQTranspose(qr, [1, 2, 2]).slice(0, 2));
    expectVectorClose(beta, [2 / 3, 1 / 2], 1e-15);
    expectMatrixClose(
      inverseFromR(qr.r),
      [
        [7 / 3, -1],
        [-1, 1 / 2],
      ],
      1e-14,
    );
  });
});

describe("small helpers", () => {
  it("identity, transpose, matVec, matMul", () => {
    expect(identity(2)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(
      transpose([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(
      matVec(
        [
          [1, 2],
          [3, 4],
        ],
        [5, 6],
      ),
    ).toEqual([17, 39]);
    expect(
      matMul(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toEqual([
      [19, 22],
      [43, 50],
    ]);
  });
});
