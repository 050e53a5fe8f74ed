import fc from "fast-check";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { MAX_ANSWER_LENGTH, parseAnswer } from "@/lib/grading";
import type { ParsedNumber, ParseFailure } from "@/lib/grading";

function read(text: string): ParsedNumber {
  const result = parseAnswer(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${result.message}`);
  return result;
}

function reject(text: string): ParseFailure {
  const result = parseAnswer(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be rejected, got ${result.value}`);
  return result;
}

// Expected values are written out by hand (0.375 = 3/8) or come from the JavaScript standard library
// (Math.LN2, Math.exp, Math.SQRT2, Math.PI), never from the code under test.
describe("parseAnswer: accepted forms", () => {
  it.each([
    ["0.375", 0.375],
    [".375", 0.375],
    ["+0.375", 0.375],
    ["-0.375", -0.375],
    ["−0.375", -0.375], // U+2212 minus sign
    ["–0.375", -0.375], // en dash
    ["3/8", 0.375],
    ["-3/8", -0.375],
    ["3 / 8", 0.375],
    ["24/30", 0.8],
    ["-1.5e-3", -0.0015],
    ["1.5E-3", 0.0015],
    ["1.5e+3", 1500],
    ["1.5×10^-3", 0.0015],
    ["1.5 × 10^-3", 0.0015],
    ["1.5x10^-3", 0.0015],
    ["1.5 x 10^-3", 0.0015],
    ["1.5*10^-3", 0.0015],
    ["1.5*10^(-3)", 0.0015],
    ["1.5·10⁻³", 0.0015],
    ["1.5×10^−3", 0.0015],
    ["37.5%", 0.375],
    ["37.5 %", 0.375],
    ["12.3%", 0.123],
    ["5%", 0.05],
    ["0,375", 0.375],
    ["2,5", 2.5],
    ["12,34", 12.34],
    ["1234,5", 1234.5],
    ["1,2345", 1.2345],
    ["0,375%", 0.00375],
    ["1,375,000", 1375000], // only thousands separators can make this
    ["1,375.5", 1375.5], // with a decimal point, the comma can only separate thousands
    ["ln(2)/3", Math.LN2 / 3],
    ["ln(2)/3", 0.23104906018664842],
    ["log(2)", Math.LN2], // natural logarithm
    ["Ln(2)", Math.LN2],
    ["sqrt(2)", Math.SQRT2],
    ["√2", Math.SQRT2],
    ["√(2)/2", Math.SQRT2 / 2],
    ["e^-2", 0.1353352832366127],
    ["e^-2", Math.exp(-2)],
    ["e^(-2)", Math.exp(-2)],
    ["exp(-2)", Math.exp(-2)],
    ["pi", Math.PI],
    ["π", Math.PI],
    ["2pi", 2 * Math.PI],
    ["2*e^-2", 2 * Math.exp(-2)], // `2 e^-2` was read as this; a space no longer multiplies
    ["10^-3", 0.001],
    ["10**-3", 0.001],
    ["(1 + 2) * 3", 9],
    ["1 - 0.25", 0.75],
    ["½", 0.5],
    ["0.375.", 0.375], // a sentence's period
    ["  0.375  ", 0.375],
    ["3/8.", 0.375],
    ["ln(2)/3.", Math.LN2 / 3],
    ["0", 0],
    ["-0", 0],
    ["700", 700],
  ])("%s = %d", (text, value) => {
    expect(read(text).value).toBe(value);
  });

  it("marks fractions of integers and keeps their terms", () => {
    expect(read("3/8")).toMatchObject({ isFraction: true, fraction: { numerator: 3, denominator: 8 } });
    expect(read("-24/30")).toMatchObject({ isFraction: true, fraction: { numerator: -24, denominator: 30 } });
    expect(read("0.375")).toMatchObject({ isFraction: false, fraction: null });
    expect(read("ln(2)/3")).toMatchObject({ isFraction: false, fraction: null });
    expect(read("1.5/3")).toMatchObject({ isFraction: false, fraction: null });
  });

  it("marks percentages", () => {
    expect(read("37.5%")).toMatchObject({ isPercent: true, value: 0.375 });
    expect(read("0.375")).toMatchObject({ isPercent: false });
  });

  it("reports a normalized ASCII form", () => {
    expect(read("1,5·10⁻³").normalized).toBe("1.5*10^(-3)");
    expect(read("−0,375.").normalized).toBe("-0.375");
    expect(read("√2").normalized).toBe("sqrt(2)");
    expect(read("37.5%").normalized).toBe("37.5%");
    expect(read("PI").normalized).toBe("pi");
  });
});

