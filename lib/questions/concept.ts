/**
 * Concept questions as data: `defineConcept({...})` turns a question written as plain objects into a
 * `QuestionTemplate`. Like computations, concept questions vary with the seed, so that a review trains
 * the idea rather than the recognition of one option's wording:
 *
 * - `scenarios`: one is drawn per seed, and every `{{name}}` in the question's texts (prompt, part
 *   prompts, hints, option labels and explanations, steps, solution) is replaced by that scenario's
 *   value (the hidden label may be a person's sex, a customer segment, a document's topic, a coin);
 * - `show` on a choice part: the part's `options` are a pool. A `choice` part may then list several
 *   right options, each a different correct phrasing of the keyed statement: one is drawn, plus
 *   `show - 1` of the wrong options (the misconceptions). A `multi` part draws `show` options with at
 *   least one right and one wrong. Every option still explains why it is right or wrong.
 *
 * Part kinds:
 * - `choice`: one right option (also true/false with a reason: options such as "True: because ...");
 * - `multi`: select all that apply, at least one right option;
 * - `order`: `steps` written in the right order, shown shuffled.
 * "Match model to method" is several `choice` parts with the same options; without `show`, parts that
 * share their options show them in one order.
 *
 * The same seed always gives the same scenario, options and order, so grading regenerates the variant
 * and grades against exactly the options the learner saw.
 */
import { createRng, type Rng } from "../estimation/random";
import { gradeMultiChoice, gradeOrder, gradeSingleChoice, shuffled, type ChoiceOption, type OrderStep } from "./choice";
import { checkScenarios, drawScenario, fillerFor, type Scenario } from "./scenario";
import type { TopicId } from "./topics";
import type { Answers, Difficulty, PartResult, PublicPart, QuestionTemplate } from "./types";

interface ConceptPartBase {
  id: string;
  /** Markdown with TeX; may hold `{{name}}` placeholders filled from the drawn scenario. */
  prompt: string;
  /** Progressive hints, gentlest first: at least one. */
  hints: readonly string[];
}

export interface ConceptChoicePart extends ConceptPartBase {
  input: "choice" | "multi";
  /** Each option says why it is right or wrong in `explanation`. With `show`, a pool to draw from. */
  options: readonly ChoiceOption[];
  /**
   * How many options a variant shows, drawn from `options` by the seed (default: all of them). A
   * `choice` part shows one of its right options (several right options are alternative phrasings of
   * the keyed statement) and `show - 1` wrong ones; a `multi` part shows at least one right and one
   * wrong option.
   */
  show?: number;
}

export interface ConceptOrderPart extends ConceptPartBase {
  input: "order";
  /** The steps in the right order. */
  steps: readonly OrderStep[];
}

export type ConceptPart = ConceptChoicePart | ConceptOrderPart;

/** One scenario: the values of the `{{name}}` placeholders (see `scenario.ts`). */
export type ConceptScenario = Scenario;

export interface ConceptSpec {
  id: string;
  title: string;
  topic: TopicId;
  difficulty: Difficulty;
  tags: readonly string[];
  /** A textbook section or a paper, e.g. "Bishop (2006), PRML §9.2". */
  source: string;
  /** Settings for the question; one is drawn per seed and fills the `{{name}}` placeholders. */
  scenarios?: readonly ConceptScenario[];
  /** The scenario, Markdown with TeX. */
  prompt: string;
  parts: readonly ConceptPart[];
  /** The worked answer, Markdown with TeX, shown after a check. */
  solution: string;
}

/** Every text of the question, for placeholder validation. */
function textsOf(spec: ConceptSpec): string[] {
  const texts = [spec.prompt, spec.solution];
  for (const part of spec.parts) {
    texts.push(part.prompt, ...part.hints);
    if (part.input === "order") texts.push(...part.steps.map((step) => step.label));
    else for (const option of part.options) texts.push(option.label, option.explanation);
  }
  return texts;
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
    const wrong = part.options.length - right;
    if (part.show === undefined) {
      if (part.input === "choice" && right !== 1) fail(`choice part ${part.id} needs exactly one right option, has ${right}`);
      if (part.input === "multi" && right === 0) fail(`multi part ${part.id} needs at least one right option`);
    } else {
      if (!Number.isInteger(part.show) || part.show < 2) fail(`part ${part.id}: show must be a whole number ≥ 2`);
      if (part.show > part.options.length) fail(`part ${part.id}: show ${part.show} but only ${part.options.length} options`);
      if (right === 0) fail(`part ${part.id} needs at least one right option`);
      if (part.input === "choice" && wrong < part.show - 1) fail(`part ${part.id} needs at least ${part.show - 1} wrong options`);
      if (part.input === "multi" && wrong === 0) fail(`multi part ${part.id} with show needs a wrong option`);
    }
    for (const option of part.options) {
      if (option.explanation.trim() === "") fail(`option ${option.id} of part ${part.id} must say why it is right or wrong`);
    }
  }
  const scenarios = spec.scenarios ?? [];
  if (spec.scenarios && scenarios.length === 0) fail("scenarios, when given, needs at least one");
  checkScenarios(scenarios, textsOf(spec), fail);
}

