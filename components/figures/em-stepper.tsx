"use client";
// EM, step by step: E-step, M-step, Run, Reset and a different start over a trace computed once by
// the estimation library's EM driver (lib/learn/em-trace.ts), so every number drawn is one the
// grader's driver computed. Points are coloured by their responsibilities; over the data go the
// component densities (1-D mixture), binomial or Poisson probabilities (coins, binomial and Poisson
// mixtures, zero-inflated Poisson) or the components' covariance ellipses (2-D mixture); with
// missing values the incomplete rows sit at their conditional means. The lower panel is ℓ per
// iteration with each E-step's lower bound. The table lists every iteration.
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { memo, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  canEStep,
  canMStep,
  componentCount,
  emTrace,
  eStep,
  mStep,
  runToEnd,
  shownConditionals,
  shownParams,
  shownResponsibilities,
  withStart,
  type CoinParams,
  type EmParams,
  type EmProblem,
  type EmTrace,
  type Gmm2Params,
  type GmmParams,
  type MvnConditional,
  type MvnParams,
  type PoissonMixtureParams,
  type StepPosition,
  type TraceEntry,
  type ZipParams,
} from "@/lib/learn/em-trace";

import { dotStamp, paintDots, type DotStamp } from "./dot-raster";
import { formatValue } from "./format";
import { useWidth } from "./use-width";

const DEFAULT_WIDTH = 640;
const DATA_HEIGHT = 190;
/** The 2-D panel (a scatter plot) is taller than the dot plot. */
const SCATTER_HEIGHT = 300;
const LOG_HEIGHT = 170;
const MARGIN = { left: 56, right: 16 };
/** Component colours: orange and indigo read on light and dark backgrounds, and mix to a grey-violet. */
const COMPONENT_RGB: [number, number, number][] = [
  [234, 88, 12],
  [79, 70, 229],
  [13, 148, 136],
];
const COMPONENT_NAMES = ["1", "2", "3"];
const COIN_NAMES = ["A", "B", "C"];
const START: StepPosition = { iteration: 0, phase: "M" };

const BUTTON =
  "rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700";
const PRIMARY =
  "rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-50";

/** Before the first E-step the points are grey (stone-400). */
const NO_RESPONSIBILITY_RGB: [number, number, number] = [168, 162, 158];

/** The component colours mixed by a row's responsibilities, each channel rounded to a whole number. */
function mixedRgb(row: readonly number[] | undefined): [number, number, number] {
  if (!row) return NO_RESPONSIBILITY_RGB;
  let red = 0;
  let green = 0;
  let blue = 0;
  for (let k = 0; k < row.length; k += 1) {
    const weight = row[k] as number;
    const [r, g, b] = COMPONENT_RGB[k % COMPONENT_RGB.length] as [number, number, number];
    red += weight * r;
    green += weight * g;
    blue += weight * b;
  }
  return [Math.round(red), Math.round(green), Math.round(blue)];
}

function colourOf(row: readonly number[] | undefined): string {
  return `rgb(${mixedRgb(row).join(", ")})`;
}

function componentColour(k: number): string {
  return `rgb(${(COMPONENT_RGB[k % COMPONENT_RGB.length] as number[]).join(", ")})`;
}

function normalDensity(x: number, mean: number, variance: number): number {
  return Math.exp(-((x - mean) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
}

function binomialProbability(h: number, n: number, theta: number): number {
  let logChoose = 0;
  for (let i = 1; i <= h; i += 1) logChoose += Math.log(n - h + i) - Math.log(i);
  const heads = h === 0 ? 0 : h * Math.log(theta);
  const tails = n - h === 0 ? 0 : (n - h) * Math.log1p(-theta);
  return Math.exp(logChoose + heads + tails);
}

/** Math.min/max over arrays of any length (spreading thousands of arguments overflows the stack). */
function minOf(values: readonly number[]): number {
  let low = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < low) low = value;
  return low;
}

function maxOf(values: readonly number[]): number {
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > high) high = value;
  return high;
}

function poissonProbability(x: number, lambda: number): number {
  let logFactorial = 0;
  for (let i = 2; i <= x; i += 1) logFactorial += Math.log(i);
  return Math.exp((x === 0 ? 0 : x * Math.log(lambda)) - lambda - logFactorial);
}

