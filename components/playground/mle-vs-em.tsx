"use client";
// MLE and EM side by side on one data set (lib/playground/mle-vs-em.ts): on the left the labels are
// shown and the MLE is one step per group; on the right they are hidden and EM climbs from a start,
// drawn live iteration by iteration (Play, or the iteration slider with the keyboard).
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useEffect, useMemo, useState } from "react";
import { formatValue } from "@/components/figures/format";
import { useWidth } from "@/components/figures/use-width";
import { Button } from "@/components/ui";
import {
  EM_STARTS,
  emWithoutLabels,
  labelledSample,
  mleWithLabels,
  responsibilitiesAt,
  SAMPLE_SIZES,
  TRUE_MIXTURE,
  type MixtureParams,
} from "@/lib/playground/mle-vs-em";

const HEIGHT = 200;
const MARGIN = { left: 12, right: 12, top: 10, bottom: 24 };
const RGB: [number, number, number][] = [
  [234, 88, 12],
  [79, 70, 229],
];
const FRAME_MS = 120;
const TABLE =
  "w-full border-collapse text-sm [&_td]:border-t [&_td]:border-stone-200 [&_td]:px-2 [&_td]:py-1 [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1 [&_th]:text-left dark:[&_td]:border-stone-700";
const FIELD = "rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900";

function mix(weights: readonly number[]): string {
  const rgb = [0, 1, 2].map((c) => Math.round(weights.reduce((sum, w, k) => sum + w * (RGB[k] as number[])[c]!, 0)));
  return `rgb(${rgb.join(", ")})`;
}

