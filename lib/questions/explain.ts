/**
 * Explain questions (the interview's own format): `defineExplain({...})` turns a prompt, a model answer
 * and a rubric of key points into a `QuestionTemplate` whose part takes free text (`input: "explain"`,
 * `docs/question-kinds.md`).
 *
 * The flow of a check:
 * 1. the learner sends the written answer alone: the part comes back `unanswered` ("now compare"), with
 *    the model answer and the rubric, which are never in the served variant before that;
 * 2. the learner ticks the rubric points they covered (`assessment: { PART_ID: [point ids] }` in the
 *    check body): the part is graded, self-assessed. Its score is the share of essential points
 *    covered (bonus points are shown but do not count); it is `correct` when every essential point is.
 *
 * Like concept questions, explain questions vary with the seed through `scenarios` that fill
 * `{{name}}` placeholders (the setting the question is asked in).
 */
import { createRng } from "../estimation/random";
import { codeSpan } from "../grading/quote";
import { checkScenarios, drawScenario, fillerFor, type Scenario } from "./scenario";
import type { TopicId } from "./topics";
import type { Answers, Difficulty, PartResult, PublicPart, QuestionTemplate, RubricPoint } from "./types";

/** Longest written answer accepted, in characters (about 600 words). */
export const MAX_EXPLANATION_LENGTH = 4000;

export interface ExplainPart {
  id: string;
  /** Markdown with TeX; may hold `{{name}}` placeholders. */
  prompt: string;
  /** Progressive hints, gentlest first: at least one. */
  hints: readonly string[];
  /** What a strong candidate would say, Markdown with TeX. */
  modelAnswer: string;
  /** The key points, at least two essential. */
  rubric: readonly RubricPoint[];
}

export interface ExplainSpec {
  id: string;
  title: string;
  topic: TopicId;
  difficulty: Difficulty;
  tags: readonly string[];
  source: string;
  scenarios: readonly Scenario[];
  prompt: string;
  parts: readonly ExplainPart[];
}

function validate(spec: ExplainSpec): void {
  const fail = (what: string): never => {
    throw new Error(`explain template ${spec.id}: ${what}`);
  };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) fail("the id must be kebab-case");
  if (spec.source.trim() === "") fail("an explain question names its source");
  if (spec.parts.length === 0) fail("it needs at least one part");
  if (spec.scenarios.length === 0) fail("it needs at least one scenario");
  const texts = [spec.prompt];
  const partIds = new Set<string>();
  for (const part of spec.parts) {
    if (partIds.has(part.id)) fail(`part id ${part.id} is used twice`);
    partIds.add(part.id);
    if (part.hints.length === 0) fail(`part ${part.id} needs at least one hint`);
    if (part.modelAnswer.trim() === "") fail(`part ${part.id} needs a model answer`);
    if (part.rubric.filter((point) => point.essential).length < 2) fail(`part ${part.id} needs at least two essential points`);
    const pointIds = part.rubric.map((point) => point.id);
    if (new Set(pointIds).size !== pointIds.length) fail(`part ${part.id} repeats a rubric point id`);
    texts.push(part.prompt, part.modelAnswer, ...part.hints, ...part.rubric.map((point) => point.text));
  }
  checkScenarios(spec.scenarios, texts, fail);
}

/** Grades one explain part from the written text and the points the learner ticked. */
export function gradeExplanation(
  part: ExplainPart,
  text: string | string[] | undefined,
  covered: readonly string[] | undefined,
  fill: (text: string) => string,
): PartResult {
  if (typeof text !== "string" || text.trim() === "") {
    return { id: part.id, status: "unanswered", message: "Write your answer first, in your own words." };
  }
  if (text.length > MAX_EXPLANATION_LENGTH) {
    return { id: part.id, status: "invalid", message: `An answer here is at most ${MAX_EXPLANATION_LENGTH} characters.` };
  }
  const rubric = part.rubric.map((point) => ({ ...point, text: fill(point.text) }));
  const reveal = { rubric, modelAnswer: fill(part.modelAnswer) };
  if (covered === undefined) {
    return {
      id: part.id,
      status: "unanswered",
      message: "Now compare your answer with the model answer, and tick each key point you covered.",
      ...reveal,
    };
  }
  const unknown = covered.filter((id) => !rubric.some((point) => point.id === id));
  if (unknown.length > 0) {
    return {
      id: part.id,
      status: "invalid",
      message: `${codeSpan((unknown[0] ?? "").slice(0, 40))} is not one of the rubric's points.`,
      ...reveal,
    };
  }
  const essential = rubric.filter((point) => point.essential);
  const hit = essential.filter((point) => covered.includes(point.id)).length;
  const score = hit / essential.length;
  return {
    id: part.id,
    status: hit === essential.length ? "correct" : "incorrect",
    message: `Self-assessed: you covered ${hit} of ${essential.length} essential points.`,
    selfAssessed: true,
    score,
    ...reveal,
  };
}

export function defineExplain(spec: ExplainSpec): QuestionTemplate {
  validate(spec);
  const { id, title, topic, difficulty, tags, source } = spec;
  const fillerOf = (seed: number) => fillerFor(drawScenario(spec.scenarios, createRng(seed)));

  return {
    id,
    title,
    topic,
    difficulty,
    kind: "explain",
    tags,
    source,
    partIds: spec.parts.map((part) => part.id),

    generate(seed) {
      const fill = fillerOf(seed);
      const parts: PublicPart[] = spec.parts.map((part) => ({
        id: part.id,
        prompt: fill(part.prompt),
        input: "explain",
        hints: part.hints.map(fill),
      }));
      return { id, seed, title, topic, prompt: fill(spec.prompt), data: {}, parts };
    },

    grade(seed, answers: Answers, assessment) {
      const fill = fillerOf(seed);
      const parts = spec.parts.map((part) => gradeExplanation(part, answers[part.id], assessment?.[part.id], fill));
      const score = parts.reduce((total, part) => total + (part.score ?? (part.status === "correct" ? 1 : 0)), 0) / parts.length;
      const solution = spec.parts.map((part) => fill(part.modelAnswer)).join("\n\n");
      return { score, parts, solution };
    },

    answerKey(seed) {
      // A full answer: the variant's model answer as the text (the assessment ticks every point; see `assessmentKey`).
      const fill = fillerOf(seed);
      return Object.fromEntries(spec.parts.map((part) => [part.id, fill(part.modelAnswer)]));
    },

    assessmentKey() {
      return Object.fromEntries(spec.parts.map((part) => [part.id, part.rubric.map((point) => point.id)]));
    },
  };
}
