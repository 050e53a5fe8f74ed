// The scenario fill shared by concept, derivation and explain questions.
import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/estimation/random";
import { checkScenarios, drawScenario, fillerFor, placeholdersIn } from "@/lib/questions/scenario";

const fail = (what: string): never => {
  throw new Error(what);
};

describe("scenarios", () => {
  it("finds each placeholder once, spaces inside the braces allowed", () => {
    expect([...placeholdersIn(["{{model}} and {{ model }}", "{{data-set}}, {not} {{}}"])]).toEqual(["model", "data-set"]);
  });

  it("fills every placeholder from the scenario and leaves text without one alone", () => {
    const fill = fillerFor({ model: "Poisson", n: "12" });
    expect(fill("A {{model}} sample of {{ n }} counts.")).toBe("A Poisson sample of 12 counts.");
    expect(fillerFor(undefined)("A {{model}} sample.")).toBe("A {{model}} sample.");
  });

  it("refuses a scenario that misses a name the texts use, and placeholders without scenarios", () => {
    expect(() => checkScenarios([{ model: "Poisson" }, { n: "3" }], ["{{model}}"], fail)).toThrow("scenario 2 does not define {{model}}");
    expect(() => checkScenarios([], ["{{model}}"], fail)).toThrow("it uses {{model}} but has no scenarios");
    expect(() => checkScenarios([{ model: "Poisson" }], ["{{model}}", "plain"], fail)).not.toThrow();
  });

  it("draws the same scenario for the same seed, and every scenario over many seeds", () => {
    const scenarios = [{ name: "a" }, { name: "b" }, { name: "c" }];
    expect(drawScenario(scenarios, createRng(7))).toBe(drawScenario(scenarios, createRng(7)));
    const drawn = new Set(Array.from({ length: 60 }, (_, seed) => drawScenario(scenarios, createRng(seed))?.name));
    expect(drawn).toEqual(new Set(["a", "b", "c"]));
    expect(drawScenario([], createRng(1))).toBeUndefined();
  });
});
