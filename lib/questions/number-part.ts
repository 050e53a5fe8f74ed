/**
 * Grading of one numeric part: the learner's text is read and compared with the truth from the
 * estimation library by lib/grading, which also names a known mistake when the number matches one.
 */
import { gradeNumberAnswer, type NumberCheckSpec } from "../grading";
import type { PartResult } from "./types";

export function checkNumberPart(
  partId: string,
  answer: string | string[] | undefined,
  truth: number,
  spec: NumberCheckSpec = {},
): PartResult {
  if (Array.isArray(answer)) {
    return { id: partId, status: "invalid", message: "This part takes one number typed as text, not a list." };
  }
  const text = answer ?? "";
  const grade = gradeNumberAnswer(text, truth, spec);
  const result: PartResult = { id: partId, status: grade.status, message: grade.message };
  if (grade.mistake) result.mistake = grade.mistake;
  // The true value is revealed once an answer is graded right or wrong, not while the learner
  // is asked for more figures or to fix their input.
  if (grade.status === "correct" || grade.status === "incorrect") result.expected = truth;
  return result;
}
