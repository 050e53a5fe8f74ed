// Grade a variant and record the attempt: the one path shared by the question API and the
// practice page's server action, so both grade, record and reveal alike (docs/question-api.md).
import "server-only";
import { learnerForWrite } from "../learner";
import type { CheckRequest } from "../questions/check-request";
import { isGraded, publicGrade } from "../questions/reveal";
import type { PublicGradeResult, QuestionTemplate } from "../questions/types";
import { recordAttempt, type RecordOutcome } from "./attempts";

export interface CheckOutcome {
  result: PublicGradeResult;
  /** What happened to the attempt; `null` when nothing was graded, so nothing was recorded. */
  outcome: RecordOutcome | null;
}

/**
 * `reveal`: the learner gives up and sees the solution. That is always recorded, even with nothing
 * typed, as a check that was not correct: otherwise reading the solution and then checking it would
 * count as the variant's first, correct answer.
 */
export async function gradeAndRecord(
  template: QuestionTemplate,
  request: CheckRequest,
  idempotencyKey: string | null,
): Promise<CheckOutcome> {
  const reveal = request.reveal === true;
  const result = template.grade(request.seed, request.answers);
  const shown = publicGrade(result, reveal ? { template, seed: request.seed } : undefined);
  if (!isGraded(result) && !reveal) return { result: shown, outcome: null };
  const learner = await learnerForWrite();
  const outcome = await recordAttempt({
    userId: learner.id,
    createUser: learner.isNew,
    templateId: template.id,
    seed: request.seed,
    answers: request.answers,
    result,
    idempotencyKey,
    gaveUp: reveal,
  });
  return { result: shown, outcome };
}
