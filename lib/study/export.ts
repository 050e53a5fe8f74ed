// Export of everything one learner has: the profile (never the password hash), attempts, study
// sessions with their items, and review cards, as the JSON file that imports into a new account
// unchanged (lib/study/import.ts). Attempts are also offered as CSV (lib/study/export-csv.ts).
// Both are written as they are read, a page at a time (lib/study/export-source.ts).
import "server-only";
import { db } from "../db";
import { EXPORT_FORMAT, EXPORT_VERSION, type LearnerExport } from "./export-format";
import { openExport, type ExportedProfile, type ExportSource } from "./export-source";

export { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, type LearnerExport } from "./export-format";
export { attemptsCsv, attemptsCsvChunks, ATTEMPT_CSV_COLUMNS, csvField } from "./export-csv";
export { accountIsEmpty, importLearnerData, type ImportCounts, type ImportResult } from "./import";
export { openExport, type ExportSource } from "./export-source";

const iso = (date: Date) => date.toISOString();

function header(now: Date, profile: ExportedProfile | null) {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: iso(now), profile } as const;
}

/** Everything the learner has, as one object (for tests and small accounts; the route streams). */
export async function exportLearnerData(userId: string | null, now: Date = new Date()): Promise<LearnerExport> {
  const source = await openExport(userId);
  const data: LearnerExport = { ...header(now, source?.profile ?? null), attempts: [], studySessions: [], reviewCards: [] };
  if (!source) return data;
  for await (const page of source.attempts()) data.attempts.push(...page);
  for await (const page of source.studySessions()) data.studySessions.push(...page);
  data.reviewCards = await source.reviewCards();
  return data;
}

/**
 * The export file as text, a page at a time: each row on a line of its own (compact JSON, a third
 * of the size of an indented file), so a 40 000-attempt export is about 12 MB and still imports.
 * The text is JSON of exactly the shape `exportLearnerData` returns.
 */
export async function* exportJsonChunks(source: ExportSource | null, now: Date = new Date()): AsyncGenerator<string> {
  const top = header(now, source?.profile ?? null);
  yield `{\n${Object.entries(top)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`)
    .join("")}`;
  async function* rows(key: string, pages: AsyncIterable<object[]>, last: boolean): AsyncGenerator<string> {
    let first = true;
    yield `  ${JSON.stringify(key)}: [`;
    for await (const page of pages) {
      if (page.length === 0) continue;
      yield page.map((row, index) => `${first && index === 0 ? "" : ","}\n    ${JSON.stringify(row)}`).join("");
      first = false;
    }
    yield `${first ? "" : "\n  "}]${last ? "" : ","}\n`;
  }
  async function* nothing(): AsyncGenerator<object[]> {}
  async function* once(read: () => Promise<object[]>): AsyncGenerator<object[]> {
    yield await read();
  }
  yield* rows("attempts", source ? source.attempts() : nothing(), false);
  yield* rows("studySessions", source ? source.studySessions() : nothing(), false);
  yield* rows("reviewCards", source ? once(source.reviewCards) : nothing(), true);
  yield "}\n";
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
