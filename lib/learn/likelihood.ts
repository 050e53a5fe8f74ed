/**
 * The likelihood explorer's numbers: a seeded sample for one of four one-parameter models, the
 * log-likelihood ℓ(θ) on a grid, the observed information −ℓ''(θ), and the MLE with its standard
 * error from the estimation library (the fit the grader uses). Pure data, no React: the figure
 * draws what this returns and the tests check it.
 *
 * The normal model here has a known variance σ² = 1 (one parameter, the mean): its MLE is the
 * library's sample mean, and its information n/σ² does not depend on the data.
 */
import { fitBernoulli } from "../estimation/models/bernoulli";
import { fitExponential } from "../estimation/models/exponential";
import { fitNormal } from "../estimation/models/normal";
import { fitPoisson } from "../estimation/models/poisson";
import { createRng } from "../estimation/random";
import { bernoulli, normal, poisson, roundTo, uniform } from "../estimation/samplers";
import { logFactorial } from "../estimation/special";

export type ExplorerModel = "bernoulli" | "poisson" | "exponential" | "normal";

export interface ExplorerModelSpec {
  id: ExplorerModel;
  label: string;
  /** The parameter's name in TeX-free text, for the slider and the table. */
  parameter: string;
  /** The value the data are drawn from. */
  truth: number;
  /** The slider's (and the curve's) range and step. */
  min: number;
  max: number;
  step: number;
}

export const EXPLORER_MODELS: Record<ExplorerModel, ExplorerModelSpec> = {
  bernoulli: { id: "bernoulli", label: "Bernoulli", parameter: "p", truth: 0.3, min: 0.005, max: 0.995, step: 0.005 },
  poisson: { id: "poisson", label: "Poisson", parameter: "λ", truth: 3, min: 0.05, max: 8, step: 0.05 },
  exponential: { id: "exponential", label: "Exponential", parameter: "λ (rate)", truth: 1.5, min: 0.05, max: 5, step: 0.05 },
  normal: { id: "normal", label: "Normal (σ = 1)", parameter: "μ", truth: 1, min: -2, max: 4, step: 0.02 },
};

export const EXPLORER_MODEL_IDS = Object.keys(EXPLORER_MODELS) as ExplorerModel[];

/** The known standard deviation of the explorer's normal model. */
export const NORMAL_SD = 1;

/**
 * The first n draws of the seed's stream: adding data extends the same sample (the first n values
 * of a longer sample are the shorter one), so the curve sharpens on data that only grows.
 */
export function explorerSample(model: ExplorerModel, seed: number, n: number): number[] {
  const rng = createRng(seed);
  const truth = EXPLORER_MODELS[model].truth;
  const values: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (model === "bernoulli") values.push(bernoulli(rng, truth));
    else if (model === "poisson") values.push(poisson(rng, truth));
    // Inversion: −log(1 − U)/λ, with 1 − U in (0, 1] so the log is finite.
    else if (model === "exponential") values.push(roundTo(-Math.log1p(-uniform(rng)) / truth, 3));
    else values.push(roundTo(normal(rng, truth, NORMAL_SD), 2));
  }
  return values;
}

interface Summary {
  n: number;
  sum: number;
  /** Σ log xᵢ! (Poisson) or Σ xᵢ² (normal): the part of ℓ that does not depend on θ. */
  constant: number;
}

function summarise(model: ExplorerModel, data: readonly number[]): Summary {
  let sum = 0;
  let constant = 0;
  for (const x of data) {
    sum += x;
    if (model === "poisson") constant += logFactorial(x);
    if (model === "normal") constant += x * x;
  }
  return { n: data.length, sum, constant };
}

/** ℓ(θ) = log L(θ), every constant included (what R's sum(d*(x, θ, log = TRUE)) gives). */
function logLikelihoodOf(model: ExplorerModel, { n, sum, constant }: Summary, theta: number): number {
  switch (model) {
    case "bernoulli": {
      // 0 · log 0 = 0: all-zero or all-one samples have a finite ℓ at the boundary.
      const ones = sum === 0 ? 0 : sum * Math.log(theta);
      const zeros = n - sum === 0 ? 0 : (n - sum) * Math.log1p(-theta);
      return ones + zeros;
    }
    case "poisson":
      return (sum === 0 ? 0 : sum * Math.log(theta)) - n * theta - constant;
    case "exponential":
      return n * Math.log(theta) - theta * sum;
    case "normal": {
      const squares = constant - 2 * theta * sum + n * theta * theta;
      return -0.5 * n * Math.log(2 * Math.PI * NORMAL_SD ** 2) - squares / (2 * NORMAL_SD ** 2);
    }
  }
}

