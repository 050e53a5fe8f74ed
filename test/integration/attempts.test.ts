// Integration: migrate a temporary SQLite file with the real migrations, record attempts through
// lib/study, and read progress back, as the app does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "likelihood-lab-"));
const url = `file:${path.join(dir, "test.db")}`;

type Modules = {
  db: typeof import("@/lib/db").db;
  recordAttempt: typeof import("@/lib/study/attempts").recordAttempt;
  isGraded: typeof import("@/lib/questions/reveal").isGraded;
  getProgress: typeof import("@/lib/study/progress").getProgress;
  getTemplate: typeof import("@/lib/questions").getTemplate;
};
let m: Modules;

function run(args: string[]) {
  const result = spawnSync("npx", args, { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  expect(run(["prisma", "migrate", "deploy"])).toContain("successfully applied");
  expect(run(["tsx", "prisma/seed.ts"])).toMatch(/Seeded \d+ question templates/);
  process.env.DATABASE_URL = url; // before lib/db is first imported
  m = {
    db: (await import("@/lib/db")).db,
    ...(await import("@/lib/study/attempts")),
    isGraded: (await import("@/lib/questions/reveal")).isGraded,
    getProgress: (await import("@/lib/study/progress")).getProgress,
    getTemplate: (await import("@/lib/questions")).getTemplate,
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("attempts in SQLite", () => {
  it("records graded attempts once per idempotency key and reads progress back", async () => {
    const template = m.getTemplate("mle-bernoulli-p");
    if (!template) throw new Error("template missing");
    const user = await m.db.user.create({ data: {} });
    const seed = 12345;
    const sample = template.generate(seed).data.sample as number[];
    const truth = sample.filter((x) => x === 1).length / sample.length;

    const right = template.grade(seed, { p: String(truth) });
    const wrong = template.grade(seed, { p: String(truth + 0.2) });
    expect(right.parts[0]?.status).toBe("correct");
    expect(wrong.parts[0]?.status).toBe("incorrect");

    const base = { userId: user.id, templateId: template.id, seed };
    expect(await m.recordAttempt({ ...base, answers: { p: String(truth) }, result: right, idempotencyKey: "k1" })).toBe(
      "recorded",
    );
    // A retried request with the same key is recorded once...
    expect(await m.recordAttempt({ ...base, answers: { p: String(truth) }, result: right, idempotencyKey: "k1" })).toBe(
      "duplicate",
    );
    // ...also when the retry lost its cookie and arrives as a new guest, which is not created.
    const stranger = "33333333-3333-4333-8333-333333333333";
    expect(
      await m.recordAttempt({ ...base, userId: stranger, createUser: true, answers: { p: String(truth) }, result: right, idempotencyKey: "k1" }),
    ).toBe("duplicate");
    expect(await m.db.user.findUnique({ where: { id: stranger } })).toBeNull();
    // The same key for a different answer is a conflict, and records nothing.
    expect(await m.recordAttempt({ ...base, answers: { p: "0.1" }, result: wrong, idempotencyKey: "k1" })).toBe("conflict");
    expect(await m.recordAttempt({ ...base, answers: { p: String(truth + 0.2) }, result: wrong, idempotencyKey: "k2" })).toBe(
      "recorded",
    );

    const progress = await m.getProgress(user.id);
    expect(progress.attempts).toBe(2);
    expect(progress.correct).toBe(1);
    expect(progress.accuracy).toBe(0.5);
    expect(progress.byTemplate).toEqual([
      expect.objectContaining({ templateId: "mle-bernoulli-p", attempts: 2, correct: 1 }),
    ]);
    expect(progress.recent).toHaveLength(2);

    const stored = await m.db.attempt.findFirstOrThrow({ where: { userId: user.id, idempotencyKey: "k2" } });
    expect(JSON.parse(stored.answers)).toEqual({ p: String(truth + 0.2) });
    expect(stored.correct).toBe(false);
  });

  it("does not count invalid or unanswered checks", () => {
    const template = m.getTemplate("mle-bernoulli-p");
    if (!template) throw new Error("template missing");
    expect(m.isGraded(template.grade(1, { p: "0.7.1" }))).toBe(false);
    expect(m.isGraded(template.grade(1, { p: "" }))).toBe(false);
    expect(m.isGraded(template.grade(1, {}))).toBe(false);
  });

  it("creates the learner row with a first attempt, or when its row is missing", async () => {
    const template = m.getTemplate("mle-bernoulli-p");
    if (!template) throw new Error("template missing");
    const result = template.grade(7, { p: "0.99" });
    const base = { templateId: template.id, seed: 7, answers: { p: "0.99" }, result };
    await m.recordAttempt({ ...base, userId: "11111111-1111-4111-8111-111111111111", createUser: true });
    // A cookie of a learner whose row is gone (say, a reset database): the row comes back.
    await m.recordAttempt({ ...base, userId: "22222222-2222-4222-8222-222222222222" });
    for (const id of ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"]) {
      expect((await m.getProgress(id)).attempts).toBe(1);
    }
  });

  it("keeps each learner's attempts apart", async () => {
    const other = await m.db.user.create({ data: {} });
    expect((await m.getProgress(other.id)).attempts).toBe(0);
    expect((await m.getProgress(null)).attempts).toBe(0);
  });
});
