"use client";
// The plot of a playground fit, with a table of what it shows for screen readers and keyboards:
// a histogram with the fitted density, observed frequencies with the fitted pmf, or a scatter with
// the fitted ellipses (95 %), regression line or logistic curve.
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { formatValue } from "@/components/figures/format";
import { useWidth } from "@/components/figures/use-width";
import type { PlaygroundModel } from "@/lib/playground/models";
import { coefficientsOf, densityOf, ellipse, frequencies, gaussianComponents, histogram, pmfOf } from "@/lib/playground/plot-data";

const HEIGHT = 240;
const MARGIN = { left: 48, right: 12, top: 12, bottom: 28 };
const COMPONENT_COLOURS = ["#ea580c", "#4f46e5", "#0d9488", "#db2777", "#65a30d", "#0284c7", "#a16207", "#7c3aed"];
/** A scatter of more points than this draws an even subsample (every point still went into the fit). */
const MAX_DRAWN_POINTS = 4000;

interface Props {
  model: PlaygroundModel;
  values: (number | null)[][];
  columnNames: string[];
  params: Record<string, unknown>;
}

const TABLE =
  "w-full border-collapse text-sm [&_td]:border-t [&_td]:border-stone-200 [&_td]:px-2 [&_td]:py-1 [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1 [&_th]:text-left dark:[&_td]:border-stone-700";

function Axis({ ticks, at, y, format }: { ticks: number[]; at: (v: number) => number; y: number; format?: (v: number) => string }) {
  return (
    <g>
      {ticks.map((tick) => (
        <text key={tick} x={at(tick)} y={y} textAnchor="middle" className="fill-current text-[11px]">
          {(format ?? formatValue)(tick)}
        </text>
      ))}
    </g>
  );
}

function YAxis({ ticks, at, format }: { ticks: number[]; at: (v: number) => number; format?: (v: number) => string }) {
  return (
    <g>
      {ticks.map((tick) => (
        <text key={tick} x={MARGIN.left - 6} y={at(tick) + 4} textAnchor="end" className="fill-current text-[11px]">
          {(format ?? formatValue)(tick)}
        </text>
      ))}
    </g>
  );
}

function Details({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer rounded font-medium text-indigo-800 dark:text-indigo-300">{summary}</summary>
      <div
        tabIndex={0}
        role="region"
        aria-label={summary}
        className="mt-2 max-h-72 overflow-auto rounded-lg border border-stone-200 dark:border-stone-700"
      >
        {children}
      </div>
    </details>
  );
}

