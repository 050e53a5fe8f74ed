import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/questions";
import { parseCheckRequest } from "@/lib/questions/check-request";
import { conceptHiddenLabel } from "@/lib/questions/templates/concepts/hidden-label";
import { mleBernoulliP } from "@/lib/questions/templates/closed-form-mle/mle-bernoulli-p";

describe("concept-hidden-label", () => {
  const KEYED = ["log-of-sum", "summed-out-short", "expected-complete"];
  const ids = (seed: number) => conceptHiddenLabel.generate(seed).parts[0]?.choices?.map((choice) => choice.id) ?? [];

  it("shows five options, exactly one of them a keyed phrasing, drawn and shuffled by seed", () => {
    for (let seed = 0; seed < 30; seed += 1) {
      expect(ids(seed)).toHaveLength(5);
      expect(ids(seed).filter((id) => KEYED.includes(id))).toHaveLength(1);
    }
    expect(new Set(Array.from({ length: 30 }, (_, seed) => [...ids(seed)].sort().join())).size).toBeGreaterThan(3);
    expect(ids(9)).toEqual(ids(9));
  });

  it("draws its setting from a pool of hidden labels, and fills every placeholder", () => {
    const prompts = new Set<string>();
    for (let seed = 0; seed < 60; seed += 1) {
      const variant = conceptHiddenLabel.generate(seed);
      const texts = [
        variant.prompt,
        ...variant.parts.flatMap((part) => [part.prompt, ...part.hints, ...(part.choices ?? []).map((choice) => choice.label)]),
      ];
      for (const text of texts) expect(text).not.toMatch(/\{\{[a-zA-Z]/);
      prompts.add(variant.prompt);
    }
    expect(prompts.size).toBeGreaterThanOrEqual(5);
    const all = [...prompts].join(" ");
    for (const label of ["sex", "segment", "topic", "coin"]) expect(all).toContain(label);
  });

  it("grades the keyed phrasing right, explains a wrong one, and validates the choice", () => {
    for (const seed of [1, 2, 3]) {
      const keyed = ids(seed).find((id) => KEYED.includes(id))!;
      expect(conceptHiddenLabel.answerKey(seed)).toEqual({ answer: [keyed] });
      expect(conceptHiddenLabel.grade(seed, { answer: keyed })).toMatchObject({ score: 1, parts: [{ status: "correct" }] });
      expect(conceptHiddenLabel.grade(seed, { answer: [keyed] }).parts[0]?.status).toBe("correct");
      const wrongId = ids(seed).find((id) => !KEYED.includes(id))!;
      const wrong = conceptHiddenLabel.grade(seed, { answer: wrongId }).parts[0];
      expect(wrong).toMatchObject({ status: "incorrect", expected: [keyed] });
      expect(wrong?.message.length).toBeGreaterThan(40);
      const unshownKey = KEYED.find((id) => id !== keyed)!;
      expect(conceptHiddenLabel.grade(seed, { answer: unshownKey }).parts[0]?.status).toBe("invalid");
      expect(conceptHiddenLabel.grade(seed, { answer: "zzz" }).parts[0]?.status).toBe("invalid");
      expect(conceptHiddenLabel.grade(seed, { answer: [keyed, wrongId] }).parts[0]?.status).toBe("invalid");
      expect(conceptHiddenLabel.grade(seed, {}).parts[0]?.status).toBe("unanswered");
    }
  });

  it("names hard assignment, when shown, as the mistake of dropping the responsibilities", () => {
    const seed = Array.from({ length: 200 }, (_, candidate) => candidate).find((candidate) => ids(candidate).includes("hard-assignment"))!;
    const wrong = conceptHiddenLabel.grade(seed, { answer: "hard-assignment" }).parts[0];
    expect(wrong?.status).toBe("incorrect");
    expect(wrong?.message).toMatch(/responsibilit/);
    // What the learner sent is quoted as code, never as Markdown: a link cannot be planted in feedback.
    const planted = conceptHiddenLabel.grade(1, { answer: "[click](javascript:alert(1))" }).parts[0];
    expect(planted?.status).toBe("invalid");
    expect(planted?.message).toMatch(/^`\[click\]\(javascript:alert\(1\)\)` is not one of the options/);
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

  it("refuses text holding a NUL character (PostgreSQL stores it in neither text nor jsonb)", () => {
    const typed = parseCheckRequest({ seed: 4, answers: { p: "0.5\u0000" } }, mleBernoulliP);
    expect(typed).toEqual({ ok: false, error: "answers.p: text cannot contain the NUL character (U+0000)" });
    const chosen = parseCheckRequest({ seed: 4, answers: { p: ["a\u0000"] } }, mleBernoulliP);
    expect(chosen.ok).toBe(false);
    // Other control characters are the learner's text like any other.
    expect(parseCheckRequest({ seed: 4, answers: { p: "0.5\u0001\t" } }, mleBernoulliP).ok).toBe(true);
  });

  describe("for an explain question", () => {
    const explain = getTemplate("explain-probability-vs-likelihood");
    if (!explain) throw new Error("the bank has explain-probability-vs-likelihood");

    it("accepts a written answer up to 4000 characters and the ticked rubric points", () => {
      const body = { seed: 2, answers: { answer: "é".repeat(4000) }, assessment: { answer: ["same-function", "mle-link"] } };
      expect(parseCheckRequest(body, explain)).toEqual({ ok: true, request: body });
    });

    it.each([
      [{ seed: 2, answers: { answer: "x".repeat(4001) } }, /at most 4000/],
      [{ seed: 2, answers: { answer: "text" }, assessment: { answer: "same-function" } }, /assessment/],
      [{ seed: 2, answers: { answer: "text" }, assessment: { other: ["same-function"] } }, /assessment has unknown part "other"/],
      [{ seed: 2, answers: { answer: "text" }, assessment: [] }, /assessment/],
    ])("rejects %j with a message", (body, message) => {
      const parsed = parseCheckRequest(body, explain);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(message);
    });

    it("keeps the 200-character cap on every other kind of part", () => {
      const parsed = parseCheckRequest({ seed: 1, answers: { p: "1".repeat(201) } }, mleBernoulliP);
      expect(parsed).toEqual({ ok: false, error: "answers.p: an answer is at most 200 characters" });
      expect(parseCheckRequest({ seed: 1, answers: { p: "1".repeat(200) } }, mleBernoulliP).ok).toBe(true);
    });
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
        expect(
          template.generate(seed).parts.map((part) => part.id),
          template.id,
        ).toEqual([...template.partIds]);
      }
    }
  });
});
