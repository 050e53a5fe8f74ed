/**
 * The numbers behind the playground's plots of a fit: histogram bins, the fitted density or pmf
 * as a function, and the 95 % ellipse of a bivariate normal. Parameters arrive as the library's
 * result JSON, so every reader checks the shape it needs and gives null when it is not there.
 */
import { logGamma } from "@/lib/estimation/special";

export interface Histogram {
  edges: number[];
  counts: number[];
  /** counts / (n × width): on the scale of a density. */
  densities: number[];
}

/** Sturges' number of bins (R's hist() default), between 5 and 50, over [min, max]. */
export function histogram(values: readonly number[], binCount?: number): Histogram {
  const n = values.length;
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (!(high > low)) {
    low -= 0.5;
    high += 0.5;
  }
  const bins = binCount ?? Math.min(50, Math.max(5, Math.ceil(Math.log2(Math.max(1, n)) + 1)));
  const width = (high - low) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => low + i * width);
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    const index = Math.min(bins - 1, Math.floor((v - low) / width));
    counts[index] = (counts[index] as number) + 1;
  }
  return { edges, counts, densities: counts.map((count) => count / (n * width)) };
}

/** Frequencies of each whole value from 0 (or the smallest) to the largest: for count data. */
export function frequencies(values: readonly number[]): { value: number; count: number }[] {
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const from = Math.min(0, low);
  const table = new Map<number, number>();
  for (const v of values) table.set(v, (table.get(v) ?? 0) + 1);
  const rows: { value: number; count: number }[] = [];
  for (let v = from; v <= high; v += 1) rows.push({ value: v, count: table.get(v) ?? 0 });
  return rows;
}

type Params = Record<string, unknown>;

function num(params: Params, key: string): number | null {
  const value = params[key];
  return typeof value === "number" ? value : null;
}

function list(params: Params, key: string): number[] | null {
  const value = params[key];
  return Array.isArray(value) && value.every((v) => typeof v === "number") ? (value as number[]) : null;
}

