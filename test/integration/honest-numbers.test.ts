// The one attempt writer on a migrated database of the test's own (SQLite, or PostgreSQL under
// `npm run test:postgres`): first tries, retries,
// give-ups and idempotency; accuracy after retries (a right answer re-sent six times counts once);
// FSRS ratings by the first try; and JSON columns of the wrong shape read without a crash.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, onPostgres } from "./account-harness";
import { right, sessionWith, template, wrongBernoulli } from "./study-harness";

const database = createTestDatabase();

type Modules = {
  db: typeof import("@/lib/db").db;
  attempts: typeof import("@/lib/study/attempts");
  accuracy: typeof import("@/lib/study/topic-accuracy");
  dashboard: typeof import("@/lib/study/dashboard");
  sessions: typeof import("@/lib/study/sessions");
  review: typeof import("@/lib/study/review");
  exporter: typeof import("@/lib/study/export");
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    attempts: await import("@/lib/study/attempts"),
    accuracy: await import("@/lib/study/topic-accuracy"),
    dashboard: await import("@/lib/study/dashboard"),
    sessions: await import("@/lib/study/sessions"),
    review: await import("@/lib/study/review"),
    exporter: await import("@/lib/study/export"),
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  database.cleanup();
});

const MINUTE = 60_000;
const t0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const bernoulli = () => template("mle-bernoulli-p");

async function newLearner(): Promise<string> {
  return (await m.db.user.create({ data: {} })).id;
}

/** One check of the Bernoulli question through the writer, as the question API sends it. */
function send(userId: string, seed: number, answers: { p: string }, key: string | null, gaveUp = false) {
  return m.attempts.recordAttempt({
    userId,
    templateId: "mle-bernoulli-p",
    seed,
    answers,
    result: bernoulli().grade(seed, answers),
    gaveUp,
    idempotencyKey: key,
  });
}

/** The learner's accuracy in the Bernoulli question's topic. */
async function topicAccuracy(userId: string) {
  return (await m.accuracy.getTopicAccuracy(userId)).get(bernoulli().topic) ?? { attempts: 0, correct: 0, accuracy: 0 };
}