describe("parseAnswer: significant figures", () => {
  it.each([
    ["0.375", 3],
    [".375", 3],
    ["0.7", 1],
    ["0.70", 2],
    ["0.0070", 2], // leading zeros never count
    ["3.0e-3", 2],
    ["-1.5e-3", 2],
    ["1.5×10^-3", 2],
    ["1.50·10⁻³", 3],
    ["37.5%", 3],
    ["0,70", 2],
    ["12", 2],
    ["700", 1], // no decimal point: trailing zeros are not significant
    ["1500", 2],
    ["700.0", 4], // with a decimal point they are
    ["0.7.", 1], // the sentence's period is not a decimal point
  ])("%s has %d", (text, figures) => {
    expect(read(text).significantFigures).toBe(figures);
  });

  it.each(["3/8", "24/30", "ln(2)/3", "e^-2", "sqrt(2)", "pi", "1 - 0.25", "10^-3", "0", "0.00"])(
    "%s has none (exact or not applicable)",
    (text) => {
      expect(read(text).significantFigures).toBeNull();
    },
  );
});

describe("parseAnswer: rejected forms", () => {
  it("reports blank text as unanswered, not invalid", () => {
    for (const text of ["", "   ", "\t\n"]) {
      expect(parseAnswer(text)).toEqual({ ok: false, empty: true, reason: "empty", message: "No answer given" });
    }
  });

  it.each([
    ["0.7.1", "`0.7.1` is not a number"],
    ["abc", "`abc` is not a number"],
    [".", "`.` is not a number"],
    ["%", "`%` is not a number"],
    ["x", "`x` is not a number"],
    ["2^-", "`2^-` is not a number"],
    ["()", "`()` is not a number"],
    ["0.1,375", "`0.1,375` is not a number"],
    ["1,2,3", "`1,2,3` is not a number"],
    ["2, 5", "`2, 5` is not a number"],
    ["1 375", "`1 375` is not a number: remove the space between the digits"],
    ["0. 5", "`0. 5` is not a number: remove the space between the digits"],
    ["sin(2)", "`sin(2)` is not a number: only ln, log, exp and sqrt are allowed"],
    ["sqrt 2", "`sqrt 2` is not a number: write sqrt(…) with parentheses"],
    ["log()", "`log()` is not a number: log takes one argument"],
    ["(2)3", "`(2)3` is not a number: an operator is missing"],
    ["2 x 3", "`2 x 3` is not a number"],
    ["8 mod 3", "`8 mod 3` is not a number"],
    ["2!", "`2!` is not a number"],
    ["true", "`true` is not a number"],
    ["NaN", "`NaN` is not a number"],
    ["Infinity", "`Infinity` is not a number"],
  ])("%s → %s", (text, message) => {
    expect(reject(text)).toEqual({ ok: false, empty: false, reason: "not-a-number", message });
  });

  it.each([
    // Suggested rewrites are in code spans, like the quoted text, and are themselves answers.
    ["1,375", "`1,375` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write `1.375` or `1375`"],
    ["12,345", "`12,345` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write `12.345` or `12345`"],
    [
      "123,456",
      "`123,456` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write `123.456` or `123456`",
    ],
    ["−1,375", "`−1,375` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write `-1.375` or `-1375`"],
    [
      "1,375/2",
      "`1,375/2` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write `1.375/2` or `1375/2`",
    ],
    ["log(8,2)", "`log(8,2)` is ambiguous: write `log(8.2)` with a decimal point (functions take one argument)"],
    ["2 e-2", "`2 e-2` is ambiguous: write `2e-2` for a power of ten, or `2*e-2` for a product with the constant e"],
  ])("%s is ambiguous", (text, message) => {
    expect(reject(text)).toEqual({ ok: false, empty: false, reason: "ambiguous", message });
  });

  it.each([
    ["1/0", "`1/0` is not a finite number"],
    ["1e400", "`1e400` is not a finite number"],
    ["2^2^2^2^2^2", "`2^2^2^2^2^2` is not a finite number"],
    ["0/0", "`0/0` is not a real number"],
    ["sqrt(-1)", "`sqrt(-1)` is not a real number"],
    ["ln(-1)", "`ln(-1)` is not a real number"],
  ])("%s is not finite", (text, message) => {
    expect(reject(text)).toEqual({ ok: false, empty: false, reason: "not-finite", message });
  });

  it("limits the length", () => {
    const long = "1" + "+1".repeat(MAX_ANSWER_LENGTH);
    expect(reject(long)).toMatchObject({ reason: "too-long", empty: false });
    expect(reject(long).message).toMatch(/too long/);
    expect(read("0." + "3".repeat(MAX_ANSWER_LENGTH - 2)).value).toBeCloseTo(1 / 3, 15);
  });

  it.each([
    "import({})",
    'import({"x": 1}, {override: true})',
    'createUnit("x")',
    'evaluate("1")',
    'parse("1")',
    'compile("1")',
    'simplify("x")',
    'derivative("x^2", "x")',
    "[1,2]",
    "[1]",
    "matrix([1])",
    '"a"',
    "'a'",
    "1 cm",
    "5 cm to inch",
    "x = 2",
    "f(x) = x",
    "2; 3",
    "a.b",
    "{a: 1}",
    "1:3",
    "1 == 1",
    "1 ? 2 : 3",
    "e.constructor",
    'e["constructor"]',
    "pi.toString()",
    "cos.constructor('return process')()",
    "ln.call(1, 2)",
    "log(2, 8)",
    "this",
    "process",
  ])("never evaluates %s", (text) => {
    const result = reject(text);
    expect(result.empty).toBe(false);
    expect(result.message).toMatch(/is (not a number|ambiguous)/);
  });
});

