// The export file's shape (zod), shared by the export, which writes it, and the import, which
// validates every field of it with messages a person can act on.
import { z } from "zod";
import { MAX_EXPLANATION_LENGTH } from "../questions/explain";
import { MAX_SEED } from "../questions/seed";

export const EXPORT_FORMAT = "likelihood-lab-export";
export const EXPORT_VERSION = 1;
export { MAX_IMPORT_BYTES } from "./transfer-limits";
export const MAX_ROWS = 200_000;

// ---------------------------------------------------------------- the file's shape (zod)

export const isoDate = z.iso.datetime({ offset: true, error: "expected an ISO 8601 date-time" }).transform((text) => new Date(text));
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

export const attemptSchema = z.object({
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

export const studySessionSchema = z.object({
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

export const reviewCardSchema = z.object({
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

export const profileSchema = z.object({
  username: z.string().nullable(),
  showStreak: z.boolean(),
  createdAt: isoDate.nullable(),
});

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
    const issues: LinkIssue[] = [];
    for (const _step of checkLinks(data, issues));
    for (const issue of issues) context.addIssue({ code: "custom", ...issue });
  });

export interface LinkIssue {
  path?: (string | number)[];
  message: string;
}

/** How many rows a step of `checkLinks` covers. */
const ROWS_PER_STEP = 2000;

/** The values that occur more than once, a step at a time. */
function* repeatedValues(values: Iterable<string>, repeated: Set<string>): Generator<void> {
  const seen = new Set<string>();
  let count = 0;
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    else seen.add(value);
    if (++count % ROWS_PER_STEP === 0) yield;
  }
}

/**
 * The ids only link rows within the file; they must do so unambiguously. Adds the problems to
 * `issues`, yielding every few thousand rows so that an import can give the event loop back in
 * between (lib/study/import-parse.ts); run it to the end in one go to check at once.
 */
export function* checkLinks(
  data: {
    attempts: readonly { id: string; sessionId: string | null }[];
    studySessions: readonly { id: string; items: readonly { position: number; attemptId: string | null }[] }[];
    reviewCards: readonly { templateId: string }[];
  },
  issues: LinkIssue[],
): Generator<void> {
  const attemptIds = new Set<string>();
  const sessionIds = new Set<string>();
  for (const [label, values, ids] of [
    ["attempt id", data.attempts.map((attempt) => attempt.id), attemptIds],
    ["study session id", data.studySessions.map((session) => session.id), sessionIds],
    ["review card template", data.reviewCards.map((card) => card.templateId), new Set<string>()],
    [
      "session item attempt",
      data.studySessions.flatMap((session) => session.items.flatMap((item) => item.attemptId ?? [])),
      new Set<string>(),
    ],
  ] as const) {
    yield;
    const repeated = new Set<string>();
    yield* repeatedValues(values, repeated);
    for (const value of values) ids.add(value);
    if (repeated.size > 0) issues.push({ message: `repeated ${label}: ${[...repeated].slice(0, 3).join(", ")}` });
    yield;
  }
  for (const [index, attempt] of data.attempts.entries()) {
    if (attempt.sessionId !== null && !sessionIds.has(attempt.sessionId)) {
      issues.push({ path: ["attempts", index, "sessionId"], message: "names no study session in this file" });
    }
    if (index % ROWS_PER_STEP === 0) yield;
  }
  for (const [sessionIndex, session] of data.studySessions.entries()) {
    const positions = new Set<number>();
    const repeated = session.items.find((item) => positions.has(item.position) || !positions.add(item.position));
    if (repeated) issues.push({ path: ["studySessions", sessionIndex, "items"], message: `repeated position ${repeated.position}` });
    for (const [itemIndex, item] of session.items.entries()) {
      if (item.attemptId !== null && !attemptIds.has(item.attemptId)) {
        issues.push({ path: ["studySessions", sessionIndex, "items", itemIndex, "attemptId"], message: "names no attempt in this file" });
      }
    }
    if (sessionIndex % 200 === 0) yield;
  }
}

export type LearnerExport = z.input<typeof exportSchema>;
export type ParsedExport = z.output<typeof exportSchema>;

export interface FormatIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** "attempts[3].score: Too big…", the first three problems and how many more there are. */
export function describeIssues(issues: readonly FormatIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index > 0 ? "." : ""}${String(key)}`)).join("");
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : "";
  return `the file does not match the export format: ${shown.join("; ")}${more}`;
}

export const NOT_AN_EXPORT = `this is not a Likelihood Lab export (expected "format": "${EXPORT_FORMAT}")`;
export const wrongVersion = (version: unknown) =>
  `this export has version ${JSON.stringify(version)}; this app reads version ${EXPORT_VERSION}`;

/**
 * Whether any string of the value, key or text, holds a NUL character (U+0000), which PostgreSQL
 * stores in neither text nor jsonb. Iterative: an import may be deeply nested.
 */
export function holdsNul(value: unknown): boolean {
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

export const HOLDS_NUL = "this export holds a NUL character (U+0000), which cannot be stored";
