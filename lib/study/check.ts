// Grade a variant and record the attempt: the one path shared by the question API and the
// practice page's server action, so both grade, record and reveal alike.
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

export async function gradeAndRecord(
  template: QuestionTemplate,
  request: CheckRequest,
  idempotencyKey: string | null,
): Promise<CheckOutcome> {
  const result = template.grade(request.seed, request.answers);
  if (!isGraded(result)) return { result: publicGrade(result), outcome: null };
  const learner = await learnerForWrite();
  const outcome = await recordAttempt({
    userId: learner.id,
    createUser: learner.isNew,
    templateId: template.id,
    seed: request.seed,
    answers: request.answers,
    result,
    idempotencyKey,
  });
  return { result: publicGrade(result), outcome };
}
