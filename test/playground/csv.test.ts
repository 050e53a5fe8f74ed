// Pasted CSV: header detection, numbers as people type them, and messages that name the row,
// the line and the column of the first bad cell.
import { describe, expect, it } from "vitest";
import { numericColumn, parseCsv, parseNumberCell, tableFromColumns, type Table } from "@/lib/playground/csv";

function table(text: string): Table {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe("parseCsv", () => {
  it("reads a header line when a cell of the first line is not a number", () => {
    const t = table("eruptions,waiting\n3.6,79\n1.8,54\n");
    expect(t.columns).toEqual(["eruptions", "waiting"]);
    expect(t.rows).toEqual([
      ["3.6", "79"],
      ["1.8", "54"],
    ]);
    expect(t.hasHeader).toBe(true);
  });

  it("names the columns when every cell of the first line is a number", () => {
    const t = table("1\n2\n\n3\n");
    expect(t.columns).toEqual(["column 1"]);
    expect(t.rows).toEqual([["1"], ["2"], ["3"]]);
    expect(t.hasHeader).toBe(false);
  });

  it("guesses tabs and semicolons as separators", () => {
    expect(table("a\tb\n1\t2").columns).toEqual(["a", "b"]);
    expect(table("a;b\n1;2").rows).toEqual([["1", "2"]]);
  });

  it("refuses a ragged line, naming it", () => {
    const parsed = parseCsv("x,y\n1,2\n3\n4,5");
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining("Line 3 has 1 cell, but line 1 has 2") });
  });

  it("refuses empty text, a header alone and an unclosed quote", () => {
    expect(parseCsv("  \n ").ok).toBe(false);
    expect(parseCsv("x,y\n")).toEqual({ ok: false, message: expect.stringContaining("no data rows") });
    expect(parseCsv('x\n"1\n2')).toEqual({ ok: false, message: expect.stringContaining("quoted cell is never closed") });
  });
});

describe("parseNumberCell", () => {
  it.each([
    ["12", 12],
    [" -0.5 ", -0.5],
    [".5", 0.5],
    ["3.", 3],
    ["1e-3", 0.001],
    ["+2E2", 200],
  ])("reads %j as %d", (cell, value) => {
    expect(parseNumberCell(cell)).toBe(value);
  });

  it.each(["", "abc", "1,5", "NaN", "Infinity", "0x10", "1e999", "--1", "1 2"])("refuses %j", (cell) => {
    expect(parseNumberCell(cell)).toBeNull();
  });
});

describe("numericColumn", () => {
  it("names the row, the line of the text and the column of a non-numeric cell", () => {
    const t = table("a,b\n1,2\n3,oops\n5,6");
    expect(numericColumn(t, 0)).toEqual({ ok: true, value: [1, 3, 5] });
    expect(numericColumn(t, 1)).toEqual({ ok: false, message: "Row 2 (line 3), column “b” holds “oops”, which is not a number." });
  });

  it("calls an empty cell empty, unless missing values are allowed", () => {
    const t = table("a,b\n1,\n3,4");
    expect(numericColumn(t, 1)).toEqual({ ok: false, message: "Row 1 (line 2), column “b” is empty." });
    expect(numericColumn(t, 1, true)).toEqual({ ok: true, value: [null, 4] });
  });

  it("shortens a long bad cell in the message and keeps it as text", () => {
    const t = table(`x\n<script>alert(1)</script>${"z".repeat(50)}`);
    const result = numericColumn(t, 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("“<script>alert(1)</script…”");
  });

  it("round-trips a data set's numbers through text exactly", () => {
    const values = [0.1, 1 / 3, 1e-300, 123456789.123];
    expect(numericColumn(tableFromColumns([{ name: "v", values }]), 0)).toEqual({ ok: true, value: values });
  });
});
