// The migration that records first tries and types the JSON columns, applied to a database holding
// data of the schema before it: every row survives, each variant's earliest check becomes its
// first try, JSON text reads back as JSON, and text that is not JSON is kept (as a JSON string)
// instead of breaking every read of its rows.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { storedAnswers, storedDraft, storedParts, storedTopics } from "@/lib/study/stored";
import { onPostgres } from "./account-harness";

const MIGRATION = "20261206000000_first_try_and_json";
const migrations = path.resolve(__dirname, "../../prisma/migrations");
const dir = mkdtempSync(path.join(tmpdir(), "likelihood-lab-migration-"));
const file = path.join(dir, "old.db");
let client: PrismaClient | undefined;

afterAll(async () => {
  await client?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const sql = (name: string) => readFileSync(path.join(migrations, name, "migration.sql"), "utf8");

// A SQLite migration (PostgreSQL starts from its own baseline, prisma/migrations-postgres).
describe.skipIf(onPostgres)(`migration ${MIGRATION}`, () => {
  it("migrates existing attempts, sessions and drafts", async () => {
    const names = readdirSync(migrations)
      .filter((name) => /^\d{14}_/.test(name))
      .sort();
    const index = names.indexOf(MIGRATION);
    expect(index).toBeGreaterThan(0);
    const sqlite = new Database(file);
    for (const name of names.slice(0, index)) sqlite.exec(sql(name));

    // Data as the previous schema stored it: JSON as text, every check an attempt.
    sqlite.exec(`
      INSERT INTO "User" ("id", "createdAt") VALUES ('u1', '2026-03-01T00:00:00.000+00:00'), ('u2', '2026-03-01T00:00:00.000+00:00');
      INSERT INTO "Template" ("id", "title", "topic", "difficulty", "kind", "position")
        VALUES ('mle-bernoulli-p', 'Bernoulli', 'mle-closed-form', 'easy', 'computational', 0);
      INSERT INTO "Attempt" ("id", "userId", "templateId", "seed", "answers", "parts", "score", "correct", "createdAt") VALUES
        ('a1', 'u1', 'mle-bernoulli-p', 1, '{"p":"0.9"}', '[{"id":"p","status":"incorrect"}]', 0, 0, '2026-03-02T10:00:00.000+00:00'),
        ('a2', 'u1', 'mle-bernoulli-p', 1, '{"p":"0.5"}', '[{"id":"p","status":"correct"}]', 1, 1, '2026-03-02T10:05:00.000+00:00'),
        ('a3', 'u1', 'mle-bernoulli-p', 2, '{"p":"0.5"}', '[{"id":"p","status":"correct"}]', 1, 1, '2026-03-02T10:06:00.000+00:00'),
        ('b2', 'u1', 'mle-bernoulli-p', 3, '{"p":"0.5"}', '[{"id":"p","status":"correct"}]', 1, 1, '2026-03-02T11:00:00.000+00:00'),
        ('b1', 'u1', 'mle-bernoulli-p', 3, '{"p":"0.4"}', '[{"id":"p","status":"incorrect","mistake":"complement"}]', 0, 0, '2026-03-02T11:00:00.000+00:00'),
        ('c1', 'u2', 'mle-bernoulli-p', 1, '{"p":"0.5"}', 'not json{', 1, 1, '2026-03-02T12:00:00.000+00:00');
      INSERT INTO "StudySession" ("id", "userId", "mode", "topics", "difficulty", "length", "startedAt") VALUES
        ('s1', 'u1', 'practice', '["mle-closed-form"]', 'any', 2, '2026-03-02T09:00:00.000+00:00');
      INSERT INTO "SessionItem" ("id", "sessionId", "position", "templateId", "seed", "draft", "hintsUsed", "attemptId") VALUES
        ('i1', 's1', 0, 'mle-bernoulli-p', 1, '{"p":"0.9"}', 1, 'a1'),
        ('i2', 's1', 1, 'mle-bernoulli-p', 2, 'half', 0, NULL);
    `);
    sqlite.exec(sql(MIGRATION));

    expect(sqlite.prepare(`SELECT COUNT(*) AS n FROM "Attempt"`).get()).toEqual({ n: 6 });
    expect(sqlite.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    const firstTries = sqlite.prepare(`SELECT "id", "firstTry", "gaveUp" FROM "Attempt" ORDER BY "id"`).all();
    // a1 before a2 (same variant); b1 and b2 share a time, so the smaller id is first; c1 is another learner's.
    expect(firstTries).toEqual([
      { id: "a1", firstTry: 1, gaveUp: 0 },
      { id: "a2", firstTry: 0, gaveUp: 0 },
      { id: "a3", firstTry: 1, gaveUp: 0 },
      { id: "b1", firstTry: 1, gaveUp: 0 },
      { id: "b2", firstTry: 0, gaveUp: 0 },
      { id: "c1", firstTry: 1, gaveUp: 0 },
    ]);
    expect(sqlite.prepare(`SELECT "parts" FROM "Attempt" WHERE "id" = 'c1'`).get()).toEqual({ parts: '"not json{"' });
    sqlite.close();

    // Read through Prisma, as the app does: JSON values, validated by lib/study/stored.ts.
    client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
    const attempts = await client.attempt.findMany({ orderBy: { id: "asc" } });
    expect(attempts.map((row) => storedAnswers(row.answers, row.id))).toEqual([
      { p: "0.9" },
      { p: "0.5" },
      { p: "0.5" },
      { p: "0.4" },
      { p: "0.5" },
      { p: "0.5" },
    ]);
    expect(storedParts(attempts[3]!.parts, "b1")).toEqual([{ id: "p", status: "incorrect", mistake: "complement" }]);
    expect(attempts[5]!.parts).toBe("not json{");
    expect(storedParts(attempts[5]!.parts, "c1")).toEqual([]);
    const session = await client.studySession.findUniqueOrThrow({
      where: { id: "s1" },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(storedTopics(session.topics, "s1")).toEqual(["mle-closed-form"]);
    expect(session.items.map((item) => storedDraft(item.draft, item.id))).toEqual([{ p: "0.9" }, null]);
    expect(session.items[0]?.attemptId).toBe("a1");
    // The first-try rule on migrated data: u1 tried 3 variants, 1 right at the first try (a3).
    expect(await client.attempt.count({ where: { userId: "u1", firstTry: true } })).toBe(3);
    expect(await client.attempt.count({ where: { userId: "u1", firstTry: true, correct: true } })).toBe(1);
  });
});
