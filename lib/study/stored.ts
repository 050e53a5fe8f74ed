// The JSON columns (Attempt.answers and .parts, SessionItem.draft, StudySession.topics), validated
// with zod every time they are read: the database is outside the type system, so what comes back
// is checked, never cast. A value of the wrong shape (an edited file, a row written by an older
// version) is skipped with a warning and read as empty, so one bad row never breaks a page.
import type { Prisma } from "@prisma/client";
import { z } from "zod";

/** What the learner typed per part: text, or a list of choice ids. */
export type StoredAnswers = Record<string, string | string[]>;

// A type, not an interface, so that it is assignable to the export's open part shape.
export type StoredPart = { id: string; status: string; mistake?: string };

const answersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
// Parts keep any extra fields a later version of the grader records.
const partsSchema = z.array(
  z.looseObject({ id: z.string(), status: z.string(), mistake: z.string().optional() }).transform(
    ({ id, status, mistake }): StoredPart => (mistake === undefined ? { id, status } : { id, status, mistake }),
  ),
);
const topicsSchema = z.array(z.string());

/** Where a bad value was found, for the warning: "Attempt.parts of abc". */
export interface StoredAt {
  column: "Attempt.answers" | "Attempt.parts" | "SessionItem.draft" | "StudySession.topics";
  rowId: string;
}

function parseStored<T>(schema: z.ZodType<T>, value: Prisma.JsonValue, at: StoredAt, fallback: T): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(`skipped a malformed ${at.column} of row ${at.rowId}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return fallback;
}

export function storedAnswers(value: Prisma.JsonValue, rowId: string): StoredAnswers {
  return parseStored(answersSchema, value, { column: "Attempt.answers", rowId }, {});
}

export function storedParts(value: Prisma.JsonValue, rowId: string): StoredPart[] {
  return parseStored(partsSchema, value, { column: "Attempt.parts", rowId }, []);
}

export function storedTopics(value: Prisma.JsonValue, rowId: string): string[] {
  return parseStored(topicsSchema, value, { column: "StudySession.topics", rowId }, []);
}

/** A saved draft, or null when there is none (or it is unreadable: the form starts empty). */
export function storedDraft(value: Prisma.JsonValue | null, rowId: string): StoredAnswers | null {
  if (value === null) return null;
  return parseStored<StoredAnswers | null>(answersSchema, value, { column: "SessionItem.draft", rowId }, null);
}

/** The named mistakes of an attempt's parts, each once. */
export function mistakeTags(parts: readonly StoredPart[]): string[] {
  return [...new Set(parts.flatMap((part) => (part.mistake ? [part.mistake] : [])))];
}

/** The graded parts as stored: id, status and the named mistake, nothing of the answer key. */
export function partsToStore(parts: readonly { id: string; status: string; mistake?: string }[]): StoredPart[] {
  return parts.map(({ id, status, mistake }) => (mistake ? { id, status, mistake } : { id, status }));
}