describe("parseAnswer: robustness", () => {
  const isWellFormed = (text: string) => {
    const result = parseAnswer(text);
    if (result.ok) {
      return Number.isFinite(result.value) && typeof result.normalized === "string";
    }
    return typeof result.message === "string" && result.message.length > 0 && typeof result.empty === "boolean";
  };

  it("never throws on 2,000 arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 120, unit: "binary" }), isWellFormed), { numRuns: 1000, seed: 42 });
    fc.assert(fc.property(fc.string({ maxLength: 120, unit: "grapheme" }), isWellFormed), { numRuns: 1000, seed: 43 });
  });

  it("never throws on 2,000 strings made of answer-like pieces", () => {
    const piece = fc.constantFrom(
      ..."0123456789.,+-−*/^()%eEx×·√π ⁻³".split(""),
      "ln(",
      "log(",
      "exp(",
      "sqrt(",
      "pi",
      "10^",
      "import(",
      "createUnit(",
      "evaluate(",
      "[",
      "]",
      '"',
      "cm",
      "=",
    );
    const answerLike = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));
    fc.assert(fc.property(answerLike, isWellFormed), { numRuns: 2000, seed: 44 });
  });

  it("reads every plain decimal the way Number does", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const result = parseAnswer(String(x));
        return result.ok && result.value === (x === 0 ? 0 : x);
      }),
      { numRuns: 500, seed: 45 },
    );
  });
});

