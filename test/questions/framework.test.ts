// The template builders: follow-through between parts, components accepted in any order where the
// labels are not fixed, and the concept part kinds (single, multi, order) with their validation.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineComputation } from "@/lib/questions/computation";
import { defineConcept, type ConceptSpec } from "@/lib/questions/concept";

// A toy two-part computation: the sum of the data, then the mean computed from that sum.
const sumThenMean = defineComputation({
  id: "toy-sum-then-mean",
  title: "Sum, then mean",
  topic: "likelihood",
  difficulty: "easy",
  tags: ["toy"],
  source: "test",
  make: (rng) => ({ data: { xs: [1, 2, 3, 4].map((x) => x + Math.floor(rng.next() * 5)) } }),
  prompt: () => "Numbers.",
  parts: [
    { id: "sum", prompt: "Sum?", hints: () => ["Add them."], truth: ({ xs }) => xs.reduce((a, b) => a + b, 0) },
    {
      id: "mean",
      prompt: "Mean, from your sum?",
      hints: () => ["Divide."],
      uses: ["sum"],
      truth: ({ xs }, earlier) => earlier("sum") / xs.length,
      check: ({ xs }) => ({ mistakes: [{ tag: "n-minus-1", value: xs.reduce((a, b) => a + b, 0) / (xs.length - 1), message: "n − 1" }] }),
    },
  ],
  solution: (_variant, truths) => `Sum ${truths.sum}, mean ${truths.mean}.`,
});

describe("follow-through", () => {
  const xs = sumThenMean.generate(5).data.xs as number[];
  const sum = xs.reduce((a, b) => a + b, 0);

  it("grades a later part against the learner's own wrong earlier answer, and says so", () => {
    const wrongSum = sum + 3;
    const result = sumThenMean.grade(5, { sum: String(wrongSum), mean: String(wrongSum / 4) });
    expect(result.parts[0]).toMatchObject({ id: "sum", status: "incorrect" });
    expect(result.parts[1]).toMatchObject({ id: "mean", status: "correct", carriedForward: true, expected: sum / 4 });
    expect(result.parts[1]?.message).toMatch(/given your answer to part 1/);
    expect(result.score).toBe(0.5);
  });

  it("always accepts the true value too, without carrying forward", () => {
    const result = sumThenMean.grade(5, { sum: String(sum + 3), mean: String(sum / 4) });
    expect(result.parts[1]).toMatchObject({ status: "correct" });
    expect(result.parts[1]?.carriedForward).toBeUndefined();
  });

  it("does not carry forward from a right, empty or unreadable earlier part", () => {
    for (const earlier of [String(sum), "", "0.7.1"]) {
      const result = sumThenMean.grade(5, { sum: earlier, mean: String((sum + 3) / 4) });
      expect(result.parts[1]?.status, earlier).toBe("incorrect");
    }
  });

  it("still names a known mistake when neither the truth nor the learner's own value fits", () => {
    const result = sumThenMean.grade(5, { sum: String(sum + 3), mean: String(sum / 3) });
    expect(result.parts[1]).toMatchObject({ status: "incorrect", mistake: "n-minus-1" });
  });
});

describe("follow-through of a short answer", () => {
  const quarter = defineComputation({
    id: "toy-quarter",
    title: "A quarter",
    topic: "likelihood",
    difficulty: "easy",
    tags: ["toy"],
    source: "test",
    make: () => ({ data: { a: 10.28 } }),
    prompt: () => "a",
    parts: [
      { id: "x", prompt: "x", hints: () => ["h"], truth: ({ a }) => a },
      { id: "y", prompt: "y = x/4", hints: () => ["h"], uses: ["x"], truth: (_data, earlier) => earlier("x") / 4 },
    ],
    solution: () => "s",
  });

  it("carries forward an answer that is the truth's coarse rounding but exactly right for the learner's own value", () => {
    // Truth y = 2.57; from the learner's x = 10.4, y = 2.6, which is also 2.57 to 2 figures.
    expect(quarter.grade(1, { x: "10.28", y: "2.6" }).parts[1]?.status).toBe("imprecise");
    expect(quarter.grade(1, { x: "10.4", y: "2.6" }).parts[1]).toMatchObject({ status: "correct", carriedForward: true });
  });
});

describe("answer keys", () => {
  it("give a part asked in lowest terms as a fraction", () => {
    const fraction = defineComputation({
      id: "toy-fraction",
      title: "A fraction",
      topic: "mle-closed-form",
      difficulty: "easy",
      tags: ["toy"],
      source: "test",
      make: (rng) => ({ data: { k: 1 + Math.floor(rng.next() * 20), n: 21 + Math.floor(rng.next() * 20) } }),
      prompt: () => "k/n in lowest terms",
      parts: [{ id: "p", prompt: "p", hints: () => ["h"], truth: ({ k, n }) => k / n, check: () => ({ lowestTerms: true }) }],
      solution: () => "s",
    });
    for (let seed = 0; seed < 100; seed += 1) {
      const key = fraction.answerKey(seed);
      expect(key.p, `seed ${seed}`).toMatch(/^\d+\/\d+$/);
      expect(fraction.grade(seed, key).parts[0]?.status, `seed ${seed}: ${String(key.p)}`).toBe("correct");
    }
  });
});

