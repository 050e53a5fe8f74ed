// The concept questions of content-map topics 1–4 (likelihood, closed-form MLE, MLE properties,
// numerical MLE): bank wiring, coverage of topics, difficulties and part kinds, sources, options that
// explain themselves, how wrong answers grade, and how they vary with the seed (scenarios, several keyed
// phrasings, distractor pools) without giving the key away by its length. The rendering and answer-key
// checks over 50 seeds live in content.test.ts.
import katex from "katex";
import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/questions";
import type { ConceptChoicePart, ConceptPart, ConceptScenario, ConceptSpec } from "@/lib/questions/concept";
import { LIKELIHOOD_AND_MLE_CONCEPTS, LIKELIHOOD_AND_MLE_SPECS } from "@/lib/questions/templates/concepts/likelihood-and-mle";
import { renderMarkdown } from "@/lib/markdown";
import type { QuestionTemplate } from "@/lib/questions/types";

const TOPICS = ["likelihood", "mle-closed-form", "mle-properties", "mle-numerical"] as const;

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`no template ${id} in the bank`);
  return found;
}

/** The ids of the options a variant shows in one part. */
function shownIds(id: string, seed: number, partId: string): string[] {
  const part = template(id)
    .generate(seed)
    .parts.find((candidate) => candidate.id === partId);
  return (part?.choices ?? []).map((choice) => choice.id);
}

/** The first seed whose variant shows all of `ids` in the part (options are drawn from a pool). */
function seedShowing(id: string, partId: string, ids: readonly string[]): number {
  for (let seed = 1; seed <= 5000; seed += 1) {
    const shown = shownIds(id, seed, partId);
    if (ids.every((wanted) => shown.includes(wanted))) return seed;
  }
  throw new Error(`${id}/${partId}: no seed up to 5000 shows ${ids.join(", ")}`);
}

function gradePart(id: string, seed: number, partId: string, answer: string | string[]) {
  return template(id)
    .grade(seed, { [partId]: answer })
    .parts.find((graded) => graded.id === partId);
}

/** The first expected option id of a graded choice part. */
function keyedId(result: { expected?: unknown } | undefined): unknown {
  return Array.isArray(result?.expected) ? result.expected[0] : result?.expected;
}

/** An explanation as a pattern: its `{{placeholders}}` may be filled with any scenario's text. */
function patternOf(text: string): RegExp {
  const parts = text.split(/\{\{\s*[a-zA-Z][\w-]*\s*\}\}/);
  return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^]*?"));
}

/** Fills placeholders the way a learner sees them (written here independently of concept.ts). */
function fill(text: string, scenario: ConceptScenario | undefined): string {
  return text.replace(/\{\{\s*([a-zA-Z][\w-]*)\s*\}\}/g, (whole, name: string) => scenario?.[name] ?? whole);
}

const allParts = (): [ConceptSpec, ConceptPart][] =>
  LIKELIHOOD_AND_MLE_SPECS.flatMap((spec) => spec.parts.map((part) => [spec, part] as [ConceptSpec, ConceptPart]));

const choiceParts = (): [ConceptSpec, ConceptChoicePart][] =>
  allParts().filter((entry): entry is [ConceptSpec, ConceptChoicePart] => entry[1].input !== "order");

const trueFalseParts = () => choiceParts().filter(([, part]) => /^True or false/.test(part.prompt));

