// Explain templates: the rubric and model answer are never served before a written answer; the
// self-assessed score is the share of essential points ticked; bad assessments are invalid.
import katex from "katex";
import { describe, expect, it } from "vitest";
import { EXPLAIN_TEMPLATES } from "@/lib/questions/templates/explain";

const first = EXPLAIN_TEMPLATES[0]!;

describe("explain templates", () => {
  it("serve explain parts without rubric or model answer", () => {
    for (const template of EXPLAIN_TEMPLATES) {
      for (let seed = 0; seed < 6; seed += 1) {
        const variant = template.generate(seed);
        const served = JSON.stringify(variant);
        for (const part of variant.parts) expect(part.input).toBe("explain");
        const graded = template.grade(seed, template.answerKey(seed));
        for (const part of graded.parts) {
          expect(part.rubric?.length).toBeGreaterThan(1);
          for (const point of part.rubric ?? []) expect(served).not.toContain(point.text);
          expect(served).not.toContain(part.modelAnswer?.slice(0, 60));
        }
      }
    }
  });

  it("ask the learner to compare after the written answer, then score the share of essential points", () => {
    const partId = first.partIds[0]!;
    const written = { [partId]: "Probability fixes the parameter; likelihood fixes the data." };
    const compare = first.grade(1, written).parts[0]!;
    expect(compare).toMatchObject({ status: "unanswered" });
    expect(compare.rubric?.length).toBeGreaterThan(0);
    const essential = compare.rubric!.filter((point) => point.essential);
    const half = essential.slice(0, 2).map((point) => point.id);
    const partial = first.grade(1, written, { [partId]: half });
    expect(partial.parts[0]).toMatchObject({ status: "incorrect", selfAssessed: true });
    expect(partial.score).toBeCloseTo(2 / essential.length, 12);
    // Bonus points do not count; every essential point makes it correct.
    const bonus = compare.rubric!.filter((point) => !point.essential).map((point) => point.id);
    expect(first.grade(1, written, { [partId]: bonus }).score).toBe(0);
    const full = first.grade(1, written, { [partId]: essential.map((point) => point.id) });
    expect(full).toMatchObject({ score: 1, parts: [{ status: "correct", selfAssessed: true }] });
  });

  it("is unanswered without text and invalid for an unknown point", () => {
    const partId = first.partIds[0]!;
    expect(first.grade(1, {}).parts[0]?.status).toBe("unanswered");
    expect(first.grade(1, { [partId]: "   " }).parts[0]?.rubric).toBeUndefined();
    expect(first.grade(1, { [partId]: "text" }, { [partId]: ["no-such-point"] }).parts[0]?.status).toBe("invalid");
  });

  it("has at least 40 templates with distinct ids, varying prompts, and valid TeX", () => {
    expect(EXPLAIN_TEMPLATES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(EXPLAIN_TEMPLATES.map((template) => template.id)).size).toBe(EXPLAIN_TEMPLATES.length);
    for (const template of EXPLAIN_TEMPLATES) {
      const prompts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => template.generate(seed).prompt));
      expect(prompts.size, template.id).toBeGreaterThanOrEqual(2);
      for (let seed = 0; seed < 8; seed += 1) {
        const graded = template.grade(seed, template.answerKey(seed), template.assessmentKey?.(seed));
        expect(graded.score, template.id).toBe(1);
        const texts = [
          template.generate(seed).prompt,
          ...Object.values(template.answerKey(seed)).flat(),
          graded.solution,
          ...graded.parts.flatMap((part) => (part.rubric ?? []).map((point) => point.text)),
        ];
        for (const text of texts) {
          expect(text).not.toMatch(/\{\{/);
          for (const match of text.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g)) {
            expect(
              () => katex.renderToString(match[1] ?? match[2] ?? "", { throwOnError: true, strict: "error" }),
              `${template.id}`,
            ).not.toThrow();
          }
        }
      }
    }
  });
});
