// The statements each kind of check sends to SQLite, counted where the driver prepares them: the
// server actions of a study session and of the review queue must cost about what the question API
// costs (bench/load.mjs measures the time). A check reads only the question it grades, and a retry
// or a review of a card that is not due needs no interactive transaction.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { as, Browser, createTestDatabase, onPostgres } from "./account-harness";
import { sessionWith, wrongBernoulli } from "./study-harness";

vi.mock("next/headers", () => import("./account-harness").then((harness) => harness.nextHeaders));

const database = createTestDatabase();

// better-sqlite3 as the Prisma adapter loads it: every statement, BEGIN and COMMIT included, is prepared.
const fromAdapter = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3"));
const Sqlite = fromAdapter("better-sqlite3") as { prototype: { prepare(this: unknown, sql: string): unknown } };
const statements: string[] = [];
const prepare = Sqlite.prototype.prepare;

type Modules = {
  db: typeof import("@/lib/db").db;
  study: typeof import("@/lib/actions/study");
  review: typeof import("@/lib/actions/review");
  api: typeof import("@/app/api/questions/[id]/check/route");
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    study: await import("@/lib/actions/study"),
    review: await import("@/lib/actions/review"),
    api: await import("@/app/api/questions/[id]/check/route"),
  };
  Sqlite.prototype.prepare = function (this: unknown, sql: string) {
    statements.push(sql.replace(/\s+/g, " ").trim());
    return prepare.call(this, sql);
  };
}, 120_000);

afterAll(async () => {
  Sqlite.prototype.prepare = prepare;
  await m?.db.$disconnect();
  database.cleanup();
});

async function counted(browser: Browser, work: () => Promise<unknown>): Promise<{ result: unknown; statements: string[] }> {
  statements.length = 0;
  const result = await as(browser, work);
  return { result, statements: [...statements] };
}

describe.skipIf(onPostgres)("statements per check (SQLite)", () => {
  it("a session's retry and a review of a card that is not due read only what they grade, with no interactive transaction", async () => {
    const guest = randomUUID();
    const browser = new Browser();
    browser.jar.set("ll_learner", guest);
    await m.db.user.create({ data: { id: guest } });
    const sessionId = await sessionWith(guest, "practice", Array(20).fill("mle-bernoulli-p"), new Date());
    // Every question answered once: the session's later checks are retries, as under load.
    for (let position = 0; position < 20; position++) {
      const first = await counted(browser, () =>
        m.study.checkSessionAnswer(sessionId, position, wrongBernoulli(100 + position), randomUUID(), 0, 20_000),
      );
      expect(first.result).toMatchObject({ kind: "graded", recorded: true });
      // The first answer links the question and rates its card: still no read of the other questions.
      expect(first.statements.filter((sql) => sql.includes("SessionItem") && sql.startsWith("SELECT"))).toHaveLength(1);
    }

    const api = await counted(browser, () =>
      m.api.POST(
        new Request("http://localhost/api/questions/mle-bernoulli-p/check", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ seed: 42, answers: { p: "0.1234" } }),
        }),
        { params: Promise.resolve({ id: "mle-bernoulli-p" }) },
      ),
    );
    expect((api.result as Response).status).toBe(200);
    expect(api.statements).toHaveLength(2); // who the learner is; the insert

    const retry = await counted(browser, () => m.study.checkSessionAnswer(sessionId, 7, { p: "0.1234" }, randomUUID(), 0, 20_000));
    expect(retry.result).toMatchObject({ kind: "graded", recorded: true });
    // Who; the question with its session; the insert and the draft, between BEGIN and COMMIT (was 10).
    expect(retry.statements).toHaveLength(6);
    expect(retry.statements.filter((sql) => sql !== "BEGIN" && sql !== "COMMIT")).toHaveLength(4);

    // The card of mle-bernoulli-p is not due (its first answers were just rated): no transaction.
    const review = await counted(browser, () =>
      m.review.checkReviewAnswer("mle-bernoulli-p", 123_456, { p: "0.1234" }, randomUUID(), 0, 20_000),
    );
    expect(review.result).toMatchObject({ state: { kind: "graded", recorded: true }, rating: null });
    expect(review.statements).toHaveLength(3); // who; whether the card is due; the insert (was 5)
  });
});
