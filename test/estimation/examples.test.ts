// The `@example` blocks of the estimation models' doc comments, executed: each example's code runs
// against its own module, and the result must match the value written in the comment under it.
//
// How an example reads: code lines (ending in `;`), each followed by `//` comment lines whose text
// starts with the value as an object literal (any words after it, such as a reference value from
// R, are remarks and not checked). A number is compared to the digits written: give or take one
// unit in its last written place (so `0.42969738…` and a rounded `2.452476` both work, and a
// 16-digit value is all but exact); integers exactly. The literal's keys must be exactly the result's.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MODELS = path.resolve(__dirname, "../../lib/estimation/models");

interface Example {
  code: string;
  written: string;
}

/** The example lines of a file's first `@example` block, without the comment's leading ` * `. */
function exampleLines(source: string): string[] {
  const start = source.indexOf("@example");
  if (start < 0) return [];
  const end = source.indexOf("*/", start);
  return source
    .slice(start + "@example".length, end)
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, ""))
    .filter((line) => line.trim() !== "");
}

/** Pairs each statement with the comment that follows it (on its own line or the same one). */
function parseExamples(lines: string[]): Example[] {
  const examples: Example[] = [];
  let code = "";
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.startsWith("//")) {
      const last = examples.at(-1);
      if (!last) throw new Error(`a comment before any code: ${trimmed}`);
      last.written += ` ${trimmed.slice(2).trim()}`;
      continue;
    }
    const inline = trimmed.indexOf("; //");
    code += `${code ? " " : ""}${inline >= 0 ? trimmed.slice(0, inline + 1) : trimmed}`;
    if (code.endsWith(";")) {
      examples.push({ code: code.slice(0, -1), written: inline >= 0 ? trimmed.slice(inline + 4).trim() : "" });
      code = "";
    }
  }
  if (code) throw new Error(`an unfinished statement: ${code}`);
  return examples;
}

/** The leading balanced `{ … }` of the comment: the value; the rest is a remark. */
function leadingLiteral(written: string): string {
  const text = written.trim();
  if (!text.startsWith("{")) throw new Error(`the comment does not start with a value: ${text}`);
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "{") depth += 1;
    if (text[i] === "}") depth -= 1;
    if (depth === 0) return text.slice(0, i + 1);
  }
  throw new Error(`unbalanced braces: ${text}`);
}

const NUMBER_MARK = "#num:";

/** The literal as JSON, every number kept as written (a string) so that its precision is known. */
function literalToValue(literal: string): unknown {
  const json = literal
    .replace(/(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)(…?)/g, (_, digits: string, ellipsis: string) => `"${NUMBER_MARK}${digits}${ellipsis}"`)
    .replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":');
  return JSON.parse(json);
}

function compare(actual: unknown, written: unknown, where: string): void {
  if (typeof written === "string" && written.startsWith(NUMBER_MARK)) {
    const digits = written.slice(NUMBER_MARK.length).replace("…", "");
    expect(typeof actual, where).toBe("number");
    const value = Number(digits);
    if (!/[.e]/.test(digits)) {
      expect(actual, where).toBe(value);
      return;
    }
    const [mantissa = "", exponent = "0"] = digits.split("e");
    const decimals = (mantissa.split(".")[1] ?? "").length;
    const unit = 10 ** (Number(exponent) - decimals);
    const difference = Math.abs(Number(actual) - value);
    expect(difference, `${where}: ${String(actual)} vs the written ${digits}`).toBeLessThanOrEqual(unit * (1 + 1e-9));
    return;
  }
  if (Array.isArray(written)) {
    if (!Array.isArray(actual)) throw new Error(`${where}: expected a list, got ${JSON.stringify(actual)}`);
    expect(actual.length, where).toBe(written.length);
    written.forEach((item, index) => compare(actual[index], item, `${where}[${index}]`));
    return;
  }
  if (written !== null && typeof written === "object") {
    if (actual === null || typeof actual !== "object") throw new Error(`${where}: expected an object, got ${JSON.stringify(actual)}`);
    const actualEntries = new Map(Object.entries(actual));
    expect([...actualEntries.keys()].sort(), where).toEqual(Object.keys(written).sort());
    for (const [key, item] of Object.entries(written)) compare(actualEntries.get(key), item, `${where}.${key}`);
    return;
  }
  expect(actual, where).toEqual(written);
}

const files = readdirSync(MODELS)
  .filter((name) => name.endsWith(".ts"))
  .sort();

describe("the @example blocks of lib/estimation/models", () => {
  it("every model file has an example", () => {
    const without = files.filter((name) => exampleLines(readFileSync(path.join(MODELS, name), "utf8")).length === 0);
    expect(without).toEqual([]);
  });

  describe.each(files)("%s", (name) => {
    const examples = parseExamples(exampleLines(readFileSync(path.join(MODELS, name), "utf8")));
    it.each(examples.map((example) => [example.code, example] as const))("%s", async (_, example) => {
      const exports: Record<string, unknown> = await import(path.join(MODELS, name));
      const names = Object.keys(exports);
      // The example's code names the module's exports (and globals such as Math), nothing else.
      const run = new Function(...names, `"use strict"; return (${example.code});`) as (...args: unknown[]) => unknown;
      const actual = run(...names.map((key) => exports[key]));
      compare(actual, literalToValue(leadingLiteral(example.written)), name);
    });
  });
});
