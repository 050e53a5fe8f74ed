// Try, then learn: what a grade shows before the question is right or given up. Over the whole
// bank: a wrong answer's grade carries no `expected` key, no solution, and no message that states a
// true value, the right options or the right order; a right or given-up one carries all of them.
import { describe, expect, it } from "vitest";
import { TEMPLATES, getTemplate } from "@/lib/questions";
import { publicGrade, withheldMessage } from "@/lib/questions/reveal";
import type { Answers, PublicPart, QuestionTemplate } from "@/lib/questions/types";

const SEEDS = [1, 2, 3, 7, 11];

/** The ways a number can be printed in a message, to 4 to 6 significant figures. */
function printedForms(value: number): string[] {
  return [4, 5, 6].map((figures) => String(Number(value.toPrecision(figures))));
}

/** A truth is recognisable in text only when it has enough figures not to match by chance ("2", "0.5"). */
function isDistinctive(value: number): boolean {
  return !Number.isInteger(value) && String(Number(value.toPrecision(4))).replace(/^-?0?\.?0*/, "").length >= 3;
}

/** A wrong answer to a part: the truth scaled (numbers), a wrong option, a wrong set, the steps reversed. */
function wrongAnswer(part: PublicPart, key: string | string[]): string | string[] {
  const right = typeof key === "string" ? [key] : key;
  const ids = (part.choices ?? []).map((choice) => choice.id);
  switch (part.input) {
    case "number": {
      const truth = Number(key);
      return String(Number.isFinite(truth) && truth !== 0 ? truth * 1.37 : 12345);
    }
    case "choice":
      return ids.find((id) => !right.includes(id)) ?? "";
    case "multi": {
      // The first wrong option alone: every right option is then missed.
      const wrong = ids.find((id) => !right.includes(id));
      return wrong ? [wrong] : [];
    }
    case "order":
      return [...right].reverse();
    case "expression":
      // The expected formula plus one: never equivalent to it.
      return `(${String(key)}) + 1`;
    case "explain":
      return "An answer written in my own words.";
  }
}

function wrongAnswers(template: QuestionTemplate, seed: number, keep: (index: number) => boolean = () => false): Answers {
  const variant = template.generate(seed);
  const key = template.answerKey(seed);
  return Object.fromEntries(
    variant.parts.map((part, index) => {
      const right = key[part.id] ?? "";
      return [part.id, keep(index) ? right : wrongAnswer(part, right)];
    }),
  );
}

function truthsOf(template: QuestionTemplate, seed: number): Map<string, number> {
  const truths = new Map<string, number>();
  for (const [partId, value] of Object.entries(template.answerKey(seed))) {
    const truth = typeof value === "string" ? Number(value) : Number.NaN;
    if (Number.isFinite(truth) && isDistinctive(truth)) truths.set(partId, truth);
  }
  return truths;
}

