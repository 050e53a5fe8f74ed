/**
 * Derivation questions: `defineDerivation({...})` turns a step-by-step derivation (likelihood →
 * log-likelihood → score → estimator, an M-step update, a Fisher information, a parameter count) into a
 * `QuestionTemplate` whose parts take formulas (`input: "expression"`, `docs/question-kinds.md`).
 *
 * Each part lists the symbols the learner may use, with their meanings and domains, and one expected
 * formula; a typed formula is graded by `checkExpression` (equivalence at random points, not spelling),
 * and a known wrong derivation is named. Like concept questions, a derivation varies with the seed
 * through `scenarios` that fill `{{name}}` placeholders in its texts (the story: waiting times, call
 * counts, defects), while the mathematics asked stays the same.
 */
import { createRng } from "../estimation/random";
import {
  checkExpression,
  readExpression,
  type ExpressionCheckSpec,
  type ExpressionMistake,
  type ExpressionSymbol,
} from "../grading/expression";
import { checkScenarios, drawScenario, fillerFor, type Scenario } from "./scenario";
import type { TopicId } from "./topics";
import type { Answers, Difficulty, PartResult, PublicPart, QuestionTemplate } from "./types";

export interface DerivationPart {
  id: string;
  /** Markdown with TeX; may hold `{{name}}` placeholders. */
  prompt: string;
  /** Progressive hints, gentlest first: at least one. */
  hints: readonly string[];
  /** The symbols this part's formula may use (shown to the learner with their meanings). */
  symbols: readonly ExpressionSymbol[];
  /** One correct formula, in the syntax the learner types (`n/S`, `S*log(lambda) - n*lambda`). */
  expected: string;
  /** Known wrong derivations that recur, each named. */
  mistakes?: readonly ExpressionMistake[];
}

export interface DerivationSpec {
  id: string;
  title: string;
  topic: TopicId;
  difficulty: Difficulty;
  tags: readonly string[];
  /** A textbook section or a paper. */
  source: string;
  /** Stories to tell the same derivation in; one drawn per seed fills the `{{name}}` placeholders. */
  scenarios: readonly Scenario[];
  prompt: string;
  parts: readonly DerivationPart[];
  /** The worked derivation, Markdown with TeX. */
  solution: string;
}

function validate(spec: DerivationSpec): void {
  const fail = (what: string): never => {
    throw new Error(`derivation template ${spec.id}: ${what}`);
  };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) fail("the id must be kebab-case");
  if (spec.source.trim() === "") fail("a derivation names its source");
  if (spec.parts.length === 0) fail("it needs at least one part");
  if (spec.scenarios.length === 0) fail("it needs at least one scenario");
  const partIds = new Set<string>();
  const texts = [spec.prompt, spec.solution];
  for (const part of spec.parts) {
    if (partIds.has(part.id)) fail(`part id ${part.id} is used twice`);
    partIds.add(part.id);
    if (part.hints.length === 0) fail(`part ${part.id} needs at least one hint`);
    texts.push(part.prompt, ...part.hints);
    const names = part.symbols.map((symbol) => symbol.name);
    if (new Set(names).size !== names.length) fail(`part ${part.id} names a symbol twice`);
    const check: ExpressionCheckSpec = { symbols: part.symbols };
    const expected = readExpression(part.expected, part.symbols);
    if (!expected.ok) fail(`part ${part.id}: the expected formula does not parse: ${expected.message}`);
    for (const mistake of part.mistakes ?? []) {
      // A "mistake" equivalent to the answer would mark a right answer wrong.
      if (checkExpression(mistake.expression, part.expected, check).status !== "incorrect") {
        fail(`part ${part.id}: mistake ${mistake.tag} is not a wrong answer (${mistake.expression})`);
      }
    }
    // The expected formula is graded right by the checker itself (catches a domain where it is undefined).
    if (checkExpression(part.expected, part.expected, check).status !== "correct") {
      fail(`part ${part.id}: the expected formula is not defined on the symbols' domains`);
    }
  }
  checkScenarios(spec.scenarios, texts, fail);
}

export function defineDerivation(spec: DerivationSpec): QuestionTemplate {
  validate(spec);
  const { id, title, topic, difficulty, tags, source } = spec;

  const fillerOf = (seed: number) => fillerFor(drawScenario(spec.scenarios, createRng(seed)));

  function gradePart(part: DerivationPart, answer: string | string[] | undefined): PartResult {
    if (Array.isArray(answer)) return { id: part.id, status: "invalid", message: "Type a formula, not a list." };
    const grade = checkExpression(answer, part.expected, { symbols: part.symbols, mistakes: part.mistakes });
    const base: PartResult = { id: part.id, status: grade.status, message: grade.message };
    if (grade.mistake) base.mistake = grade.mistake;
    if (grade.status === "correct" || grade.status === "incorrect") base.expected = part.expected;
    return base;
  }

  return {
    id,
    title,
    topic,
    difficulty,
    kind: "derivation",
    tags,
    source,
    partIds: spec.parts.map((part) => part.id),

    generate(seed) {
      const fill = fillerOf(seed);
      const parts: PublicPart[] = spec.parts.map((part) => ({
        id: part.id,
        prompt: fill(part.prompt),
        input: "expression",
        symbols: part.symbols.map(({ name, meaning }) => ({ name, meaning: fill(meaning) })),
        hints: part.hints.map(fill),
      }));
      return { id, seed, title, topic, prompt: fill(spec.prompt), data: {}, parts };
    },

    grade(seed, answers: Answers) {
      const fill = fillerOf(seed);
      const parts = spec.parts.map((part) => gradePart(part, answers[part.id]));
      const correct = parts.filter((part) => part.status === "correct").length;
      return { score: correct / parts.length, parts, solution: fill(spec.solution) };
    },

    answerKey() {
      return Object.fromEntries(spec.parts.map((part) => [part.id, part.expected]));
    },
  };
}
