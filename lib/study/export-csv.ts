// The learner's attempts as CSV, for a spreadsheet.
import "server-only";
import { db } from "../db";
import { storedAnswers, storedParts } from "./stored";
import { readStoredJson } from "./stored-repair";

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

/** The learner's attempts as CSV, oldest first, with a header row; lines end in CRLF (RFC 4180). */
export async function attemptsCsv(userId: string | null): Promise<string> {
  const attempts = userId
    ? await readStoredJson(() =>
        db.attempt.findMany({
          where: { userId },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          include: { template: { select: { title: true, topic: true } } },
        }),
      )
    : [];
  const lines = [ATTEMPT_CSV_COLUMNS.join(",")];
  for (const attempt of attempts) {
    const parts = storedParts(attempt.parts, attempt.id);
    const mistakes = parts.flatMap((part) => (part.mistake ? [part.mistake] : []));
    const row: Record<(typeof ATTEMPT_CSV_COLUMNS)[number], string | number | boolean | null> = {
      createdAt: attempt.createdAt.toISOString(),
      templateId: attempt.templateId,
      title: attempt.template.title,
      topic: attempt.template.topic,
      seed: attempt.seed,
      score: attempt.score,
      correct: attempt.correct,
      firstTry: attempt.firstTry,
      gaveUp: attempt.gaveUp,
      mistakes: mistakes.join(" "),
      selfAssessed: parts.some((part) => part.selfAssessed === true),
      answers: JSON.stringify(storedAnswers(attempt.answers, attempt.id)),
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
