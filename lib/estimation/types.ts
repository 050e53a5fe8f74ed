/**
 * Shapes shared by every fit, matching the estimation CLI contract of docs/estimation-cli.md:
 * `{ model, params, logLikelihood, iterations, converged, history? }`.
 */

/** One recorded step of an iterative fit: index k holds the parameters after k iterations. */
export interface HistoryEntry<P> {
  params: P;
  /** Observed-data log-likelihood at `params`, every normalising constant included. */
  logLikelihood: number;
  /**
   * n × K posterior class probabilities of the E-step of iteration k (computed from the
   * parameters of entry k − 1); absent on entry 0 and for models without a per-row latent class.
   */
  responsibilities?: number[][];
}

export interface FitResult<P> {
  model: string;
  params: P;
  /** Full log-likelihood at `params` (what R's d*(..., log = TRUE) sum to). */
  logLikelihood: number;
  /** EM or Newton iterations run; 0 for closed forms. */
  iterations: number;
  /** EM: the `tol` rule stopped the run. Newton: converged to machine precision. Closed forms: true. */
  converged: boolean;
  history?: HistoryEntry<P>[];
  /** Closed-form and Newton fits: standard errors from the observed information, per parameter. */
  standardErrors?: Record<string, number | number[]>;
}

/** Options of the CLI job (`options` in the job JSON); each model reads the ones it uses. */
export interface FitOptions {
  /** EM: stop when the log-likelihood rose by less than this (absolute). Default 1e-8; 0 never stops early. */
  tol?: number;
  /** EM: at most this many iterations. Default 1000. */
  maxIter?: number;
  /** Record `history`. */
  history?: boolean;
  /** Record the E-step's responsibilities in `history` (models with a per-row latent class). */
  responsibilities?: boolean;
  /** `geometric`: "failures" (0, 1, ...; default) or "trials" (1, 2, ...). */
  support?: "failures" | "trials";
  /** `binomial-mixture`: keep the mixing weights at their initial values (the two-coin experiment). */
  fixWeights?: boolean;
  /** Mixtures without `init`: the number of components K. */
  components?: number;
  /** Mixtures without `init`: the seed of the deterministic k-means++-style start. */
  seed?: number;
}

/** A job as the CLI reads it: the data and init are untrusted JSON, validated by each model. */
export interface FitJob {
  model: string;
  data: unknown;
  init?: unknown;
  options?: FitOptions;
}

/** Every model exposes one of these so the CLI (and tests) can run it from a job. */
export type ModelRunner = (job: FitJob) => FitResult<object>;
