import { describe, expect, it } from "vitest";
import { matchMistake } from "@/lib/grading";
import type { MistakeCandidate } from "@/lib/grading";

// A sample 1, 2, 3, 4: the variance MLE divides by n (1.25); dividing by n − 1 gives 1.6667.
const sample = [1, 2, 3, 4];
const mean = sample.reduce((sum, x) => sum + x, 0) / sample.length;
const sumOfSquares = sample.reduce((sum, x) => sum + (x - mean) ** 2, 0);
const truth = sumOfSquares / sample.length; // 1.25
const candidates: MistakeCandidate[] = [
  { tag: "n-minus-1", value: sumOfSquares / (sample.length - 1), message: "You divided by n − 1: the MLE divides by n." },
  { tag: "sd-not-variance", value: Math.sqrt(truth), message: "That is σ, not σ²." },
];

describe("matchMistake", () => {
  it("names the mistake a value matches", () => {
    expect(matchMistake(5 / 3, candidates)).toEqual({
      tag: "n-minus-1",
      message: "You divided by n − 1: the MLE divides by n.",
    });
    expect(matchMistake(1.667, candidates)?.tag).toBe("n-minus-1");
    expect(matchMistake(1.118, candidates)?.tag).toBe("sd-not-variance");
  });

  it("uses the relative tolerance, inclusive", () => {
    const one: MistakeCandidate[] = [{ tag: "term-omitted", value: 0.2, message: "m" }];
    expect(matchMistake(0.201, one)).not.toBeNull();
    expect(matchMistake(0.20101, one)).toBeNull();
    expect(matchMistake(0.21, one, 0.05)).not.toBeNull();
    expect(matchMistake(0.2101, one, 0.05)).toBeNull();
  });

  it("uses an absolute tolerance for a candidate of 0", () => {
    const zero: MistakeCandidate[] = [{ tag: "z-omitted", value: 0, message: "m" }];
    expect(matchMistake(0.0004, zero)?.tag).toBe("z-omitted");
    expect(matchMistake(0.0006, zero)).toBeNull();
    expect(matchMistake(0.0006, zero, 0.005, { absoluteToleranceAtZero: 0.001 })?.tag).toBe("z-omitted");
  });

  it("returns null when nothing matches", () => {
    expect(matchMistake(3, candidates)).toBeNull();
    expect(matchMistake(3, [])).toBeNull();
    expect(matchMistake(Number.NaN, candidates)).toBeNull();
  });

  it("lets the truth win when both match", () => {
    const nearTruth: MistakeCandidate[] = [{ tag: "n-minus-1", value: 1.251, message: "m" }];
    expect(matchMistake(1.25, nearTruth)?.tag).toBe("n-minus-1");
    expect(matchMistake(1.25, nearTruth, 0.005, { truth })).toBeNull();
    expect(matchMistake(5 / 3, candidates, 0.005, { truth })?.tag).toBe("n-minus-1");
  });

  it("picks the closest of several matching candidates, the first on a tie", () => {
    const close: MistakeCandidate[] = [
      { tag: "x-omitted", value: 1.004, message: "m" },
      { tag: "reciprocal", value: 1.001, message: "m" },
      { tag: "x-on-y", value: 1.001, message: "m" },
    ];
    expect(matchMistake(1, close)?.tag).toBe("reciprocal");
  });

  it("ignores candidates that could not be computed", () => {
    const broken: MistakeCandidate[] = [
      { tag: "ignores-data", value: Number.NaN, message: "m" },
      { tag: "unchanged", value: Infinity, message: "m" },
    ];
    expect(matchMistake(1, broken)).toBeNull();
  });
});