// Review fixes: each block below failed before the fix it names.
describe("parseAnswer: messages quote the learner only inside a code span", () => {
  // A message is code spans (the learner's text, or a suggested answer) and prose written by this module.
  // The prose must hold nothing a Markdown renderer would turn into markup: no HTML, links, emphasis, maths.
  const prose = (message: string) => message.replace(/`[^`\n]*`/g, "");
  const isSafeMessage = (message: string) =>
    !/\n/.test(message) && (message.match(/`/g) ?? []).length % 2 === 0 && !/[<>&[\]!_$\\`|~]/.test(prose(message));

  it.each(["<img src=x onerror=alert(1)>1,375", "<b>1</b>", "p = 1,375", "x = 1,375", "[a](javascript:alert(1)) 1,375", "1,375 $x$"])(
    "%s is simply not a number (characters no answer can hold), quoted once",
    (text) => {
      expect(reject(text)).toEqual({ ok: false, empty: false, reason: "not-a-number", message: `\`${text}\` is not a number` });
    },
  );

  it("keeps a backtick or a line break in the text from closing the code span", () => {
    expect(reject("1`<b>x</b>`").message).toBe("`1'<b>x</b>'` is not a number");
    expect(reject("1\n\n<b>2</b>").message).toBe("`1 <b>2</b>` is not a number");
    expect(reject("2pi2").message).toBe("`2pi2` is not a number: unknown name `pi2`");
  });

  it("renders with no learner HTML outside code (plain marked, no HTML escaping of its own)", () => {
    for (const text of ["<img src=x onerror=alert(1)>1,375", "1`<img src=x onerror=alert(1)>`", "1\n\n<img src=x>"]) {
      const html = marked.parseInline(reject(text).message, { async: false });
      expect(html).not.toMatch(/<img/);
      expect(html).toMatch(/^<code>/);
    }
  });

  it.each([
    ["1,375%", "`1,375%` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write `1.375%` or `1375%`"],
    [
      "sqrt(1,375)",
      "`sqrt(1,375)` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write `sqrt(1.375)` or `sqrt(1375)`",
    ],
  ])("suggests rewrites that are themselves answers: %s", (text, message) => {
    expect(reject(text)).toEqual({ ok: false, empty: false, reason: "ambiguous", message });
    for (const rewrite of message.match(/`[^`]*`/g)!.slice(1)) expect(parseAnswer(rewrite.slice(1, -1)).ok).toBe(true);
  });

  it.each(["1,375)", "1,375 + 2,345", "1,375^", "(1,375", "log(8,2))"])(
    "explains %s without suggesting a rewrite that is not an answer",
    (text) => {
      const result = reject(text);
      const quoted = result.message.match(/`[^`]*`/g) ?? [];
      expect(quoted).toEqual([`\`${text}\``]);
      expect(result.message).toMatch(/with a decimal point$/);
    },
  );

  it("gives the documented message when no rewrite is an answer", () => {
    expect(reject("1,375)")).toEqual({
      ok: false,
      empty: false,
      reason: "ambiguous",
      message:
        "`1,375)` is ambiguous: a comma between digits may be a decimal comma or a thousands separator; write the number with a decimal point",
    });
  });

  it("every message of 3,000 arbitrary or answer-like strings is safe Markdown", () => {
    const check = (text: string) => {
      const result = parseAnswer(text);
      return result.ok || isSafeMessage(result.message);
    };
    const piece = fc.constantFrom(
      ..."0123456789.,+-*/^()%eE `<>&[]!_$\\|~=\n".split(""),
      "1,375",
      "2,5",
      "ln(",
      "log(",
      "sqrt(",
      "pi",
      "e^",
      "<img src=x>",
      "\u200B",
      "\u00A0",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
        check,
      ),
      { numRuns: 2000, seed: 46 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 60, unit: "grapheme" }), check), { numRuns: 1000, seed: 47 });
  });
});

describe("parseAnswer: a space never multiplies", () => {
  it.each([
    [
      "0.375 (3/8)",
      "`0.375 (3/8)` is not a number: a number followed by a remark in parentheses is not one number; give one number (for a product, write `*`)",
    ],
    [
      "3/8 (0.375)",
      "`3/8 (0.375)` is not a number: a number followed by a remark in parentheses is not one number; give one number (for a product, write `*`)",
    ],
    [
      "(1 + 2) (3)",
      "`(1 + 2) (3)` is not a number: a number followed by a remark in parentheses is not one number; give one number (for a product, write `*`)",
    ],
    ["2 pi", "`2 pi` is not a number: a space does not multiply; write `*` for a product"],
    ["2 sqrt(2)", "`2 sqrt(2)` is not a number: a space does not multiply; write `*` for a product"],
    ["(2) 3", "`(2) 3` is not a number: a space does not multiply; write `*` for a product"],
    ["2 √2", "`2 √2` is not a number: a space does not multiply; write `*` for a product"],
  ])("%s", (text, message) => {
    expect(reject(text)).toEqual({ ok: false, empty: false, reason: "not-a-number", message });
  });

  it.each([
    ["2(3)", 6], // no space: a product, as before
    ["2pi", 2 * Math.PI],
    ["2*pi", 2 * Math.PI],
    ["2 * (3)", 6],
    ["ln (2)", Math.LN2], // a function and its parentheses, not a product
    ["1.5 x 10^-3", 0.0015],
  ])("%s = %d", (text, value) => {
    expect(read(text).value).toBe(value);
  });
});

describe("parseAnswer: signs", () => {
  it.each(["--0.875", "+-1", "-+1", "++1", "- -1", "−−1", "1 - -1", "1--1", "2^--1", "1.5e--3", "10⁻⁻³"])(
    "%s has two signs in a row",
    (text) => {
      expect(reject(text)).toEqual({
        ok: false,
        empty: false,
        reason: "not-a-number",
        message: `\`${text}\` is not a number: two signs in a row`,
      });
    },
  );

  it.each([
    ["-1", -1],
    ["+1", 1],
    ["- 1", -1],
    ["1 - 1", 0],
    ["2^-1", 0.5],
    ["2*-1", -2],
    ["-e^-2", -Math.exp(-2)],
  ])("%s = %d", (text, value) => {
    expect(read(text).value).toBe(value);
  });
});

