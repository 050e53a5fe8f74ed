/**
 * Reading a number that a learner typed.
 *
 * Accepted forms: plain decimals (`0.375`, `.375`, `-1.5e-3`), scientific notation written by hand
 * (`1.5×10^-3`, `1.5x10^-3`, `1.5*10^-3`, `1.5·10⁻³`), fractions (`3/8`), percentages (`37.5%` = 0.375),
 * and small expressions of numbers (`24/30`, `ln(2)/3`, `log(2)` = natural log, `sqrt(2)`, `√2`, `e^-2`,
 * `exp(-2)`, `pi`, `π`). Unicode minus signs and multiplication signs are read as `-` and `*`.
 *
 * White space and punctuation:
 * - spaces around the text and between tokens are ignored (`3 / 8`, `1.5 × 10^-3`, `37.5 %`);
 * - invisible format characters (zero-width space and joiners, word joiner, BOM, soft hyphen, direction
 *   marks) are removed wherever they are, and no-break spaces (U+00A0, U+202F) are spaces;
 * - a space never multiplies: `0.375 (3/8)`, `2 pi` and `2 sqrt(2)` are "not a number", with a message.
 *   A product written without a space is read as before (`2pi`, `2(3)`, `2√2`), except with e (below);
 * - digits split by a space (`1 375`, `0. 5`) are not a number;
 * - one sign at a time: `--0.875`, `+-1` and `1 - -1` are not a number;
 * - exactly one trailing period (the end of a sentence) is allowed: `3.` and `0.375.` are read, `3..` and
 *   `0.375..` are not a number.
 *
 * The letter e: written straight after digits and followed by digits, with no space, it is scientific
 * notation (`2e-2` = 0.02, `1.5E3`). Otherwise it is the constant e, which must stand alone as an operand
 * (`e`, `2*e`, `e/2`, `e - 2`, and `e-2` = e − 2 ≈ 0.718) or be the base of a power (`e^-2`, `e^(-2)`; or
 * `exp(-2)`). e in an implicit product, spaced or not (`2e`, `2 e`, `2e^-2`, `2 e^-2`, `(2)e`, `2(e)`,
 * `e2`, `e(2)`), is "not a number" with a message showing `2*e^-2` and `2e-2`. `2 e-2` (a number, a space,
 * then e, a sign and digits) could be either, so it is "ambiguous" and the message offers `2e-2` and
 * `2*e-2`.
 *
 * Commas: a comma between digits is a decimal comma when it cannot be a thousands separator (`0,375`,
 * `2,5`, `12,34`, `1234,5`). When it could be either (`1,375`, `12,345`) nothing is guessed: the result is
 * an "ambiguous" failure. Forms that can only be thousands separators (`1,375,000`, `1,375.5`) are read as
 * such. Ambiguity is considered only for text made of characters and words an answer can hold: anything
 * else (`p = 1,375`, `<b>1,375`) is simply "not a number".
 *
 * Messages quote the learner's text only inside one code span (`codeSpan`: Markdown escapes it, and a
 * backtick or line break in the text cannot close it). An "ambiguous" message suggests rewrites (`1.375`
 * or `1375`, also in code spans) only when every one of them is itself an answer; otherwise it explains
 * without rewriting ("… write the number with a decimal point").
 *
 * Expressions are parsed by a mathjs instance that holds only the arithmetic an answer needs (in
 * evaluate-expression.ts, given to `readNumber` as its evaluator, so that a browser loads mathjs only
 * when an expression is typed); the parsed tree is then checked against a whitelist (numbers, + − × ÷ ^, parentheses, ln/log/exp/sqrt of one
 * argument, the constants e and pi) before it is evaluated, so `import(...)`, `createUnit(...)`,
 * `evaluate(...)`, matrices, strings, units, assignments and every other mathjs feature are rejected as
 * "not a number" without being run.
 *
 * Significant figures (`significantFigures`) are counted only for a plain decimal literal, the mantissa of
 * scientific notation, and a percentage written as a literal:
 * - leading zeros never count (`0.0070` → 2);
 * - with a decimal point, trailing zeros count (`0.70` → 2, `3.0e-3` → 2, `700.0` → 4);
 * - without a decimal point, trailing zeros do not count (`700` → 1, `1500` → 2, `12` → 2): the usual
 *   convention that an integer's trailing zeros are ambiguous, read in the learner's favour;
 * - a literal zero (`0`, `0.00`) and every expression or fraction give `null` (exact, or not applicable).
 */
