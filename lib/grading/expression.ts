/**
 * Checking a formula that a learner typed (derivation parts, `docs/question-kinds.md`).
 *
 * A part names its symbols (`n`, `S` for Σxᵢ, `xbar`, `lambda`, …) with their meanings and the
 * domains they live in. A typed formula is:
 * - `invalid` when it does not parse, uses a name that is not one of the part's symbols (nor e, pi, or
 *   one of the functions below), or uses a feature that is not arithmetic; the message says which;
 * - `correct` when it is equivalent to the expected formula: both are evaluated at many random points
 *   of the symbols' domains (the approach of STACK's and Numbas's answer tests) and agree at every
 *   point, to a relative 1e-9. Symbols defined by others (`xbar = S/n`) are computed at each point, so
 *   `1/xbar` and `n/S` are the same answer;
 * - `incorrect` otherwise, with the name of a known wrong derivation when it is equivalent to one.
 *
 * Random points are drawn from a generator seeded by the expected formula, so a check is
 * reproducible; 24 points from continuous domains make a false "equivalent" between two different
 * formulas practically impossible (two distinct analytic expressions agree on a set of measure zero),
 * and integer domains are wide enough (at least 20 values) that a polynomial coincidence would need
 * a high degree.
 *
 * Safety: the text is parsed by a mathjs instance that has only the parser; the tree is checked against a
 * whitelist (numbers, the part's symbols, e and pi, + − × ÷ ^, and log/ln/exp/sqrt/abs/log10 of one
 * argument) and evaluated by this module's own tree walk, never by mathjs' evaluate.
 */
import { create, parseDependencies } from "mathjs";
import type { FactoryFunctionMap, MathNode } from "mathjs";
import { createRng } from "../estimation/random";
import { codeSpan } from "./quote";

/** Longest formula accepted, in characters. */
export const MAX_EXPRESSION_LENGTH = 200;

/** One symbol a formula may use. */
export interface ExpressionSymbol {
  /** As the learner types it: `n`, `S`, `xbar`, `lambda`, `mu1`. */
  name: string;
  /** What it stands for, Markdown with TeX: "the number of observations $n$". */
  meaning: string;
  /** Where evaluation points are drawn (default (0.5, 5)); `integer` for counts. */
  domain?: { min: number; max: number; integer?: boolean };
  /** A symbol defined by the others, as a formula in them (`"S/n"` for xbar): computed, not drawn. */
  definedAs?: string;
  /** Other spellings the learner may type (`"x̄"`, `"sum(x)"`, `"Σx"`): replaced before parsing. */
  aliases?: readonly string[];
}

/** A known wrong derivation, as a formula in the part's symbols. */
export interface ExpressionMistake {
  /** Kebab-case tag, e.g. `n-minus-1`, `dropped-constant`, `score-sign`. */
  tag: string;
  expression: string;
  /** Says what went wrong, without giving the right formula. */
  message: string;
}

export interface ExpressionCheckSpec {
  symbols: readonly ExpressionSymbol[];
  mistakes?: readonly ExpressionMistake[];
}

export type ExpressionStatus = "correct" | "incorrect" | "invalid" | "unanswered";

export interface ExpressionGrade {
  status: ExpressionStatus;
  message: string;
  mistake?: string;
  /** The formula as it was read, in TeX (for the preview and the feedback); absent when invalid. */
  tex?: string;
}

export type ReadExpression =
  { ok: true; tree: MathNode; tex: string; normalized: string; symbols: string[] } | { ok: false; empty: boolean; message: string };

// The parser only: no evaluate, simplify, import, units or matrices can be reached from a formula.
const parserFactories: FactoryFunctionMap = {};
if (!parseDependencies) throw new Error("mathjs does not export parseDependencies");
parserFactories.parseDependencies = parseDependencies;
const math = create(parserFactories);

const FUNCTIONS: Record<string, (x: number) => number> = {
  log: Math.log,
  ln: Math.log,
  exp: Math.exp,
  sqrt: Math.sqrt,
  abs: Math.abs,
  log10: Math.log10,
};
const CONSTANTS: Record<string, number> = { e: Math.E, pi: Math.PI };
const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => a ** b,
};

/** Unicode a learner may paste or type on a phone, read as ASCII. */
const REPLACEMENTS: [RegExp, string][] = [
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ""],
  [/[−–]/g, "-"],
  [/[×·⋅∙]/g, "*"],
  [/÷/g, "/"],
  [/²/g, "^2"],
  [/³/g, "^3"],
  [/√/g, "sqrt"],
  [/λ/g, "lambda"],
  [/θ/g, "theta"],
  [/μ|µ/g, "mu"],
  [/σ/g, "sigma"],
  [/π/g, "pi"],
  [/α/g, "alpha"],
  [/β/g, "beta"],
  [/τ/g, "tau"],
  [/ρ/g, "rho"],
  [/ϕ|φ/g, "phi"],
];

