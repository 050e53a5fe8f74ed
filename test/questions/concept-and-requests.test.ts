import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/questions";
import { parseCheckRequest } from "@/lib/questions/check-request";
import { conceptHiddenLabel } from "@/lib/questions/templates/concepts/hidden-label";
import { mleBernoulliP } from "@/lib/questions/templates/core/mle-bernoulli-p";

describe("concept-hidden-label", () => {
  it("shuffles its options by seed but keeps them all", () => {
    const ids = (seed: number) => conceptHiddenLabel.generate(seed).parts[0]?.choices?.map((choice) => choice.id) ?? [];
    expect(ids(1)).toHaveLength(5);
    expect(new Set(ids(1))).toEqual(new Set(ids(2)));
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => ids(seed).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(ids(9)).toEqual(ids(9));
  });

  it("grades the log-of-a-sum answer right, explains a wrong one, and validates the choice", () => {
    expect(conceptHiddenLabel.grade(1, { answer: "log-of-sum" })).toMatchObject({
      score: 1,
      parts: [{ status: "correct" }],
    });
    expect(conceptHiddenLabel.grade(1, { answer: ["log-of-sum"] }).parts[0]?.status).toBe("correct");
    const wrong = conceptHiddenLabel.grade(1, { answer: "hard-assignment" }).parts[0];
    expect(wrong).toMatchObject({ status: "incorrect", expected: ["log-of-sum"] });
    expect(wrong?.message).toMatch(/responsibilit/);
    expect(conceptHiddenLabel.grade(1, { answer: "zzz" }).parts[0]?.status).toBe("invalid");
    expect(conceptHiddenLabel.grade(1, { answer: ["log-of-sum", "faster"] }).parts[0]?.status).toBe("invalid");
    expect(conceptHiddenLabel.grade(1, {}).parts[0]?.status).toBe("unanswered");
  });
});

describe("parseCheckRequest", () => {
  it("accepts the contract's body", () => {
    expect(parseCheckRequest({ seed: 4, answers: { p: "0.5" } }, mleBernoulliP)).toEqual({
      ok: true,
      request: { seed: 4, answers: { p: "0.5" } },
    });
  });

  it.each([
    [null, /JSON object/],
    [[1, 2], /JSON object/],
    [{ answers: {} }, /seed/],
    [{ seed: 1 }, /answers/],
    [{ seed: 1.5, answers: {} }, /whole number/],
    [{ seed: -3, answers: {} }, /≥ 0/],
    [{ seed: "1", answers: {} }, /seed/],
    [{ seed: 1, answers: { p: 3 } }, /answers\.p/],
    [{ seed: 1, answers: { lambda: "1" } }, /unknown part "lambda".*parts are p/],
    [{ seed: 1, answers: { p: "9".repeat(500) } }, /at most 200/],
  ])("rejects %j with a message", (body, message) => {
    const parsed = parseCheckRequest(body, mleBernoulliP);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("knows no template by an unknown id", () => {
    expect(getTemplate("no-such-template")).toBeUndefined();
  });
});

describe("publicGrade", () => {
  it("shows the solution only once every part is right, or the learner gives up", async () => {
    const { publicGrade } = await import("@/lib/questions/reveal");
    expect(publicGrade(mleBernoulliP.grade(3, { p: "" })).solution).toBeNull();
    expect(publicGrade(mleBernoulliP.grade(3, { p: "abc" })).solution).toBeNull();
    expect(publicGrade(mleBernoulliP.grade(3, { p: "0.47" })).solution).toBeNull(); // imprecise
    expect(publicGrade(mleBernoulliP.grade(3, { p: "0.9" })).solution).toBeNull(); // wrong: try again first
    expect(publicGrade(mleBernoulliP.grade(3, { p: "0.9" }), { template: mleBernoulliP, seed: 3 }).solution).toContain("\\hat p");
    expect(publicGrade(conceptHiddenLabel.grade(1, { answer: ["log-of-sum", "faster"] }))).toMatchObject({
      solution: null,
      parts: [{ status: "invalid" }],
    });
    expect(conceptHiddenLabel.grade(1, { answer: ["log-of-sum", "faster"] }).parts[0]?.expected).toBeUndefined();
  });
});

describe("every template", () => {
  it("declares the part ids its variants have", async () => {
    const { TEMPLATES } = await import("@/lib/questions");
    for (const template of TEMPLATES) {
      for (const seed of [0, 1, 99, 2147483647]) {
        expect(template.generate(seed).parts.map((part) => part.id), template.id).toEqual([...template.partIds]);
      }
    }
  });
});
