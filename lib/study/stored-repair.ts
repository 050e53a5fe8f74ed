// Text that is not JSON in a JSON column of SQLite (a database file edited by hand, a restore of a broken
// backup) makes Prisma throw on every read of its rows. Rather than a page that never loads again,
// such a read repairs the columns once, the way the migration to JSON columns did: each value that
// is not JSON is kept, as a JSON string, which the validated readers (stored.ts) then skip with a
// warning. Nothing is deleted, and the read is tried again.
import "server-only";
import { db, provider } from "../db";

async function quoteTextThatIsNotJson(): Promise<number> {
  // PostgreSQL's jsonb columns refuse text that is not JSON when it is written: nothing to repair.
  if (provider === "postgresql") return 0;
  const counts = await db.$transaction([
    db.$executeRaw`UPDATE "Attempt" SET "answers" = json_quote("answers") WHERE json_valid("answers") = 0`,
    db.$executeRaw`UPDATE "Attempt" SET "parts" = json_quote("parts") WHERE json_valid("parts") = 0`,
    db.$executeRaw`UPDATE "SessionItem" SET "draft" = json_quote("draft") WHERE "draft" IS NOT NULL AND json_valid("draft") = 0`,
    db.$executeRaw`UPDATE "StudySession" SET "topics" = json_quote("topics") WHERE json_valid("topics") = 0`,
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Runs a read of rows with JSON columns; if stored text is not JSON, repairs it and reads again. */
export async function readStoredJson<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const repaired = await quoteTextThatIsNotJson();
    if (repaired === 0) throw error;
    console.warn(`kept ${repaired} stored value(s) that were not JSON as JSON strings (${error.message})`);
    return read();
  }
}
