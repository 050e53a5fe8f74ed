// Concept questions of content-map topics 8–9 (the model zoo; MLE vs EM side by side): the bank's
// shape (ids, topics, sources, hints, option counts) and how wrong answers are graded. Rendering and
// the answer key are covered by test/questions/content.test.ts.
import { describe, expect, it } from "vitest";
import { TEMPLATES } from "@/lib/questions";
import { ZOO_AND_COMPARISON_CONCEPTS } from "@/lib/questions/templates/concepts/zoo-and-comparison";
import type { Choice, PublicPart, QuestionTemplate } from "@/lib/questions/types";

const SEED = 12345;
/** Concept questions vary with the seed (scenario, keyed phrasing, distractors drawn): check several variants. */
const VARIANT_SEEDS = [SEED, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const templates = ZOO_AND_COMPARISON_CONCEPTS;

function rightIds(template: QuestionTemplate, partId: string, seed = SEED): string[] {
  return [...(template.answerKey(seed)[partId] ?? [])];
}

function choicesOf(part: PublicPart): Choice[] {
  return part.choices ?? [];
}

/** The parts of a template whose learner picks from options (single or multi), not an ordering. */
function choiceParts(template: QuestionTemplate, seed = SEED): PublicPart[] {
  return template.generate(seed).parts.filter((part) => part.input === "choice" || part.input === "multi");
}

/** A "match" question: at least two single-choice parts offering the same option ids. */
function isMatch(template: QuestionTemplate): boolean {
  const singles = template.generate(SEED).parts.filter((part) => part.input === "choice");
  if (singles.length < 2) return false;
  const ids = (part: PublicPart) =>
    choicesOf(part)
      .map((choice) => choice.id)
      .sort()
      .join();
  return singles.every((part) => ids(part) === ids(singles[0] as PublicPart));
}

function isTrueFalse(part: PublicPart): boolean {
  return part.input === "choice" && choicesOf(part).every((choice) => /^(True|False): because /.test(choice.label));
}

describe("the zoo-and-comparison concept bank", () => {
  it("has kebab-case ids prefixed concept-, unique here and in the whole bank", () => {
    const ids = templates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^concept-[a-z0-9]+(-[a-z0-9]+)*$/);
    const bankIds = TEMPLATES.map((template) => template.id);
    for (const id of ids)
      expect(
        bankIds.filter((other) => other === id),
        id,
      ).toHaveLength(1);
  });

  it("covers topics 8 and 9 with at least 12 concept questions each, at every difficulty", () => {
    expect(templates.length).toBeGreaterThanOrEqual(28);
    for (const topic of ["model-zoo", "mle-vs-em"]) {
      const inTopic = templates.filter((template) => template.topic === topic);
      expect(inTopic.length, topic).toBeGreaterThanOrEqual(12);
      expect(new Set(inTopic.map((template) => template.difficulty)), topic).toEqual(new Set(["easy", "medium", "hard"]));
    }
    for (const template of templates) {
      expect(["model-zoo", "mle-vs-em"]).toContain(template.topic);
      expect(template.kind).toBe("concept");
    }
  });

  it("mixes the part kinds: single choice, multi, true/false with a reason, order, match", () => {
    const parts = templates.flatMap((template) => template.generate(SEED).parts);
    expect(parts.filter((part) => part.input === "multi").length).toBeGreaterThanOrEqual(4);
    expect(parts.filter((part) => part.input === "order").length).toBeGreaterThanOrEqual(1);
    expect(parts.filter(isTrueFalse).length).toBeGreaterThanOrEqual(6);
    expect(parts.filter((part) => part.input === "choice" && !isTrueFalse(part)).length).toBeGreaterThanOrEqual(10);
    expect(templates.filter(isMatch).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(templates.map((template) => [template.id, template] as const))("%s", (_id, template) => {
  it("names a book section or a paper as its source", () => {
    // Every reference is "Author (year), ..." and points into a book (§ or chapter) or gives a paper's title.
    for (const reference of template.source.split(";").map((text) => text.trim())) {
      expect(reference, template.source).toMatch(/^[A-Z][^()]*\((19|20)\d{2}\)/);
      const bookSection = /§\s?\d|ch\. \d/.test(reference);
      const paperTitle = /\((19|20)\d{2}\), [A-Z][\w'’-]*( [\w'’:.,-]+){2,}/.test(reference);
      expect(bookSection || paperTitle, reference).toBe(true);
    }
  });

  it("gives every part at least two hints and every choice part four or five options, in every variant", () => {
    for (const part of VARIANT_SEEDS.flatMap((seed) => template.generate(seed).parts)) {
      expect(part.hints.length, part.id).toBeGreaterThanOrEqual(2);
      expect(new Set(part.hints).size, `${part.id}: hints repeat`).toBe(part.hints.length);
      if (part.input === "choice" || part.input === "multi") {
        expect(choicesOf(part).length, part.id).toBeGreaterThanOrEqual(4);
        expect(choicesOf(part).length, part.id).toBeLessThanOrEqual(5);
      }
    }
    expect(template.grade(SEED, template.answerKey(SEED)).solution.length).toBeGreaterThan(200);
  });

  it.each(VARIANT_SEEDS)("explains every wrong option in its own words when it is chosen (seed %i)", (seed) => {
    for (const part of choiceParts(template, seed)) {
      const right = rightIds(template, part.id, seed);
      const wrongExplanations: string[] = [];
      for (const choice of choicesOf(part).filter((option) => !right.includes(option.id))) {
        // A multi part is answered with the right set plus this one wrong option.
        const answer = part.input === "multi" ? [...right, choice.id] : choice.id;
        const result = template.grade(seed, { [part.id]: answer }).parts.find((graded) => graded.id === part.id);
        expect(result?.status, `${part.id}/${choice.id}`).toBe("incorrect");
        expect(result?.expected).toEqual(right);
        const message = result?.message ?? "";
        const explanation =
          part.input === "multi"
            ? (message.split("\n").find((line) => line.startsWith(`- Not this one: ${choice.label}`)) ?? "").slice(
                `- Not this one: ${choice.label}`.length,
              )
            : message.replace(/^Not quite\. /, "");
        // Long enough to give a reason, and not a copy of the option's own label.
        expect(explanation.trim().length, `${part.id}/${choice.id}: ${explanation}`).toBeGreaterThanOrEqual(60);
        expect(explanation).not.toContain(choice.label);
        wrongExplanations.push(explanation);
      }
      expect(new Set(wrongExplanations).size, `${part.id}: two wrong options share an explanation`).toBe(wrongExplanations.length);
    }
  });

  it("marks a true/false part's options with a verdict and a reason, both verdicts offered in every variant", () => {
    for (const part of VARIANT_SEEDS.flatMap((seed) => template.generate(seed).parts).filter(isTrueFalse)) {
      const verdicts = choicesOf(part).map((choice) => choice.label.split(":")[0]);
      expect(new Set(verdicts), part.id).toEqual(new Set(["True", "False"]));
    }
  });
});

describe("variation and the longest-option tell, over seeds 1–6", () => {
  const sixSeeds = [1, 2, 3, 4, 5, 6];
  /** A variant's content without its order: prompts and the set of option labels per part. */
  const contentOf = (template: QuestionTemplate, seed: number) => {
    const variant = template.generate(seed);
    return JSON.stringify([
      variant.prompt,
      variant.parts.map((part) => [
        part.prompt,
        choicesOf(part)
          .map((c) => c.label)
          .sort(),
      ]),
    ]);
  };

  it.each(templates.map((template) => [template.id, template] as const))("%s shows at least 3 distinct variants", (_id, template) => {
    expect(new Set(sixSeeds.map((seed) => contentOf(template, seed))).size).toBeGreaterThanOrEqual(3);
  });

  it("keys the strictly longest option in at most a quarter of the single-choice parts", () => {
    let parts = 0;
    let keyedLongest = 0;
    for (const template of templates) {
      for (const seed of sixSeeds) {
        const key = template.answerKey(seed);
        for (const part of template.generate(seed).parts.filter((p) => p.input === "choice")) {
          const lengths = choicesOf(part).map((choice) => choice.label.length);
          const longest = Math.max(...lengths);
          const longestIds = choicesOf(part)
            .filter((choice) => choice.label.length === longest)
            .map((choice) => choice.id);
          parts += 1;
          if (longestIds.length === 1 && longestIds[0] === key[part.id]?.[0]) keyedLongest += 1;
        }
      }
    }
    expect(parts).toBeGreaterThan(100);
    expect(keyedLongest / parts, `${keyedLongest} of ${parts}`).toBeLessThanOrEqual(0.25);
  });
});

describe("multi parts", () => {
  const multis = templates.flatMap((template) =>
    template
      .generate(SEED)
      .parts.filter((part) => part.input === "multi")
      .map((part) => [`${template.id}/${part.id}`, template, part] as const),
  );

  it.each(multis)("%s is right only for exactly the right set", (_name, template, part) => {
    const right = rightIds(template, part.id);
    const wrong = choicesOf(part)
      .map((choice) => choice.id)
      .filter((id) => !right.includes(id));
    const status = (answer: string[]) => template.grade(SEED, { [part.id]: answer }).parts.find((p) => p.id === part.id);
    expect(status(right)?.status).toBe("correct");
    expect(status([...right].reverse())?.status).toBe("correct");
    expect(wrong.length).toBeGreaterThan(0);
    expect(status(wrong)?.status).toBe("incorrect");
    expect(status(choicesOf(part).map((choice) => choice.id))?.status).toBe("incorrect");
    if (right.length > 1) {
      const missing = status(right.slice(1));
      expect(missing?.status).toBe("incorrect");
      expect(missing?.message).toContain("You missed");
    }
  });

  // Hand-checked against the cited sources, independently of the option flags in the templates: the
  // right and the wrong options of each pool. Every variant shows some of each, and its key is exactly
  // the shown options that are right.
  const handChecked: [string, string[], string[]][] = [
    // Bishop (2006) §9.2, §13.2, §12.2.4: mixtures, HMMs, factor analysis and latent classes are EM's textbook cases.
    [
      "concept-zoo-which-need-em",
      ["factor-analysis", "gmm-heights", "hmm-speech", "latent-class-survey"],
      ["logistic-loans", "naive-bayes-labelled", "poisson-claims", "multinomial-die", "linear-prices"],
    ],
    // Dempster, Laird & Rubin (1977) §4: latent segments, missing values and censoring are incomplete data.
    [
      "concept-zoo-spot-the-latent",
      ["censored-bulbs", "segments", "skipped-income", "mixed-strains", "absent-second-test"],
      ["house-prices", "click-rate", "bus-gaps", "pass-rates"],
    ],
    // Brown et al. (1993): hidden alignments, factorised E-step, normalised expected counts.
    [
      "concept-zoo-ibm-model-1",
      ["factorised-posterior", "latent-alignment", "normalised-counts", "concave-global"],
      ["many-random-starts", "alignments-observed", "viterbi-alignment", "joint-alignments", "variational-needed"],
    ],
    // DLR (1977) §3; Xu & Jordan (1996): constraints for free, linear rate, shared gradient.
    [
      "concept-vs-em-vs-gradient",
      ["constraints-no-step", "fisher-identity", "linear-rate", "scaled-gradient"],
      ["no-gradient-mixture", "em-always-faster", "newton-simplex", "em-uses-hessian"],
    ],
    [
      "concept-vs-true-statements",
      ["monotone", "same-target", "unnecessary", "restarts", "e-step-posterior"],
      ["global", "needs-labels", "needs-prior", "different-estimator", "quadratic"],
    ],
    [
      "concept-vs-when-direct-optimisation",
      ["high-missing-information", "inside-network", "no-closed-m-step", "tied-parameters"],
      ["intractable-posterior", "keep-constraints", "guaranteed-ascent", "well-separated"],
    ],
  ];

  it.each(handChecked)("%s keys exactly the shown options of the right set %j", (id, right, wrong) => {
    const template = templates.find((candidate) => candidate.id === id);
    expect(template, id).toBeDefined();
    if (!template) return;
    for (let seed = 0; seed < 50; seed += 1) {
      const shown = choicesOf(template.generate(seed).parts[0] as PublicPart).map((choice) => choice.id);
      for (const option of shown) expect([...right, ...wrong], `${id} seed ${seed}`).toContain(option);
      const shownRight = shown.filter((option) => right.includes(option));
      const shownWrong = shown.filter((option) => wrong.includes(option));
      expect(shownRight.length, `${id} seed ${seed}`).toBeGreaterThan(0);
      expect(shownWrong.length, `${id} seed ${seed}`).toBeGreaterThan(0);
      expect([...(template.answerKey(seed).answer ?? [])].sort()).toEqual([...shownRight].sort());
      expect(template.grade(seed, { answer: shownRight }).parts[0]?.status).toBe("correct");
      expect(template.grade(seed, { answer: [...shownRight, shownWrong[0] as string] }).parts[0]?.status).toBe("incorrect");
    }
  });
});

describe("order parts", () => {
  const orders = templates.flatMap((template) =>
    template
      .generate(SEED)
      .parts.filter((part) => part.input === "order")
      .map((part) => [`${template.id}/${part.id}`, template, part] as const),
  );

  it("include the explain-EM question, with the E-step before the M-step", () => {
    const explain = templates.find((template) => template.id === "concept-vs-explain-em-order");
    const key = explain?.answerKey(SEED).steps ?? [];
    expect(key.indexOf("init")).toBeLessThan(key.indexOf("e-step"));
    expect(key.indexOf("e-step")).toBeLessThan(key.indexOf("m-step"));
    expect(key.indexOf("m-step")).toBeLessThan(key.indexOf("check"));
  });

  it.each(orders)(
    "%s grades every swap of two neighbouring steps as wrong, naming the first step out of place",
    (_name, template, part) => {
      const right = rightIds(template, part.id);
      for (let i = 0; i + 1 < right.length; i += 1) {
        const swapped = [...right];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
        const result = template.grade(SEED, { [part.id]: swapped }).parts.find((p) => p.id === part.id);
        expect(result?.status).toBe("incorrect");
        expect(result?.message).toContain(`step ${i + 1} should be`);
      }
      const reversed = template.grade(SEED, { [part.id]: [...right].reverse() }).parts.find((p) => p.id === part.id);
      expect(reversed?.status).toBe("incorrect");
      // Shown shuffled: no seed serves the steps already in order.
      for (let seed = 0; seed < 30; seed += 1) {
        const shown = template.generate(seed).parts.find((p) => p.id === part.id);
        expect(choicesOf(shown as PublicPart).map((choice) => choice.id)).not.toEqual(right);
      }
    },
  );
});

describe("match questions", () => {
  // Model → method from the literature: McCullagh & Nelder (1989) §2.5; Tipping & Bishop (1999);
  // Blei, Ng & Jordan (2003); Brown et al. (1993); Rabiner (1989).
  const expectedMethods: Record<string, Record<string, string>> = {
    "concept-zoo-match-plain-mle": {
      linear: "closed-form",
      logistic: "iterative",
      poisson: "iterative",
      multinomial: "closed-form",
      "naive-bayes": "closed-form",
    },
    "concept-zoo-match-latent-models": { gmm: "em", hmm: "em", ppca: "closed-form", lda: "variational-em", ibm1: "em" },
    "concept-zoo-latent-variable": {
      gmm: "label",
      hmm: "state-sequence",
      "factor-analysis": "factor",
      ibm1: "alignment",
      "missing-data": "missing",
    },
    "concept-vs-side-by-side": {
      "needs-labels": "direct",
      alternates: "em",
      "same-target": "both",
      "depends-on-start": "em",
      map: "both",
      hessian: "neither",
    },
  };

  it.each(Object.entries(expectedMethods))("%s matches each item as the sources say", (id, expected) => {
    const template = templates.find((candidate) => candidate.id === id);
    expect(template && isMatch(template), id).toBe(true);
    if (!template) return;
    expect(template.grade(SEED, expected).score).toBe(1);
  });

  it.each(templates.filter(isMatch).map((template) => [template.id, template] as const))(
    "%s: one wrong match costs that part only",
    (_id, template) => {
      const key = Object.fromEntries(Object.entries(template.answerKey(SEED)).map(([part, ids]) => [part, ids[0] as string]));
      const parts = template.generate(SEED).parts;
      for (const part of parts) {
        const wrong = choicesOf(part).find((choice) => choice.id !== key[part.id]);
        const result = template.grade(SEED, { ...key, [part.id]: wrong?.id ?? "" });
        expect(result.score).toBeCloseTo((parts.length - 1) / parts.length, 10);
        for (const graded of result.parts) expect(graded.status).toBe(graded.id === part.id ? "incorrect" : "correct");
      }
    },
  );
});
