// The preview's reader loads mathjs lazily: before it arrives, plain numbers, fractions and
// percentages are read exactly as the grader reads them and an expression waits (null); after,
// every text is read exactly as the grader's parseAnswer reads it.
import { describe, expect, it } from "vitest";
import { loadEvaluator, readTypedNumber } from "@/components/practice/answer-reader";
import { parseAnswer } from "@/lib/grading";

const WITHOUT_EVALUATOR = ["3/8", "37.5%", "1.5e-3", "0,70", "1,375", "1.5×10⁻³", "", "  ", "p = 1", "import(1)"];
const EXPRESSIONS = ["ln(2)/3", "sqrt(2)", "e^-2", "0.7.1", "2 e-2", "2(3)"];

describe("readTypedNumber", () => {
  it("reads without mathjs what needs no expression, and waits for it otherwise", () => {
    for (const text of WITHOUT_EVALUATOR) expect(readTypedNumber(text)).toEqual(parseAnswer(text));
    for (const text of EXPRESSIONS) expect(readTypedNumber(text)).toBeNull();
  });

  it("once the evaluator has loaded, reads every text as the grader does", async () => {
    await loadEvaluator();
    for (const text of [...WITHOUT_EVALUATOR, ...EXPRESSIONS]) expect(readTypedNumber(text)).toEqual(parseAnswer(text));
    expect(readTypedNumber("ln(2)/3")).toMatchObject({ ok: true, value: Math.log(2) / 3 });
  });
});
