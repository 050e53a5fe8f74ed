// Study sessions and mock interviews in SQLite: start one, read it back (only its own learner can),
// save the answers typed so far, check an answer, and finish it (grading every answer typed but
// not checked). A mock interview past its deadline is finished by the server, whoever asks first.
import "server-only";
import { db } from "../db";
import { getTemplate, TEMPLATES } from "../questions";
import { parseCheckRequest } from "../questions/check-request";
import { isGraded, publicGrade } from "../questions/reveal";
import { TOPICS } from "../questions/topics";
import type { Answers, Difficulty, PublicGradeResult, QuestionKind } from "../questions/types";
import { writeStudyAttempt, type RecordOutcome } from "./attempts";
import type { SessionOptions } from "./options";
import { planSession } from "./plan";
import type { Grade } from "./schedule";

/** Answers and checks that arrive this long after a mock's deadline still count (network latency, the time-out itself). */
export const DEADLINE_GRACE_MS = 10_000;
/** A client-measured duration longer than this is not a measurement. */
const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

export type SessionMode = "practice" | "mock";

export interface StoredPart {
  id: string;
  status: string;
  mistake?: string;
}

export interface ItemAttempt {
  id: string;
  score: number;
  correct: boolean;
  answers: Answers;
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
  draft: Record<string, string | string[]> | null;
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

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Only text or lists of text survive: a draft is shown back in the form. */
function parseDraft(text: string | null): Record<string, string | string[]> | null {
  const value = parseJson<unknown>(text, null);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const draft: Record<string, string | string[]> = {};
  for (const [part, answer] of Object.entries(value)) {
    if (typeof answer === "string") draft[part] = answer;
    else if (Array.isArray(answer) && answer.every((entry) => typeof entry === "string")) draft[part] = answer;
  }
  return draft;
}

// ---------------------------------------------------------------- start

export type StartResult = { ok: true; id: string } | { ok: false; error: string };

/**
 * Plans and stores a new session for the learner (creating a guest's row on its first action).
 * `random` draws the questions and their seeds.
 */
export async function startStudySession(
  learner: { id: string; isNew: boolean },
  options: SessionOptions,
  now: Date = new Date(),
  random: () => number = Math.random,
): Promise<StartResult> {
  await db.user.upsert({ where: { id: learner.id }, create: { id: learner.id }, update: {}, select: { id: true } });
  const [dueCards, attempted] = learner.isNew
    ? [[], []]
    : await Promise.all([
        db.reviewCard.findMany({ where: { userId: learner.id, due: { lte: now } }, select: { templateId: true } }),
        db.attempt.groupBy({ by: ["templateId"], where: { userId: learner.id } }),
      ]);
  const topics = options.mode === "practice" ? options.topics : [];
  const plan = planSession(
    TEMPLATES,
    { topics, difficulty: options.difficulty, length: options.length },
    { due: new Set(dueCards.map((card) => card.templateId)), attempted: new Set(attempted.map((row) => row.templateId)) },
    random,
  );
  if (plan.length === 0) {
    return { ok: false, error: "No question matches these choices. Choose more topics, or any difficulty." };
  }
  const timeLimitSeconds = options.mode === "mock" ? options.minutes * 60 : null;
  const session = await db.studySession.create({
    data: {
      userId: learner.id,
      mode: options.mode,
      topics: JSON.stringify(topics),
      difficulty: options.difficulty,
      length: plan.length,
      timeLimitSeconds,
      deadlineAt: timeLimitSeconds === null ? null : new Date(now.getTime() + timeLimitSeconds * 1000),
      startedAt: now,
      items: { create: plan.map((item, position) => ({ position, templateId: item.templateId, seed: item.seed })) },
    },
    select: { id: true },
  });
  return { ok: true, id: session.id };
}

// ---------------------------------------------------------------- read

const itemInclude = {
  orderBy: { position: "asc" },
  include: {
    attempt: { select: { id: true, score: true, correct: true, answers: true, parts: true, durationMs: true, rating: true } },
  },
} as const;

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

function findSession(userId: string, id: string) {
  return db.studySession.findFirst({ where: { id, userId }, include: { items: itemInclude } });
}

function toView(row: SessionRow): SessionView {
  return {
    id: row.id,
    mode: row.mode === "mock" ? "mock" : "practice",
    topics: parseJson<string[]>(row.topics, []),
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
        draft: parseDraft(item.draft),
        hintsUsed: item.hintsUsed,
        attempt: item.attempt && {
          ...item.attempt,
          answers: parseJson<Answers>(item.attempt.answers, {}),
          parts: parseJson<StoredPart[]>(item.attempt.parts, []),
        },
      };
    }),
  };
}

