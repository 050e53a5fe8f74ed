// The one attempt writer. Every graded check (the question API, the practice page, study sessions,
// mock interviews, reviews) and every give-up is stored here, with the honest-numbers rule:
//
// - a variant (template + seed) counts once per learner, by its first recorded check (`firstTry`);
//   later checks of it are kept as retries and never change accuracy;
// - giving up (a check sent with `"reveal": true`) is recorded even when nothing was graded, and
//   counts as not correct (`correct` is false for a give-up), so a variant is correct only when its
//   first try was;
// - FSRS follows the same rule: only the first try of a variant rates its card (a wrong first try is
//   Again, and a right retry cannot undo that; a give-up is Again); see `ratingFor` in schedule.ts.
//
// Only checks with a part graded right or wrong are attempts (`isGraded`), except give-ups: a check
// whose parts are all invalid, unanswered or imprecise records nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ensureLearnerRow } from "../auth/learner-row";
import { Prisma } from "@prisma/client";
import { db, provider } from "../db";
import { isGraded } from "../questions/reveal";
import type { Answers, Assessment, GradeResult, QuestionKind } from "../questions/types";
import { ratingFor, Rating, scheduleReview, type Grade } from "./schedule";
import { partsToStore, storedParts, type StoredPart } from "./stored";
import type { DbClient, Transaction } from "./transaction";

export type { Transaction } from "./transaction";

export interface AttemptInput {
  userId: string;
  templateId: string;
  seed: number;
  answers: Answers;
  /** Explain parts: the rubric points the learner ticked (stored with the self-assessed parts). */
  assessment?: Assessment;
  result: GradeResult;
  /** The learner asked for the solution (`"reveal": true`, or Show solution): a give-up. */
  gaveUp: boolean;
  /** The client's Idempotency-Key: a repeated request is recorded once. */
  idempotencyKey: string | null;
  /** Hints opened before this check, and the time from first view to it (for the FSRS rating). */
  hintsUsed?: number;
  durationMs?: number | null;
  now?: Date;
  /**
   * The study session question this check answers (a session or mock interview). Its draft becomes
   * these answers (and its hint count `hintsUsed`, when given) in the statement that links it.
   */
  sessionItem?: { sessionId: string; itemId: string; hintsUsed?: number };
  /**
   * Whether the attempt rates the template's review card (only ever a first try):
   * - `first-of-item`: when it is its session question's first answer;
   * - `when-due`: when the learner's card for the template is due (the review queue);
   * - absent: never (practice and the question API).
   */
  schedule?: { when: "first-of-item" | "when-due"; kind: QuestionKind };
}

/**
 * - `recorded`: a new attempt;
 * - `duplicate`: this Idempotency-Key was recorded before for the same question, seed and answers
 *   (a retried request), so nothing new is stored;
 * - `conflict`: the key was used before for a different request.
 */
export type RecordOutcome = "recorded" | "duplicate" | "conflict";

/**
 * Whether a check counts, for the screen: a re-check must never look like a scored "Correct".
 * - `first-try`: this check is the variant's score (right or wrong);
 * - `retry`: an earlier check of this variant is the one that counts, so this one does not;
 * - `gave-up`: the learner gave up: the variant counts as not correct (unless its first try, an
 *   earlier check, was right).
 * `note` is the sentence to show beside the result, or null when there is nothing to add.
 */
export interface Counting {
  counts: boolean;
  reason: "first-try" | "retry" | "gave-up";
  note: string | null;
}

export interface AttemptRecorded {
  outcome: RecordOutcome;
  /** Null when nothing was stored (`conflict`). */
  counting: Counting | null;
  /** The rating given to the card, when this attempt scheduled it. */
  rating: Grade | null;
  /** This attempt became its session question's answer (its first graded one). */
  linked: boolean;
  /** When the card comes back, when this attempt scheduled it. */
  due: Date | null;
}

/** Whether a check is stored at all: something graded right or wrong, or a give-up. */
export function isRecordable(result: GradeResult, gaveUp: boolean): boolean {
  return gaveUp || isGraded(result);
}

export function countingOf(attempt: { firstTry: boolean; gaveUp: boolean }): Counting {
  if (attempt.gaveUp) {
    return {
      counts: attempt.firstTry,
      reason: "gave-up",
      note: attempt.firstTry
        ? "You gave up on this question: it counts as not correct."
        : "You gave up: your first try at this question is the one that counts.",
    };
  }
  if (attempt.firstTry) return { counts: true, reason: "first-try", note: null };
  return {
    counts: false,
    reason: "retry",
    note: "A retry: your first try at this question is the one that counts, so this check does not change your accuracy.",
  };
}

const NOTHING = { rating: null, linked: false, due: null } as const;

