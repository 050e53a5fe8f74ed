/**
 * Pasted CSV into a table of text cells, and a column of that table into numbers, with messages
 * that name the row and column of the first bad cell. The learner's text is data: it is only ever
 * shown back as text, never interpreted.
 */
import Papa from "papaparse";

export interface Table {
  columns: string[];
  /** Cells as typed, trimmed; every row has one cell per column. */
  rows: string[][];
  /** Whether the first line was read as column names. */
  hasHeader: boolean;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** Bounds on what one paste may hold, so that a huge paste is refused instead of freezing the tab. */
export const MAX_CSV_CHARS = 5_000_000;
export const MAX_ROWS = 200_000;
export const MAX_COLUMNS = 50;

/** A decimal number as people type it: 12, -0.5, .5, 3., 1e-3. No thousands separators, no NaN or Infinity. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseNumberCell(cell: string): number | null {
  const text = cell.trim();
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A cell as it is quoted in a message: short, so that a pasted novel does not fill the screen. */
export function quoteCell(cell: string): string {
  const text = cell.length > 24 ? `${cell.slice(0, 24)}…` : cell;
  return `“${text}”`;
}

export function parseCsv(text: string): Outcome<Table> {
  if (text.length > MAX_CSV_CHARS) {
    return {
      ok: false,
      message: `The text is ${text.length.toLocaleString("en")} characters long; the playground takes at most ${MAX_CSV_CHARS.toLocaleString("en")}.`,
    };
  }
  if (text.trim() === "") return { ok: false, message: "Paste some data first: one value per line, or columns separated by commas." };
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: "greedy", delimitersToGuess: [",", "\t", ";", "|"] });
  const lines = parsed.data.map((row) => row.map((cell) => cell.trim()));
  const quoteError = parsed.errors.find((error) => error.type === "Quotes");
  if (quoteError) {
    return { ok: false, message: `Line ${(quoteError.row ?? 0) + 1}: a quoted cell is never closed (${quoteError.message}).` };
  }
  if (lines.length === 0) return { ok: false, message: "No rows found in the text." };
  const first = lines[0] as string[];
  // A first line with a cell that is not a number (and not empty) names the columns.
  const hasHeader = first.some((cell) => cell !== "" && parseNumberCell(cell) === null);
  const width = first.length;
  if (width > MAX_COLUMNS) return { ok: false, message: `Line 1 has ${width} columns; the playground takes at most ${MAX_COLUMNS}.` };
  const body = hasHeader ? lines.slice(1) : lines;
  if (body.length > MAX_ROWS)
    return {
      ok: false,
      message: `${body.length.toLocaleString("en")} rows; the playground takes at most ${MAX_ROWS.toLocaleString("en")}.`,
    };
  for (let r = 0; r < body.length; r += 1) {
    const row = body[r] as string[];
    if (row.length !== width) {
      const line = r + 1 + (hasHeader ? 1 : 0);
      return {
        ok: false,
        message: `Line ${line} has ${row.length} ${row.length === 1 ? "cell" : "cells"}, but line 1 has ${width}: every line needs the same number of columns.`,
      };
    }
  }
  if (body.length === 0) return { ok: false, message: "Only a header line: there are no data rows under it." };
  const columns = hasHeader ? first.map((name, j) => (name === "" ? `column ${j + 1}` : name)) : first.map((_, j) => `column ${j + 1}`);
  return { ok: true, value: { columns, rows: body, hasHeader } };
}

/** A table from named numeric columns of equal length (the shipped data sets). */
export function tableFromColumns(columns: readonly { name: string; values: readonly number[] }[]): Table {
  const n = columns[0]?.values.length ?? 0;
  const rows: string[][] = [];
  for (let i = 0; i < n; i += 1) rows.push(columns.map((column) => String(column.values[i])));
  return { columns: columns.map((column) => column.name), rows, hasHeader: true };
}

/** The line of the pasted text that holds data row `index` (0-based), for messages. */
export function lineOf(table: Table, index: number): number {
  return index + 1 + (table.hasHeader ? 1 : 0);
}

/**
 * Column `j` as numbers. Empty cells are an error unless `allowMissing` (then they are null, for
 * the model with missing values); any other cell that is not a number is an error naming it.
 */
export function numericColumn(table: Table, j: number, allowMissing = false): Outcome<(number | null)[]> {
  const name = table.columns[j];
  if (name === undefined) return { ok: false, message: `There is no column ${j + 1}.` };
  const values: (number | null)[] = [];
  for (let i = 0; i < table.rows.length; i += 1) {
    const cell = (table.rows[i] as string[])[j] as string;
    if (cell === "" && allowMissing) {
      values.push(null);
      continue;
    }
    const value = parseNumberCell(cell);
    if (value === null) {
      const what = cell === "" ? "is empty" : `holds ${quoteCell(cell)}, which is not a number`;
      return { ok: false, message: `Row ${i + 1} (line ${lineOf(table, i)}), column “${name}” ${what}.` };
    }
    values.push(value);
  }
  return { ok: true, value: values };
}