import { codeSpan } from "./quote";

/**
 * Longest answer text accepted, in characters: the parser and the check request's schema share it, so a
 * typed answer is either read or refused with one limit.
 */
export const MAX_ANSWER_LENGTH = 200;

/** A successfully read number. */
export interface ParsedNumber {
  ok: true;
  /** The number's value; a percentage is already divided by 100. Never NaN or infinite. */
  value: number;
  /** Significant figures of a typed decimal literal; `null` for expressions, fractions and zero. */
  significantFigures: number | null;
  /** True when the text is a fraction of two integers, like `3/8` or `-24/30`. */
  isFraction: boolean;
  /** The integers of a typed fraction (`-24/30` → { numerator: -24, denominator: 30 }), else `null`. */
  fraction: { numerator: number; denominator: number } | null;
  /** True when the text ended with `%` (the value is already divided by 100). */
  isPercent: boolean;
  /** The text as it was read: ASCII operators, decimal point, lower case (`1,5×10⁻³` → `1.5*10^(-3)`). */
  normalized: string;
}

/** Why a text was not read as a number. */
export type ParseFailureReason = "empty" | "too-long" | "ambiguous" | "not-a-number" | "not-finite";

/** A text that is not a number; `empty` marks an unanswered part (blank text), not an invalid one. */
export interface ParseFailure {
  ok: false;
  empty: boolean;
  reason: ParseFailureReason;
  /** Says what was wrong, quoting the learner's text in a code span: "`0.7.1` is not a number". */
  message: string;
}

export type ParseResult = ParsedNumber | ParseFailure;

/**
 * Evaluates a normalised expression (`ln(2)/3`, `2*e^-2`) for `readNumber`, or says why it is not a
 * number; `original` is the learner's text, for the message. The mathjs one is in evaluate-expression.ts.
 */
export type ExpressionEvaluator = (text: string, original: string) => { ok: true; value: number } | { ok: false; failure: ParseFailure };

export const ALLOWED_FUNCTIONS = new Set(["ln", "log", "exp", "sqrt"]);
export const ALLOWED_CONSTANTS = new Set(["e", "pi"]);
const ALLOWED_WORDS = new Set([...ALLOWED_FUNCTIONS, ...ALLOWED_CONSTANTS]);

const SUPERSCRIPTS: Record<string, string> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁺": "+",
  "⁻": "-",
};

// Format characters (Unicode Cf): zero-width space, zero-width (non-)joiner, word joiner, byte-order mark,
// soft hyphen, direction marks and overrides. Invisible, so a pasted one is removed before anything else
// (and from the text a message quotes). No-break spaces (U+00A0, U+202F, ...) are white space: trimmed
// at the ends and read as a space inside.
const INVISIBLE = /\p{Cf}/gu;
// Characters an answer can hold before decimal commas are resolved; anything else is "not a number".
const ANSWER_CHARACTERS = /^[0-9a-z.,+\-*/^() √]+$/;

