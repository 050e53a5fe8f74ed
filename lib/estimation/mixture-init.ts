/**
 * The deterministic start of a mixture fit without `init` (docs/estimation-cli.md): with
 * `options.components` (K) and `options.seed`, k-means++ seeding (Arthur & Vassilvitskii 2007)
 * drawn from `createRng(seed)`, then a few Lloyd iterations (`kmeansStart`). Each model turns the
 * resulting clusters into its own starting parameters (cluster shares as weights, cluster
 * proportions or means as thetas or lambdas).
 *
 * Same seed, same data → same start on every machine: the only randomness is the seeded uniform
 * stream, consumed in a fixed order (one uniform per center), and every tie is broken towards the
 * lowest index.
 *
 * Reference: Arthur, D. & Vassilvitskii, S. (2007), "k-means++: the advantages of careful
 * seeding", Proc. SODA 2007, 1027–1035; Lloyd, S. (1982), "Least squares quantization in PCM",
 * IEEE Trans. Inf. Theory 28, 129–137.
 */
import { invalidData, invalidInit, invalidOption } from "./errors";
import { createRng, type Rng } from "./random";
import type { FitOptions } from "./types";
import { describeValue } from "./validate";

/** Lloyd iterations after the k-means++ seeding in `kmeansStart` (it stops earlier once no label changes). */
export const START_LLOYD_ITERATIONS = 10;

/** The seed used when `options.seed` is absent, so that a start is still reproducible. */
export const DEFAULT_START_SEED = 0;

function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j += 1) {
    const difference = (a[j] as number) - (b[j] as number);
    sum += difference * difference;
  }
  return sum;
}

function checkPoints(points: readonly (readonly number[])[], weights: readonly number[] | undefined): number {
  if (!Array.isArray(points) || points.length === 0) throw invalidData("the data must contain at least one point");
  const dimension = points[0]?.length ?? 0;
  if (dimension === 0) throw invalidData("each data point must have at least one coordinate");
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i] as readonly number[];
    if (point.length !== dimension) {
      throw invalidData(`data point ${i} has ${point.length} coordinates, expected ${dimension}`);
    }
    for (let j = 0; j < dimension; j += 1) {
      if (!Number.isFinite(point[j])) throw invalidData(`data point ${i}, coordinate ${j} is not a finite number`);
    }
  }
  if (weights !== undefined) {
    if (weights.length !== points.length) {
      throw invalidData(`there are ${weights.length} weights for ${points.length} points`);
    }
    let total = 0;
    weights.forEach((weight, i) => {
      if (!Number.isFinite(weight) || weight < 0) throw invalidData(`weight ${i} must be a finite number ≥ 0`);
      total += weight;
    });
    if (!(total > 0)) throw invalidData("the weights of the points must have a positive sum");
  }
  return dimension;
}

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw invalidOption(`options.components must be a whole number ≥ 1, got ${describeValue(k)}`);
}

/**
 * k-means++ seeding: the first center is drawn uniformly among the points (with probability ∝
 * `weights[i]` when weights are given, e.g. frequencies), each next one with probability ∝
 * weight × squared distance to the nearest center chosen so far. One uniform per center; a point
 * equal to a chosen center is never chosen again, so the K centers are distinct.
 *
 * Throws `invalid-option` when K exceeds the number of distinct points (with positive weight).
 * Returns copies of the chosen points, in the order drawn (no Lloyd iterations: see `kmeansStart`).
 *
 * Cost: O(n K d) for n points in d dimensions.
 *
 * @example
 * kmeansPlusPlusCenters([[0], [0.1], [5], [5.2]], 2, createRng(1));
 * // [[0.1], [5.2]] (with these points, most seeds give one center near 0 and one near 5)
 */
export function kmeansPlusPlusCenters(points: number[][], k: number, rng: Rng, weights?: readonly number[]): number[][] {
  checkPoints(points, weights);
  checkK(k);
  const n = points.length;
  const weightOf = (i: number): number => (weights === undefined ? 1 : (weights[i] as number));

  let first: number;
  if (weights === undefined) {
    first = Math.min(n - 1, Math.floor(rng.next() * n));
  } else {
    first = drawProportional(rng, n, weightOf);
  }
  const centers: number[][] = [[...(points[first] as number[])]];
  const nearest = points.map((point) => squaredDistance(point, centers[0] as number[]));

  while (centers.length < k) {
    const chosen = drawProportional(rng, n, (i) => weightOf(i) * (nearest[i] as number));
    if (chosen < 0) {
      throw invalidOption(`options.components (K = ${k}) is more than the number of distinct data points (${centers.length})`);
    }
    const center = [...(points[chosen] as number[])];
    centers.push(center);
    for (let i = 0; i < n; i += 1) {
      const distance = squaredDistance(points[i] as number[], center);
      if (distance < (nearest[i] as number)) nearest[i] = distance;
    }
  }
  return centers;
}