interface Point {
  x: number;
  /** Stack level among points at (nearly) the same x. */
  level: number;
}

type OneDimensional = Extract<EmProblem, { kind: "gmm" | "coins" | "poisson" | "zip" }>;
type TwoDimensional = Extract<EmProblem, { kind: "gmm2" | "mvn-missing" }>;

function isTwoDimensional(problem: EmProblem): problem is TwoDimensional {
  return problem.kind === "gmm2" || problem.kind === "mvn-missing";
}

/** x of each row: the value, the proportion of heads, or the count. */
function valuesOf(problem: OneDimensional): number[] {
  if (problem.kind === "gmm") return problem.sample;
  if (problem.kind === "coins") return problem.heads.map((h, i) => h / (problem.tosses[i] as number));
  return problem.counts;
}

/** A stacking level per row for a dot plot. */
function dotPlot(xs: readonly number[], resolution: number): Point[] {
  const seen = new Map<number, number>();
  return xs.map((x) => {
    const bin = Math.round(x / resolution);
    const level = seen.get(bin) ?? 0;
    seen.set(bin, level + 1);
    return { x, level };
  });
}

const f = (value: number | undefined) => formatValue(value ?? Number.NaN);

function paramCells(problem: EmProblem, params: EmParams): string[] {
  switch (problem.kind) {
    case "coins": {
      const { weights, thetas } = params as CoinParams;
      return problem.freeWeights ? weights.flatMap((w, k) => [f(w), f(thetas[k])]) : thetas.map((theta) => f(theta));
    }
    case "gmm": {
      const { weights, means, variances } = params as GmmParams;
      return weights.flatMap((w, k) => [f(w), f(means[k]), f(variances[k])]);
    }
    case "poisson": {
      const { weights, lambdas } = params as PoissonMixtureParams;
      return weights.flatMap((w, k) => [f(w), f(lambdas[k])]);
    }
    case "zip": {
      const { pi, lambda } = params as ZipParams;
      return [f(pi), f(lambda)];
    }
    case "gmm2": {
      const { weights, means, covariances } = params as Gmm2Params;
      return weights.flatMap((w, k) => {
        const [m1, m2] = means[k] as number[];
        const [[s11, s12], [, s22]] = covariances[k] as [[number, number], [number, number]];
        return [f(w), `(${f(m1)}, ${f(m2)})`, f(s11), f(s12), f(s22)];
      });
    }
    case "mvn-missing": {
      const { mean, covariance } = params as MvnParams;
      return [f(mean[0]), f(mean[1]), f(covariance[0]?.[0]), f(covariance[0]?.[1]), f(covariance[1]?.[1])];
    }
  }
}

function paramHeaders(problem: EmProblem): string[] {
  const names = COMPONENT_NAMES.slice(0, componentCount(problem));
  switch (problem.kind) {
    case "coins": {
      const coins = COIN_NAMES.slice(0, componentCount(problem));
      return problem.freeWeights ? names.flatMap((name) => [`w${name}`, `θ${name}`]) : coins.map((name) => `θ${name}`);
    }
    case "gmm":
      return names.flatMap((name) => [`w${name}`, `μ${name}`, `σ²${name}`]);
    case "poisson":
      return names.flatMap((name) => [`w${name}`, `λ${name}`]);
    case "zip":
      return ["π", "λ"];
    case "gmm2":
      return names.flatMap((name) => [`w${name}`, `μ${name}`, `Σ${name} xx`, `Σ${name} xy`, `Σ${name} yy`]);
    case "mvn-missing":
      return ["μx", "μy", "Σxx", "Σxy", "Σyy"];
  }
}

function legendNames(problem: EmProblem): string[] {
  const k = componentCount(problem);
  if (problem.kind === "coins" && !problem.freeWeights) return COIN_NAMES.slice(0, k).map((name) => `coin ${name}`);
  if (problem.kind === "zip") return ["structural zero", "Poisson"];
  if (problem.kind === "mvn-missing") return ["rows with a missing value, at their conditional means (hollow)"];
  return COMPONENT_NAMES.slice(0, k).map((name) => `component ${name}`);
}