function normalize(text: string, symbols: readonly ExpressionSymbol[]): string {
  let result = text.trim().replace(/\.$/, "");
  // Aliases first (longest first), so that `sum(x^2)` is not read as `sum(x)` followed by `^2`.
  const aliases = symbols
    .flatMap((symbol) => (symbol.aliases ?? []).map((alias) => [alias, symbol.name] as const))
    .sort((a, b) => b[0].length - a[0].length);
  for (const [alias, name] of aliases) result = result.split(alias).join(` ${name} `);
  for (const [pattern, replacement] of REPLACEMENTS) result = result.replace(pattern, replacement);
  return result.replace(/\s+/g, " ").trim();
}

/** Why a parsed tree may not be evaluated, or null when it is arithmetic on the part's symbols. */
function forbiddenPart(node: MathNode, names: ReadonlySet<string>): string | null {
  if (math.isConstantNode(node)) return typeof node.value === "number" ? null : "only numbers and symbols are allowed";
  if (math.isSymbolNode(node)) {
    if (node.name in FUNCTIONS) return `write ${node.name}(…) with parentheses`;
    if (names.has(node.name) || node.name in CONSTANTS) return null;
    return `${codeSpan(node.name)} is not one of this part's symbols (${[...names].join(", ")})`;
  }
  if (math.isParenthesisNode(node)) return forbiddenPart(node.content, names);
  if (math.isFunctionNode(node)) {
    const name = math.isSymbolNode(node.fn) ? node.fn.name : "";
    if (!(name in FUNCTIONS)) {
      return names.has(name)
        ? `${codeSpan(name)} is a symbol, not a function: write ${codeSpan(`${name}*(…)`)} to multiply`
        : `${codeSpan(name)} is not a function you can use here (log, ln, exp, sqrt, abs, log10)`;
    }
    if (node.args.length !== 1) return `${name} takes one argument`;
    return forbiddenPart(node.args[0] as MathNode, names);
  }
  if (math.isOperatorNode(node)) {
    if (!(node.fn in BINARY) && node.fn !== "unaryMinus" && node.fn !== "unaryPlus") {
      return `the operator ${codeSpan(node.op)} is not allowed: use + - * / ^`;
    }
    for (const arg of node.args) {
      const reason = forbiddenPart(arg, names);
      if (reason) return reason;
    }
    return null;
  }
  return "only numbers, the part's symbols, + - * / ^ and log, exp, sqrt are allowed";
}

function usedSymbols(node: MathNode, names: ReadonlySet<string>, out = new Set<string>()): Set<string> {
  node.traverse((child) => {
    if (math.isSymbolNode(child) && names.has(child.name)) out.add(child.name);
  });
  return out;
}

/** Evaluates a whitelisted tree at a point (values of the symbols). NaN for anything undefined. */
function evaluate(node: MathNode, point: Readonly<Record<string, number>>): number {
  if (math.isConstantNode(node)) return Number(node.value);
  if (math.isSymbolNode(node)) return point[node.name] ?? CONSTANTS[node.name] ?? Number.NaN;
  if (math.isParenthesisNode(node)) return evaluate(node.content, point);
  if (math.isFunctionNode(node)) {
    const name = math.isSymbolNode(node.fn) ? node.fn.name : "";
    const fn = FUNCTIONS[name];
    return fn ? fn(evaluate(node.args[0] as MathNode, point)) : Number.NaN;
  }
  if (math.isOperatorNode(node)) {
    const [a, b] = node.args.map((arg) => evaluate(arg, point));
    if (node.fn === "unaryMinus") return -(a as number);
    if (node.fn === "unaryPlus") return a as number;
    const fn = BINARY[node.fn];
    return fn ? fn(a as number, b as number) : Number.NaN;
  }
  return Number.NaN;
}

