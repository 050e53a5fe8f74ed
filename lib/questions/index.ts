/**
 * The question bank: every template by id, in the order learners meet them (the content map's
 * topic order, then easy → hard). Templates live in `templates/`: computations in one folder per topic they teach
 * (`templates/computations.ts`), concept questions in `templates/concepts/`.
 */
import { EM_CONCEPTS } from "./templates/concepts/em";
import { LIKELIHOOD_AND_MLE_CONCEPTS } from "./templates/concepts/likelihood-and-mle";
import { ZOO_AND_COMPARISON_CONCEPTS } from "./templates/concepts/zoo-and-comparison";
import { COMPUTATION_TEMPLATES } from "./templates/computations";
import { DERIVATION_TEMPLATES } from "./templates/derivations";
import { EXPLAIN_TEMPLATES } from "./templates/explain";
import { TOPICS } from "./topics";
import type { QuestionSummary, QuestionTemplate } from "./types";

const TOPIC_ORDER = Object.keys(TOPICS);
const DIFFICULTY_ORDER = ["easy", "medium", "hard"];

export const TEMPLATES: readonly QuestionTemplate[] = [
  ...COMPUTATION_TEMPLATES,
  ...LIKELIHOOD_AND_MLE_CONCEPTS,
  ...EM_CONCEPTS,
  ...ZOO_AND_COMPARISON_CONCEPTS,
  ...DERIVATION_TEMPLATES,
  ...EXPLAIN_TEMPLATES,
].sort(
  (a, b) =>
    TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic) ||
    DIFFICULTY_ORDER.indexOf(a.difficulty) - DIFFICULTY_ORDER.indexOf(b.difficulty),
);

const byId = new Map(TEMPLATES.map((template) => [template.id, template]));
if (byId.size !== TEMPLATES.length) throw new Error("two templates share an id");

export function getTemplate(id: string): QuestionTemplate | undefined {
  return byId.get(id);
}

export function listQuestions(): QuestionSummary[] {
  return TEMPLATES.map(({ id, title, topic, difficulty, kind }) => ({ id, title, topic, difficulty, kind }));
}

export { MAX_SEED, parseSeedParam, randomSeed } from "./seed";
export type * from "./types";
