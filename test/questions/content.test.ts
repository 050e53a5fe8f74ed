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
      // Explain parts are graded on the learner's own ticks: a full answer ticks every rubric point.
      const result = template.grade(seed, key, template.assessmentKey?.(seed));
      for (const part of result.parts) expect(part.status, `seed ${seed} part ${part.id}: ${part.message}`).toBe("correct");
      expect(result.score).toBe(1);
      expectValidMarkdown(result.solution, `seed ${seed} solution`);
      for (const part of result.parts) expectValidMarkdown(part.message, `seed ${seed} feedback ${part.id}`);
      for (const part of variant.parts) {
        for (const symbol of part.symbols ?? []) expectValidMarkdown(symbol.meaning, `seed ${seed} symbol ${symbol.name}`);
      }
      for (const part of result.parts) {
        if (part.modelAnswer !== undefined) expectValidMarkdown(part.modelAnswer, `seed ${seed} model answer ${part.id}`);
        for (const point of part.rubric ?? []) expectValidMarkdown(point.text, `seed ${seed} rubric ${part.id}.${point.id}`);
      }
    }
  });

  it("asks for what it grades: expression parts name their symbols, explain parts are the explain kind's", () => {
    const variant = template.generate(SEEDS[0] as number);
    const inputs = new Set(variant.parts.map((part) => part.input));
    if (template.kind === "derivation") {
      expect([...inputs]).toEqual(["expression"]);
      for (const part of variant.parts) expect(part.symbols?.length, `part ${part.id} symbols`).toBeGreaterThan(0);
    }
    if (template.kind === "explain") {
      expect([...inputs]).toEqual(["explain"]);
      expect(template.assessmentKey, "an explain template has an assessment key").toBeDefined();
    }
    if (inputs.has("expression")) expect(template.kind).toBe("derivation");
    if (inputs.has("explain")) expect(template.kind).toBe("explain");
  });

  it("grades an empty check as unanswered and reveals nothing", () => {
    const result = template.grade(SEEDS[0] as number, {});
    expect(result.score).toBe(0);
    for (const part of result.parts) {
      expect(part.status).toBe("unanswered");
      expect(part.expected).toBeUndefined();
      expect(part.rubric).toBeUndefined();
      expect(part.modelAnswer).toBeUndefined();
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

  if (template.kind === "explain") {
    it("keeps its rubric and model answer out of the variant until the text is in, then scores only the essential points", () => {
      for (const seed of SEEDS.slice(0, 10)) {
        const served = JSON.stringify(template.generate(seed));
        const written = template.grade(seed, Object.fromEntries(template.partIds.map((id) => [id, "My own answer."])));
        for (const part of written.parts) {
          expect(part.status, "text without ticks: now compare").toBe("unanswered");
          expect(part.modelAnswer?.trim()).toBeTruthy();
          const rubric = part.rubric ?? [];
          expect(rubric.filter((point) => point.essential).length).toBeGreaterThanOrEqual(2);
          // Neither the model answer nor any key point leaks into what GET serves.
          expect(served).not.toContain(JSON.stringify(part.modelAnswer).slice(1, -1));
          for (const point of rubric) expect(served).not.toContain(JSON.stringify(point.text).slice(1, -1));
          // Ticking only the bonus points scores 0; ticking one essential point of k scores 1/k.
          const bonus = rubric.filter((point) => !point.essential).map((point) => point.id);
          const essential = rubric.filter((point) => point.essential).map((point) => point.id);
          const text = { [part.id]: "My own answer." };
          const onlyBonus = template.grade(seed, text, { [part.id]: bonus }).parts.find((p) => p.id === part.id);
          expect(onlyBonus).toMatchObject({ status: "incorrect", score: 0, selfAssessed: true });
          const one = template.grade(seed, text, { [part.id]: essential.slice(0, 1) }).parts.find((p) => p.id === part.id);
          expect(one?.score).toBeCloseTo(1 / essential.length, 12);
        }
        // The model answer itself is a text the form accepts.
        for (const text of Object.values(template.answerKey(seed))) expect(String(text).length).toBeLessThanOrEqual(4000);
      }
    });
  }

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
