// Reading study sessions back: one session with its questions (only its own learner can), and the
// list to resume or look back on. A mock interview past its deadline is finished by the server,
// whoever asks first.
import "server-only";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "../db";
import { getTemplate } from "../questions";
import type { Difficulty, QuestionKind } from "../questions/types";
import { finalize } from "./session-finish";
import { jsonColumn, sqlCount, sqlDate } from "./sql-columns";
import { readStoredJson } from "./stored-repair";
import { DEADLINE_GRACE_MS, findSession, isExpired, itemInclude, sessionMode, type SessionMode, type SessionRow } from "./session-rows";
import { storedAnswers, storedDraft, storedParts, storedTopics, type StoredAnswers, type StoredPart } from "./stored";

export type { SessionMode } from "./session-rows";
export type { StoredPart } from "./stored";

/** The question's answer in the session: its first recorded check (or give-up). */
export interface ItemAttempt {
  id: string;
  score: number;
  /** Every part right, and not given up. */
  correct: boolean;
  gaveUp: boolean;
  answers: StoredAnswers;
  parts: StoredPart[];
  durationMs: number | null;
  rating: number | null;
}

export interface SessionItemView {
  id: string;
  position: number;
  templateId: string;
  title: string;
  topic: string;
  kind: QuestionKind;
  difficulty: Difficulty;
  seed: number;
  draft: StoredAnswers | null;
  hintsUsed: number;
  attempt: ItemAttempt | null;
}

export interface SessionView {
  id: string;
  mode: SessionMode;
  topics: string[];
  difficulty: string;
  length: number;
  timeLimitSeconds: number | null;
  deadlineAt: Date | null;
  startedAt: Date;
  completedAt: Date | null;
  items: SessionItemView[];
}

function toView(row: SessionRow): SessionView {
  return {
    id: row.id,
    mode: sessionMode(row.mode),
    topics: storedTopics(row.topics, row.id),
    difficulty: row.difficulty,
    length: row.length,
    timeLimitSeconds: row.timeLimitSeconds,
    deadlineAt: row.deadlineAt,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    items: row.items.map((item) => {
      const template = getTemplate(item.templateId);
      return {
        id: item.id,
        position: item.position,
        templateId: item.templateId,
        title: template?.title ?? item.templateId,
        topic: template?.topic ?? "",
        kind: template?.kind ?? "concept",
        difficulty: template?.difficulty ?? "medium",
        seed: item.seed,
        draft: storedDraft(item.draft, item.id),
        hintsUsed: item.hintsUsed,
        attempt: item.attempt && {
          ...item.attempt,
          answers: storedAnswers(item.attempt.answers, item.attempt.id),
          parts: storedParts(item.attempt.parts, item.attempt.id),
        },
      };
    }),
  };
}

/**
 * The learner's session, or null when there is none with this id for this learner (someone
 * else's id reads as missing). A mock interview past its deadline is finished first.
 */
export async function getStudySession(userId: string | null, id: string, now: Date = new Date()): Promise<SessionView | null> {
  if (!userId || id.length > 200) return null;
  const row = await findSession(userId, id);
  if (!row) return null;
  if (isExpired(row, now) && row.deadlineAt) {
    await finalize(row, row.deadlineAt);
    return getStudySession(userId, id, now);
  }
  return toView(row);
}

/** Finishes the learner's mock interviews whose time ran out while nobody had them open. */
export async function finishExpiredSessions(userId: string | null, now: Date = new Date()): Promise<number> {
  if (!userId) return 0;
  const cutoff = new Date(now.getTime() - DEADLINE_GRACE_MS);
  // Nearly always none: one cheap raw read (pages call this on every view) before the full one.
  const any: unknown[] = await db.$queryRaw`
    SELECT 1 FROM "StudySession" WHERE "userId" = ${userId} AND "completedAt" IS NULL AND "deadlineAt" < ${cutoff} LIMIT 1`;
  if (any.length === 0) return 0;
  const expired = await readStoredJson(() =>
    db.studySession.findMany({
      where: { userId, completedAt: null, deadlineAt: { lt: cutoff } },
      include: { items: itemInclude },
    }),
  );
  for (const row of expired) if (row.deadlineAt) await finalize(row, row.deadlineAt);
  return expired.length;
}

export interface SessionListEntry {
  id: string;
  mode: SessionMode;
  topics: string[];
  difficulty: string;
  length: number;
  answered: number;
  /** Questions whose first answer was right. */
  correct: number;
  startedAt: Date;
  completedAt: Date | null;
  deadlineAt: Date | null;
}

// The session lists are read with raw SQL (valid on SQLite and PostgreSQL): home and /study read them
// on every view, and Prisma 6 compiles each ORM query anew (lib/study/sql-columns.ts). The nested
// read of sessions, items and attempts took three statements a list; the counts are subqueries here.
const listRows = z.array(
  z.object({
    id: z.string(),
    mode: z.string(),
    topics: z.string(),
    difficulty: z.string(),
    length: sqlCount,
    startedAt: sqlDate,
    completedAt: sqlDate.nullable(),
    deadlineAt: sqlDate.nullable(),
    answered: sqlCount,
    correct: sqlCount,
  }),
);

async function sessionList(userId: string, completed: boolean): Promise<SessionListEntry[]> {
  const rows: unknown = await db.$queryRaw`
    SELECT s."id", s."mode", CAST(s."topics" AS TEXT) AS "topics", s."difficulty", s."length",
           s."startedAt", s."completedAt", s."deadlineAt",
           (SELECT COUNT(*) FROM "SessionItem" i WHERE i."sessionId" = s."id" AND i."attemptId" IS NOT NULL) AS "answered",
           (SELECT COUNT(*) FROM "SessionItem" i JOIN "Attempt" a ON a."id" = i."attemptId"
             WHERE i."sessionId" = s."id" AND a."correct" = TRUE) AS "correct"
    FROM "StudySession" s
    WHERE s."userId" = ${userId} AND ${completed ? Prisma.sql`s."completedAt" IS NOT NULL` : Prisma.sql`s."completedAt" IS NULL`}
    ORDER BY ${completed ? Prisma.sql`s."completedAt" DESC` : Prisma.sql`s."startedAt" DESC`}, s."id"
    LIMIT ${completed ? 10 : 20}`;
  return listRows.parse(rows).map((row) => ({
    ...row,
    mode: sessionMode(row.mode),
    topics: storedTopics(jsonColumn(row.topics), row.id),
  }));
}

/** Unfinished sessions (to resume), newest first: all home needs. */
export async function openStudySessions(userId: string | null, now: Date = new Date()): Promise<SessionListEntry[]> {
  if (!userId) return [];
  await finishExpiredSessions(userId, now);
  return sessionList(userId, false);
}

/** Unfinished sessions (to resume) and the last completed ones, newest first. */
export async function listStudySessions(
  userId: string | null,
  now: Date = new Date(),
): Promise<{ open: SessionListEntry[]; recent: SessionListEntry[] }> {
  if (!userId) return { open: [], recent: [] };
  // Expired mock interviews are finished first, so that both lists read them as completed.
  await finishExpiredSessions(userId, now);
  const [open, recent] = await Promise.all([sessionList(userId, false), sessionList(userId, true)]);
  return { open, recent };
}