function describeFigure(problem: EmProblem): string {
  switch (problem.kind) {
    case "coins":
      return "Proportion of successes per row, coloured by responsibility, with each component's binomial probabilities";
    case "gmm":
      return "The data, coloured by responsibility, with the component densities";
    case "poisson":
      return "The counts, coloured by responsibility, with each component's Poisson probabilities";
    case "zip":
      return "The counts, coloured by the responsibility of the structural-zero state, with the two states' probabilities";
    case "gmm2":
      return "The points, coloured by responsibility, with each component's covariance ellipse (two standard deviations)";
    case "mvn-missing":
      return "The rows, incomplete ones at their conditional means, with the covariance ellipse (two standard deviations)";
  }
}

/** 65 points of the ellipse (x − μ)ᵀ Σ⁻¹ (x − μ) = r², through the Cholesky factor of Σ. */
function ellipsePoints(mean: readonly number[], covariance: readonly (readonly number[])[], r = 2): [number, number][] {
  const a = covariance[0]?.[0] ?? 1;
  const b = covariance[1]?.[0] ?? 0;
  const c = covariance[1]?.[1] ?? 1;
  const l11 = Math.sqrt(Math.max(a, 1e-300));
  const l21 = b / l11;
  const l22 = Math.sqrt(Math.max(c - l21 * l21, 0));
  const points: [number, number][] = [];
  for (let i = 0; i <= 64; i += 1) {
    const t = (2 * Math.PI * i) / 64;
    const u = r * Math.cos(t);
    const v = r * Math.sin(t);
    points.push([(mean[0] ?? 0) + l11 * u, (mean[1] ?? 0) + l21 * u + l22 * v]);
  }
  return points;
}

type Ellipse = { points: [number, number][]; colour: number };

/** The 2-D panel's points: complete rows, or incomplete ones at their conditional means. */
function scatterPoints(problem: TwoDimensional, params: EmParams, conditionals: MvnConditional[] | null) {
  if (problem.kind === "gmm2") return problem.points.map((point) => ({ xy: point as [number, number], imputed: false }));
  const { mean } = params as MvnParams;
  return problem.rows.map((row, i) => {
    const imputed = row.some((value) => value === null);
    // Before the first E-step an incomplete row sits at the current mean in its missing coordinates.
    const xy = conditionals?.[i]?.completed ?? row.map((value, j) => value ?? (mean[j] as number));
    return { xy: xy as [number, number], imputed };
  });
}

/** The 2-D panel's shapes: each component's ellipse and its centre. */
function scatterOf(problem: TwoDimensional, params: EmParams) {
  if (problem.kind === "gmm2") {
    const { means, covariances } = params as Gmm2Params;
    return {
      ellipses: means.map((mean, k): Ellipse => ({ points: ellipsePoints(mean, covariances[k] as number[][]), colour: k })),
      centres: means,
    };
  }
  const { mean, covariance } = params as MvnParams;
  return { ellipses: [{ points: ellipsePoints(mean, covariance), colour: 0 }], centres: [mean] };
}

interface Props {
  problem: EmProblem;
}

