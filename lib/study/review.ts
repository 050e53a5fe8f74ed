// The review queue: the learner's FSRS cards that are due, served one at a time with a fresh seed,
// and the check that records a review and moves its card in one transaction.
import "server-only";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "../db";
import { getTemplate } from "../questions";
import { parseCheckRequest } from "../questions/check-request";
import { publicGrade } from "../questions/reveal";
import type { PublicGradeResult, QuestionTemplate } from "../questions/types";
import { sqlCount, sqlDate } from "./sql-columns";
import { isRecordable, recordAttempt, type Counting, type RecordOutcome } from "./attempts";
import type { Grade } from "./schedule";

export interface QueueCard {
  templateId: string;
  title: string;
  topic: string;
  due: Date;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  reps: number;
  lapses: number;
}

export interface ReviewQueue {
  /** Due now, the longest overdue first. */
  due: QueueCard[];
  /** The next card to come due after now, if any. */
  next: QueueCard | null;
  total: number;
}

function toQueueCard(card: { templateId: string; due: Date; state: number; reps: number; lapses: number }): QueueCard {
  const template = getTemplate(card.templateId);
  return { ...card, title: template?.title ?? card.templateId, topic: template?.topic ?? "" };
}

// The queue and the card are read with raw SQL (valid on SQLite and PostgreSQL): home and the review
// pages read them on every view, and Prisma 6 compiles each ORM query anew (lib/study/sql-columns.ts).
const cardRows = z.array(z.object({ templateId: z.string(), due: sqlDate, state: sqlCount, reps: sqlCount, lapses: sqlCount }));
const countRows = z.array(z.object({ total: sqlCount }));
const CARD_COLUMNS = Prisma.sql`"templateId", "due", "state", "reps", "lapses"`;

async function readCards(where: Prisma.Sql): Promise<z.infer<typeof cardRows>> {
  const rows: unknown = await db.$queryRaw`SELECT ${CARD_COLUMNS} FROM "ReviewCard" WHERE ${where}`;
  return cardRows.parse(rows);
}

export async function getReviewQueue(userId: string | null, now: Date = new Date()): Promise<ReviewQueue> {
  if (!userId) return { due: [], next: null, total: 0 };
  const [due, [next], [count]] = await Promise.all([
    readCards(Prisma.sql`"userId" = ${userId} AND "due" <= ${now} ORDER BY "due", "templateId"`),
    readCards(Prisma.sql`"userId" = ${userId} AND "due" > ${now} ORDER BY "due", "templateId" LIMIT 1`),
    db.$queryRaw`SELECT COUNT(*) AS "total" FROM "ReviewCard" WHERE "userId" = ${userId}`.then((rows: unknown) => countRows.parse(rows)),
  ]);
  // A card whose template left the bank cannot be served.
  return {
    due: due.filter((card) => getTemplate(card.templateId)).map(toQueueCard),
    next: next ? toQueueCard(next) : null,
    total: count?.total ?? 0,
  };
}

/** The learner's card for one template (its due date and state), or null. */
export async function getCard(userId: string | null, templateId: string): Promise<QueueCard | null> {
  if (!userId) return null;
  const [card] = await readCards(Prisma.sql`"userId" = ${userId} AND "templateId" = ${templateId}`);
  return card ? toQueueCard(card) : null;
}

export interface ReviewCheckInput {
  learner: { id: string; isNew: boolean };
  template: QuestionTemplate;
  seed: unknown;
  answers: unknown;
  idempotencyKey: string | null;
  hintsUsed: unknown;
  durationMs: unknown;
  /** The learner gave up (Show solution): recorded, rated Again when it rates the card. */
  gaveUp?: boolean;
  /** Explain parts: the rubric points the learner ticked (validated like the API's `assessment`). */
  assessment?: unknown;
  now?: Date;
}

export type ReviewCheck =
  | { kind: "invalid"; message: string }
  | {
      kind: "graded";
      result: PublicGradeResult;
      outcome: RecordOutcome | null;
      /** Whether this check counts (a retry of the same variant does not); null when nothing was recorded. */
      counting: Counting | null;
      rating: Grade | null;
      nextDue: Date | null;
    };

const dueRows = z.array(z.object({ due: z.coerce.date() }));

async function cardIsDue(userId: string, templateId: string, now: Date): Promise<boolean> {
  const rows: unknown = await db.$queryRaw`SELECT "due" FROM "ReviewCard" WHERE "userId" = ${userId} AND "templateId" = ${templateId}`;
  const card = dueRows.parse(rows)[0];
  return card !== undefined && card.due <= now;
}

const clamp = (value: unknown, max: number) =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.min(Math.round(value), max) : null;

/**
 * Grades a review. When the card is due, the variant's first try rates it (Again, Hard, Good or
 * Easy from the outcome; Again for a give-up) and moves its due date; retries of the variant and a
 * card answered before it is due are practice, recorded without touching the schedule.
 */
export async function checkReview(input: ReviewCheckInput): Promise<ReviewCheck> {
  const parsed = parseCheckRequest({ seed: input.seed, answers: input.answers, assessment: input.assessment }, input.template);
  if (!parsed.ok) return { kind: "invalid", message: parsed.error };
  const { seed, answers, assessment } = parsed.request;
  const result = input.template.grade(seed, answers, assessment);
  const gaveUp = input.gaveUp === true;
  const shown = publicGrade(result, gaveUp ? { template: input.template, seed } : undefined);
  if (!isRecordable(result, gaveUp)) {
    return { kind: "graded", result: shown, outcome: null, counting: null, rating: null, nextDue: null };
  }
  const now = input.now ?? new Date();
  // Whether the card is due, read before anything is written: a card that is not due (or none)
  // cannot be rated by this check, so the attempt is one insert, with no transaction (the common
  // case: a practice review, or a retry). A due card is read again inside the transaction that
  // rates it. Reading first is safe because nothing makes a card due sooner: a rating moves its due
  // date to after the moment of that rating, never to before this check's `now`.
  const rateIfDue = !input.learner.isNew && (await cardIsDue(input.learner.id, input.template.id, now));
  const written = await recordAttempt({
    userId: input.learner.id,
    templateId: input.template.id,
    seed,
    answers,
    assessment,
    result,
    gaveUp,
    idempotencyKey: input.idempotencyKey,
    hintsUsed: clamp(input.hintsUsed, 100) ?? 0,
    durationMs: clamp(input.durationMs, 24 * 60 * 60 * 1000),
    now,
    ...(rateIfDue ? { schedule: { when: "when-due", kind: input.template.kind } } : {}),
  });
  return {
    kind: "graded",
    result: shown,
    outcome: written.outcome,
    counting: written.counting,
    rating: written.rating,
    nextDue: written.due,
  };
}
