// Import of an export into a new, empty account: validated first (lib/study/export-format.ts),
// then written in one transaction, all of it or nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { db } from "../db";
import { keepEarliestFirstTries } from "./attempts";
import { parseExport } from "./export-format";
import type { Transaction } from "./transaction";

export interface ImportCounts {
  attempts: number;
  studySessions: number;
  sessionItems: number;
  reviewCards: number;
}

export type ImportResult = { ok: true; imported: ImportCounts } | { ok: false; status: 400 | 409; error: string };

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
    return {
      ok: false,
      status: 400,
      error: `the export has attempts at questions this app does not have: ${unknown.slice(0, 5).join(", ")}`,
    };
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
    correct: attempt.correct && !attempt.gaveUp,
    // Worked out from the times once the rows are in (`keepEarliestFirstTries`).
    firstTry: true,
    gaveUp: attempt.gaveUp,
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
    await keepEarliestFirstTries(userId, tx);
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