describe("likelihood and MLE concept questions: the set", () => {
  it("has at least 28 questions with unique kebab-case ids prefixed concept-, all in the bank", () => {
    const ids = LIKELIHOOD_AND_MLE_SPECS.map((spec) => spec.id);
    expect(ids.length).toBeGreaterThanOrEqual(28);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^concept-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(getTemplate(id)?.kind, id).toBe("concept");
    }
    expect(LIKELIHOOD_AND_MLE_CONCEPTS.map((question) => question.id)).toEqual(ids);
  });

  it("covers each of topics 1–4 with at least 6 questions, each topic at every difficulty", () => {
    for (const spec of LIKELIHOOD_AND_MLE_SPECS) expect(TOPICS, spec.id).toContain(spec.topic);
    for (const topic of TOPICS) {
      const inTopic = LIKELIHOOD_AND_MLE_SPECS.filter((spec) => spec.topic === topic);
      expect(inTopic.length, topic).toBeGreaterThanOrEqual(6);
      expect(new Set(inTopic.map((spec) => spec.difficulty)), topic).toEqual(new Set(["easy", "medium", "hard"]));
    }
  });

  it("names a dated book section or paper as the source of every question", () => {
    for (const spec of LIKELIHOOD_AND_MLE_SPECS) {
      expect(spec.source, spec.id).toMatch(/\((19|20)\d\d\)/);
      // A section (§7.2), a chapter (ch. 9) or a quoted paper title.
      expect(spec.source, spec.id).toMatch(/§\s?\d|ch\.\s?\d|'[^']{10,}'/);
    }
  });

  it("uses every part kind: single choice, multi, order, true/false with a reason, and match", () => {
    const inputs = new Set(allParts().map(([, part]) => part.input));
    expect(inputs).toEqual(new Set(["choice", "multi", "order"]));
    expect(trueFalseParts().length).toBeGreaterThanOrEqual(6);
    // A match question: several choice parts offering the very same labels.
    const matches = LIKELIHOOD_AND_MLE_SPECS.filter((spec) => {
      const labelSets = spec.parts
        .filter((part): part is ConceptChoicePart => part.input === "choice")
        .map((part) => part.options.map((option) => option.label).join("|"));
      return labelSets.length >= 3 && new Set(labelSets).size === 1;
    });
    expect(matches.length).toBeGreaterThanOrEqual(3);
  });
});

