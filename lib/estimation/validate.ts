/**
 * Runtime checks for the untrusted JSON of a job (`data`, `init`, `options`). Each check returns
 * the value with its TypeScript type, or throws an EstimationError whose message names the
 * offending field and element ("data[3] is null, not a number"), so the CLI can print it as is.
 *
 * Every check throws `invalid-data` unless told otherwise with `code` (validating `init` wants
 * `invalid-init`, options want `invalid-option`).
 */
import { EstimationError, invalidOption, type EstimationErrorCode } from "./errors";

export interface CheckRules {
  /** The error code to throw with; default "invalid-data". */
  code?: EstimationErrorCode;
}

export interface NumberRules extends CheckRules {
  /** Smallest allowed value (inclusive unless `minExclusive`). */
  min?: number;
  minExclusive?: boolean;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** The only allowed values, e.g. [0, 1] for Bernoulli trials. */
  oneOf?: readonly number[];
  /** What the values are, for messages: "counts must be ≥ 0". Default "values". */
  noun?: string;
}

export interface SampleRules extends NumberRules {
  /** At least this many elements; default 1 (a sample is never empty). */
  minLength?: number;
}

export interface MatrixRules extends CheckRules {
  /** At least this many rows; default 1. */
  minRows?: number;
  /** Exactly this many columns; by default whatever row 0 has (at least 1, unless `allowNoColumns`). */
  columns?: number;
  /**
   * Accept a matrix whose rows are all empty (`[[], [], []]`: n rows, 0 columns), as a regression
   * design with no predictors (intercept only). Rows must still agree: `[[], [1]]` is ragged.
   */
  allowNoColumns?: boolean;
}

/** A sample given either as plain values (every frequency 1) or as a frequency table. */
export interface WeightedSample {
  values: number[];
  /** Whole numbers ≥ 0, same length as `values`, not all zero. */
  frequencies: number[];
}

function entries(count: number): string {
  return `${count} ${count === 1 ? "entry" : "entries"}`;
}

function fail(rules: CheckRules | undefined, message: string): never {
  throw new EstimationError(rules?.code ?? "invalid-data", message);
}

/** A short description of a JSON value for messages: `null`, `an object`, `the string "3"`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") {
    const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/**
 * One number: finite and within the rules. `what` is its name in messages ("init.lambda").
 */
export function requireNumber(value: unknown, what: string, rules?: NumberRules): number {
  if (typeof value !== "number") fail(rules, `${what} is ${describeValue(value)}, not a number`);
  if (!Number.isFinite(value)) fail(rules, `${what} is ${String(value)}, not a finite number`);
  checkRange(value, what, rules);
  return value;
}

function checkRange(value: number, what: string, rules: NumberRules | undefined): void {
  if (!rules) return;
  const noun = rules.noun ?? "values";
  if (rules.oneOf && !rules.oneOf.includes(value)) {
    const choices = rules.oneOf.map(String);
    const listed = choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(", ")}`;
    fail(rules, `${what} = ${value} must be ${listed}`);
  }
  if (rules.integer && !Number.isInteger(value)) {
    fail(rules, `${what} = ${value} is not a whole number; ${noun} must be whole numbers`);
  }
  if (rules.min !== undefined) {
    const below = rules.minExclusive ? value <= rules.min : value < rules.min;
    if (below) {
      const requirement = `${noun} must be ${rules.minExclusive ? ">" : "≥"} ${rules.min}`;
      const problem =
        value < 0 && rules.min >= 0 ? "is negative" : rules.minExclusive && rules.min === 0 ? "is not positive" : `is below ${rules.min}`;
      fail(rules, `${what} = ${value} ${problem}; ${requirement}`);
    }
  }
  if (rules.max !== undefined && value > rules.max) {
    fail(rules, `${what} = ${value} is above ${rules.max}; ${noun} must be ≤ ${rules.max}`);
  }
}

/** An array (of anything yet); "data must be an array of numbers, got an object". */
export function requireArray(value: unknown, what: string, rules?: CheckRules): unknown[] {
  if (!Array.isArray(value)) fail(rules, `${what} must be an array of numbers, got ${describeValue(value)}`);
  return value;
}

/**
 * A non-empty array of finite numbers, each within the rules.
 * @example requireSample([0, 1, 1], "data", { oneOf: [0, 1] }) // [0, 1, 1]
 * @example requireSample([], "data") // throws "data must not be empty"
 */
export function requireSample(value: unknown, what = "data", rules?: SampleRules): number[] {
  const items = requireArray(value, what, rules);
  const minLength = rules?.minLength ?? 1;
  if (items.length === 0) fail(rules, `${what} must not be empty`);
  if (items.length < minLength) {
    fail(rules, `${what} needs at least ${minLength} values, got ${items.length}`);
  }
  const sample: number[] = new Array<number>(items.length);
  for (let i = 0; i < items.length; i += 1) {
    sample[i] = requireNumber(items[i], `${what}[${i}]`, rules);
  }
  return sample;
}

/**
 * Whole numbers ≥ 0. With `positiveTotal`, not all zero (a multinomial with no trials has no MLE).
 */
export function requireCounts(
  value: unknown,
  what = "counts",
  rules?: CheckRules & { minLength?: number; positiveTotal?: boolean },
): number[] {
  const counts = requireSample(value, what, {
    code: rules?.code,
    minLength: rules?.minLength,
    integer: true,
    min: 0,
    noun: "counts",
  });
  if (rules?.positiveTotal && counts.every((count) => count === 0)) {
    fail(rules, `${what} must not all be zero`);
  }
  return counts;
}

/** A number in [0, 1]: "init.p must be a probability in [0, 1], got 1.5". */
export function requireProbability(value: unknown, what: string, rules?: CheckRules): number {
  const probability = requireNumber(value, what, rules);
  if (probability < 0 || probability > 1) {
    fail(rules, `${what} must be a probability in [0, 1], got ${probability}`);
  }
  return probability;
}

/** A plain JSON object (not null, not an array). */
export function requireObject(value: unknown, what: string, rules?: CheckRules): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(rules, `${what} must be an object, got ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}

