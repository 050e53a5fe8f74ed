// Import of an export into a new, empty account: validated first, in slices
// (lib/study/import-parse.ts), then written a statement at a time, all of it or nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { db } from "../db";
import { TimeSlices, yieldToEventLoop } from "../event-loop";
import { parseExportText } from "./import-parse";
import type { DbClient } from "./transaction";

export interface ImportCounts {
  attempts: number;
  studySessions: number;
  sessionItems: number;
  reviewCards: number;
}

export type ImportResult = { ok: true; imported: ImportCounts } | { ok: false; status: 400 | 409; error: string };

export const ACCOUNT_NOT_EMPTY =
  "this account already has progress, so nothing was imported: an import restores an export into a new, empty account (sign up for one and import there)";

/** Whether the learner has no attempts, sessions or cards: only then may an import go in. */
export async function accountIsEmpty(userId: string, client: DbClient = db): Promise<boolean> {
  const [attempt, session, card] = await Promise.all([
    client.attempt.findFirst({ where: { userId }, select: { id: true } }),
    client.studySession.findFirst({ where: { userId }, select: { id: true } }),
    client.reviewCard.findFirst({ where: { userId }, select: { id: true } }),
  ]);
  return !attempt && !session && !card;
}

/** Thrown inside the first transaction to roll it back when the account is not empty. */
class AccountNotEmpty extends Error {}

/** Maps a large array in time slices (lib/event-loop.ts). */
async function mapInSlices<T, U>(items: readonly T[], slices: TimeSlices, map: (item: T, index: number) => U): Promise<U[]> {
  const mapped: U[] = [];
  for (const [index, item] of items.entries()) {
    mapped.push(map(item, index));
    await slices.pause();
  }
  return mapped;
}

/**
 * Restores an export file (its text, or the parsed object) into the learner's account, which must
 * be empty: an import never mixes with or overwrites existing progress. Rows get new ids (the
 * file's ids only link its rows to each other), so an import can never touch another learner's
 * rows, whatever ids the file holds.
 *
 * The file is validated in full, in slices (lib/study/import-parse.ts), before anything is
 * written. The rows are then written a statement at a time, so that other requests' queries run
 * in between (one transaction for 40 000 rows would make every other query wait for it: see
 * lib/db.ts). The first statement runs in a transaction with the check that the account is
 * empty, after locking the learner's row, so a second import at the same time finds rows and is
 * refused; if a later statement fails, the rows written so far are deleted (their ids all start
 * with this import's batch id): all of it or nothing, as before.
 */