describe("likelihood and MLE concept questions: every part", () => {
  it("has at least two hints and a worked solution", () => {
    for (const [spec, part] of allParts()) expect(part.hints.length, `${spec.id}/${part.id}`).toBeGreaterThanOrEqual(2);
    for (const spec of LIKELIHOOD_AND_MLE_SPECS) expect(spec.solution.length, spec.id).toBeGreaterThan(150);
  });

  it("shows 4–5 options, drawn from a larger pool when it has one, each explaining itself in its own words", () => {
    for (const [spec, part] of choiceParts()) {
      const where = `${spec.id}/${part.id}`;
      const shown = part.show ?? part.options.length;
      expect(shown, where).toBeGreaterThanOrEqual(4);
      expect(shown, where).toBeLessThanOrEqual(5);
      if (part.show !== undefined) expect(part.options.length, `${where}: a pool larger than what is shown`).toBeGreaterThan(part.show);
      const explanations = part.options.map((option) => option.explanation.trim());
      expect(new Set(explanations).size, `${where}: explanations repeat`).toBe(explanations.length);
      const labels = part.options.map((option) => option.label.trim());
      expect(new Set(labels).size, `${where}: labels repeat`).toBe(labels.length);
      for (const option of part.options) {
        expect(option.explanation.length, `${where}/${option.id}`).toBeGreaterThanOrEqual(30);
        expect(option.explanation.trim(), `${where}/${option.id}`).not.toBe(option.label.trim());
      }
    }
  });

  it("words true/false parts as a verdict with a reason, both verdicts in the pool", () => {
    for (const [spec, part] of trueFalseParts()) {
      const where = `${spec.id}/${part.id}`;
      for (const option of part.options) expect(option.label, `${where}/${option.id}`).toMatch(/^(True|False): because /);
      const verdicts = new Set(part.options.map((option) => option.label.split(":")[0]));
      expect(verdicts, where).toEqual(new Set(["True", "False"]));
      // Every keyed phrasing gives the same verdict.
      expect(new Set(part.options.filter((option) => option.correct).map((option) => option.label.split(":")[0])).size, where).toBe(1);
    }
  });

  it("shows both verdicts in every variant of a true/false part, so the verdict is never given away", () => {
    const verdictParts = choiceParts().filter(([, part]) => part.options.every((option) => /^(True|False): because /.test(option.label)));
    expect(verdictParts.length).toBeGreaterThanOrEqual(trueFalseParts().length);
    for (const [spec, part] of verdictParts) {
      for (let seed = 1; seed <= 200; seed += 1) {
        const labels = template(spec.id)
          .generate(seed)
          .parts.find((candidate) => candidate.id === part.id)
          ?.choices?.map((choice) => choice.label.split(":")[0]);
        expect(new Set(labels), `${spec.id}/${part.id} seed ${seed}`).toEqual(new Set(["True", "False"]));
      }
    }
  });

  it("grades each wrong single choice incorrect, with its own explanation and the variant's key", () => {
    for (const [spec, part] of choiceParts().filter(([, part]) => part.input === "choice")) {
      const keyed = part.options.filter((option) => option.correct).map((option) => option.id);
      for (const option of part.options.filter((candidate) => !candidate.correct)) {
        const where = `${spec.id}/${part.id}/${option.id}`;
        const seed = seedShowing(spec.id, part.id, [option.id]);
        const result = gradePart(spec.id, seed, part.id, option.id);
        expect(result?.status, where).toBe("incorrect");
        expect(result?.message, where).toMatch(patternOf(option.explanation));
        expect(result?.expected, where).toEqual(template(spec.id).answerKey(seed)[part.id]);
        expect(keyed, where).toContain(keyedId(result));
      }
    }
  });

  it("shows every keyed phrasing in some variant, and grades it correct there", () => {
    for (const [spec, part] of choiceParts().filter(([, part]) => part.input === "choice")) {
      for (const option of part.options.filter((candidate) => candidate.correct)) {
        const seed = seedShowing(spec.id, part.id, [option.id]);
        expect(gradePart(spec.id, seed, part.id, option.id)?.status, `${spec.id}/${part.id}/${option.id}`).toBe("correct");
      }
    }
  });

  it("grades a multi answer with one right option swapped for a wrong one as incorrect, naming both", () => {
    for (const [spec, part] of choiceParts().filter(([, part]) => part.input === "multi")) {
      for (const seed of [1, 2, 3]) {
        const shown = shownIds(spec.id, seed, part.id);
        const rightShown = shown.filter((id) => part.options.find((option) => option.id === id)?.correct);
        const wrongOption = part.options.find((option) => !option.correct && shown.includes(option.id));
        expect(rightShown.length, `${spec.id}/${part.id} shows a right option`).toBeGreaterThan(0);
        expect(wrongOption, `${spec.id}/${part.id} shows a wrong option`).toBeDefined();
        const result = gradePart(spec.id, seed, part.id, [...rightShown.slice(1), wrongOption?.id ?? ""]);
        expect(result?.status, `${spec.id}/${part.id}`).toBe("incorrect");
        expect(result?.message).toContain("Not this one:");
        expect(result?.message).toContain("You missed:");
        expect(result?.message).toMatch(patternOf(wrongOption?.explanation ?? "?"));
      }
    }
  });

  it("grades an order part with its first two steps swapped as incorrect", () => {
    for (const [spec, part] of allParts()) {
      if (part.input !== "order") continue;
      const ids = part.steps.map((step) => step.id);
      const swapped = [ids[1] ?? "", ids[0] ?? "", ...ids.slice(2)];
      const result = gradePart(spec.id, 12345, part.id, swapped);
      expect(result?.status, `${spec.id}/${part.id}`).toBe("incorrect");
      expect(result?.message).toContain("step 1 should be");
    }
  });
});

