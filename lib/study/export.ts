// Export of everything one learner has: the profile (never the password hash), attempts, study
// sessions with their items, and review cards, as the JSON file that imports into a new account
// unchanged (lib/study/import.ts). Attempts are also offered as CSV (lib/study/export-csv.ts).
import "server-only";
import { db } from "../db";
import { EXPORT_FORMAT, EXPORT_VERSION, type LearnerExport } from "./export-format";
import { sessionMode } from "./session-rows";
import { readStoredJson } from "./stored-repair";
import { storedAnswers, storedDraft, storedParts, storedTopics } from "./stored";

export { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, parseExport, type LearnerExport } from "./export-format";
export { attemptsCsv, ATTEMPT_CSV_COLUMNS, csvField } from "./export-csv";
export { importLearnerData, type ImportCounts, type ImportResult } from "./import";

const DIFFICULTIES = ["any", "easy", "medium", "hard"] as const;
const difficultyOf = (value: string): (typeof DIFFICULTIES)[number] => DIFFICULTIES.find((known) => known === value) ?? "any";
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Everything the learner has, in a stable order. A learner without a row (a guest who has not
 * answered yet) gets an empty export. The retry key of each attempt (Idempotency-Key) is left
 * out: it belongs to the request, not to the learner's data.
 */
export async function exportLearnerData(userId: string | null, now: Date = new Date()): Promise<LearnerExport> {
  const empty: LearnerExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    profile: null,
    attempts: [],
    studySessions: [],
    reviewCards: [],
  };
  if (!userId) return empty;
  const [user, attempts, sessions, cards] = await readStoredJson(() =>
    Promise.all([
      db.user.findUnique({ where: { id: userId }, select: { username: true, showStreak: true, createdAt: true } }),
      db.attempt.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      db.studySession.findMany({
        where: { userId },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
        include: { items: { orderBy: { position: "asc" } } },
      }),
      db.reviewCard.findMany({ where: { userId }, orderBy: { templateId: "asc" } }),
    ]),
  );
  if (!user) return empty;
  return {
    ...empty,
    profile: { username: user.username, showStreak: user.showStreak, createdAt: iso(user.createdAt) },
    attempts: attempts.map((attempt) => ({
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
    })),
    studySessions: sessions.map((session) => ({
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
        attemptId: item.attemptId,
      })),
    })),
    reviewCards: cards.map((card) => ({
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
    })),
  };
}

/** How much the learner has, for the account page (and to tell whether an import may go in). */
export async function countLearnerData(userId: string | null): Promise<{ attempts: number; studySessions: number; reviewCards: number }> {
  if (!userId) return { attempts: 0, studySessions: 0, reviewCards: 0 };
  const [attempts, studySessions, reviewCards] = await Promise.all([
    db.attempt.count({ where: { userId } }),
    db.studySession.count({ where: { userId } }),
    db.reviewCard.count({ where: { userId } }),
  ]);
  return { attempts, studySessions, reviewCards };
}