// Two mixture components whose labels the question does not fix.
const twoComponents = defineComputation({
  id: "toy-two-components",
  title: "Two components",
  topic: "em-mechanics",
  difficulty: "easy",
  tags: ["toy"],
  source: "test",
  make: (rng) => ({ data: { a: [1 + Math.floor(rng.next() * 50), 2], b: [100 + Math.floor(rng.next() * 50), 7] } }),
  prompt: () => "Two groups.",
  parts: [
    { id: "mean1", prompt: "m1", hints: () => ["h"], truth: ({ a }) => a[0] as number },
    { id: "size1", prompt: "s1", hints: () => ["h"], truth: ({ a }) => a[1] as number },
    { id: "mean2", prompt: "m2", hints: () => ["h"], truth: ({ b }) => b[0] as number },
    { id: "size2", prompt: "s2", hints: () => ["h"], truth: ({ b }) => b[1] as number },
  ],
  solution: () => "Done.",
  interchangeable: [
    ["mean1", "size1"],
    ["mean2", "size2"],
  ],
});

describe("components in any order", () => {
  it("grades the same whichever way the learner numbers the components", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean(), fc.boolean(), (seed, swap, spoil) => {
        const key = twoComponents.answerKey(seed) as Record<string, string>;
        const answers = { ...key };
        if (spoil) answers.size2 = String(Number(key.size2) + 1000);
        const swapped = { mean1: answers.mean2, size1: answers.size2, mean2: answers.mean1, size2: answers.size1 };
        const a = twoComponents.grade(seed, answers);
        const b = twoComponents.grade(seed, swap ? swapped : answers);
        expect(b.score).toBe(a.score);
        expect(a.score).toBe(spoil ? 0.75 : 1);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it("says that the other numbering is fine", () => {
    const key = twoComponents.answerKey(3) as Record<string, string>;
    const result = twoComponents.grade(3, { mean1: key.mean2, size1: key.size2, mean2: key.mean1, size2: key.size1 });
    expect(result.parts.every((part) => part.status === "correct")).toBe(true);
    expect(result.parts[0]?.message).toMatch(/other way round/);
  });

  it("does not mix parts of different components", () => {
    const key = twoComponents.answerKey(3) as Record<string, string>;
    // mean of component 2 with the size of component 1: no consistent numbering makes both right.
    const result = twoComponents.grade(3, { mean1: key.mean2, size1: key.size1, mean2: key.mean1, size2: key.size2 });
    expect(result.score).toBe(0.5);
  });
});

const conceptSpec: ConceptSpec = {
  id: "toy-concept",
  title: "Toy concept",
  topic: "mle-vs-em",
  difficulty: "easy",
  tags: ["toy"],
  source: "Bishop (2006), PRML §9.3",
  prompt: "Pick.",
  parts: [
    {
      id: "which",
      prompt: "Which?",
      input: "choice",
      hints: ["Think."],
      options: [
        { id: "right", label: "Right", correct: true, explanation: "Because." },
        { id: "wrong", label: "Wrong", correct: false, explanation: "It is not, because." },
      ],
    },
    {
      id: "all",
      prompt: "All that apply?",
      input: "multi",
      hints: ["Think."],
      options: [
        { id: "a", label: "A", correct: true, explanation: "A holds." },
        { id: "b", label: "B", correct: true, explanation: "B holds." },
        { id: "c", label: "C", correct: false, explanation: "C fails because." },
      ],
    },
    {
      id: "steps",
      prompt: "Order.",
      input: "order",
      hints: ["First things first."],
      steps: [
        { id: "init", label: "Initialise" },
        { id: "e", label: "E-step" },
        { id: "m", label: "M-step" },
      ],
    },
  ],
  solution: "Like so.",
};
const concept = defineConcept(conceptSpec);

describe("concept questions", () => {
  it("grades a multi part only when the chosen set is exactly right, explaining each slip", () => {
    expect(concept.grade(1, { all: ["b", "a"] }).parts[1]?.status).toBe("correct");
    const missed = concept.grade(1, { all: ["a"] }).parts[1];
    expect(missed).toMatchObject({ status: "incorrect", expected: ["a", "b"] });
    expect(missed?.message).toMatch(/You missed: B B holds\./);
    const extra = concept.grade(1, { all: ["a", "b", "c"] }).parts[1];
    expect(extra?.message).toMatch(/Not this one: C C fails because\./);
    expect(concept.grade(1, { all: ["a", "zzz"] }).parts[1]?.status).toBe("invalid");
  });

  it("grades an order part, naming the first step out of place", () => {
    expect(concept.grade(1, { steps: ["init", "e", "m"] }).parts[2]?.status).toBe("correct");
    const wrong = concept.grade(1, { steps: ["init", "m", "e"] }).parts[2];
    expect(wrong).toMatchObject({ status: "incorrect", expected: ["init", "e", "m"] });
    expect(wrong?.message).toMatch(/step 2 should be “E-step”/);
    expect(concept.grade(1, { steps: ["init", "e"] }).parts[2]?.status).toBe("invalid");
    expect(concept.grade(1, { steps: ["init", "e", "e"] }).parts[2]?.status).toBe("invalid");
  });

  it("scores the fraction of parts right", () => {
    expect(concept.grade(1, { which: "right", all: ["a"], steps: ["init", "e", "m"] }).score).toBeCloseTo(2 / 3, 12);
  });

  it("never shows the steps already in order", () => {
    for (let seed = 0; seed < 300; seed += 1) {
      const shown = concept.generate(seed).parts[2]?.choices?.map((choice) => choice.id);
      expect(shown).not.toEqual(["init", "e", "m"]);
    }
  });

  it("shows parts that share their options (match model to method) in one order", () => {
    const method = (id: string) => ({
      id,
      prompt: id,
      input: "choice" as const,
      hints: ["h"],
      options: ["closed", "newton", "em", "vem"].map((option) => ({
        id: option,
        label: option,
        correct: option === "em",
        explanation: `${option} because.`,
      })),
    });
    const match = defineConcept({ ...conceptSpec, parts: [method("gmm"), method("hmm"), method("lda")] });
    const orders = new Set<string>();
    for (let seed = 0; seed < 50; seed += 1) {
      const shown = match.generate(seed).parts.map((part) => part.choices?.map((choice) => choice.id).join());
      expect(new Set(shown).size, `seed ${seed}`).toBe(1);
      orders.add(shown[0] as string);
    }
    expect(orders.size).toBeGreaterThan(5); // still shuffled from seed to seed
  });

  it("refuses a malformed question when it is defined", () => {
    const withParts = (parts: ConceptSpec["parts"]) => () => defineConcept({ ...conceptSpec, parts });
    const [which] = conceptSpec.parts as [Extract<ConceptSpec["parts"][number], { input: "choice" | "multi" }>];
    expect(withParts([{ ...which, options: which.options.map((o) => ({ ...o, correct: true })) }])).toThrow(/exactly one right/);
    expect(withParts([{ ...which, options: which.options.map((o) => ({ ...o, explanation: " " })) }])).toThrow(/say why/);
    expect(withParts([{ ...which, hints: [] }])).toThrow(/hint/);
    expect(() => defineConcept({ ...conceptSpec, source: "" })).toThrow(/source/);
  });
});

describe("follow-through needs a plausible earlier value", () => {
  const xs = sumThenMean.generate(5).data.xs as number[];
  const sum = xs.reduce((a, b) => a + b, 0);

  it("gives no credit built on a nonsense earlier answer", () => {
    const result = sumThenMean.grade(5, { sum: "123456789", mean: String(123456789 / xs.length) });
    expect(result.parts[1]).toMatchObject({ status: "incorrect" });
    expect(result.parts[1]?.carriedForward).toBeUndefined();
  });

  it("still credits one built on a slip of plausible size", () => {
    const result = sumThenMean.grade(5, { sum: String(sum * 1.5), mean: String((sum * 1.5) / xs.length) });
    expect(result.parts[1]).toMatchObject({ status: "correct", carriedForward: true });
  });
});

describe("bands from the variant's own data", () => {
  // d = b − 411 = 0.5 with b = 411.5: b written to 4 figures can be off by 0.05, which moves d by 10 %.
  // The default 0.5 % of d would fail a careful learner; the band widens to about ±0.055.
  const chain = defineComputation({
    id: "toy-chain",
    title: "Chain",
    topic: "likelihood",
    difficulty: "easy",
    tags: ["toy"],
    source: "test",
    make: () => ({ data: { a: 1234.5 } }),
    prompt: () => "a",
    parts: [
      { id: "b", prompt: "b = a/3", hints: () => ["h"], truth: ({ a }) => a / 3 },
      { id: "d", prompt: "d = b − 411", hints: () => ["h"], uses: ["b"], truth: (_data, earlier) => earlier("b") - 411 },
    ],
    solution: () => "s",
  });

  it("widens a difference's band to what 4-figure working can move it, and says so in the prompt", () => {
    // d = 0.5 exactly; b typed as 411.5 (4 figures) is exact here, but 411.4 or 411.6 are half a unit away.
    expect(chain.grade(1, { b: "411.5", d: "0.55" }).parts[1]?.status).toBe("correct");
    expect(chain.grade(1, { b: "411.5", d: "0.7" }).parts[1]?.status).toBe("incorrect");
    const prompt = chain.generate(1).parts[1]?.prompt ?? "";
    expect(prompt).toMatch(/accepted within ±0\.05/);
    expect(chain.generate(1).parts[0]?.prompt).toMatch(/accepted within 0\.5 %/);
  });
});
