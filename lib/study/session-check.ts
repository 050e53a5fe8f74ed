// Checking one question of a study session or mock interview.
import "server-only";
import { Prisma } from "@prisma/client";
import { db, provider } from "../db";
import { getTemplate } from "../questions";
import { parseCheckRequest } from "../questions/check-request";
import { publicGrade } from "../questions/reveal";
import type { PublicGradeResult } from "../questions/types";
import {
  countingOf,
  isRecordable,
  prepareAttemptInsert,
  recordAttempt,
  variantLock,
  type AttemptInput,
  type AttemptRecorded,
  type Counting,
  type RecordOutcome,
} from "./attempts";
import type { Grade } from "./schedule";
import { finalize } from "./session-finish";
import { findSession, findSessionItem, isExpired, MAX_DURATION_MS, sessionMode, wholeNumber, type SessionMode } from "./session-rows";

export type SessionCheck =
  | { kind: "not-found" }
  | { kind: "closed"; message: string }
  | { kind: "invalid"; message: string }
  | {
      kind: "graded";
      mode: SessionMode;
      result: PublicGradeResult;
      /** null: nothing was graded right or wrong (and no give-up), so nothing was recorded. */
      outcome: RecordOutcome | null;
      /**
       * Whether this check is the one the session scores. A question's first answer counts; a
       * re-check in a practice session is a retry (`counts: false`, reason "retry"), and the UI
       * must say so beside a right answer (show `note`) rather than a plain "Correct". A give-up
       * has reason "gave-up". Null when nothing was recorded.
       */
      counting: Counting | null;
      rating: Grade | null;
      /** This check is the question's answer in the session (its first graded one). */
      linked: boolean;
    };

export interface SessionCheckInput {
  userId: string | null;
  sessionId: string;
  position: number;
  answers: unknown;
  idempotencyKey: string | null;
  hintsUsed: unknown;
  durationMs: unknown;
  /** The learner gives up on this question (Show solution): recorded even when nothing is graded. */
  gaveUp?: boolean;
  /** Explain parts: the rubric points the learner ticked (validated like the API's `assessment`). */
  assessment?: unknown;
  now?: Date;
}

const FINISHED = "This session is finished: its summary shows every answer.";
const TIME_UP = "Time is up: your answers were submitted.";
const MOCK_NO_SOLUTIONS = "A mock interview shows its solutions in the review at the end.";
const MOCK_ANSWERED = "In a mock interview the first checked answer counts, and this question has one. Go on to the next question.";

class SessionClosed extends Error {}

/**
 * An update that changes nothing, to lock the session row until the end of the transaction: a
 * finish or another check of this session waits for it (SQLite runs one write transaction at a
 * time anyway; PostgreSQL would let two transactions both see the question unanswered). Counts 0
 * when the session is already finished.
 */
function lockOpenSession(client: Pick<Prisma.TransactionClient, "$executeRaw">, sessionId: string) {
  return client.$executeRaw`UPDATE "StudySession" SET "completedAt" = NULL WHERE "id" = ${sessionId} AND "completedAt" IS NULL`;
}

/**
 * A check of a practice question that already has its answer: it can neither become the question's
 * answer nor rate its card, so it is an insert and the draft's update, one batch (a transaction
 * without the round trips of an interactive one). The insert runs only while the session is open
 * and the question still answered, and the draft is saved only with the attempt: when nothing was
 * inserted (the session was finished meanwhile, the idempotency key was used before), nothing was
 * written, and null sends the check down the full path, which tells which.
 * On PostgreSQL the session row and the variant are locked first, as the full path does.
 */
async function recordRetry(input: AttemptInput & { now: Date; sessionItem: { sessionId: string; itemId: string; hintsUsed?: number } }) {
  const { sessionId, itemId } = input.sessionItem;
  const prepared = prepareAttemptInsert(
    input,
    Prisma.sql`EXISTS (SELECT 1 FROM "StudySession" s JOIN "SessionItem" i ON i."sessionId" = s."id"
                       WHERE s."id" = ${sessionId} AND s."completedAt" IS NULL AND i."id" = ${itemId} AND i."attemptId" IS NOT NULL)`,
  );
  const locks = provider === "postgresql" ? [lockOpenSession(db, sessionId), db.$queryRaw(variantLock(input))] : [];
  const results = await db.$transaction([
    ...locks,
    db.$queryRaw(prepared.statement),
    db.$executeRaw`UPDATE "SessionItem" SET "draft" = ${JSON.stringify(input.answers)}, "hintsUsed" = ${input.sessionItem.hintsUsed ?? 0}
                   WHERE "id" = ${itemId} AND EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${prepared.attemptId})`,
  ]);
  const firstTry = prepared.firstTryOf(results[locks.length]);
  if (firstTry === null) return null;
  return {
    outcome: "recorded",
    counting: countingOf({ firstTry, gaveUp: input.gaveUp }),
    rating: null,
    linked: false,
    due: null,
  } satisfies AttemptRecorded;
}
class MockAnswered extends Error {}

