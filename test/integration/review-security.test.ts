// A reviewer's findings about the integrity of mock interviews, each a test that failed before its
// fix: simultaneous checks of one mock question, a check racing the finish, and what a running mock
// interview sends to the browser (right or wrong, hints, the seed that opens the worked solution).
import { isValidElement, type ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { as, Browser, createTestDatabase } from "./account-harness";
import { right, sessionWith, template, wrongBernoulli } from "./study-harness";

vi.mock("next/headers", () => import("./account-harness").then((harness) => harness.nextHeaders));

const database = createTestDatabase();

type Modules = {
  db: typeof import("@/lib/db").db;
  sessions: typeof import("@/lib/study/sessions");
  actions: typeof import("@/lib/actions/study");
  learner: typeof import("@/lib/learner");
  page: typeof import("@/app/study/[id]/page").default;
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    sessions: await import("@/lib/study/sessions"),
    actions: await import("@/lib/actions/study"),
    learner: await import("@/lib/learner"),
    page: (await import("@/app/study/[id]/page")).default,
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  database.cleanup();
});

const MINUTE = 60_000;
const t0 = new Date();
const at = (ms: number) => new Date(t0.getTime() + ms);

/** Every element's props in a rendered tree (server component output, not rendered further). */
function allProps(node: ReactNode): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(allProps);
  if (!isValidElement(node)) return [];
  const props = node.props as Record<string, unknown>;
  return [props, ...allProps(props.children as ReactNode)];
}

describe("a mock interview question is answered once", () => {
  it("of two simultaneous checks with different answers, one is graded and the other refused", async () => {
    const user = (await m.db.user.create({ data: {} })).id;
    const id = await sessionWith(user, "mock", ["mle-bernoulli-p"], t0);
    const check = (answers: Record<string, string | string[]>, key: string) =>
      m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 0,
        answers,
        idempotencyKey: key,
        hintsUsed: 0,
        durationMs: 1,
        now: at(MINUTE),
      });
    const results = await Promise.all([check(wrongBernoulli(100), "a"), check(right("mle-bernoulli-p", 100), "b")]);
    expect(results.map((result) => result.kind).sort()).toEqual(["closed", "graded"]);
    expect(results.find((result) => result.kind === "closed")).toMatchObject({
      message: expect.stringContaining("first checked answer counts"),
    });
    expect(await m.db.attempt.count({ where: { sessionId: id } })).toBe(1);
  });

  it("a check that lands while the session is being finished records the question once", async () => {
    const user = (await m.db.user.create({ data: {} })).id;
    const id = await sessionWith(user, "mock", ["mle-bernoulli-p", "mle-normal"], t0);
    await m.sessions.saveDraft(user, id, 0, wrongBernoulli(100), 0, at(MINUTE));
    const [checked, finished] = await Promise.all([
      m.sessions.checkSessionItem({
        userId: user,
        sessionId: id,
        position: 0,
        answers: right("mle-bernoulli-p", 100),
        idempotencyKey: null,
        hintsUsed: 0,
        durationMs: 1,
        now: at(2 * MINUTE),
      }),
      m.sessions.finishStudySession(user, id, at(2 * MINUTE)),
    ]);
    expect(finished).toBe("finished");
    // Either may take the session's lock first (on PostgreSQL they truly run at once): the check is
    // graded and finishing records it, or finishing records the saved draft and the check is closed.
    // Either way the question is recorded exactly once, with the answer that won.
    expect(["graded", "closed"]).toContain(checked.kind);
    const attempts = await m.db.attempt.findMany({ where: { sessionId: id } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.correct).toBe(checked.kind === "graded");
  });
});

