// Study sessions, mock interviews and reviews on a migrated SQLite file of the test's own: starting,
// resuming from drafts, checking (attempt + session item + review card in one transaction, a
// retried key recorded once), a mock's time-out that grades every typed answer, the review queue,
// and that one learner can never read or change another's session.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { as, Browser, createTestDatabase } from "./account-harness";
import { right, sessionWith, template, wrongBernoulli } from "./study-harness";

vi.mock("next/headers", () => import("./account-harness").then((harness) => harness.nextHeaders));

const database = createTestDatabase();

type Modules = {
  db: typeof import("@/lib/db").db;
  sessions: typeof import("@/lib/study/sessions");
  review: typeof import("@/lib/study/review");
  questions: typeof import("@/lib/questions");
  actions: typeof import("@/lib/actions/study");
  draftRoute: typeof import("@/app/study/[id]/draft/route");
  learner: typeof import("@/lib/learner");
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    sessions: await import("@/lib/study/sessions"),
    review: await import("@/lib/study/review"),
    questions: await import("@/lib/questions"),
    actions: await import("@/lib/actions/study"),
    draftRoute: await import("@/app/study/[id]/draft/route"),
    learner: await import("@/lib/learner"),
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  database.cleanup();
});

const MINUTE = 60_000;
const DAY = 86_400_000;
const t0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

/** The normal MLE with the variance divided by n − 1 (the classic slip), computed from the data. */
function normalWithNMinus1(seed: number): { mean: string; variance: string } {
  const sample = template("mle-normal").generate(seed).data.sample as number[];
  const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
  const squares = sample.reduce((sum, x) => sum + (x - mean) ** 2, 0);
  return { mean: String(mean), variance: String(squares / (sample.length - 1)) };
}

async function newLearner(): Promise<string> {
  return (await m.db.user.create({ data: {} })).id;
}

describe("starting a session", () => {
  it("plans distinct questions of the chosen topics and difficulty, and creates a new guest's row", async () => {
    const guest = "44444444-4444-4444-8444-444444444444";
    const started = await m.sessions.startStudySession(
      { id: guest, isNew: true },
      { mode: "practice", topics: ["em-mechanics", "likelihood"], difficulty: "medium", length: 10 },
      t0,
    );
    if (!started.ok) throw new Error(started.error);
    const session = await m.sessions.getStudySession(guest, started.id, t0);
    expect(session?.items).toHaveLength(10);
    const ids = session?.items.map((item) => item.templateId) ?? [];
    expect(new Set(ids).size).toBe(10);
    for (const id of ids) {
      expect(["em-mechanics", "likelihood"]).toContain(template(id).topic);
      expect(template(id).difficulty).toBe("medium");
    }
    expect(session?.mode).toBe("practice");
    expect(session?.deadlineAt).toBeNull();
  });

  it("gives a mock interview its deadline and mixes the topics", async () => {
    const user = await newLearner();
    const started = await m.sessions.startStudySession(
      { id: user, isNew: false },
      { mode: "mock", difficulty: "any", length: 8, minutes: 20 },
      t0,
    );
    if (!started.ok) throw new Error(started.error);
    const session = await m.sessions.getStudySession(user, started.id, t0);
    expect(session?.deadlineAt).toEqual(at(20 * MINUTE));
    expect(session?.timeLimitSeconds).toBe(1200);
    expect(new Set(session?.items.map((item) => item.topic)).size).toBe(8);
  });

  it("says so when no question matches", async () => {
    const user = await newLearner();
    const started = await m.sessions.startStudySession(
      { id: user, isNew: false },
      { mode: "practice", topics: ["why-labels-matter"], difficulty: "hard", length: 20 },
      t0,
    );
    // Only the hard concept questions of that topic: a short session, never a repeated question.
    if (!started.ok) throw new Error(started.error);
    const session = await m.sessions.getStudySession(user, started.id, t0);
    const available = m.questions.TEMPLATES.filter((t) => t.topic === "why-labels-matter" && t.difficulty === "hard").length;
    expect(session?.items).toHaveLength(available);
  });
});

