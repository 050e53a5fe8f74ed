/**
 * Small helpers shared by the templates: seeded choices, sums, densities, and numbers written as TeX.
 * Pure functions; factorials and Poisson probabilities come from lib/estimation/special.
 */
import type { Rng } from "../estimation/random";
import { logFactorial, logPoissonPmf } from "../estimation/special";
import { formatNumber } from "./format";

export { logFactorial };

/** How many times a generator may draw again before it serves its last draw (the tests prove none does). */
export const MAX_DRAWS = 200;

/**
 * The one "draw again until usable" loop of the bank: draws from the seeded stream until `usable` holds,
 * so a seed always gives the same variant. After `MAX_DRAWS` draws it returns the last one; the property
 * tests prove that no seed gets that far.
 */
export function drawUntil<T>(rng: Rng, draw: (rng: Rng) => T, usable: (candidate: T) => boolean, limit = MAX_DRAWS): T {
  let candidate = draw(rng);
  for (let attempt = 1; attempt < limit && !usable(candidate); attempt += 1) candidate = draw(rng);
  return candidate;
}

/**
 * `drawUntil` for a draw that says "no" by returning null. A seed that gets no usable draw is a template
 * bug, which the property tests rule out; it throws rather than serve a broken variant.
 */
export function drawSome<T>(rng: Rng, draw: (rng: Rng) => T | null): T {
  const candidate = drawUntil(rng, draw, (drawn) => drawn !== null);
  if (candidate === null) throw new Error(`no usable variant in ${MAX_DRAWS} draws`);
  return candidate;
}

/** `value` rounded to `figures` significant figures, as a learner writes it down. */
export function roundToFigures(value: number, figures = 4): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(figures)) : value;
}

/** Half a unit in the 4th significant figure of `value`: the most that rounding it to 4 figures moves it. */
export function halfUnitInFourthFigure(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  return 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(value))) - 3);
}

/** One item of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) throw new Error("pick: the list is empty");
  return item;
}

/** A whole number from `low` to `high`, both included, uniformly. */
export function integerBetween(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng.next() * (high - low + 1));
}

export const sum = (values: readonly number[]): number => values.reduce((total, x) => total + x, 0);
export const mean = (values: readonly number[]): number => sum(values) / values.length;

/** The normal density N(x | mean, variance), with the variance σ², not σ. */
export function normalDensity(x: number, mean: number, variance: number): number {
  return Math.exp(-((x - mean) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
}

/** The Poisson(λ) probability of a count x. */
export function poissonProbability(x: number, lambda: number): number {
  return Math.exp(logPoissonPmf(x, lambda));
}

/** A number for TeX with `digits` significant figures: `1.23 \times 10^{-5}` rather than `1.23e-5`. */
export function texNumber(value: number, digits = 4): string {
  const text = formatNumber(value, digits);
  const match = /^(-?[\d.]+)e([+-]\d+)$/.exec(text);
  return match ? `${match[1]} \\times 10^{${Number(match[2])}}` : text;
}

/** A number inside a TeX sum or product: in parentheses when negative, `(-1.5)`. */
export function texTerm(value: number, digits = 4): string {
  return value < 0 ? `(${texNumber(value, digits)})` : texNumber(value, digits);
}

/** A value with an explicit sign, for sums written out term by term: `+ 1.2`, `- 0.4`. */
export function texSigned(value: number, digits = 4): string {
  return value < 0 ? `- ${texNumber(-value, digits)}` : `+ ${texNumber(value, digits)}`;
}
