// Export and import of everything one learner has: the profile (never the password hash),
// attempts, study sessions with their items, and review cards. The JSON export imports into a
// new account unchanged; attempts are also offered as CSV for a spreadsheet.
import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "../db";
import { MAX_SEED } from "../questions/seed";

export const EXPORT_FORMAT = "likelihood-lab-export";
export const EXPORT_VERSION = 1;
/** Import bodies can be large (every attempt ever made), unlike a check's. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_ROWS = 200_000;

// ---------------------------------------------------------------- the file's shape (zod)

const isoDate = z.iso.datetime({ offset: true, error: "expected an ISO 8601 date-time" }).transform((text) => new Date(text));
const id = z.string().min(1).max(200);
const count = z.int().min(0).max(1_000_000);
const seed = z.int().min(0).max(MAX_SEED);
const answersSchema = z.record(z.string().max(100), z.union([z.string().max(2000), z.array(z.string().max(200)).max(100)]));
// Parts keep any extra fields a later version of the grader records.
const partSchema = z.looseObject({ id: z.string().max(100), status: z.string().max(40), mistake: z.string().max(100).optional() });

const attemptSchema = z.object({
  id,
  templateId: id,
  seed,
  answers: answersSchema,
  parts: z.array(partSchema).max(100),
  score: z.number().min(0).max(1),
  correct: z.boolean(),
  sessionId: id.nullable(),
  hintsUsed: count,
  durationMs: count.max(Number.MAX_SAFE_INTEGER).nullable(),
  rating: z.int().min(1).max(4).nullable(),
  createdAt: isoDate,
});

const sessionItemSchema = z.object({
  position: z.int().min(0).max(10_000),
  templateId: id,
  seed,
  draft: z.json().nullable(),
  hintsUsed: count,
  attemptId: id.nullable(),
});

const studySessionSchema = z.object({
  id,
  mode: z.enum(["practice", "mock"]),
  topics: z.array(z.string().max(100)).max(100),
  difficulty: z.enum(["any", "easy", "medium", "hard"]),
  length: z.int().min(0).max(10_000),
  timeLimitSeconds: z.int().min(0).max(1_000_000).nullable(),
  deadlineAt: isoDate.nullable(),
  startedAt: isoDate,
  completedAt: isoDate.nullable(),
  items: z.array(sessionItemSchema).max(10_000),
});

const reviewCardSchema = z.object({
  templateId: id,
  due: isoDate,
  // ts-fsrs refuses a negative stability and overflows on a huge one: such a card could never be reviewed again.
  stability: z.number().min(0).max(1_000_000),
  difficulty: z.number().min(0).max(10),
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.int().min(0).max(3),
  lastReview: isoDate.nullable(),
});

const profileSchema = z.object({
  username: z.string().nullable(),
  showStreak: z.boolean(),
  createdAt: isoDate.nullable(),
});

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

export const exportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: isoDate,
    profile: profileSchema.nullable(),
    attempts: z.array(attemptSchema).max(MAX_ROWS),
    studySessions: z.array(studySessionSchema).max(MAX_ROWS),
    reviewCards: z.array(reviewCardSchema).max(MAX_ROWS),
  })
  .superRefine((data, context) => {
    // The ids only link rows within the file; they must do so unambiguously.
    const attemptIds = new Set(data.attempts.map((attempt) => attempt.id));
    const sessionIds = new Set(data.studySessions.map((session) => session.id));
    for (const [label, values] of [
      ["attempt id", data.attempts.map((attempt) => attempt.id)],
      ["study session id", data.studySessions.map((session) => session.id)],
      ["review card template", data.reviewCards.map((card) => card.templateId)],
      ["session item attempt", data.studySessions.flatMap((session) => session.items.flatMap((item) => item.attemptId ?? []))],
    ] as const) {
      const repeated = duplicates([...values]);
      if (repeated.length > 0) context.addIssue({ code: "custom", message: `repeated ${label}: ${repeated.slice(0, 3).join(", ")}` });
    }
    data.attempts.forEach((attempt, index) => {
      if (attempt.sessionId !== null && !sessionIds.has(attempt.sessionId)) {
        context.addIssue({ code: "custom", path: ["attempts", index, "sessionId"], message: "names no study session in this file" });
      }
    });
    data.studySessions.forEach((session, sessionIndex) => {
      const repeated = duplicates(session.items.map((item) => String(item.position)));
      if (repeated.length > 0) {
        context.addIssue({ code: "custom", path: ["studySessions", sessionIndex, "items"], message: `repeated position ${repeated[0]}` });
      }
      session.items.forEach((item, itemIndex) => {
        if (item.attemptId !== null && !attemptIds.has(item.attemptId)) {
          context.addIssue({
            code: "custom",
            path: ["studySessions", sessionIndex, "items", itemIndex, "attemptId"],
            message: "names no attempt in this file",
          });
        }
      });
    });
  });

export type LearnerExport = z.input<typeof exportSchema>;
type ParsedExport = z.output<typeof exportSchema>;

// ---------------------------------------------------------------- export

/** JSON kept in a text column, as a value; text that is not JSON (it should not happen) stays text. */
function storedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

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
  const [user, attempts, sessions, cards] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { username: true, showStreak: true, createdAt: true } }),
    db.attempt.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.studySession.findMany({
      where: { userId },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      include: { items: { orderBy: { position: "asc" } } },
    }),
    db.reviewCard.findMany({ where: { userId }, orderBy: { templateId: "asc" } }),
  ]);
  if (!user) return empty;
  return {
    ...empty,
    profile: { username: user.username, showStreak: user.showStreak, createdAt: iso(user.createdAt) },
    attempts: attempts.map((attempt) => ({
      id: attempt.id,
      templateId: attempt.templateId,
      seed: attempt.seed,
      answers: storedJson(attempt.answers) as z.input<typeof answersSchema>,
      parts: storedJson(attempt.parts) as z.input<typeof partSchema>[],
      score: attempt.score,
      correct: attempt.correct,
      sessionId: attempt.sessionId,
      hintsUsed: attempt.hintsUsed,
      durationMs: attempt.durationMs,
      rating: attempt.rating,
      createdAt: iso(attempt.createdAt),
    })),
    studySessions: sessions.map((session) => ({
      id: session.id,
      mode: session.mode as "practice" | "mock",
      topics: storedJson(session.topics) as string[],
      difficulty: session.difficulty as "any" | "easy" | "medium" | "hard",
      length: session.length,
      timeLimitSeconds: session.timeLimitSeconds,
      deadlineAt: isoOrNull(session.deadlineAt),
      startedAt: iso(session.startedAt),
      completedAt: isoOrNull(session.completedAt),
      items: session.items.map((item) => ({
        position: item.position,
        templateId: item.templateId,
        seed: item.seed,
        draft: item.draft === null ? null : (storedJson(item.draft) as z.core.util.JSONType),
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

// ---------------------------------------------------------------- CSV

export const ATTEMPT_CSV_COLUMNS = [
  "createdAt",
  "templateId",
  "title",
  "topic",
  "seed",
  "score",
  "correct",
  "mistakes",
  "answers",
  "hintsUsed",
  "durationMs",
  "rating",
  "sessionId",
  "attemptId",
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. Text a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe (OWASP's
 * advice against CSV injection); numbers are written as numbers.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The learner's attempts as CSV, oldest first, with a header row; lines end in CRLF (RFC 4180). */
export async function attemptsCsv(userId: string | null): Promise<string> {
  const attempts = userId
    ? await db.attempt.findMany({
        where: { userId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { template: { select: { title: true, topic: true } } },
      })
    : [];
  const lines = [ATTEMPT_CSV_COLUMNS.join(",")];
  for (const attempt of attempts) {
    const parts = storedJson(attempt.parts);
    const mistakes = Array.isArray(parts)
      ? parts.flatMap((part: unknown) => {
          const mistake = (part as { mistake?: unknown } | null)?.mistake;
          return typeof mistake === "string" ? [mistake] : [];
        })
      : [];
    const row: Record<(typeof ATTEMPT_CSV_COLUMNS)[number], string | number | boolean | null> = {
      createdAt: attempt.createdAt.toISOString(),
      templateId: attempt.templateId,
      title: attempt.template.title,
      topic: attempt.template.topic,
      seed: attempt.seed,
      score: attempt.score,
      correct: attempt.correct,
      mistakes: mistakes.join(" "),
      answers: attempt.answers,
      hintsUsed: attempt.hintsUsed,
      durationMs: attempt.durationMs,
      rating: attempt.rating,
      sessionId: attempt.sessionId,
      attemptId: attempt.id,
    };
    lines.push(ATTEMPT_CSV_COLUMNS.map((column) => csvField(row[column])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------- import

export interface ImportCounts {
  attempts: number;
  studySessions: number;
  sessionItems: number;
  reviewCards: number;
}

export type ImportResult = { ok: true; imported: ImportCounts } | { ok: false; status: 400 | 409; error: string };

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path
      .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index > 0 ? "." : ""}${String(key)}`))
      .join("");
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : "";
  return `the file does not match the export format: ${shown.join("; ")}${more}`;
}

/** Validates a parsed JSON body as an export, with messages a person can act on. */
export function parseExport(body: unknown): { ok: true; data: ParsedExport } | { ok: false; error: string } {
  const header = z.object({ format: z.literal(EXPORT_FORMAT) }).safeParse(body);
  if (!header.success) return { ok: false, error: `this is not a Likelihood Lab export (expected "format": "${EXPORT_FORMAT}")` };
  const version = (body as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) {
    return { ok: false, error: `this export has version ${JSON.stringify(version)}; this app reads version ${EXPORT_VERSION}` };
  }
  const parsed = exportSchema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: describeIssues(parsed.error) };
}

/**
 * Restores an export into the learner's account, which must be empty: an import never mixes with
 * or overwrites existing progress. Rows get new ids (the file's ids only link its rows to each
 * other), so an import can never touch another learner's rows, whatever ids the file holds.
 * Everything is written in one transaction: all of it or nothing.
 */
export async function importLearnerData(userId: string, body: unknown): Promise<ImportResult> {
  const parsed = parseExport(body);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  const data = parsed.data;

  // Attempts reference the question catalogue; a template this app does not have cannot be stored.
  const attemptTemplates = [...new Set(data.attempts.map((attempt) => attempt.templateId))];
  const known = new Set(
    (await db.template.findMany({ where: { id: { in: attemptTemplates } }, select: { id: true } })).map((row) => row.id),
  );
  const unknown = attemptTemplates.filter((templateId) => !known.has(templateId));
  if (unknown.length > 0) {
    return { ok: false, status: 400, error: `the export has attempts at questions this app does not have: ${unknown.slice(0, 5).join(", ")}` };
  }

  // New ids that sort in the file's order, so rows with equal timestamps export in the same order.
  const batch = randomUUID();
  const newId = (kind: string, index: number) => `${batch}-${kind}${String(index).padStart(7, "0")}`;
  const sessionIds = new Map(data.studySessions.map((session, index) => [session.id, newId("s", index)]));
  const attemptIds = new Map(data.attempts.map((attempt, index) => [attempt.id, newId("a", index)]));
  const mapped = (ids: Map<string, string>, key: string | null) => (key === null ? null : (ids.get(key) ?? null));

  const sessionRows = data.studySessions.map((session) => ({
    id: mapped(sessionIds, session.id) as string,
    userId,
    mode: session.mode,
    topics: JSON.stringify(session.topics),
    difficulty: session.difficulty,
    length: session.length,
    timeLimitSeconds: session.timeLimitSeconds,
    deadlineAt: session.deadlineAt,
    startedAt: session.startedAt,
    completedAt: session.completedAt,
  }));
  const attemptRows = data.attempts.map((attempt) => ({
    id: mapped(attemptIds, attempt.id) as string,
    userId,
    templateId: attempt.templateId,
    seed: attempt.seed,
    answers: JSON.stringify(attempt.answers),
    parts: JSON.stringify(attempt.parts),
    score: attempt.score,
    correct: attempt.correct,
    sessionId: mapped(sessionIds, attempt.sessionId),
    hintsUsed: attempt.hintsUsed,
    durationMs: attempt.durationMs,
    rating: attempt.rating,
    createdAt: attempt.createdAt,
    idempotencyKey: null, // a retry key belongs to the original request, not to the data
  }));
  const itemRows = data.studySessions.flatMap((session) =>
    session.items.map((item) => ({
      id: randomUUID(),
      sessionId: mapped(sessionIds, session.id) as string,
      position: item.position,
      templateId: item.templateId,
      seed: item.seed,
      draft: item.draft === null ? null : JSON.stringify(item.draft),
      hintsUsed: item.hintsUsed,
      attemptId: mapped(attemptIds, item.attemptId),
    })),
  );
  const cardRows = data.reviewCards.map((card) => ({ id: randomUUID(), userId, ...card }));

  return db.$transaction(async (tx) => {
    const [attempts, sessions, cards] = await Promise.all([
      tx.attempt.count({ where: { userId } }),
      tx.studySession.count({ where: { userId } }),
      tx.reviewCard.count({ where: { userId } }),
    ]);
    if (attempts + sessions + cards > 0) {
      return {
        ok: false,
        status: 409,
        error:
          "this account already has progress, so nothing was imported: an import restores an export into a new, empty account (sign up for one and import there)",
      } as const;
    }
    await tx.user.update({ where: { id: userId }, data: { showStreak: data.profile?.showStreak ?? true } });
    // Sessions before the attempts that name them, attempts before the items that name them.
    await insertRows(tx, "StudySession", sessionRows);
    await insertRows(tx, "Attempt", attemptRows);
    await insertRows(tx, "SessionItem", itemRows);
    await insertRows(tx, "ReviewCard", cardRows);
    return {
      ok: true,
      imported: {
        attempts: attemptRows.length,
        studySessions: sessionRows.length,
        sessionItems: itemRows.length,
        reviewCards: cardRows.length,
      },
    } as const;
  });
}

type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type Row = Record<string, string | number | boolean | Date | null>;
/** Well under SQLite's limit of 32766 bound parameters per statement. */
const MAX_PARAMETERS_PER_STATEMENT = 8000;

/**
 * Inserts rows with multi-row INSERT statements. Prisma's createMany costs about 1 ms per row in
 * its JS engine (30 000 attempts: 27 s, measured here, with the event loop blocked); a few
 * hundred rows per statement take a second for the same import. Table and column names come
 * from this file, never from the import.
 */
async function insertRows<Table extends "StudySession" | "Attempt" | "SessionItem" | "ReviewCard">(
  tx: Transaction,
  table: Table,
  // Every column of the table, so a column added to the schema cannot be forgotten here.
  rows: Array<Row & Required<Prisma.TypeMap["model"][Table]["payload"]["scalars"]>>,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns.length));
  const columnList = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`);
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${columnList}) VALUES ${Prisma.join(values)}`;
  }
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
