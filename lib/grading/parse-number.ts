/**
 * Reading a number that a learner typed.
 *
 * Accepted forms: plain decimals (`0.375`, `.375`, `-1.5e-3`), scientific notation written by hand
 * (`1.5×10^-3`, `1.5x10^-3`, `1.5*10^-3`, `1.5·10⁻³`), fractions (`3/8`), percentages (`37.5%` = 0.375),
 * and small expressions of numbers (`24/30`, `ln(2)/3`, `log(2)` = natural log, `sqrt(2)`, `√2`, `e^-2`,
 * `exp(-2)`, `pi`, `π`). Unicode minus signs and multiplication signs, surrounding spaces and one trailing
 * period (the end of a sentence) are tolerated.
 *
 * Commas: a comma between digits is a decimal comma when it cannot be a thousands separator (`0,375`,
 * `2,5`, `12,34`, `1234,5`). When it could be either (`1,375`, `12,345`) nothing is guessed: the result is
 * an "ambiguous" failure whose message offers both readings. Forms that can only be thousands separators
 * (`1,375,000`, `1,375.5`) are read as such.
 *
 * Expressions are parsed by a mathjs instance that holds only the arithmetic this module needs; the parsed
 * tree is then checked against a whitelist (numbers, + − × ÷ ^, parentheses, ln/log/exp/sqrt of one
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
import {
  addDependencies,
  create,
  divideDependencies,
  eDependencies,
  expDependencies,
  logDependencies,
  multiplyDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
} from "mathjs";
import type { FactoryFunctionMap, MathNode } from "mathjs";

/** Longest answer text accepted, in characters (after trimming). */
export const MAX_ANSWER_LENGTH = 100;

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
  /** Says what was wrong, quoting the learner's text: "`0.7.1` is not a number". */
  message: string;
}

export type ParseResult = ParsedNumber | ParseFailure;

// mathjs types its `*Dependencies` as possibly undefined (under noUncheckedIndexedAccess); fail loudly if so.
function definedFactories(maps: Record<string, FactoryFunctionMap | undefined>): FactoryFunctionMap {
  const factories: FactoryFunctionMap = {};
  for (const [name, map] of Object.entries(maps)) {
    if (!map) throw new Error(`mathjs does not export ${name}`);
    factories[name] = map;
  }
  return factories;
}
// A mathjs instance built from the factories of the parser and the few functions an answer may use: no
// evaluate, simplify, derivative, createUnit or unit/matrix functions. (Their dependencies still bring the
// Matrix and Unit classes along, which is one reason every parsed tree is whitelisted before evaluation.)
// `predictable` makes sqrt(-1) NaN instead of a complex number.
const math = create(
  definedFactories({
    parseDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    powDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    logDependencies,
    expDependencies,
    sqrtDependencies,
    eDependencies,
    piDependencies,
  }),
  { predictable: true },
);
const parseExpression = math.parse;
// As the mathjs security notes advise: whatever the tree check misses, these must not be reachable
// from an expression.
const disabled = (name: string) => () => {
  throw new Error(`${name} is disabled`);
};
math.import(
  Object.fromEntries(
    ["import", "createUnit", "evaluate", "parse", "compile", "simplify", "derivative", "resolve"].map(
      (name) => [name, disabled(name)],
    ),
  ),
  { override: true },
);

const ALLOWED_FUNCTIONS = new Set(["ln", "log", "exp", "sqrt"]);
const ALLOWED_CONSTANTS = new Set(["e", "pi"]);
const ALLOWED_OPERATORS = new Set(["add", "subtract", "multiply", "divide", "pow", "unaryMinus", "unaryPlus"]);
const ALLOWED_WORDS = new Set([...ALLOWED_FUNCTIONS, ...ALLOWED_CONSTANTS]);
// mathjs has no `ln`; its `log` of one argument is already the natural logarithm.
const EVALUATION_SCOPE = new Map<string, unknown>([["ln", (x: number) => math.log(x)]]);

const SUPERSCRIPTS: Record<string, string> = {
  "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
  "⁺": "+", "⁻": "-",
};

