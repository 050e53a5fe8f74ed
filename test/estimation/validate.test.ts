/** Runtime validation of job JSON: each check returns typed data or throws a message naming the problem. */
import { describe, expect, it } from "vitest";
import { EstimationError, type EstimationErrorCode } from "../../lib/estimation/errors";
import {
  describeValue,
  requireCounts,
  requireMatrix,
  requireMatrixWithMissing,
  requireNumber,
  requireObject,
  requireOptionChoice,
  requireProbability,
  requireSample,
  requireWeightedSample,
} from "../../lib/estimation/validate";

function expectError(run: () => unknown, code: EstimationErrorCode, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(EstimationError);
  expect((thrown as EstimationError).code).toBe(code);
  expect((thrown as EstimationError).message).toBe(message);
}

describe("describeValue", () => {
  it("names JSON values the way messages need them", () => {
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("nothing");
    expect(describeValue([1])).toBe("an array");
    expect(describeValue({})).toBe("an object");
    expect(describeValue("abc")).toBe('the string "abc"');
    expect(describeValue("a".repeat(30))).toBe(`the string "${"a".repeat(20)}…"`);
    expect(describeValue(false)).toBe("false");
    expect(describeValue(2.5)).toBe("2.5");
  });
});

describe("requireSample", () => {
  it("returns a copy of valid numbers", () => {
    const input = [1, 2.5, -3];
    const sample = requireSample(input);
    expect(sample).toEqual(input);
    expect(sample).not.toBe(input);
  });

  it("rejects what is not a finite sample", () => {
    expectError(() => requireSample([]), "invalid-data", "data must not be empty");
    expectError(() => requireSample([1, Number.NaN, 2]), "invalid-data", "data[1] is NaN, not a finite number");
    expectError(() => requireSample({ length: 1 }), "invalid-data", "data must be an array of numbers, got an object");
    expectError(() => requireSample([1], "sample", { minLength: 2 }), "invalid-data", "sample needs at least 2 values, got 1");
  });

  it("applies range rules with the noun in the message", () => {
    expectError(
      () => requireSample([0, 3, -1], "data", { min: 0, integer: true, noun: "counts" }),
      "invalid-data",
      "data[2] = -1 is negative; counts must be ≥ 0",
    );
    expectError(() => requireSample([1.5], "data", { oneOf: [0, 1] }), "invalid-data", "data[0] = 1.5 must be 0 or 1");
    expectError(() => requireSample([4], "data", { oneOf: [1, 2, 3] }), "invalid-data", "data[0] = 4 must be one of 1, 2, 3");
    expectError(() => requireSample([2, 11], "x", { max: 10 }), "invalid-data", "x[1] = 11 is above 10; values must be ≤ 10");
    expectError(() => requireSample([0.5], "x", { min: 1 }), "invalid-data", "x[0] = 0.5 is below 1; values must be ≥ 1");
  });
});

describe("requireCounts", () => {
  it("accepts whole numbers ≥ 0 and can demand a positive total", () => {
    expect(requireCounts([0, 3], "counts")).toEqual([0, 3]);
    expectError(() => requireCounts([0, 0], "counts", { positiveTotal: true }), "invalid-data", "counts must not all be zero");
    expectError(
      () => requireCounts([1, 2.5], "counts"),
      "invalid-data",
      "counts[1] = 2.5 is not a whole number; counts must be whole numbers",
    );
  });
});