/** The upper panel for one-dimensional data: a dot plot with the components' densities or probabilities. */
function DotPanel({
  problem,
  params,
  responsibilities,
  entries,
  width,
}: {
  problem: OneDimensional;
  params: EmParams;
  responsibilities: number[][] | null;
  entries: EmTrace["entries"];
  width: number;
}) {
  const k = componentCount(problem);
  const discrete = problem.kind !== "gmm";
  const xs = useMemo(() => valuesOf(problem), [problem]);
  const points = useMemo(() => dotPlot(xs, problem.kind === "coins" ? 0.02 : problem.kind === "gmm" ? 0.15 : 1), [xs, problem.kind]);
  const maxCount = problem.kind === "poisson" || problem.kind === "zip" ? maxOf(xs) : 0;
  // The axis is fixed over the whole run (the data and every iteration's means), like the points.
  const x = useMemo(() => {
    const gmmMeans = problem.kind === "gmm" ? entries.flatMap((entry) => (entry.params as GmmParams).means) : [];
    const [lowX, highX] =
      problem.kind === "coins"
        ? [0, 1]
        : problem.kind === "gmm"
          ? [Math.min(minOf(xs), minOf(gmmMeans)) - 1, Math.max(maxOf(xs), maxOf(gmmMeans)) + 1]
          : [-0.5, maxCount + 2.5];
    const scale = scaleLinear()
      .domain([lowX, highX])
      .range([MARGIN.left, width - MARGIN.right]);
    return problem.kind === "gmm" ? scale.nice() : scale;
  }, [problem.kind, entries, xs, maxCount, width]);
  const dotRadius = points.length > 400 ? 2.5 : 5;
  const baseline = DATA_HEIGHT - 26;
  const maxLevel = maxOf(points.map((point) => point.level));
  const dotSpace = Math.min(2 * dotRadius + 1, 60 / (maxLevel + 1));
  const curveBase = baseline - dotSpace * (maxLevel + 1) - 4;
  const dots = useMemo(
    () => ({ cx: points.map((point) => x(point.x)), cy: points.map((point) => baseline - point.level * dotSpace) }),
    [points, x, baseline, dotSpace],
  );

  type CurveSample = { x: number; y: number };
  const curves: CurveSample[][] = [];
  if (problem.kind === "coins") {
    // The largest number of trials per row (every row has the same in the two-coin questions).
    const tosses = Math.max(...problem.tosses);
    const { weights, thetas } = params as CoinParams;
    for (let c = 0; c < k; c += 1) {
      const samples: CurveSample[] = [];
      for (let h = 0; h <= tosses; h += 1) {
        samples.push({ x: h / tosses, y: (weights[c] as number) * binomialProbability(h, tosses, thetas[c] as number) });
      }
      curves.push(samples);
    }
  } else if (problem.kind === "poisson") {
    const { weights, lambdas } = params as PoissonMixtureParams;
    for (let c = 0; c < k; c += 1) {
      const samples: CurveSample[] = [];
      for (let count = 0; count <= maxCount + 2; count += 1) {
        samples.push({ x: count, y: (weights[c] as number) * poissonProbability(count, lambdas[c] as number) });
      }
      curves.push(samples);
    }
  } else if (problem.kind === "zip") {
    const { pi, lambda } = params as ZipParams;
    curves.push([
      { x: 0, y: 0 },
      { x: 0, y: pi },
    ]);
    const samples: CurveSample[] = [];
    for (let count = 0; count <= maxCount + 2; count += 1) samples.push({ x: count, y: (1 - pi) * poissonProbability(count, lambda) });
    curves.push(samples);
  } else {
    const { weights, means, variances } = params as GmmParams;
    const [from, to] = x.domain() as [number, number];
    for (let c = 0; c < k; c += 1) {
      const samples: CurveSample[] = [];
      for (let i = 0; i <= 200; i += 1) {
        const at = from + ((to - from) * i) / 200;
        samples.push({ x: at, y: (weights[c] as number) * normalDensity(at, means[c] as number, variances[c] as number) });
      }
      curves.push(samples);
    }
  }
  const curveTop = Math.max(1e-12, maxOf(curves.flat().map((sample) => sample.y)));
  const curveY = scaleLinear().domain([0, curveTop]).range([curveBase, 12]);
  const curvePath = line<CurveSample>()
    .x((sample) => x(sample.x))
    .y((sample) => curveY(Math.min(sample.y, curveTop)));
  const ticks = discrete && problem.kind !== "coins" ? x.ticks(Math.min(8, maxCount + 2)).filter(Number.isInteger) : x.ticks(6);
  const title =
    problem.kind === "coins"
      ? `successes/trials per row; wₖ·Binomial(${Math.max(...problem.tosses)}, θₖ) per component`
      : problem.kind === "gmm"
        ? "the data; wₖ N(x; μₖ, σₖ²) per component"
        : problem.kind === "poisson"
          ? "the counts; wₖ·Poisson(x; λₖ) per component"
          : "the counts; π at 0 (structural zeros) and (1 − π)·Poisson(x; λ)";

  return (
    <g>
      {curves.map((samples, c) => (
        <path key={c} d={curvePath(samples) ?? ""} fill="none" stroke={componentColour(c)} strokeWidth={2} opacity={0.9} />
      ))}
      <line
        x1={MARGIN.left}
        x2={width - MARGIN.right}
        y1={baseline + dotRadius + 2}
        y2={baseline + dotRadius + 2}
        stroke="currentColor"
        strokeOpacity={0.4}
      />
      {ticks.map((tick) => (
        <text key={tick} x={x(tick)} y={DATA_HEIGHT - 6} textAnchor="middle" className="fill-current text-[11px]">
          {formatValue(tick, 3)}
        </text>
      ))}
      <Dots
        cx={dots.cx}
        cy={dots.cy}
        hollow={null}
        radius={dotRadius}
        responsibilities={responsibilities}
        width={width}
        height={DATA_HEIGHT}
      />
      <text x={MARGIN.left} y={10} className="fill-stone-700 text-[12px] dark:fill-stone-300">
        {title}
      </text>
    </g>
  );
}