describe("checking a question of a study session", () => {
  it("writes the attempt, links it to the question and schedules the card, once per key", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p", "mle-normal"], t0);
    const answers = right("mle-bernoulli-p", 100);
    const check = (key: string, now: Date) =>
      m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 0,
        answers,
        idempotencyKey: key,
        hintsUsed: 0,
        durationMs: 200_000,
        now,
      });

    const first = await check("key-1", at(MINUTE));
    expect(first).toMatchObject({ kind: "graded", outcome: "recorded", rating: 3, linked: true });
    // The same request again (a retry): recorded once, the card not moved twice.
    expect(await check("key-1", at(2 * MINUTE))).toMatchObject({ kind: "graded", outcome: "duplicate", rating: null, linked: false });

    const attempts = await m.db.attempt.findMany({ where: { userId: user } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ sessionId: id, hintsUsed: 0, durationMs: 200_000, rating: 3, correct: true });
    const item = await m.db.sessionItem.findFirstOrThrow({ where: { sessionId: id, position: 0 } });
    expect(item.attemptId).toBe(attempts[0]?.id);
    const card = await m.db.reviewCard.findUniqueOrThrow({ where: { userId_templateId: { userId: user, templateId: "mle-bernoulli-p" } } });
    // Good on a new card: the second learning step, 10 minutes (ts-fsrs's default steps 1 min, 10 min).
    expect(card.reps).toBe(1);
    expect(card.due).toEqual(at(MINUTE + 10 * MINUTE));
  });

  it("rates wrong as Again, right after a hint as Hard, right and fast as Easy", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p", "mle-normal", "mle-poisson-rate"], t0);
    const check = (position: number, answers: Record<string, string | string[]>, hintsUsed: number, durationMs: number) =>
      m.sessions.checkSessionItem({ userId: user, sessionId: id, position, answers, idempotencyKey: null, hintsUsed, durationMs, now: t0 });

    expect(await check(0, wrongBernoulli(100), 0, 5_000)).toMatchObject({ rating: 1 });
    expect(await check(1, right("mle-normal", 101), 2, 5_000)).toMatchObject({ rating: 2 });
    expect(await check(2, right("mle-poisson-rate", 102), 0, 30_000)).toMatchObject({ rating: 4 });

    const cards = new Map(
      (await m.db.reviewCard.findMany({ where: { userId: user } })).map((card) => [card.templateId, card.due.getTime() - t0.getTime()]),
    );
    expect(cards.get("mle-bernoulli-p")).toBe(MINUTE); // Again: 1 min
    expect(cards.get("mle-normal")).toBe(6 * MINUTE); // Hard on a new card: 6 min
    expect(cards.get("mle-poisson-rate")).toBe(8 * DAY); // Easy: round(w3 = 8.2956) days
  });

  it("counts only the first graded answer of a question; a later one is a plain attempt", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    const base = { userId: user, sessionId: id, position: 0, hintsUsed: 0, durationMs: 500_000, now: t0 };
    // Not graded (an empty answer): nothing recorded, the question still open.
    expect(await m.sessions.checkSessionItem({ ...base, answers: { p: "" }, idempotencyKey: "a" })).toMatchObject({
      outcome: null,
      linked: false,
    });
    expect(await m.sessions.checkSessionItem({ ...base, answers: wrongBernoulli(100), idempotencyKey: "b" })).toMatchObject({
      linked: true,
      rating: 1,
    });
    expect(await m.sessions.checkSessionItem({ ...base, answers: right("mle-bernoulli-p", 100), idempotencyKey: "c" })).toMatchObject({
      outcome: "recorded",
      linked: false,
      rating: null,
    });
    const card = await m.db.reviewCard.findFirstOrThrow({ where: { userId: user } });
    expect(card.reps).toBe(1);
    expect(await m.db.attempt.count({ where: { userId: user, sessionId: id } })).toBe(2);
    const summary = m.sessions.summarizeSession((await m.sessions.getStudySession(user, id, t0))!);
    expect(summary).toMatchObject({ total: 1, answered: 1, correct: 0 });
  });

  it("records a retry of an answered question as a retry: its draft saved, the answer and the card untouched, once per key", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    const check = (key: string, answers: Record<string, string | string[]>, hintsUsed = 0) =>
      m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 0,
        answers,
        idempotencyKey: key,
        hintsUsed,
        durationMs: 1,
        now: t0,
      });
    const first = await check("first", wrongBernoulli(100));
    expect(first).toMatchObject({ outcome: "recorded", linked: true, rating: 1 });
    const answer = (await m.db.sessionItem.findFirstOrThrow({ where: { sessionId: id } })).attemptId;

    const retry = await check("retry", right("mle-bernoulli-p", 100), 2);
    expect(retry).toMatchObject({
      kind: "graded",
      outcome: "recorded",
      linked: false,
      rating: null,
      counting: { counts: false, reason: "retry" },
    });
    const item = await m.db.sessionItem.findFirstOrThrow({ where: { sessionId: id } });
    expect(item).toMatchObject({ attemptId: answer, draft: right("mle-bernoulli-p", 100), hintsUsed: 2 });
    expect(await m.db.attempt.findFirstOrThrow({ where: { userId: user, idempotencyKey: "retry" } })).toMatchObject({
      sessionId: id,
      correct: true,
      firstTry: false,
      hintsUsed: 2,
      rating: null,
    });
    expect((await m.db.reviewCard.findFirstOrThrow({ where: { userId: user } })).reps).toBe(1);

    // The same request again is recorded once; the key with other answers is refused.
    expect(await check("retry", right("mle-bernoulli-p", 100), 2)).toMatchObject({ outcome: "duplicate", linked: false });
    expect(await check("retry", wrongBernoulli(100))).toMatchObject({ outcome: "conflict", counting: null });
    expect(await m.db.attempt.count({ where: { userId: user } })).toBe(2);

    // Finished: a retry is refused and writes nothing, the draft included.
    expect(await m.sessions.finishStudySession(user, id, at(MINUTE))).toBe("finished");
    expect(await check("late", { p: "0.5" })).toEqual({ kind: "closed", message: expect.stringContaining("finished") });
    expect(await m.db.attempt.count({ where: { userId: user } })).toBe(2);
    expect((await m.db.sessionItem.findFirstOrThrow({ where: { sessionId: id } })).draft).not.toEqual({ p: "0.5" });
  });

  it("a retry racing the finish is either recorded or refused with nothing written", async () => {
    for (let round = 0; round < 5; round++) {
      const user = await newLearner();
      const id = await sessionWith(user, "practice", ["mle-bernoulli-p", "mle-bernoulli-p"], t0);
      const check = (key: string) =>
        m.sessions.checkSessionItem({
          userId: user,
          sessionId: id,
          position: 0,
          answers: wrongBernoulli(100),
          idempotencyKey: key,
          hintsUsed: 0,
          durationMs: 1,
          now: t0,
        });
      await check("first");
      const [retry, finished] = await Promise.all([check("retry"), m.sessions.finishStudySession(user, id, at(MINUTE))]);
      expect(finished).toBe("finished");
      const recorded = await m.db.attempt.count({ where: { userId: user, idempotencyKey: "retry" } });
      expect(retry.kind === "graded" ? 1 : 0).toBe(recorded);
      if (retry.kind !== "graded") expect(retry).toEqual({ kind: "closed", message: expect.stringContaining("finished") });
    }
  });

  it("links one of two simultaneous first answers, and schedules the card once", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    const check = (key: string) =>
      m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 0,
        answers: right("mle-bernoulli-p", 100),
        idempotencyKey: key,
        hintsUsed: 0,
        durationMs: 1,
        now: t0,
      });
    const results = await Promise.all([check("x"), check("y")]);
    expect(results.filter((result) => result.kind === "graded" && result.linked)).toHaveLength(1);
    expect((await m.db.reviewCard.findFirstOrThrow({ where: { userId: user } })).reps).toBe(1);
  });

  it("writes nothing when the card cannot be written: attempt, question and card go together", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p"], t0);
    await m.db.$executeRawUnsafe('ALTER TABLE "ReviewCard" RENAME TO "ReviewCardAway"');
    try {
      await expect(
        m.sessions.checkSessionItem({
          userId: user,
          sessionId: id,
          position: 0,
          answers: right("mle-bernoulli-p", 100),
          idempotencyKey: "k",
          hintsUsed: 0,
          durationMs: 1,
          now: t0,
        }),
      ).rejects.toThrow();
    } finally {
      await m.db.$executeRawUnsafe('ALTER TABLE "ReviewCardAway" RENAME TO "ReviewCard"');
    }
    expect(await m.db.attempt.count({ where: { userId: user } })).toBe(0);
    expect((await m.db.sessionItem.findFirstOrThrow({ where: { sessionId: id } })).attemptId).toBeNull();
    // Once the table is back, the same request is recorded normally.
    expect(
      await m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 0,
        answers: right("mle-bernoulli-p", 100),
        idempotencyKey: "k",
        hintsUsed: 0,
        durationMs: 1,
        now: t0,
      }),
    ).toMatchObject({ outcome: "recorded", linked: true });
  });
});

