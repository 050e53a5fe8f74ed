// The study-session rows as the session modules read them: one session with its questions and
// their answers, and the rules of time shared by reading, checking and finishing.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { readStoredJson } from "./stored-repair";

/** Answers and checks that arrive this long after a mock's deadline still count (network latency, the time-out itself). */
export const DEADLINE_GRACE_MS = 10_000;
/** A client-measured duration longer than this is not a measurement. */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

export type SessionMode = "practice" | "mock";

export const sessionMode = (mode: string): SessionMode => (mode === "mock" ? "mock" : "practice");

export const itemInclude = {
  orderBy: { position: "asc" },
  include: {
    attempt: {
      select: { id: true, score: true, correct: true, gaveUp: true, answers: true, parts: true, durationMs: true, rating: true },
    },
  },
} as const;

export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export function findSession(userId: string, id: string) {
  return readStoredJson(() => db.studySession.findFirst({ where: { id, userId }, include: { items: itemInclude } }));
}

/** The highest question position a session can have; anything beyond is no question (and no query). */
export const MAX_POSITION = 100_000;

const sessionItemRows = z.array(
  z.object({
    userId: z.string(),
    mode: z.string(),
    completedAt: z.coerce.date().nullable(),
    deadlineAt: z.coerce.date().nullable(),
    itemId: z.string(),
    templateId: z.string(),
    seed: z.number(),
    hintsUsed: z.number(),
    attemptId: z.string().nullable(),
  }),
);

export type SessionItemRow = z.infer<typeof sessionItemRows>[number];

/**
 * One question of one of the learner's sessions, with what a check needs of its session, in one
 * statement: a check reads neither the other questions nor any attempt (the hot path of a session;
 * `findSession` reads everything, for the pages and the finish).
 */
export async function findSessionItem(userId: string, sessionId: string, position: number): Promise<SessionItemRow | null> {
  if (!Number.isSafeInteger(position) || position < 0 || position > MAX_POSITION) return null;
  const rows: unknown = await db.$queryRaw`
    SELECT s."userId", s."mode", s."completedAt", s."deadlineAt",
           i."id" AS "itemId", i."templateId", i."seed", i."hintsUsed", i."attemptId"
    FROM "StudySession" s JOIN "SessionItem" i ON i."sessionId" = s."id"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND i."position" = ${position}`;
  return sessionItemRows.parse(rows)[0] ?? null;
}

export function isExpired(session: { completedAt: Date | null; deadlineAt: Date | null }, now: Date): boolean {
  return session.completedAt === null && session.deadlineAt !== null && now.getTime() > session.deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

/** Clamps a client's count or duration to something storable; anything else is unknown. */
export function wholeNumber(value: unknown, max: number): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.min(Math.round(value), max) : null;
}
