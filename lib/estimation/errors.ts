/**
 * The one error type the estimation library throws. `code` lets callers (the CLI, the grader)
 * tell bad input apart from a fit that cannot be completed; `message` names the problem in words
 * a learner or an API client can act on.
 */
export type EstimationErrorCode =
  | "invalid-data" // empty, NaN/infinite, negative counts, values outside the model's support
  | "invalid-init" // starting parameters of the wrong shape or outside their range
  | "invalid-option" // an option of the wrong type or range (tol < 0, K < 1, ...)
  | "unknown-model" // a model name the library does not know
  | "degenerate"; // the fit cannot proceed: a collapsing component, a singular matrix, separation

export class EstimationError extends Error {
  readonly code: EstimationErrorCode;

  constructor(code: EstimationErrorCode, message: string) {
    super(message);
    this.name = "EstimationError";
    this.code = code;
  }
}

export function invalidData(message: string): EstimationError {
  return new EstimationError("invalid-data", message);
}

export function invalidInit(message: string): EstimationError {
  return new EstimationError("invalid-init", message);
}

export function invalidOption(message: string): EstimationError {
  return new EstimationError("invalid-option", message);
}

export function degenerate(message: string): EstimationError {
  return new EstimationError("degenerate", message);
}
