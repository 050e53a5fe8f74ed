// What the server does at start: the question catalogue follows the code (a database migrated
// but never seeded answers checks), and abandoned guest rows and dead sessions are removed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./account-harness";

// Migrated only, as after `prisma migrate deploy` and a bare `next start`: no seed.
const database = createTestDatabase({ seeded: false });

type Modules = {
  db: typeof import("@/lib/db").db;
  startServer: typeof import("@/lib/server-start").startServer;
  TEMPLATES: typeof import("@/lib/questions").TEMPLATES;
  recordAttempt: typeof import("@/lib/study/attempts").recordAttempt;
  deleteAbandonedGuests: typeof import("@/lib/auth/guest-cleanup").deleteAbandonedGuests;
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    startServer: (await import("@/lib/server-start")).startServer,
    TEMPLATES: (await import("@/lib/questions")).TEMPLATES,
    recordAttempt: (await import("@/lib/study/attempts")).recordAttempt,
    deleteAbandonedGuests: (await import("@/lib/auth/guest-cleanup")).deleteAbandonedGuests,
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  database.cleanup();
});

async function attemptFor(userId: string) {
  const template = m.TEMPLATES.find((candidate) => candidate.id === "mle-bernoulli-p");
  if (!template) throw new Error("template missing");
  await m.db
    .$executeRaw`INSERT INTO "User" ("id", "showStreak", "createdAt") VALUES (${userId}, true, ${new Date()}) ON CONFLICT ("id") DO NOTHING`;
  const result = template.grade(3, { p: "0.5" });
  return m.recordAttempt({ userId, templateId: template.id, seed: 3, answers: { p: "0.5" }, result, gaveUp: false, idempotencyKey: null });
}

describe("starting the server", () => {
  it("brings an unseeded catalogue in line with the code, so checks record", async () => {
    expect(await m.db.template.count()).toBe(0);
    // The trap: without the catalogue an attempt cannot be recorded.
    await expect(attemptFor("before-start")).rejects.toThrow();

    await m.startServer();
    expect(await m.db.template.count()).toBe(m.TEMPLATES.length);
    expect((await attemptFor("after-start")).outcome).toBeDefined();

    // A row changed or left behind by an older deploy is corrected; a second start changes nothing more.
    const first = m.TEMPLATES[0];
    if (!first) throw new Error("no templates");
    await m.db.template.update({ where: { id: first.id }, data: { title: "stale title", position: 999 } });
    await m.startServer();
    expect(await m.db.template.findUnique({ where: { id: first.id } })).toMatchObject({ title: first.title, position: 0 });
    expect(await m.db.template.count()).toBe(m.TEMPLATES.length);
  });

  it("removes guests that hold nothing or that no cookie can reach, never accounts or active guests", async () => {
    const now = new Date("2027-06-01T12:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const hour = 60 * 60 * 1000;
    const day = 24 * hour;
    await m.db.user.createMany({
      data: [
        { id: "guest-empty-old", createdAt: ago(2 * hour) },
        { id: "guest-empty-new", createdAt: ago(10 * 60 * 1000) },
        { id: "account-empty-old", username: "quiet_account", passwordHash: "x", createdAt: ago(400 * day) },
      ],
    });
    await attemptFor("guest-practised");
    await attemptFor("guest-expired");
    await m.db.user.update({ where: { id: "guest-practised" }, data: { createdAt: ago(30 * day) } });
    await m.db.user.update({ where: { id: "guest-expired" }, data: { createdAt: ago(366 * day) } });

    // The two below, and the empty guest row the first test's failed attempt left.
    expect(await m.deleteAbandonedGuests(now)).toBe(3);
    const left = (await m.db.user.findMany({ select: { id: true } })).map((user) => user.id);
    expect(left).toEqual(expect.arrayContaining(["guest-empty-new", "account-empty-old", "guest-practised"]));
    expect(left).not.toContain("guest-empty-old");
    expect(left).not.toContain("guest-expired");
    expect(left).not.toContain("before-start");
    expect(await m.db.attempt.count({ where: { userId: "guest-expired" } })).toBe(0);
  });
});
