// Reading an import file in slices. JSON.parse of a 12 MB file holds the event loop for about
// 100 ms and validating its 40 000 attempts with zod for half a second more: every other request
// would wait. Here the file is split into its rows without parsing them (a scan for the string,
// bracket and brace boundaries), and each row is parsed and validated on its own, with the event
// loop given back every few milliseconds (lib/event-loop.ts). JSON.parse checks each row's text
// and the scan checks the punctuation between rows, so a file is accepted only if it is valid JSON.
import { z } from "zod";
import { TimeSlices } from "../event-loop";
import {
  attemptSchema,
  describeIssues,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type FormatIssue,
  isoDate,
  checkLinks,
  type LinkIssue,
  MAX_ROWS,
  HOLDS_NUL,
  holdsNul,
  NOT_AN_EXPORT,
  type ParsedExport,
  profileSchema,
  reviewCardSchema,
  studySessionSchema,
  wrongVersion,
} from "./export-format";

export const NOT_JSON = "the file is empty or not valid JSON: choose the .json file you exported";

/**
 * The most text one row may take. Parsing and validating a row cannot be sliced, so its size is
 * bounded: an attempt holds at most a few written answers of 4000 characters, a session its
 * questions' drafts, a card a dozen numbers. Far above what an export writes.
 */
export const MAX_ROW_CHARS = { attempts: 128 * 1024, studySessions: 1024 * 1024, reviewCards: 16 * 1024 } as const;
/** Any other value of the file (format, version, profile, a field this app does not know). */
const MAX_VALUE_CHARS = 64 * 1024;

export type ParseResult = { ok: true; data: ParsedExport } | { ok: false; error: string };

type RowKey = keyof typeof MAX_ROW_CHARS;
const ROW_SCHEMAS = { attempts: attemptSchema, studySessions: studySessionSchema, reviewCards: reviewCardSchema } as const;
const ROW_KEYS: readonly RowKey[] = ["attempts", "studySessions", "reviewCards"];
const isRowKey = (key: string): key is RowKey => (ROW_KEYS as readonly string[]).includes(key);

const headerSchema = z.object({ exportedAt: isoDate, profile: profileSchema.nullable() });

class NotJson extends Error {}
class TooLarge extends Error {}

/** Finds where JSON values end in `text` without parsing them. */
class Scanner {
  position = 0;
  private readonly token = /["{}[\]]/g;
  private readonly delimiter = /[\s,\]}]/g;

  constructor(readonly text: string) {}

  skipWhitespace(): void {
    const { text } = this;
    for (;;) {
      const code = text.charCodeAt(this.position);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.position += 1;
    }
  }

  /** The next character, after whitespace. */
  peek(): string {
    this.skipWhitespace();
    return this.text.charAt(this.position);
  }

  expect(char: string): void {
    if (this.peek() !== char) throw new NotJson();
    this.position += 1;
  }

  /** The end (exclusive) of the string whose opening quote is at `start`. */
  private stringEnd(start: number): number {
    let from = start + 1;
    for (;;) {
      const quote = this.text.indexOf('"', from);
      if (quote < 0) throw new NotJson();
      let backslashes = 0;
      while (this.text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
      if (backslashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }

  /** The text of the value at the position (moved past it), refused when longer than `maxChars`. */
  value(maxChars: number): string {
    this.skipWhitespace();
    const start = this.position;
    const first = this.text.charAt(start);
    let end: number;
    if (first === '"') {
      end = this.stringEnd(start);
    } else if (first === "{" || first === "[") {
      let depth = 0;
      this.token.lastIndex = start;
      for (;;) {
        const match = this.token.exec(this.text);
        if (!match) throw new NotJson();
        if (match.index - start > maxChars) throw new TooLarge();
        const char = match[0];
        if (char === '"') {
          this.token.lastIndex = this.stringEnd(match.index);
        } else if (char === "{" || char === "[") {
          depth += 1;
        } else {
          depth -= 1;
          if (depth === 0) {
            end = match.index + 1;
            break;
          }
        }
      }
    } else {
      // A number, true, false or null: up to the next delimiter (JSON.parse checks the word).
      this.delimiter.lastIndex = start;
      end = this.delimiter.exec(this.text)?.index ?? this.text.length;
    }
    if (end - start > maxChars) throw new TooLarge();
    this.position = end;
    return this.text.slice(start, end);
  }

  parse(maxChars: number): unknown {
    const text = this.value(maxChars);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new NotJson();
    }
  }

  atEnd(): boolean {
    this.skipWhitespace();
    return this.position >= this.text.length;
  }
}

function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[]): FormatIssue[] {
  return error.issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}

interface Rows {
  attempts: ParsedExport["attempts"];
  studySessions: ParsedExport["studySessions"];
  reviewCards: ParsedExport["reviewCards"];
}

/**
 * Parses and validates an export file's text, a row at a time, with the same messages as the
 * export format's schema (lib/study/export-format.ts). `signal`: stop early (the client went away).
 */