describe("a running mock interview keeps its answers' fate from the browser", () => {
  it("a check's response says it was saved, not whether it was right", async () => {
    const browser = new Browser();
    const user = (await as(browser, () => m.learner.learnerForWrite())).id;
    const id = await sessionWith(user, "mock", ["mle-normal", "mle-bernoulli-p"], t0);
    const sample = template("mle-normal").generate(100).data.sample as number[];
    const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
    // The mean right, the variance left empty: graded (and recorded), with one part unanswered.
    const state = await as(browser, () => m.actions.checkSessionAnswer(id, 0, { mean: String(mean), variance: "" }, "key-1", 0, 1000));
    expect(state).toMatchObject({ kind: "graded", recorded: true, score: 0, solutionHtml: null });
    expect(state.kind === "graded" && state.parts.map((part) => part.status)).toEqual(["unanswered"]);

    // The same in a practice session shows everything.
    const practice = await sessionWith(user, "practice", ["mle-normal"], t0);
    const shown = await as(browser, () =>
      m.actions.checkSessionAnswer(practice, 0, { mean: String(mean), variance: "" }, "key-2", 0, 1000),
    );
    expect(shown.kind === "graded" && shown.parts.map((part) => part.status)).toEqual(["correct", "unanswered"]);
  });

  it("its page sends neither hints nor the seed that opens the worked solution in /practice", async () => {
    const browser = new Browser();
    const user = (await as(browser, () => m.learner.learnerForWrite())).id;
    const render = async (sessionId: string) =>
      allProps(
        await as(browser, () => m.page({ params: Promise.resolve({ id: sessionId }), searchParams: Promise.resolve({ q: "1" }) })),
      ).find((props) => Array.isArray(props.parts) && "seed" in props) as { seed: number; parts: { hintsHtml: string[] }[] };

    const mock = await render(await sessionWith(user, "mock", ["mle-normal"], t0));
    expect(mock.seed).not.toBe(100);
    expect(mock.parts.flatMap((part) => part.hintsHtml)).toEqual([]);

    // A practice session shows its hints: the page does have them to hide.
    const practice = await render(await sessionWith(user, "practice", ["mle-normal"], t0));
    expect(practice.seed).toBe(100);
    expect(practice.parts.flatMap((part) => part.hintsHtml).length).toBeGreaterThan(0);
  });
});

describe("an import cannot store a card the scheduler refuses", () => {
  const file = (card: Record<string, unknown>) => ({
    format: "likelihood-lab-export",
    version: 1,
    exportedAt: "2026-03-02T09:00:00.000Z",
    profile: null,
    attempts: [],
    studySessions: [],
    reviewCards: [
      {
        templateId: "mle-normal",
        due: "2026-03-01T09:00:00.000Z",
        stability: 3,
        difficulty: 5,
        elapsedDays: 1,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
        lastReview: "2026-02-28T09:00:00.000Z",
        ...card,
      },
    ],
  });

  it("refuses a negative or overflowing memory state, naming the field, and stores nothing", async () => {
    const { importLearnerData } = await import("@/lib/study/export");
    const account = await m.db.user.create({ data: { username: "importer", passwordHash: "x" } });
    for (const card of [{ stability: -5 }, { stability: 1e308 }, { difficulty: 50 }]) {
      const result = await importLearnerData(account.id, file(card));
      expect(result).toMatchObject({ ok: false, status: 400, error: expect.stringContaining(Object.keys(card)[0]!) });
    }
    expect(await m.db.reviewCard.count({ where: { userId: account.id } })).toBe(0);
    // A card at the limits goes in, and its review can be rated.
    expect(await importLearnerData(account.id, file({ stability: 1_000_000, difficulty: 10 }))).toMatchObject({ ok: true });
    const { checkReview } = await import("@/lib/study/review");
    const review = await checkReview({
      learner: { id: account.id, isNew: false },
      template: template("mle-normal"),
      seed: 7,
      answers: right("mle-normal", 7),
      idempotencyKey: null,
      hintsUsed: 0,
      durationMs: 60_000,
      now: t0,
    });
    expect(review).toMatchObject({ kind: "graded", rating: expect.any(Number) });
  });
});
