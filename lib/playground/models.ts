/**
 * The models the playground offers: every model of the estimation library's `runJob`
 * (docs/estimation-cli.md), each with the columns it reads, the values it accepts, and how many free
 * parameters it has (for AIC and BIC). `prepareJob` turns the chosen columns into the library's job,
 * or into a message that names the first row the model cannot take.
 */
import type { FitJob, FitOptions } from "@/lib/estimation";
import { lineOf, numericColumn, type Outcome, type Table } from "./csv";

export interface ValueRule {
  min?: number;
  minExclusive?: boolean;
  integer?: boolean;
  binary?: boolean;
  /** What the model needs, for messages: "values > 0". */
  needs: string;
}

export type PlotKind = "density" | "pmf" | "scatter-ellipses" | "scatter-line" | "scatter-curve" | "none";

export interface PlaygroundModel {
  /** Unique in the playground (the library's name, or the name plus a variant). */
  id: string;
  /** The library's model name, as runJob takes it. */
  model: string;
  label: string;
  /** What each chosen column is to the model. */
  roles: readonly string[];
  rules: readonly ValueRule[];
  mixture: boolean;
  /** Fitted by EM (iterations, progress, tol and maxIter apply). */
  em: boolean;
  plot: PlotKind;
  /** Fewest rows the model can be fitted to, for K components where that matters. */
  minRows(k: number): number;
  /** Free parameters, for AIC and BIC. */
  parameterCount(k: number, rows: number): number;
  /** Observations n of BIC: rows, or the total count for count vectors. */
  observations(values: readonly (number | null)[][]): number;
  options?: FitOptions;
  /** Builds the library's `data` from the checked columns. */
  data(columns: readonly (number | null)[][]): unknown;
  note?: string;
}

const REAL: ValueRule = { needs: "numbers" };
const POSITIVE: ValueRule = { min: 0, minExclusive: true, needs: "values > 0" };
const NON_NEGATIVE: ValueRule = { min: 0, needs: "values ≥ 0" };
const COUNTS: ValueRule = { min: 0, integer: true, needs: "counts 0, 1, 2, …" };
const TRIALS_FROM_ONE: ValueRule = { min: 1, integer: true, needs: "whole numbers 1, 2, 3, …" };
const BINARY: ValueRule = { binary: true, needs: "0 or 1" };

const rowsOf = (values: readonly (number | null)[][]): number => values[0]?.length ?? 0;
const totalOf = (values: readonly (number | null)[][]): number => (values[0] ?? []).reduce<number>((sum, v) => sum + (v ?? 0), 0);
const column = (values: readonly (number | null)[][], j: number): number[] => (values[j] ?? []) as number[];
const pairs = (values: readonly (number | null)[][]): (number | null)[][] => (values[0] ?? []).map((x, i) => [x, values[1]?.[i] ?? null]);

function oneColumn(
  id: string,
  label: string,
  rule: ValueRule,
  parameters: number,
  plot: PlotKind,
  minRows: number,
  extra: Partial<PlaygroundModel> = {},
): PlaygroundModel {
  return {
    id,
    model: id,
    label,
    roles: ["values"],
    rules: [rule],
    mixture: false,
    em: false,
    plot,
    minRows: () => minRows,
    parameterCount: () => parameters,
    observations: rowsOf,
    data: (values) => column(values, 0),
    ...extra,
  };
}