/** Observed information J(θ) = −ℓ''(θ): the curvature of the log-likelihood at θ. */
function informationOf(model: ExplorerModel, { n, sum }: Summary, theta: number): number {
  switch (model) {
    case "bernoulli":
      return sum / theta ** 2 + (n - sum) / (1 - theta) ** 2;
    case "poisson":
      return sum / theta ** 2;
    case "exponential":
      return n / theta ** 2;
    case "normal":
      return n / NORMAL_SD ** 2;
  }
}

export function logLikelihoodAt(model: ExplorerModel, data: readonly number[], theta: number): number {
  return logLikelihoodOf(model, summarise(model, data), theta);
}

export function observedInformationAt(model: ExplorerModel, data: readonly number[], theta: number): number {
  return informationOf(model, summarise(model, data), theta);
}

export interface LikelihoodFit {
  mle: number;
  /** ℓ(θ̂) as the library reports it (for the normal model, ℓ at the mean with σ = 1). */
  logLikelihood: number;
  /** Standard error 1/√J(θ̂); 0 when the MLE sits on the boundary (all 0s or all 1s). */
  standardError: number;
}

/** The MLE and its standard error from the estimation library's closed-form fits. */
export function fitExplorerModel(model: ExplorerModel, data: readonly number[]): LikelihoodFit {
  switch (model) {
    case "bernoulli": {
      const fit = fitBernoulli(data);
      return { mle: fit.params.p, logLikelihood: fit.logLikelihood, standardError: Number(fit.standardErrors?.p) };
    }
    case "poisson": {
      const fit = fitPoisson(data);
      return { mle: fit.params.lambda, logLikelihood: fit.logLikelihood, standardError: Number(fit.standardErrors?.lambda) };
    }
    case "exponential": {
      const fit = fitExponential(data);
      return { mle: fit.params.rate, logLikelihood: fit.logLikelihood, standardError: Number(fit.standardErrors?.rate) };
    }
    case "normal": {
      // The library fits mean and variance; with σ known only the mean is estimated, and its
      // information is n/σ² whatever the data.
      const mean = fitNormal(data).params.mean;
      return {
        mle: mean,
        logLikelihood: logLikelihoodAt("normal", data, mean),
        standardError: NORMAL_SD / Math.sqrt(data.length),
      };
    }
  }
}

export interface CurvePoint {
  theta: number;
  logLikelihood: number;
  /** L(θ) / L(θ̂), in [0, 1]: the likelihood on a scale that does not underflow. */
  relative: number;
}

export const CURVE_POINTS = 241;

/** ℓ on an even grid over the model's range, with the relative likelihood beside it. */
export function likelihoodCurve(model: ExplorerModel, data: readonly number[], fit: LikelihoodFit): CurvePoint[] {
  const { min, max } = EXPLORER_MODELS[model];
  const summary = summarise(model, data);
  const points: CurvePoint[] = [];
  for (let i = 0; i < CURVE_POINTS; i += 1) {
    const theta = min + ((max - min) * i) / (CURVE_POINTS - 1);
    const logLikelihood = logLikelihoodOf(model, summary, theta);
    points.push({ theta, logLikelihood, relative: Math.exp(logLikelihood - fit.logLikelihood) });
  }
  return points;
}

export interface ExplorerView {
  model: ExplorerModel;
  seed: number;
  data: number[];
  fit: LikelihoodFit;
  curve: CurvePoint[];
  theta: number;
  logLikelihood: number;
  information: number;
  /** J(θ̂): the curvature at the peak, 1 / SE². */
  informationAtMle: number;
}

/** Everything the explorer shows for a model, seed, sample size and slider position. */
export function explorerView(model: ExplorerModel, seed: number, n: number, theta: number): ExplorerView {
  const data = explorerSample(model, seed, n);
  const fit = fitExplorerModel(model, data);
  const summary = summarise(model, data);
  return {
    model,
    seed,
    data,
    fit,
    curve: likelihoodCurve(model, data, fit),
    theta,
    logLikelihood: logLikelihoodOf(model, summary, theta),
    information: informationOf(model, summary, theta),
    informationAtMle: fit.standardError > 0 ? 1 / fit.standardError ** 2 : Number.POSITIVE_INFINITY,
  };
}
