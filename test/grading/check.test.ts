import { describe, expect, it } from "vitest";
import { checkNumber, describeRange, gradeNumberAnswer, isWithinTolerance, parseAnswer } from "@/lib/grading";
import type { MistakeCandidate, NumberCheckSpec, ParsedNumber } from "@/lib/grading";

function parsed(text: string): ParsedNumber {
  const result = parseAnswer(text);
  if (!result.ok) throw new Error(`test input ${JSON.stringify(text)} does not parse: ${result.message}`);
  return result;
}

const check = (text: string, truth: number, spec?: NumberCheckSpec) => checkNumber(parsed(text), truth, spec);

const probability = { min: 0, max: 1, name: "a probability" };
const variance = { min: 0, name: "a variance" };

describe("checkNumber: tolerance", () => {
  it("accepts the truth in every form", () => {
    for (const text of ["0.375", ".375", "3/8", "37.5%", "0,375", "6/16", "3.75e-1", "3.75×10^-1"]) {
      expect(check(text, 0.375)).toEqual({ status: "correct", message: "Correct." });
    }
    expect(check("ln(2)/3", 0.2310490601866484).status).toBe("correct");
    expect(check("e^-2", 0.1353352832366127).status).toBe("correct");
  });

  it("accepts up to 0.5 % relative error and no more", () => {
    // 0.2 × 0.005 = 0.001: 0.201 and 0.199 are exactly on the boundary.
    expect(check("0.201", 0.2).status).toBe("correct");
    expect(check("0.199", 0.2).status).toBe("correct");
    expect(check("0.20101", 0.2).status).toBe("incorrect"); // 0.505 %
    expect(check("0.19899", 0.2).status).toBe("incorrect");
    expect(check("0.20101", 0.2).message).toBe(
      "`0.20101` is about 0.5 % too high: not within 0.5 % of the answer. Check each step against the hints.",
    );
    // negative truths use |truth|
    expect(check("-0.201", -0.2).status).toBe("correct");
    expect(check("-0.20101", -0.2).status).toBe("incorrect");
    expect(check("0.2", -0.2).status).toBe("incorrect");
  });

  it("uses the part's own tolerance", () => {
    expect(check("0.21", 0.2, { tolerance: 0.05 }).status).toBe("correct");
    expect(check("0.2101", 0.2, { tolerance: 0.05 }).status).toBe("incorrect");
    expect(check("0.2101", 0.2, { tolerance: 0.05 }).message).toMatch(
      /^`0.2101` is about 5(\.1)? % too high: not within 5 % of the answer\./,
    );
    expect(check("0.2002", 0.2, { tolerance: 0.001 }).status).toBe("correct");
    expect(check("0.20021", 0.2, { tolerance: 0.001 }).status).toBe("incorrect");
  });

  it("accepts within a part's absolute floor when the truth is near 0, and not beyond it", () => {
    // A mean of centred data: 0.000338, computed as (sum of values ≈ 10) / n; 4 figures on the sum give ±0.0005.
    expect(check("0.0008", 0.000338, { absoluteTolerance: 0.005 }).status).toBe("correct");
    expect(check("0.0008", 0.000338).status).toBe("incorrect");
    expect(check("0.02", 0.000338, { absoluteTolerance: 0.005 }).status).toBe("incorrect");
    expect(check("12.3", 12, { absoluteTolerance: 0.005 }).status).toBe("incorrect"); // the relative rule still applies
  });

  it("uses an absolute tolerance of 0.0005 when the truth is 0", () => {
    expect(check("0", 0).status).toBe("correct");
    expect(check("0.0005", 0).status).toBe("correct");
    expect(check("-0.0005", 0).status).toBe("correct");
    expect(check("0.00051", 0)).toEqual({
      status: "incorrect",
      message: "`0.00051` is too high by 0.00051: not within ±0.0005 of the answer. Check each step against the hints.",
    });
    expect(check("0.001", 0, { absoluteToleranceAtZero: 0.001 }).status).toBe("correct");
  });

  it("treats a percentage as a hundredth", () => {
    expect(check("37.5%", 0.375).status).toBe("correct");
    expect(check("37.5", 0.375).status).toBe("incorrect");
  });

  it("grades a bare number too", () => {
    expect(checkNumber(0.375, 0.375).status).toBe("correct");
    // a bare number carries no significant figures: never imprecise
    expect(checkNumber(0.7, 0.713).status).toBe("incorrect");
  });

  it("refuses a truth that is not finite (a template bug)", () => {
    expect(() => checkNumber(1, Number.NaN)).toThrow(RangeError);
    expect(() => checkNumber(1, Infinity)).toThrow(RangeError);
  });
});