/**
 * `[x, ...]` or `{ values: [...], frequencies: [...] }` (frequencies: whole numbers ≥ 0 of the
 * same length, not all zero). Plain arrays come back with every frequency 1, so a caller handles
 * one shape; rows stay in the order given.
 */
export function requireWeightedSample(value: unknown, what = "data", rules?: SampleRules): WeightedSample {
  if (Array.isArray(value)) {
    const values = requireSample(value, what, rules);
    return { values, frequencies: values.map(() => 1) };
  }
  if (typeof value !== "object" || value === null) {
    fail(rules, `${what} must be an array of numbers or an object { values, frequencies }, got ${describeValue(value)}`);
  }
  const table = value as Record<string, unknown>;
  const values = requireSample(table.values, `${what}.values`, rules);
  const frequencies = requireCounts(table.frequencies, `${what}.frequencies`, { code: rules?.code });
  if (frequencies.length !== values.length) {
    fail(rules, `${what}.frequencies has ${entries(frequencies.length)} but ${what}.values has ${values.length}; they must match`);
  }
  if (frequencies.every((frequency) => frequency === 0)) fail(rules, `${what}.frequencies must not all be zero`);
  return { values, frequencies };
}

function requireRows(value: unknown, what: string, rules: MatrixRules | undefined): unknown[][] {
  if (!Array.isArray(value)) fail(rules, `${what} must be an array of rows, got ${describeValue(value)}`);
  const minRows = rules?.minRows ?? 1;
  if (value.length === 0) fail(rules, `${what} must not be empty`);
  if (value.length < minRows) fail(rules, `${what} needs at least ${minRows} rows, got ${value.length}`);
  const first = value[0];
  const columns = rules?.columns ?? (Array.isArray(first) ? first.length : 0);
  if (columns < 1 && !(rules?.allowNoColumns && Array.isArray(first))) {
    fail(rules, Array.isArray(first) ? `${what}[0] must not be empty` : `${what}[0] must be an array, got ${describeValue(first)}`);
  }
  return value.map((row: unknown, i) => {
    if (!Array.isArray(row)) fail(rules, `${what}[${i}] must be an array, got ${describeValue(row)}`);
    if (row.length !== columns) {
      const reference = rules?.columns === undefined ? ` (as ${what}[0])` : "";
      fail(rules, `${what}[${i}] has ${entries(row.length)}, expected ${columns}${reference}`);
    }
    return row as unknown[];
  });
}

/** A rectangular, non-empty matrix of finite numbers (rows of equal length; empty rows only with `allowNoColumns`). */
export function requireMatrix(value: unknown, what: string, rules?: MatrixRules): number[][] {
  return requireRows(value, what, rules).map((row, i) => row.map((entry, j) => requireNumber(entry, `${what}[${i}][${j}]`, rules)));
}

/**
 * Like requireMatrix, but `null` marks a missing entry (mvn-missing). Rows with every entry
 * missing are allowed here; a model that cannot use them says so itself.
 */
export function requireMatrixWithMissing(value: unknown, what: string, rules?: MatrixRules): (number | null)[][] {
  return requireRows(value, what, rules).map((row, i) =>
    row.map((entry, j) => (entry === null ? null : requireNumber(entry, `${what}[${i}][${j}]`, rules))),
  );
}

/**
 * A string option from a fixed list, or `fallback` when absent; throws invalid-option otherwise:
 * `options.support must be "failures" or "trials", got "both"`.
 */
export function requireOptionChoice<T extends string>(value: unknown, what: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
  const quoted = choices.map((choice) => JSON.stringify(choice));
  const listed = quoted.length === 2 ? `${quoted[0]} or ${quoted[1]}` : `one of ${quoted.join(", ")}`;
  const given = typeof value === "string" ? JSON.stringify(value) : describeValue(value);
  throw invalidOption(`${what} must be ${listed}, got ${given}`);
}
