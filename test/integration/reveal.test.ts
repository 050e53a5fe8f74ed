// Try, then learn, where it is stored: giving up in a study session or a review answers the question
// as not correct (rated Again), even with the right value typed or nothing typed, and sends the
// answers and the solution; a wrong check sends neither; a mock interview refuses to give up.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "./account-harness";
import { right, sessionWith, template, wrongBernoulli } from "./study-harness";

vi.mock("next/headers", () => import("./account-harness").then((harness) => harness.nextHeaders));

const database = createTestDatabase();

type Modules = {
  db: typeof import("@/lib/db").db;
  sessions: typeof import("@/lib/study/sessions");
  review: typeof import("@/lib/study/review");
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    sessions: await import("@/lib/study/sessions"),
    review: await import("@/lib/study/review"),
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  database.cleanup();
});

const t0 = new Date("2026-03-02T09:00:00Z");
const newLearner = async () => (await m.db.user.create({ data: {} })).id;

describe("giving up in a study session", () => {
  it("records the question as answered, not correct, rated Again, and sends the answers and the solution", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p", "mle-normal"], t0);
    const base = { userId: user, sessionId: id, hintsUsed: 0, durationMs: 5_000, now: t0 };

    // A wrong check first: its message, but neither the answer nor the solution.
    const wrong = await m.sessions.checkSessionItem({ ...base, position: 0, answers: wrongBernoulli(100), idempotencyKey: "session-w" });
    if (wrong.kind !== "graded") throw new Error(wrong.kind);
    expect(wrong.result.solution).toBeNull();
    expect(Object.keys(wrong.result.parts[0] ?? {})).not.toContain("expected");

    // Question 2 given up with nothing typed: recorded and linked, not correct, Again.
    const givenUp = await m.sessions.checkSessionItem({ ...base, position: 1, answers: {}, idempotencyKey: "session-g", gaveUp: true });
    if (givenUp.kind !== "graded") throw new Error(givenUp.kind);
    expect(givenUp).toMatchObject({ outcome: "recorded", linked: true, rating: 1 });
    expect(typeof givenUp.result.solution).toBe("string");
    const truths = right("mle-normal", 101);
    for (const part of givenUp.result.parts) expect(part.expected).toBeCloseTo(Number(truths[part.id]), 9);

    const attempt = await m.db.attempt.findFirstOrThrow({ where: { userId: user, templateId: "mle-normal" } });
    expect(attempt).toMatchObject({ correct: false, rating: 1 });
    const summary = m.sessions.summarizeSession((await m.sessions.getStudySession(user, id, t0))!);
    expect(summary).toMatchObject({ answered: 2, correct: 0 });
  });

  it("counts a give-up as not correct even when the typed answers were right", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    const check = await m.sessions.checkSessionItem({
      userId: user,
      sessionId: id,
      position: 0,
      answers: right("mle-bernoulli-p", 100),
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 5_000,
      now: t0,
      gaveUp: true,
    });
    expect(check).toMatchObject({ kind: "graded", linked: true, rating: 1 });
    expect(await m.db.attempt.findFirstOrThrow({ where: { userId: user } })).toMatchObject({ score: 1, correct: false });
  });

  it("is refused in a mock interview, which keeps its solutions for the review", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "mock", ["mle-bernoulli-p"], t0);
    const check = await m.sessions.checkSessionItem({
      userId: user,
      sessionId: id,
      position: 0,
      answers: {},
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 5_000,
      now: t0,
      gaveUp: true,
    });
    expect(check.kind).toBe("closed");
    expect(await m.db.attempt.count({ where: { userId: user } })).toBe(0);
  });
});

describe("giving up in a review", () => {
  it("rates a due card Again and sends the solution; a wrong answer sends no solution", async () => {
    const user = await newLearner();
    await m.db.reviewCard.create({
      data: {
        userId: user,
        templateId: "mle-bernoulli-p",
        due: t0,
        stability: 3,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 3,
        learningSteps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
        lastReview: new Date(t0.getTime() - 3 * 86_400_000),
      },
    });
    const input = {
      learner: { id: user, isNew: false },
      template: template("mle-bernoulli-p"),
      seed: 7,
      hintsUsed: 0,
      durationMs: 5_000,
      now: t0,
    };
    const wrong = await m.review.checkReview({
      ...input,
      answers: wrongBernoulli(7),
      idempotencyKey: "review-w",
      now: new Date(t0.getTime() - 1),
    });
    if (wrong.kind !== "graded") throw new Error(wrong.kind);
    expect(wrong.result.solution).toBeNull();

    // Only a variant's first try rates its card (lib/study/attempts.ts): give up on a fresh variant.
    const givenUp = await m.review.checkReview({ ...input, seed: 8, answers: {}, idempotencyKey: "review-g", gaveUp: true });
    if (givenUp.kind !== "graded") throw new Error(givenUp.kind);
    expect(givenUp.rating).toBe(1);
    expect(typeof givenUp.result.solution).toBe("string");
    expect(givenUp.result.parts[0]?.expected).toBeCloseTo(Number(right("mle-bernoulli-p", 8).p), 12);
  });
});
