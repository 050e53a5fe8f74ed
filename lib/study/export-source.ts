// A learner's data read a page at a time, for the JSON export (lib/study/export.ts) and the CSV
// of attempts (lib/study/export-csv.ts). A large account (40 000 attempts) is read in pages so
// that the event loop serves other requests between them, and so that an export whose client
// has gone away stops at the next page instead of reading the rest.
import "server-only";
import { db } from "../db";
import type { LearnerExport } from "./export-format";
import { sessionMode } from "./session-rows";
import { readStoredJson } from "./stored-repair";
import { storedAnswers, storedDraft, storedParts, storedTopics } from "./stored";

export type ExportedAttempt = LearnerExport["attempts"][number];
export type ExportedSession = LearnerExport["studySessions"][number];
export type ExportedCard = LearnerExport["reviewCards"][number];
export type ExportedProfile = NonNullable<LearnerExport["profile"]>;

/**
 * Rows per read. Prisma's JS engine turns rows into objects at roughly 0.1–0.2 ms an attempt on
 * this hardware (JSON columns included), so a page of 50 attempts holds the event loop for about
 * 5–10 ms; a session page includes each session's items.
 */
export const ATTEMPT_PAGE_SIZE = 50;
const SESSION_PAGE_SIZE = 10;

const DIFFICULTIES = ["any", "easy", "medium", "hard"] as const;
const difficultyOf = (value: string): (typeof DIFFICULTIES)[number] => DIFFICULTIES.find((known) => known === value) ?? "any";
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** A learner's data, read a page at a time in a stable order (oldest first). */
export interface ExportSource {
  /** The learner's id. */
  id: string;
  profile: ExportedProfile;
  attempts(): AsyncGenerator<ExportedAttempt[]>;
  /** Read after `attempts()`: an item names only an attempt that was exported (see below). */
  studySessions(): AsyncGenerator<ExportedSession[]>;
  reviewCards(): Promise<ExportedCard[]>;
}

/**
 * The learner's data as pages, or null for a learner without a row (a guest who has not answered
 * yet). The retry key of each attempt (Idempotency-Key) is left out: it belongs to the request,
 * not to the learner's data.
 *
 * The pages are separate reads, so an attempt recorded while an export runs may or may not be in
 * it; an item of a session that names an attempt recorded after the attempts were read names none
 * in the file (null), so the file always imports.
 */
export async function openExport(userId: string | null): Promise<ExportSource | null> {
  if (!userId) return null;
  const learnerId: string = userId;
  const user = await db.user.findUnique({ where: { id: learnerId }, select: { username: true, showStreak: true, createdAt: true } });
  if (!user) return null;
  const exportedAttempts = new Set<string>();

  // Keyset paging on the (createdAt, id) order: each page starts after the last row of the one before.
  const attemptPage = (after: { createdAt: Date; id: string } | null) =>
    readStoredJson(() =>
      db.attempt.findMany({
        where: {
          userId: learnerId,
          // The range on createdAt lets the (userId, createdAt) index start at the page; the OR only filters.
          ...(after ? { createdAt: { gte: after.createdAt }, OR: [{ createdAt: { gt: after.createdAt } }, { id: { gt: after.id } }] } : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: ATTEMPT_PAGE_SIZE,
      }),
    );

  async function* attempts(): AsyncGenerator<ExportedAttempt[]> {
    let after: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const rows = await attemptPage(after);
      const last = rows.at(-1);
      if (!last) return;
      for (const row of rows) exportedAttempts.add(row.id);
      yield rows.map((attempt) => ({
        id: attempt.id,
        templateId: attempt.templateId,
        seed: attempt.seed,
        answers: storedAnswers(attempt.answers, attempt.id),
        parts: storedParts(attempt.parts, attempt.id),
        score: attempt.score,
        correct: attempt.correct,
        firstTry: attempt.firstTry,
        gaveUp: attempt.gaveUp,
        sessionId: attempt.sessionId,
        hintsUsed: attempt.hintsUsed,
        durationMs: attempt.durationMs,
        rating: attempt.rating,
        createdAt: iso(attempt.createdAt),
      }));
      if (rows.length < ATTEMPT_PAGE_SIZE) return;
      after = { createdAt: last.createdAt, id: last.id };
    }
  }

  const sessionPage = (after: { startedAt: Date; id: string } | null) =>
    readStoredJson(() =>
      db.studySession.findMany({
        where: {
          userId: learnerId,
          ...(after ? { startedAt: { gte: after.startedAt }, OR: [{ startedAt: { gt: after.startedAt } }, { id: { gt: after.id } }] } : {}),
        },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
        include: { items: { orderBy: { position: "asc" } } },
        take: SESSION_PAGE_SIZE,
      }),
    );

  async function* studySessions(): AsyncGenerator<ExportedSession[]> {
    let after: { startedAt: Date; id: string } | null = null;
    for (;;) {
      const sessions = await sessionPage(after);
      const last = sessions.at(-1);
      if (!last) return;
      yield sessions.map((session) => ({
        id: session.id,
        mode: sessionMode(session.mode),
        topics: storedTopics(session.topics, session.id),
        difficulty: difficultyOf(session.difficulty),
        length: session.length,
        timeLimitSeconds: session.timeLimitSeconds,
        deadlineAt: isoOrNull(session.deadlineAt),
        startedAt: iso(session.startedAt),
        completedAt: isoOrNull(session.completedAt),
        items: session.items.map((item) => ({
          position: item.position,
          templateId: item.templateId,
          seed: item.seed,
          draft: storedDraft(item.draft, item.id),
          hintsUsed: item.hintsUsed,
          attemptId: item.attemptId !== null && exportedAttempts.has(item.attemptId) ? item.attemptId : null,
        })),
      }));
      if (sessions.length < SESSION_PAGE_SIZE) return;
      after = { startedAt: last.startedAt, id: last.id };
    }
  }

  // One card per template at most: a few hundred rows, one read.
  async function reviewCards(): Promise<ExportedCard[]> {
    const cards = await db.reviewCard.findMany({ where: { userId: learnerId }, orderBy: { templateId: "asc" } });
    return cards.map((card) => ({
      templateId: card.templateId,
      due: iso(card.due),
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: card.elapsedDays,
      scheduledDays: card.scheduledDays,
      learningSteps: card.learningSteps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      lastReview: isoOrNull(card.lastReview),
    }));
  }

  return {
    id: learnerId,
    profile: { username: user.username, showStreak: user.showStreak, createdAt: iso(user.createdAt) },
    attempts,
    studySessions,
    reviewCards,
  };
}
