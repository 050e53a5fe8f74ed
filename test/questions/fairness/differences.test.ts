// Parts that subtract two earlier answers (EM's rise, the collapse's gain, the complete/observed gap):
// the difference of the two values as typed to 4 significant figures is accepted on every seed, and the
// difference taken the other way round is not.
import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/questions";
import { SEEDS, four, statusOf } from "./shared";

const CASES = [
  { id: "em-loglik-rises", part: "rise", plus: "after", minus: "before" },
  { id: "em-variance-collapse", part: "gain", plus: "narrow", minus: "wide" },
  { id: "em-complete-vs-observed", part: "gap", plus: "observed", minus: "complete" },
];

describe.each(CASES)("$id $part = $plus − $minus", ({ id, part, plus, minus }) => {
  it("accepts the difference of the 4-figure values and rejects it reversed", () => {
    const template = getTemplate(id);
    if (!template) throw new Error(`${id} is not in the bank`);
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const key = template.answerKey(seed);
      const difference = four(Number(key[plus])) - four(Number(key[minus]));
      if (statusOf(template, seed, part, difference) !== "correct") problems.push(`seed ${seed}: ${difference} refused`);
      if (statusOf(template, seed, part, -Number(key[part])) === "correct") problems.push(`seed ${seed}: reversed accepted`);
    }
    expect(problems).toEqual([]);
  });
});