/** From this many points on, they are painted on a canvas: thousands of SVG circles redraw too slowly for 60 fps. */
const CANVAS_FROM = 200;

interface DotsProps {
  cx: number[];
  cy: number[];
  hollow: boolean[] | null;
  radius: number;
  responsibilities: number[][] | null;
  width: number;
  height: number;
}

/**
 * The points, coloured by responsibility. Memoised: the panels keep the positions' arrays while the
 * points stay put, and an M-step keeps the E-step's responsibilities, so only E-steps redraw them.
 */
const Dots = memo(function Dots({ cx, cy, hollow, radius, responsibilities, width, height }: DotsProps) {
  if (cx.length >= CANVAS_FROM) {
    return (
      <foreignObject x={0} y={0} width={width} height={height}>
        <DotsCanvas cx={cx} cy={cy} hollow={hollow} radius={radius} responsibilities={responsibilities} width={width} height={height} />
      </foreignObject>
    );
  }
  return (
    <>
      {cx.map((px, i) =>
        hollow?.[i] ? (
          <circle key={i} cx={px} cy={cy[i]} r={radius} fill="none" stroke={colourOf(responsibilities?.[i])} strokeWidth={2} />
        ) : (
          <circle key={i} cx={px} cy={cy[i]} r={radius} fill={colourOf(responsibilities?.[i])} stroke="white" strokeOpacity={0.6} />
        ),
      )}
    </>
  );
});

/**
 * The points painted on a canvas in the circles' colours, before the frame is shown: rasterised in
 * script (dot-raster.ts: Chromium without a GPU would rasterise 2 000 canvas arcs on the main thread
 * at commit, a third of the frame) at the screen's pixel density, hollow points as 1-px rings.
 */
function DotsCanvas({ cx, cy, hollow, radius, responsibilities, width, height }: DotsProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const imageRef = useRef<ImageData | null>(null);
  const stampsRef = useRef<{ deviceRadius: number; disc: DotStamp; ring: DotStamp } | null>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const scale = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * scale);
    const pixelHeight = Math.round(height * scale);
    let image = imageRef.current;
    if (!image || image.width !== pixelWidth || image.height !== pixelHeight) {
      // Resizing a canvas reallocates (and clears) it: only when the figure's size changes.
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      image = context.createImageData(pixelWidth, pixelHeight);
      imageRef.current = image;
    }
    const deviceRadius = radius * scale;
    let stamps = stampsRef.current;
    if (!stamps || stamps.deviceRadius !== deviceRadius) {
      // Hollow points are rings with a 1-px (CSS) line, as a stroked circle.
      stamps = { deviceRadius, disc: dotStamp(deviceRadius), ring: dotStamp(deviceRadius, scale) };
      stampsRef.current = stamps;
    }
    const n = cx.length;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const rgb = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) {
      x[i] = (cx[i] as number) * scale;
      y[i] = (cy[i] as number) * scale;
      const [red, green, blue] = mixedRgb(responsibilities?.[i]);
      rgb[i] = (red << 16) | (green << 8) | blue;
    }
    image.data.fill(0);
    paintDots(image, { x, y, rgb, hollow }, stamps.disc, stamps.ring);
    context.putImageData(image, 0, 0);
  }, [cx, cy, hollow, radius, responsibilities, width, height]);
  return <canvas ref={canvasRef} aria-hidden="true" style={{ width, height, display: "block" }} />;
}