describe("the attempt writer", () => {
  it("records a request once per idempotency key, and a reused key for another answer is a conflict", async () => {
    const user = await newLearner();
    const first = await send(user, 12, right("mle-bernoulli-p", 12) as { p: string }, "k1");
    expect(first).toMatchObject({ outcome: "recorded", counting: { counts: true, reason: "first-try", note: null } });
    expect(await send(user, 12, right("mle-bernoulli-p", 12) as { p: string }, "k1")).toMatchObject({ outcome: "duplicate" });
    // A retry that lost its cookie arrives as a new guest: recorded once, and no empty learner is left behind.
    const stranger = "33333333-3333-4333-8333-333333333333";
    expect(await send(stranger, 12, right("mle-bernoulli-p", 12) as { p: string }, "k1")).toMatchObject({ outcome: "duplicate" });
    expect(await m.db.user.findUnique({ where: { id: stranger } })).toBeNull();
    expect(await send(user, 12, { p: "0.1" }, "k1")).toMatchObject({ outcome: "conflict", counting: null });
    expect(await m.db.attempt.count({ where: { userId: user } })).toBe(1);
  });

  it("creates a new guest's row with its first attempt, and restores a row that is gone", async () => {
    const guest = "11111111-1111-4111-8111-111111111111";
    expect(await send(guest, 7, { p: "0.99" }, null)).toMatchObject({ outcome: "recorded" });
    expect(await m.db.user.findUnique({ where: { id: guest } })).not.toBeNull();
    expect(await m.db.attempt.count({ where: { userId: guest } })).toBe(1);
  });

  it("marks the first check of a variant as the first try and every later one as a retry", async () => {
    const user = await newLearner();
    const wrong = wrongBernoulli(20);
    expect((await send(user, 20, wrong, null)).counting).toMatchObject({ counts: true, reason: "first-try" });
    const retry = await send(user, 20, right("mle-bernoulli-p", 20) as { p: string }, null);
    expect(retry.counting).toMatchObject({ counts: false, reason: "retry" });
    expect(retry.counting?.note).toMatch(/first try .* counts/);
    // Another seed is another variant: a first try again.
    expect((await send(user, 21, wrongBernoulli(21), null)).counting).toMatchObject({ counts: true, reason: "first-try" });
    const rows = await m.db.attempt.findMany({
      where: { userId: user },
      orderBy: { createdAt: "asc" },
      select: { seed: true, firstTry: true, correct: true },
    });
    expect(rows).toEqual([
      { seed: 20, firstTry: true, correct: false },
      { seed: 20, firstTry: false, correct: true },
      { seed: 21, firstTry: true, correct: false },
    ]);
  });

  it("of two simultaneous first checks of a variant, exactly one is the first try", async () => {
    const user = await newLearner();
    const answers = right("mle-bernoulli-p", 30) as { p: string };
    const both = await Promise.all([send(user, 30, answers, "race-a"), send(user, 30, answers, "race-b")]);
    expect(both.map((written) => written.counting?.counts).sort()).toEqual([false, true]);
    expect(await m.db.attempt.count({ where: { userId: user, firstTry: true } })).toBe(1);
  });

  it("of many simultaneous checks of many variants, each variant has exactly one first try", async () => {
    // On PostgreSQL the checks run on separate connections at once (SQLite runs one write at a time).
    const user = await newLearner();
    const seeds = Array.from({ length: 12 }, (_, i) => 300 + i);
    const written = await Promise.all(
      seeds.flatMap((seed) => [0, 1, 2].map((copy) => send(user, seed, wrongBernoulli(seed), `many-${seed}-${copy}`))),
    );
    expect(written.filter((one) => one.counting?.counts === true)).toHaveLength(seeds.length);
    const firsts = await m.db.attempt.groupBy({ by: ["seed"], where: { userId: user, firstTry: true }, _count: { _all: true } });
    expect(firsts.map((row) => [row.seed, row._count._all]).sort()).toEqual(seeds.map((seed) => [seed, 1]));
  });

  it("a retried multi-part answer is the same request whatever order its parts come in", async () => {
    // PostgreSQL's jsonb stores object keys shortest first, so the stored answers read back in an
    // order the client did not send; the retry must still be a duplicate, not a conflict.
    const user = await newLearner();
    const normal = template("mle-normal");
    const check = (answers: Record<string, string>) =>
      m.attempts.recordAttempt({
        userId: user,
        templateId: normal.id,
        seed: 5,
        answers,
        result: normal.grade(5, answers),
        gaveUp: false,
        idempotencyKey: "parts-in-any-order",
      });
    expect((await check({ variance: "1", mean: "2" })).outcome).toBe("recorded");
    expect((await check({ variance: "1", mean: "2" })).outcome).toBe("duplicate");
    expect((await check({ mean: "2", variance: "1" })).outcome).toBe("duplicate");
    expect((await check({ mean: "2", variance: "3" })).outcome).toBe("conflict");
    expect(await m.db.attempt.count({ where: { userId: user } })).toBe(1);
  });

  it("records a give-up even when nothing was graded, as not correct", async () => {
    const user = await newLearner();
    const gaveUp = await send(user, 40, { p: "" }, "give-up-1", true);
    expect(gaveUp).toMatchObject({ outcome: "recorded", counting: { counts: true, reason: "gave-up" } });
    expect(await send(user, 40, { p: "" }, "give-up-1", true)).toMatchObject({ outcome: "duplicate" });
    const row = await m.db.attempt.findFirstOrThrow({ where: { userId: user } });
    expect(row).toMatchObject({ firstTry: true, gaveUp: true, correct: false, score: 0 });
    // The right answer typed after reading the solution is a retry.
    expect((await send(user, 40, right("mle-bernoulli-p", 40) as { p: string }, null)).counting).toMatchObject({ counts: false });
    expect(await topicAccuracy(user)).toEqual({ attempts: 1, correct: 0, accuracy: 0 });
  });

  it("a give-up sent with the right answer is still not correct", async () => {
    const user = await newLearner();
    await send(user, 41, right("mle-bernoulli-p", 41) as { p: string }, null, true);
    expect(await m.db.attempt.findFirstOrThrow({ where: { userId: user } })).toMatchObject({ score: 1, correct: false, gaveUp: true });
    expect(await topicAccuracy(user)).toEqual({ attempts: 1, correct: 0, accuracy: 0 });
  });

  it("a give-up after a right first try leaves the variant correct", async () => {
    const user = await newLearner();
    await send(user, 42, right("mle-bernoulli-p", 42) as { p: string }, null);
    const gaveUp = await send(user, 42, { p: "" }, null, true);
    expect(gaveUp.counting).toMatchObject({ counts: false, reason: "gave-up" });
    expect(await topicAccuracy(user)).toEqual({ attempts: 1, correct: 1, accuracy: 1 });
  });
});