/** Reads a formula in the given symbols: the parsed tree and its TeX, or a message saying what is wrong. */
export function readExpression(text: string, symbols: readonly ExpressionSymbol[]): ReadExpression {
  if (text.trim() === "") return { ok: false, empty: true, message: "Type a formula." };
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, empty: false, message: `A formula here is at most ${MAX_EXPRESSION_LENGTH} characters.` };
  }
  // "lambda_hat = n/S": the learner named what they derive; read the right-hand side.
  const body = text.replace(/^\s*[\p{L}_][\p{L}\p{M}\p{N}_^{}\\ ]*=(?!=)/u, "");
  if (body.includes("=")) {
    return { ok: false, empty: false, message: `${codeSpan(text)} is an equation: type only the formula.` };
  }
  const normalized = normalize(body, symbols);
  const names = new Set(symbols.map((symbol) => symbol.name));
  let tree: MathNode;
  try {
    tree = math.parse(normalized);
  } catch {
    return { ok: false, empty: false, message: `${codeSpan(text)} is not a formula I can read: check the brackets and operators.` };
  }
  const reason = forbiddenPart(tree, names);
  if (reason) return { ok: false, empty: false, message: `${codeSpan(text)} cannot be checked: ${reason}.` };
  let tex: string;
  try {
    tex = tree.toTex({ parenthesis: "auto", implicit: "show" });
  } catch {
    tex = normalized;
  }
  return { ok: true, tree, tex, normalized, symbols: [...usedSymbols(tree, names)] };
}

const POINTS = 24;
const MIN_USABLE_POINTS = 12;
const RELATIVE_AGREEMENT = 1e-9;

/** A seed from the text, so that the points for one expected formula are always the same. */
function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

/** Random points of the symbols' domains, with defined symbols computed from the drawn ones. */
function evaluationPoints(symbols: readonly ExpressionSymbol[], seed: number): Record<string, number>[] {
  const rng = createRng(seed);
  const defined = symbols
    .filter((symbol) => symbol.definedAs !== undefined)
    .map((symbol) => {
      const read = readExpression(symbol.definedAs as string, symbols);
      if (!read.ok) throw new Error(`symbol ${symbol.name}: definedAs ${symbol.definedAs} does not parse`);
      return { name: symbol.name, tree: read.tree };
    });
  const points: Record<string, number>[] = [];
  for (let i = 0; i < POINTS * 2 && points.length < POINTS; i += 1) {
    const point: Record<string, number> = {};
    for (const symbol of symbols) {
      if (symbol.definedAs !== undefined) continue;
      const { min, max, integer } = symbol.domain ?? { min: 0.5, max: 5 };
      point[symbol.name] = integer ? min + Math.floor(rng.next() * (max - min + 1)) : min + rng.next() * (max - min);
    }
    for (const { name, tree } of defined) point[name] = evaluate(tree, point);
    if (Object.values(point).every(Number.isFinite)) points.push(point);
  }
  return points;
}

function agree(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= RELATIVE_AGREEMENT * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether two formulas are the same function of the symbols: equal at every random point where the
 * reference (`expected`) is defined, with at least 12 such points.
 */
export function areEquivalent(expected: MathNode, candidate: MathNode, points: readonly Record<string, number>[]): boolean {
  let usable = 0;
  for (const point of points) {
    const truth = evaluate(expected, point);
    if (!Number.isFinite(truth)) continue;
    usable += 1;
    if (!agree(truth, evaluate(candidate, point))) return false;
  }
  return usable >= MIN_USABLE_POINTS;
}

/**
 * Grades a typed formula against the expected one (written in the part's symbols, in the syntax the
 * learner types). Never throws on the learner's text; throws if `expected` or a mistake is malformed
 * (a template bug, caught by the content tests).
 */
export function checkExpression(text: string | undefined, expected: string, spec: ExpressionCheckSpec): ExpressionGrade {
  const reference = readExpression(expected, spec.symbols);
  if (!reference.ok) throw new Error(`expected formula ${expected} does not parse: ${reference.message}`);
  if (text === undefined || text.trim() === "") return { status: "unanswered", message: "Type a formula." };
  const read = readExpression(text, spec.symbols);
  if (!read.ok) return { status: read.empty ? "unanswered" : "invalid", message: read.message };
  const points = evaluationPoints(spec.symbols, seedOf(reference.normalized));
  if (areEquivalent(reference.tree, read.tree, points)) {
    return { status: "correct", message: "Correct: your formula is equivalent to the expected one.", tex: read.tex };
  }
  for (const mistake of spec.mistakes ?? []) {
    const wrong = readExpression(mistake.expression, spec.symbols);
    if (!wrong.ok) throw new Error(`mistake ${mistake.tag}: ${mistake.expression} does not parse`);
    if (areEquivalent(wrong.tree, read.tree, points)) {
      return { status: "incorrect", message: mistake.message, mistake: mistake.tag, tex: read.tex };
    }
  }
  const missing = reference.symbols.filter((name) => !read.symbols.includes(name));
  const hint =
    missing.length > 0
      ? ` It does not use ${missing.map((name) => codeSpan(name)).join(" or ")}, which the answer depends on.`
      : " It differs from the expected formula at some values of the symbols.";
  return { status: "incorrect", message: `Not equivalent to the expected formula.${hint}`, tex: read.tex };
}