describe("checkNumber: imprecise", () => {
  it("asks for more figures when the answer is the truth rounded to fewer than 3", () => {
    expect(check("0.7", 0.713)).toEqual({
      status: "imprecise",
      message: "Right direction, give 3 significant figures (you gave 1).",
    });
    // 0.71 is within 0.5 % of 0.713 (correct) but 0.69 % away from 0.7149, which it rounds.
    expect(check("0.71", 0.713).status).toBe("correct");
    expect(check("0.71", 0.7149)).toEqual({
      status: "imprecise",
      message: "Right direction, give 3 significant figures (you gave 2).",
    });
    expect(check("0,71", 0.7149).status).toBe("imprecise");
    expect(check("71%", 0.7149).status).toBe("imprecise");
    expect(check("7.1e-1", 0.7149).status).toBe("imprecise");
    expect(check("7.1×10^-1", 0.7149).status).toBe("imprecise");
    expect(check("700", 713).status).toBe("imprecise"); // 700 has 1 significant figure
    expect(check("710", 714.9).status).toBe("imprecise");
    expect(check("-0.7", -0.713).status).toBe("imprecise");
    expect(check("1", 0.96).status).toBe("imprecise"); // 0.96 to one figure is 1
    expect(check("0.1", 0.0992).status).toBe("imprecise"); // 0.0992 to one figure is 0.1
  });

  it("counts a rounding tie either way", () => {
    expect(check("0.13", 0.125).status).toBe("imprecise");
    expect(check("0.12", 0.125).status).toBe("imprecise");
    expect(check("0.11", 0.125).status).toBe("incorrect");
  });

  it("is incorrect when the coarse answer is not the truth's rounding", () => {
    expect(check("0.70", 0.713).status).toBe("incorrect"); // 2 figures: the truth rounds to 0.71
    expect(check("0.8", 0.713).status).toBe("incorrect");
    expect(check("0.6", 0.713).status).toBe("incorrect");
    expect(check("1", 0.94).status).toBe("incorrect"); // 0.94 to one figure is 0.9
    expect(check("0.7", -0.713).status).toBe("incorrect");
  });

  it("is incorrect with 3 or more figures, even if rounded correctly", () => {
    // 0.1234 rounded to 3 figures is 0.123, 0.33 % off: correct. With a tighter tolerance it is wrong, not imprecise.
    expect(check("0.123", 0.1234).status).toBe("correct");
    expect(check("0.123", 0.1234, { tolerance: 0.001 }).status).toBe("incorrect");
    expect(check("0.714", 0.713).status).toBe("correct");
    expect(check("0.720", 0.713).status).toBe("incorrect");
  });

  it("follows the part's required figures", () => {
    expect(check("0.123", 0.1234, { tolerance: 0.0001, requiredSignificantFigures: 4 })).toEqual({
      status: "imprecise",
      message: "Right direction, give 4 significant figures (you gave 3).",
    });
  });

  it("never applies to expressions, fractions, exact parts or a truth of 0", () => {
    expect(check("7/10", 0.713).status).toBe("incorrect");
    expect(check("ln(2)", 0.713).status).toBe("incorrect");
    expect(check("0.7", 0.713, { exact: true }).status).toBe("incorrect");
    expect(check("0.001", 0).status).toBe("incorrect");
  });
});