describe("resuming and finishing", () => {
  it("keeps typed answers and opened hints as a draft, and grades them at the finish", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p", "mle-normal", "mle-poisson-rate"], t0);
    expect(await m.sessions.saveDraft(user, id, 1, normalWithNMinus1(101), 1, at(MINUTE))).toBe("saved");
    expect(await m.sessions.saveDraft(user, id, 1, normalWithNMinus1(101), 0, at(MINUTE))).toBe("saved"); // hints never go down
    expect(await m.sessions.saveDraft(user, id, 2, { lambda: "" }, 0, at(MINUTE))).toBe("saved");
    // Answers that do not fit the question are refused.
    expect(await m.sessions.saveDraft(user, id, 1, { nonsense: "1" }, 0, at(MINUTE))).toBe("invalid");

    // "Closing the browser": a new read shows the draft.
    const resumed = await m.sessions.getStudySession(user, id, at(DAY));
    expect(resumed?.items[1]?.draft).toEqual(normalWithNMinus1(101));
    expect(resumed?.items[1]?.hintsUsed).toBe(1);

    expect(await m.sessions.finishStudySession(user, id, at(DAY))).toBe("finished");
    expect(await m.sessions.finishStudySession(user, id, at(DAY))).toBe("already-finished");
    const finished = await m.sessions.getStudySession(user, id, at(DAY));
    expect(finished?.completedAt).toEqual(at(DAY));
    // The typed n − 1 answer was graded: the mean right, the variance wrong with its mistake named.
    expect(finished?.items[1]?.attempt).toMatchObject({ score: 0.5, correct: false, rating: 1 });
    expect(finished?.items[1]?.attempt?.parts).toEqual([
      { id: "mean", status: "correct" },
      { id: "variance", status: "incorrect", mistake: "n-minus-1" },
    ]);
    // An empty draft is not an answer.
    expect(finished?.items[2]?.attempt).toBeNull();

    const summary = m.sessions.summarizeSession(finished!);
    expect(summary).toMatchObject({ total: 3, answered: 1, correct: 0, score: 0.5 / 3, timedOut: false });
    expect(summary.mistakes.map((mistake) => [mistake.position, mistake.status, mistake.mistakes])).toEqual([
      [0, "unanswered", []],
      [1, "incorrect", ["n-minus-1"]],
      [2, "unanswered", []],
    ]);
    expect(summary.byTopic).toEqual([{ topic: "mle-closed-form", total: 3, correct: 0 }]);

    // A finished session takes no more answers.
    expect(await m.sessions.saveDraft(user, id, 0, { p: "0.5" }, 0, at(DAY))).toBe("closed");
    expect(
      await m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 0,
        answers: { p: "0.5" },
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 1,
        now: at(DAY),
      }),
    ).toMatchObject({ kind: "closed" });
  });
});

