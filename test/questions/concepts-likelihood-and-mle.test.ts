// The concept questions of content-map topics 1–4 (likelihood, closed-form MLE, MLE properties,
// numerical MLE): bank wiring, coverage of topics, difficulties and part kinds, sources, options that
// explain themselves, and how wrong answers grade. The rendering and answer-key checks over 50 seeds
// live in content.test.ts.
import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/questions";
import type { ConceptChoicePart, ConceptPart, ConceptSpec } from "@/lib/questions/concept";
import {
  LIKELIHOOD_AND_MLE_CONCEPTS,
  LIKELIHOOD_AND_MLE_SPECS,
} from "@/lib/questions/templates/concepts/likelihood-and-mle";
import type { QuestionTemplate } from "@/lib/questions/types";

const TOPICS = ["likelihood", "mle-closed-form", "mle-properties", "mle-numerical"] as const;
const SEED = 12345;

function template(id: string): QuestionTemplate {
  const found = getTemplate(id);
  if (!found) throw new Error(`no template ${id} in the bank`);
  return found;
}

function grade(id: string, answers: Record<string, string | string[]>) {
  return template(id).grade(SEED, answers);
}

const allParts = (): [ConceptSpec, ConceptPart][] =>
  LIKELIHOOD_AND_MLE_SPECS.flatMap((spec) => spec.parts.map((part) => [spec, part] as [ConceptSpec, ConceptPart]));

const choiceParts = (): [ConceptSpec, ConceptChoicePart][] =>
  allParts().filter((entry): entry is [ConceptSpec, ConceptChoicePart] => entry[1].input !== "order");

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
    const trueFalse = choiceParts().filter(([, part]) => /^True or false/.test(part.prompt));
    expect(trueFalse.length).toBeGreaterThanOrEqual(6);
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

  it("offers 4–5 options, each explaining itself in its own words", () => {
    for (const [spec, part] of choiceParts()) {
      const where = `${spec.id}/${part.id}`;
      expect(part.options.length, where).toBeGreaterThanOrEqual(4);
      expect(part.options.length, where).toBeLessThanOrEqual(5);
      const explanations = part.options.map((option) => option.explanation.trim());
      expect(new Set(explanations).size, `${where}: explanations repeat`).toBe(explanations.length);
      for (const option of part.options) {
        expect(option.explanation.length, `${where}/${option.id}`).toBeGreaterThanOrEqual(30);
        expect(option.explanation.trim(), `${where}/${option.id}`).not.toBe(option.label.trim());
      }
    }
  });

  it("words true/false parts as a verdict with a reason, both verdicts offered", () => {
    for (const [spec, part] of choiceParts().filter(([, part]) => /^True or false/.test(part.prompt))) {
      const where = `${spec.id}/${part.id}`;
      for (const option of part.options) expect(option.label, where).toMatch(/^(True|False): because /);
      const verdicts = new Set(part.options.map((option) => option.label.split(":")[0]));
      expect(verdicts, where).toEqual(new Set(["True", "False"]));
    }
  });

  it("grades each wrong single choice incorrect, with its own explanation and the right id", () => {
    for (const [spec, part] of choiceParts().filter(([, part]) => part.input === "choice")) {
      const rightIds = part.options.filter((option) => option.correct).map((option) => option.id);
      for (const option of part.options.filter((candidate) => !candidate.correct)) {
        const result = grade(spec.id, { [part.id]: option.id }).parts.find((graded) => graded.id === part.id);
        expect(result?.status, `${spec.id}/${part.id}/${option.id}`).toBe("incorrect");
        expect(result?.message).toContain(option.explanation);
        expect(result?.expected).toEqual(rightIds);
      }
    }
  });

  it("grades a multi answer with one right option swapped for a wrong one as incorrect, naming both", () => {
    for (const [spec, part] of choiceParts().filter(([, part]) => part.input === "multi")) {
      const rightIds = part.options.filter((option) => option.correct).map((option) => option.id);
      const wrongOption = part.options.find((option) => !option.correct);
      expect(wrongOption, `${spec.id}/${part.id} has a wrong option`).toBeDefined();
      const answer = [...rightIds.slice(1), wrongOption?.id ?? ""];
      const result = grade(spec.id, { [part.id]: answer }).parts.find((graded) => graded.id === part.id);
      expect(result?.status, `${spec.id}/${part.id}`).toBe("incorrect");
      expect(result?.message).toContain("Not this one:");
      expect(result?.message).toContain("You missed:");
      expect(result?.message).toContain(wrongOption?.explanation ?? "?");
    }
  });

  it("grades an order part with its first two steps swapped as incorrect", () => {
    for (const [spec, part] of allParts()) {
      if (part.input !== "order") continue;
      const ids = part.steps.map((step) => step.id);
      const swapped = [ids[1] ?? "", ids[0] ?? "", ...ids.slice(2)];
      const result = grade(spec.id, { [part.id]: swapped }).parts.find((graded) => graded.id === part.id);
      expect(result?.status, `${spec.id}/${part.id}`).toBe("incorrect");
      expect(result?.message).toContain("step 1 should be");
    }
  });
});

