// The concept questions on topics 5–7 (why labels matter, EM mechanics, EM properties): the bank's
// rules for them (ids, topics, sources, hints, option counts), and that every wrong answer is graded
// wrong with its own reason. Everything goes through the public template API, as a learner's check does.
import { describe, expect, it } from "vitest";
import { conceptHiddenLabel } from "@/lib/questions/templates/concepts/hidden-label";
import { EM_CONCEPTS } from "@/lib/questions/templates/concepts/em";
import type { PublicPart, QuestionTemplate } from "@/lib/questions/types";

const SEED = 12345;
const TOPICS = ["why-labels-matter", "em-mechanics", "em-properties"] as const;
const NEW_CONCEPTS = EM_CONCEPTS.filter((template) => template.id !== conceptHiddenLabel.id);

function partsOf(template: QuestionTemplate): PublicPart[] {
  return template.generate(SEED).parts;
}

function choiceIds(part: PublicPart): string[] {
  return (part.choices ?? []).map((choice) => choice.id);
}

/** The right ids of one part, from the answer key (a list for every choice, multi and order part). */
function keyOf(template: QuestionTemplate, partId: string): string[] {
  const key = template.answerKey(SEED)[partId];
  return typeof key === "string" ? [key] : [...(key ?? [])];
}

function gradePart(template: QuestionTemplate, partId: string, answer: string | string[]) {
  const result = template.grade(SEED, { [partId]: answer }).parts.find((part) => part.id === partId);
  if (!result) throw new Error(`no result for part ${partId}`);
  return result;
}