function normalDensity(x: number, mean: number, variance: number): number {
  return Math.exp(-((x - mean) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
}

function poissonPmf(k: number, lambda: number): number {
  if (lambda === 0) return k === 0 ? 1 : 0;
  return Math.exp(k * Math.log(lambda) - lambda - logGamma(k + 1));
}

/** The fitted density of a continuous model (1-D), or null when the model has none. */
export function densityOf(model: string, params: Params): ((x: number) => number) | null {
  switch (model) {
    case "normal": {
      const mean = num(params, "mean");
      const variance = num(params, "variance");
      return mean === null || variance === null ? null : (x) => normalDensity(x, mean, variance);
    }
    case "lognormal": {
      const mu = num(params, "meanlog");
      const sd = num(params, "sdlog");
      return mu === null || sd === null ? null : (x) => (x > 0 ? normalDensity(Math.log(x), mu, sd * sd) / x : 0);
    }
    case "exponential": {
      const rate = num(params, "rate");
      return rate === null ? null : (x) => (x >= 0 ? rate * Math.exp(-rate * x) : 0);
    }
    case "gamma": {
      const shape = num(params, "shape");
      const rate = num(params, "rate");
      if (shape === null || rate === null) return null;
      const logNorm = shape * Math.log(rate) - logGamma(shape);
      return (x) => (x > 0 ? Math.exp(logNorm + (shape - 1) * Math.log(x) - rate * x) : 0);
    }
    case "weibull": {
      const shape = num(params, "shape");
      const scale = num(params, "scale");
      if (shape === null || scale === null) return null;
      return (x) => (x > 0 ? (shape / scale) * (x / scale) ** (shape - 1) * Math.exp(-((x / scale) ** shape)) : 0);
    }
    case "uniform": {
      const theta = num(params, "theta");
      return theta === null ? null : (x) => (x >= 0 && x <= theta ? 1 / theta : 0);
    }
    case "gmm": {
      const weights = list(params, "weights");
      const means = list(params, "means");
      const variances = list(params, "variances");
      if (!weights || !means || !variances) return null;
      return (x) => weights.reduce((sum, w, k) => sum + w * normalDensity(x, means[k] as number, variances[k] as number), 0);
    }
    default:
      return null;
  }
}

/** The fitted probability of each whole value for a count model, or null. */
export function pmfOf(model: string, params: Params, support: "failures" | "trials" = "failures"): ((k: number) => number) | null {
  switch (model) {
    case "poisson": {
      const lambda = num(params, "lambda");
      return lambda === null ? null : (k) => (k >= 0 ? poissonPmf(k, lambda) : 0);
    }
    case "geometric": {
      const p = num(params, "p");
      if (p === null) return null;
      const first = support === "trials" ? 1 : 0;
      return (k) => (k >= first ? p * (1 - p) ** (k - first) : 0);
    }
    case "bernoulli": {
      const p = num(params, "p");
      return p === null ? null : (k) => (k === 1 ? p : k === 0 ? 1 - p : 0);
    }
    case "zip": {
      const pi = num(params, "pi");
      const lambda = num(params, "lambda");
      if (pi === null || lambda === null) return null;
      return (k) => (k < 0 ? 0 : (k === 0 ? pi : 0) + (1 - pi) * poissonPmf(k, lambda));
    }
    case "poisson-mixture": {
      const weights = list(params, "weights");
      const lambdas = list(params, "lambdas");
      if (!weights || !lambdas) return null;
      return (k) => (k < 0 ? 0 : weights.reduce((sum, w, j) => sum + w * poissonPmf(k, lambdas[j] as number), 0));
    }
    default:
      return null;
  }
}

/** −2 log 0.05: the squared Mahalanobis radius of the 95 % region of a bivariate normal (χ²₂). */
export const ELLIPSE_95 = -2 * Math.log(0.05);

/** Points on {x : (x − μ)ᵀ Σ⁻¹ (x − μ) = r²}, from the eigen-decomposition of the 2 × 2 Σ. */
export function ellipse(
  mean: readonly number[],
  covariance: readonly (readonly number[])[],
  radiusSquared = ELLIPSE_95,
  points = 64,
): [number, number][] {
  const a = covariance[0]?.[0] ?? 0;
  const b = covariance[0]?.[1] ?? 0;
  const c = covariance[1]?.[1] ?? 0;
  const half = (a + c) / 2;
  const root = Math.sqrt(((a - c) / 2) ** 2 + b * b);
  const l1 = half + root;
  const l2 = Math.max(0, half - root);
  const angle = b === 0 ? (a >= c ? 0 : Math.PI / 2) : Math.atan2(l1 - a, b);
  const r = Math.sqrt(radiusSquared);
  const out: [number, number][] = [];
  for (let i = 0; i <= points; i += 1) {
    const t = (2 * Math.PI * i) / points;
    const u = r * Math.sqrt(l1) * Math.cos(t);
    const v = r * Math.sqrt(l2) * Math.sin(t);
    out.push([(mean[0] ?? 0) + u * Math.cos(angle) - v * Math.sin(angle), (mean[1] ?? 0) + u * Math.sin(angle) + v * Math.cos(angle)]);
  }
  return out;
}

/** The 2-D components of a fit: a 2-D Gaussian mixture or a bivariate normal. */
export function gaussianComponents(model: string, params: Params): { weight: number; mean: number[]; covariance: number[][] }[] {
  if (model === "mvn-missing") {
    const mean = list(params, "mean");
    const covariance = params.covariance;
    return mean && Array.isArray(covariance) ? [{ weight: 1, mean, covariance: covariance as number[][] }] : [];
  }
  const weights = list(params, "weights");
  const means = params.means;
  const covariances = params.covariances;
  if (!weights || !Array.isArray(means) || !Array.isArray(covariances)) return [];
  return weights.map((weight, k) => ({ weight, mean: means[k] as number[], covariance: covariances[k] as number[][] }));
}

/** Coefficients [intercept, slope] of a regression fit, or null. */
export function coefficientsOf(params: Params): [number, number] | null {
  const coefficients = list(params, "coefficients");
  return coefficients && coefficients.length === 2 ? [coefficients[0] as number, coefficients[1] as number] : null;
}
