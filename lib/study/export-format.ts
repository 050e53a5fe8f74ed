// The export file's shape (zod), shared by the export, which writes it, and the import, which
// validates every field of it with messages a person can act on.
import { z } from "zod";
import { MAX_EXPLANATION_LENGTH } from "../questions/explain";
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
// Text answers up to an explain part's written answer (MAX_EXPLANATION_LENGTH).
const answersSchema = z.record(
  z.string().max(100),
  z.union([z.string().max(MAX_EXPLANATION_LENGTH), z.array(z.string().max(200)).max(100)]),
);
// Parts keep any extra fields a later version of the grader records.
// A mistake tag is a kebab-case name, never a name every object has (`constructor`, `__proto__`):
// tags are looked up as keys when the progress page names them.
const mistakeTag = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a mistake tag in lower-case kebab-case")
  .refine((tag) => !(tag in Object.prototype), "expected a mistake tag, not a name every object has");
const partSchema = z.looseObject({ id: z.string().max(100), status: z.string().max(40), mistake: mistakeTag.optional() });

const attemptSchema = z.object({
  id,
  templateId: id,
  seed,
  answers: answersSchema,
  parts: z.array(partSchema).max(100),
  score: z.number().min(0).max(1),
  correct: z.boolean(),
  // Added after version 1 was first written: absent in older files. An import works out which
  // attempt is a variant's first try from the times, whatever the file says.
  firstTry: z.boolean().optional(),
  gaveUp: z.boolean().default(false),
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
export type ParsedExport = z.output<typeof exportSchema>;

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index > 0 ? "." : ""}${String(key)}`)).join("");
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : "";
  return `the file does not match the export format: ${shown.join("; ")}${more}`;
}

/** Validates a parsed JSON body as an export, with messages a person can act on. */
/**
 * Whether any string of the value, key or text, holds a NUL character (U+0000), which PostgreSQL
 * stores in neither text nor jsonb. Iterative: an import may be deeply nested.
 */
function holdsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "string") {
      if (next.includes("\u0000")) return true;
    } else if (Array.isArray(next)) {
      pending.push(...next);
    } else if (typeof next === "object" && next !== null) {
      for (const [key, inner] of Object.entries(next)) {
        if (key.includes("\u0000")) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

export function parseExport(body: unknown): { ok: true; data: ParsedExport } | { ok: false; error: string } {
  const header = z.object({ format: z.literal(EXPORT_FORMAT) }).safeParse(body);
  if (!header.success) return { ok: false, error: `this is not a Likelihood Lab export (expected "format": "${EXPORT_FORMAT}")` };
  // Refused on both databases alike, rather than failing on PostgreSQL only.
  if (holdsNul(body)) return { ok: false, error: "this export holds a NUL character (U+0000), which cannot be stored" };
  const version = (body as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) {
    return { ok: false, error: `this export has version ${JSON.stringify(version)}; this app reads version ${EXPORT_VERSION}` };
  }
  const parsed = exportSchema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: describeIssues(parsed.error) };
}