/**
 * Grades one question of a session. Its first graded answer (or give-up) becomes the question's
 * answer and rates its review card; the attempt, the question and the card are written in one
 * transaction. In a practice session a question may be checked again (a retry, which does not
 * count); in a mock interview it may not.
 */
export async function checkSessionItem(input: SessionCheckInput): Promise<SessionCheck> {
  const now = input.now ?? new Date();
  if (!input.userId || typeof input.sessionId !== "string" || !Number.isInteger(input.position)) return { kind: "not-found" };
  // The question and its session's state, in one statement (not the whole session with its attempts).
  const item = await findSessionItem(input.userId, input.sessionId, input.position);
  const template = item && getTemplate(item.templateId);
  if (!item || !template) return { kind: "not-found" };
  if (isExpired(item, now) && item.deadlineAt) {
    // Rare: the finish grades every typed answer, so it reads the whole session.
    const row = await findSession(input.userId, input.sessionId);
    if (row) await finalize(row, item.deadlineAt);
    return { kind: "closed", message: TIME_UP };
  }
  if (item.completedAt !== null) return { kind: "closed", message: FINISHED };
  const mode = sessionMode(item.mode);
  if (mode === "mock" && input.gaveUp === true) return { kind: "closed", message: MOCK_NO_SOLUTIONS };
  if (mode === "mock" && item.attemptId !== null) return { kind: "closed", message: MOCK_ANSWERED };

  const parsed = parseCheckRequest({ seed: item.seed, answers: input.answers, assessment: input.assessment }, template);
  if (!parsed.ok) return { kind: "invalid", message: parsed.error };
  const { answers, assessment } = parsed.request;
  const result = template.grade(item.seed, answers, assessment);
  // A mock interview shows nothing until the end, so there is nothing to give up for.
  const gaveUp = mode === "practice" && input.gaveUp === true;
  const hintsUsed = Math.max(item.hintsUsed, wholeNumber(input.hintsUsed, 100) ?? 0);
  const durationMs = wholeNumber(input.durationMs, MAX_DURATION_MS);
  const sessionId = input.sessionId;
  const attempt = {
    userId: item.userId,
    templateId: template.id,
    seed: item.seed,
    answers,
    assessment,
    result,
    gaveUp,
    idempotencyKey: input.idempotencyKey,
    hintsUsed,
    durationMs,
    now,
    sessionItem: { sessionId, itemId: item.itemId, hintsUsed },
    schedule: { when: "first-of-item", kind: template.kind },
  } satisfies AttemptInput;

  try {
    // A practice question answered before, checked again: the common case, written without an
    // interactive transaction. Anything else (and a retry the batch did not record) takes the full path.
    const retried = mode === "practice" && item.attemptId !== null && isRecordable(result, gaveUp) ? await recordRetry(attempt) : null;
    const written =
      retried ??
      (await db.$transaction(async (tx) => {
        const open = await lockOpenSession(tx, sessionId);
        if (open === 0) throw new SessionClosed();
        // Checked again here: two simultaneous checks of a mock question both passed the check above.
        if (mode === "mock") {
          const unanswered = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "SessionItem" WHERE "id" = ${item.itemId} AND "attemptId" IS NULL`;
          if (unanswered.length === 0) throw new MockAnswered();
        }
        const saveDraft = () =>
          tx.$executeRaw`UPDATE "SessionItem" SET "draft" = ${JSON.stringify(answers)}, "hintsUsed" = ${hintsUsed} WHERE "id" = ${item.itemId}`;
        if (!isRecordable(result, gaveUp)) {
          await saveDraft();
          return null;
        }
        // Recorded: the statement that links the question to its attempt saves the draft too.
        const recorded = await recordAttempt(attempt, tx);
        if (recorded.outcome !== "recorded") await saveDraft();
        return recorded;
      }));
    // In a session the question's first answer is what counts, whatever was practised elsewhere.
    const counting =
      written === null || written.counting === null
        ? null
        : written.outcome === "recorded"
          ? countingOf({ firstTry: written.linked, gaveUp })
          : written.counting;
    return {
      kind: "graded",
      mode,
      result: publicGrade(result, gaveUp ? { template, seed: item.seed } : undefined),
      outcome: written?.outcome ?? null,
      counting,
      rating: written?.rating ?? null,
      linked: written?.linked ?? false,
    };
  } catch (error) {
    if (error instanceof SessionClosed) return { kind: "closed", message: FINISHED };
    if (error instanceof MockAnswered) return { kind: "closed", message: MOCK_ANSWERED };
    throw error;
  }
}