describe("scalars and objects", () => {
  it("requireNumber and requireProbability, with the error code chosen by the caller", () => {
    expect(requireNumber(3, "init.lambda", { min: 0 })).toBe(3);
    expectError(
      () => requireNumber("3", "init.lambda", { code: "invalid-init" }),
      "invalid-init",
      'init.lambda is the string "3", not a number',
    );
    expect(requireProbability(0, "init.p")).toBe(0);
    expect(requireProbability(1, "init.p")).toBe(1);
    expectError(
      () => requireProbability(1.5, "init.p", { code: "invalid-init" }),
      "invalid-init",
      "init.p must be a probability in [0, 1], got 1.5",
    );
  });

  it("requireObject rejects arrays and null", () => {
    expect(requireObject({ a: 1 }, "data")).toEqual({ a: 1 });
    expectError(() => requireObject([], "data"), "invalid-data", "data must be an object, got an array");
    expectError(() => requireObject(null, "init", { code: "invalid-init" }), "invalid-init", "init must be an object, got null");
  });

  it("requireOptionChoice returns the fallback when absent and names the choices otherwise", () => {
    expect(requireOptionChoice(undefined, "options.support", ["failures", "trials"], "failures")).toBe("failures");
    expect(requireOptionChoice("trials", "options.support", ["failures", "trials"], "failures")).toBe("trials");
    expectError(
      () => requireOptionChoice("x", "options.mode", ["a", "b", "c"], "a"),
      "invalid-option",
      'options.mode must be one of "a", "b", "c", got "x"',
    );
  });
});

describe("requireWeightedSample", () => {
  it("turns a plain array into frequency-1 rows and keeps a table as given", () => {
    expect(requireWeightedSample([2, 0])).toEqual({ values: [2, 0], frequencies: [1, 1] });
    expect(requireWeightedSample({ values: [0, 1], frequencies: [5, 0] })).toEqual({ values: [0, 1], frequencies: [5, 0] });
  });

  it("checks the table's values with the caller's rules", () => {
    expectError(
      () => requireWeightedSample({ values: [0, -1], frequencies: [1, 1] }, "data", { min: 0 }),
      "invalid-data",
      "data.values[1] = -1 is negative; values must be ≥ 0",
    );
    expectError(
      () => requireWeightedSample({ values: [0, 1], frequencies: [1, 0.5] }),
      "invalid-data",
      "data.frequencies[1] = 0.5 is not a whole number; counts must be whole numbers",
    );
  });
});

describe("matrices", () => {
  it("requireMatrix accepts rectangular finite rows", () => {
    expect(
      requireMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        "X",
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("requireMatrix names the ragged row, the bad entry and the empty cases", () => {
    expectError(() => requireMatrix([[1, 2], [3]], "X"), "invalid-data", "X[1] has 1 entry, expected 2 (as X[0])");
    expectError(() => requireMatrix([[1, 2]], "X", { columns: 3 }), "invalid-data", "X[0] has 2 entries, expected 3");
    expectError(() => requireMatrix([[1, null]], "X"), "invalid-data", "X[0][1] is null, not a number");
    expectError(() => requireMatrix([], "X"), "invalid-data", "X must not be empty");
    expectError(() => requireMatrix([[]], "X"), "invalid-data", "X[0] must not be empty");
    expectError(() => requireMatrix([1, 2], "X"), "invalid-data", "X[0] must be an array, got 1");
    expectError(() => requireMatrix([[1]], "X", { minRows: 2 }), "invalid-data", "X needs at least 2 rows, got 1");
    expectError(() => requireMatrix("X", "X"), "invalid-data", 'X must be an array of rows, got the string "X"');
  });

  it("requireMatrix with allowNoColumns accepts rows that are all empty, and only all of them", () => {
    expect(requireMatrix([[], [], []], "X", { allowNoColumns: true })).toEqual([[], [], []]);
    expectError(() => requireMatrix([[], [1]], "X", { allowNoColumns: true }), "invalid-data", "X[1] has 1 entry, expected 0 (as X[0])");
    expectError(() => requireMatrix([[1], []], "X", { allowNoColumns: true }), "invalid-data", "X[1] has 0 entries, expected 1 (as X[0])");
    expectError(() => requireMatrix([], "X", { allowNoColumns: true }), "invalid-data", "X must not be empty");
    expectError(() => requireMatrix([1], "X", { allowNoColumns: true }), "invalid-data", "X[0] must be an array, got 1");
  });

  it("requireMatrixWithMissing keeps null as missing and still rejects other non-numbers", () => {
    expect(
      requireMatrixWithMissing(
        [
          [1, null],
          [null, 4],
        ],
        "data",
      ),
    ).toEqual([
      [1, null],
      [null, 4],
    ]);
    expectError(() => requireMatrixWithMissing([[1, "NA"]], "data"), "invalid-data", 'data[0][1] is the string "NA", not a number');
  });
});
