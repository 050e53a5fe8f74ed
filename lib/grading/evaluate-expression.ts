/**
 * The expressions of typed answers (`ln(2)/3`, `sqrt(2)`, `2*e^-2`), evaluated with mathjs for
 * `readNumber` (read-number.ts, which documents what an answer may be). A separate module so that
 * a browser loads mathjs only once an answer needs it; the grader always has it (parse-number.ts).
 *
 * The parsed tree is checked against a whitelist (numbers, + − × ÷ ^, parentheses, ln/log/exp/sqrt
 * of one argument, the constants e and pi) before it is evaluated, so `import(...)`, `createUnit(...)`,
 * `evaluate(...)`, matrices, strings, units, assignments and every other mathjs feature are rejected
 * as "not a number" without being run.
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
import { codeSpan } from "./quote";
import { ALLOWED_CONSTANTS, ALLOWED_FUNCTIONS, E_ADVICE, notANumber, type ExpressionEvaluator } from "./read-number";

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
    ["import", "createUnit", "evaluate", "parse", "compile", "simplify", "derivative", "resolve"].map((name) => [name, disabled(name)]),
  ),
  { override: true },
);

const ALLOWED_OPERATORS = new Set(["add", "subtract", "multiply", "divide", "pow", "unaryMinus", "unaryPlus"]);
// mathjs has no `ln`; its `log` of one argument is already the natural logarithm.
const EVALUATION_SCOPE = new Map<string, unknown>([["ln", (x: number) => math.log(x)]]);

/** The node inside any parentheses around it. */
function unwrapParentheses(node: MathNode): MathNode {
  return math.isParenthesisNode(node) ? unwrapParentheses(node.content) : node;
}

/** Whether `node` is the constant e or a power of it (`e`, `(e)`, `e^-2`), which is never multiplied implicitly. */
function isEOrPowerOfE(node: MathNode): boolean {
  const inner = unwrapParentheses(node);
  if (math.isSymbolNode(inner)) return inner.name === "e";
  return math.isOperatorNode(inner) && inner.fn === "pow" && isEOrPowerOfE(inner.args[0] as MathNode);
}

/** Why `node` may not be evaluated, or null when it is plain arithmetic on numbers. */
function forbiddenPart(node: MathNode): string | null {
  if (math.isConstantNode(node)) {
    return typeof node.value === "number" ? null : "only numbers are allowed";
  }
  if (math.isSymbolNode(node)) {
    if (ALLOWED_FUNCTIONS.has(node.name)) return `write ${node.name}(…) with parentheses`;
    return ALLOWED_CONSTANTS.has(node.name) ? null : `unknown name ${codeSpan(node.name)}`;
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
    if (node.implicit) {
      // `2(e)`: e is never a factor of an implicit product (see the module doc).
      if (node.args.some(isEOrPowerOfE)) return E_ADVICE;
      // `(2)3` is not a product anyone means to type; `2pi` and `2(3)` are.
      if (node.args.some((arg, i) => i > 0 && math.isConstantNode(arg))) return "an operator is missing";
    }
    return null;
  }
  return "only numbers and + - * / ^ are allowed";
}

export const evaluateExpression: ExpressionEvaluator = (text, original) => {
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
};
