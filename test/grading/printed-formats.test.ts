// Property: the parser reads back every number format the app prints, so a learner who copies a
// number shown in a prompt, a data table or a worked solution is read exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswer } from "@/lib/grading";
import { formatNumber } from "@/lib/questions/format";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

function readBack(text: string): number {
  const parsed = parseAnswer(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.message}`);
  return parsed.value;
}

describe("numbers the app prints are read back", () => {
  it("formatNumber at 1 to 8 significant figures (prompts, tables, solutions)", () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 1, max: 8 }), (x, digits) => {
        const text = formatNumber(x, digits);
        expect(readBack(text) + 0).toBe(Number(text) + 0);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("String(x), the full-precision form of answer keys", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(readBack(String(x))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 3000, seed: 8 },
    );
  });

  it("toFixed and percentages with up to 4 decimals", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 4 }), (x, decimals) => {
        const fixed = x.toFixed(decimals);
        expect(readBack(fixed) + 0).toBe(Number(fixed) + 0); // "-0.00" reads as 0
        const percent = Number(fixed) / 100;
        expect(Math.abs(readBack(`${fixed}%`) - percent)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(percent)));
      }),
      { numRuns: 2000, seed: 9 },
    );
  });

  it("fractions a/b of integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (a, b) => {
        expect(readBack(`${a}/${b}`)).toBe(a / b);
      }),
      { numRuns: 1000, seed: 10 },
    );
  });
});