/**
 * JSON with every object's keys sorted: the same answers compare equal however they were stored
 * (PostgreSQL's jsonb keeps keys in its own order, shortest first; SQLite keeps the text).
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The rubric points ticked per self-assessed part, comparable as a string. */
function ticks(parts: readonly StoredPart[]): string {
  return JSON.stringify(parts.flatMap((part) => (part.covered ? [[part.id, part.covered]] : [])));
}

/** What linking a session question returns: the attempt that is its answer now. */
const linkedRows = z.array(z.object({ attemptId: z.string().nullable() }));

/** What the insert returns: SQLite gives the boolean as 1 or 0 through a raw query. */
const insertedRows = z.array(z.object({ firstTry: z.union([z.boolean(), z.number()]) }));

/**
 * PostgreSQL: the lock of one learner's variant until the end of the transaction, taken before its
 * attempt is inserted, so that of two simultaneous first checks only one sees no earlier check.
 */
export function variantLock(input: { userId: string; templateId: string; seed: number }): Prisma.Sql {
  return Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${input.userId}), hashtext(${`${input.templateId}:${input.seed}`}))::text AS "locked"`;
}

export interface PreparedAttempt {
  attemptId: string;
  /** The INSERT … RETURNING "firstTry" (a query: run it with `$queryRaw`). */
  statement: Prisma.Sql;
  /** The stored `firstTry` of the new row from the statement's rows; null when nothing was inserted. */
  firstTryOf(rows: unknown): boolean | null;
  partsStored: StoredPart[];
}

/**
 * The one INSERT of an attempt (see `recordAttempt`). It inserts nothing when the learner has no row,
 * when the learner used the idempotency key before, or when `onlyIf` (a further SQL condition) is
 * false. On PostgreSQL it must run after `variantLock` in the same transaction.
 */
export function prepareAttemptInsert(input: AttemptInput & { now: Date }, onlyIf?: Prisma.Sql): PreparedAttempt {
  const attemptId = randomUUID();
  const answers = JSON.stringify(input.answers);
  const partsStored = partsToStore(input.result.parts, input.assessment);
  const parts = JSON.stringify(partsStored);
  const score = input.gaveUp && !isGraded(input.result) ? 0 : input.result.score;
  const correct = input.result.score === 1 && !input.gaveUp;
  const { userId, templateId, seed } = input;
  const statement = Prisma.sql`
    INSERT INTO "Attempt" ("id", "userId", "templateId", "seed", "answers", "parts", "score", "correct", "firstTry", "gaveUp",
                           "idempotencyKey", "sessionId", "hintsUsed", "durationMs", "createdAt")
    SELECT ${attemptId}, ${userId}, ${templateId}, ${seed}, ${answers}, ${parts}, ${score}, ${correct},
           NOT EXISTS (SELECT 1 FROM "Attempt" WHERE "userId" = ${userId} AND "templateId" = ${templateId} AND "seed" = ${seed}),
           ${input.gaveUp}, ${input.idempotencyKey}, ${input.sessionItem?.sessionId ?? null}, ${input.hintsUsed ?? 0},
           ${input.durationMs ?? null}, ${input.now}
    WHERE EXISTS (SELECT 1 FROM "User" WHERE "id" = ${userId}) ${onlyIf ? Prisma.sql`AND ${onlyIf}` : Prisma.empty}
    ON CONFLICT ("userId", "idempotencyKey") DO NOTHING
    RETURNING "firstTry"`;
  const firstTryOf = (rows: unknown): boolean | null => {
    const inserted = insertedRows.parse(rows);
    return inserted.length === 0 ? null : inserted[0]?.firstTry === true || inserted[0]?.firstTry === 1;
  };
  return { attemptId, statement, firstTryOf, partsStored };
}

/**
 * Stores one attempt, with its session question and its review card when it has them, all in one
 * transaction (pass the caller's `tx` to join its transaction). A key seen before writes nothing.
 *
 * The insert is one SQL statement rather than `attempt.create`: this is the hot path of every
 * check, and Prisma's JS engine spends about 0.9 ms compiling a create against 0.2 ms for a raw
 * insert (measured here). The statement decides `firstTry` itself (no earlier check of the
 * variant), so two simultaneous first checks cannot both count: SQLite runs one write at a time.
 * PostgreSQL runs them side by side, each statement blind to the other's uncommitted row, so there
 * the variant is first locked for the transaction (an advisory lock, released at its end).
 */
export async function recordAttempt(input: AttemptInput, tx?: Transaction): Promise<AttemptRecorded> {
  if (!tx && (input.sessionItem || input.schedule || provider === "postgresql"))
    return db.$transaction((inner) => recordAttempt(input, inner));
  const client: DbClient = tx ?? db;
  if (tx && provider === "postgresql") await tx.$queryRaw(variantLock(input));
  const now = input.now ?? new Date();
  const prepared = prepareAttemptInsert({ ...input, now });
  const { attemptId, partsStored } = prepared;
  const key = input.idempotencyKey;
  const { userId, templateId, seed } = input;

  // Returns the stored `firstTry` of the new row; no row when nothing was inserted.
  const insert = async (): Promise<boolean | null> => prepared.firstTryOf(await client.$queryRaw(prepared.statement));
  const select = { templateId: true, seed: true, answers: true, parts: true, firstTry: true, gaveUp: true } as const;
  // `newLearner`: the learner has no row yet, a client without a cookie. Its request may be the
  // retry of a guest's request whose response (and cookie) was lost, so a guest's use of the key
  // counts too. An account's keys never do: they can be neither probed nor blocked by others.
  const earlierUseOfKey = async (newLearner = false): Promise<AttemptRecorded | null> => {
    if (key === null) return null;
    const earlier = newLearner
      ? await client.attempt.findFirst({ where: { idempotencyKey: key, user: { username: null } }, select })
      : await client.attempt.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: key } }, select });
    if (!earlier) return null;
    // The ticks too: the same written answer self-assessed differently is a different request.
    const same =
      earlier.templateId === templateId &&
      earlier.seed === seed &&
      canonicalJson(earlier.answers) === canonicalJson(input.answers) &&
      ticks(storedParts(earlier.parts, key)) === ticks(partsStored);
    return same ? { outcome: "duplicate", counting: countingOf(earlier), ...NOTHING } : { outcome: "conflict", counting: null, ...NOTHING };
  };

  let firstTry = await insert();
  if (firstTry === null) {
    // Nothing inserted: this learner used the key before, or the learner row is missing (a new
    // guest). A retry that lost its cookie must not leave a new learner behind, so the key is
    // looked at first.
    const newLearner = (await client.user.findUnique({ where: { id: userId }, select: { id: true } })) === null;
    const earlier = await earlierUseOfKey(newLearner);
    if (earlier) return earlier;
    await ensureLearnerRow(userId, client);
    firstTry = await insert();
    if (firstTry === null) return (await earlierUseOfKey()) ?? { outcome: "duplicate", counting: null, ...NOTHING };
  }
  const stored = { firstTry, gaveUp: input.gaveUp };
  const counting = countingOf(stored);

  let linked = false;
  if (input.sessionItem) {
    // Only the first answer is the question's: a concurrent or later check stays a plain attempt
    // (COALESCE keeps the attempt that is there). The draft is saved either way, in the same statement.
    const hints = input.sessionItem.hintsUsed ?? null;
    const link: unknown = await client.$queryRaw`
      UPDATE "SessionItem" SET "attemptId" = COALESCE("attemptId", ${attemptId}), "draft" = ${JSON.stringify(input.answers)},
        "hintsUsed" = COALESCE(${hints}, "hintsUsed")
      WHERE "id" = ${input.sessionItem.itemId}
      RETURNING "attemptId"`;
    linked = linkedRows.parse(link)[0]?.attemptId === attemptId;
  }
  if (!input.schedule) return { outcome: "recorded", counting, rating: null, linked, due: null };
  // Only a session question's first answer, or a due card's first try, rates the card: a retry
  // (most checks under load) costs no card lookup.
  const mayRate = input.schedule.when === "first-of-item" ? linked : stored.firstTry;
  if (!mayRate) return { outcome: "recorded", counting, rating: null, linked, due: null };

  const card = await client.reviewCard.findUnique({ where: { userId_templateId: { userId, templateId } } });
  const rate = input.schedule.when === "first-of-item" || (card !== null && card.due <= now);
  if (!rate) return { outcome: "recorded", counting, rating: null, linked, due: null };

  const rating: Grade = input.gaveUp
    ? Rating.Again
    : ratingFor({
        score: input.result.score,
        hintsUsed: input.hintsUsed ?? 0,
        durationMs: input.durationMs ?? null,
        kind: input.schedule.kind,
        partCount: input.result.parts.length,
      });
  const next = scheduleReview(card, rating, now);
  await client.reviewCard.upsert({
    where: { userId_templateId: { userId, templateId } },
    create: { userId, templateId, ...next },
    update: next,
  });
  await client.attempt.update({ where: { id: attemptId }, data: { rating } });
  return { outcome: "recorded", counting, rating, linked, due: next.due };
}

/**
 * After attempts moved between learners (a guest merged into an account, an import), a variant may
 * have two first tries: only the earliest stays one.
 */
export async function keepEarliestFirstTries(userId: string, client: DbClient = db): Promise<void> {
  await client.$executeRaw`
    UPDATE "Attempt" SET "firstTry" = false
    WHERE "userId" = ${userId} AND "firstTry" = true AND EXISTS (
      SELECT 1 FROM "Attempt" AS "earlier"
      WHERE "earlier"."userId" = "Attempt"."userId" AND "earlier"."templateId" = "Attempt"."templateId"
        AND "earlier"."seed" = "Attempt"."seed"
        AND ("earlier"."createdAt" < "Attempt"."createdAt"
             OR ("earlier"."createdAt" = "Attempt"."createdAt" AND "earlier"."id" < "Attempt"."id")))`;
}
