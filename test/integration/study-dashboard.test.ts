// The progress dashboard read from SQLite with an injected clock and time zone: what a new learner
// sees, and what a learner with a few weeks of history sees (expected values counted by hand from
// the rows written here; 2026-03-02 is a Monday).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./account-harness";

const database = createTestDatabase();

let db: typeof import("@/lib/db").db;
let dashboard: typeof import("@/lib/study/dashboard");

beforeAll(async () => {
  db = (await import("@/lib/db")).db;
  dashboard = await import("@/lib/study/dashboard");
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  database.cleanup();
});

const now = new Date("2026-03-11T20:00:00Z"); // Wednesday; 21:00 in Paris

describe("the dashboard of a new learner", () => {
  it("is empty, never an error, for a guest without a row or a cookie", async () => {
    for (const userId of [null, "55555555-5555-4555-8555-555555555555"]) {
      const view = await dashboard.getDashboard(userId, now, "Europe/Paris");
      expect(view).toMatchObject({
        attempts: 0,
        correct: 0,
        accuracy: null,
        completedSessions: 0,
        showStreak: true,
        cards: 0,
        dueNow: 0,
        studyDays: 0,
        mistakes: [],
      });
      expect(view.streak).toEqual({ current: 0, longest: 0, studiedToday: false });
      expect(view.weekly.series).toEqual([]);
      expect(view.forecast).toHaveLength(14);
      expect(view.forecast.every((day) => day.count === 0)).toBe(true);
      expect(view.heatmap).toHaveLength(26);
      expect(await dashboard.getDashboardSummary(userId, now, "Europe/Paris")).toMatchObject({
        attempts: 0,
        accuracy: null,
        showStreak: true,
        streak: { current: 0, longest: 0, studiedToday: false },
      });
    }
  });
});

