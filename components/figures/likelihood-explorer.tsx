"use client";
// The likelihood explorer: a slider for θ (arrow keys move it, as on any range input), ℓ(θ) and
// L(θ)/L(θ̂) drawn as plain SVG with d3-scale/d3-shape (rendered on the server first), the MLE and
// the curvature from the estimation library, and buttons that add data or draw a new sample.
// The table under the figure is its text alternative: the same numbers, to read exactly.
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useId, useMemo, useState } from "react";
import { EXPLORER_MODEL_IDS, EXPLORER_MODELS, explorerView, type CurvePoint, type ExplorerModel } from "@/lib/learn/likelihood";
import { formatValue } from "./format";
import { useWidth } from "./use-width";

const DEFAULT_WIDTH = 640;
const MARGIN = { left: 56, right: 16 };
const TOP_HEIGHT = 120;
const BOTTOM_HEIGHT = 150;
const START_N = 10;
const ADD_N = 10;
const MAX_N = 1000;
/** How far below its maximum the log-likelihood panel reaches. */
const LOG_SPAN = 12;

const BUTTON =
  "rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700";

interface Props {
  initialModel: ExplorerModel;
}

export function LikelihoodExplorer({ initialModel }: Props) {
  const id = useId();
  const [figureRef, width] = useWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const [model, setModel] = useState<ExplorerModel>(initialModel);
  const [seed, setSeed] = useState(1);
  const [n, setN] = useState(START_N);
  const spec = EXPLORER_MODELS[model];
  const [theta, setTheta] = useState(spec.truth);
  const view = useMemo(() => explorerView(model, seed, n, theta), [model, seed, n, theta]);
  const { fit } = view;

  const x = scaleLinear()
    .domain([spec.min, spec.max])
    .range([MARGIN.left, width - MARGIN.right]);
  const relativeY = scaleLinear()
    .domain([0, 1])
    .range([TOP_HEIGHT - 20, 22]);
  const logTop = fit.logLikelihood + 1;
  const logBottom = fit.logLikelihood - LOG_SPAN;
  const logY = scaleLinear()
    .domain([logBottom, logTop])
    .range([BOTTOM_HEIGHT - 24, 8]);
  const relativePath =
    line<CurvePoint>()
      .x((point) => x(point.theta))
      .y((point) => relativeY(point.relative))(view.curve) ?? "";
  const logPath =
    line<CurvePoint>()
      .defined((point) => point.logLikelihood >= logBottom)
      .x((point) => x(point.theta))
      .y((point) => logY(point.logLikelihood))(view.curve) ?? "";
  const ticks = x.ticks(6);
  const logTicks = logY.ticks(4);
  const mleInRange = fit.mle >= spec.min && fit.mle <= spec.max;

  function chooseModel(next: ExplorerModel) {
    setModel(next);
    setTheta(EXPLORER_MODELS[next].truth);
    setN(START_N);
    setSeed(1);
  }

  const description = `Log-likelihood of the ${spec.label} model for ${n} values: the maximum is at ${spec.parameter} = ${formatValue(fit.mle, 4)}; the slider is at ${formatValue(theta, 4)}.`;

  return (
    <div className="space-y-4" data-testid="likelihood-explorer">
      <div className="flex flex-wrap items-end gap-3">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Model</span>
          <select
            value={model}
            onChange={(event) => chooseModel(event.target.value as ExplorerModel)}
            className="rounded-lg border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-800"
          >
            {EXPLORER_MODEL_IDS.map((option) => (
              <option key={option} value={option}>
                {EXPLORER_MODELS[option].label}
              </option>
            ))}
          </select>
        </label>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          n ={" "}
          <span data-testid="explorer-n" className="font-semibold text-stone-900 tabular-nums dark:text-stone-100">
            {n}
          </span>{" "}
          values drawn with {spec.parameter} = {spec.truth} (sample {seed})
        </p>
      </div>

      <div className="space-y-1">
        <label htmlFor={`${id}-theta`} className="block text-sm font-medium">
          {spec.parameter} = <span className="tabular-nums">{formatValue(theta, 4)}</span>
        </label>
        <input
          id={`${id}-theta`}
          data-testid="explorer-slider"
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={theta}
          onChange={(event) => setTheta(Number(event.target.value))}
          aria-valuetext={`${spec.parameter} = ${formatValue(theta, 4)}, log-likelihood ${formatValue(view.logLikelihood, 5)}`}
          className="w-full accent-indigo-600"
        />
      </div>

      <div ref={figureRef}>
        <svg
          viewBox={`0 0 ${width} ${TOP_HEIGHT + BOTTOM_HEIGHT}`}
          className="w-full text-stone-500 dark:text-stone-400"
          role="img"
          aria-label={description}
        >
          <g>
            <text x={MARGIN.left} y={10} className="fill-stone-700 text-[12px] dark:fill-stone-300">
              L(θ) / L(MLE)
            </text>
            <line
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={relativeY(0)}
              y2={relativeY(0)}
              stroke="currentColor"
              strokeOpacity={0.4}
            />
            <path d={relativePath} fill="none" className="stroke-sky-600 dark:stroke-sky-400" strokeWidth={2} />
          </g>
          <g transform={`translate(0, ${TOP_HEIGHT})`}>
            <text x={MARGIN.left} y={4} className="fill-stone-700 text-[12px] dark:fill-stone-300">
              log L(θ)
            </text>
            {logTicks.map((tick) => (
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
            <line
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={logY(logBottom)}
              y2={logY(logBottom)}
              stroke="currentColor"
              strokeOpacity={0.4}
            />
            {ticks.map((tick) => (
              <text key={tick} x={x(tick)} y={BOTTOM_HEIGHT - 6} textAnchor="middle" className="fill-current text-[11px]">
                {formatValue(tick, 3)}
              </text>
            ))}
            <path d={logPath} fill="none" className="stroke-sky-600 dark:stroke-sky-400" strokeWidth={2} />
          </g>
          {mleInRange && (
            <line
              data-testid="explorer-mle-line"
              x1={x(fit.mle)}
              x2={x(fit.mle)}
              y1={6}
              y2={TOP_HEIGHT + BOTTOM_HEIGHT - 24}
              className="stroke-emerald-600 dark:stroke-emerald-400"
              strokeDasharray="5 4"
              strokeWidth={1.5}
            />
          )}
          <line
            data-testid="explorer-theta-line"
            x1={x(theta)}
            x2={x(theta)}
            y1={6}
            y2={TOP_HEIGHT + BOTTOM_HEIGHT - 24}
            className="stroke-indigo-600 dark:stroke-indigo-300"
            strokeWidth={1.5}
          />
          <circle
            cx={x(theta)}
            cy={relativeY(Math.exp(view.logLikelihood - fit.logLikelihood))}
            r={4}
            className="fill-indigo-600 dark:fill-indigo-300"
          />
          {view.logLikelihood >= logBottom && (
            <circle cx={x(theta)} cy={TOP_HEIGHT + logY(view.logLikelihood)} r={4} className="fill-indigo-600 dark:fill-indigo-300" />
          )}
        </svg>
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600 dark:text-stone-400">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-0.5 w-4 bg-indigo-600 align-middle dark:bg-indigo-300" />
          your {spec.parameter}
        </span>
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block w-4 border-t-2 border-dashed border-emerald-600 align-middle dark:border-emerald-400"
          />
          the MLE
        </span>
        <span>log L is drawn down to {LOG_SPAN} below its maximum.</span>
      </p>

      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={() => setN((current) => Math.min(MAX_N, current + ADD_N))} disabled={n >= MAX_N}>
          Add {ADD_N} values
        </button>
        <button type="button" className={BUTTON} onClick={() => setN((current) => Math.min(MAX_N, current * 4))} disabled={n >= MAX_N}>
          ×4 the data
        </button>
        <button type="button" className={BUTTON} onClick={() => setSeed((current) => current + 1)}>
          Resample
        </button>
        <button type="button" className={BUTTON} onClick={() => setTheta(Math.min(spec.max, Math.max(spec.min, fit.mle)))}>
          Go to the MLE
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            setN(START_N);
            setSeed(1);
            setTheta(spec.truth);
          }}
        >
          Reset
        </button>
      </div>

      <table data-testid="explorer-table" className="w-full max-w-md border-collapse text-sm">
        <caption className="mb-1 text-left text-xs text-stone-600 dark:text-stone-400">What the figure shows</caption>
        <tbody className="[&_td]:border-b [&_td]:border-stone-200 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums dark:[&_td]:border-stone-700 [&_th]:border-b [&_th]:border-stone-200 [&_th]:py-1 [&_th]:pr-3 [&_th]:text-left [&_th]:font-normal dark:[&_th]:border-stone-700">
          <tr>
            <th scope="row">your {spec.parameter}</th>
            <td data-testid="explorer-theta">{formatValue(theta)}</td>
          </tr>
          <tr>
            <th scope="row">log L at your {spec.parameter}</th>
            <td data-testid="explorer-loglik">{formatValue(view.logLikelihood)}</td>
          </tr>
          <tr>
            <th scope="row">curvature −ℓ″ at your {spec.parameter}</th>
            <td>{formatValue(view.information)}</td>
          </tr>
          <tr>
            <th scope="row">the MLE of {spec.parameter}</th>
            <td data-testid="explorer-mle">{formatValue(fit.mle)}</td>
          </tr>
          <tr>
            <th scope="row">log L at the MLE</th>
            <td>{formatValue(fit.logLikelihood)}</td>
          </tr>
          <tr>
            <th scope="row">observed information J(θ̂)</th>
            <td>{formatValue(view.informationAtMle)}</td>
          </tr>
          <tr>
            <th scope="row">standard error 1/√J(θ̂)</th>
            <td data-testid="explorer-se">{fit.standardError > 0 ? formatValue(fit.standardError) : "0 (the MLE is on the boundary)"}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