export async function importLearnerData(userId: string, file: string | object, signal?: AbortSignal): Promise<ImportResult> {
  const parsed = await parseExportText(typeof file === "string" ? file : JSON.stringify(file), signal);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  const data = parsed.data;
  const slices = new TimeSlices();

  // Attempts reference the question catalogue; a template this app does not have cannot be stored.
  const attemptTemplates = [...new Set(data.attempts.map((attempt) => attempt.templateId))];
  const known = new Set(
    (await db.template.findMany({ where: { id: { in: attemptTemplates } }, select: { id: true } })).map((row) => row.id),
  );
  const unknown = attemptTemplates.filter((templateId) => !known.has(templateId));
  if (unknown.length > 0) {
    return {
      ok: false,
      status: 400,
      error: `the export has attempts at questions this app does not have: ${unknown.slice(0, 5).join(", ")}`,
    };
  }

  // New ids that sort in the file's order, so rows with equal timestamps export in the same order.
  const batch = randomUUID();
  const newId = (kind: string, index: number) => `${batch}-${kind}${String(index).padStart(7, "0")}`;
  const sessionIds = new Map<string, string>();
  for (const [index, session] of data.studySessions.entries()) {
    sessionIds.set(session.id, newId("s", index));
    await slices.pause();
  }
  const attemptIds = new Map<string, string>();
  // The first try of each variant (template and seed) is its earliest attempt: by time, then by
  // the new ids, which follow the file's order (as lib/study/attempts.ts keepEarliestFirstTries).
  const earliestAttempt = new Map<string, { index: number; time: number }>();
  for (const [index, attempt] of data.attempts.entries()) {
    attemptIds.set(attempt.id, newId("a", index));
    const variant = `${attempt.templateId}\u0000${attempt.seed}`;
    const earliest = earliestAttempt.get(variant);
    if (!earliest || attempt.createdAt.getTime() < earliest.time)
      earliestAttempt.set(variant, { index, time: attempt.createdAt.getTime() });
    await slices.pause();
  }
  const firstTries = new Set([...earliestAttempt.values()].map((earliest) => earliest.index));
  const mapped = (ids: Map<string, string>, key: string | null) => (key === null ? null : (ids.get(key) ?? null));

  const sessionRows = await mapInSlices(data.studySessions, slices, (session, index) => ({
    id: newId("s", index),
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
  const attemptRows = await mapInSlices(data.attempts, slices, (attempt, index) => ({
    id: newId("a", index),
    userId,
    templateId: attempt.templateId,
    seed: attempt.seed,
    answers: JSON.stringify(attempt.answers),
    parts: JSON.stringify(attempt.parts),
    score: attempt.score,
    correct: attempt.correct && !attempt.gaveUp,
    firstTry: firstTries.has(index),
    gaveUp: attempt.gaveUp,
    sessionId: mapped(sessionIds, attempt.sessionId),
    hintsUsed: attempt.hintsUsed,
    durationMs: attempt.durationMs,
    rating: attempt.rating,
    createdAt: attempt.createdAt,
    idempotencyKey: null, // a retry key belongs to the original request, not to the data
  }));
  const items = data.studySessions.flatMap((session, sessionIndex) => session.items.map((item) => ({ sessionIndex, item })));
  const itemRows = await mapInSlices(items, slices, ({ sessionIndex, item }, index) => ({
    id: newId("i", index),
    sessionId: newId("s", sessionIndex),
    position: item.position,
    templateId: item.templateId,
    seed: item.seed,
    draft: item.draft === null ? null : JSON.stringify(item.draft),
    hintsUsed: item.hintsUsed,
    attemptId: mapped(attemptIds, item.attemptId),
  }));
  const cardRows = data.reviewCards.map((card, index) => ({ id: newId("c", index), userId, ...card }));

  // Sessions before the attempts that name them, attempts before the items that name them.
  const statements = [
    ...insertStatements("StudySession", sessionRows),
    ...insertStatements("Attempt", attemptRows),
    ...insertStatements("SessionItem", itemRows),
    ...insertStatements("ReviewCard", cardRows),
  ];
  try {
    await db.$transaction(async (tx) => {
      // Writing the learner's row first locks it until this transaction ends (PostgreSQL; SQLite
      // runs one write transaction at a time): a concurrent import waits, then finds rows.
      await tx.user.update({ where: { id: userId }, data: { showStreak: data.profile?.showStreak ?? true } });
      if (!(await accountIsEmpty(userId, tx))) throw new AccountNotEmpty();
      await statements[0]?.(tx);
    });
  } catch (error) {
    if (error instanceof AccountNotEmpty) return { ok: false, status: 409, error: ACCOUNT_NOT_EMPTY };
    throw error;
  }
  try {
    for (const statement of statements.slice(1)) {
      await yieldToEventLoop();
      await statement(db);
    }
  } catch (error) {
    await removeImport(userId, batch);
    throw error;
  }
  return {
    ok: true,
    imported: {
      attempts: attemptRows.length,
      studySessions: sessionRows.length,
      sessionItems: itemRows.length,
      reviewCards: cardRows.length,
    },
  };
}

/** Deletes the rows one import wrote (a failed import leaves the account as it was: empty). */
async function removeImport(userId: string, batch: string): Promise<void> {
  const written = { userId, id: { startsWith: `${batch}-` } };
  // A session's items go with it (onDelete: Cascade).
  await db.studySession.deleteMany({ where: written });
  await db.attempt.deleteMany({ where: written });
  await db.reviewCard.deleteMany({ where: written });
}

type Row = Record<string, string | number | boolean | Date | null>;
/**
 * Bound parameters per INSERT: about 60 attempts (16 columns), 10–20 ms of the event loop for
 * Prisma to bind and SQLite to write (well under SQLite's limit of 32766 parameters).
 */
const MAX_PARAMETERS_PER_STATEMENT = 1000;

/**
 * Multi-row INSERT statements, each to be run on its own. Prisma's createMany costs about 1 ms per
 * row in its JS engine (30 000 attempts: 27 s, measured here, with the event loop blocked); a
 * hundred rows per statement take a few milliseconds. Table and column names come from this
 * file, never from the import.
 */
function insertStatements<Table extends "StudySession" | "Attempt" | "SessionItem" | "ReviewCard">(
  table: Table,
  // Every column of the table, so a column added to the schema cannot be forgotten here.
  rows: Array<Row & Required<Prisma.TypeMap["model"][Table]["payload"]["scalars"]>>,
): Array<(client: DbClient) => Promise<unknown>> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns.length));
  const columnList = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const statements: Array<(client: DbClient) => Promise<unknown>> = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    statements.push((client) => {
      const values = slice.map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`);
      return client.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${columnList}) VALUES ${Prisma.join(values)}`;
    });
  }
  return statements;
}