/** The upper panel for two-dimensional data: a scatter plot with the covariance ellipses. */
function ScatterPanel({
  problem,
  params,
  responsibilities,
  conditionals,
  entries,
  width,
}: {
  problem: TwoDimensional;
  params: EmParams;
  responsibilities: number[][] | null;
  conditionals: MvnConditional[] | null;
  entries: EmTrace["entries"];
  width: number;
}) {
  const { ellipses, centres } = scatterOf(problem, params);
  // The points move only with an E-step of missing values (and, before the first, with the mean).
  const pointParams = problem.kind === "mvn-missing" && conditionals === null ? params : null;
  const points = useMemo(() => scatterPoints(problem, pointParams ?? problem.init, conditionals), [problem, pointParams, conditionals]);
  // Axes fixed over the whole run (every iteration's ellipses), so that stepping moves the shapes, not
  // the axes. Loops, not Math.min(...): n points × hundreds of iterations overflow the call stack.
  const extent = useMemo(() => {
    const x: [number, number] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    const y: [number, number] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    const include = (px: number, py: number) => {
      if (px < x[0]) x[0] = px;
      if (px > x[1]) x[1] = px;
      if (py < y[0]) y[0] = py;
      if (py > y[1]) y[1] = py;
    };
    // A mixture's points never move; incomplete rows do (their conditional means), so look at every E-step.
    const steps = problem.kind === "gmm2" ? entries.slice(0, 1) : entries;
    for (const entry of steps)
      for (const point of scatterPoints(problem, entry.params, entry.conditionals)) include(point.xy[0], point.xy[1]);
    for (const entry of entries) {
      for (const ellipse of scatterOf(problem, entry.params).ellipses) for (const [ex, ey] of ellipse.points) include(ex, ey);
    }
    return { x, y };
  }, [problem, entries]);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(extent.x)
        .range([MARGIN.left, width - MARGIN.right])
        .nice(),
    [extent, width],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain(extent.y)
        .range([SCATTER_HEIGHT - 24, 18])
        .nice(),
    [extent],
  );
  const dots = useMemo(
    () => ({
      cx: points.map((point) => x(point.xy[0])),
      cy: points.map((point) => y(point.xy[1])),
      hollow: points.map((point) => point.imputed),
    }),
    [points, x, y],
  );
  // Missing values have no classes: incomplete rows take the first colour once imputed.
  const missingColours = useMemo(
    () => (problem.kind === "gmm2" ? null : points.map((point) => (point.imputed && conditionals ? [1] : [0.5]))),
    [problem.kind, points, conditionals],
  );
  const radius = points.length > 400 ? 2.5 : 5;
  // Below these widths the full title (12-px text) would not fit beside the left margin.
  const narrow = width < (problem.kind === "gmm2" ? 540 : 650);
  const ellipsePath = line<[number, number]>()
    .x((point) => x(point[0]))
    .y((point) => y(point[1]));
  return (
    <g>
      {x.ticks(6).map((tick) => (
        <text key={`x${tick}`} x={x(tick)} y={SCATTER_HEIGHT - 6} textAnchor="middle" className="fill-current text-[11px]">
          {formatValue(tick, 3)}
        </text>
      ))}
      {y.ticks(5).map((tick) => (
        <text key={`y${tick}`} x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-current text-[11px]">
          {formatValue(tick, 3)}
        </text>
      ))}
      <rect
        x={MARGIN.left}
        y={18}
        width={width - MARGIN.left - MARGIN.right}
        height={SCATTER_HEIGHT - 42}
        fill="none"
        stroke="currentColor"
        strokeOpacity={0.3}
      />
      <Dots
        cx={dots.cx}
        cy={dots.cy}
        hollow={dots.hollow}
        radius={radius}
        responsibilities={missingColours ?? responsibilities}
        width={width}
        height={SCATTER_HEIGHT}
      />
      {ellipses.map((ellipse) => (
        <path
          key={ellipse.colour}
          d={ellipsePath(ellipse.points) ?? ""}
          fill="none"
          stroke={componentColour(ellipse.colour)}
          strokeWidth={2}
        />
      ))}
      {centres.map((centre, c) => (
        <path
          key={c}
          d={`M${x(centre[0] ?? 0) - 6},${y(centre[1] ?? 0)}h12M${x(centre[0] ?? 0)},${y(centre[1] ?? 0) - 6}v12`}
          stroke={componentColour(c)}
          strokeWidth={2.5}
        />
      ))}
      {/* On a phone the full title would run off the figure: a shorter one from its left edge. */}
      <text x={narrow ? 8 : MARGIN.left} y={12} className="fill-stone-700 text-[12px] dark:fill-stone-300">
        {problem.kind === "gmm2"
          ? narrow
            ? "points; means (+), 2-s.d. ellipses"
            : "the points; each component's mean (+) and 2-standard-deviation ellipse"
          : narrow
            ? "hollow: imputed; mean (+), 2-s.d. ellipse"
            : "the rows (hollow: a value missing, drawn at its conditional mean); the mean (+) and 2-s.d. ellipse"}
      </text>
    </g>
  );
}