describe("checkNumber: ranges", () => {
  it("names the range of a probability", () => {
    expect(check("1.45", 0.45, { range: probability })).toEqual({
      status: "incorrect",
      message: "`1.45` is out of range: a probability lies between 0 and 1.",
    });
    expect(check("145%", 0.45, { range: probability }).message).toBe("`145%` is out of range: a probability lies between 0 and 1.");
    expect(check("-0.2", 0.2, { range: probability }).status).toBe("incorrect");
  });

  it("names the range of a variance", () => {
    expect(check("-2.5", 2.5, { range: variance })).toEqual({
      status: "incorrect",
      message: "`-2.5` is out of range: a variance cannot be negative.",
    });
  });

  it("includes the bounds", () => {
    expect(check("1", 1, { range: probability }).status).toBe("correct");
    expect(check("0", 0, { range: probability }).status).toBe("correct");
  });

  it("comes before the tolerance: an impossible value is never correct", () => {
    expect(check("1.004", 0.9999, { range: probability }).status).toBe("incorrect");
  });

  it("describes one-sided and two-sided ranges", () => {
    expect(describeRange({ min: 0, max: 1, name: "a probability" })).toBe("a probability lies between 0 and 1");
    expect(describeRange({ min: 0, name: "a variance" })).toBe("a variance cannot be negative");
    expect(describeRange({ min: 1, name: "a count of trials" })).toBe("a count of trials is at least 1");
    expect(describeRange({ max: 0, name: "a log-likelihood" })).toBe("a log-likelihood cannot be positive");
    expect(describeRange({ max: 10, name: "a score" })).toBe("a score is at most 10");
  });
});

describe("checkNumber: exact parts", () => {
  it("compares within 1e-12 only", () => {
    expect(check("3/8", 0.375, { exact: true }).status).toBe("correct");
    expect(check("6/16", 0.375, { exact: true }).status).toBe("correct");
    expect(check("0.375", 0.375, { exact: true }).status).toBe("correct");
    expect(check("0.3751", 0.375, { exact: true })).toEqual({ status: "incorrect", message: "Not equal to the answer." });
    expect(check("1/3", 1 / 3, { exact: true }).status).toBe("correct");
    expect(check("0.333", 1 / 3, { exact: true }).status).toBe("incorrect");
    expect(check("12", 12, { exact: true }).status).toBe("correct");
    expect(check("12.01", 12, { exact: true }).status).toBe("incorrect");
  });

  it("asks for lowest terms when the part does", () => {
    expect(check("3/8", 0.375, { lowestTerms: true })).toEqual({ status: "correct", message: "Correct." });
    expect(check("-3/8", -0.375, { lowestTerms: true }).status).toBe("correct");
    expect(check("2", 2, { lowestTerms: true }).status).toBe("correct"); // an integer is its own lowest terms
    expect(check("6/16", 0.375, { lowestTerms: true })).toEqual({
      status: "incorrect",
      message: "The value is right, but `6/16` is not in lowest terms: divide both by 2.",
    });
    expect(check("0.375", 0.375, { lowestTerms: true })).toEqual({
      status: "incorrect",
      message: "The value is right, but the question asks for a fraction in lowest terms (a/b).",
    });
    expect(check("5/8", 0.375, { lowestTerms: true })).toEqual({ status: "incorrect", message: "Not equal to the answer." });
  });
});

describe("checkNumber: known mistakes", () => {
  const mistakes: MistakeCandidate[] = [
    { tag: "n-minus-1", value: 2.5, message: "You divided by n − 1: the MLE divides by n." },
    { tag: "sd-not-variance", value: Math.sqrt(2), message: "That is the standard deviation, not the variance." },
  ];

  it("names the mistake an incorrect answer matches", () => {
    expect(check("2.5", 2, { mistakes })).toEqual({
      status: "incorrect",
      message: "You divided by n − 1: the MLE divides by n.",
      mistake: "n-minus-1",
    });
    expect(check("sqrt(2)", 2, { mistakes }).mistake).toBe("sd-not-variance");
    expect(check("1.414", 2, { mistakes }).mistake).toBe("sd-not-variance");
    expect(check("3", 2, { mistakes })).toEqual({
      status: "incorrect",
      message: "`3` is about 50 % too high: not within 0.5 % of the answer. Check each step against the hints.",
    });
  });

  it("lets the truth win when both match", () => {
    expect(check("2", 2, { mistakes: [{ tag: "complement", value: 2.001, message: "x" }] })).toEqual({
      status: "correct",
      message: "Correct.",
    });
  });

  it("prefers asking for figures over naming a mistake the coarse answer only approximates", () => {
    expect(check("0.7", 0.713, { mistakes: [{ tag: "reciprocal", value: 0.702, message: "x" }] }).status).toBe("imprecise");
  });

  it("names a known mistake typed exactly, even when it is also the truth's coarse rounding", () => {
    // E[σ̂²] = (n − 1)/n · σ² = 1.714 for σ² = 2, n = 7: typing σ² itself is the mistake, not a rounding.
    const unbiased: MistakeCandidate[] = [{ tag: "unbiased-assumed", value: 2, message: "The MLE of the variance is biased." }];
    expect(check("2", 12 / 7, { mistakes: unbiased })).toMatchObject({ status: "incorrect", mistake: "unbiased-assumed" });
    expect(check("2", 12 / 7).status).toBe("imprecise");
  });

  it("keeps the range in the message of an out-of-range mistake", () => {
    const likelihood: MistakeCandidate[] = [{ tag: "likelihood-not-log", value: 0.05, message: "That is the likelihood; take its log." }];
    expect(check("0.05", -3, { range: { max: 0, name: "a log-likelihood" }, mistakes: likelihood })).toEqual({
      status: "incorrect",
      message: "That is the likelihood; take its log. (`0.05` is out of range: a log-likelihood cannot be positive.)",
      mistake: "likelihood-not-log",
    });
  });

  it("matches exactly on exact parts", () => {
    const wrong: MistakeCandidate[] = [{ tag: "factor-inverted", value: 0.5, message: "x" }];
    expect(check("1/2", 0.375, { exact: true, mistakes: wrong }).mistake).toBe("factor-inverted");
    expect(check("0.501", 0.375, { exact: true, mistakes: wrong }).mistake).toBeUndefined();
  });
});