describe("a guest merged into an account", () => {
  it("keeps one first try per variant: the earlier one", async () => {
    const { mergeGuestInto } = await import("@/lib/auth/guest-merge");
    const account = (await m.db.user.create({ data: { username: `merge_${Date.now()}` } })).id;
    const guest = await newLearner();
    const sendAt = (userId: string, answers: { p: string }, now: Date) =>
      m.attempts.recordAttempt({
        userId,
        templateId: "mle-bernoulli-p",
        seed: 80,
        answers,
        result: bernoulli().grade(80, answers),
        gaveUp: false,
        idempotencyKey: null,
        now,
      });
    await sendAt(account, right("mle-bernoulli-p", 80) as { p: string }, at(0));
    await sendAt(guest, wrongBernoulli(80), at(MINUTE));
    await mergeGuestInto(guest, account);
    const rows = await m.db.attempt.findMany({
      where: { userId: account },
      orderBy: { createdAt: "asc" },
      select: { correct: true, firstTry: true },
    });
    expect(rows).toEqual([
      { correct: true, firstTry: true },
      { correct: false, firstTry: false },
    ]);
    expect(await topicAccuracy(account)).toEqual({ attempts: 1, correct: 1, accuracy: 1 });
  });
});

describe("accuracy after retries", () => {
  it("a wrong first try, then the right answer sent six times, is 0 of 1, not 6 of 7", async () => {
    const user = await newLearner();
    await send(user, 50, wrongBernoulli(50), null);
    for (let i = 0; i < 6; i += 1) await send(user, 50, right("mle-bernoulli-p", 50) as { p: string }, `resend-${i}`);
    expect(await m.db.attempt.count({ where: { userId: user } })).toBe(7);
    expect(await topicAccuracy(user)).toEqual({ attempts: 1, correct: 0, accuracy: 0 });
    const view = await m.dashboard.getDashboard(user, at(MINUTE), "UTC");
    expect(view).toMatchObject({ attempts: 1, correct: 0, accuracy: 0 });
    expect(view.byTopic[0]).toEqual({ topic: bernoulli().topic, attempts: 1, correct: 0, accuracy: 0 });
  });

  it("a right answer sent six times counts once", async () => {
    const user = await newLearner();
    await send(user, 51, wrongBernoulli(51), null); // another variant, wrong
    for (let i = 0; i < 6; i += 1) await send(user, 52, right("mle-bernoulli-p", 52) as { p: string }, `six-${i}`);
    expect(await topicAccuracy(user)).toEqual({ attempts: 2, correct: 1, accuracy: 0.5 });
  });

  it("puts the weakest tried topic first, then the topics not tried", async () => {
    const user = await newLearner();
    await send(user, 60, right("mle-bernoulli-p", 60) as { p: string }, null);
    await m.attempts.recordAttempt({
      userId: user,
      templateId: "gmm-responsibility",
      seed: 61,
      answers: { r1: "0.999" },
      result: template("gmm-responsibility").grade(61, { r1: "0.999" }),
      gaveUp: false,
      idempotencyKey: null,
    });
    const view = await m.dashboard.getDashboard(user, t0, "UTC");
    expect(view.byTopic.slice(0, 2).map((row) => [row.topic, row.accuracy])).toEqual([
      [template("gmm-responsibility").topic, 0],
      [bernoulli().topic, 1],
    ]);
    expect(view.byTopic.slice(2).every((row) => row.attempts === 0 && row.accuracy === null)).toBe(true);
  });
});

