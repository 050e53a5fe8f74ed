/**
 * Concept questions as data: `defineConcept({...})` turns a question written as plain objects into a
 * `QuestionTemplate`. The seed only shuffles the options (and the steps of an ordering part), so every
 * variant asks the same thing in its own order; the grade explains each option, right or wrong.
 *
 * Part kinds:
 * - `choice`: one right option (also true/false with a reason: options such as "True: because ...");
 * - `multi`: select all that apply, at least one right option;
 * - `order`: `steps` written in the right order, shown shuffled.
 * "Match model to method" is several `choice` parts with the same options.
 */
import { createRng } from "../estimation/random";
import { gradeMultiChoice, gradeOrder, gradeSingleChoice, shuffled, type ChoiceOption, type OrderStep } from "./choice";
import type { TopicId } from "./topics";
import type { Answers, Difficulty, PartResult, PublicPart, QuestionTemplate } from "./types";

interface ConceptPartBase {
  id: string;
  /** Markdown with TeX. */
  prompt: string;
  /** Progressive hints, gentlest first: at least one. */
  hints: readonly string[];
}

export interface ConceptChoicePart extends ConceptPartBase {
  input: "choice" | "multi";
  /** Each option says why it is right or wrong in `explanation`. */
  options: readonly ChoiceOption[];
}

export interface ConceptOrderPart extends ConceptPartBase {
  input: "order";
  /** The steps in the right order. */
  steps: readonly OrderStep[];
}

export type ConceptPart = ConceptChoicePart | ConceptOrderPart;

export interface ConceptSpec {
  id: string;
  title: string;
  topic: TopicId;
  difficulty: Difficulty;
  tags: readonly string[];
  /** A textbook section or a paper, e.g. "Bishop (2006), PRML §9.2". */
  source: string;
  /** The scenario, Markdown with TeX. */
  prompt: string;
  parts: readonly ConceptPart[];
  /** The worked answer, Markdown with TeX, shown after a check. */
  solution: string;
}

/** Throws on a malformed question, so a bad template fails at import (and in tests), never in front of a learner. */
function validate(spec: ConceptSpec): void {
  const fail = (what: string): never => {
    throw new Error(`concept template ${spec.id}: ${what}`);
  };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) fail("the id must be kebab-case");
  if (spec.source.trim() === "") fail("a concept question names its source");
  if (spec.parts.length === 0) fail("it needs at least one part");
  const partIds = new Set<string>();
  for (const part of spec.parts) {
    if (partIds.has(part.id)) fail(`part id ${part.id} is used twice`);
    partIds.add(part.id);
    if (part.hints.length === 0) fail(`part ${part.id} needs at least one hint`);
    const items = part.input === "order" ? part.steps : part.options;
    if (items.length < 2) fail(`part ${part.id} needs at least two options or steps`);
    if (new Set(items.map((item) => item.id)).size !== items.length) fail(`part ${part.id} repeats an option id`);
    if (part.input === "order") continue;
    const right = part.options.filter((option) => option.correct).length;
    if (part.input === "choice" && right !== 1) fail(`choice part ${part.id} needs exactly one right option, has ${right}`);
    if (part.input === "multi" && right === 0) fail(`multi part ${part.id} needs at least one right option`);
    for (const option of part.options) {
      if (option.explanation.trim() === "") fail(`option ${option.id} of part ${part.id} must say why it is right or wrong`);
    }
  }
}

/** Steps shuffled so that they never come out already in order (that would give the answer away). */
function shuffledSteps(steps: readonly OrderStep[], uniform: () => number): OrderStep[] {
  const order = shuffled(steps, uniform);
  const unchanged = order.every((step, index) => step.id === steps[index]?.id);
  return unchanged ? [...order.slice(1), order[0] as OrderStep] : order;
}

function gradePart(part: ConceptPart, answer: string | string[] | undefined): PartResult {
  if (part.input === "order") return gradeOrder(part.id, part.steps, answer);
  if (part.input === "multi") return gradeMultiChoice(part.id, part.options, answer);
  return gradeSingleChoice(part.id, part.options, answer);
}

export function defineConcept(spec: ConceptSpec): QuestionTemplate {
  validate(spec);
  const { id, title, topic, difficulty, tags, source } = spec;
  return {
    id,
    title,
    topic,
    difficulty,
    kind: "concept",
    tags,
    source,
    partIds: spec.parts.map((part) => part.id),

    generate(seed) {
      const rng = createRng(seed);
      // Parts that share their options (a "match model to method" question) show them in one order.
      const orderOf = new Map<string, string[]>();
      const parts: PublicPart[] = spec.parts.map((part) => {
        let items: readonly (ChoiceOption | OrderStep)[];
        if (part.input === "order") items = shuffledSteps(part.steps, rng.next);
        else {
          const key = part.options.map((option) => option.id).sort().join("\u0000");
          const known = orderOf.get(key);
          items = known
            ? known.map((optionId) => part.options.find((option) => option.id === optionId) as ChoiceOption)
            : shuffled(part.options, rng.next);
          orderOf.set(key, items.map((item) => item.id));
        }
        return {
          id: part.id,
          prompt: part.prompt,
          input: part.input,
          choices: items.map((item) => ({ id: item.id, label: item.label })),
          hints: [...part.hints],
        };
      });
      return { id, seed, title, topic, prompt: spec.prompt, data: {}, parts };
    },

    grade(_seed, answers: Answers) {
      const parts = spec.parts.map((part) => gradePart(part, answers[part.id]));
      const correct = parts.filter((part) => part.status === "correct").length;
      return { score: correct / parts.length, parts, solution: spec.solution };
    },

    answerKey() {
      return Object.fromEntries(
        spec.parts.map((part) => [
          part.id,
          part.input === "order"
            ? part.steps.map((step) => step.id)
            : part.options.filter((option) => option.correct).map((option) => option.id),
        ]),
      );
    },
  };
}