describe("likelihood and MLE concept questions: answers an interviewer would hear", () => {
  it("rejects differentiating before writing the likelihood, and taking the log first", () => {
    const result = grade("concept-mle-derivation-steps", { steps: ["log", "likelihood", "differentiate", "solve", "check"] });
    expect(result.parts[0]).toMatchObject({ status: "incorrect" });
    expect(result.parts[0]?.message).toMatch(/step 1 should be “Write the likelihood/);
    expect(grade("concept-mle-derivation-steps", { steps: ["likelihood", "log", "differentiate", "solve", "check"] }).parts[0]?.status).toBe(
      "correct",
    );
  });

  it("rejects an IRLS run that solves before forming the weights", () => {
    const result = grade("concept-irls-steps", { steps: ["initialise", "probabilities", "solve", "weights", "stop"] });
    expect(result.parts[0]?.status).toBe("incorrect");
    expect(result.parts[0]?.message).toMatch(/step 3 should be “Form the weights/);
  });

  it("rejects computing the gamma rate before the shape", () => {
    const result = grade("concept-gamma-shape-numerical", { steps: ["rate", "statistics", "gap", "start", "newton"] });
    expect(result.parts.find((part) => part.id === "steps")?.status).toBe("incorrect");
  });

  it("marks 'the log-likelihood is always concave' as wrong and underflow as missed", () => {
    const result = grade("concept-why-log-likelihood", { reasons: ["monotone", "sums", "always-concave"] });
    const reasons = result.parts.find((part) => part.id === "reasons");
    expect(reasons?.status).toBe("incorrect");
    expect(reasons?.message).toMatch(/Not this one: .*concave/);
    expect(reasons?.message).toMatch(/You missed: .*underflows/);
    expect(grade("concept-why-log-likelihood", { reasons: ["sums", "underflow", "monotone"] }).parts[0]?.status).toBe("correct");
  });

  it("does not count the Neyman–Scott variance MLE as consistent", () => {
    const which = grade("concept-mle-consistency", { which: ["variance-mle", "uniform-max", "neyman-scott"] }).parts.find(
      (part) => part.id === "which",
    );
    expect(which?.status).toBe("incorrect");
    expect(which?.message).toMatch(/Neyman and Scott/);
  });

  it("grades the closed-form match part by part: 1/x̄ is the exponential rate, 2x̄ is not the uniform MLE", () => {
    const result = grade("concept-match-closed-form-mle", {
      poisson: "mean",
      exponential: "mean", // wrong: x̄ estimates the mean waiting time, not the rate
      geometric: "geometric",
      uniform: "maximum",
      bernoulli: "mean",
    });
    expect(result.score).toBeCloseTo(4 / 5);
    expect(result.parts.find((part) => part.id === "exponential")).toMatchObject({ status: "incorrect", expected: ["reciprocal"] });
    expect(grade("concept-match-closed-form-mle", { uniform: "twiceMean" }).parts.find((part) => part.id === "uniform")).toMatchObject({
      status: "incorrect",
      expected: ["maximum"],
    });
  });

  it("refuses a right verdict given for a wrong reason", () => {
    const largeSamples = grade("concept-variance-mle-bias", { "large-samples": "false-unbiased" }).parts.find(
      (part) => part.id === "large-samples",
    );
    expect(largeSamples).toMatchObject({ status: "incorrect", expected: ["false-vanishes"] });
    const derivative = grade("concept-uniform-mle-boundary", { derivative: "true-moments" }).parts.find((part) => part.id === "derivative");
    expect(derivative).toMatchObject({ status: "incorrect", expected: ["false-boundary"] });
  });
});