describe("a mock interview", () => {
  it("grades every typed answer when the time runs out, even with nobody on the page", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "mock", ["mle-bernoulli-p", "mle-normal", "mle-poisson-rate"], t0);
    const deadline = at(20 * MINUTE);
    await m.sessions.saveDraft(user, id, 0, right("mle-bernoulli-p", 100), 0, at(MINUTE));
    await m.sessions.saveDraft(user, id, 1, normalWithNMinus1(101), 0, at(19 * MINUTE));
    // Within the grace period after the deadline a draft still counts (it was on its way)...
    expect(await m.sessions.saveDraft(user, id, 2, right("mle-poisson-rate", 102), 0, at(20 * MINUTE + 5_000))).toBe("saved");
    // ...after it, nothing changes any more.
    expect(await m.sessions.saveDraft(user, id, 2, { lambda: "400" }, 0, at(20 * MINUTE + 11_000))).toBe("closed");

    // The learner comes back an hour later: the session was over at its deadline.
    const later = at(80 * MINUTE);
    // Home's read of the sessions to resume finishes it first: nothing to resume.
    expect(await m.sessions.openStudySessions(user, later)).toEqual([]);
    expect(await m.sessions.listStudySessions(user, later)).toMatchObject({ open: [], recent: [{ id, answered: 3 }] });
    const session = await m.sessions.getStudySession(user, id, later);
    expect(session?.completedAt).toEqual(deadline);
    expect(session?.items.map((item) => item.attempt?.correct)).toEqual([true, false, true]);
    const attempts = await m.db.attempt.findMany({ where: { sessionId: id }, orderBy: { createdAt: "asc" } });
    expect(attempts.every((attempt) => attempt.createdAt.getTime() === deadline.getTime() && attempt.durationMs === null)).toBe(true);

    const summary = m.sessions.summarizeSession(session!);
    expect(summary.timedOut).toBe(true);
    expect(summary.timeMs).toBe(20 * MINUTE);
    expect(summary.timeLimitMs).toBe(20 * MINUTE);
    expect(
      await m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 2,
        answers: { lambda: "5" },
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 1,
        now: later,
      }),
    ).toMatchObject({ kind: "closed", message: expect.stringContaining("finished") });
  });

  it("stops checks after the deadline, and lets each question be checked only once", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "mock", ["mle-bernoulli-p", "mle-normal"], t0);
    const check = (position: number, answers: Record<string, string | string[]>, now: Date) =>
      m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position,
        answers,
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 1,
        now,
      });
    expect(await check(0, wrongBernoulli(100), at(MINUTE))).toMatchObject({ kind: "graded", mode: "mock", linked: true });
    expect(await check(0, right("mle-bernoulli-p", 100), at(2 * MINUTE))).toMatchObject({
      kind: "closed",
      message: expect.stringContaining("first checked answer counts"),
    });
    // A draft cannot replace the checked answer either.
    expect(await m.sessions.saveDraft(user, id, 0, right("mle-bernoulli-p", 100), 0, at(2 * MINUTE))).toBe("closed");
    expect(await check(1, right("mle-normal", 101), at(21 * MINUTE))).toMatchObject({
      kind: "closed",
      message: expect.stringContaining("Time is up"),
    });
    const session = await m.sessions.getStudySession(user, id, at(21 * MINUTE));
    expect(session?.completedAt).toEqual(at(20 * MINUTE));
    expect(session?.items[0]?.attempt?.correct).toBe(false);
  });

  it("submitted at time-out with the answers on screen, ends at its deadline", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "mock", ["mle-bernoulli-p", "mle-normal"], t0);
    const result = await m.sessions.finishStudySession(user, id, at(20 * MINUTE + 2_000), {
      position: 1,
      answers: right("mle-normal", 101),
    });
    expect(result).toBe("finished");
    const session = await m.sessions.getStudySession(user, id, at(21 * MINUTE));
    expect(session?.completedAt).toEqual(at(20 * MINUTE));
    expect(session?.items[1]?.attempt?.correct).toBe(true);
    expect(m.sessions.summarizeSession(session!)).toMatchObject({ timedOut: true, answered: 1, correct: 1 });
  });
});