function density(x: number, mean: number, variance: number): number {
  return Math.exp(-((x - mean) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
}

interface PanelProps {
  title: string;
  values: readonly number[];
  colours: readonly string[];
  params: MixtureParams;
  domain: [number, number];
  label: string;
}

function Panel({ title, values, colours, params, domain, label }: PanelProps) {
  const [ref, width] = useWidth<HTMLDivElement>(320);
  const x = scaleLinear()
    .domain(domain)
    .range([MARGIN.left, width - MARGIN.right]);
  const stripY = HEIGHT - MARGIN.bottom - 8;
  const grid = Array.from({ length: 161 }, (_, i) => domain[0] + ((domain[1] - domain[0]) * i) / 160);
  const curves = params.weights.map((w, k) =>
    grid.map((at) => [at, w * density(at, params.means[k] as number, params.variances[k] as number)] as [number, number]),
  );
  const top = Math.max(0.05, ...curves.flat().map((p) => p[1]));
  const y = scaleLinear()
    .domain([0, top])
    .range([stripY - 12, MARGIN.top]);
  const path = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  return (
    <div ref={ref} className="min-w-0 space-y-1">
      <h3 className="text-sm font-semibold">{title}</h3>
      <svg width={width} height={HEIGHT} role="img" aria-label={label} className="w-full text-stone-500 dark:text-stone-400">
        {values.map((v, i) => (
          <circle key={i} cx={x(v)} cy={stripY - ((i * 7) % 13) + 6} r={2.5} fill={colours[i]} fillOpacity={0.75} />
        ))}
        {curves.map((curve, k) => (
          <path key={k} d={path(curve) ?? ""} fill="none" stroke={mix(k === 0 ? [1, 0] : [0, 1])} strokeWidth={2.5} />
        ))}
        {x.ticks(5).map((tick) => (
          <text key={tick} x={x(tick)} y={HEIGHT - 6} textAnchor="middle" className="fill-current text-[11px]">
            {formatValue(tick)}
          </text>
        ))}
      </svg>
    </div>
  );
}

export function MleVsEm() {
  const [seed, setSeed] = useState(1);
  const [n, setN] = useState<number>(200);
  const [start, setStart] = useState(0);
  const [iteration, setIteration] = useState(0);
  const [playing, setPlaying] = useState(false);

  const sample = useMemo(() => labelledSample(seed, n), [seed, n]);
  const labelled = useMemo(() => mleWithLabels(sample), [sample]);
  const em = useMemo(() => emWithoutLabels(sample.values, start), [sample, start]);
  const history = em.history ?? [];
  const last = history.length - 1;
  const shownIteration = Math.min(iteration, last);
  const entry = history[shownIteration];
  const emParams = (entry?.params ?? em.params) as MixtureParams;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setIteration((current) => {
        if (current >= last) {
          setPlaying(false);
          return current;
        }
        return current + 1;
      });
    }, FRAME_MS);
    return () => clearInterval(timer);
  }, [playing, last]);

  function reset(next: () => void) {
    next();
    setIteration(0);
    setPlaying(false);
  }

  const low = Math.min(...sample.values);
  const high = Math.max(...sample.values);
  const domain: [number, number] = [low - 0.5, high + 0.5];
  const labelColours = sample.labels.map((label) => mix(label === 0 ? [1, 0] : [0, 1]));
  const emColours = sample.values.map((v) => mix(responsibilitiesAt(v, emParams)));
  const finalParams = em.params as MixtureParams;

  const rows: [string, (p: MixtureParams) => number][] = [
    ["w₁", (p) => p.weights[0] as number],
    ["w₂", (p) => p.weights[1] as number],
    ["μ₁", (p) => p.means[0] as number],
    ["μ₂", (p) => p.means[1] as number],
    ["σ²₁", (p) => p.variances[0] as number],
    ["σ²₂", (p) => p.variances[1] as number],
  ];

  return (
    <div className="space-y-5" data-testid="mle-vs-em">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
          Sample size
          <select className={FIELD} value={n} onChange={(event) => reset(() => setN(Number(event.target.value)))}>
            {SAMPLE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm font-medium">
          EM&apos;s start
          <select className={`${FIELD} max-w-full`} value={start} onChange={(event) => reset(() => setStart(Number(event.target.value)))}>
            {EM_STARTS.map((name, index) => (
              <option key={name} value={index}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <Button onClick={() => reset(() => setSeed((s) => s + 1))}>New sample</Button>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Panel
          title="Labels shown: MLE, one step per group"
          values={sample.values}
          colours={labelColours}
          params={labelled.params}
          domain={domain}
          label="The data coloured by their true component, with each group's fitted normal density weighted by its share"
        />
        <Panel
          title={`Labels hidden: EM, iteration ${shownIteration} of ${last}`}
          values={sample.values}
          colours={emColours}
          params={emParams}
          domain={domain}
          label={`The data coloured by EM's responsibilities at iteration ${shownIteration}, with EM's component densities`}
        />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={() => (shownIteration >= last ? reset(() => setPlaying(true)) : setPlaying((p) => !p))}>
          {playing ? "Pause" : shownIteration >= last ? "Replay EM" : "Play EM"}
        </Button>
        <label className="flex grow items-center gap-2 text-sm font-medium">
          Iteration
          <input
            type="range"
            min={0}
            max={last}
            value={shownIteration}
            onChange={(event) => {
              setPlaying(false);
              setIteration(Number(event.target.value));
            }}
            className="grow"
          />
        </label>
      </div>
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300" data-testid="mle-vs-em-status">
        EM iteration {shownIteration}: observed log-likelihood {formatValue(entry?.logLikelihood ?? em.logLikelihood)}
        {shownIteration === last ? (em.converged ? ` (converged after ${last} iterations)` : ` (stopped after ${last} iterations)`) : ""}.
        The labelled MLE&apos;s observed log-likelihood is {formatValue(labelled.observedLogLikelihood)}: EM, which maximises exactly that,
        ends at or above it
        {em.logLikelihood >= labelled.observedLogLikelihood - 1e-9 ? "" : " unless it stops at a local optimum, as here"}.
      </p>

      {/* Focusable, so that a keyboard can scroll it sideways on a phone. */}
      <div
        tabIndex={0}
        role="region"
        aria-label="Parameters table"
        className="overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-700"
      >
        <table className={TABLE} data-testid="mle-vs-em-table">
          <caption className="sr-only">Parameters: the truth, the MLE with labels, EM at the shown iteration and at its end</caption>
          <thead className="bg-stone-50 dark:bg-stone-800">
            <tr>
              <th scope="col">parameter</th>
              <th scope="col">truth</th>
              <th scope="col">MLE, labels shown</th>
              <th scope="col">EM, iteration {shownIteration}</th>
              <th scope="col">EM, end</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, read]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{formatValue(read(TRUE_MIXTURE))}</td>
                <td>{formatValue(read(labelled.params), 4)}</td>
                <td>{formatValue(read(emParams), 4)}</td>
                <td>{formatValue(read(finalParams), 4)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">observed ℓ</th>
              <td>–</td>
              <td>{formatValue(labelled.observedLogLikelihood)}</td>
              <td>{formatValue(entry?.logLikelihood ?? em.logLikelihood)}</td>
              <td>{formatValue(em.logLikelihood)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="text-xs text-stone-600 dark:text-stone-400">
        EM does not know which component is “1”: its components may come out in the other order (label switching). Colours on the right mix
        orange and indigo by the responsibilities; on the left they are the true labels.
      </p>
    </div>
  );
}
