// Grade a variant and record the attempt: the one path shared by the question API and the
// practice page's server action, so both grade, record and reveal alike (docs/question-api.md).
import "server-only";
import { learnerForWrite } from "../learner";
import type { CheckRequest } from "../questions/check-request";
import { publicGrade } from "../questions/reveal";
import type { PublicGradeResult, QuestionTemplate } from "../questions/types";
import { isRecordable, recordAttempt, type Counting, type RecordOutcome } from "./attempts";

export interface CheckOutcome {
  result: PublicGradeResult;
  /** What happened to the attempt; `null` when nothing was graded, so nothing was recorded. */
  outcome: RecordOutcome | null;
  /** Whether this check counts towards accuracy (see `Counting`); null when nothing was recorded. */
  counting: Counting | null;
}

export interface CheckOptions {
  /** The learner gives up (also `"reveal": true` in the request): recorded even if nothing was graded. */
  gaveUp?: boolean;
}

/**
 * A give-up (`reveal`) shows the solution and is always recorded, even with nothing typed, as a check
 * that was not correct: otherwise reading the solution and then checking it would count as the
 * variant's first, correct answer.
 */
export async function gradeAndRecord(
  template: QuestionTemplate,
  request: CheckRequest,
  idempotencyKey: string | null,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const gaveUp = options.gaveUp === true || request.reveal === true;
  // Explain parts: the rubric points ticked, when the learner sends a self-assessment.
  const result = template.grade(request.seed, request.answers, request.assessment);
  const shown = publicGrade(result, gaveUp ? { template, seed: request.seed } : undefined);
  if (!isRecordable(result, gaveUp)) return { result: shown, outcome: null, counting: null };
  const learner = await learnerForWrite();
  const recorded = await recordAttempt({
    userId: learner.id,
    templateId: template.id,
    seed: request.seed,
    answers: request.answers,
    assessment: request.assessment,
    result,
    gaveUp,
    idempotencyKey,
  });
  return { result: shown, outcome: recorded.outcome, counting: recorded.counting };
}
