// Recording graded checks as attempts. Only parts the learner really answered count: a check
// whose parts are all invalid, unanswered or imprecise ("give more figures") records nothing.
import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "../db";
import type { Answers, GradeResult } from "../questions/types";

const COUNTED = new Set(["correct", "incorrect"]);

export function isRecordable(result: GradeResult): boolean {
  return result.parts.some((part) => COUNTED.has(part.status));
}

export interface AttemptInput {
  userId: string;
  templateId: string;
  seed: number;
  answers: Answers;
  result: GradeResult;
  idempotencyKey?: string | null;
}

/** Stores one attempt; a repeated idempotency key for the same learner is recorded once. */
export async function recordAttempt(input: AttemptInput): Promise<{ recorded: boolean; duplicate: boolean }> {
  try {
    await db.attempt.create({
      data: {
        userId: input.userId,
        templateId: input.templateId,
        seed: input.seed,
        answers: JSON.stringify(input.answers),
        parts: JSON.stringify(
          input.result.parts.map(({ id, status, mistake }) => (mistake ? { id, status, mistake } : { id, status })),
        ),
        score: input.result.score,
        correct: input.result.score === 1,
        idempotencyKey: input.idempotencyKey ?? null,
      },
      select: { id: true },
    });
    return { recorded: true, duplicate: false };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { recorded: false, duplicate: true };
    }
    throw error;
  }
}
