/**
 * The estimation library's front door: every model of the CLI table (docs/estimation-cli.md) by name, and
 * `runJob`, which validates an untrusted job and runs it. Pure TypeScript: it runs the same in
 * tests, the CLI, the server and the browser.
 */
import { EstimationError, invalidOption } from "./errors";
import { runBernoulli } from "./models/bernoulli";
import { runBinomial } from "./models/binomial";
import { runBinomialMixture } from "./models/binomial-mixture";
import { runCategorical } from "./models/categorical";
import { runExponential } from "./models/exponential";
import { runGamma } from "./models/gamma";
import { runGeometric } from "./models/geometric";
import { runGmm } from "./models/gmm";
import { runLinear } from "./models/linear";
import { runLinkage } from "./models/linkage";
import { runLogistic } from "./models/logistic";
import { runLognormal } from "./models/lognormal";
import { runMvnMissing } from "./models/mvn-missing";
import { runNormal } from "./models/normal";
import { runPoisson } from "./models/poisson";
import { runPoissonMixture } from "./models/poisson-mixture";
import { runUniform } from "./models/uniform";
import { runWeibull } from "./models/weibull";
import { runZip } from "./models/zip";
import type { FitJob, FitOptions, FitResult, ModelRunner } from "./types";

export const MODELS: Readonly<Record<string, ModelRunner>> = {
  bernoulli: runBernoulli,
  binomial: runBinomial,
  categorical: runCategorical,
  poisson: runPoisson,
  exponential: runExponential,
  normal: runNormal,
  lognormal: runLognormal,
  geometric: runGeometric,
  uniform: runUniform,
  gamma: runGamma,
  weibull: runWeibull,
  linear: runLinear,
  logistic: runLogistic,
  "binomial-mixture": runBinomialMixture,
  "poisson-mixture": runPoissonMixture,
  zip: runZip,
  gmm: runGmm,
  "mvn-missing": runMvnMissing,
  linkage: runLinkage,
};

export const MODEL_NAMES = Object.keys(MODELS);

/** The option names of the contract, with the JSON type each must have. */
const OPTION_TYPES: Record<keyof FitOptions, "number" | "boolean" | "string"> = {
  tol: "number",
  maxIter: "number",
  history: "boolean",
  responsibilities: "boolean",
  support: "string",
  fixWeights: "boolean",
  components: "number",
  seed: "number",
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks the envelope of a job (model, data, init, options); each model checks its own data. */
export function parseJob(value: unknown): FitJob {
  if (!isPlainObject(value)) {
    throw new EstimationError("invalid-data", 'the job must be a JSON object like { "model": "poisson", "data": [...] }');
  }
  const { model, data, init, options } = value;
  if (typeof model !== "string") throw new EstimationError("unknown-model", '"model" is required and must be a string');
  // Own properties only: "toString" or "__proto__" are not models.
  if (!Object.hasOwn(MODELS, model)) {
    throw new EstimationError("unknown-model", `unknown model "${model}"; known models: ${MODEL_NAMES.join(", ")}`);
  }
  if (data === undefined) throw new EstimationError("invalid-data", '"data" is required');
  if (options !== undefined && !isPlainObject(options)) throw invalidOption('"options" must be an object');
  for (const [name, option] of Object.entries(options ?? {})) {
    const expected = Object.hasOwn(OPTION_TYPES, name) ? OPTION_TYPES[name as keyof FitOptions] : undefined;
    if (!expected) throw invalidOption(`unknown option "${name}"; options are ${Object.keys(OPTION_TYPES).join(", ")}`);
    if (typeof option !== expected) throw invalidOption(`options.${name} must be a ${expected}, got ${JSON.stringify(option)}`);
  }
  const job: FitJob = { model, data };
  if (init !== undefined) job.init = init;
  if (options !== undefined) job.options = options as FitOptions;
  return job;
}

/** The CLI's result: exactly the fields of the contract, `history` only when asked for. */
export interface JobResult {
  model: string;
  params: object;
  logLikelihood: number;
  iterations: number;
  converged: boolean;
  history?: FitResult<object>["history"];
}

/** The first path in `value` that holds a number that is not finite (NaN, ±Infinity), or null. */
function nonFinitePath(value: unknown, path: string): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nonFinitePath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, entry] of Object.entries(value)) {
      const found = nonFinitePath(entry, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

export function runJob(value: unknown): JobResult {
  const job = parseJob(value);
  const runner = MODELS[job.model] as ModelRunner;
  const fit = runner(job);
  // JSON has no NaN or Infinity (they would print as null): a fit that overflowed double
  // precision is an error that says so, never a result with holes in it.
  const overflowed = nonFinitePath(fit.params, "params") ?? nonFinitePath(fit.logLikelihood, "logLikelihood");
  if (overflowed) {
    throw new EstimationError(
      "degenerate",
      `${overflowed} is not a finite number: the data are beyond what double precision can fit (values too large or too close to 0)`,
    );
  }
  const result: JobResult = {
    model: job.model,
    params: fit.params,
    logLikelihood: fit.logLikelihood,
    iterations: fit.iterations,
    converged: fit.converged,
  };
  if (job.options?.history && fit.history) result.history = fit.history;
  return result;
}

export { EstimationError } from "./errors";
export type { EstimationErrorCode } from "./errors";
export type { FitJob, FitOptions, FitResult, HistoryEntry, ModelRunner } from "./types";
export { withEmIterationListener } from "./em";
export type { EmIterationListener } from "./em";