/** Steps shuffled so that they never come out already in order (that would give the answer away). */
function shuffledSteps(steps: readonly OrderStep[], uniform: () => number): OrderStep[] {
  const order = shuffled(steps, uniform);
  const unchanged = order.every((step, index) => step.id === steps[index]?.id);
  return unchanged ? [...order.slice(1), order[0] as OrderStep] : order;
}

/** The options a variant shows: all of them, or a draw from the pool (see `ConceptChoicePart.show`). */
function drawOptions(part: ConceptChoicePart, rng: Rng): readonly ChoiceOption[] {
  if (part.show === undefined) return part.options;
  const right = shuffled(
    part.options.filter((option) => option.correct),
    rng.next,
  );
  const wrong = shuffled(
    part.options.filter((option) => !option.correct),
    rng.next,
  );
  if (part.input === "choice") return [right[0] as ChoiceOption, ...wrong.slice(0, part.show - 1)];
  const most = Math.min(right.length, part.show - 1);
  const fewest = Math.max(1, part.show - wrong.length);
  const rightCount = fewest + Math.floor(rng.next() * (most - fewest + 1));
  return [...right.slice(0, rightCount), ...wrong.slice(0, part.show - rightCount)];
}

/** A part as one variant shows it: its options (or steps) in the order shown, texts filled in. */
type ShownPart = { part: ConceptChoicePart; items: readonly ChoiceOption[] } | { part: ConceptOrderPart; items: readonly OrderStep[] };

interface ConceptVariant {
  fill: (text: string) => string;
  parts: ShownPart[];
}

export function defineConcept(spec: ConceptSpec): QuestionTemplate {
  validate(spec);
  const { id, title, topic, difficulty, tags, source } = spec;

  /** Everything a seed decides: the scenario, the options drawn, their order. */
  function variantOf(seed: number): ConceptVariant {
    const rng = createRng(seed);
    const fill = fillerFor(drawScenario(spec.scenarios ?? [], rng));
    // Parts that share their options (a "match model to method" question) show them in one order.
    const orderOf = new Map<string, string[]>();
    const parts = spec.parts.map((part): ShownPart => {
      if (part.input === "order") return { part, items: shuffledSteps(part.steps, rng.next) };
      const drawn = drawOptions(part, rng);
      const key =
        part.show === undefined
          ? drawn
              .map((option) => option.id)
              .sort()
              .join("\u0000")
          : null;
      const known = key === null ? undefined : orderOf.get(key);
      const items = known
        ? known.map((optionId) => drawn.find((option) => option.id === optionId) as ChoiceOption)
        : shuffled(drawn, rng.next);
      if (key !== null)
        orderOf.set(
          key,
          items.map((item) => item.id),
        );
      return { part, items };
    });
    return { fill, parts };
  }

  function gradePart(shown: ShownPart, fill: (text: string) => string, answer: string | string[] | undefined): PartResult {
    if (shown.part.input === "order") {
      const steps = shown.part.steps.map((step) => ({ ...step, label: fill(step.label) }));
      return gradeOrder(shown.part.id, steps, answer);
    }
    const options = (shown.items as readonly ChoiceOption[]).map((option) => ({
      ...option,
      label: fill(option.label),
      explanation: fill(option.explanation),
    }));
    return shown.part.input === "multi"
      ? gradeMultiChoice(shown.part.id, options, answer)
      : gradeSingleChoice(shown.part.id, options, answer);
  }

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
      const { fill, parts: shownParts } = variantOf(seed);
      const parts: PublicPart[] = shownParts.map(({ part, items }) => ({
        id: part.id,
        prompt: fill(part.prompt),
        input: part.input,
        choices: items.map((item) => ({ id: item.id, label: fill(item.label) })),
        hints: part.hints.map(fill),
      }));
      return { id, seed, title, topic, prompt: fill(spec.prompt), data: {}, parts };
    },

    grade(seed, answers: Answers) {
      const { fill, parts: shownParts } = variantOf(seed);
      const parts = shownParts.map((shown) => gradePart(shown, fill, answers[shown.part.id]));
      const correct = parts.filter((part) => part.status === "correct").length;
      return { score: correct / parts.length, parts, solution: fill(spec.solution) };
    },

    answerKey(seed) {
      const { parts } = variantOf(seed);
      return Object.fromEntries(
        parts.map(({ part, items }) => [
          part.id,
          part.input === "order"
            ? part.steps.map((step) => step.id)
            : (items as readonly ChoiceOption[]).filter((option) => option.correct).map((option) => option.id),
        ]),
      );
    },
  };
}
