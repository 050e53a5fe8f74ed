/**
 * The shape checks shared by the regression models (linear, logistic) on typed inputs: a
 * non-empty y, one row of X per observation, rows of equal length, finite entries. Only the rule
 * for the values of y differs between models, so it is passed in.
 *
 * These run after the CLI's JSON checks (validate.ts), and also guard direct calls of the fit
 * functions, whose messages speak of `X` and `y` as the caller named them.
 */
import { invalidData } from "./errors";

export interface RegressionDataRules {
  /** The model's name in messages: "y is empty: linear regression needs at least one observation". */
  model: string;
  /** Whether a value of y is allowed. */
  acceptsY: (value: number) => boolean;
  /** What a rejected y[i] breaks, after "y[i] is v: ": "every value must be a finite number". */
  yRequirement: string;
}

/**
 * Checks X (n × q) and y (n) and returns q, the number of predictors (0 when X has empty rows).
 * Every entry of X is checked before any value of y.
 */
export function checkRegressionData(X: readonly (readonly number[])[], y: readonly number[], rules: RegressionDataRules): number {
  if (y.length === 0) throw invalidData(`y is empty: ${rules.model} needs at least one observation`);
  if (X.length !== y.length) {
    throw invalidData(`X has ${X.length} rows but y has ${y.length} values: they must have one row per observation`);
  }
  const q = X[0]?.length ?? 0;
  X.forEach((row, i) => {
    if (row.length !== q) throw invalidData(`row ${i} of X has ${row.length} values, row 0 has ${q}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw invalidData(`X[${i}][${j}] is ${v}: every entry must be a finite number`);
    });
  });
  y.forEach((v, i) => {
    if (!rules.acceptsY(v)) throw invalidData(`y[${i}] is ${v}: ${rules.yRequirement}`);
  });
  return q;
}