const DECIMAL_LITERAL = /^([+-]?)\s*(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/;
const SCIENTIFIC_TIMES_TEN = /^([+-]?)\s*(\d+\.?\d*|\.\d+)\s*\*\s*10\s*\^\s*(?:\(\s*([+-]?\d+)\s*\)|([+-]?\d+))$/;
const INTEGER_FRACTION = /^([+-]?)\s*(\d+)\s*\/\s*(\d+)$/;

const COMMA_AMBIGUITY = "a comma between digits may be a decimal comma or a thousands separator";
const DECIMAL_POINT_ADVICE = "write the number with a decimal point";
export const E_ADVICE =
  "the constant e stands alone or as the base of a power (`e^-2`); write a product with e with `*` (`2*e^-2`) " +
  "and a power of ten with no spaces (`2e-2`)";
const SPACED_E_AMBIGUITY =
  "e after a space may be the constant e or a power of ten; write a power of ten with no spaces (`2e-2`) " +
  "and a product with e with `*` (`2*e`)";
const SPACE_PRODUCT = "a space does not multiply; write `*` for a product";
const SPACE_REMARK = "a number followed by a remark in parentheses is not one number; give one number (for a product, write `*`)";

type Normalized = { ok: true; text: string; isPercent: boolean } | { ok: false; failure: ParseFailure };

function failure(reason: ParseFailureReason, message: string): ParseFailure {
  return { ok: false, empty: reason === "empty", reason, message };
}

export function notANumber(original: string, why?: string): ParseFailure {
  return failure("not-a-number", `${codeSpan(original)} is not a number${why ? `: ${why}` : ""}`);
}

function ambiguous(original: string, explanation: string): ParseFailure {
  return failure("ambiguous", `${codeSpan(original)} is ambiguous: ${explanation}`);
}

/**
 * Whether every rewrite a message would suggest is itself an answer. They are read without suggestions
 * of their own, so a text with several ambiguities costs at most two more reads, not a tree of them.
 */
function areAllAnswers(rewrites: readonly string[], evaluate: ExpressionEvaluator): boolean {
  return rewrites.every((rewrite) => readAnswer(rewrite, false, evaluate).ok);
}

/** Counts significant figures of an unsigned decimal mantissa such as `0.070` or `700` (see module doc). */
function countSignificantFigures(mantissa: string): number | null {
  const hasPoint = mantissa.includes(".");
  let digits = mantissa.replace(".", "").replace(/^0+/, "");
  if (digits === "") return null;
  if (!hasPoint) digits = digits.replace(/0+$/, "");
  return digits.length;
}

/** Index of the innermost unclosed "(" before `position`, or -1. */
function enclosingParenthesis(text: string, position: number): number {
  const open: number[] = [];
  for (let i = 0; i < position; i++) {
    if (text[i] === "(") open.push(i);
    else if (text[i] === ")") open.pop();
  }
  return open.length > 0 ? (open[open.length - 1] as number) : -1;
}

type CommaResult = { ok: true; text: string } | { ok: false; failure: ParseFailure };

/**
 * Rewrites digit groups that contain commas (decimal comma or thousands separators), or explains why not.
 * `suffix` (a `%` taken off the text) is put back on suggested rewrites; `suggest` is false while a
 * rewrite is itself being checked.
 */
function resolveCommas(text: string, original: string, suffix: string, suggest: boolean, evaluate: ExpressionEvaluator): CommaResult {
  const runs = /(?<![\d.])\d+(?:,\d+)+(?:\.\d*)?/g;
  let result = "";
  let last = 0;
  for (const match of text.matchAll(runs)) {
    const run = match[0];
    const start = match.index;
    const groups = run.split(".")[0]!.split(",");
    const hasPoint = run.includes(".");
    const couldBeThousands = /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3);
    const rewrite = (replacement: string) => text.slice(0, start) + replacement + text.slice(start + run.length) + suffix;
    let replacement: string;
    if (hasPoint || groups.length > 2) {
      // `1,375.5` and `1,375,000` can only be thousands separators.
      if (!couldBeThousands) return { ok: false, failure: notANumber(original) };
      replacement = run.replace(/,/g, "");
    } else if (couldBeThousands) {
      if (!suggest) return { ok: false, failure: ambiguous(original, COMMA_AMBIGUITY) };
      const rewrites = [rewrite(run.replace(",", ".")), rewrite(run.replace(",", ""))] as const;
      const advice = areAllAnswers(rewrites, evaluate)
        ? `write ${codeSpan(rewrites[0])} or ${codeSpan(rewrites[1])}`
        : DECIMAL_POINT_ADVICE;
      return { ok: false, failure: ambiguous(original, `${COMMA_AMBIGUITY}; ${advice}`) };
    } else {
      const parenthesis = enclosingParenthesis(text, start);
      if (parenthesis > 0 && /[a-z]/.test(text[parenthesis - 1] ?? "")) {
        // `log(8,2)`: a decimal comma, or a second argument? Functions here take one argument.
        if (!suggest) return { ok: false, failure: ambiguous(original, COMMA_AMBIGUITY) };
        const asDecimal = rewrite(run.replace(",", "."));
        const explanation = areAllAnswers([asDecimal], evaluate)
          ? `write ${codeSpan(asDecimal)} with a decimal point (functions take one argument)`
          : "a comma inside a function's parentheses may be a decimal comma or separate two arguments " +
            `(functions take one argument); ${DECIMAL_POINT_ADVICE}`;
        return { ok: false, failure: ambiguous(original, explanation) };
      }
      replacement = run.replace(",", ".");
    }
    result += text.slice(last, start) + replacement;
    last = start + run.length;
  }
  return { ok: true, text: result + text.slice(last) };
}

