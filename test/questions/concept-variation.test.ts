// Concept questions must vary with the seed (a scenario, a phrasing of the keyed statement, distractors
// from a pool) and must not be passable by picking the longest option. Measured over the whole bank.
import { describe, expect, it } from "vitest";
import { TEMPLATES } from "@/lib/questions";
import { defineConcept, type ConceptSpec } from "@/lib/questions/concept";

const CONCEPTS = TEMPLATES.filter((template) => template.kind === "concept");
const SIX_SEEDS = [1, 2, 3, 4, 5, 6];

/** A variant's content without its order: the prompt texts and the set of option labels per part. */
function contentOf(templateId: string, seed: number): string {
  const template = TEMPLATES.find((candidate) => candidate.id === templateId);
  const variant = template!.generate(seed);
  return JSON.stringify([
    variant.prompt,
    variant.parts.map((part) => [part.prompt, (part.choices ?? []).map((choice) => choice.label).sort()]),
  ]);
}

describe("concept questions vary", () => {
  it("at least 90 % of concept templates show 3 or more distinct variants in 6 seeds", () => {
    const varying = CONCEPTS.filter((template) => new Set(SIX_SEEDS.map((seed) => contentOf(template.id, seed))).size >= 3);
    const share = varying.length / CONCEPTS.length;
    const fixed = CONCEPTS.filter((template) => !varying.includes(template)).map((template) => template.id);
    expect(share, `${varying.length}/${CONCEPTS.length} vary; fixed: ${fixed.join(", ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("the keyed option is the longest of its part at most 30 % of the time", () => {
    let keyedLongest = 0;
    let parts = 0;
    for (const template of CONCEPTS) {
      for (const seed of SIX_SEEDS) {
        const variant = template.generate(seed);
        const key = template.answerKey(seed);
        for (const part of variant.parts) {
          if (part.input !== "choice" || !part.choices) continue;
          const keyed = key[part.id]?.[0];
          const lengths = part.choices.map((choice) => ({ id: choice.id, length: choice.label.length }));
          const longest = Math.max(...lengths.map((entry) => entry.length));
          parts += 1;
          // A strict longest: a tie is not a tell.
          const strictLongest = lengths.filter((entry) => entry.length === longest);
          if (strictLongest.length === 1 && strictLongest[0]?.id === keyed) keyedLongest += 1;
        }
      }
    }
    expect(parts).toBeGreaterThan(0);
    expect(keyedLongest / parts, `${keyedLongest} of ${parts} single-choice parts`).toBeLessThanOrEqual(0.3);
  });
});

describe("defineConcept: scenarios and option pools", () => {
  const spec: ConceptSpec = {
    id: "pool-test",
    title: "Pool",
    topic: "why-labels-matter",
    difficulty: "easy",
    tags: ["test"],
    source: "test",
    scenarios: [{ label: "sex" }, { label: "segment" }, { label: "topic" }],
    prompt: "The hidden label is the {{label}}.",
    parts: [
      {
        id: "answer",
        input: "choice",
        prompt: "Why EM for the {{label}}?",
        show: 3,
        hints: ["Think of the {{label}}."],
        options: [
          { id: "k1", correct: true, label: "Right A", explanation: "Because {{label}} is hidden." },
          { id: "k2", correct: true, label: "Right B", explanation: "Also right." },
          { id: "w1", correct: false, label: "Wrong 1", explanation: "No." },
          { id: "w2", correct: false, label: "Wrong 2", explanation: "No." },
          { id: "w3", correct: false, label: "Wrong 3", explanation: "No." },
        ],
      },
      {
        id: "all",
        input: "multi",
        prompt: "Pick all.",
        show: 3,
        hints: ["All right ones."],
        options: [
          { id: "r1", correct: true, label: "R1", explanation: "yes" },
          { id: "r2", correct: true, label: "R2", explanation: "yes" },
          { id: "x1", correct: false, label: "X1", explanation: "no" },
          { id: "x2", correct: false, label: "X2", explanation: "no" },
        ],
      },
    ],
    solution: "The {{label}} is hidden.",
  };
  const template = defineConcept(spec);

  it("fills placeholders from the drawn scenario and shows exactly one keyed phrasing", () => {
    const labels = new Set<string>();
    for (let seed = 0; seed < 40; seed += 1) {
      const variant = template.generate(seed);
      expect(variant.prompt).not.toContain("{{");
      labels.add(variant.prompt);
      const choice = variant.parts[0]!;
      expect(choice.choices).toHaveLength(3);
      expect(choice.choices!.filter((option) => option.id.startsWith("k"))).toHaveLength(1);
      const multi = variant.parts[1]!;
      expect(multi.choices).toHaveLength(3);
      expect(multi.choices!.some((option) => option.id.startsWith("r"))).toBe(true);
      expect(multi.choices!.some((option) => option.id.startsWith("x"))).toBe(true);
      // The key grades right; an option that was not shown is invalid.
      expect(template.grade(seed, template.answerKey(seed)).score).toBe(1);
      const hidden =
        spec.parts[0]!.input !== "order"
          ? spec.parts[0]!.options.find((option) => !choice.choices!.some((shown) => shown.id === option.id))
          : undefined;
      if (hidden) expect(template.grade(seed, { answer: hidden.id }).parts[0]?.status).toBe("invalid");
      expect(template.grade(seed, template.answerKey(seed)).solution).toMatch(/^The (sex|segment|topic) is hidden\.$/);
    }
    expect(labels.size).toBe(3);
  });

  it("refuses a placeholder that a scenario does not define", () => {
    expect(() => defineConcept({ ...spec, scenarios: [{ other: "x" }] })).toThrow(/does not define \{\{label\}\}/);
    expect(() => defineConcept({ ...spec, scenarios: undefined })).toThrow(/no scenarios/);
  });
});
