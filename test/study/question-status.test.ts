// A question's status for a learner, and the question to go on to: the honest rule (a variant
// counts by its first graded check) and the order (the topic first, then the next topics).
import { describe, expect, it } from "vitest";
import { nextQuestion, questionStatuses, statusesFromChecks, type AttemptRow } from "@/lib/study/question-status";
import type { QuestionSummary } from "@/lib/questions/types";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute));
const row = (templateId: string, seed: number, correct: boolean, minute: number): AttemptRow => ({
  templateId,
  seed,
  correct,
  createdAt: at(minute),
});

describe("questionStatuses", () => {
  it("calls a question solved only when a variant was right at its first graded check", () => {
    const statuses = questionStatuses([
      // Wrong, then right on the same variant (a retry, or after reading the solution): not solved.
      row("a", 1, false, 1),
      row("a", 1, true, 2),
      // Right at the first check of a second variant: solved.
      row("b", 7, false, 3),
      row("b", 8, true, 4),
      row("c", 2, true, 6),
      row("c", 2, false, 5), // rows in any order: the earlier one is the first check
    ]);
    expect(statuses.get("a")).toEqual({ state: "attempted", checks: 2, last: { correct: true, at: at(2) } });
    expect(statuses.get("b")).toMatchObject({ state: "solved", checks: 2 });
    expect(statuses.get("c")).toMatchObject({ state: "attempted", last: { correct: true, at: at(6) } });
    expect(statuses.get("d")).toBeUndefined();
  });
});

describe("nextQuestion", () => {
  const q = (id: string, topic: string): QuestionSummary => ({ id, topic, title: id, difficulty: "easy", kind: "computation" });
  const bank = [q("t1a", "t1"), q("t1b", "t1"), q("t1c", "t1"), q("t2a", "t2"), q("t2b", "t2"), q("t3a", "t3")];
  const topics = ["t1", "t2", "t3"];
  const solved = (...ids: string[]) => questionStatuses(ids.map((id, index) => row(id, 1, true, index)));

  it("goes to the next unsolved question of the same topic, after the current one first", () => {
    expect(nextQuestion("t1a", bank, solved(), topics)?.id).toBe("t1b");
    expect(nextQuestion("t1a", bank, solved("t1b"), topics)?.id).toBe("t1c");
    expect(nextQuestion("t1c", bank, solved(), topics)?.id).toBe("t1a");
  });

  it("then to the first unsolved question of the following topics, wrapping round", () => {
    expect(nextQuestion("t1b", bank, solved("t1a", "t1c"), topics)?.id).toBe("t2a");
    expect(nextQuestion("t1b", bank, solved("t1a", "t1c", "t2a"), topics)?.id).toBe("t2b");
    expect(nextQuestion("t3a", bank, solved("t1a"), topics)?.id).toBe("t1b");
  });

  it("with everything solved, simply the next question", () => {
    const all = solved(...bank.map((question) => question.id));
    expect(nextQuestion("t1c", bank, all, topics)?.id).toBe("t2a");
    expect(nextQuestion("t3a", bank, all, topics)?.id).toBe("t1a");
    expect(nextQuestion("only", [q("only", "t1")], all, topics)).toBeNull();
  });
});

describe("statusesFromChecks (the grouped query's rows)", () => {
  it("solved only with a right first try; the last check right only when the latest right check is the latest check", () => {
    const statuses = statusesFromChecks([
      // Wrong first tries and right retries, the last at minute 9: attempted, last right.
      { templateId: "a", solved: false, count: 5, lastAt: at(9), lastRightAt: at(9) },
      // A right first try at minute 2, then wrong retries until minute 8: solved, last not right.
      { templateId: "b", solved: true, count: 5, lastAt: at(8), lastRightAt: at(2) },
      // Never right.
      { templateId: "d", solved: false, count: 2, lastAt: at(4), lastRightAt: null },
    ]);
    expect(statuses.get("a")).toEqual({ state: "attempted", checks: 5, last: { correct: true, at: at(9) } });
    expect(statuses.get("b")).toEqual({ state: "solved", checks: 5, last: { correct: false, at: at(8) } });
    expect(statuses.get("d")).toEqual({ state: "attempted", checks: 2, last: { correct: false, at: at(4) } });
    expect(statuses.has("c")).toBe(false);
  });
});
