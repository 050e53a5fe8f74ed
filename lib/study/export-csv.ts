// The learner's attempts as CSV, for a spreadsheet.
import "server-only";
import { db } from "../db";
import { openExport, type ExportSource } from "./export-source";

export const ATTEMPT_CSV_COLUMNS = [
  "createdAt",
  "templateId",
  "title",
  "topic",
  "seed",
  "score",
  "correct",
  "firstTry",
  "gaveUp",
  "mistakes",
  // The score is the learner's own judgement (an explain part ticked against its rubric).
  "selfAssessed",
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

type CsvRow = Record<(typeof ATTEMPT_CSV_COLUMNS)[number], string | number | boolean | null>;

/**
 * The learner's attempts as CSV, oldest first, with a header row; lines end in CRLF (RFC 4180).
 * Written a page of attempts at a time (see lib/study/export.ts), so a large account neither holds
 * the event loop nor goes on being read once its client has gone away.
 */
export async function* attemptsCsvChunks(source: ExportSource | null): AsyncGenerator<string> {
  yield `${ATTEMPT_CSV_COLUMNS.join(",")}\r\n`;
  if (!source) return;
  // A few hundred templates: one read, rather than a join on every page.
  const templates = new Map(
    (await db.template.findMany({ select: { id: true, title: true, topic: true } })).map((template) => [template.id, template]),
  );
  for await (const page of source.attempts()) {
    yield page
      .map((attempt) => {
        const mistakes = attempt.parts.flatMap((part) => (part.mistake ? [part.mistake] : []));
        const template = templates.get(attempt.templateId);
        const row: CsvRow = {
          createdAt: attempt.createdAt,
          templateId: attempt.templateId,
          title: template?.title ?? null,
          topic: template?.topic ?? null,
          seed: attempt.seed,
          score: attempt.score,
          correct: attempt.correct,
          firstTry: attempt.firstTry ?? true,
          gaveUp: attempt.gaveUp ?? false,
          mistakes: mistakes.join(" "),
          selfAssessed: attempt.parts.some((part) => part.selfAssessed === true),
          answers: JSON.stringify(attempt.answers),
          hintsUsed: attempt.hintsUsed,
          durationMs: attempt.durationMs,
          rating: attempt.rating,
          sessionId: attempt.sessionId,
          attemptId: attempt.id,
        };
        return `${ATTEMPT_CSV_COLUMNS.map((column) => csvField(row[column])).join(",")}\r\n`;
      })
      .join("");
  }
}

/** The whole CSV as one string (small accounts and tests; the route streams the chunks). */
export async function attemptsCsv(userId: string | null): Promise<string> {
  let text = "";
  for await (const chunk of attemptsCsvChunks(await openExport(userId))) text += chunk;
  return text;
}