/**
 * Where the letter e stands next to a number, a parenthesis or a name, as in `2e`, `2 e^-2`, `e2` or
 * `e(2)`, returns why that is not accepted; null when every e is scientific notation (`2e-2`) or the
 * constant on its own (`e`, `e^-2`, `2*e`, `e-2`). `2 e-2` is handled before, as an ambiguity.
 */
function misplacedE(text: string): string | null {
  for (const match of text.matchAll(/(?<![a-z])e(?![a-z])/g)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + 1);
    if (/[\d.]$/.test(before) && /^[+-]?\d/.test(after)) continue; // 2e-2, 1.5e3
    if (/(?:[\d.)]|(?<![a-z])pi)\s*$/.test(before) || /^\s*[\d.(a-z√]/.test(after)) return E_ADVICE;
  }
  return null;
}

/** Turns typed text into the ASCII form the readers below understand, or explains why it cannot. */
function normalize(original: string, suggest: boolean, evaluate: ExpressionEvaluator): Normalized {
  let text = original
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+/g, (run) => "^(" + [...run].map((c) => SUPERSCRIPTS[c]).join("") + ")")
    .normalize("NFKC")
    .replace(/[\u2212\u2010\u2011\u2012\u2013\u2014\u2796\uFE63]/g, "-")
    .replace(/[×·⋅∙✕✖]/g, "*")
    .replace(/[÷⁄∕]/g, "/")
    .replace(/π/g, "pi")
    .replace(/\*\*/g, "^")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  // One trailing period ends a sentence ("0.375.", "3."); two do not ("3..", "0.375..").
  if (text.length > 1 && text.endsWith(".")) {
    text = text.slice(0, -1).trimEnd();
    if (text.endsWith(".")) return { ok: false, failure: notANumber(original, "only one period may end the answer") };
  }
  let isPercent = false;
  if (text.endsWith("%")) {
    isPercent = true;
    text = text.slice(0, -1).trimEnd();
  }
  if (text === "") return { ok: false, failure: notANumber(original) };
  // `1.5x10^-3`: an x between a number and 10^ is a multiplication sign.
  text = text.replace(/([\d.])\s*x\s*(?=10\s*\^)/g, "$1*");
  // Characters and words that can never be part of an answer (`p = 1,375`, `<b>`) make it "not a number",
  // before any ambiguity is considered.
  if (!ANSWER_CHARACTERS.test(text)) return { ok: false, failure: notANumber(original) };
  for (const word of text.matchAll(/([a-z]+)\s*(\()?/g)) {
    if (ALLOWED_WORDS.has(word[1]!)) continue;
    const why = word[2] ? "only ln, log, exp and sqrt are allowed" : undefined;
    return { ok: false, failure: notANumber(original, why) };
  }
  // `--0.875`, `+-1`, `1 - -1`: one sign at a time.
  if (/[+-]\s*[+-]/.test(text)) return { ok: false, failure: notANumber(original, "two signs in a row") };
  // `1 375` or `0. 5`: digits split by a space are not read as one number, nor multiplied.
  if (/\d\s+[\d.]|\.\s+\d/.test(text)) {
    return { ok: false, failure: notANumber(original, "remove the space between the digits") };
  }
  // `2 e-2`: the exponent of 2e-2, or 2 times e, minus 2? Only the spaceless form is a literal.
  const spacedExponent = /(\d\.?)\s+e\s*([+-]\s*\d)/.exec(text);
  if (spacedExponent) {
    if (!suggest) return { ok: false, failure: ambiguous(original, SPACED_E_AMBIGUITY) };
    const mantissa = text.slice(0, spacedExponent.index) + spacedExponent[1];
    const rest = text.slice(spacedExponent.index + spacedExponent[0].length - spacedExponent[2]!.length).replace(/\s+/g, "");
    const suffix = isPercent ? "%" : "";
    const rewrites = [`${mantissa}e${rest}${suffix}`, `${mantissa}*e${rest}${suffix}`] as const;
    const explanation = areAllAnswers(rewrites, evaluate)
      ? `write ${codeSpan(rewrites[0])} for a power of ten, or ${codeSpan(rewrites[1])} for a product with the constant e`
      : SPACED_E_AMBIGUITY;
    return { ok: false, failure: ambiguous(original, explanation) };
  }
  const eReason = misplacedE(text);
  if (eReason) return { ok: false, failure: notANumber(original, eReason) };
  // `0.375 (3/8)`, `2 pi`: a space never stands for a product.
  const spacedProduct = /(?:[\d.)]|(?<![a-z])pi)\s+([\d.(√a-z])/.exec(text);
  if (spacedProduct) {
    return { ok: false, failure: notANumber(original, spacedProduct[1] === "(" ? SPACE_REMARK : SPACE_PRODUCT) };
  }
  const commas = resolveCommas(text, original, isPercent ? "%" : "", suggest, evaluate);
  if (!commas.ok) return commas;
  text = commas.text
    // `√2`, `√(2)`, `√pi`
    .replace(/√\s*(\d+\.?\d*|\.\d+|pi|e(?![a-z]))/g, "sqrt($1)")
    .replace(/√\s*\(/g, "sqrt(");
  if (!/^[0-9a-z.+\-*/^() ]+$/.test(text)) return { ok: false, failure: notANumber(original) };
  return { ok: true, text, isPercent };
}

/**
 * Reads a learner's typed answer as a number, with `evaluate` for the texts that are expressions
 * (`parseAnswer` of parse-number.ts gives it the mathjs evaluator).
 *
 * Never throws. Blank text gives `{ ok: false, empty: true }` (an unanswered part); anything else that is
 * not a number gives `{ ok: false, empty: false, message }` with a message that quotes the text in a
 * code span (see `codeSpan`) and, for an ambiguous text, suggests only rewrites that are answers.
 *
 * @example
 * readNumber("3/8")       // { ok: true, value: 0.375, significantFigures: null, isFraction: true, ... }
 * readNumber("0,70")      // { ok: true, value: 0.7, significantFigures: 2, ... }
 * readNumber("1.5×10⁻³")  // { ok: true, value: 0.0015, significantFigures: 2, ... }
 * readNumber("1,375")     // { ok: false, reason: "ambiguous", message: "`1,375` is ambiguous: a comma between
 *                          //   digits may be a decimal comma or a thousands separator; write `1.375` or `1375`" }
 */
export function readNumber(text: string, evaluate: ExpressionEvaluator): ParseResult {
  if (typeof text !== "string") return failure("not-a-number", "The answer is not text");
  return readAnswer(text, true, evaluate);
}

/** `readNumber`; with `suggest` false, an ambiguous text gets no suggested rewrites (nor checks them). */
function readAnswer(text: string, suggest: boolean, evaluate: ExpressionEvaluator): ParseResult {
  const original = text.replace(INVISIBLE, "").trim();
  if (original === "") return failure("empty", "No answer given");
  if (original.length > MAX_ANSWER_LENGTH) {
    return failure("too-long", `The answer is too long (more than ${MAX_ANSWER_LENGTH} characters)`);
  }
  const normalized = normalize(original, suggest, evaluate);
  if (!normalized.ok) return normalized.failure;
  const { text: body, isPercent } = normalized;
  // A percentage moves the decimal exponent by two, so `37.5%` is exactly the double nearest 0.375.
  const percentShift = isPercent ? -2 : 0;

  let value: number;
  let significantFigures: number | null = null;
  let fraction: ParsedNumber["fraction"] = null;
  const literal = DECIMAL_LITERAL.exec(body) ?? SCIENTIFIC_TIMES_TEN.exec(body);
  const fractionMatch = INTEGER_FRACTION.exec(body);
  if (literal) {
    const [, sign = "", mantissa = "", exponent1, exponent2] = literal;
    const exponent = Number(exponent1 ?? exponent2 ?? "0") + percentShift;
    value = Number(`${sign}${mantissa}e${exponent}`);
    significantFigures = countSignificantFigures(mantissa);
  } else if (fractionMatch && !isPercent) {
    const [, sign = "", numerator = "", denominator = ""] = fractionMatch;
    fraction = { numerator: Number(sign + numerator), denominator: Number(denominator) };
    value = fraction.numerator / fraction.denominator;
  } else {
    const evaluated = evaluate(body, original);
    if (!evaluated.ok) return evaluated.failure;
    value = isPercent ? evaluated.value / 100 : evaluated.value;
  }

  if (Number.isNaN(value)) return failure("not-finite", `${codeSpan(original)} is not a real number`);
  if (!Number.isFinite(value)) return failure("not-finite", `${codeSpan(original)} is not a finite number`);
  return {
    ok: true,
    value: value === 0 ? 0 : value, // no -0
    significantFigures,
    isFraction: fraction !== null,
    fraction,
    isPercent,
    normalized: body + (isPercent ? "%" : ""),
  };
}
