// Helpers of the fairness property tests: seeds, 4-significant-figure rounding as a learner writes
// numbers down, and a grade of one typed number against a served variant's own band.
import { gradeNumberAnswer } from "@/lib/grading";
import { auditComputation, type ComputationAudit } from "@/lib/questions/computation";
import type { QuestionTemplate } from "@/lib/questions";

/** At least 1 000 seeds per template, as the grading rules ask. */
export const SEED_COUNT = 1000;
export const SEEDS = Array.from({ length: SEED_COUNT }, (_, i) => i);

/** A number as a careful learner writes it: 4 significant figures. */
export const four = (value: number): number => Number(value.toPrecision(4));
/** The text a learner types for a value kept to 4 significant figures. */
export const typed = (value: number): string => value.toPrecision(4);

export function auditOf(template: QuestionTemplate, seed: number): ComputationAudit {
  const audit = auditComputation(template, seed);
  if (!audit) throw new Error(`${template.id} is not a computation`);
  return audit;
}

/** The status one typed value gets for one part of one variant (the part's own band and mistakes). */
export function statusOf(template: QuestionTemplate, seed: number, partId: string, value: number): string {
  const part = auditOf(template, seed).parts.find((candidate) => candidate.id === partId);
  if (!part) throw new Error(`${template.id} has no numeric part ${partId}`);
  return gradeNumberAnswer(typed(value), part.truth, part.check).status;
}

/** Same as `statusOf`, through the whole template's grade with the other parts answered right. */
export function gradedPart(template: QuestionTemplate, seed: number, answers: Record<string, string>, partId: string) {
  const key = template.answerKey(seed);
  const result = template.grade(seed, { ...key, ...answers });
  const part = result.parts.find((candidate) => candidate.id === partId);
  if (!part) throw new Error(`${template.id} has no part ${partId}`);
  return part;
}
