import { matchMistake } from "./mistakes";
import type { MistakeCandidate } from "./mistakes";
import { parseAnswer } from "./parse-number";
import type { ParsedNumber } from "./parse-number";
import { codeSpan } from "./quote";
import { DEFAULT_ABSOLUTE_TOLERANCE_AT_ZERO, DEFAULT_RELATIVE_TOLERANCE, isWithinTolerance } from "./tolerance";

/** Significant figures asked for when a coarse answer is "right direction" (docs/question-kinds.md: 3). */
export const DEFAULT_REQUIRED_SIGNIFICANT_FIGURES = 3;
/** Relative slack of an `exact` comparison, for floating-point noise only (3/8 vs 0.375). */
export const EXACT_TOLERANCE = 1e-12;

/** The values a parameter can take, for example `{ min: 0, max: 1, name: "a probability" }`. Inclusive. */
export interface NumberRange {
  min?: number;
  max?: number;
  /** The parameter with its article, as it reads in "a probability lies between 0 and 1". */
  name: string;
}

/** How one numeric part is checked. Every field is optional; the defaults are those of docs/question-kinds.md. */
export interface NumberCheckSpec {
  /** Relative tolerance (default 0.005, i.e. 0.5 %). */
  tolerance?: number;
  /** Absolute tolerance used when the truth is exactly 0 (default 0.0005). */
  absoluteToleranceAtZero?: number;
  /** Exact equality (within 1e-12, relative) instead of a tolerance: integers, exact fractions. No "imprecise". */
  exact?: boolean;
  /**
   * The part asks for "a fraction in lowest terms": implies `exact`, and the answer must also be typed as
   * a/b with gcd(a, b) = 1 (or as an integer when the truth is one). A right value in another form
   * (`6/16`, `0.375`) is `incorrect`, with a message saying why.
   */
  lowestTerms?: boolean;
  /** Significant figures a coarse answer is asked to give (default 3). */
  requiredSignificantFigures?: number;
  /**
   * An absolute floor on the tolerance, for a truth that can come out near 0 as the difference of
   * larger numbers (a mean of centred data, a Newton step): within this distance is also correct, so a
   * learner who works to 4 significant figures is not failed by the relative rule. It does not scale
   * with the truth, so it also holds when a later part is regraded against the learner's own values.
   */
  absoluteTolerance?: number;
  /** The parameter's range: a value outside it is `incorrect`, with a message naming the range. */
  range?: NumberRange;
  /** What to check when a number is plainly wrong (default: the hints, step by step). */
  advice?: string;
  /** Known wrong values for this variant; a match names the mistake (see `matchMistake`). */
  mistakes?: readonly MistakeCandidate[];
}

export type CheckStatus = "correct" | "incorrect" | "imprecise";

export interface CheckResult {
  status: CheckStatus;
  message: string;
  /** Tag of the recognised known mistake (kebab-case), only with `incorrect`. */
  mistake?: string;
}

/** Status of a typed answer, as the check API reports it. */
export type AnswerStatus = CheckStatus | "invalid" | "unanswered";

export interface AnswerGrade {
  status: AnswerStatus;
  message: string;
  mistake?: string;
  /** The number that was read, or null for `invalid` and `unanswered`. */
  parsed: ParsedNumber | null;
}