describe("likelihood and MLE concept questions: variation", () => {
  const SIX_SEEDS = [1, 2, 3, 4, 5, 6];
  const MANY_SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

  it("renders every text of every scenario (prompt, parts, hints, every option of the pool, solution) in KaTeX strict mode", () => {
    for (const spec of LIKELIHOOD_AND_MLE_SPECS) {
      const texts = [spec.prompt, spec.solution];
      for (const part of spec.parts) {
        texts.push(part.prompt, ...part.hints);
        if (part.input === "order") texts.push(...part.steps.map((step) => step.label));
        else for (const option of part.options) texts.push(option.label, option.explanation);
      }
      for (const scenario of spec.scenarios ?? [undefined]) {
        for (const raw of texts) {
          const text = fill(raw, scenario);
          const where = `${spec.id}: ${text.slice(0, 60)}`;
          expect(text, where).not.toMatch(/\{\{/);
          expect(renderMarkdown(text), where).not.toContain("katex-error");
          for (const match of text.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g)) {
            const tex = match[1] ?? match[2] ?? "";
            expect(() => katex.renderToString(tex, { throwOnError: true, strict: "error" }), `${where} :: ${tex}`).not.toThrow();
          }
        }
      }
    }
  });

  it("gives every question at least 3 distinct variants (content, not order) in seeds 1–6", () => {
    for (const question of LIKELIHOOD_AND_MLE_CONCEPTS) {
      const contents = new Set(
        SIX_SEEDS.map((seed) => {
          const variant = question.generate(seed);
          return JSON.stringify([
            variant.prompt,
            variant.parts.map((part) => [part.prompt, (part.choices ?? []).map((c) => c.label).sort()]),
          ]);
        }),
      );
      expect(contents.size, question.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives a scenario pool of 3–6 to most questions, and several keyed phrasings to every drawn single choice", () => {
    const withScenarios = LIKELIHOOD_AND_MLE_SPECS.filter((spec) => (spec.scenarios?.length ?? 0) >= 3);
    expect(withScenarios.length / LIKELIHOOD_AND_MLE_SPECS.length).toBeGreaterThanOrEqual(0.9);
    for (const spec of LIKELIHOOD_AND_MLE_SPECS) expect(spec.scenarios?.length ?? 0, spec.id).toBeLessThanOrEqual(6);
    for (const [spec, part] of choiceParts().filter(([, part]) => part.input === "choice" && part.show !== undefined)) {
      expect(part.options.filter((option) => option.correct).length, `${spec.id}/${part.id}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("does not give the key away by its length: rarely the strictly longest option, rarely the strictly shortest", () => {
    let parts = 0;
    let longest = 0;
    let shortest = 0;
    for (const question of LIKELIHOOD_AND_MLE_CONCEPTS) {
      for (const seed of MANY_SEEDS) {
        const key = question.answerKey(seed);
        for (const part of question.generate(seed).parts) {
          if (part.input !== "choice" || !part.choices) continue;
          const keyed = key[part.id]?.[0];
          const lengths = part.choices.map((choice) => ({ id: choice.id, length: choice.label.length }));
          const max = Math.max(...lengths.map((entry) => entry.length));
          const min = Math.min(...lengths.map((entry) => entry.length));
          const atMax = lengths.filter((entry) => entry.length === max);
          const atMin = lengths.filter((entry) => entry.length === min);
          parts += 1;
          if (atMax.length === 1 && atMax[0]?.id === keyed) longest += 1;
          if (atMin.length === 1 && atMin[0]?.id === keyed) shortest += 1;
        }
      }
    }
    // With 4–5 options, chance is 20–25 % for each.
    expect(longest / parts, `keyed strictly longest in ${longest} of ${parts}`).toBeLessThanOrEqual(0.25);
    expect(shortest / parts, `keyed strictly shortest in ${shortest} of ${parts}`).toBeLessThanOrEqual(0.3);
  });
});

describe("likelihood and MLE concept questions: answers an interviewer would hear", () => {
  it("rejects differentiating before writing the likelihood, and taking the log first", () => {
    const result = gradePart("concept-mle-derivation-steps", 1, "steps", ["log", "likelihood", "differentiate", "solve", "check"]);
    expect(result).toMatchObject({ status: "incorrect" });
    expect(result?.message).toMatch(/step 1 should be “Write the likelihood/);
    expect(gradePart("concept-mle-derivation-steps", 1, "steps", ["likelihood", "log", "differentiate", "solve", "check"])?.status).toBe(
      "correct",
    );
  });

  it("rejects an IRLS run that solves before forming the weights", () => {
    const result = gradePart("concept-irls-steps", 1, "steps", ["initialise", "probabilities", "solve", "weights", "stop"]);
    expect(result?.status).toBe("incorrect");
    expect(result?.message).toMatch(/step 3 should be “Form the weights/);
  });

  it("rejects computing the gamma rate before the shape", () => {
    expect(gradePart("concept-gamma-shape-numerical", 1, "steps", ["rate", "statistics", "gap", "start", "newton"])?.status).toBe(
      "incorrect",
    );
  });

  it("marks 'the log-likelihood is always concave' as wrong and underflow as missed", () => {
    const id = "concept-why-log-likelihood";
    const seed = seedShowing(id, "reasons", ["monotone", "sums", "underflow", "always-concave"]);
    const reasons = gradePart(id, seed, "reasons", ["monotone", "sums", "always-concave"]);
    expect(reasons?.status).toBe("incorrect");
    expect(reasons?.message).toMatch(/Not this one: .*concave/);
    expect(reasons?.message).toMatch(/You missed: .*underflows/);
    expect(gradePart(id, seed, "reasons", ["sums", "underflow", "monotone"])?.status).toBe("correct");
  });

  it("does not count the Neyman–Scott variance MLE as consistent", () => {
    const id = "concept-mle-consistency";
    const seed = seedShowing(id, "which", ["variance-mle", "uniform-max", "neyman-scott"]);
    const which = gradePart(id, seed, "which", ["variance-mle", "uniform-max", "neyman-scott"]);
    expect(which?.status).toBe("incorrect");
    expect(which?.message).toMatch(/Neyman and Scott/);
  });

  it("grades the closed-form match part by part: 1/x̄ is the exponential rate, 2x̄ is not the uniform MLE", () => {
    const question = template("concept-match-closed-form-mle");
    for (const seed of [1, 2, 3, 4]) {
      const result = question.grade(seed, {
        poisson: "mean",
        exponential: "mean", // wrong: x̄ estimates the mean waiting time, not the rate
        geometric: "geometric",
        uniform: "maximum",
        bernoulli: "mean",
      });
      expect(result.score).toBeCloseTo(4 / 5);
      expect(result.parts.find((part) => part.id === "exponential")).toMatchObject({ status: "incorrect", expected: ["reciprocal"] });
      expect(question.grade(seed, { uniform: "twiceMean" }).parts.find((part) => part.id === "uniform")).toMatchObject({
        status: "incorrect",
        expected: ["maximum"],
      });
    }
  });

  it("refuses a right verdict given for a wrong reason", () => {
    const bias = "concept-variance-mle-bias";
    const biasSeed = seedShowing(bias, "large-samples", ["false-unbiased"]);
    const largeSamples = gradePart(bias, biasSeed, "large-samples", "false-unbiased");
    expect(largeSamples?.status).toBe("incorrect");
    expect(["false-vanishes", "false-mse"]).toContain(keyedId(largeSamples));
    const uniform = "concept-uniform-mle-boundary";
    const uniformSeed = seedShowing(uniform, "derivative", ["true-moments"]);
    const derivative = gradePart(uniform, uniformSeed, "derivative", "true-moments");
    expect(derivative?.status).toBe("incorrect");
    expect(["false-boundary", "false-edge"]).toContain(keyedId(derivative));
  });

  it("states the floating-point range the same way wherever a question uses it", () => {
    // Issue 11: the smallest positive normal double is about 2.2e-308; subnormals reach about 4.9e-324.
    const texts = LIKELIHOOD_AND_MLE_SPECS.flatMap((spec) => [
      spec.prompt,
      spec.solution,
      ...spec.parts.flatMap((part) =>
        part.input === "order"
          ? [part.prompt, ...part.hints]
          : [part.prompt, ...part.hints, ...part.options.flatMap((o) => [o.label, o.explanation])],
      ),
    ]);
    const mentions = texts.filter((text) => /smallest (positive )?(normal )?double/.test(text));
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const text of mentions) {
      expect(text).toMatch(/smallest positive normal double/);
      expect(text).toContain("2.2 \\times 10^{-308}");
      expect(text).toContain("4.9 \\times 10^{-324}");
    }
  });
});