const DECIMAL_LITERAL = /^([+-]?)\s*(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/;
const SCIENTIFIC_TIMES_TEN = /^([+-]?)\s*(\d+\.?\d*|\.\d+)\s*\*\s*10\s*\^\s*(?:\(\s*([+-]?\d+)\s*\)|([+-]?\d+))$/;
const INTEGER_FRACTION = /^([+-]?)\s*(\d+)\s*\/\s*(\d+)$/;

function quote(text: string): string {
  return "`" + text.replace(/`/g, "'") + "`";
}

function failure(reason: ParseFailureReason, message: string): ParseFailure {
  return { ok: false, empty: reason === "empty", reason, message };
}

function notANumber(original: string, why?: string): ParseFailure {
  return failure("not-a-number", `${quote(original)} is not a number${why ? `: ${why}` : ""}`);
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

/** Rewrites digit groups that contain commas (decimal comma or thousands separators), or explains why not. */
function resolveCommas(text: string, original: string): CommaResult {
  const runs = /(?<![\d.])\d+(?:,\d+)+(?:\.\d*)?/g;
  let result = "";
  let last = 0;
  for (const match of text.matchAll(runs)) {
    const run = match[0];
    const start = match.index;
    const groups = run.split(".")[0]!.split(",");
    const hasPoint = run.includes(".");
    const couldBeThousands = /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3);
    let replacement: string;
    if (hasPoint || groups.length > 2) {
      // `1,375.5` and `1,375,000` can only be thousands separators.
      if (!couldBeThousands) return { ok: false, failure: notANumber(original) };
      replacement = run.replace(/,/g, "");
    } else if (couldBeThousands) {
      const asDecimal = text.slice(0, start) + run.replace(",", ".") + text.slice(start + run.length);
      const asThousands = text.slice(0, start) + run.replace(",", "") + text.slice(start + run.length);
      return {
        ok: false,
        failure: failure("ambiguous", `${quote(original)} is ambiguous: write ${asDecimal} or ${asThousands}`),
      };
    } else {
      const parenthesis = enclosingParenthesis(text, start);
      if (parenthesis > 0 && /[a-z]/.test(text[parenthesis - 1] ?? "")) {
        // `log(8,2)`: a decimal comma, or a second argument? Functions here take one argument.
        const asDecimal = text.slice(0, start) + run.replace(",", ".") + text.slice(start + run.length);
        return {
          ok: false,
          failure: failure(
            "ambiguous",
            `${quote(original)} is ambiguous: write ${asDecimal} with a decimal point (functions take one argument)`,
          ),
        };
      }
      replacement = run.replace(",", ".");
    }
    result += text.slice(last, start) + replacement;
    last = start + run.length;
  }
  return { ok: true, text: result + text.slice(last) };
}

/** Turns typed text into the ASCII form the readers below understand, or explains why it cannot. */
function normalize(original: string): { ok: true; text: string; isPercent: boolean } | { ok: false; failure: ParseFailure } {
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
  // One trailing period ends a sentence: "0.375."
  if (text.length > 1 && text.endsWith(".")) text = text.slice(0, -1).trimEnd();
  let isPercent = false;
  if (text.endsWith("%")) {
    isPercent = true;
    text = text.slice(0, -1).trimEnd();
  }
  if (text === "") return { ok: false, failure: notANumber(original) };
  // `1 375` or `0. 5`: digits split by a space are not read as one number, nor multiplied.
  if (/\d\s+[\d.]|\.\s+\d/.test(text)) {
    return { ok: false, failure: notANumber(original, "remove the space between the digits") };
  }
  // `2 e-2`: the exponent of 2e-2, or 2 times e, minus 2? Only the spaceless form is a literal.
  const spacedExponent = /(\d\.?)\s+e\s*([+-]\s*\d)/.exec(text);
  if (spacedExponent) {
    const mantissa = text.slice(0, spacedExponent.index) + spacedExponent[1];
    const rest = text
      .slice(spacedExponent.index + spacedExponent[0].length - spacedExponent[2]!.length)
      .replace(/\s+/g, "");
    return {
      ok: false,
      failure: failure(
        "ambiguous",
        `${quote(original)} is ambiguous: write ${mantissa}e${rest} for a power of ten, or ${mantissa}*e${rest}`,
      ),
    };
  }
  // `1e` or `2e^-2` typed without a space: an unfinished exponent more often than a product with e.
  if (/[\d.]e(?![a-z\d]|[+-]\d)/.test(text)) return { ok: false, failure: notANumber(original) };
  const commas = resolveCommas(text, original);
  if (!commas.ok) return commas;
  text = commas.text
    // `1.5x10^-3`: an x between a number and 10^ is a multiplication sign.
    .replace(/([\d.])\s*x\s*(?=10\s*\^)/g, "$1*")
    // `√2`, `√(2)`, `√pi`
    .replace(/√\s*(\d+\.?\d*|\.\d+|pi|e(?![a-z]))/g, "sqrt($1)")
    .replace(/√\s*\(/g, "sqrt(");
  if (!/^[0-9a-z.+\-*/^() ]+$/.test(text)) return { ok: false, failure: notANumber(original) };
  for (const word of text.matchAll(/([a-z]+)\s*(\()?/g)) {
    if (ALLOWED_WORDS.has(word[1]!)) continue;
    const why = word[2] ? "only ln, log, exp and sqrt are allowed" : undefined;
    return { ok: false, failure: notANumber(original, why) };
  }
  return { ok: true, text, isPercent };
}

/** Why `node` may not be evaluated, or null when it is plain arithmetic on numbers. */
function forbiddenPart(node: MathNode): string | null {
  if (math.isConstantNode(node)) {
    return typeof node.value === "number" ? null : "only numbers are allowed";
  }
  if (math.isSymbolNode(node)) {
    if (ALLOWED_FUNCTIONS.has(node.name)) return `write ${node.name}(…) with parentheses`;
    return ALLOWED_CONSTANTS.has(node.name) ? null : `unknown name ${node.name}`;
  }
  if (math.isParenthesisNode(node)) return forbiddenPart(node.content);
  if (math.isFunctionNode(node)) {
    const name = math.isSymbolNode(node.fn) ? node.fn.name : "";
    if (!ALLOWED_FUNCTIONS.has(name)) return "only ln, log, exp and sqrt are allowed";
    if (node.args.length !== 1) return `${name} takes one argument`;
    return forbiddenPart(node.args[0] as MathNode);
  }
  if (math.isOperatorNode(node)) {
    if (!ALLOWED_OPERATORS.has(node.fn)) return "only + - * / ^ are allowed";
    for (const arg of node.args) {
      const reason = forbiddenPart(arg);
      if (reason) return reason;
    }
    // `(2)3` is not a product anyone means to type; `2pi` and `2(3)` are.
    if (node.implicit && node.args.some((arg, i) => i > 0 && math.isConstantNode(arg))) {
      return "an operator is missing";
    }
    return null;
  }
  return "only numbers and + - * / ^ are allowed";
}

function evaluateExpression(text: string, original: string): { ok: true; value: number } | { ok: false; failure: ParseFailure } {
  let tree: MathNode;
  try {
    tree = parseExpression(text);
  } catch {
    return { ok: false, failure: notANumber(original) };
  }
  const reason = forbiddenPart(tree);
  if (reason) return { ok: false, failure: notANumber(original, reason) };
  let value: unknown;
  try {
    value = tree.compile().evaluate(EVALUATION_SCOPE);
  } catch {
    return { ok: false, failure: notANumber(original) };
  }
  if (typeof value !== "number") return { ok: false, failure: notANumber(original) };
  return { ok: true, value };
}

/**
 * Reads a learner's typed answer as a number.
 *
 * Never throws. Blank text gives `{ ok: false, empty: true }` (an unanswered part); anything else that is
 * not a number gives `{ ok: false, empty: false, message }` with a message quoting the text.
 *
 * @example
 * parseAnswer("3/8")       // { ok: true, value: 0.375, significantFigures: null, isFraction: true, ... }
 * parseAnswer("0,70")      // { ok: true, value: 0.7, significantFigures: 2, ... }
 * parseAnswer("1.5×10⁻³")  // { ok: true, value: 0.0015, significantFigures: 2, ... }
 * parseAnswer("1,375")     // { ok: false, reason: "ambiguous", message: "`1,375` is ambiguous: write 1.375 or 1375" }
 */
export function parseAnswer(text: string): ParseResult {
  if (typeof text !== "string") return failure("not-a-number", "The answer is not text");
  const original = text.trim();
  if (original === "") return failure("empty", "No answer given");
  if (original.length > MAX_ANSWER_LENGTH) {
    return failure("too-long", `The answer is too long (more than ${MAX_ANSWER_LENGTH} characters)`);
  }
  const normalized = normalize(original);
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
    const evaluated = evaluateExpression(body, original);
    if (!evaluated.ok) return evaluated.failure;
    value = isPercent ? evaluated.value / 100 : evaluated.value;
  }

  if (Number.isNaN(value)) return failure("not-finite", `${quote(original)} is not a real number`);
  if (!Number.isFinite(value)) return failure("not-finite", `${quote(original)} is not a finite number`);
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
