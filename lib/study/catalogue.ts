// The question catalogue in the database (the Template rows attempts reference), brought in line
// with the bank in code. Run by the seed and by the server at start (lib/server-start.ts), so a
// server started after `prisma migrate deploy` alone, or after a deploy that added a template,
// never answers a check with a missing template. Idempotent: rows are upserted, never deleted
// (a retired template's attempts keep their row).
import { TEMPLATES } from "../questions";
import { db } from "../db";

/** Upserts every template of the bank; returns how many there are. */
export async function syncCatalogue(): Promise<number> {
  await db.$transaction(
    TEMPLATES.map(({ id, title, topic, difficulty, kind }, position) =>
      db.template.upsert({
        where: { id },
        create: { id, title, topic, difficulty, kind, position },
        update: { title, topic, difficulty, kind, position },
      }),
    ),
  );
  return TEMPLATES.length;
}