/**
 * Index i drawn with probability ∝ mass(i), one uniform; −1 when every mass is 0. Entries of mass 0
 * are never returned, and rounding at the end of the running sum falls to the last positive entry.
 */
function drawProportional(rng: Rng, n: number, mass: (i: number) => number): number {
  let total = 0;
  for (let i = 0; i < n; i += 1) total += mass(i);
  const u = rng.next();
  if (!(total > 0)) return -1;
  const target = u * total;
  let cumulative = 0;
  let last = -1;
  for (let i = 0; i < n; i += 1) {
    const m = mass(i);
    if (m <= 0) continue;
    cumulative += m;
    last = i;
    if (target < cumulative) return i;
  }
  return last;
}

export interface Clustering {
  /** K × d cluster centers (weighted means of their points). */
  centers: number[][];
  /** For each point, the index of its cluster. */
  labels: number[];
  /** Total weight (count, or summed frequencies) per cluster. */
  sizes: number[];
  /** Lloyd iterations run. */
  iterations: number;
}

/**
 * Lloyd's k-means iterations from the given centers: assign each point to its nearest center
 * (ties to the lowest index), move each center to the weighted mean of its points, and stop when
 * no label changes or after `maxIterations`. A cluster left empty keeps its center.
 *
 * Cost: O(n K d) per iteration.
 */
export function lloyd(points: number[][], initialCenters: number[][], maxIterations: number, weights?: readonly number[]): Clustering {
  const dimension = checkPoints(points, weights);
  const k = initialCenters.length;
  const centers = initialCenters.map((center) => [...center]);
  const weightOf = (i: number): number => (weights === undefined ? 1 : (weights[i] as number));
  let labels = assign(points, centers);
  let iterations = 0;
  for (; iterations < maxIterations;) {
    const sums = centers.map(() => new Array<number>(dimension).fill(0));
    const sizes = new Array<number>(k).fill(0);
    points.forEach((point, i) => {
      const label = labels[i] as number;
      const weight = weightOf(i);
      sizes[label] = (sizes[label] as number) + weight;
      const sum = sums[label] as number[];
      for (let j = 0; j < dimension; j += 1) sum[j] = (sum[j] as number) + weight * (point[j] as number);
    });
    for (let c = 0; c < k; c += 1) {
      const size = sizes[c] as number;
      if (size > 0) centers[c] = (sums[c] as number[]).map((sum) => sum / size);
    }
    iterations += 1;
    const next = assign(points, centers);
    const changed = next.some((label, i) => label !== labels[i]);
    labels = next;
    if (!changed) break;
  }
  const sizes = new Array<number>(k).fill(0);
  labels.forEach((label, i) => {
    sizes[label] = (sizes[label] as number) + weightOf(i);
  });
  return { centers, labels, sizes, iterations };
}

function assign(points: readonly (readonly number[])[], centers: readonly (readonly number[])[]): number[] {
  return points.map((point) => {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    centers.forEach((center, c) => {
      const distance = squaredDistance(point, center);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    });
    return best;
  });
}

/**
 * The start every mixture model of this library uses without `init`: k-means++ seeding from
 * `createRng(seed)`, then up to `START_LLOYD_ITERATIONS` Lloyd iterations, then the clusters
 * renumbered by ascending center (lexicographic in d dimensions), so that the components of a
 * start (and usually of the fit) come out in a readable order.
 *
 * Cost: O(n K d · (1 + START_LLOYD_ITERATIONS)).
 *
 * @example
 * kmeansStart([[0], [1], [9], [10], [11]], 2, 42).centers; // [[0.5], [10]]
 */
