/**
 * Grading of one numeric part: parse what the learner typed, compare it with the truth from the
 * estimation library, and name a known mistake when the number matches one.
 */
import { checkNumber, matchMistake, parseAnswer, type NumberSpec } from "../grading";
import { formatNumber } from "./format";
import type { PartResult } from "./types";

export interface KnownMistake {
  tag: string;
  value: number;
  message: string;
}

export interface NumberPartSpec extends NumberSpec {
  mistakes?: KnownMistake[];
}

export function checkNumberPart(
  partId: string,
  answer: string | string[] | undefined,
  truth: number,
  spec: NumberPartSpec = {},
): PartResult {
  const text = Array.isArray(answer) ? answer.join(" ") : (answer ?? "");
  const parsed = parseAnswer(text);
  if (!parsed.ok) {
    return parsed.empty
      ? { id: partId, status: "unanswered", message: "No answer was given." }
      : { id: partId, status: "invalid", message: parsed.message };
  }
  const { mistakes = [], ...numberSpec } = spec;
  const checked = checkNumber(parsed, truth, numberSpec);
  const result: PartResult = { id: partId, status: checked.status, message: checked.message };
  // The true value is revealed once an answer is graded right or wrong, not while the learner
  // is asked for more figures.
  if (checked.status !== "imprecise") result.expected = truth;
  if (checked.status === "incorrect") {
    const mistake = matchMistake(parsed.value, mistakes, numberSpec.tolerance);
    if (mistake) {
      result.mistake = mistake.tag;
      result.message = `${mistake.message} The answer is ${formatNumber(truth)}.`;
    }
  }
  return result;
}
