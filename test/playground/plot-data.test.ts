// The numbers behind the playground's plots, checked against their definitions.
import { describe, expect, it } from "vitest";
import { densityOf, ellipse, ELLIPSE_95, frequencies, histogram, pmfOf } from "@/lib/playground/plot-data";
import { parameterRows } from "@/lib/playground/results";

describe("histogram", () => {
  it("uses Sturges' bins, counts every value once and integrates to 1", () => {
    const values = Array.from({ length: 100 }, (_, i) => i / 10);
    const h = histogram(values);
    expect(h.counts).toHaveLength(Math.ceil(Math.log2(100) + 1)); // 8, R's nclass.Sturges
    expect(h.counts.reduce((s, c) => s + c, 0)).toBe(100);
    const width = (h.edges[1] as number) - (h.edges[0] as number);
    expect(h.densities.reduce((s, d) => s + d * width, 0)).toBeCloseTo(1, 12);
    expect(h.edges[0]).toBe(0);
    expect(h.edges[h.edges.length - 1]).toBeCloseTo(9.9, 12);
  });

  it("survives a constant sample", () => {
    expect(histogram([2, 2, 2], 5).counts.reduce((s, c) => s + c, 0)).toBe(3);
  });
});

describe("fitted densities and probabilities", () => {
  it("a normal density is N(μ, σ²)", () => {
    const f = densityOf("normal", { mean: 1, variance: 4 })!;
    expect(f(1)).toBeCloseTo(1 / Math.sqrt(8 * Math.PI), 14);
    expect(f(3)).toBeCloseTo(Math.exp(-0.5) / Math.sqrt(8 * Math.PI), 14);
  });

  it("a gamma density integrates to 1 (midpoint rule) and R's dgamma(2, 3, 1.5) = 0.336062711483082", () => {
    const f = densityOf("gamma", { shape: 3, rate: 1.5 })!;
    expect(f(2)).toBeCloseTo(0.336062711483082, 12);
    let total = 0;
    for (let i = 0; i < 40000; i += 1) total += f((i + 0.5) / 1000) / 1000;
    expect(total).toBeCloseTo(1, 6);
  });

  it("count models' probabilities sum to 1; geometric trials start at 1", () => {
    const sum = (p: (k: number) => number) => Array.from({ length: 200 }, (_, k) => p(k)).reduce((s, v) => s + v, 0);
    expect(sum(pmfOf("poisson", { lambda: 3.1 })!)).toBeCloseTo(1, 12);
    expect(sum(pmfOf("zip", { pi: 0.2, lambda: 2 })!)).toBeCloseTo(1, 12);
    expect(sum(pmfOf("poisson-mixture", { weights: [0.4, 0.6], lambdas: [1, 6] })!)).toBeCloseTo(1, 12);
    const trials = pmfOf("geometric", { p: 0.3 }, "trials")!;
    expect(trials(0)).toBe(0);
    expect(trials(1)).toBe(0.3);
    expect(pmfOf("poisson", { lambda: 3.1 })!(2)).toBeCloseTo(0.216461417501045, 12); // R: dpois(2, 3.1)
  });

  it("a model without a density gives null", () => {
    expect(densityOf("poisson", { lambda: 1 })).toBeNull();
    expect(densityOf("normal", { mean: "a" })).toBeNull();
  });
});

describe("ellipse", () => {
  it("every point is at squared Mahalanobis distance χ²₂(0.95) from the mean", () => {
    const mean = [2, -1];
    const [a, b, c] = [4, 1.5, 1];
    const det = a * c - b * b;
    for (const [px, py] of ellipse(mean, [
      [a, b],
      [b, c],
    ])) {
      const dx = px - 2;
      const dy = py + 1;
      expect((c * dx * dx - 2 * b * dx * dy + a * dy * dy) / det).toBeCloseTo(ELLIPSE_95, 9);
    }
    expect(ELLIPSE_95).toBeCloseTo(5.99146454710798, 12); // R: qchisq(0.95, 2)
  });
});

describe("frequencies and parameter rows", () => {
  it("counts each whole value from 0", () => {
    expect(frequencies([2, 0, 2, 3])).toEqual([
      { value: 0, count: 1 },
      { value: 1, count: 0 },
      { value: 2, count: 2 },
      { value: 3, count: 1 },
    ]);
  });

  it("names nested parameters and pairs them with their standard errors", () => {
    expect(parameterRows({ mean: 1, variance: 2 }, { mean: 0.1, variance: 0.2 })).toEqual([
      { name: "mean", value: 1, standardError: 0.1 },
      { name: "variance", value: 2, standardError: 0.2 },
    ]);
    expect(parameterRows({ weights: [0.5, 0.5], means: [[1, 2]], covariances: [[[1, 0.5]]] }).map((row) => row.name)).toEqual([
      "weights 1",
      "weights 2",
      "means 1 (1)",
      "means 1 (2)",
      "covariances 1 (1, 1)",
      "covariances 1 (1, 2)",
    ]);
  });
});