export function kmeansStart(points: number[][], k: number, seed: number, weights?: readonly number[]): Clustering {
  const seeded = kmeansPlusPlusCenters(points, k, createRng(seed), weights);
  const clustering = lloyd(points, seeded, START_LLOYD_ITERATIONS, weights);
  const order = clustering.centers
    .map((center, index) => ({ center, index }))
    .sort((a, b) => compareLexicographic(a.center, b.center) || a.index - b.index);
  const renumber = new Array<number>(k);
  order.forEach((entry, position) => {
    renumber[entry.index] = position;
  });
  return {
    centers: order.map((entry) => entry.center),
    sizes: order.map((entry) => clustering.sizes[entry.index] as number),
    labels: clustering.labels.map((label) => renumber[label] as number),
    iterations: clustering.iterations,
  };
}

function compareLexicographic(a: readonly number[], b: readonly number[]): number {
  for (let j = 0; j < a.length; j += 1) {
    const difference = (a[j] as number) - (b[j] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * K and the seed of a start without `init`. `options.components` is required (the contract's
 * message); `options.seed` defaults to `DEFAULT_START_SEED` (0).
 */
export function startSettings(options: FitOptions | undefined): { components: number; seed: number } {
  const components = options?.components;
  if (components === undefined || components === null) {
    throw invalidOption("options.components (K) is required when init is not given");
  }
  checkK(components);
  const seed = options?.seed ?? DEFAULT_START_SEED;
  if (typeof seed !== "number" || !Number.isInteger(seed)) {
    throw invalidOption(`options.seed must be a whole number, got ${describeValue(seed)}`);
  }
  return { components, seed };
}

/**
 * When both `init` and `options.components` are given, they must agree on K.
 */
export function checkComponentsAgree(options: FitOptions | undefined, k: number, what: string): void {
  const components = options?.components;
  if (components === undefined || components === null) return;
  checkK(components);
  if (components !== k) {
    throw invalidInit(`${what} has ${k} entries but options.components is ${components}`);
  }
}

/**
 * The per-component list `init.<name>` of a mixture whose `init.weights` is optional (binomial and
 * Poisson mixtures): an array of at least one entry, with K entries where K is the length of
 * `init.weights` when that is an array and of this list otherwise, and K = `options.components`
 * when that is given. The entries come back unchecked, for the model's own rule on them; `kind`
 * names what they must be in the messages ("probabilities").
 */
export function requireComponentList(
  init: Record<string, unknown>,
  name: string,
  kind: string,
  options: FitOptions | undefined,
): { entries: unknown[]; k: number } {
  const what = `init.${name}`;
  const list = init[name];
  if (!Array.isArray(list)) {
    throw invalidInit(`${what} must be an array of ${kind}, one per component, got ${describeValue(list)}`);
  }
  const k = Array.isArray(init.weights) ? init.weights.length : list.length;
  if (list.length === 0) throw invalidInit(`${what} must have at least one entry, one per component`);
  if (list.length !== k) {
    throw invalidInit(`${what} must have ${k} entries, one per component (init.weights has ${k}), got ${list.length}`);
  }
  checkComponentsAgree(options, k, what);
  return { entries: list, k };
}

/** `init.weights` checked by `requireMixtureWeights` when given; equal weights 1/K when absent. */
export function optionalMixtureWeights(value: unknown, k: number): number[] {
  return value === undefined ? new Array<number>(k).fill(1 / k) : requireMixtureWeights(value, k, "init.weights");
}

/** Mixing weights may differ from summing to exactly 1 by this much (then they are rescaled). */
const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * Validates `init.weights` of a K-component mixture: K finite numbers > 0 summing to 1 (within
 * 1e-9, then rescaled to sum to 1 exactly). A weight of 0 is refused: EM can never revive it.
 */
export function requireMixtureWeights(value: unknown, k: number, what = "init.weights"): number[] {
  if (!Array.isArray(value)) throw invalidInit(`${what} must be an array of ${k} numbers`);
  if (value.length !== k) {
    throw invalidInit(`${what} must have ${k} entries, one per component, got ${value.length}`);
  }
  let total = 0;
  value.forEach((weight: unknown, i) => {
    if (typeof weight !== "number" || !Number.isFinite(weight)) {
      throw invalidInit(`${what}[${i}] must be a finite number, got ${describeValue(weight)}`);
    }
    if (weight <= 0 || weight > 1) throw invalidInit(`${what}[${i}] must be in (0, 1], got ${weight}`);
    total += weight;
  });
  if (Math.abs(total - 1) > WEIGHT_SUM_TOLERANCE) throw invalidInit(`${what} must sum to 1, got ${total}`);
  return (value as number[]).map((weight) => weight / total);
}
