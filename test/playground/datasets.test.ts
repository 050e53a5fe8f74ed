// The shipped data sets against R 4.2.2's own summaries of datasets::faithful, discoveries, rivers
// and precip (values printed by R: mean(faithful$eruptions) 3.487783, mean(faithful$waiting)
// 70.89706, mean(rivers) 591.1844, mean(precip) 34.88571, sum(discoveries) 310).
import { describe, expect, it } from "vitest";
import { DATASETS, findDataset, PRECIP_CITIES } from "@/lib/playground/datasets";

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function columnOf(id: string, name: string): readonly number[] {
  const values = findDataset(id)?.columns.find((column) => column.name === name)?.values;
  if (!values) throw new Error(`no column ${id}.${name}`);
  return values;
}

describe("shipped data sets", () => {
  it("Old Faithful: 272 rows, R's means", () => {
    const eruptions = columnOf("faithful", "eruptions");
    const waiting = columnOf("faithful", "waiting");
    expect(eruptions).toHaveLength(272);
    expect(waiting).toHaveLength(272);
    expect(mean(eruptions)).toBeCloseTo(3.487783, 6);
    expect(mean(waiting)).toBeCloseTo(70.89706, 5);
    // First and last rows as R prints them (head(faithful, 1), tail(faithful, 1)).
    expect([eruptions[0], waiting[0]]).toEqual([3.6, 79]);
    expect([eruptions[271], waiting[271]]).toEqual([4.467, 74]);
    // R: var(faithful$waiting) = 184.8233124
    const m = mean(waiting);
    expect(waiting.reduce((sum, v) => sum + (v - m) ** 2, 0) / 271).toBeCloseTo(184.8233124, 6);
  });

  it("discoveries: 100 yearly counts summing to 310", () => {
    const counts = columnOf("discoveries", "discoveries");
    expect(counts).toHaveLength(100);
    expect(counts.reduce((sum, v) => sum + v, 0)).toBe(310);
    expect(counts.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
  });

  it("rivers: 141 lengths, mean 591.1844", () => {
    const lengths = columnOf("rivers", "length");
    expect(lengths).toHaveLength(141);
    expect(mean(lengths)).toBeCloseTo(591.1844, 4);
  });

  it("precip: 70 cities, mean 34.88571, sd 13.70665", () => {
    const values = columnOf("precip", "precipitation");
    expect(values).toHaveLength(70);
    expect(PRECIP_CITIES).toHaveLength(70);
    expect(mean(values)).toBeCloseTo(34.88571, 5);
    const m = mean(values);
    expect(Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / 69)).toBeCloseTo(13.70665009, 7);
  });

  it("every data set cites its source and has columns of one length", () => {
    for (const dataset of DATASETS) {
      expect(dataset.source).toMatch(/R datasets::/);
      const lengths = new Set(dataset.columns.map((column) => column.values.length));
      expect(lengths.size).toBe(1);
    }
  });
});
