/**
 * MLE and EM on one data set: a two-component Gaussian mixture drawn with its labels. With the
 * labels shown, the MLE is closed-form and takes one step per group (each group's mean and divide-by-n
 * variance, and its share of the rows as the weight). With the labels hidden, EM climbs the observed
 * likelihood from a start, iteration by iteration. Both use the estimation library (`runJob`), the
 * engine of the CLI (docs/estimation-cli.md).
 */
import { runJob, type JobResult } from "@/lib/estimation";
import { createRng } from "@/lib/estimation/random";
import { roundAll, sampleGaussianMixture } from "@/lib/estimation/samplers";

export interface MixtureParams {
  weights: number[];
  means: number[];
  variances: number[];
}

/** The mixture the data are drawn from: overlapping enough that EM has work to do. */
export const TRUE_MIXTURE: MixtureParams = { weights: [0.4, 0.6], means: [-1, 2.5], variances: [1, 1.44] };

export const SAMPLE_SIZES = [40, 200, 1000] as const;

export interface LabelledSample {
  values: number[];
  labels: number[];
}

/** n values (3 decimals) with the component each came from. */
export function labelledSample(seed: number, n: number): LabelledSample {
  const { values, labels } = sampleGaussianMixture(createRng(seed), n, TRUE_MIXTURE);
  return { values: roundAll(values, 3), labels };
}

export interface LabelledFit {
  params: MixtureParams;
  /** Σ log of w_{zᵢ} N(xᵢ; μ_{zᵢ}, σ²_{zᵢ}): the likelihood the labelled MLE maximises. */
  completeLogLikelihood: number;
  /** Σ log Σₖ wₖ N(xᵢ; μₖ, σ²ₖ) at the same parameters: what EM maximises. */
  observedLogLikelihood: number;
}

/**
 * Labels shown: each group's normal MLE (runJob "normal") and its share of the rows. Throws when a
 * group has fewer than two distinct values (its variance MLE would be 0).
 */
export function mleWithLabels(sample: LabelledSample, k = 2): LabelledFit {
  const n = sample.values.length;
  const params: MixtureParams = { weights: [], means: [], variances: [] };
  let complete = 0;
  for (let group = 0; group < k; group += 1) {
    const members = sample.values.filter((_, i) => sample.labels[i] === group);
    const fit = runJob({ model: "normal", data: members });
    const { mean, variance } = fit.params as { mean: number; variance: number };
    const weight = members.length / n;
    params.weights.push(weight);
    params.means.push(mean);
    params.variances.push(variance);
    complete += members.length * Math.log(weight) + fit.logLikelihood;
  }
  // maxIter 0: the library's observed log-likelihood at exactly these parameters.
  const observed = runJob({ model: "gmm", data: sample.values, init: params, options: { maxIter: 0 } }).logLikelihood;
  return { params, completeLogLikelihood: complete, observedLogLikelihood: observed };
}

export const EM_STARTS = ["middle, one sd apart", "both far right", "k-means (library default)"] as const;

/** Start `index` of EM_STARTS for these values. */
export function emStart(values: readonly number[], index: number): MixtureParams | null {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
  const sd = Math.sqrt(variance);
  if (index === 0) return { weights: [0.5, 0.5], means: [mean - sd, mean + sd], variances: [variance, variance] };
  if (index === 1) {
    const high = Math.max(...values);
    return { weights: [0.5, 0.5], means: [high - sd, high], variances: [variance / 4, variance / 4] };
  }
  return null;
}

export const EM_MAX_ITER = 500;

/** Labels hidden: EM from the start, every iteration kept (history). */
export function emWithoutLabels(values: readonly number[], startIndex: number): JobResult {
  const init = emStart(values, startIndex);
  const options = { history: true, maxIter: EM_MAX_ITER, ...(init ? {} : { components: 2, seed: 0 }) };
  return runJob(init ? { model: "gmm", data: [...values], init, options } : { model: "gmm", data: [...values], options });
}

/** Posterior probability of each component for x under `params` (the E-step for one value). */
export function responsibilitiesAt(x: number, params: MixtureParams): number[] {
  const logs = params.weights.map(
    (w, k) =>
      Math.log(w) -
      0.5 * Math.log(2 * Math.PI * (params.variances[k] as number)) -
      (x - (params.means[k] as number)) ** 2 / (2 * (params.variances[k] as number)),
  );
  const top = Math.max(...logs);
  const scaled = logs.map((l) => Math.exp(l - top));
  const total = scaled.reduce((s, v) => s + v, 0);
  return scaled.map((v) => v / total);
}