describe("the review queue", () => {
  it("serves due cards; a due card's first graded answer moves it, an early answer does not", async () => {
    const user = await newLearner();
    const id = await sessionWith(user, "practice", ["mle-bernoulli-p", "mle-normal"], t0);
    const sessionCheck = (position: number, answers: Record<string, string | string[]>) =>
      m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position,
        answers,
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 1_000,
        now: t0,
      });
    await sessionCheck(0, wrongBernoulli(100)); // Again: due in 1 min
    await sessionCheck(1, right("mle-normal", 101)); // Easy: due in 8 days

    const queue = await m.review.getReviewQueue(user, at(2 * MINUTE));
    expect(queue.due.map((card) => card.templateId)).toEqual(["mle-bernoulli-p"]);
    expect(queue.next?.templateId).toBe("mle-normal");
    expect(queue.total).toBe(2);
    expect((await m.review.getReviewQueue(await newLearner(), at(2 * MINUTE))).total).toBe(0);

    const learner = { id: user, isNew: false };
    const freshSeed = 555;
    const reviewed = await m.review.checkReview({
      learner,
      template: template("mle-bernoulli-p"),
      seed: freshSeed,
      answers: right("mle-bernoulli-p", freshSeed),
      idempotencyKey: "review-1",
      hintsUsed: 0,
      durationMs: 200_000,
      now: at(2 * MINUTE),
    });
    expect(reviewed).toMatchObject({ kind: "graded", outcome: "recorded", rating: 3 });
    const card = await m.db.reviewCard.findFirstOrThrow({ where: { userId: user, templateId: "mle-bernoulli-p" } });
    expect(card.reps).toBe(2);
    expect(card.due.getTime()).toBe(reviewed.kind === "graded" ? reviewed.nextDue?.getTime() : NaN);

    // Not due: practice, the schedule untouched.
    const early = await m.review.checkReview({
      learner,
      template: template("mle-normal"),
      seed: 9,
      answers: right("mle-normal", 9),
      idempotencyKey: "review-2",
      hintsUsed: 0,
      durationMs: 1_000,
      now: at(3 * MINUTE),
    });
    expect(early).toMatchObject({ outcome: "recorded", rating: null });
    expect((await m.db.reviewCard.findFirstOrThrow({ where: { userId: user, templateId: "mle-normal" } })).reps).toBe(1);
  });
});

