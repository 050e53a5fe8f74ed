/**
 * Grading of choice parts, shared by concept questions: every wrong option carries the reason it
 * is wrong, and the learner's choice is validated against the options of the variant.
 */
import { codeSpan } from "../grading/quote";
import type { Choice, PartResult } from "./types";

export interface ChoiceOption extends Choice {
  correct: boolean;
  /** Why this option is right, or why it is wrong: shown after a check. */
  explanation: string;
}

/** A single choice may arrive as one id or as a one-element list (docs/question-api.md). */
export function readSingleChoice(answer: string | string[] | undefined): string | undefined | null {
  if (answer === undefined) return undefined;
  if (typeof answer === "string") return answer.trim() === "" ? undefined : answer.trim();
  if (answer.length === 0) return undefined;
  if (answer.length > 1) return null;
  const [only] = answer;
  return only === undefined || only.trim() === "" ? undefined : only.trim();
}

export function gradeSingleChoice(partId: string, options: readonly ChoiceOption[], answer: string | string[] | undefined): PartResult {
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
    const ids = options
      .map((candidate) => candidate.id)
      .sort()
      .join(", ");
    return { id: partId, status: "invalid", message: `${codeSpan(chosen.slice(0, 80))} is not one of the options (${ids}).` };
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

/** Reads a list of choice ids: one id may come as a string. Blank ids are dropped. */
function readChoiceList(answer: string | string[] | undefined): string[] {
  if (answer === undefined) return [];
  const list = typeof answer === "string" ? [answer] : answer;
  return list.map((id) => id.trim()).filter((id) => id !== "");
}

function unknownIds(chosen: readonly string[], options: readonly { id: string }[]): string[] {
  return chosen.filter((id) => !options.some((option) => option.id === id));
}

/**
 * A "select all that apply" part: right only when the chosen set is exactly the set of right options.
 * The message explains every option chosen wrongly and every right option missed.
 */
export function gradeMultiChoice(partId: string, options: readonly ChoiceOption[], answer: string | string[] | undefined): PartResult {
  const right = options.filter((option) => option.correct).map((option) => option.id);
  const chosen = [...new Set(readChoiceList(answer))];
  if (chosen.length === 0) return { id: partId, status: "unanswered", message: "Select every option that applies." };
  const unknown = unknownIds(chosen, options);
  if (unknown.length > 0) {
    const ids = options
      .map((option) => option.id)
      .sort()
      .join(", ");
    return { id: partId, status: "invalid", message: `${codeSpan((unknown[0] ?? "").slice(0, 80))} is not one of the options (${ids}).` };
  }
  const wronglyChosen = options.filter((option) => !option.correct && chosen.includes(option.id));
  const missed = options.filter((option) => option.correct && !chosen.includes(option.id));
  if (wronglyChosen.length === 0 && missed.length === 0) {
    const why = options.filter((option) => option.correct).map((option) => option.explanation);
    return { id: partId, status: "correct", message: ["Correct.", ...why].join(" "), expected: right };
  }
  const lines = [
    ...wronglyChosen.map((option) => `- Not this one: ${option.label} ${option.explanation}`),
    ...missed.map((option) => `- You missed: ${option.label} ${option.explanation}`),
  ];
  return { id: partId, status: "incorrect", message: ["Not quite.", ...lines].join("\n"), expected: right };
}

export interface OrderStep {
  id: string;
  label: string;
}

/**
 * An "order the steps" part: `steps` are listed in the right order; the answer is every step id, once,
 * in the learner's order. The message names the first step out of place.
 */
export function gradeOrder(partId: string, steps: readonly OrderStep[], answer: string | string[] | undefined): PartResult {
  const right = steps.map((step) => step.id);
  const given = readChoiceList(answer);
  if (given.length === 0) return { id: partId, status: "unanswered", message: "Put the steps in order." };
  const unknown = unknownIds(given, steps);
  if (unknown.length > 0) {
    return {
      id: partId,
      status: "invalid",
      message: `${codeSpan((unknown[0] ?? "").slice(0, 80))} is not one of the steps (${[...right].sort().join(", ")}).`,
    };
  }
  if (given.length !== right.length || new Set(given).size !== given.length) {
    return { id: partId, status: "invalid", message: `Give each of the ${right.length} steps exactly once.` };
  }
  const firstWrong = given.findIndex((id, index) => id !== right[index]);
  if (firstWrong === -1) return { id: partId, status: "correct", message: "Correct: that is the order.", expected: right };
  const step = steps[firstWrong] as OrderStep;
  return {
    id: partId,
    status: "incorrect",
    message: `Not quite: step ${firstWrong + 1} should be “${step.label}”.`,
    expected: right,
  };
}
