// The content test of every template in the bank, over 50 seeds: it renders (no KaTeX error), its
// answer key grades as fully correct, its hints and solution render, the truths recomputed from the
// served JSON data are the ones the grader used, the data are exactly what the learner sees, and
// different seeds give different variants.
import katex from "katex";
import { describe, expect, it } from "vitest";
import { TEMPLATES, listQuestions } from "@/lib/questions";
import { TOPICS } from "@/lib/questions/topics";
import { renderMarkdown } from "@/lib/markdown";

const SEEDS = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);

/** Every $...$ and $$...$$ formula must compile: KaTeX's own parser, in strict "throw" mode. */
function expectValidMarkdown(text: string, where: string): void {
  expect(text.trim(), `${where} is empty`).not.toBe("");
  const html = renderMarkdown(text);
  expect(html, `${where} renders a KaTeX error`).not.toContain("katex-error");
  for (const match of text.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g)) {
    const tex = match[1] ?? match[2] ?? "";
    expect(() => katex.renderToString(tex, { throwOnError: true }), `${where}: ${tex}`).not.toThrow();
  }
}

function numberLeaves(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) for (const item of value) numberLeaves(item, out);
  else if (value && typeof value === "object") for (const item of Object.values(value)) numberLeaves(item, out);
  return out;
}

describe("the bank", () => {
  it("has templates with unique ids across the nine topics", () => {
    const ids = TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of TEMPLATES) expect(Object.keys(TOPICS)).toContain(template.topic);
    expect(listQuestions().length).toBe(TEMPLATES.length);
  });
});

describe.each(TEMPLATES.map((template) => [template.id, template] as const))("%s", (_id, template) => {
  it("has a source, tags and the same part ids in every variant", () => {
    expect(template.source.trim()).not.toBe("");
    expect(template.tags.length).toBeGreaterThan(0);
    for (const seed of SEEDS.slice(0, 5)) {
      expect(template.generate(seed).parts.map((part) => part.id)).toEqual([...template.partIds]);
    }
  });

  it("renders its prompt, parts, hints and solution over 50 seeds, and its answer key grades as correct", () => {
    for (const seed of SEEDS) {
      const variant = template.generate(seed);
      expect(template.generate(seed), "same seed, same variant").toEqual(variant);
      expect(variant).toMatchObject({ id: template.id, seed, title: template.title, topic: template.topic });
      expectValidMarkdown(variant.prompt, `seed ${seed} prompt`);
      for (const part of variant.parts) {
        expectValidMarkdown(part.prompt, `seed ${seed} part ${part.id} prompt`);
        expect(part.hints.length, `part ${part.id} has hints`).toBeGreaterThan(0);
        part.hints.forEach((hint, i) => expectValidMarkdown(hint, `seed ${seed} part ${part.id} hint ${i + 1}`));
        for (const choice of part.choices ?? []) expectValidMarkdown(choice.label, `seed ${seed} choice ${choice.id}`);
      }
      const key = template.answerKey(seed);
      const result = template.grade(seed, key);
      for (const part of result.parts) expect(part.status, `seed ${seed} part ${part.id}: ${part.message}`).toBe("correct");
      expect(result.score).toBe(1);
      expectValidMarkdown(result.solution, `seed ${seed} solution`);
      for (const part of result.parts) expectValidMarkdown(part.message, `seed ${seed} feedback ${part.id}`);
    }
  });

  it("grades an empty check as unanswered and reveals nothing", () => {
    const result = template.grade(SEEDS[0] as number, {});
    expect(result.score).toBe(0);
    for (const part of result.parts) {
      expect(part.status).toBe("unanswered");
      expect(part.expected).toBeUndefined();
    }
  });

  it("gives different variants for different seeds", () => {
    const variants = new Set(SEEDS.map((seed) => JSON.stringify(template.generate(seed))));
    // Concept questions vary by the order of their options; computations by their data.
    expect(variants.size).toBeGreaterThanOrEqual(template.kind === "computation" ? 10 : 2);
    if (template.kind === "computation") {
      const data = new Set(SEEDS.map((seed) => JSON.stringify(template.generate(seed).data)));
      expect(data.size, "distinct data among 50 seeds").toBeGreaterThanOrEqual(10);
    }
  });

  if (template.kind === "computation") {
    it("uses exactly the numbers it shows: truths recomputed from the served JSON data match the answer key", () => {
      expect(template.truths, "a computational template exposes truths(data)").toBeDefined();
      for (const seed of SEEDS) {
        const served = JSON.parse(JSON.stringify(template.generate(seed).data)) as Record<string, unknown>;
        // Hand-sized numbers: at most 6 significant figures, so what is shown is what is used.
        for (const x of numberLeaves(served)) expect(Number(x.toPrecision(6)), `seed ${seed}: ${x}`).toBe(x);
        const truths = template.truths?.(served) ?? {};
        const key = template.answerKey(seed);
        for (const [partId, value] of Object.entries(truths)) {
          expect(Number(key[partId]), `seed ${seed} part ${partId}`).toBe(value);
        }
      }
    });
  }
});