describe("sessions belong to their learner", () => {
  it("another learner's id reads as missing, and cannot be changed", async () => {
    const owner = await newLearner();
    const intruder = await newLearner();
    const id = await sessionWith(owner, "practice", ["mle-bernoulli-p"], t0);

    expect(await m.sessions.getStudySession(intruder, id, t0)).toBeNull();
    expect(await m.sessions.getStudySession(null, id, t0)).toBeNull();
    expect(await m.sessions.saveDraft(intruder, id, 0, { p: "0.5" }, 0, t0)).toBe("not-found");
    expect(
      await m.sessions.checkSessionItem({
        userId: intruder,
        sessionId: id,
        position: 0,
        answers: { p: "0.5" },
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 1,
        now: t0,
      }),
    ).toEqual({ kind: "not-found" });
    expect(await m.sessions.finishStudySession(intruder, id, t0)).toBe("not-found");
    expect((await m.sessions.listStudySessions(intruder, t0)).open).toEqual([]);

    const untouched = await m.db.studySession.findUniqueOrThrow({ where: { id }, include: { items: true } });
    expect(untouched.completedAt).toBeNull();
    expect(untouched.items[0]?.draft).toBeNull();
    expect(await m.db.attempt.count({ where: { sessionId: id } })).toBe(0);
  });

  it("through the server actions and the draft route, with the browser's cookie", async () => {
    const ownerBrowser = new Browser();
    const intruderBrowser = new Browser();
    // A guest starts a session: the action creates the guest, its cookie and the session.
    const started = await as(ownerBrowser, async () => {
      const form = new FormData();
      const fields: [string, string][] = [
        ["mode", "practice"],
        ["difficulty", "easy"],
        ["length", "5"],
        ["topic", "mle-closed-form"],
      ];
      for (const [name, value] of fields) form.append(name, value);
      try {
        await m.actions.startSession({ error: null }, form);
      } catch (error) {
        return (error as { digest?: string }).digest ?? "";
      }
      return "";
    });
    const sessionId = /\/study\/([^;]+)/.exec(started)?.[1];
    expect(sessionId).toBeTruthy();
    const ownerId = await as(ownerBrowser, () => m.learner.currentLearnerId());
    expect((await m.sessions.getStudySession(ownerId, sessionId!))?.items).toHaveLength(5);
    await as(intruderBrowser, () => m.learner.learnerForWrite());

    const post = (body: unknown, origin = "http://localhost:3000") =>
      m.draftRoute.POST(
        new Request(`http://localhost:3000/study/${sessionId}/draft`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, host: "localhost:3000" },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({ id: sessionId! }) },
      );
    const session = await m.sessions.getStudySession(ownerId, sessionId!);
    const firstPart = template(session!.items[0]!.templateId).partIds[0]!;
    expect((await as(ownerBrowser, () => post({ position: 0, answers: { [firstPart]: "0.25" }, hintsUsed: 1 }))).status).toBe(204);
    expect((await as(intruderBrowser, () => post({ position: 0, answers: { [firstPart]: "0.99" } }))).status).toBe(404);
    expect((await as(ownerBrowser, () => post({ position: 0, answers: { [firstPart]: "0.5" } }, "https://evil.example"))).status).toBe(403);
    expect((await m.sessions.getStudySession(ownerId, sessionId!))?.items[0]?.draft).toEqual({ [firstPart]: "0.25" });

    const intruderCheck = await as(intruderBrowser, () =>
      m.actions.checkSessionAnswer(sessionId!, 0, { [firstPart]: "0.5" }, "k", 0, 1000),
    );
    expect(intruderCheck).toMatchObject({ kind: "error", message: expect.stringContaining("not found") });
    expect(await as(intruderBrowser, () => m.actions.finishSession(sessionId!))).toMatchObject({ ok: false });
    const ownerFinish = await as(ownerBrowser, () => m.actions.finishSession(sessionId!));
    expect(ownerFinish).toEqual({ ok: true, href: `/study/${sessionId}/summary` });
  });
});