describe("the dashboard of a learner with some history", () => {
  it("counts accuracy per topic and week, study days, the streak, reviews due and recurring mistakes", async () => {
    const user = await db.user.create({ data: {} });
    const other = await db.user.create({ data: {} });
    // Each row a different variant (its own seed): every one is a first try.
    let seed = 0;
    const attempt = (userId: string, iso: string, templateId: string, correct: boolean, mistake?: string) =>
      db.attempt.create({
        data: {
          userId,
          templateId,
          seed: (seed += 1),
          answers: {},
          parts: [mistake ? { id: "x", status: "incorrect", mistake } : { id: "x", status: correct ? "correct" : "incorrect" }],
          score: correct ? 1 : 0,
          correct,
          createdAt: new Date(iso),
        },
      });
    // mle-normal and mle-bernoulli-p are "mle-closed-form"; gmm-responsibility is "em-mechanics".
    await attempt(user.id, "2026-03-02T10:00:00Z", "mle-normal", false, "n-minus-1");
    await attempt(user.id, "2026-03-03T10:00:00Z", "mle-bernoulli-p", true);
    await attempt(user.id, "2026-03-09T10:00:00Z", "mle-normal", false, "n-minus-1");
    await attempt(user.id, "2026-03-10T10:00:00Z", "mle-normal", true);
    await attempt(user.id, "2026-03-10T11:00:00Z", "gmm-responsibility", false, "prior-for-posterior");
    // 23:30 UTC on the 10th is 00:30 on the 11th in Paris.
    await attempt(user.id, "2026-03-10T23:30:00Z", "gmm-responsibility", true);
    await attempt(other.id, "2026-03-10T10:00:00Z", "mle-normal", false, "n-minus-1");

    const session = (iso: string | null) =>
      db.studySession.create({
        data: {
          userId: user.id,
          mode: "practice",
          topics: [],
          difficulty: "any",
          length: 1,
          startedAt: new Date("2026-03-01T00:00:00Z"),
          completedAt: iso ? new Date(iso) : null,
        },
      });
    await session("2026-03-05T10:00:00Z");
    await session("2026-03-09T10:00:00Z");
    await session("2026-03-10T10:00:00Z");
    await session("2026-03-10T23:30:00Z"); // the 11th in Paris
    await session(null); // unfinished: not a study day for the streak

    const card = (templateId: string, due: string) =>
      db.reviewCard.create({
        data: {
          userId: user.id,
          templateId,
          due: new Date(due),
          stability: 1,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: 1,
          learningSteps: 0,
          reps: 1,
          lapses: 0,
          state: 2,
          lastReview: new Date("2026-03-01T00:00:00Z"),
        },
      });
    await card("mle-normal", "2026-03-11T08:00:00Z"); // overdue: today
    await card("mle-bernoulli-p", "2026-03-12T09:00:00Z"); // tomorrow
    await card("gmm-responsibility", "2026-03-24T22:30:00Z"); // 23:30 on the 24th in Paris: the 14th day
    await card("mle-poisson-rate", "2026-04-30T00:00:00Z"); // beyond two weeks

    const view = await dashboard.getDashboard(user.id, now, "Europe/Paris");
    expect(view.today).toBe("2026-03-11");
    expect(view).toMatchObject({ attempts: 6, correct: 3, accuracy: 0.5, completedSessions: 4, cards: 4, dueNow: 1, studyDays: 5 });
    // Sessions completed on the 9th, 10th and 11th (Paris): three days running; the 5th stands alone.
    expect(view.streak).toEqual({ current: 3, longest: 3, studiedToday: true });

    const weeks = view.weekly.weeks;
    expect(weeks.slice(-2)).toEqual(["2026-03-02", "2026-03-09"]);
    const series = Object.fromEntries(view.weekly.series.map((line) => [line.topic, line]));
    expect(Object.keys(series)).toEqual(["mle-closed-form", "em-mechanics"]);
    expect(series["mle-closed-form"]?.attempts.slice(-2)).toEqual([2, 2]);
    expect(series["mle-closed-form"]?.accuracy.slice(-2)).toEqual([0.5, 0.5]);
    expect(series["em-mechanics"]?.accuracy.slice(-2)).toEqual([null, 0.5]);

    const cells = new Map(view.heatmap.flat().map((cell) => [cell.day, cell.count]));
    expect([
      cells.get("2026-03-02"),
      cells.get("2026-03-09"),
      cells.get("2026-03-10"),
      cells.get("2026-03-11"),
      cells.get("2026-03-04"),
    ]).toEqual([1, 1, 2, 1, 0]);

    expect(view.forecast[0]).toEqual({ day: "2026-03-11", count: 1 });
    expect(view.forecast[1]).toEqual({ day: "2026-03-12", count: 1 });
    expect(view.forecast[13]).toEqual({ day: "2026-03-24", count: 1 });
    expect(view.forecast.reduce((sum, day) => sum + day.count, 0)).toBe(3);

    // Home's summary, from its own lighter queries: the same totals, topics and streak.
    const summary = await dashboard.getDashboardSummary(user.id, now, "Europe/Paris");
    expect(summary).toMatchObject({ today: "2026-03-11", attempts: 6, correct: 3, accuracy: 0.5, showStreak: true });
    expect(summary.streak).toEqual({ current: 3, longest: 3, studiedToday: true });
    // em-mechanics 1 of 2 and mle-closed-form 2 of 4 are both at 0.5: fewer tries first.
    expect(summary.byTopic.slice(0, 2)).toEqual([
      { topic: "em-mechanics", attempts: 2, correct: 1, accuracy: 0.5 },
      { topic: "mle-closed-form", attempts: 4, correct: 2, accuracy: 0.5 },
    ]);
    expect(summary.byTopic.slice(2).every((topic) => topic.accuracy === null)).toBe(true);

    // n − 1 twice (the other learner's slip is not counted); the prior-for-posterior slip only once.
    expect(view.mistakes).toEqual([
      expect.objectContaining({ tag: "n-minus-1", lastWeek: 1, total: 2, templateId: "mle-normal", title: expect.any(String) }),
    ]);
  });

  it("remembers that the learner hid the streak", async () => {
    const user = await db.user.create({ data: {} });
    await dashboard.setShowStreak(user.id, false);
    expect((await dashboard.getDashboard(user.id, now, "UTC")).showStreak).toBe(false);
    await dashboard.setShowStreak(user.id, true);
    expect((await dashboard.getDashboard(user.id, now, "UTC")).showStreak).toBe(true);
  });

  it("counts each attempt on its own calendar day, to the second, in a zone 5 h 45 min ahead of UTC", async () => {
    // Kathmandu is UTC+5:45 all year: 18:14:59 UTC on the 10th is 23:59:59 there, 18:15:00 is
    // midnight of the 11th. The dashboard reads attempts counted per quarter hour of UTC time.
    const user = await db.user.create({ data: {} });
    let seed = 1000;
    const attempt = (iso: string, correct: boolean, firstTry = true) =>
      db.attempt.create({
        data: {
          userId: user.id,
          templateId: "mle-normal",
          seed: firstTry ? (seed += 1) : seed,
          answers: {},
          parts: [{ id: "x", status: correct ? "correct" : "incorrect" }],
          score: correct ? 1 : 0,
          correct,
          firstTry,
          createdAt: new Date(iso),
        },
      });
    await attempt("2026-03-10T18:14:59Z", true);
    await attempt("2026-03-10T18:15:00Z", true);
    await attempt("2026-03-10T18:16:00Z", false);
    await attempt("2026-03-10T18:20:00Z", false);
    await attempt("2026-03-10T18:20:30Z", true, false); // a retry: a check on the calendar, not a question tried
    await attempt("2026-03-10T18:29:59Z", false);

    const view = await dashboard.getDashboard(user.id, new Date("2026-03-11T12:00:00Z"), "Asia/Kathmandu");
    const cells = new Map(view.heatmap.flat().map((cell) => [cell.day, cell.count]));
    expect([cells.get("2026-03-10"), cells.get("2026-03-11")]).toEqual([1, 5]);
    expect(view.studyDays).toBe(2);
    // Four first tries on the 11th make it a day of real effort (three or more); one on the 10th does not.
    expect(view.streak).toEqual({ current: 1, longest: 1, studiedToday: true });
    const summary = await dashboard.getDashboardSummary(user.id, new Date("2026-03-11T12:00:00Z"), "Asia/Kathmandu");
    expect(summary.streak).toEqual({ current: 1, longest: 1, studiedToday: true });
    const series = view.weekly.series.find((line) => line.topic === "mle-closed-form");
    expect(series?.attempts.at(-1)).toBe(5);
    expect(series?.accuracy.at(-1)).toBe(2 / 5);
  });

  it("does not count a question given up toward a day of real effort, on home or on the dashboard", async () => {
    const user = await db.user.create({ data: {} });
    let seed = 2000;
    const firstTry = (iso: string, gaveUp: boolean) =>
      db.attempt.create({
        data: {
          userId: user.id,
          templateId: "mle-normal",
          seed: (seed += 1),
          answers: {},
          parts: [{ id: "x", status: "incorrect" }],
          score: 0,
          correct: false,
          gaveUp,
          createdAt: new Date(iso),
        },
      });
    // The 10th: three first tries, one given up (two count: not a streak day). The 11th: three.
    await firstTry("2026-03-10T09:00:00Z", false);
    await firstTry("2026-03-10T09:05:00Z", true);
    await firstTry("2026-03-10T09:10:00Z", false);
    for (const minute of ["00", "05", "10"]) await firstTry(`2026-03-11T09:${minute}:00Z`, false);

    const at = new Date("2026-03-11T12:00:00Z");
    const expected = { current: 1, longest: 1, studiedToday: true };
    expect((await dashboard.getDashboard(user.id, at, "UTC")).streak).toEqual(expected);
    expect((await dashboard.getDashboardSummary(user.id, at, "UTC")).streak).toEqual(expected);
  });
});