function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** A tolerance as a person writes it: "0.5 %". */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100)} %`;
}

/** Two significant figures, for sizes of an error ("about 12 % too high"). */
const roughly = (value: number) => String(Number(value.toPrecision(2)));

/**
 * Which way and how far a wrong number is off, as a person says it: "about 12 % too high", "about 3
 * times too large", "the wrong sign", or "too low by 0.02" when the answer is 0.
 */
export function describeMiss(value: number, truth: number): string {
  if (truth === 0) return `too ${value > 0 ? "high" : "low"} by ${roughly(Math.abs(value))}`;
  if (value === 0 || Math.sign(value) !== Math.sign(truth)) return "of the wrong sign or size";
  const ratio = value / truth;
  if (ratio >= 2) return `about ${roughly(ratio)} times too large`;
  if (ratio <= 0.5) return `about ${roughly(1 / ratio)} times too small`;
  const percent = Math.abs(ratio - 1) * 100;
  const direction = value > truth ? "too high" : "too low";
  return `about ${roughly(percent)} % ${direction}`;
}

const DEFAULT_ADVICE = "Check each step against the hints.";

/** "a probability lies between 0 and 1", "a variance cannot be negative", ... */
export function describeRange(range: NumberRange): string {
  const { min, max, name } = range;
  if (min !== undefined && max !== undefined) return `${name} lies between ${formatNumber(min)} and ${formatNumber(max)}`;
  if (min !== undefined) return min === 0 ? `${name} cannot be negative` : `${name} is at least ${formatNumber(min)}`;
  if (max !== undefined) return max === 0 ? `${name} cannot be positive` : `${name} is at most ${formatNumber(max)}`;
  return `${name} can be any number`;
}

function isOutOfRange(value: number, range: NumberRange | undefined): boolean {
  if (!range) return false;
  return (range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max);
}

function isExactlyEqual(value: number, truth: number): boolean {
  return Math.abs(value - truth) <= EXACT_TOLERANCE * Math.max(1, Math.abs(truth));
}

function greatestCommonDivisor(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * Whether `value` is `truth` rounded to `significantFigures`. Ties count both ways (0.12 and 0.13 both
 * round 0.125 to two figures), since the learner may round half to even.
 */
function isTruthRoundedTo(value: number, truth: number, significantFigures: number): boolean {
  const figures = Math.min(Math.max(significantFigures, 1), 100);
  if (isExactlyEqual(value, Number(truth.toPrecision(figures)))) return true;
  const truthExponent = Number(truth.toExponential().split("e")[1]);
  const lastPlace = 10 ** (truthExponent - figures + 1);
  return Math.abs(value - truth) <= (lastPlace / 2) * (1 + 1e-9);
}

/**
 * Grades a number against the true value of a part.
 *
 * Order of the rules: (1) a value outside `spec.range` is `incorrect`, the message naming the range;
 * (2) with `exact`/`lowestTerms`, equality within 1e-12 (and the lowest-terms form) is `correct`;
 * otherwise (3) within the relative tolerance (absolute when the truth is 0) is `correct`;
 * (4) outside it but equal to the truth rounded to the learner's own significant figures, with fewer than
 * `requiredSignificantFigures` of them, is `imprecise` (never for exact parts, a truth of 0, or an
 * expression/fraction, whose figures are `null`), unless it is exactly a known mistake's value; otherwise an
 * imprecise answer is not also reported as a mistake, since more figures are needed to tell; (5) otherwise `incorrect`, with the known mistake it matches, if any.
 *
 * `answer` is a parsed answer (its significant figures and fraction form are used) or a bare number
 * (treated as exact: never `imprecise`, and not a typed fraction). Throws a RangeError if `truth` is not
 * finite, which is a template bug, not a learner's.
 *
 * @example
 * checkNumber(parseAnswer("0.7") as ParsedNumber, 0.713)
 * // { status: "imprecise", message: "Right direction, give 3 significant figures (you gave 1)." }
 * checkNumber(1.45, 1, { range: { min: 0, max: 1, name: "a probability" } })
 * // { status: "incorrect", message: "`1.45` is out of range: a probability lies between 0 and 1." }
 */
export function checkNumber(answer: ParsedNumber | number, truth: number, spec: NumberCheckSpec = {}): CheckResult {
  if (!Number.isFinite(truth)) throw new RangeError(`checkNumber: the truth must be a finite number, got ${truth}`);
  const parsed = typeof answer === "number" ? null : answer;
  const value = typeof answer === "number" ? answer : answer.value;
  const shown = parsed ? parsed.normalized : formatNumber(value);
  const tolerance = spec.tolerance ?? DEFAULT_RELATIVE_TOLERANCE;
  const absoluteAtZero = spec.absoluteToleranceAtZero ?? DEFAULT_ABSOLUTE_TOLERANCE_AT_ZERO;
  const exact = spec.exact === true || spec.lowestTerms === true;
  const required = spec.requiredSignificantFigures ?? DEFAULT_REQUIRED_SIGNIFICANT_FIGURES;

  const incorrect = (message: string): CheckResult => {
    const mistake = spec.mistakes
      ? matchMistake(value, spec.mistakes, exact ? EXACT_TOLERANCE : tolerance, {
          absoluteToleranceAtZero: exact ? EXACT_TOLERANCE : absoluteAtZero,
          absoluteTolerance: exact ? 0 : spec.absoluteTolerance,
          truth,
        })
      : null;
    return mistake ? { status: "incorrect", message: mistake.message, mistake: mistake.tag } : { status: "incorrect", message };
  };

  if (!Number.isFinite(value)) return { status: "incorrect", message: `${codeSpan(shown)} is not a finite number.` };

  if (isOutOfRange(value, spec.range)) {
    const rangeMessage = `${codeSpan(shown)} is out of range: ${describeRange(spec.range as NumberRange)}.`;
    const result = incorrect(rangeMessage);
    return result.mistake ? { ...result, message: `${result.message} (${rangeMessage})` } : result;
  }

  if (exact) {
    if (!isExactlyEqual(value, truth)) return incorrect("Not equal to the answer.");
    if (spec.lowestTerms) {
      const integerLiteral = parsed !== null && /^[+-]?\d+$/.test(parsed.normalized);
      const fraction = parsed?.fraction ?? (integerLiteral ? { numerator: value, denominator: 1 } : null);
      if (!fraction) {
        return { status: "incorrect", message: "The value is right, but the question asks for a fraction in lowest terms (a/b)." };
      }
      const divisor = greatestCommonDivisor(fraction.numerator, fraction.denominator);
      if (divisor !== 1) {
        return {
          status: "incorrect",
          message: `The value is right, but ${codeSpan(shown)} is not in lowest terms: divide both by ${divisor}.`,
        };
      }
    }
    return { status: "correct", message: "Correct." };
  }

  if (
    isWithinTolerance(value, truth, tolerance, absoluteAtZero) ||
    (spec.absoluteTolerance !== undefined && Math.abs(value - truth) <= spec.absoluteTolerance)
  ) {
    return { status: "correct", message: "Correct." };
  }

  const figures = parsed?.significantFigures ?? null;
  if (truth !== 0 && figures !== null && figures < required && isTruthRoundedTo(value, truth, figures)) {
    // A short answer that is exactly a known wrong value (σ² = 2 typed for E[σ̂²] = 1.71) names the
    // mistake rather than asking for more figures of it.
    const exactMistake = spec.mistakes
      ? matchMistake(value, spec.mistakes, EXACT_TOLERANCE, { absoluteToleranceAtZero: EXACT_TOLERANCE })
      : null;
    if (exactMistake) return { status: "incorrect", message: exactMistake.message, mistake: exactMistake.tag };
    return {
      status: "imprecise",
      message: `Right direction, give ${required} significant figures (you gave ${figures}).`,
    };
  }

  const band =
    truth === 0
      ? `±${formatNumber(Math.max(absoluteAtZero, spec.absoluteTolerance ?? 0))}`
      : spec.absoluteTolerance !== undefined && spec.absoluteTolerance > tolerance * Math.abs(truth)
        ? `±${String(Number(spec.absoluteTolerance.toPrecision(2)))}`
        : formatPercent(tolerance);
  return incorrect(
    `${codeSpan(shown)} is ${describeMiss(value, truth)}: not within ${band} of the answer. ${spec.advice ?? DEFAULT_ADVICE}`,
  );
}

/**
 * Reads and grades a typed answer in one step, with the statuses of the check API: blank text is
 * `unanswered`, text that is not a number (or is ambiguous, like `1,375`) is `invalid` with the parser's
 * message, anything else is graded by `checkNumber`.
 *
 * @example
 * gradeNumberAnswer("3/8", 0.375)   // { status: "correct", message: "Correct.", parsed: { value: 0.375, ... } }
 * gradeNumberAnswer("0.7.1", 0.375) // { status: "invalid", message: "`0.7.1` is not a number", parsed: null }
 */
export function gradeNumberAnswer(text: string, truth: number, spec: NumberCheckSpec = {}): AnswerGrade {
  const parsed = parseAnswer(text);
  if (!parsed.ok) return { status: parsed.empty ? "unanswered" : "invalid", message: parsed.message, parsed: null };
  return { ...checkNumber(parsed, truth, spec), parsed };
}
