// Grade a variant and record the attempt: the one path shared by the question API and the
// practice page's server action, so both grade and record alike.
import "server-only";
import { learnerForWrite } from "../learner";
import type { CheckRequest } from "../questions/check-request";
import type { GradeResult, QuestionTemplate } from "../questions/types";
import { isRecordable, recordAttempt } from "./attempts";

export interface CheckOutcome {
  result: GradeResult;
  recorded: boolean;
}

export async function gradeAndRecord(
  template: QuestionTemplate,
  request: CheckRequest,
  idempotencyKey: string | null,
): Promise<CheckOutcome> {
  const result = template.grade(request.seed, request.answers);
  if (!isRecordable(result)) return { result, recorded: false };
  const learner = await learnerForWrite();
  const { recorded, duplicate } = await recordAttempt({
    userId: learner.id,
    createUser: learner.isNew,
    templateId: template.id,
    seed: request.seed,
    answers: request.answers,
    result,
    idempotencyKey,
  });
  return { result, recorded: recorded || duplicate };
}
