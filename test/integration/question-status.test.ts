// A learner's question statuses as the practice list and the question page read them: one grouped
// query over the learner's attempts (lib/study/question-status.ts). Attempts go through the one
// writer, so `firstTry` is set as in the app; the expected statuses are worked out by hand from the
// rows written here, and they must also be what the earlier fold over every attempt row gives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./account-harness";
import { right, template } from "./study-harness";

const database = createTestDatabase();

let m: {
  db: typeof import("@/lib/db").db;
  attempts: typeof import("@/lib/study/attempts");
  status: typeof import("@/lib/study/question-status");
  accuracy: typeof import("@/lib/study/topic-accuracy");
};

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    attempts: await import("@/lib/study/attempts"),
    status: await import("@/lib/study/question-status"),
    accuracy: await import("@/lib/study/topic-accuracy"),
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  database.cleanup();
});

const t0 = new Date("2026-03-02T09:00:00Z");
const at = (minute: number) => new Date(t0.getTime() + minute * 60_000);

/** A wrong answer to every part of a computation question (no right answer in the bank is 0.1234). */
function wrong(id: string, seed: number): Record<string, string> {
  return Object.fromEntries(Object.keys(right(id, seed)).map((part) => [part, "0.1234"]));
}

async function send(userId: string, id: string, seed: number, correct: boolean, minute: number, gaveUp = false) {
  const answers = correct ? right(id, seed) : wrong(id, seed);
  const result = template(id).grade(seed, answers);
  expect(result.score === 1).toBe(correct);
  await m.attempts.recordAttempt({ userId, templateId: id, seed, answers, result, gaveUp, idempotencyKey: null, now: at(minute) });
}

describe("a learner's question statuses", () => {
  it("are read in one grouped query with the honest rule: solved only by a variant right at its first try", async () => {
    const user = (await m.db.user.create({ data: {} })).id;
    const other = (await m.db.user.create({ data: {} })).id;
    // Wrong, then right on the same variant (a retry): attempted, the last check right.
    await send(user, "mle-bernoulli-p", 1, false, 1);
    await send(user, "mle-bernoulli-p", 1, true, 2);
    // Wrong on one variant, right at the first try of another, then a wrong retry of it: solved,
    // and the last check is the wrong retry.
    await send(user, "mle-poisson-rate", 3, false, 3);
    await send(user, "mle-poisson-rate", 4, true, 4);
    await send(user, "mle-poisson-rate", 4, false, 5);
    // Given up at once: attempted, not right.
    await send(user, "mle-exponential-rate", 5, false, 6, true);
    // Another learner solving a question changes nothing here.
    await send(other, "mle-normal", 6, true, 7);

    const statuses = await m.status.getQuestionStatuses(user);
    expect(Object.fromEntries(statuses)).toEqual({
      "mle-bernoulli-p": { state: "attempted", checks: 2, last: { correct: true, at: at(2) } },
      "mle-poisson-rate": { state: "solved", checks: 3, last: { correct: false, at: at(5) } },
      "mle-exponential-rate": { state: "attempted", checks: 1, last: { correct: false, at: at(6) } },
    });

    // The same as the fold over every row that the list read before.
    const rows = await m.db.attempt.findMany({
      where: { userId: user },
      select: { templateId: true, seed: true, correct: true, createdAt: true },
    });
    expect(statuses).toEqual(m.status.questionStatuses(rows));

    // Accuracy per topic (first tries only): Bernoulli 0 of 1, Poisson 1 of 2, exponential 0 of 1.
    const accuracy = await m.accuracy.getTopicAccuracy(user);
    const topics = new Set(["mle-bernoulli-p", "mle-poisson-rate", "mle-exponential-rate"].map((id) => template(id).topic));
    const tally = [...topics]
      .map((topic) => accuracy.get(topic))
      .reduce((sum, entry) => ({ attempts: sum.attempts + (entry?.attempts ?? 0), correct: sum.correct + (entry?.correct ?? 0) }), {
        attempts: 0,
        correct: 0,
      });
    expect(tally).toEqual({ attempts: 4, correct: 1 });
  });

  it("are empty for a guest without a row and for no learner", async () => {
    expect((await m.status.getQuestionStatuses(null)).size).toBe(0);
    expect((await m.status.getQuestionStatuses("55555555-5555-4555-8555-555555555555")).size).toBe(0);
  });
});