describe("a streak day is a day of real effort", () => {
  it("three first tries in a day count, retries do not", async () => {
    const user = await newLearner();
    const day = new Date("2026-03-10T10:00:00Z");
    const sendAt = (seed: number, answers: { p: string }, now: Date) =>
      m.attempts.recordAttempt({
        userId: user,
        templateId: "mle-bernoulli-p",
        seed,
        answers,
        result: bernoulli().grade(seed, answers),
        gaveUp: false,
        idempotencyKey: null,
        now,
      });
    // The 9th: one question re-sent five times — not a day of effort.
    for (let i = 0; i < 5; i += 1) await sendAt(70, wrongBernoulli(70), new Date("2026-03-09T10:00:00Z"));
    // The 10th: three different questions.
    for (const seed of [71, 72, 73]) await sendAt(seed, wrongBernoulli(seed), day);
    const view = await m.dashboard.getDashboard(user, new Date("2026-03-10T20:00:00Z"), "UTC");
    expect(view.streak).toEqual({ current: 1, longest: 1, studiedToday: true });
  });
});

describe("FSRS ratings by the first try", () => {
  it("in a session: a wrong first answer is Again, and a right retry neither counts nor re-rates", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    const check = (answers: { p: string }, now: Date, gaveUp = false) =>
      m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 0,
        answers,
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 1_000,
        gaveUp,
        now,
      });
    expect(await check(wrongBernoulli(100), t0)).toMatchObject({
      rating: 1,
      linked: true,
      counting: { counts: true, reason: "first-try" },
    });
    const retry = await check(right("mle-bernoulli-p", 100) as { p: string }, at(10 * MINUTE));
    expect(retry).toMatchObject({ rating: null, linked: false, counting: { counts: false, reason: "retry" } });
    expect(retry.kind === "graded" && retry.result.score).toBe(1);
    expect((await m.db.reviewCard.findFirstOrThrow({ where: { userId: user } })).reps).toBe(1);
    const summary = m.sessions.summarizeSession((await m.sessions.getStudySession(user, id, at(11 * MINUTE)))!);
    expect(summary).toMatchObject({ answered: 1, correct: 0 });
  });

  it("in a session: giving up first is Again, and the summary says so", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    const gaveUp = await m.sessions.checkSessionItem({
      userId: user,
      sessionId: id,
      position: 0,
      answers: { p: "" },
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 1_000,
      gaveUp: true,
      now: t0,
    });
    expect(gaveUp).toMatchObject({ rating: 1, linked: true, counting: { counts: true, reason: "gave-up" } });
    await m.sessions.finishStudySession(user, id, at(MINUTE));
    const summary = m.sessions.summarizeSession((await m.sessions.getStudySession(user, id, at(MINUTE)))!);
    expect(summary.items[0]).toMatchObject({ status: "gave-up" });
    expect(summary.mistakes).toHaveLength(1);
  });

  it("in the review queue: only a due card's first try rates it; a retry of the variant does not", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    await m.sessions.checkSessionItem({
      userId: user,
      sessionId: id,
      position: 0,
      answers: wrongBernoulli(100),
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 1_000,
      now: t0,
    });
    const review = (seed: number, answers: { p: string }, now: Date, gaveUp = false) =>
      m.review.checkReview({
        learner: { id: user, isNew: false },
        template: bernoulli(),
        seed,
        answers,
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 200_000,
        gaveUp,
        now,
      });
    // Due after a minute (Again). A wrong first try of a fresh variant: Again.
    expect(await review(555, wrongBernoulli(555), at(2 * MINUTE))).toMatchObject({ rating: 1, counting: { counts: true } });
    // Due again a minute later; the same variant answered right now is a retry: no rating.
    expect(await review(555, right("mle-bernoulli-p", 555) as { p: string }, at(20 * MINUTE))).toMatchObject({
      rating: null,
      counting: { counts: false },
    });
    // A give-up on a fresh variant of the due card: Again.
    expect(await review(556, { p: "" }, at(21 * MINUTE), true)).toMatchObject({ rating: 1, counting: { reason: "gave-up" } });
  });
});

