import { describe, expect, it } from "vitest";
import { getTemplate, listQuestions } from "@/lib/questions";
import { mleBernoulliP } from "@/lib/questions/templates/closed-form-mle/mle-bernoulli-p";

// The truth of each variant is recomputed here from the served data by counting: p̂ = k / n.
function counts(seed: number) {
  const sample = mleBernoulliP.generate(seed).data.sample as number[];
  const ones = sample.filter((x) => x === 1).length;
  return { sample, n: sample.length, ones };
}

describe("mle-bernoulli-p", () => {
  it("is in the bank under the id of the contract", () => {
    expect(getTemplate("mle-bernoulli-p")).toBe(mleBernoulliP);
    expect(listQuestions()).toContainEqual({
      id: "mle-bernoulli-p",
      title: "MLE of a Bernoulli probability",
      topic: "mle-closed-form",
      difficulty: "easy",
      kind: "computation",
    });
  });

  it("gives the same variant for the same seed and hand-sized 0/1 samples", () => {
    expect(mleBernoulliP.generate(17)).toEqual(mleBernoulliP.generate(17));
    const samples = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) {
      const { sample, n, ones } = counts(seed);
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(20);
      expect(sample.every((x) => x === 0 || x === 1)).toBe(true);
      expect(ones).toBeGreaterThan(0);
      expect(ones).toBeLessThan(n);
      samples.add(sample.join(""));
    }
    expect(samples.size).toBeGreaterThan(150); // seeds really vary the data
  });

  it("never sends the answer with the variant", () => {
    const variant = mleBernoulliP.generate(3);
    expect(variant.parts).toEqual([expect.objectContaining({ id: "p", input: "number" })]);
    expect(Object.keys(variant).sort()).toEqual(["data", "id", "parts", "prompt", "seed", "title", "topic"]);
    expect(Object.keys(variant.data)).toEqual(["sample"]);
    // Seed 3: p̂ = 9/19 = 0.47368…; no form of it appears anywhere in what the learner receives.
    expect(JSON.stringify(variant)).not.toMatch(/0\.47|9\/19|\{9\}\{19\}|k = 9/);
  });

  it("accepts k/n as a decimal or a fraction, and the worked solution uses the variant's numbers", () => {
    for (const seed of [1, 2, 3, 40, 1234]) {
      const { n, ones } = counts(seed);
      for (const text of [String(ones / n), `${ones}/${n}`, (ones / n).toFixed(4)]) {
        const result = mleBernoulliP.grade(seed, { p: text });
        expect(result.parts[0], `${seed}: ${text}`).toMatchObject({ id: "p", status: "correct" });
        expect(result.score).toBe(1);
      }
      const { solution } = mleBernoulliP.grade(seed, { p: "0.5" });
      expect(solution).toContain(`$n = ${n}$`);
      expect(solution).toContain(`$k = ${ones}$`);
    }
  });

  it("names the known mistakes", () => {
    const seed = 3;
    const { n, ones } = counts(seed);
    expect(n - ones).not.toBe(ones); // the complement is a distinct number in this variant
    expect(mleBernoulliP.grade(seed, { p: String((n - ones) / n) }).parts[0]).toMatchObject({
      status: "incorrect",
      mistake: "complement",
    });
    expect(mleBernoulliP.grade(seed, { p: String(ones) }).parts[0]).toMatchObject({
      status: "incorrect",
      mistake: "count-not-proportion",
    });
    expect(mleBernoulliP.grade(seed, { p: `${ones}/${n - 1}` }).parts[0]).toMatchObject({
      status: "incorrect",
      mistake: "n-minus-1",
    });
  });

  it("rejects text that is not a number without grading it, and names the range", () => {
    expect(mleBernoulliP.grade(3, { p: "0.7.1" }).parts[0]).toMatchObject({
      status: "invalid",
      message: expect.stringContaining("0.7.1"),
    });
    expect(mleBernoulliP.grade(3, { p: "" }).parts[0]?.status).toBe("unanswered");
    expect(mleBernoulliP.grade(3, {}).parts[0]?.status).toBe("unanswered");
    expect(mleBernoulliP.grade(3, { p: "1.45" }).parts[0]).toMatchObject({
      status: "incorrect",
      message: "`1.45` is out of range: a probability lies between 0 and 1.",
    });
    expect(mleBernoulliP.grade(3, { p: ["0.474"] }).parts[0]?.status).toBe("invalid");
  });

  it("asks for more figures when the answer is right but too coarse", () => {
    // Seed 3: 9 ones in 19, p̂ = 0.47368…; "0.47" is p̂ to two significant figures.
    expect(counts(3)).toMatchObject({ n: 19, ones: 9 });
    expect(mleBernoulliP.grade(3, { p: "0.47" }).parts[0]).toMatchObject({ status: "imprecise" });
    // "0.5" is also p̂ to one figure, but it is exactly 9/18: the n − 1 mistake is named.
    expect(mleBernoulliP.grade(3, { p: "0.5" }).parts[0]).toMatchObject({ status: "incorrect", mistake: "n-minus-1" });
    expect(mleBernoulliP.grade(3, { p: "0.474" }).parts[0]).toMatchObject({ status: "correct" });
  });
});