describe("parseAnswer: one trailing period", () => {
  it.each([
    ["3.", 3],
    ["0.375.", 0.375],
    ["3", 3],
    ["37.5%.", 0.375],
  ])("%s = %d", (text, value) => {
    expect(read(text).value).toBe(value);
  });

  it.each(["3..", "0.375..", "3. .", "3/8..", "..", "3...", "37.5%.."])("%s has more than one", (text) => {
    expect(reject(text)).toEqual({
      ok: false,
      empty: false,
      reason: "not-a-number",
      message: `\`${text}\` is not a number: only one period may end the answer`,
    });
  });
});

describe("parseAnswer: the letter e", () => {
  const E_ADVICE =
    "the constant e stands alone or as the base of a power (`e^-2`); write a product with e with `*` (`2*e^-2`) and a power of ten with no spaces (`2e-2`)";

  it.each([
    ["e", Math.E],
    ["e^-2", Math.exp(-2)],
    ["e^(-2)", Math.exp(-2)],
    ["exp(-2)", Math.exp(-2)],
    ["2*e", 2 * Math.E],
    ["2*e^-2", 2 * Math.exp(-2)],
    ["2 * e^-2", 2 * Math.exp(-2)],
    ["e/2", Math.E / 2],
    ["(e)", Math.E],
    ["e-2", Math.E - 2], // e minus 2, as written: documented
    ["e - 2", Math.E - 2],
    ["2*e-2", 2 * Math.E - 2],
    ["2e-2", 0.02], // scientific notation: no spaces
    ["2E-2", 0.02],
    ["2e2", 200],
    ["2.e-2", 0.02],
    ["10^e", 10 ** Math.E],
  ])("%s = %d", (text, value) => {
    expect(read(text).value).toBeCloseTo(value, 14);
  });

  it.each([
    "2e",
    "1e",
    "2 e",
    "2e^-2",
    "2 e^-2",
    "2e^(-2)",
    "(2)e",
    "2(e)",
    "2(e^-2)",
    "e2",
    "e 2",
    "e(2)",
    "e (2)",
    "2e -2",
    "2e - 2",
    "pi e",
    "2pi e",
    "e e",
    "1e5e",
  ])("%s is not a number, and the message says how to write it", (text) => {
    expect(reject(text)).toEqual({
      ok: false,
      empty: false,
      reason: "not-a-number",
      message: `\`${text}\` is not a number: ${E_ADVICE}`,
    });
  });

  it.each([
    ["2 e-2", "`2 e-2` is ambiguous: write `2e-2` for a power of ten, or `2*e-2` for a product with the constant e"],
    ["1.5 e-3", "`1.5 e-3` is ambiguous: write `1.5e-3` for a power of ten, or `1.5*e-3` for a product with the constant e"],
    ["2 E - 2", "`2 E - 2` is ambiguous: write `2e-2` for a power of ten, or `2*e-2` for a product with the constant e"],
    [
      "2 e-2)",
      "`2 e-2)` is ambiguous: e after a space may be the constant e or a power of ten; write a power of ten with no spaces (`2e-2`) and a product with e with `*` (`2*e`)",
    ],
  ])("%s is ambiguous", (text, message) => {
    expect(reject(text)).toEqual({ ok: false, empty: false, reason: "ambiguous", message });
  });
});

describe("parseAnswer: invisible characters", () => {
  it.each([
    ["0.375\u200B", 0.375], // zero-width space
    ["\u200B0.375", 0.375],
    ["0.3\u200B75", 0.375],
    ["\uFEFF0.375", 0.375], // byte-order mark
    ["0.375\u200C", 0.375], // zero-width non-joiner
    ["0.375\u200D", 0.375], // zero-width joiner
    ["0.375\u2060", 0.375], // word joiner
    ["\u200E0.375\u200F", 0.375], // direction marks
    ["0.375\u00A0", 0.375], // no-break space
    ["\u202F0.375", 0.375], // narrow no-break space
    ["3\u00A0/\u00A08", 0.375],
    ["37.5\u202F%", 0.375],
    ["\u00A0\u200B3/8.\u200B", 0.375],
  ])("%j = %d", (text, value) => {
    expect(read(text).value).toBe(value);
  });

  it("reads a no-break space between digits like a space, and quotes the text without invisible characters", () => {
    expect(reject("1\u00A0375").message).toBe("`1 375` is not a number: remove the space between the digits");
    expect(reject("0.7\u200B.1").message).toBe("`0.7.1` is not a number");
    expect(parseAnswer("\u200B\uFEFF")).toMatchObject({ ok: false, empty: true, reason: "empty" });
  });
});