function isExpired(session: { completedAt: Date | null; deadlineAt: Date | null }, now: Date): boolean {
  return session.completedAt === null && session.deadlineAt !== null && now.getTime() > session.deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

/**
 * The learner's session, or null when there is none with this id for this learner (someone
 * else's id reads as missing). A mock interview past its deadline is finished first.
 */
export async function getStudySession(userId: string | null, id: string, now: Date = new Date()): Promise<SessionView | null> {
  if (!userId || id.length > 200) return null;
  const row = await findSession(userId, id);
  if (!row) return null;
  if (isExpired(row, now)) {
    await finalize(row, row.deadlineAt as Date);
    return getStudySession(userId, id, now);
  }
  return toView(row);
}

/** Finishes the learner's mock interviews whose time ran out while nobody had them open. */
export async function finishExpiredSessions(userId: string | null, now: Date = new Date()): Promise<number> {
  if (!userId) return 0;
  const expired = await db.studySession.findMany({
    where: { userId, completedAt: null, deadlineAt: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
    include: { items: itemInclude },
  });
  for (const row of expired) await finalize(row, row.deadlineAt as Date);
  return expired.length;
}

export interface SessionListEntry {
  id: string;
  mode: SessionMode;
  topics: string[];
  difficulty: string;
  length: number;
  answered: number;
  correct: number;
  startedAt: Date;
  completedAt: Date | null;
  deadlineAt: Date | null;
}

/** Unfinished sessions (to resume) and the last completed ones, newest first. */
export async function listStudySessions(
  userId: string | null,
  now: Date = new Date(),
): Promise<{ open: SessionListEntry[]; recent: SessionListEntry[] }> {
  if (!userId) return { open: [], recent: [] };
  await finishExpiredSessions(userId, now);
  const select = {
    id: true,
    mode: true,
    topics: true,
    difficulty: true,
    length: true,
    startedAt: true,
    completedAt: true,
    deadlineAt: true,
    items: { select: { attempt: { select: { correct: true } } } },
  } as const;
  const [open, recent] = await Promise.all([
    db.studySession.findMany({ where: { userId, completedAt: null }, orderBy: { startedAt: "desc" }, take: 20, select }),
    db.studySession.findMany({ where: { userId, completedAt: { not: null } }, orderBy: { completedAt: "desc" }, take: 10, select }),
  ]);
  const entry = (row: (typeof open)[number]): SessionListEntry => ({
    id: row.id,
    mode: row.mode === "mock" ? "mock" : "practice",
    topics: parseJson<string[]>(row.topics, []),
    difficulty: row.difficulty,
    length: row.length,
    answered: row.items.filter((item) => item.attempt !== null).length,
    correct: row.items.filter((item) => item.attempt?.correct === true).length,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    deadlineAt: row.deadlineAt,
  });
  return { open: open.map(entry), recent: recent.map(entry) };
}

// ---------------------------------------------------------------- write

export type SaveDraftResult = "saved" | "closed" | "not-found" | "invalid";

/** Clamps a client's count or duration to something storable; anything else is unknown. */
function wholeNumber(value: unknown, max: number): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.min(Math.round(value), max) : null;
}

/**
 * Saves what the learner has typed into one question, so that closing the browser loses nothing.
 * One statement that checks ownership, that the session is open and in time, and (in a mock
 * interview, where the first checked answer counts) that the question is not answered yet.
 */
export async function saveDraft(
  userId: string | null,
  sessionId: string,
  position: number,
  answers: unknown,
  hintsUsed: unknown,
  now: Date = new Date(),
): Promise<SaveDraftResult> {
  if (!userId || typeof sessionId !== "string" || !Number.isInteger(position)) return "not-found";
  const item = await db.sessionItem.findFirst({
    where: { sessionId, position, session: { userId } },
    select: { templateId: true, seed: true },
  });
  const template = item && getTemplate(item.templateId);
  if (!item || !template) return "not-found";
  const parsed = parseCheckRequest({ seed: item.seed, answers }, template);
  if (!parsed.ok) return "invalid";
  const hints = wholeNumber(hintsUsed, 100) ?? 0;
  const updated = await db.$executeRaw`
    UPDATE "SessionItem" SET "draft" = ${JSON.stringify(parsed.request.answers)}, "hintsUsed" = MAX("hintsUsed", ${hints})
    WHERE "sessionId" = ${sessionId} AND "position" = ${position}
      AND EXISTS (
        SELECT 1 FROM "StudySession" s
        WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND s."completedAt" IS NULL
          AND (s."deadlineAt" IS NULL OR s."deadlineAt" >= ${new Date(now.getTime() - DEADLINE_GRACE_MS)})
          AND (s."mode" = 'practice' OR "SessionItem"."attemptId" IS NULL))`;
  return updated === 1 ? "saved" : "closed";
}

export type SessionCheck =
  | { kind: "not-found" }
  | { kind: "closed"; message: string }
  | { kind: "invalid"; message: string }
  | {
      kind: "graded";
      mode: SessionMode;
      result: PublicGradeResult;
      /** null: nothing was graded right or wrong, so nothing was recorded. */
      outcome: RecordOutcome | null;
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
  /** The learner gives up and sees the solution (a practice session only; a mock interview refuses). */
  reveal?: boolean;
  now?: Date;
}

const FINISHED = "This session is finished: its summary shows every answer.";
const TIME_UP = "Time is up: your answers were submitted.";
const MOCK_NO_SOLUTIONS = "A mock interview shows its solutions in the review at the end.";
const MOCK_ANSWERED = "In a mock interview the first checked answer counts, and this question has one. Go on to the next question.";

class SessionClosed extends Error {}
class MockAnswered extends Error {}

/**
 * Grades one question of a session. Its first graded answer becomes the question's answer and rates
 * its review card; the attempt, the question and the card are written in one transaction. In a
 * practice session a question may be checked again (a plain attempt); in a mock interview it may not.
 */
export async function checkSessionItem(input: SessionCheckInput): Promise<SessionCheck> {
  const now = input.now ?? new Date();
  if (!input.userId || typeof input.sessionId !== "string" || !Number.isInteger(input.position)) return { kind: "not-found" };
  const row = await findSession(input.userId, input.sessionId);
  const item = row?.items.find((candidate) => candidate.position === input.position);
  const template = item && getTemplate(item.templateId);
  if (!row || !item || !template) return { kind: "not-found" };
  if (isExpired(row, now)) {
    await finalize(row, row.deadlineAt as Date);
    return { kind: "closed", message: TIME_UP };
  }
  if (row.completedAt !== null) return { kind: "closed", message: FINISHED };
  const mode: SessionMode = row.mode === "mock" ? "mock" : "practice";
  if (mode === "mock" && item.attemptId !== null) return { kind: "closed", message: MOCK_ANSWERED };
  if (mode === "mock" && input.reveal === true) return { kind: "closed", message: MOCK_NO_SOLUTIONS };
  const reveal = input.reveal === true;

  const parsed = parseCheckRequest({ seed: item.seed, answers: input.answers }, template);
  if (!parsed.ok) return { kind: "invalid", message: parsed.error };
  const answers = parsed.request.answers;
  const result = template.grade(item.seed, answers);
  const hintsUsed = Math.max(item.hintsUsed, wholeNumber(input.hintsUsed, 100) ?? 0);
  const durationMs = wholeNumber(input.durationMs, MAX_DURATION_MS);

  try {
    const written = await db.$transaction(async (tx) => {
      const open = await tx.studySession.count({ where: { id: row.id, completedAt: null } });
      if (open === 0) throw new SessionClosed();
      // Checked again here: two simultaneous checks of a mock question both passed the check above.
      if (mode === "mock" && (await tx.sessionItem.count({ where: { id: item.id, attemptId: null } })) === 0) throw new MockAnswered();
      await tx.sessionItem.update({ where: { id: item.id }, data: { draft: JSON.stringify(answers), hintsUsed } });
      // Giving up is recorded even with nothing typed: it answers the question as not correct.
      if (!isGraded(result) && !reveal) return null;
      return writeStudyAttempt(tx, {
        userId: row.userId,
        templateId: template.id,
        kind: template.kind,
        seed: item.seed,
        answers,
        result,
        idempotencyKey: input.idempotencyKey,
        hintsUsed,
        durationMs,
        now,
        sessionId: row.id,
        sessionItemId: item.id,
        schedule: "first-of-item",
        gaveUp: reveal,
      });
    });
    return {
      kind: "graded",
      mode,
      result: publicGrade(result, reveal ? { template, seed: item.seed } : undefined),
      outcome: written?.outcome ?? null,
      rating: written?.rating ?? null,
      linked: written?.linked ?? false,
    };
  } catch (error) {
    if (error instanceof SessionClosed) return { kind: "closed", message: FINISHED };
    if (error instanceof MockAnswered) return { kind: "closed", message: MOCK_ANSWERED };
    throw error;
  }
}

export type FinishResult = "finished" | "already-finished" | "not-found";

/**
 * Ends a session: every answer typed but not checked is graded and recorded (a mock interview's
 * time-out keeps everything typed), then the session is marked complete, in one transaction.
 * `last` is the question on screen with its latest answers, saved first.
 */
export async function finishStudySession(
  userId: string | null,
  sessionId: string,
  now: Date = new Date(),
  last?: { position: unknown; answers: unknown },
): Promise<FinishResult> {
  if (!userId || typeof sessionId !== "string") return "not-found";
  if (last && typeof last.position === "number") {
    await saveDraft(userId, sessionId, last.position, last.answers, 0, now);
  }
  const row = await findSession(userId, sessionId);
  if (!row) return "not-found";
  if (row.completedAt !== null) return "already-finished";
  // Finished late (the browser was closed): the session ended at its deadline.
  const completedAt = row.deadlineAt !== null && now > row.deadlineAt ? row.deadlineAt : now;
  return (await finalize(row, completedAt)) ? "finished" : "already-finished";
}

/** Grades the unanswered questions' drafts and completes the session; false if it was completed meanwhile. */
async function finalize(row: SessionRow, completedAt: Date): Promise<boolean> {
  const pending = row.items.flatMap((item) => {
    const template = item.attemptId === null ? getTemplate(item.templateId) : undefined;
    const draft = parseDraft(item.draft);
    if (!template || !draft) return [];
    const parsed = parseCheckRequest({ seed: item.seed, answers: draft }, template);
    if (!parsed.ok) return [];
    const result = template.grade(item.seed, parsed.request.answers);
    return isGraded(result) ? [{ item, template, answers: parsed.request.answers, result }] : [];
  });
  return db.$transaction(async (tx) => {
    const claim = await tx.studySession.updateMany({ where: { id: row.id, completedAt: null }, data: { completedAt } });
    if (claim.count === 0) return false;
    for (const { item, template, answers, result } of pending) {
      // `row` was read before this transaction: a check may have answered the question since.
      if ((await tx.sessionItem.count({ where: { id: item.id, attemptId: null } })) === 0) continue;
      await writeStudyAttempt(tx, {
        userId: row.userId,
        templateId: template.id,
        kind: template.kind,
        seed: item.seed,
        answers,
        result,
        idempotencyKey: null,
        hintsUsed: item.hintsUsed,
        durationMs: null,
        now: completedAt,
        sessionId: row.id,
        sessionItemId: item.id,
        schedule: "first-of-item",
      });
    }
    return true;
  });
}

// ---------------------------------------------------------------- summary

export interface TopicTally {
  topic: string;
  total: number;
  correct: number;
}

export interface SummaryMistake {
  position: number;
  templateId: string;
  title: string;
  topic: string;
  /** Answered wrong (some part wrong), or never answered. */
  status: "incorrect" | "unanswered";
  score: number;
  mistakes: string[];
}

export interface SessionSummary {
  total: number;
  answered: number;
  correct: number;
  /** Mean score over the questions, unanswered ones counting 0. */
  score: number;
  /**
   * Mock interview: the time used, from the start to the submission or the deadline. Practice:
   * the time spent on the questions answered (a session may be resumed days later).
   */
  timeMs: number | null;
  timeLimitMs: number | null;
  timedOut: boolean;
  byTopic: TopicTally[];
  mistakes: SummaryMistake[];
}

export function summarizeSession(session: SessionView): SessionSummary {
  const items = session.items;
  const answered = items.filter((item) => item.attempt !== null);
  const correct = answered.filter((item) => item.attempt?.correct === true).length;
  const score = items.length === 0 ? 0 : items.reduce((sum, item) => sum + (item.attempt?.score ?? 0), 0) / items.length;

  let timeMs: number | null = null;
  if (session.mode === "mock" && session.completedAt) {
    const end = session.deadlineAt && session.deadlineAt < session.completedAt ? session.deadlineAt : session.completedAt;
    timeMs = Math.max(0, end.getTime() - session.startedAt.getTime());
  } else {
    const durations = answered.flatMap((item) => (item.attempt?.durationMs == null ? [] : [item.attempt.durationMs]));
    timeMs = durations.length > 0 ? durations.reduce((sum, value) => sum + value, 0) : null;
  }

  const topicOrder = Object.keys(TOPICS);
  const byTopic = new Map<string, TopicTally>();
  for (const item of items) {
    const tally = byTopic.get(item.topic) ?? { topic: item.topic, total: 0, correct: 0 };
    tally.total += 1;
    if (item.attempt?.correct) tally.correct += 1;
    byTopic.set(item.topic, tally);
  }

  return {
    total: items.length,
    answered: answered.length,
    correct,
    score,
    timeMs,
    timeLimitMs: session.timeLimitSeconds === null ? null : session.timeLimitSeconds * 1000,
    timedOut:
      session.mode === "mock" && session.completedAt !== null && session.deadlineAt !== null && session.completedAt >= session.deadlineAt,
    byTopic: [...byTopic.values()].sort((a, b) => topicOrder.indexOf(a.topic) - topicOrder.indexOf(b.topic)),
    mistakes: items
      .filter((item) => item.attempt === null || !item.attempt.correct)
      .map((item) => ({
        position: item.position,
        templateId: item.templateId,
        title: item.title,
        topic: item.topic,
        status: item.attempt ? "incorrect" : "unanswered",
        score: item.attempt?.score ?? 0,
        mistakes: [...new Set(item.attempt?.parts.flatMap((part) => (part.mistake ? [part.mistake] : [])) ?? [])],
      })),
  };
}