export const PLAYGROUND_MODELS: readonly PlaygroundModel[] = [
  oneColumn("normal", "Normal", REAL, 2, "density", 2),
  oneColumn("lognormal", "Lognormal", POSITIVE, 2, "density", 2),
  oneColumn("exponential", "Exponential", NON_NEGATIVE, 1, "density", 1),
  oneColumn("gamma", "Gamma (Newton's method)", POSITIVE, 2, "density", 2),
  oneColumn("weibull", "Weibull (Newton's method)", POSITIVE, 2, "density", 2),
  oneColumn("uniform", "Uniform on [0, θ]", NON_NEGATIVE, 1, "density", 1),
  oneColumn("poisson", "Poisson", COUNTS, 1, "pmf", 1),
  oneColumn("geometric", "Geometric (failures before the first success: 0, 1, …)", COUNTS, 1, "pmf", 1, {
    options: { support: "failures" },
  }),
  {
    ...oneColumn("geometric", "Geometric (trials up to the first success: 1, 2, …)", TRIALS_FROM_ONE, 1, "pmf", 1, {
      options: { support: "trials" },
    }),
    id: "geometric-trials",
  },
  oneColumn("bernoulli", "Bernoulli", BINARY, 1, "pmf", 1),
  oneColumn("zip", "Zero-inflated Poisson (EM)", COUNTS, 2, "pmf", 2, { em: true }),
  {
    ...oneColumn("poisson-mixture", "Poisson mixture, K components (EM)", COUNTS, 0, "pmf", 2, { mixture: true, em: true }),
    minRows: (k) => Math.max(2, k),
    parameterCount: (k) => 2 * k - 1,
  },
  {
    ...oneColumn("gmm", "Gaussian mixture, K components (EM)", REAL, 0, "density", 2, { mixture: true, em: true }),
    minRows: (k) => Math.max(2, 2 * k),
    parameterCount: (k) => 3 * k - 1,
  },
  {
    ...oneColumn("categorical", "Categorical (one row per category, its count)", COUNTS, 0, "none", 2),
    parameterCount: (_k, rows) => rows - 1,
    observations: totalOf,
    data: (values) => ({ counts: column(values, 0) }),
  },
  {
    ...oneColumn("linkage", "Genetic linkage (the four counts of Dempster, Laird & Rubin; EM)", COUNTS, 1, "none", 4, { em: true }),
    observations: totalOf,
    data: (values) => ({ counts: column(values, 0) }),
    note: "exactly 4 rows",
  },
  {
    id: "gmm-2d",
    model: "gmm",
    label: "Gaussian mixture in 2-D, K components (EM)",
    roles: ["x", "y"],
    rules: [REAL, REAL],
    mixture: true,
    em: true,
    plot: "scatter-ellipses",
    minRows: (k) => Math.max(3, 3 * k),
    parameterCount: (k) => k - 1 + 2 * k + 3 * k,
    observations: rowsOf,
    data: (values) => pairs(values),
  },
  {
    id: "mvn-missing",
    model: "mvn-missing",
    label: "Bivariate normal with missing values (EM; empty cells are missing)",
    roles: ["x", "y"],
    rules: [REAL, REAL],
    mixture: false,
    em: true,
    plot: "scatter-ellipses",
    minRows: () => 3,
    parameterCount: () => 5,
    observations: rowsOf,
    data: (values) => pairs(values),
  },
  {
    id: "linear",
    model: "linear",
    label: "Linear regression of y on x",
    roles: ["x", "y"],
    rules: [REAL, REAL],
    mixture: false,
    em: false,
    plot: "scatter-line",
    minRows: () => 3,
    parameterCount: () => 3,
    observations: rowsOf,
    data: (values) => ({ X: column(values, 0).map((x) => [x]), y: column(values, 1) }),
  },
  {
    id: "logistic",
    model: "logistic",
    label: "Logistic regression of y (0 or 1) on x (Newton's method)",
    roles: ["x", "y"],
    rules: [REAL, BINARY],
    mixture: false,
    em: false,
    plot: "scatter-curve",
    minRows: () => 2,
    parameterCount: () => 2,
    observations: rowsOf,
    data: (values) => ({ X: column(values, 0).map((x) => [x]), y: column(values, 1) }),
  },
  {
    id: "binomial",
    model: "binomial",
    label: "Binomial (successes out of trials)",
    roles: ["successes", "trials"],
    rules: [COUNTS, TRIALS_FROM_ONE],
    mixture: false,
    em: false,
    plot: "none",
    minRows: () => 1,
    parameterCount: () => 1,
    observations: rowsOf,
    data: (values) => ({ successes: column(values, 0), trials: column(values, 1) }),
  },
  {
    id: "binomial-mixture",
    model: "binomial-mixture",
    label: "Binomial mixture, K components (EM; the two coins)",
    roles: ["successes", "trials"],
    rules: [COUNTS, TRIALS_FROM_ONE],
    mixture: true,
    em: true,
    plot: "none",
    minRows: (k) => Math.max(2, k),
    parameterCount: (k) => 2 * k - 1,
    observations: rowsOf,
    data: (values) => ({ successes: column(values, 0), trials: column(values, 1) }),
  },
];

export const MODELS_BY_ID: ReadonlyMap<string, PlaygroundModel> = new Map(PLAYGROUND_MODELS.map((model) => [model.id, model]));

export const MIN_K = 1;
export const MAX_K = 8;
export const COMPARE_KS = [1, 2, 3, 4, 5] as const;

export interface FitSettings {
  /** Mixture components; ignored by other models. */
  k: number;
  /** EM only. */
  maxIter?: number;
  tol?: number;
  seed?: number;
}

