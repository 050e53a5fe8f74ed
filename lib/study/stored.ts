// The JSON columns (Attempt.answers and .parts, SessionItem.draft, StudySession.topics), validated
// with zod every time they are read: the database is outside the type system, so what comes back
// is checked, never cast. A value of the wrong shape (an edited file, a row written by an older
// version) is skipped with a warning and read as empty, so one bad row never breaks a page.
import type { Prisma } from "@prisma/client";
import { z } from "zod";

/** What the learner typed per part: text, or a list of choice ids. */
export type StoredAnswers = Record<string, string | string[]>;

/**
 * A graded part as stored. An explain part also keeps the learner's self-assessment: `selfAssessed`,
 * its own `score` (the share of essential points) and the rubric point ids ticked (`covered`).
 * A type, not an interface, so that it is assignable to the export's open part shape.
 */
export type StoredPart = {
  id: string;
  status: string;
  mistake?: string;
  selfAssessed?: true;
  score?: number;
  covered?: string[];
};

const answersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** Only the known fields, each only when present, so a stored part reads back exactly as written. */
function storedPart(part: {
  id: string;
  status: string;
  mistake?: string | undefined;
  selfAssessed?: boolean | undefined;
  score?: number | undefined;
  covered?: readonly string[] | undefined;
}): StoredPart {
  const stored: StoredPart = { id: part.id, status: part.status };
  if (part.mistake !== undefined) stored.mistake = part.mistake;
  if (part.selfAssessed === true) {
    stored.selfAssessed = true;
    if (part.score !== undefined) stored.score = part.score;
    stored.covered = [...(part.covered ?? [])];
  }
  return stored;
}

// Unknown fields (of an older or later version) are read past, never kept as unknown data; a
// self-assessment of the wrong shape is dropped rather than failing the whole row.
const partsSchema = z.array(
  z
    .looseObject({
      id: z.string(),
      status: z.string(),
      mistake: z.string().optional(),
      selfAssessed: z.boolean().optional().catch(undefined),
      score: z.number().min(0).max(1).optional().catch(undefined),
      covered: z.array(z.string()).optional().catch(undefined),
    })
    .transform(storedPart),
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

/**
 * The graded parts as stored: id, status and the named mistake, nothing of the answer key (no
 * expected value, rubric or model answer). A self-assessed part keeps its score and the rubric
 * points the learner ticked (from the check's `assessment`).
 */
export function partsToStore(
  parts: readonly { id: string; status: string; mistake?: string; selfAssessed?: boolean; score?: number }[],
  assessment: Readonly<Record<string, readonly string[] | undefined>> = {},
): StoredPart[] {
  return parts.map((part) =>
    storedPart({
      id: part.id,
      status: part.status,
      mistake: part.mistake || undefined,
      selfAssessed: part.selfAssessed,
      score: part.score,
      covered: assessment[part.id],
    }),
  );
}
