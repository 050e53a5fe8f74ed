"use client";
// EM, step by step: E-step, M-step, Run, Reset and a different start over a trace computed once by
// the estimation library's EM driver (lib/learn/em-trace.ts), so every number drawn is one the
// grader's driver computed. Points are coloured by their responsibilities; the component
// densities (1-D mixture) or binomial probabilities (two coins) are drawn over the data; the
// lower panel is ℓ per iteration with each E-step's lower bound. The table lists every iteration.
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useMemo, useState } from "react";
import {
  canEStep,
  canMStep,
  emTrace,
  eStep,
  mStep,
  runToEnd,
  shownParams,
  shownResponsibilities,
  withStart,
  type CoinParams,
  type EmProblem,
  type GmmParams,
  type StepPosition,
} from "@/lib/learn/em-trace";
import { formatValue } from "./format";
import { useWidth } from "./use-width";

const DEFAULT_WIDTH = 640;
const DATA_HEIGHT = 190;
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

function colourOf(row: readonly number[] | undefined): string {
  if (!row) return "rgb(168, 162, 158)";
  const mixed = [0, 0, 0];
  row.forEach((weight, k) => {
    const rgb = COMPONENT_RGB[k % COMPONENT_RGB.length] as [number, number, number];
    for (let c = 0; c < 3; c += 1) mixed[c] = (mixed[c] as number) + weight * rgb[c]!;
  });
  return `rgb(${mixed.map((value) => Math.round(value)).join(", ")})`;
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

interface Point {
  x: number;
  /** Stack level among points at (nearly) the same x. */
  level: number;
}

/** x of each row (the value, or the proportion of heads) and a stacking level for a dot plot. */
function dotPlot(problem: EmProblem, resolution: number): Point[] {
  const xs = problem.kind === "gmm" ? problem.sample : problem.heads.map((h, i) => h / (problem.tosses[i] as number));
  const seen = new Map<number, number>();
  return xs.map((x) => {
    const bin = Math.round(x / resolution);
    const level = seen.get(bin) ?? 0;
    seen.set(bin, level + 1);
    return { x, level };
  });
}

function paramCells(problem: EmProblem, params: GmmParams | CoinParams): string[] {
  if (problem.kind === "coins") return (params as CoinParams).thetas.map((theta) => formatValue(theta));
  const { weights, means, variances } = params as GmmParams;
  return weights.flatMap((w, k) => [formatValue(w), formatValue(means[k] as number), formatValue(variances[k] as number)]);
}

function paramHeaders(problem: EmProblem): string[] {
  const k = problem.init.weights.length;
  if (problem.kind === "coins") return COIN_NAMES.slice(0, k).map((name) => `θ${name}`);
  return COMPONENT_NAMES.slice(0, k).flatMap((name) => [`w${name}`, `μ${name}`, `σ²${name}`]);
}

interface Props {
  problem: EmProblem;
}

export function EmStepper({ problem }: Props) {
  const [start, setStart] = useState(0);
  const [figureRef, width] = useWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const [position, setPosition] = useState<StepPosition>(START);
  const startedProblem = useMemo(() => withStart(problem, start), [problem, start]);
  const trace = useMemo(() => emTrace(startedProblem), [startedProblem]);
  const params = shownParams(trace, position);
  const responsibilities = shownResponsibilities(trace, position);
  const entries = trace.entries;
  const last = entries.length - 1;
  const atEnd = position.iteration === last && position.phase === "M";
  const k = problem.init.weights.length;

  // Upper panel: the data and the component curves.
  const isCoins = startedProblem.kind === "coins";
  const points = dotPlot(startedProblem, isCoins ? 0.02 : 0.15);
  const xs = points.map((point) => point.x);
  const gmmParamsAll = isCoins ? [] : entries.map((entry) => entry.params as GmmParams);
  const lowX = isCoins ? 0 : Math.min(...xs, ...gmmParamsAll.flatMap((p) => p.means)) - 1;
  const highX = isCoins ? 1 : Math.max(...xs, ...gmmParamsAll.flatMap((p) => p.means)) + 1;
  const x = scaleLinear()
    .domain([lowX, highX])
    .range([MARGIN.left, width - MARGIN.right])
    .nice();
  const dotRadius = 5;
  const baseline = DATA_HEIGHT - 26;
  const maxLevel = Math.max(...points.map((point) => point.level));
  const dotSpace = Math.min(2 * dotRadius + 1, 60 / (maxLevel + 1));
  const curveBase = baseline - dotSpace * (maxLevel + 1) - 4;

  // The coins' curves use the largest number of tosses per trial (every trial has the same in the bank).
  const tosses = startedProblem.kind === "coins" ? Math.max(...startedProblem.tosses) : 0;
  type CurveSample = { x: number; y: number };
  const curves: CurveSample[][] = [];
  if (isCoins) {
    const { weights, thetas } = params as CoinParams;
    for (let c = 0; c < k; c += 1) {
      const samples: CurveSample[] = [];
      for (let h = 0; h <= tosses; h += 1) {
        samples.push({ x: h / tosses, y: (weights[c] as number) * binomialProbability(h, tosses, thetas[c] as number) });
      }
      curves.push(samples);
    }
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
  const curveTop = Math.max(1e-12, ...curves.flat().map((sample) => sample.y));
  const curveY = scaleLinear().domain([0, curveTop]).range([curveBase, 12]);
  const curvePath = line<CurveSample>()
    .x((sample) => x(sample.x))
    .y((sample) => curveY(Math.min(sample.y, curveTop)));

  // Lower panel: ℓ per iteration and the E-step bounds.
  const logValues = entries.map((entry) => entry.logLikelihood);
  const boundValues = entries.flatMap((entry) => (entry.boundAfter === null ? [] : [entry.boundAfter]));
  const iterationX = scaleLinear()
    .domain([0, Math.max(5, last)])
    .range([MARGIN.left, width - MARGIN.right]);
  const lowLog = Math.min(...logValues, ...boundValues);
  const highLog = Math.max(...logValues);
  const logY = scaleLinear()
    .domain([lowLog, highLog === lowLog ? lowLog + 1 : highLog])
    .range([LOG_HEIGHT - 26, 12])
    .nice();
  const shownUpTo = position.iteration;
  const logPath =
    line<number>()
      .x((_, index) => iterationX(index))
      .y((value) => logY(value))(logValues.slice(0, shownUpTo + 1)) ?? "";

  const phaseText =
    position.phase === "E"
      ? `E-step ${position.iteration + 1} done: the responsibilities are computed from the parameters of iteration ${position.iteration}; the lower bound touches ℓ there.`
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
          viewBox={`0 0 ${width} ${DATA_HEIGHT + LOG_HEIGHT}`}
          className="w-full text-stone-500 dark:text-stone-400"
          role="img"
          aria-label={`${isCoins ? "Proportion of heads per trial" : "The data"}, coloured by responsibility, with the ${isCoins ? "binomial probabilities of each coin" : "component densities"}; below, the log-likelihood per iteration. The table below lists the numbers.`}
        >
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
            {x.ticks(6).map((tick) => (
              <text key={tick} x={x(tick)} y={DATA_HEIGHT - 6} textAnchor="middle" className="fill-current text-[11px]">
                {formatValue(tick, 3)}
              </text>
            ))}
            {points.map((point, i) => (
              <circle
                key={i}
                cx={x(point.x)}
                cy={baseline - point.level * dotSpace}
                r={dotRadius}
                fill={colourOf(responsibilities?.[i])}
                stroke="white"
                strokeOpacity={0.6}
              />
            ))}
            <text x={MARGIN.left} y={10} className="fill-stone-700 text-[12px] dark:fill-stone-300">
              {isCoins ? `heads/tosses per trial; ½·Binomial(${tosses}, θ) per coin` : "the data; wₖ N(x; μₖ, σₖ²) per component"}
            </text>
          </g>
          <g transform={`translate(0, ${DATA_HEIGHT})`}>
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
        {Array.from({ length: k }, (_, c) => (
          <span key={c}>
            <span
              aria-hidden="true"
              className="mr-1 inline-block size-2.5 rounded-full align-middle"
              style={{ backgroundColor: componentColour(c) }}
            />
            {isCoins ? `coin ${COIN_NAMES[c]}` : `component ${COMPONENT_NAMES[c]}`}
          </span>
        ))}
        <span>points mix the colours by their responsibilities (grey before the first E-step)</span>
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
        className="max-h-72 overflow-auto rounded-lg border border-stone-200 dark:border-stone-700"
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
              <tr key={index} data-testid="em-row">
                <td>{index}</td>
                <td>{formatValue(entry.logLikelihood)}</td>
                <td>{entry.boundAfter === null ? "–" : formatValue(entry.boundAfter)}</td>
                {paramCells(startedProblem, entry.params).map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