describe("an explain question (self-assessed)", () => {
  const id = "explain-probability-vs-likelihood";
  const text = { answer: "The same function, read with the data fixed." };
  const twoOfFour = { answer: ["same-function", "likelihood-fixed-data", "mle-link"] };
  const everyPoint = { answer: ["same-function", "probability-fixed-theta", "likelihood-fixed-data", "not-a-density"] };

  it("in a session: the text alone records nothing and brings the rubric; the ticks record a self-assessed score that rates the card", async () => {
    const user = await newLearner();
    const sessionId = await sessionWith(user, "practice", [id], t0);
    const check = (assessment: unknown, now: Date) =>
      m.sessions.checkSessionItem({
        userId: user,
        sessionId,
        position: 0,
        answers: text,
        assessment,
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 90_000,
        now,
      });

    const compare = await check(undefined, at(MINUTE));
    if (compare.kind !== "graded") throw new Error(compare.kind);
    expect(compare.outcome).toBeNull();
    expect(compare.result.parts[0]).toMatchObject({ status: "unanswered" });
    expect(compare.result.parts[0]?.rubric).toHaveLength(5);
    expect(compare.result.parts[0]?.modelAnswer).toBeTruthy();
    expect(await m.db.attempt.count({ where: { userId: user } })).toBe(0);

    const assessed = await check(twoOfFour, at(2 * MINUTE));
    if (assessed.kind !== "graded") throw new Error(assessed.kind);
    expect(assessed).toMatchObject({ outcome: "recorded", linked: true, rating: 1 });
    expect(assessed.result.parts[0]).toMatchObject({ status: "incorrect", selfAssessed: true, score: 0.5 });
    const attempt = await m.db.attempt.findFirstOrThrow({ where: { userId: user } });
    expect(attempt).toMatchObject({ score: 0.5, correct: false, answers: text });
    expect(attempt.parts).toEqual([{ id: "answer", status: "incorrect", selfAssessed: true, score: 0.5, covered: twoOfFour.answer }]);
    const card = await m.db.reviewCard.findUniqueOrThrow({ where: { userId_templateId: { userId: user, templateId: id } } });
    expect(card.lapses + card.reps).toBeGreaterThan(0);

    // A tick that is not a point of the rubric is refused, and a part that is not the question's too.
    const unknown = await check({ answer: ["made-up"] }, at(3 * MINUTE));
    expect(unknown.kind === "graded" && unknown.result.parts[0]?.status).toBe("invalid");
    expect(await check({ other: ["same-function"] }, at(3 * MINUTE))).toMatchObject({ kind: "invalid" });
  });

  it("in a review: every essential point ticked, without hints, rates the due card Good", async () => {
    const user = await newLearner();
    await m.attempts.recordAttempt({
      userId: user,
      templateId: id,
      seed: 1,
      answers: text,
      assessment: twoOfFour,
      result: template(id).grade(1, text, twoOfFour),
      gaveUp: false,
      idempotencyKey: null,
      now: t0,
      schedule: { when: "when-due", kind: "explain" },
    });
    await m.db.reviewCard.create({
      data: {
        userId: user,
        templateId: id,
        due: t0,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
        lastReview: t0,
      },
    });
    const reviewed = await m.review.checkReview({
      learner: { id: user, isNew: false },
      template: template(id),
      seed: 2,
      answers: text,
      assessment: everyPoint,
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 400_000,
      now: at(10 * MINUTE),
    });
    expect(reviewed).toMatchObject({ kind: "graded", rating: 3, result: { score: 1 } });
  });
});