describe("publicGrade before the question is right or given up", () => {
  it("sends no expected value, no solution and no true number in any message, for every template", () => {
    const leaks: string[] = [];
    for (const template of TEMPLATES) {
      for (const seed of SEEDS) {
        const truths = truthsOf(template, seed);
        // All parts wrong, and the first part wrong with the rest right (follow-through grading).
        for (const answers of [wrongAnswers(template, seed), wrongAnswers(template, seed, (index) => index > 0)]) {
          const raw = template.grade(seed, answers);
          if (raw.score === 1) continue; // a variant where the scaled number is still right: nothing to hide
          const shown = publicGrade(raw);
          expect(shown.solution).toBeNull();
          for (const part of shown.parts) {
            expect(Object.keys(part)).not.toContain("expected");
            expect(part.message).not.toMatch(/You missed:|should be “|With the true value/);
            for (const [partId, truth] of truths) {
              const typed = answers[partId];
              for (const form of printedForms(truth)) {
                // The learner's own typed text may be quoted back; a true value may not appear.
                if (part.message.includes(form) && !(typeof typed === "string" && typed.includes(form))) {
                  leaks.push(`${template.id} seed ${seed} part ${part.id}: "${part.message}" contains ${partId} = ${form}`);
                }
              }
            }
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("keeps the named mistake and the message that says what went wrong", () => {
    const template = getTemplate("mle-normal") as QuestionTemplate;
    const sample = template.generate(4).data.sample as number[];
    const n = sample.length;
    const mean = sample.reduce((sum, x) => sum + x, 0) / n;
    const squares = sample.reduce((sum, x) => sum + (x - mean) ** 2, 0);
    // Dividing by n − 1 instead of n: the mistake the product names first.
    const shown = publicGrade(template.grade(4, { mean: String(mean), variance: String(squares / (n - 1)) }));
    const variance = shown.parts.find((part) => part.id === "variance");
    expect(variance).toMatchObject({ status: "incorrect", mistake: "n-minus-1" });
    expect(variance?.message.length).toBeGreaterThan(10);
    expect(variance && "expected" in variance).toBe(false);
    expect(shown.parts.find((part) => part.id === "mean")).toMatchObject({ status: "correct" });
    expect(shown.solution).toBeNull();
  });

  it("takes the true value out of a carried-forward part's message", () => {
    const template = getTemplate("mle-lognormal") as QuestionTemplate;
    const logs = (template.generate(2).data.sample as number[]).map(Math.log);
    const meanlog = logs.reduce((sum, y) => sum + y, 0) / logs.length;
    const wrongMeanlog = meanlog + 0.3;
    const sdlogFromWrong = Math.sqrt(logs.reduce((sum, y) => sum + (y - wrongMeanlog) ** 2, 0) / logs.length);
    const trueSdlog = Math.sqrt(logs.reduce((sum, y) => sum + (y - meanlog) ** 2, 0) / logs.length);
    const raw = template.grade(2, { meanlog: wrongMeanlog.toFixed(4), sdlog: sdlogFromWrong.toFixed(4) });
    const sdlog = raw.parts.find((part) => part.id === "sdlog");
    expect(sdlog).toMatchObject({ status: "correct", carriedForward: true });
    const shown = publicGrade(raw).parts.find((part) => part.id === "sdlog");
    expect(shown?.carriedForward).toBe(true);
    expect(shown?.message).toMatch(/^Correct, given your answer to part 1/);
    for (const form of printedForms(trueSdlog)) expect(shown?.message).not.toContain(form);
    // Given up, the full message comes back.
    const revealed = publicGrade(raw, { template, seed: 2 }).parts.find((part) => part.id === "sdlog");
    expect(revealed?.message).toBe(sdlog?.message);
  });
});

describe("withheldMessage", () => {
  it("counts the right options missed instead of naming them, and keeps the wrong ones chosen", () => {
    const message = ["Not quite.", "- Not this one: A because a.", "- You missed: B because b.", "- You missed: C because c."].join("\n");
    expect(withheldMessage(message)).toBe(["Not quite.", "- Not this one: A because a.", "- You missed 2 options that apply."].join("\n"));
    expect(withheldMessage("Not quite.\n- You missed: B because b.")).toBe("Not quite.\n- You missed 1 option that applies.");
  });

  it("says which step is out of place without saying which step belongs there", () => {
    expect(withheldMessage("Not quite: step 2 should be “Run the M-step”.")).toBe("Not quite: step 2 is out of place.");
  });

  it("leaves a message without the truth as it is", () => {
    expect(withheldMessage("Not within 0.5% of the answer.")).toBe("Not within 0.5% of the answer.");
    expect(withheldMessage("You divided by n − 1.")).toBe("You divided by n − 1.");
  });
});

describe("publicGrade once right or given up", () => {
  it("sends every part's expected value and the solution, for every template", () => {
    for (const template of TEMPLATES) {
      const seed = 5;
      // An explain part is right by the learner's own ticks (every rubric point, for a full answer).
      const right = publicGrade(template.grade(seed, template.answerKey(seed), template.assessmentKey?.(seed)));
      expect(right.score).toBe(1);
      expect(right.solution).toEqual(expect.any(String));
      for (const part of right.parts) {
        // A written answer has no expected value to type: it is shown the model answer and the rubric.
        if (template.kind === "explain") expect(part.modelAnswer, `${template.id} ${part.id}`).toEqual(expect.any(String));
        else expect(part.expected, `${template.id} ${part.id}`).toBeDefined();
      }

      // Giving up with nothing typed still shows every part's answer.
      const givenUp = publicGrade(template.grade(seed, {}), { template, seed });
      expect(givenUp.score).toBe(0);
      expect(givenUp.solution).toEqual(expect.any(String));
      for (const part of givenUp.parts) {
        expect(part.status).toBe("unanswered");
        expect(part.expected, `${template.id} ${part.id}`).toEqual(right.parts.find((other) => other.id === part.id)?.expected);
      }
    }
  });
});
