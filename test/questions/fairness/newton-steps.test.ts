// One Newton step from a score and a curvature typed to 4 significant figures: accepted on every seed;
// the step taken the wrong way is not. (Score and curvature come from the answer key, i.e. the library.)
import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/questions";
import { SEEDS, four, statusOf } from "./shared";

const CASES = [
  // β₁ = β₀ + ℓ'/I with I = −ℓ'' > 0
  { id: "logistic-intercept-newton", start: "beta0", curvature: "information", sign: 1 },
  { id: "logistic-slope-newton", start: "beta0", curvature: "information", sign: 1 },
  // θ₁ = θ₀ − ℓ'/ℓ''
  { id: "cauchy-location-newton", start: "theta0", curvature: "hessian", sign: -1 },
];

describe.each(CASES)("$id", ({ id, start, curvature, sign }) => {
  it("accepts the step from 4-figure score and curvature, and rejects it the wrong way", () => {
    const template = getTemplate(id);
    if (!template) throw new Error(`${id} is not in the bank`);
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const key = template.answerKey(seed);
      const origin = Number(template.generate(seed).data[start]);
      const step = four(Number(key.score)) / four(Number(key[curvature]));
      if (statusOf(template, seed, "next", origin + sign * step) !== "correct") problems.push(`seed ${seed}: refused`);
      if (statusOf(template, seed, "next", origin - sign * step) === "correct") problems.push(`seed ${seed}: wrong way accepted`);
    }
    expect(problems).toEqual([]);
  });
});
