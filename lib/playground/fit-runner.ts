/**
 * What the playground's Web Worker does, kept free of the worker API so that Node tests run it as
 * is: a fit is `runJob` of the estimation library (the CLI's engine, docs/estimation-cli.md), watched
 * through the EM iteration listener for progress, plus the standard errors the closed-form and
 * Newton models report and AIC/BIC.
 */
import { EstimationError, MODELS, parseJob, runJob, withEmIterationListener, type FitJob, type JobResult } from "@/lib/estimation";
import { informationCriteria } from "./criteria";

export interface FitRequestJob {
  job: FitJob;
  /** Observations and free parameters, for AIC and BIC. */
  n: number;
  parameters: number;
}

export type WorkerRequest = ({ kind: "fit" } & FitRequestJob) | { kind: "compare"; jobs: (FitRequestJob & { k: number })[] };

export interface PlaygroundFit {
  result: JobResult;
  standardErrors?: Record<string, number | number[]>;
  aic: number;
  bic: number;
  n: number;
  parameters: number;
  /** Wall time of the fit in the worker, ms. */
  milliseconds: number;
}

export interface CompareRow {
  k: number;
  fit: PlaygroundFit | null;
  error: string | null;
}

export type WorkerMessage =
  | { kind: "progress"; k: number | null; iteration: number; logLikelihood: number }
  | { kind: "fit"; fit: PlaygroundFit }
  | { kind: "compare"; rows: CompareRow[] }
  | { kind: "error"; message: string };

/** Progress messages are sent at most this often (and on the first iteration). */
export const PROGRESS_INTERVAL_MS = 50;

/** The models fitted by EM: the only ones whose runner is worth running once only. */
const EM_MODELS = new Set(["binomial-mixture", "poisson-mixture", "zip", "gmm", "mvn-missing", "linkage"]);

export function errorMessage(error: unknown): string {
  if (error instanceof EstimationError) return error.message;
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

export function runFit(
  request: FitRequestJob,
  onIteration: (iteration: number, logLikelihood: number) => void,
  now: () => number,
): PlaygroundFit {
  const started = now();
  const result = withEmIterationListener(onIteration, () => runJob(request.job));
  let standardErrors: PlaygroundFit["standardErrors"];
  if (!EM_MODELS.has(result.model)) {
    // runJob's result keeps to the CLI's fields; the closed forms and Newton fits also know their
    // standard errors. Running them again costs one pass over the data.
    const runner = MODELS[result.model];
    standardErrors = runner?.(parseJob(request.job)).standardErrors;
  }
  const { aic, bic } = informationCriteria(result.logLikelihood, request.parameters, request.n);
  const fit: PlaygroundFit = { result, aic, bic, n: request.n, parameters: request.parameters, milliseconds: now() - started };
  if (standardErrors) fit.standardErrors = standardErrors;
  return fit;
}

/** Handles one request, posting progress while it runs and then one final message. */
export function handleRequest(request: WorkerRequest, post: (message: WorkerMessage) => void, now: () => number = () => Date.now()): void {
  let lastPost = -Infinity;
  const progress = (k: number | null) => (iteration: number, logLikelihood: number) => {
    const time = now();
    if (iteration === 1 || time - lastPost >= PROGRESS_INTERVAL_MS) {
      lastPost = time;
      post({ kind: "progress", k, iteration, logLikelihood });
    }
  };
  if (request.kind === "fit") {
    try {
      post({ kind: "fit", fit: runFit(request, progress(null), now) });
    } catch (error) {
      post({ kind: "error", message: errorMessage(error) });
    }
    return;
  }
  const rows: CompareRow[] = request.jobs.map((job) => {
    post({ kind: "progress", k: job.k, iteration: 0, logLikelihood: Number.NaN });
    try {
      return { k: job.k, fit: runFit(job, progress(job.k), now), error: null };
    } catch (error) {
      return { k: job.k, fit: null, error: errorMessage(error) };
    }
  });
  post({ kind: "compare", rows });
}
