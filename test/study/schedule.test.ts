// FSRS scheduling of review cards: the rating rule of the study loop, and the schedule it gives.
// Expected intervals come from the FSRS-6 formulas with its published default weights
// (open-spaced-repetition, "The Algorithm", FSRS-6; the same 21 weights ts-fsrs 5 ships), not from
// running the scheduler: S0(G) = w[G-1]; D0(G) = w4 - exp(w5 (G - 1)) + 1; at the requested
// retention 0.9 the next interval equals the stability, rounded to whole days; the default
// learning steps are 1 min and 10 min (Hard on a new card: 6 min), relearning 10 min.
import { describe, expect, it } from "vitest";
import { fastThresholdMs, Rating, ratingFor, scheduleReview } from "@/lib/study/schedule";

const W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334] as const;
const MINUTE = 60_000;
const DAY = 86_400_000;
const now = new Date("2026-03-02T09:00:00Z");

describe("the rating comes from the outcome", () => {
  const base = { score: 1, hintsUsed: 0, durationMs: 200_000, kind: "computation" as const, partCount: 1 };

  it("wrong (any part wrong) is Again, even with hints and fast", () => {
    expect(ratingFor({ ...base, score: 0 })).toBe(Rating.Again);
    expect(ratingFor({ ...base, score: 0.5, hintsUsed: 2, durationMs: 1000 })).toBe(Rating.Again);
  });
  it("correct after a hint is Hard, however fast", () => {
    expect(ratingFor({ ...base, hintsUsed: 1, durationMs: 1000 })).toBe(Rating.Hard);
  });
  it("correct without hints is Good, and Easy when fast", () => {
    expect(ratingFor(base)).toBe(Rating.Good);
    expect(ratingFor({ ...base, durationMs: 119_000 })).toBe(Rating.Easy);
    expect(ratingFor({ ...base, durationMs: 120_000 })).toBe(Rating.Easy);
    expect(ratingFor({ ...base, durationMs: 120_001 })).toBe(Rating.Good);
  });
  it("an unknown duration (answers submitted at a time-out) is never Easy", () => {
    expect(ratingFor({ ...base, durationMs: null })).toBe(Rating.Good);
  });
  it("fast means 30 s per concept part and 2 min per computation part", () => {
    expect(fastThresholdMs("concept", 1)).toBe(30_000);
    expect(fastThresholdMs("concept", 3)).toBe(90_000);
    expect(fastThresholdMs("computation", 2)).toBe(240_000);
    expect(ratingFor({ ...base, kind: "concept", durationMs: 45_000 })).toBe(Rating.Good);
    expect(ratingFor({ ...base, kind: "concept", partCount: 2, durationMs: 45_000 })).toBe(Rating.Easy);
  });
  it("a derivation part is worked like a computation; a written explanation has 5 min", () => {
    expect(fastThresholdMs("derivation", 3)).toBe(360_000);
    expect(fastThresholdMs("explain", 1)).toBe(300_000);
    expect(ratingFor({ ...base, kind: "explain", durationMs: 240_000 })).toBe(Rating.Easy);
    expect(ratingFor({ ...base, kind: "explain", durationMs: 301_000 })).toBe(Rating.Good);
    // A self-assessed explanation with an essential point missing is a lapse, like any wrong answer.
    expect(ratingFor({ ...base, kind: "explain", score: 2 / 3, durationMs: 60_000 })).toBe(Rating.Again);
  });
});

describe("a template seen for the first time", () => {
  it("Easy graduates at once: stability w3, interval round(w3) = 8 days", () => {
    const card = scheduleReview(null, Rating.Easy, now);
    expect(card.stability).toBeCloseTo(W[3], 4);
    expect(card.scheduledDays).toBe(8);
    expect(card.due.getTime() - now.getTime()).toBe(8 * DAY);
    expect(card.state).toBe(2); // Review
    expect(card.reps).toBe(1);
    expect(card.lastReview).toEqual(now);
  });

  it("Good enters the second learning step (10 min) with S0 = w2 and D0 = w4 - e^(2 w5) + 1", () => {
    const card = scheduleReview(null, Rating.Good, now);
    expect(card.due.getTime() - now.getTime()).toBe(10 * MINUTE);
    expect(card.state).toBe(1); // Learning
    expect(card.stability).toBeCloseTo(W[2], 4);
    expect(card.difficulty).toBeCloseTo(W[4] - Math.exp(2 * W[5]) + 1, 4);
  });

  it("Again comes back in 1 min, Hard in 6 min", () => {
    expect(scheduleReview(null, Rating.Again, now).due.getTime() - now.getTime()).toBe(MINUTE);
    expect(scheduleReview(null, Rating.Hard, now).due.getTime() - now.getTime()).toBe(6 * MINUTE);
    expect(scheduleReview(null, Rating.Again, now).stability).toBeCloseTo(W[0], 4);
  });
});

describe("a card in review", () => {
  const graduated = scheduleReview(null, Rating.Easy, now);
  const onTime = new Date(graduated.due);

  it("a lapse (Again) counts, relearns in 10 min and lowers the stability", () => {
    const lapsed = scheduleReview(graduated, Rating.Again, onTime);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3); // Relearning
    expect(lapsed.due.getTime() - onTime.getTime()).toBe(10 * MINUTE);
    expect(lapsed.stability).toBeLessThan(graduated.stability);
  });

  it("orders the next intervals Hard < Good < Easy, all longer than the last", () => {
    const days = ([Rating.Hard, Rating.Good, Rating.Easy] as const).map(
      (rating) => scheduleReview(graduated, rating, onTime).scheduledDays,
    );
    expect(days[0]).toBeLessThan(days[1] as number);
    expect(days[1]).toBeLessThan(days[2] as number);
    expect(days[0]).toBeGreaterThanOrEqual(graduated.scheduledDays);
  });
});