export interface PreparedJob {
  job: FitJob;
  /** Observations for BIC. */
  n: number;
  /** Free parameters for AIC and BIC. */
  parameters: number;
  /** The checked columns, for the plot (null = missing). */
  values: (number | null)[][];
}

function describe(value: number): string {
  return String(value).replace("-", "−");
}

function ruleMessage(model: PlaygroundModel, rule: ValueRule, value: number): string | null {
  if (rule.binary) return value === 0 || value === 1 ? null : `${describe(value)} is neither 0 nor 1`;
  if (rule.integer && !Number.isInteger(value)) return `${describe(value)} is not a whole number`;
  if (rule.min !== undefined) {
    if (value < rule.min) return value < 0 ? `${describe(value)} is negative` : `${describe(value)} is below ${rule.min}`;
    if (rule.minExclusive && value === rule.min) return `${describe(value)} is not above ${rule.min}`;
  }
  void model;
  return null;
}

/** The first message the model's rules give for the chosen columns, or the job to run. */
export function prepareJob(
  model: PlaygroundModel,
  table: Table,
  columnIndexes: readonly number[],
  settings: FitSettings,
): Outcome<PreparedJob> {
  if (columnIndexes.length < model.roles.length) {
    return {
      ok: false,
      message: `${model.label} needs ${model.roles.length} columns (${model.roles.join(", ")}); the data have ${table.columns.length}.`,
    };
  }
  const allowMissing = model.id === "mvn-missing";
  const values: (number | null)[][] = [];
  for (let r = 0; r < model.roles.length; r += 1) {
    const j = columnIndexes[r] as number;
    const parsed = numericColumn(table, j, allowMissing);
    if (!parsed.ok) return parsed;
    const rule = model.rules[r] as ValueRule;
    for (let i = 0; i < parsed.value.length; i += 1) {
      const value = parsed.value[i];
      if (value === null || value === undefined) continue;
      const problem = ruleMessage(model, rule, value);
      if (problem) {
        return {
          ok: false,
          message: `Row ${i + 1} (line ${lineOf(table, i)}), column “${table.columns[j]}”: ${problem}. The ${model.label.split(" (")[0]} model needs ${rule.needs} as its ${model.roles[r]}.`,
        };
      }
    }
    values.push(parsed.value);
  }
  if (model.roles.length === 2 && columnIndexes[0] === columnIndexes[1]) {
    return { ok: false, message: `Choose two different columns for ${model.roles.join(" and ")}.` };
  }
  const k = model.mixture ? settings.k : 1;
  if (model.mixture && (!Number.isInteger(k) || k < MIN_K || k > MAX_K)) {
    return { ok: false, message: `K must be a whole number from ${MIN_K} to ${MAX_K}.` };
  }
  const rows = rowsOf(values);
  const fewest = model.minRows(k);
  if (model.id === "linkage" && rows !== 4) {
    return { ok: false, message: `The linkage model takes exactly 4 counts (one per phenotype); this column has ${rows}.` };
  }
  if (rows < fewest) {
    return {
      ok: false,
      message: `Too few values: ${model.label.split(" (")[0]}${model.mixture ? ` with K = ${k}` : ""} needs at least ${fewest} rows; the column has ${rows}.`,
    };
  }
  if (model.id === "binomial" || model.id === "binomial-mixture") {
    const successes = column(values, 0);
    const trials = column(values, 1);
    const bad = successes.findIndex((s, i) => s > (trials[i] as number));
    if (bad >= 0) {
      return {
        ok: false,
        message: `Row ${bad + 1} (line ${lineOf(table, bad)}): ${successes[bad]} successes out of ${trials[bad]} trials is more successes than trials.`,
      };
    }
  }
  if (model.id === "mvn-missing" && !values[0]?.some((x, i) => x !== null && values[1]?.[i] !== null)) {
    return { ok: false, message: "Every row has a missing value: the model needs some rows with both values." };
  }
  const options: FitOptions = { ...model.options };
  if (model.em) {
    if (settings.maxIter !== undefined) options.maxIter = settings.maxIter;
    if (settings.tol !== undefined) options.tol = settings.tol;
  }
  if (model.mixture) {
    options.components = k;
    if (settings.seed !== undefined) options.seed = settings.seed;
  }
  const job: FitJob = { model: model.model, data: model.data(values) };
  if (Object.keys(options).length > 0) job.options = options;
  return { ok: true, value: { job, n: model.observations(values), parameters: model.parameterCount(k, rows), values } };
}