/** One row of the table; memoised, so a step renders only the row it adds. */
const IterationRow = memo(function IterationRow({ index, entry, problem }: { index: number; entry: TraceEntry; problem: EmProblem }) {
  return (
    <tr data-testid="em-row">
      <td>{index}</td>
      <td>{formatValue(entry.logLikelihood)}</td>
      <td>{entry.boundAfter === null ? "–" : formatValue(entry.boundAfter)}</td>
      {paramCells(problem, entry.params).map((cell, c) => (
        <td key={c}>{cell}</td>
      ))}
    </tr>
  );
});

export function EmStepper({ problem }: Props) {
  const [start, setStart] = useState(0);
  const [figureRef, width] = useWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const [position, setPosition] = useState<StepPosition>(START);
  const startedProblem = useMemo(() => withStart(problem, start), [problem, start]);
  const trace = useMemo(() => emTrace(startedProblem), [startedProblem]);
  const params = shownParams(trace, position);
  const responsibilities = shownResponsibilities(trace, position);
  const conditionals = shownConditionals(trace, position);
  const entries = trace.entries;
  const last = entries.length - 1;
  const atEnd = position.iteration === last && position.phase === "M";
  const twoDimensional = isTwoDimensional(startedProblem);
  const dataHeight = twoDimensional ? SCATTER_HEIGHT : DATA_HEIGHT;

  // Lower panel: ℓ per iteration and the E-step bounds.
  const logValues = entries.map((entry) => entry.logLikelihood);
  const boundValues = entries.flatMap((entry) => (entry.boundAfter === null ? [] : [entry.boundAfter]));
  const iterationX = scaleLinear()
    .domain([0, Math.max(5, last)])
    .range([MARGIN.left, width - MARGIN.right]);
  const lowLog = Math.min(minOf(logValues), minOf(boundValues));
  const highLog = maxOf(logValues);
  const logY = scaleLinear()
    .domain([lowLog, highLog === lowLog ? lowLog + 1 : highLog])
    .range([LOG_HEIGHT - 26, 12])
    .nice();
  const shownUpTo = position.iteration;
  const logPath =
    line<number>()
      .x((_, index) => iterationX(index))
      .y((value) => logY(value))(logValues.slice(0, shownUpTo + 1)) ?? "";

  const eStepWhat = startedProblem.kind === "mvn-missing" ? "the missing values' conditional means" : "the responsibilities";
  const phaseText =
    position.phase === "E"
      ? `E-step ${position.iteration + 1} done: ${eStepWhat} are computed from the parameters of iteration ${position.iteration}; the lower bound touches ℓ there.`
      : position.iteration === 0
        ? "The start. Press E-step."
        : `M-step ${position.iteration} done: ℓ = ${formatValue(entries[position.iteration]!.logLikelihood)}.`;
  const endText = atEnd
    ? trace.stoppedBy
      ? ` The driver stopped here: ${trace.stoppedBy}.`
      : trace.converged
        ? ` Converged: the next rise would be below 10⁻⁸ (${last} iterations).`
        : ` Stopped after ${last} iterations.`
    : "";

  const headers = paramHeaders(startedProblem);
  const legend = legendNames(startedProblem);

  return (
    <div className="space-y-4" data-testid="em-stepper">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={PRIMARY} disabled={!canEStep(trace, position)} onClick={() => setPosition((p) => eStep(trace, p))}>
          E-step
        </button>
        <button type="button" className={PRIMARY} disabled={!canMStep(trace, position)} onClick={() => setPosition((p) => mStep(trace, p))}>
          M-step
        </button>
        <button type="button" className={BUTTON} disabled={atEnd} onClick={() => setPosition(runToEnd(trace))}>
          Run
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={position.iteration === 0 && position.phase === "M"}
          onClick={() => setPosition(START)}
        >
          Reset
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            setStart((current) => current + 1);
            setPosition(START);
          }}
        >
          Different start
        </button>
      </div>
      <p role="status" data-testid="em-status" className="min-h-10 text-sm text-stone-700 dark:text-stone-300">
        {phaseText}
        {endText}
      </p>

      <div ref={figureRef}>
        <svg
          viewBox={`0 0 ${width} ${dataHeight + LOG_HEIGHT}`}
          className="w-full text-stone-500 dark:text-stone-400"
          role="img"
          aria-label={`${describeFigure(startedProblem)}; below, the log-likelihood per iteration. The table below lists the numbers.`}
        >
          {twoDimensional ? (
            <ScatterPanel
              problem={startedProblem}
              params={params}
              responsibilities={responsibilities}
              conditionals={conditionals}
              entries={entries}
              width={width}
            />
          ) : (
            <DotPanel problem={startedProblem} params={params} responsibilities={responsibilities} entries={entries} width={width} />
          )}
          <g transform={`translate(0, ${dataHeight})`}>
            <text x={MARGIN.left} y={6} className="fill-stone-700 text-[12px] dark:fill-stone-300">
              log-likelihood ℓ per iteration
            </text>
            {logY.ticks(4).map((tick) => (
              <g key={tick}>
                <line
                  x1={MARGIN.left}
                  x2={width - MARGIN.right}
                  y1={logY(tick)}
                  y2={logY(tick)}
                  stroke="currentColor"
                  strokeOpacity={0.12}
                />
                <text x={MARGIN.left - 6} y={logY(tick) + 4} textAnchor="end" className="fill-current text-[11px]">
                  {formatValue(tick, 4)}
                </text>
              </g>
            ))}
            {iterationX.ticks(6).map((tick) => (
              <text key={tick} x={iterationX(tick)} y={LOG_HEIGHT - 8} textAnchor="middle" className="fill-current text-[11px]">
                {tick}
              </text>
            ))}
            {entries.slice(1, shownUpTo + 1).map((entry, index) => (
              <line
                key={index}
                x1={iterationX(index)}
                y1={logY(entries[index]!.logLikelihood)}
                x2={iterationX(index + 1)}
                y2={logY(entry.boundAfter ?? entry.logLikelihood)}
                className="stroke-emerald-600 dark:stroke-emerald-400"
                strokeDasharray="4 3"
                strokeWidth={1.5}
              />
            ))}
            <path d={logPath} fill="none" className="stroke-sky-600 dark:stroke-sky-400" strokeWidth={2} />
            {logValues.slice(0, shownUpTo + 1).map((value, index) => (
              <circle key={index} cx={iterationX(index)} cy={logY(value)} r={3} className="fill-sky-600 dark:fill-sky-400" />
            ))}
            {position.phase === "E" && (
              <circle
                cx={iterationX(position.iteration)}
                cy={logY(logValues[position.iteration]!)}
                r={7}
                fill="none"
                className="stroke-emerald-600 dark:stroke-emerald-400"
                strokeWidth={2}
              />
            )}
          </g>
        </svg>
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600 dark:text-stone-400">
        {legend.map((name, c) => (
          <span key={name}>
            <span
              aria-hidden="true"
              className="mr-1 inline-block size-2.5 rounded-full align-middle"
              style={{ backgroundColor: componentColour(c) }}
            />
            {name}
          </span>
        ))}
        {startedProblem.kind !== "mvn-missing" && (
          <span>points mix the colours by their responsibilities (grey before the first E-step)</span>
        )}
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block w-4 border-t-2 border-dashed border-emerald-600 align-middle dark:border-emerald-400"
          />
          each E-step&apos;s lower bound: it touches ℓ where it was built and rises with the M-step
        </span>
      </p>

      <div
        tabIndex={0}
        role="region"
        aria-label="Iterations"
        className="max-h-72 overflow-auto rounded-lg border border-stone-200 contain-content dark:border-stone-700"
      >
        <table data-testid="em-table" className="w-full border-collapse text-sm">
          <caption className="sr-only">Parameters, log-likelihood and lower bound per iteration</caption>
          <thead className="sticky top-0 bg-stone-50 dark:bg-stone-800">
            <tr className="[&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_th]:font-semibold">
              <th scope="col">iteration</th>
              <th scope="col">ℓ</th>
              <th scope="col">bound after M</th>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="[&_td]:border-t [&_td]:border-stone-200 [&_td]:px-2 [&_td]:py-1 [&_td]:tabular-nums dark:[&_td]:border-stone-700">
            {entries.slice(0, shownUpTo + 1).map((entry, index) => (
              <IterationRow key={index} index={index} entry={entry} problem={startedProblem} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
