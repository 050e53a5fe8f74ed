/**
 * The deterministic k-means++ start of mixtures (lib/estimation/mixture-init.ts). The seeding is
 * re-derived here from the raw uniform stream (first center: index ⌊u n⌋; next: inversion of the
 * running sum of weight × squared distance), its probabilities are checked over many seeds against
 * the values they must have, and Lloyd's iterations against a hand-worked example.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../lib/estimation/random";
import { kmeansPlusPlusCenters, kmeansStart, lloyd, requireMixtureWeights, startSettings } from "../../lib/estimation/mixture-init";
import { expectEstimationError } from "./em-helpers";

describe("kmeansPlusPlusCenters", () => {
  const points = [[0], [1], [4], [9], [10], [30]];

  it("draws the first center uniformly (index ⌊u n⌋) and the next ones ∝ D², one uniform each", () => {
    for (let seed = 0; seed < 50; seed += 1) {
      const raw = createRng(seed);
      const chosen = [Math.floor(raw.next() * points.length)];
      while (chosen.length < 3) {
        const nearest = points.map((point) =>
          Math.min(...chosen.map((index) => ((point[0] as number) - (points[index]?.[0] as number)) ** 2)),
        );
        const target = raw.next() * nearest.reduce((a, b) => a + b, 0);
        let cumulative = 0;
        let pick = -1;
        for (let i = 0; i < nearest.length && pick < 0; i += 1) {
          if ((nearest[i] as number) <= 0) continue;
          cumulative += nearest[i] as number;
          if (target < cumulative) pick = i;
        }
        chosen.push(pick);
      }
      expect(kmeansPlusPlusCenters(points, 3, createRng(seed))).toEqual(chosen.map((index) => points[index]));
    }
  });

  it("chooses the first center with probability 1/n and the second with probability D²/ΣD²", () => {
    // Points 0, 1, 10. P(first = 0) = 1/3; given first = 0, D² = (0, 1, 100): P(second = 10) = 100/101.
    const line = [[0], [1], [10]];
    const runs = 30_000;
    let firstIsZero = 0;
    let secondIsTenGivenZero = 0;
    for (let seed = 0; seed < runs; seed += 1) {
      const [first, second] = kmeansPlusPlusCenters(line, 2, createRng(seed));
      if (first?.[0] === 0) {
        firstIsZero += 1;
        if (second?.[0] === 10) secondIsTenGivenZero += 1;
      }
    }
    const share = firstIsZero / runs;
    expect(Math.abs(share - 1 / 3)).toBeLessThan(5 * Math.sqrt(((1 / 3) * (2 / 3)) / runs));
    const conditional = secondIsTenGivenZero / firstIsZero;
    const p = 100 / 101;
    expect(Math.abs(conditional - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / firstIsZero));
  });

  it("with weights, the first center is drawn ∝ weight, and weight-0 points are never chosen", () => {
    for (let seed = 0; seed < 30; seed += 1) {
      expect(kmeansPlusPlusCenters([[0], [5], [7]], 1, createRng(seed), [0, 0, 4])).toEqual([[7]]);
    }
    const runs = 20_000;
    let heavy = 0;
    for (let seed = 0; seed < runs; seed += 1) {
      if (kmeansPlusPlusCenters([[0], [5]], 1, createRng(seed), [1, 3])[0]?.[0] === 5) heavy += 1;
    }
    expect(Math.abs(heavy / runs - 0.75)).toBeLessThan(5 * Math.sqrt((0.75 * 0.25) / runs));
    expectEstimationError(
      () => kmeansPlusPlusCenters([[0], [5], [7]], 2, createRng(1), [0, 0, 4]),
      "invalid-option",
      /options\.components \(K = 2\) is more than the number of distinct data points \(1\)/,
    );
  });

  it("returns K distinct centers, copied (not the caller's arrays), the same for the same seed", () => {
    const data = [
      [0, 0],
      [0, 1],
      [5, 5],
      [6, 5],
      [10, 0],
      [10, 1],
    ];
    const a = kmeansPlusPlusCenters(data, 3, createRng(77));
    expect(a).toEqual(kmeansPlusPlusCenters(data, 3, createRng(77)));
    expect(new Set(a.map((center) => center.join(","))).size).toBe(3);
    (a[0] as number[])[0] = 999;
    expect(data.flat()).not.toContain(999);
  });

  it("refuses more components than distinct points, and bad arguments", () => {
    expectEstimationError(
      () => kmeansPlusPlusCenters([[1], [1], [2], [2]], 3, createRng(1)),
      "invalid-option",
      /options\.components \(K = 3\) is more than the number of distinct data points \(2\)/,
    );
    expectEstimationError(
      () => kmeansPlusPlusCenters([[1]], 0, createRng(1)),
      "invalid-option",
      /options\.components must be a whole number ≥ 1, got 0/,
    );
    expectEstimationError(() => kmeansPlusPlusCenters([[1], [2]], 1.5, createRng(1)), "invalid-option", /got 1\.5/);
    expectEstimationError(() => kmeansPlusPlusCenters([], 1, createRng(1)), "invalid-data", /at least one point/);
    expectEstimationError(
      () => kmeansPlusPlusCenters([[1, 2], [3]], 1, createRng(1)),
      "invalid-data",
      /data point 1 has 1 coordinates, expected 2/,
    );
    expectEstimationError(
      () => kmeansPlusPlusCenters([[1], [Number.NaN]], 1, createRng(1)),
      "invalid-data",
      /data point 1, coordinate 0 is not a finite number/,
    );
  });
});

describe("lloyd and kmeansStart", () => {
  it("Lloyd's iterations on a hand-worked example", () => {
    // From centers 0 and 1: {0} / {1, 9, 10, 11} → centers 0, 7.75; then {0, 1} / {9, 10, 11} → 0.5, 10; stable.
    const result = lloyd([[0], [1], [9], [10], [11]], [[0], [1]], 10);
    expect(result.centers).toEqual([[0.5], [10]]);
    expect(result.labels).toEqual([0, 0, 1, 1, 1]);
    expect(result.sizes).toEqual([2, 3]);
    expect(result.iterations).toBe(2);
  });

  it("weighted Lloyd uses weighted means", () => {
    const result = lloyd([[0], [2], [10]], [[0], [10]], 10, [1, 3, 2]);
    expect(result.centers).toEqual([[1.5], [10]]);
    expect(result.sizes).toEqual([4, 2]);
  });

  it("kmeansStart numbers the clusters by ascending center, whatever the seed", () => {
    for (let seed = 0; seed < 25; seed += 1) {
      const start = kmeansStart([[11], [0], [10], [1], [9]], 2, seed);
      expect(start.centers).toEqual([[0.5], [10]]);
      expect(start.labels).toEqual([1, 0, 1, 0, 1]);
      expect(start.sizes).toEqual([2, 3]);
    }
  });

  it("in 2-D, the order is lexicographic", () => {
    const start = kmeansStart(
      [
        [5, 1],
        [5, 0],
        [0, 9],
        [0, 8],
      ],
      2,
      3,
    );
    expect(start.centers).toEqual([
      [0, 8.5],
      [5, 0.5],
    ]);
  });
});

describe("start settings and init weights", () => {
  it("options.components is required without init; the seed defaults to 0", () => {
    expectEstimationError(
      () => startSettings(undefined),
      "invalid-option",
      /^options\.components \(K\) is required when init is not given$/,
    );
    expectEstimationError(
      () => startSettings({ seed: 4 }),
      "invalid-option",
      /^options\.components \(K\) is required when init is not given$/,
    );
    expect(startSettings({ components: 3 })).toEqual({ components: 3, seed: 0 });
    expect(startSettings({ components: 2, seed: 9 })).toEqual({ components: 2, seed: 9 });
    expectEstimationError(
      () => startSettings({ components: 2, seed: 1.5 }),
      "invalid-option",
      /options\.seed must be a whole number, got 1\.5/,
    );
    expectEstimationError(
      () => startSettings({ components: "2" as never }),
      "invalid-option",
      /options\.components must be a whole number ≥ 1/,
    );
  });

  it("init weights: K positive numbers summing to 1", () => {
    expect(requireMixtureWeights([0.25, 0.75], 2)).toEqual([0.25, 0.75]);
    expectEstimationError(
      () => requireMixtureWeights([0.5, 0.5], 3),
      "invalid-init",
      /init\.weights must have 3 entries, one per component, got 2/,
    );
    expectEstimationError(() => requireMixtureWeights("0.5", 1), "invalid-init", /init\.weights must be an array of 1 numbers/);
    expectEstimationError(
      () => requireMixtureWeights([0.5, null], 2),
      "invalid-init",
      /init\.weights\[1\] must be a finite number, got null/,
    );
    expectEstimationError(() => requireMixtureWeights([0.3, 0.3], 2), "invalid-init", /init\.weights must sum to 1, got 0\.6/);
  });
});
