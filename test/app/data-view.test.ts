// The data panel shows what the prompt does not: a sample the prompt writes out is not repeated,
// an index the prompt names in words ("the fourth point") is not shown as "point = 4", columns of
// the same length stay together, and names read as words.
import { describe, expect, it } from "vitest";
import { dataLabel, unstatedData } from "@/components/data-view";

const numbers = (text: string) => text.match(/-?\d+(?:\.\d+)?/g) ?? [];

describe("unstatedData", () => {
  it("drops a list and a number the prompt already states, and the indices the prompt names", () => {
    const prompt = "The sample is $x = (1.5, 2.25, -3)$; start at $\\lambda_0 = 4$ and look at the fourth point.";
    expect(unstatedData({ sample: [1.5, 2.25, -3], lambda0: 4, point: 4 }, numbers(prompt))).toEqual({});
  });

  it("keeps data the prompt does not list, with its same-length partner, and nested starts not stated", () => {
    const prompt = "Heads per trial: 4, 5, 7. Start at thetaA = 0.6.";
    const data = { heads: [4, 5, 7], tosses: [10, 10, 10], init: { thetaA: 0.6, thetaB: 0.35 } };
    expect(unstatedData(data, numbers(prompt))).toEqual({ heads: [4, 5, 7], tosses: [10, 10, 10], init: { thetaB: 0.35 } });
  });

  it("keeps a list whose values the prompt shows out of order", () => {
    expect(unstatedData({ sample: [3, 1, 2] }, numbers("values 1, 2, 3"))).toEqual({ sample: [3, 1, 2] });
  });
});

describe("dataLabel", () => {
  it("names the data in words", () => {
    expect(dataLabel("init")).toBe("Starting values");
    expect(dataLabel("lambda0")).toBe("λ₀");
    expect(dataLabel("nextTrials")).toBe("Trials in the next experiment");
    expect(dataLabel("someNewField")).toBe("Some new field");
    expect(dataLabel("x12")).toBe("x₁₂");
  });
});
