/**
 * Grading of typed numeric answers: pure TypeScript, no React, Next or Prisma, so it runs the same in a
 * route handler, a server action, a test and the browser.
 *
 * - `parseAnswer(text)` reads what the learner typed (decimals, fractions, percentages, ×10^, decimal
 *   commas, small expressions such as `ln(2)/3`), or says what is wrong with it.
 * - `checkNumber(parsed, truth, spec)` grades a number: correct, incorrect or imprecise.
 * - `gradeNumberAnswer(text, truth, spec)` does both, with the check API's statuses (adds invalid, unanswered).
 * - `matchMistake(value, candidates, tolerance)` names a known mistake computed by a template.
 * - `codeSpan(text)` quotes a learner's text in a message (Markdown code span that the text cannot close).
 */
export { MAX_ANSWER_LENGTH, parseAnswer } from "./parse-number";
export { codeSpan } from "./quote";
export type { ParsedNumber, ParseFailure, ParseFailureReason, ParseResult } from "./parse-number";
export {
  DEFAULT_REQUIRED_SIGNIFICANT_FIGURES,
  EXACT_TOLERANCE,
  checkNumber,
  describeMiss,
  describeRange,
  formatPercent,
  gradeNumberAnswer,
} from "./check";
export type { AnswerGrade, AnswerStatus, CheckResult, CheckStatus, NumberCheckSpec, NumberRange } from "./check";
export { matchMistake } from "./mistakes";
export { MISTAKE_TAGS, isMistakeTag, mistakeName } from "./mistake-tags";
export type { MistakeTag } from "./mistake-tags";
export type { MistakeCandidate, MistakeMatch, MistakeMatchOptions } from "./mistakes";
export { DEFAULT_ABSOLUTE_TOLERANCE_AT_ZERO, DEFAULT_RELATIVE_TOLERANCE, isWithinTolerance, relativeDistance } from "./tolerance";