describe("gradeNumberAnswer", () => {
  it("reports the check API's statuses", () => {
    expect(gradeNumberAnswer("", 0.375)).toEqual({ status: "unanswered", message: "No answer given", parsed: null });
    expect(gradeNumberAnswer("0.7.1", 0.375)).toEqual({
      status: "invalid",
      message: "`0.7.1` is not a number",
      parsed: null,
    });
    expect(gradeNumberAnswer("1,375", 1.375)).toEqual({
      status: "invalid",
      message: "`1,375` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write `1.375` or `1375`",
      parsed: null,
    });
    expect(gradeNumberAnswer("3/8", 0.375)).toMatchObject({ status: "correct", parsed: { value: 0.375, isFraction: true } });
    expect(gradeNumberAnswer("0.7", 0.713).status).toBe("imprecise");
    expect(gradeNumberAnswer("1.45", 0.45, { range: probability }).status).toBe("incorrect");
  });
});

describe("isWithinTolerance", () => {
  it("is inclusive and symmetric around the target", () => {
    expect(isWithinTolerance(0.201, 0.2)).toBe(true);
    expect(isWithinTolerance(0.199, 0.2)).toBe(true);
    expect(isWithinTolerance(0.20101, 0.2)).toBe(false);
    expect(isWithinTolerance(0.0005, 0)).toBe(true);
    expect(isWithinTolerance(0.00051, 0)).toBe(false);
    expect(isWithinTolerance(Number.NaN, 0)).toBe(false);
  });
});

describe("a plain wrong number", () => {
  it("gets its direction and size, the band as a person writes it, and what to check", () => {
    expect(check("1.12", 1).message).toBe(
      "`1.12` is about 12 % too high: not within 0.5 % of the answer. Check each step against the hints.",
    );
    expect(check("0.88", 1, { advice: "Divide by n, not n − 1." }).message).toBe(
      "`0.88` is about 12 % too low: not within 0.5 % of the answer. Divide by n, not n − 1.",
    );
    expect(check("30", 10).message).toMatch(/about 3 times too large/);
    expect(check("2", 10).message).toMatch(/about 5 times too small/);
    expect(check("-1", 1).message).toMatch(/wrong sign/);
  });

  it("prints a widened band as an absolute allowance", () => {
    expect(check("1.2", 1, { absoluteTolerance: 0.0123 }).message).toMatch(/not within ±0\.012 of the answer/);
    expect(check("1.01", 1, { absoluteTolerance: 0.0123 }).status).toBe("correct");
  });

  it("names a mistake within the same absolute band the truth gets", () => {
    const mistakes: MistakeCandidate[] = [{ tag: "n-minus-1", value: 1.1, message: "You divided by n − 1." }];
    expect(check("1.109", 1, { absoluteTolerance: 0.01, mistakes }).mistake).toBe("n-minus-1");
    expect(check("1.109", 1, { mistakes }).mistake).toBeUndefined();
  });
});
