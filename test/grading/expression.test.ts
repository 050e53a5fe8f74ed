// The formula checker: equivalent rewrites are correct, changed formulas are not, unknown names and
// unreadable text are invalid, and named wrong derivations are recognised.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExpression, readExpression, type ExpressionCheckSpec } from "@/lib/grading/expression";

// The exponential MLE part: n observations with sum S; xbar is defined as S/n.
const exponential: ExpressionCheckSpec = {
  symbols: [
    { name: "n", meaning: "the number of observations", domain: { min: 2, max: 60, integer: true } },
    { name: "S", meaning: "the sum of the observations", domain: { min: 0.5, max: 80 }, aliases: ["sum(x)", "Σx"] },
    { name: "xbar", meaning: "the sample mean", definedAs: "S/n", aliases: ["x̄"] },
  ],
  mistakes: [
    { tag: "n-minus-1", expression: "(n-1)/S", message: "You divided by n − 1 somewhere." },
    { tag: "reciprocal", expression: "S/n", message: "That is the mean, not the rate." },
  ],
};

describe("checkExpression", () => {
  it.each([
    "n/S",
    "1/xbar",
    "n*S^-1",
    "n * S^(-1)",
    "1 / x̄",
    "n/sum(x)",
    "n/Σx",
    "(2n)/(2S)",
    "exp(log(n) - log(S))",
    "n/S.",
    "lambda = n/S",
    "λ̂ = n/S",
  ])("accepts the equivalent form %s", (typed) => {
    expect(checkExpression(typed, "n/S", exponential)).toMatchObject({ status: "correct" });
  });

  it.each([
    ["(n-1)/S", "n-minus-1"],
    ["S/n", "reciprocal"],
    ["xbar", "reciprocal"],
  ])("names the known mistake in %s", (typed, tag) => {
    expect(checkExpression(typed, "n/S", exponential)).toMatchObject({ status: "incorrect", mistake: tag });
  });

  it.each(["n/S + 1", "n/(S+1)", "n^2/S", "log(n)/S", "1/S"])("refuses the different formula %s", (typed) => {
    const grade = checkExpression(typed, "n/S", exponential);
    expect(grade.status).toBe("incorrect");
    expect(grade.mistake).toBeUndefined();
  });

  it("says which symbol a formula lacks", () => {
    expect(checkExpression("1/S", "n/S", exponential).message).toMatch(/does not use `n`/);
  });

  it.each([
    ["n/T", /`T` is not one of this part's symbols/],
    ["n/S)", /not a formula I can read/],
    ["n/S = 1", /is an equation/],
    ["import('fs')", /cannot be checked|not a formula/],
    ['evaluate("1")', /cannot be checked|not a formula/],
    ["n(S)", /is a symbol, not a function/],
    ["[1, 2]", /cannot be checked/],
    ["'n'", /cannot be checked|not a formula/],
    ["x".repeat(201), /at most 200/],
  ])("is invalid for %s with a message", (typed, message) => {
    const grade = checkExpression(typed, "n/S", exponential);
    expect(grade.status).toBe("invalid");
    expect(grade.message).toMatch(message);
  });

  it("treats blank text as unanswered", () => {
    expect(checkExpression("  ", "n/S", exponential).status).toBe("unanswered");
    expect(checkExpression(undefined, "n/S", exponential).status).toBe("unanswered");
  });

  it("does not call formulas equal that agree at a few points only", () => {
    // Equal to n/S exactly when n is 2 or 3, and where S = 1: a sparse-point checker would be fooled.
    expect(checkExpression("n/S + (n-2)*(n-3)", "n/S", exponential).status).toBe("incorrect");
    expect(checkExpression("n/S + (S-1)", "n/S", exponential).status).toBe("incorrect");
    expect(checkExpression("n/S + 1e-6*n", "n/S", exponential).status).toBe("incorrect");
  });

  it("typesets what it read", () => {
    const read = readExpression("n*log(lambda) - lambda*S", [
      { name: "n", meaning: "n" },
      { name: "lambda", meaning: "rate" },
      { name: "S", meaning: "sum" },
    ]);
    expect(read.ok && read.tex).toContain("\\lambda");
  });
});

describe("checkExpression, properties", () => {
  const poissonLogLik: ExpressionCheckSpec = {
    symbols: [
      { name: "n", meaning: "n", domain: { min: 1, max: 40, integer: true } },
      { name: "S", meaning: "sum", domain: { min: 0, max: 100 } },
      { name: "lambda", meaning: "rate", domain: { min: 0.1, max: 10 } },
    ],
  };
  const expected = "S*log(lambda) - n*lambda";
  // Equivalent rewrites built from random coefficients: scale and cancel terms that sum to zero.
  const rewrites = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.boolean());

  it("stays correct under random equivalent rewrites", () => {
    fc.assert(
      fc.property(rewrites, ([a, b, swap]) => {
        const first = swap ? `-n*lambda + S*log(lambda)` : `S*log(lambda) - n*lambda`;
        const typed = `(${a}*(${first}) + ${b}*n - ${b}*n)/${a} + log(lambda^${b}) - ${b}*log(lambda)`;
        return checkExpression(typed, expected, poissonLogLik).status === "correct";
      }),
      { numRuns: 200 },
    );
  });

  it("is never correct once a term is perturbed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.constantFrom("S", "n", "lambda", "log(lambda)"), (k, term) => {
        const typed = `${expected} + ${k}*${term}/1000`;
        return checkExpression(typed, expected, poissonLogLik).status === "incorrect";
      }),
      { numRuns: 200 },
    );
  });
});