describe("EM concept questions: the bank's rules", () => {
  it("keeps the hidden-label question and adds at least 28 new ones, with unique kebab-case concept- ids", () => {
    expect(EM_CONCEPTS).toContain(conceptHiddenLabel);
    expect(NEW_CONCEPTS.length).toBeGreaterThanOrEqual(28);
    const ids = EM_CONCEPTS.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^concept-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(TOPICS)("has at least 7 new questions on %s", (topic) => {
    expect(NEW_CONCEPTS.filter((template) => template.topic === topic).length).toBeGreaterThanOrEqual(7);
  });

  it("covers topics 5–7 only, as concept questions, with every difficulty present", () => {
    for (const template of EM_CONCEPTS) {
      expect(TOPICS).toContain(template.topic);
      expect(template.kind).toBe("concept");
    }
    expect(new Set(NEW_CONCEPTS.map((template) => template.difficulty))).toEqual(new Set(["easy", "medium", "hard"]));
  });

  it("uses single choice, select-all and order parts", () => {
    const inputs = new Set(NEW_CONCEPTS.flatMap((template) => partsOf(template).map((part) => part.input)));
    expect(inputs).toEqual(new Set(["choice", "multi", "order"]));
  });

  it.each(NEW_CONCEPTS.map((template) => [template.id, template] as const))(
    "%s names a book section or a paper as its source",
    (_id, template) => {
      // A year, and either a section/chapter or a journal: "Bishop (2006), ... §9.2", "Wu (1983), Annals of Statistics".
      expect(template.source).toMatch(/\((19|20)\d\d\)/);
      expect(template.source).toMatch(
        /§|Ch\.|Journal|Annals|Biometrika|Technometrics|Nature|Neural Computation|Machine Learning|Review|Linear Algebra|Computational Statistics|Learning in Graphical Models/,
      );
    },
  );

  it.each(NEW_CONCEPTS.map((template) => [template.id, template] as const))(
    "%s gives every part at least 2 hints and every choice part 4 or 5 options",
    (_id, template) => {
      for (const part of partsOf(template)) {
        expect(part.hints.length, `part ${part.id}`).toBeGreaterThanOrEqual(2);
        if (part.input !== "order") expect(choiceIds(part).length, `part ${part.id}`).toBeGreaterThanOrEqual(4);
        if (part.input !== "order") expect(choiceIds(part).length, `part ${part.id}`).toBeLessThanOrEqual(5);
      }
    },
  );
});

describe.each(NEW_CONCEPTS.map((template) => [template.id, template] as const))("%s: wrong answers", (_id, template) => {
  it("grades each wrong single choice incorrect, with a reason of its own", () => {
    for (const part of partsOf(template).filter((candidate) => candidate.input === "choice")) {
      const right = keyOf(template, part.id);
      expect(right, `part ${part.id} has one right option`).toHaveLength(1);
      const reasons = choiceIds(part)
        .filter((id) => !right.includes(id))
        .map((id) => {
          const result = gradePart(template, part.id, id);
          expect(result.status, `part ${part.id} option ${id}`).toBe("incorrect");
          expect(result.expected).toEqual(right);
          return result.message.replace(/^Not quite\.\s*/, "");
        });
      // A reason is a sentence, not "Wrong.", and no two wrong options share one.
      for (const reason of reasons) expect(reason.length, `part ${part.id}: "${reason}"`).toBeGreaterThan(40);
      expect(new Set(reasons).size, `part ${part.id}`).toBe(reasons.length);
    }
  });

  it("grades a select-all answer with an extra wrong option, or with a right one missing, as incorrect", () => {
    for (const part of partsOf(template).filter((candidate) => candidate.input === "multi")) {
      const right = keyOf(template, part.id);
      const wrong = choiceIds(part).filter((id) => !right.includes(id));
      expect(wrong.length, `part ${part.id} has wrong options to catch`).toBeGreaterThan(0);
      for (const id of wrong) {
        const result = gradePart(template, part.id, [...right, id]);
        expect(result.status, `part ${part.id} plus ${id}`).toBe("incorrect");
        expect(result.message).toContain("Not this one:");
        expect(result.message).not.toContain("You missed:");
      }
      for (const id of right.length > 1 ? right : []) {
        const result = gradePart(
          template,
          part.id,
          right.filter((other) => other !== id),
        );
        expect(result.status, `part ${part.id} without ${id}`).toBe("incorrect");
        expect(result.message).toContain("You missed:");
      }
      // Only the wrong options: every one is named, every right one is missed.
      const allWrong = gradePart(template, part.id, wrong);
      expect(allWrong.status).toBe("incorrect");
      expect(allWrong.message.match(/Not this one:/g)).toHaveLength(wrong.length);
      expect(allWrong.message.match(/You missed:/g)).toHaveLength(right.length);
    }
  });

  it("grades an order with two neighbouring steps swapped as incorrect, naming the first misplaced step", () => {
    for (const part of partsOf(template).filter((candidate) => candidate.input === "order")) {
      const right = keyOf(template, part.id);
      expect(right.length).toBeGreaterThanOrEqual(4);
      for (let i = 0; i + 1 < right.length; i += 1) {
        const swapped = [...right];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
        const result = gradePart(template, part.id, swapped);
        expect(result.status, `part ${part.id} swap ${i}`).toBe("incorrect");
        expect(result.message).toContain(`step ${i + 1} should be`);
      }
      expect(gradePart(template, part.id, [...right].reverse()).status).toBe("incorrect");
    }
  });
});

describe("EM concept questions vary, and option length gives nothing away", () => {
  const SIX_SEEDS = [1, 2, 3, 4, 5, 6];

  /** A variant's content without its order: the prompt texts and the set of option labels per part. */
  function contentOf(template: QuestionTemplate, seed: number): string {
    const variant = template.generate(seed);
    return JSON.stringify([
      variant.prompt,
      variant.parts.map((part) => [part.prompt, choiceIds(part).length, (part.choices ?? []).map((choice) => choice.label).sort()]),
    ]);
  }

  it.each(EM_CONCEPTS.map((template) => [template.id, template] as const))(
    "%s shows at least 3 distinct variants in seeds 1–6 and fills every placeholder",
    (_id, template) => {
      expect(new Set(SIX_SEEDS.map((seed) => contentOf(template, seed))).size).toBeGreaterThanOrEqual(3);
      for (let seed = 0; seed < 30; seed += 1) {
        const variant = template.generate(seed);
        const texts = [
          variant.prompt,
          ...variant.parts.flatMap((part) => [part.prompt, ...part.hints, ...(part.choices ?? []).map((choice) => choice.label)]),
        ];
        for (const text of texts) expect(text, `seed ${seed}`).not.toMatch(/\{\{\s*[a-zA-Z]/);
        expect(template.grade(seed, template.answerKey(seed)).solution).not.toMatch(/\{\{\s*[a-zA-Z]/);
      }
    },
  );

  it("the keyed option is the strictly longest, or the strictly shortest, of its part at most 25 % of the time", () => {
    let parts = 0;
    let longest = 0;
    let shortest = 0;
    for (const template of EM_CONCEPTS) {
      for (const seed of SIX_SEEDS) {
        const key = template.answerKey(seed);
        for (const part of template.generate(seed).parts) {
          if (part.input !== "choice" || !part.choices) continue;
          const keyed = key[part.id]?.[0];
          const lengths = part.choices.map((choice) => ({ id: choice.id, length: choice.label.length }));
          const most = lengths.filter((entry) => entry.length === Math.max(...lengths.map((other) => other.length)));
          const least = lengths.filter((entry) => entry.length === Math.min(...lengths.map((other) => other.length)));
          parts += 1;
          if (most.length === 1 && most[0]?.id === keyed) longest += 1;
          if (least.length === 1 && least[0]?.id === keyed) shortest += 1;
        }
      }
    }
    expect(parts).toBeGreaterThan(200);
    expect(longest / parts, `${longest} of ${parts} parts`).toBeLessThanOrEqual(0.25);
    expect(shortest / parts, `${shortest} of ${parts} parts`).toBeLessThanOrEqual(0.25);
  });

  it("draws each keyed phrasing of a part from its pool: over many seeds, more than one keyed option is shown", () => {
    for (const template of EM_CONCEPTS) {
      const keyedSeen = new Set<string>();
      for (let seed = 0; seed < 60; seed += 1) {
        for (const [partId, ids] of Object.entries(template.answerKey(seed))) {
          const part = template.generate(seed).parts.find((candidate) => candidate.id === partId);
          if (part?.input === "choice") keyedSeen.add(`${partId}:${(ids as string[])[0]}`);
        }
      }
      const choiceParts = template.generate(0).parts.filter((part) => part.input === "choice").length;
      // Match questions (shared options) keep one key per part, and the two-coin iteration's numeric answer
      // varies through its scenario; every other template has several keyed phrasings somewhere.
      const oneKeyPerPart = [
        "concept-complete-vs-observed-likelihood",
        "concept-gmm-m-step-formulas",
        "concept-missing-data-mechanisms",
        "concept-two-coins-iteration",
      ];
      if (choiceParts > 0 && !oneKeyPerPart.includes(template.id)) {
        expect(keyedSeen.size, template.id).toBeGreaterThan(choiceParts);
      }
    }
  });
});
