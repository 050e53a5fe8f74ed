/**
 * Reading a number that a learner typed, as the grader does: `readNumber` (read-number.ts, where
 * the accepted forms are documented) with the mathjs evaluator of expressions. The browser's live
 * preview uses `readNumber` directly and loads the evaluator when an expression is typed.
 */
import { evaluateExpression } from "./evaluate-expression";
import { readNumber, type ParseResult } from "./read-number";

export { MAX_ANSWER_LENGTH } from "./read-number";
export type { ParsedNumber, ParseFailure, ParseFailureReason, ParseResult } from "./read-number";

/**
 * Reads a learner's typed answer as a number. Never throws; see `readNumber`.
 *
 * @example
 * parseAnswer("3/8")       // { ok: true, value: 0.375, significantFigures: null, isFraction: true, ... }
 * parseAnswer("ln(2)/3")   // { ok: true, value: 0.2310490601866484, ... }
 */
export function parseAnswer(text: string): ParseResult {
  return readNumber(text, evaluateExpression);
}
