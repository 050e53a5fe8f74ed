/**
 * Grading of choice parts, shared by concept questions: every wrong option carries the reason it
 * is wrong, and the learner's choice is validated against the options of the variant.
 */
import type { Choice, PartResult } from "./types";

export interface ChoiceOption extends Choice {
  correct: boolean;
  /** Why this option is right, or why it is wrong: shown after a check. */
  explanation: string;
}

/** A single choice may arrive as one id or as a one-element list (PRODUCT.md). */
export function readSingleChoice(answer: string | string[] | undefined): string | undefined | null {
  if (answer === undefined) return undefined;
  if (typeof answer === "string") return answer.trim() === "" ? undefined : answer.trim();
  if (answer.length === 0) return undefined;
  if (answer.length > 1) return null;
  const [only] = answer;
  return only === undefined || only.trim() === "" ? undefined : only.trim();
}

export function gradeSingleChoice(
  partId: string,
  options: readonly ChoiceOption[],
  answer: string | string[] | undefined,
): PartResult {
  const right = options.filter((option) => option.correct).map((option) => option.id);
  const chosen = readSingleChoice(answer);
  if (chosen === undefined) {
    return { id: partId, status: "unanswered", message: "Choose one of the options." };
  }
  if (chosen === null) {
    return { id: partId, status: "invalid", message: "Choose exactly one option." };
  }
  const option = options.find((candidate) => candidate.id === chosen);
  if (!option) {
    // Sorted, so the list gives away nothing about which option is right.
    const ids = options.map((candidate) => candidate.id).sort().join(", ");
    return { id: partId, status: "invalid", message: `"${chosen}" is not one of the options (${ids}).` };
  }
  return option.correct
    ? { id: partId, status: "correct", message: `Correct. ${option.explanation}`, expected: right }
    : { id: partId, status: "incorrect", message: `Not quite. ${option.explanation}`, expected: right };
}

/** A deterministic Fisher–Yates shuffle driven by a uniform generator, so each seed orders options its own way. */
export function shuffled<T>(items: readonly T[], uniform: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(uniform() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}