describe("JSON columns are validated on read", () => {
  it("a value of the wrong shape is skipped: the summary, dashboard and export still work", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p", "mle-normal"], t0);
    await m.sessions.checkSessionItem({
      userId: user,
      sessionId: id,
      position: 0,
      answers: wrongBernoulli(100),
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 1_000,
      now: t0,
    });
    // Valid JSON, wrong shapes, written behind the app's back.
    await m.db.$executeRaw`UPDATE "Attempt" SET "parts" = '{"not":"a list"}', "answers" = '[1,2]' WHERE "userId" = ${user}`;
    await m.db.$executeRaw`UPDATE "StudySession" SET "topics" = '"likelihood"' WHERE "id" = ${id}`;
    await m.db.$executeRaw`UPDATE "SessionItem" SET "draft" = '42' WHERE "sessionId" = ${id} AND "position" = 1`;
    const session = await m.sessions.getStudySession(user, id, t0);
    expect(session?.topics).toEqual([]);
    expect(session?.items[0]?.attempt).toMatchObject({ answers: {}, parts: [] });
    expect(session?.items[1]?.draft).toBeNull();
    expect(m.sessions.summarizeSession(session!).mistakes[0]).toMatchObject({ status: "incorrect", mistakes: [] });
    expect((await m.dashboard.getDashboard(user, t0, "UTC")).attempts).toBe(1);
    expect((await m.exporter.exportLearnerData(user)).attempts[0]).toMatchObject({ answers: {}, parts: [] });
    expect(await m.sessions.finishStudySession(user, id, at(MINUTE))).toBe("finished");
  });

  // SQLite's JSON columns are text, so a hand-edited file can hold anything; PostgreSQL's are jsonb.
  it.skipIf(onPostgres)("text that is not JSON is kept as a JSON string and skipped, not a page that never loads", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    await m.sessions.checkSessionItem({
      userId: user,
      sessionId: id,
      position: 0,
      answers: wrongBernoulli(100),
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 1_000,
      now: t0,
    });
    await m.db.$executeRaw`UPDATE "Attempt" SET "parts" = 'not json{' WHERE "userId" = ${user}`;
    await m.db.$executeRaw`UPDATE "StudySession" SET "topics" = '[unquoted' WHERE "id" = ${id}`;
    const session = await m.sessions.getStudySession(user, id, t0);
    expect(session?.topics).toEqual([]);
    expect(session?.items[0]?.attempt).toMatchObject({ answers: wrongBernoulli(100), parts: [] });
    // Kept, not lost: the text is there, as a JSON string.
    const raw = await m.db.$queryRaw<{ parts: string }[]>`SELECT CAST("parts" AS TEXT) AS "parts" FROM "Attempt" WHERE "userId" = ${user}`;
    expect(raw).toEqual([{ parts: '"not json{"' }]);
    expect((await m.dashboard.getDashboard(user, t0, "UTC")).attempts).toBe(1);
  });

  it.runIf(onPostgres)("on PostgreSQL, text that is not JSON cannot be stored at all (nothing to repair)", async () => {
    const user = await newLearner();
    await m.attempts.recordAttempt({
      userId: user,
      templateId: "mle-bernoulli-p",
      seed: 7,
      answers: wrongBernoulli(7),
      result: template("mle-bernoulli-p").grade(7, wrongBernoulli(7)),
      gaveUp: false,
      idempotencyKey: null,
    });
    await expect(m.db.$executeRaw`UPDATE "Attempt" SET "parts" = 'not json{' WHERE "userId" = ${user}`).rejects.toThrow(
      /invalid input syntax for type json/,
    );
    expect((await m.dashboard.getDashboard(user, t0, "UTC")).attempts).toBe(1);
  });
});

describe("a session summary shows the learner's answer beside the truth", () => {
  it("with the named mistake on the part that made it", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-normal", "mle-bernoulli-p"], t0);
    // The variance divided by n − 1, computed here from the served data.
    const sample = template("mle-normal").generate(100).data.sample as number[];
    const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
    const squares = sample.reduce((sum, x) => sum + (x - mean) ** 2, 0);
    const typed = { mean: String(mean), variance: (squares / (sample.length - 1)).toFixed(4) };
    await m.sessions.checkSessionItem({
      userId: user,
      sessionId: id,
      position: 0,
      answers: typed,
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 1_000,
      now: t0,
    });
    await m.sessions.finishStudySession(user, id, at(MINUTE));
    const summary = m.sessions.summarizeSession((await m.sessions.getStudySession(user, id, at(MINUTE)))!);
    expect(summary.mistakes.map((item) => item.status)).toEqual(["incorrect", "unanswered"]);
    const [meanPart, variancePart] = summary.mistakes[0]!.parts;
    expect(meanPart).toMatchObject({ status: "correct", mistake: null, answer: { kind: "text", text: typed.mean } });
    expect(variancePart).toEqual({
      id: "variance",
      status: "incorrect",
      mistake: "n-minus-1",
      answer: { kind: "text", text: typed.variance },
      truth: { kind: "text", text: String(Number((squares / sample.length).toPrecision(4))) },
    });
    // The unanswered question still shows its truth.
    expect(summary.mistakes[1]!.parts[0]).toMatchObject({ status: "unanswered", answer: { kind: "none" }, truth: { kind: "text" } });
  });
});