export function FitPlot({ model, values, columnNames, params }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const x0 = (values[0] ?? []).filter((v): v is number => v !== null);

  if (model.plot === "density") {
    const density = densityOf(model.model, params);
    const hist = histogram(x0);
    const low = hist.edges[0] as number;
    const high = hist.edges[hist.edges.length - 1] as number;
    const x = scaleLinear()
      .domain([low, high])
      .range([MARGIN.left, width - MARGIN.right])
      .nice();
    const [from, to] = x.domain() as [number, number];
    const curve = density
      ? Array.from({ length: 241 }, (_, i) => from + ((to - from) * i) / 240).map((at) => ({ at, y: density(at) }))
      : [];
    const finite = curve.filter((point) => Number.isFinite(point.y));
    const top = Math.max(...hist.densities, ...finite.map((point) => Math.min(point.y, 2 * Math.max(...hist.densities))));
    const y = scaleLinear()
      .domain([0, top])
      .range([HEIGHT - MARGIN.bottom, MARGIN.top])
      .nice();
    const path = line<{ at: number; y: number }>()
      .x((p) => x(p.at))
      .y((p) => y(Math.min(p.y, y.domain()[1] as number)))(finite);
    const width1 = (hist.edges[1] as number) - low;
    return (
      <figure ref={ref} className="space-y-1" data-testid="fit-plot">
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={`Histogram of ${columnNames[0]} with the fitted ${model.label} density`}
          className="w-full text-stone-500 dark:text-stone-400"
        >
          {hist.counts.map((count, i) => (
            <rect
              key={i}
              x={x(hist.edges[i] as number)}
              y={y(hist.densities[i] as number)}
              width={Math.max(0, x(hist.edges[i + 1] as number) - x(hist.edges[i] as number) - 1)}
              height={y(0) - y(hist.densities[i] as number)}
              className="fill-stone-300 dark:fill-stone-600"
            />
          ))}
          {path ? <path d={path} fill="none" className="stroke-indigo-600 dark:stroke-indigo-300" strokeWidth={2.5} /> : null}
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} className="stroke-current" />
          <Axis ticks={x.ticks(Math.max(3, Math.floor(width / 90)))} at={x} y={HEIGHT - 8} />
          <YAxis ticks={y.ticks(4)} at={y} />
        </svg>
        <figcaption className="text-xs text-stone-600 dark:text-stone-400">
          Grey bars: the data as a density histogram ({hist.counts.length} bins). Line: the fitted density.
        </figcaption>
        <Details summary="The plot as a table">
          <table className={TABLE}>
            <caption className="sr-only">Histogram bins with observed and fitted counts</caption>
            <thead>
              <tr>
                <th scope="col">bin</th>
                <th scope="col">observed</th>
                <th scope="col">fitted (≈ n × density × width)</th>
              </tr>
            </thead>
            <tbody>
              {hist.counts.map((count, i) => {
                const mid = (hist.edges[i] as number) + width1 / 2;
                return (
                  <tr key={i}>
                    <td>
                      {formatValue(hist.edges[i] as number, 4)} to {formatValue(hist.edges[i + 1] as number, 4)}
                    </td>
                    <td>{count}</td>
                    <td>{density ? formatValue(x0.length * density(mid) * width1, 4) : "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Details>
      </figure>
    );
  }

  if (model.plot === "pmf") {
    const support = model.options?.support === "trials" ? "trials" : "failures";
    const pmf = pmfOf(model.model, params, support);
    const rows = frequencies(x0).slice(0, 101);
    const n = x0.length;
    const last = rows[rows.length - 1]?.value ?? 0;
    const x = scaleLinear()
      .domain([(rows[0]?.value ?? 0) - 0.5, last + 0.5])
      .range([MARGIN.left, width - MARGIN.right]);
    const top = Math.max(...rows.map((row) => row.count / n), ...rows.map((row) => (pmf ? pmf(row.value) : 0)));
    const y = scaleLinear()
      .domain([0, top])
      .range([HEIGHT - MARGIN.bottom, MARGIN.top])
      .nice();
    const barWidth = Math.max(1, (x(1) - x(0)) * 0.7);
    const ticks = x.ticks(Math.max(3, Math.floor(width / 60))).filter((tick) => Number.isInteger(tick));
    return (
      <figure ref={ref} className="space-y-1" data-testid="fit-plot">
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={`Relative frequencies of ${columnNames[0]} with the fitted ${model.label} probabilities`}
          className="w-full text-stone-500 dark:text-stone-400"
        >
          {rows.map((row) => (
            <rect
              key={row.value}
              x={x(row.value) - barWidth / 2}
              y={y(row.count / n)}
              width={barWidth}
              height={y(0) - y(row.count / n)}
              className="fill-stone-300 dark:fill-stone-600"
            />
          ))}
          {pmf
            ? rows.map((row) => (
                <circle key={row.value} cx={x(row.value)} cy={y(pmf(row.value))} r={3.5} className="fill-indigo-600 dark:fill-indigo-300" />
              ))
            : null}
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} className="stroke-current" />
          <Axis ticks={ticks} at={x} y={HEIGHT - 8} format={(v) => String(v)} />
          <YAxis ticks={y.ticks(4)} at={y} />
        </svg>
        <figcaption className="text-xs text-stone-600 dark:text-stone-400">
          Grey bars: the share of each value in the data. Dots: the fitted probabilities.
        </figcaption>
        <Details summary="The plot as a table">
          <table className={TABLE}>
            <caption className="sr-only">Observed and fitted counts per value</caption>
            <thead>
              <tr>
                <th scope="col">value</th>
                <th scope="col">observed</th>
                <th scope="col">fitted (n × probability)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.value}>
                  <td>{row.value}</td>
                  <td>{row.count}</td>
                  <td>{pmf ? formatValue(n * pmf(row.value), 4) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Details>
      </figure>
    );
  }

  if (model.plot === "scatter-ellipses" || model.plot === "scatter-line" || model.plot === "scatter-curve") {
    const xs = values[0] ?? [];
    const ys = values[1] ?? [];
    const points: [number, number][] = [];
    for (let i = 0; i < xs.length; i += 1) {
      const a = xs[i];
      const b = ys[i];
      if (a !== null && a !== undefined && b !== null && b !== undefined) points.push([a, b]);
    }
    const step = Math.max(1, Math.ceil(points.length / MAX_DRAWN_POINTS));
    const drawn = points.filter((_, i) => i % step === 0);
    const components = model.plot === "scatter-ellipses" ? gaussianComponents(model.model, params) : [];
    const ellipses = components.map((component) => ellipse(component.mean, component.covariance));
    const allX = [...points.map((p) => p[0]), ...ellipses.flat().map((p) => p[0])];
    const allY = [...points.map((p) => p[1]), ...ellipses.flat().map((p) => p[1])];
    const x = scaleLinear()
      .domain([Math.min(...allX), Math.max(...allX)])
      .range([MARGIN.left, width - MARGIN.right])
      .nice();
    const y = scaleLinear()
      .domain([Math.min(...allY), Math.max(...allY)])
      .range([HEIGHT - MARGIN.bottom, MARGIN.top])
      .nice();
    const coefficients = coefficientsOf(params);
    const [from, to] = x.domain() as [number, number];
    const fitted: [number, number][] = coefficients
      ? Array.from({ length: 121 }, (_, i) => {
          const at = from + ((to - from) * i) / 120;
          const eta = coefficients[0] + coefficients[1] * at;
          return [at, model.plot === "scatter-curve" ? 1 / (1 + Math.exp(-eta)) : eta] as [number, number];
        })
      : [];
    const pathOf = line<[number, number]>()
      .x((p) => x(p[0]))
      .y((p) => y(p[1]));
    return (
      <figure ref={ref} className="space-y-1" data-testid="fit-plot">
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={`Scatter of ${columnNames[1]} against ${columnNames[0]} with the fitted ${model.label}`}
          className="w-full text-stone-500 dark:text-stone-400"
        >
          <clipPath id="playground-plot-area">
            <rect x={MARGIN.left} y={MARGIN.top} width={width - MARGIN.left - MARGIN.right} height={HEIGHT - MARGIN.top - MARGIN.bottom} />
          </clipPath>
          {drawn.map((p, i) => (
            <circle key={i} cx={x(p[0])} cy={y(p[1])} r={2.5} className="fill-stone-400/70 dark:fill-stone-500/70" />
          ))}
          {ellipses.map((points, k) => (
            <path key={k} d={pathOf(points) ?? ""} fill="none" stroke={COMPONENT_COLOURS[k % COMPONENT_COLOURS.length]} strokeWidth={2.5} />
          ))}
          {fitted.length > 0 ? (
            <path
              d={pathOf(fitted) ?? ""}
              clipPath="url(#playground-plot-area)"
              fill="none"
              className="stroke-indigo-600 dark:stroke-indigo-300"
              strokeWidth={2.5}
            />
          ) : null}
          <Axis ticks={x.ticks(Math.max(3, Math.floor(width / 90)))} at={x} y={HEIGHT - 8} />
          <YAxis ticks={y.ticks(5)} at={y} />
        </svg>
        <figcaption className="text-xs text-stone-600 dark:text-stone-400">
          {points.length} points{step > 1 ? ` (every ${step}th drawn)` : ""}, {columnNames[0]} across, {columnNames[1]} up.{" "}
          {model.plot === "scatter-ellipses"
            ? "Each ellipse holds 95 % of its fitted normal component."
            : model.plot === "scatter-line"
              ? "Line: the fitted regression."
              : "Curve: the fitted probability that y = 1."}
        </figcaption>
        {components.length > 0 ? (
          <Details summary="The ellipses as a table">
            <table className={TABLE}>
              <caption className="sr-only">Fitted components: weight, centre and standard deviations</caption>
              <thead>
                <tr>
                  <th scope="col">component</th>
                  <th scope="col">weight</th>
                  <th scope="col">centre</th>
                  <th scope="col">sd across, sd up, correlation</th>
                </tr>
              </thead>
              <tbody>
                {components.map((component, k) => {
                  const sx = Math.sqrt(component.covariance[0]?.[0] ?? 0);
                  const sy = Math.sqrt(component.covariance[1]?.[1] ?? 0);
                  const rho = (component.covariance[0]?.[1] ?? 0) / (sx * sy);
                  return (
                    <tr key={k}>
                      <td>{k + 1}</td>
                      <td>{formatValue(component.weight, 4)}</td>
                      <td>
                        ({formatValue(component.mean[0] ?? 0, 4)}, {formatValue(component.mean[1] ?? 0, 4)})
                      </td>
                      <td>
                        {formatValue(sx, 4)}, {formatValue(sy, 4)}, {formatValue(rho, 3)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Details>
        ) : null}
      </figure>
    );
  }

  return (
    <div ref={ref} className="text-sm text-stone-600 dark:text-stone-400">
      This model has no plot here: its parameters are in the table above.
    </div>
  );
}
