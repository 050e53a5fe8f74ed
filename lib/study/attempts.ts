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
  /** The learner is new (first attempt): create its row in the same write. */
  createUser?: boolean;
  templateId: string;
  seed: number;
  answers: Answers;
  result: GradeResult;
  idempotencyKey?: string | null;
}

function isKnownError(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/**
 * Stores one attempt; a repeated idempotency key for the same learner is recorded once. A cookie
 * whose learner row is gone (a reset database) gets its row back rather than an error.
 */
export async function recordAttempt(input: AttemptInput): Promise<{ recorded: boolean; duplicate: boolean }> {
  const data = {
    templateId: input.templateId,
    seed: input.seed,
    answers: JSON.stringify(input.answers),
    parts: JSON.stringify(
      input.result.parts.map(({ id, status, mistake }) => (mistake ? { id, status, mistake } : { id, status })),
    ),
    score: input.result.score,
    correct: input.result.score === 1,
    idempotencyKey: input.idempotencyKey ?? null,
  };
  const ensureUser = () =>
    db.user.upsert({ where: { id: input.userId }, create: { id: input.userId }, update: {}, select: { id: true } });
  const create = () => db.attempt.create({ data: { ...data, userId: input.userId }, select: { id: true } });
  try {
    if (input.createUser) await ensureUser();
    try {
      await create();
    } catch (error) {
      if (!isKnownError(error, "P2003")) throw error; // foreign key: no such learner row yet
      await ensureUser();
      await create();
    }
    return { recorded: true, duplicate: false };
  } catch (error) {
    if (isKnownError(error, "P2002")) return { recorded: false, duplicate: true };
    throw error;
  }
}
