/**
 * The question bank: every template by id, in the order learners meet them.
 */
import { conceptHiddenLabel } from "./templates/concept-hidden-label";
import { mleBernoulliP } from "./templates/mle-bernoulli-p";
import type { QuestionSummary, QuestionTemplate } from "./types";

export const TEMPLATES: readonly QuestionTemplate[] = [mleBernoulliP, conceptHiddenLabel];

const byId = new Map(TEMPLATES.map((template) => [template.id, template]));

export function getTemplate(id: string): QuestionTemplate | undefined {
  return byId.get(id);
}

export function listQuestions(): QuestionSummary[] {
  return TEMPLATES.map(({ id, title, topic, difficulty, kind }) => ({ id, title, topic, difficulty, kind }));
}

export { MAX_SEED, parseSeedParam, randomSeed } from "./seed";
export type * from "./types";
