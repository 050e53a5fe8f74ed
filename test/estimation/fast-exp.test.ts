// The inlinable exp of the Gaussian-mixture E-step against the JavaScript engine's Math.exp
// (V8's fdlibm port, itself within 1 ulp): the two may differ by the sum of their errors.
import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/estimation/random";
import { expOfNonPositive } from "@/lib/estimation/fast-exp";

const ULP = Number.EPSILON; // relative spacing of doubles in [1, 2)

describe("expOfNonPositive", () => {
  it("is within 2.5 ulp of Math.exp over [−700, 0]", () => {
    const rng = createRng(2026);
    let worst = 0;
    for (let i = 0; i < 200_000; i += 1) {
      // Half the points on [−700, 0], half on [−5, 0] where mixtures spend their time.
      const t = i % 2 === 0 ? -700 * rng.next() : -5 * rng.next();
      const relative = Math.abs(expOfNonPositive(t) - Math.exp(t)) / Math.exp(t);
      if (relative > worst) worst = relative;
    }
    expect(worst).toBeLessThanOrEqual(2.5 * ULP);
  });

  it("is exact at 0 and on the table's grid points, and defers outside its range", () => {
    expect(expOfNonPositive(0)).toBe(1);
    expect(expOfNonPositive(-0)).toBe(1);
    expect(expOfNonPositive(-Math.LN2)).toBeCloseTo(0.5, 15);
    expect(expOfNonPositive(-1e-300)).toBe(1);
    expect(expOfNonPositive(-Infinity)).toBe(0);
    expect(Number.isNaN(expOfNonPositive(Number.NaN))).toBe(true);
    for (const t of [-700.5, -745, -800, 0.5, 3]) expect(expOfNonPositive(t)).toBe(Math.exp(t));
  });
});