export async function parseExportText(text: string, signal?: AbortSignal): Promise<ParseResult> {
  const slices = new TimeSlices();
  const scanner = new Scanner(text);
  const values = new Map<string, unknown>();
  const rows: Rows = { attempts: [], studySessions: [], reviewCards: [] };
  const rowIssues: Record<RowKey, FormatIssue[]> = { attempts: [], studySessions: [], reviewCards: [] };
  const rowsSeen = new Set<RowKey>();
  // Refused on both databases alike, rather than failing on PostgreSQL only (it stores no U+0000).
  let nul = false;

  async function readRows<Row>(key: RowKey, schema: z.ZodType<Row>): Promise<Row[]> {
    const parsed: Row[] = [];
    const issues: FormatIssue[] = [];
    scanner.expect("[");
    if (scanner.peek() === "]") {
      scanner.position += 1;
    } else {
      for (let index = 0; ; index += 1) {
        if (index >= MAX_ROWS) throw new TooLarge(describeIssues([{ path: [key], message: `more than ${MAX_ROWS} rows` }]));
        let value: unknown;
        try {
          value = scanner.parse(MAX_ROW_CHARS[key]);
        } catch (error) {
          if (!(error instanceof TooLarge)) throw error;
          const message = `larger than any export writes (over ${MAX_ROW_CHARS[key] / 1024} KB)`;
          throw new TooLarge(describeIssues([{ path: [key, index], message }]));
        }
        if (!nul && holdsNul(value)) nul = true;
        const result = schema.safeParse(value);
        if (result.success) parsed.push(result.data);
        else issues.push(...issuesOf(result.error, [key, index]));
        const next = scanner.peek();
        scanner.position += 1;
        if (next === "]") break;
        if (next !== ",") throw new NotJson();
        await slices.pause();
        if (signal?.aborted) throw signal.reason;
      }
    }
    // A key given twice counts as JSON.parse reads it: the last one.
    rowsSeen.add(key);
    values.delete(key);
    rowIssues[key] = issues;
    return parsed;
  }

  try {
    scanner.expect("{");
    if (scanner.peek() === "}") scanner.position += 1;
    else {
      for (;;) {
        if (scanner.peek() !== '"') throw new NotJson();
        const key = scanner.parse(MAX_VALUE_CHARS);
        if (typeof key !== "string") throw new NotJson();
        scanner.expect(":");
        if (key === "attempts" && scanner.peek() === "[") rows.attempts = await readRows(key, attemptSchema);
        else if (key === "studySessions" && scanner.peek() === "[") rows.studySessions = await readRows(key, studySessionSchema);
        else if (key === "reviewCards" && scanner.peek() === "[") rows.reviewCards = await readRows(key, reviewCardSchema);
        else {
          if (isRowKey(key)) rowsSeen.delete(key);
          try {
            const value = scanner.parse(isRowKey(key) ? MAX_ROW_CHARS[key] : MAX_VALUE_CHARS);
            if (!nul && holdsNul(value)) nul = true;
            values.set(key, value);
          } catch (error) {
            if (error instanceof TooLarge) throw new TooLarge(describeIssues([{ path: [key], message: "larger than any export writes" }]));
            throw error;
          }
        }
        const next = scanner.peek();
        scanner.position += 1;
        if (next === "}") break;
        if (next !== ",") throw new NotJson();
        await slices.pause();
      }
    }
    if (!scanner.atEnd()) throw new NotJson();
  } catch (error) {
    // Valid JSON that is not an object (small enough to check at once) is not an export either.
    if (error instanceof NotJson) return { ok: false, error: isSmallJson(text) ? NOT_AN_EXPORT : NOT_JSON };
    if (error instanceof TooLarge) return { ok: false, error: values.get("format") === EXPORT_FORMAT ? error.message : NOT_AN_EXPORT };
    throw error;
  }

  if (values.get("format") !== EXPORT_FORMAT) return { ok: false, error: NOT_AN_EXPORT };
  if (values.get("version") !== EXPORT_VERSION) return { ok: false, error: wrongVersion(values.get("version")) };
  if (nul) return { ok: false, error: HOLDS_NUL };

  const header = headerSchema.safeParse({ exportedAt: values.get("exportedAt"), profile: values.get("profile") });
  const issues: FormatIssue[] = header.success ? [] : issuesOf(header.error, []);
  for (const key of ROW_KEYS) {
    if (rowsSeen.has(key)) issues.push(...rowIssues[key]);
    else {
      // Not an array (or missing): the schema of the whole array says what was expected.
      const whole = z.array(ROW_SCHEMAS[key]).safeParse(values.get(key));
      if (!whole.success) issues.push(...issuesOf(whole.error, [key]));
    }
  }
  if (issues.length === 0) {
    const links: LinkIssue[] = [];
    for (const _step of checkLinks(rows, links)) await slices.pause();
    issues.push(...links.map((issue) => ({ path: issue.path ?? [], message: issue.message })));
  }
  if (issues.length > 0 || !header.success) return { ok: false, error: describeIssues(issues) };
  return {
    ok: true,
    data: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: header.data.exportedAt, profile: header.data.profile, ...rows },
  };
}

function isSmallJson(text: string): boolean {
  if (text.length > MAX_VALUE_CHARS) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
