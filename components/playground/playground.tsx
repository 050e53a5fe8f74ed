"use client";
// The data playground: data (a shipped data set or pasted CSV) → columns and a model of the
// estimation library → a fit in a Web Worker (progress, Cancel) → parameters, standard errors,
// log-likelihood, AIC, BIC, a plot, "compare K" for mixtures and the result as JSON.
// What the learner pastes stays in the text box whatever happens, and is only ever shown as text.
import { useEffect, useMemo, useRef, useState } from "react";
import { formatValue } from "@/components/figures/format";
import { Button, Notice } from "@/components/ui";
import { indexOfBest } from "@/lib/playground/criteria";
import { parseCsv, tableFromColumns, type Table } from "@/lib/playground/csv";
import { DATASETS, findDataset } from "@/lib/playground/datasets";
import type { CompareRow, PlaygroundFit, WorkerMessage, WorkerRequest } from "@/lib/playground/fit-runner";
import {
  COMPARE_KS,
  MAX_K,
  MIN_K,
  MODELS_BY_ID,
  PLAYGROUND_MODELS,
  prepareJob,
  type FitSettings,
  type PreparedJob,
} from "@/lib/playground/models";
import { parameterRows } from "@/lib/playground/results";
import { FitPlot } from "./fit-plot";

const FIELD =
  "w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";
const LABEL = "block text-sm font-medium text-stone-800 dark:text-stone-200";
const TABLE =
  "w-full border-collapse text-sm [&_td]:border-t [&_td]:border-stone-200 [&_td]:px-2 [&_td]:py-1.5 [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1.5 [&_th]:text-left [&_th]:font-semibold dark:[&_td]:border-stone-700";
/** The annotation of every model in the list is computed only for tables up to this size. */
const ANNOTATE_ROWS = 20_000;

const SAMPLE_CSV = "x\n1.2\n0.7\n2.9\n3.4\n1.1\n";

type Source = { kind: "dataset"; id: string } | { kind: "paste" };

type RunState =
  | { kind: "idle" }
  | { kind: "running"; what: "fit" | "compare"; k: number | null; iteration: number; logLikelihood: number | null }
  | { kind: "cancelled"; iteration: number }
  | { kind: "error"; message: string };

interface Shown {
  fit: PlaygroundFit;
  prepared: PreparedJob;
  modelId: string;
  columns: string[];
  dataLabel: string;
}

function parseOptionalNumber(text: string): number | undefined {
  const value = Number(text);
  return text.trim() === "" || !Number.isFinite(value) ? undefined : value;
}

export function Playground() {
  const [source, setSource] = useState<Source>({ kind: "dataset", id: "faithful" });
  const [csv, setCsv] = useState(SAMPLE_CSV);
  const [columnX, setColumnX] = useState(1);
  const [columnY, setColumnY] = useState(0);
  const [modelId, setModelId] = useState("gmm");
  const [k, setK] = useState(2);
  const [maxIter, setMaxIter] = useState("1000");
  const [tol, setTol] = useState("1e-8");
  const [seed, setSeed] = useState("0");
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const [shown, setShown] = useState<Shown | null>(null);
  const [compare, setCompare] = useState<{ rows: CompareRow[]; modelId: string } | null>(null);
  const workerRef = useRef<Worker | null>(null);

  useEffect(() => () => workerRef.current?.terminate(), []);

  const dataset = source.kind === "dataset" ? findDataset(source.id) : undefined;
  const parsed = useMemo(() => {
    if (source.kind === "dataset") {
      const chosen = findDataset(source.id);
      return chosen ? { ok: true as const, value: tableFromColumns(chosen.columns) } : { ok: false as const, message: "Unknown data set." };
    }
    return parseCsv(csv);
  }, [source, csv]);
  const table: Table | null = parsed.ok ? parsed.value : null;
  const columnCount = table?.columns.length ?? 0;
  const x = Math.min(columnX, Math.max(0, columnCount - 1));
  const y = Math.min(columnY, Math.max(0, columnCount - 1));
  const model = MODELS_BY_ID.get(modelId) ?? PLAYGROUND_MODELS[0]!;
  const columnIndexes = useMemo(() => (model.roles.length === 2 ? [x, y] : [x]), [model, x, y]);
  // Memoised: progress messages re-render the page many times a second, and checking a pasted
  // column of 100 000 cells each time would cost the main thread what the worker is there to save.
  const settings: FitSettings = useMemo(
    () => ({ k, maxIter: parseOptionalNumber(maxIter), tol: parseOptionalNumber(tol), seed: parseOptionalNumber(seed) }),
    [k, maxIter, tol, seed],
  );
  const prepared = useMemo(
    () => (table ? prepareJob(model, table, columnIndexes, settings) : null),
    [model, table, columnIndexes, settings],
  );

  // Which models the chosen column(s) can take, to mark the others in the list.
  const fits = useMemo(() => {
    const out = new Map<string, boolean>();
    if (!table || table.rows.length > ANNOTATE_ROWS) return out;
    for (const candidate of PLAYGROUND_MODELS) {
      if (candidate.roles.length > table.columns.length) {
        out.set(candidate.id, false);
        continue;
      }
      const indexes = candidate.roles.length === 2 ? [x, y] : [x];
      out.set(candidate.id, prepareJob(candidate, table, indexes, { k: 2 }).ok);
    }
    return out;
  }, [table, x, y]);

  const running = run.kind === "running";

  function chooseSource(next: Source) {
    setSource(next);
    if (next.kind === "dataset") {
      const chosen = findDataset(next.id);
      setColumnX(chosen && chosen.columns.length > 1 ? 1 : 0);
      setColumnY(0);
      if (chosen) setModelId(chosen.suggestedModel);
    } else {
      setColumnX(0);
      setColumnY(1);
    }
  }

  function startWorker(request: WorkerRequest, onDone: (message: WorkerMessage) => void) {
    workerRef.current?.terminate();
    const worker = new Worker(new URL("./fit.worker.ts", import.meta.url), { type: "module" });
    workerRef.current = worker;
    setRun({ kind: "running", what: request.kind, k: null, iteration: 0, logLikelihood: null });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.kind === "progress") {
        setRun((state) =>
          state.kind === "running"
            ? {
                ...state,
                k: message.k,
                iteration: message.iteration,
                logLikelihood: Number.isFinite(message.logLikelihood) ? message.logLikelihood : null,
              }
            : state,
        );
        return;
      }
      worker.terminate();
      if (workerRef.current === worker) workerRef.current = null;
      if (message.kind === "error") setRun({ kind: "error", message: message.message });
      else {
        setRun({ kind: "idle" });
        onDone(message);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (workerRef.current === worker) workerRef.current = null;
      setRun({ kind: "error", message: `The fit stopped unexpectedly${event.message ? `: ${event.message}` : ""}.` });
    };
    worker.postMessage(request);
  }

  function fit() {
    if (!prepared?.ok || !table) return;
    const job = prepared.value;
    const snapshot: Omit<Shown, "fit"> = {
      prepared: job,
      modelId: model.id,
      columns: columnIndexes.map((j) => table.columns[j] as string),
      dataLabel: dataset ? dataset.title : "pasted data",
    };
    startWorker({ kind: "fit", job: job.job, n: job.n, parameters: job.parameters }, (message) => {
      if (message.kind === "fit") setShown({ ...snapshot, fit: message.fit });
    });
  }

  function compareK() {
    if (!table) return;
    const jobs = [];
    for (const candidateK of COMPARE_KS) {
      const outcome = prepareJob(model, table, columnIndexes, { ...settings, k: candidateK });
      if (!outcome.ok) {
        setRun({ kind: "error", message: outcome.message });
        return;
      }
      jobs.push({ k: candidateK, job: outcome.value.job, n: outcome.value.n, parameters: outcome.value.parameters });
    }
    const forModel = model.id;
    startWorker({ kind: "compare", jobs }, (message) => {
      if (message.kind === "compare") setCompare({ rows: message.rows, modelId: forModel });
    });
  }

  function cancel() {
    workerRef.current?.terminate();
    workerRef.current = null;
    setRun((state) => ({ kind: "cancelled", iteration: state.kind === "running" ? state.iteration : 0 }));
  }

  function download() {
    if (!shown) return;
    const payload = {
      data: shown.dataLabel,
      source: dataset && shown.dataLabel === dataset.title ? dataset.source : undefined,
      columns: shown.columns,
      job: { model: shown.prepared.job.model, options: shown.prepared.job.options },
      result: shown.fit.result,
      standardErrors: shown.fit.standardErrors,
      n: shown.fit.n,
      parameters: shown.fit.parameters,
      aic: shown.fit.aic,
      bic: shown.fit.bic,
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = `playground-${shown.prepared.job.model}.json`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const shownModel = shown ? MODELS_BY_ID.get(shown.modelId) : undefined;

  return (
    <div className="space-y-8">
      <section aria-labelledby="data-heading" className="space-y-4">
        <h2 id="data-heading" className="text-lg font-semibold">
          1. Data
        </h2>
        <fieldset className="space-y-2">
          <legend className={LABEL}>Where the data come from</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="source"
                checked={source.kind === "dataset"}
                onChange={() => chooseSource({ kind: "dataset", id: dataset?.id ?? "faithful" })}
              />
              A shipped data set
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="source" checked={source.kind === "paste"} onChange={() => chooseSource({ kind: "paste" })} />
              Paste CSV
            </label>
          </div>
        </fieldset>
        {source.kind === "dataset" ? (
          <div className="space-y-2">
            <label htmlFor="dataset" className={LABEL}>
              Data set
            </label>
            <select
              id="dataset"
              className={FIELD}
              value={source.id}
              onChange={(event) => chooseSource({ kind: "dataset", id: event.target.value })}
            >
              {DATASETS.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.title} ({entry.columns[0]?.values.length} rows)
                </option>
              ))}
            </select>
            {dataset ? (
              <div className="space-y-1 text-sm text-stone-700 dark:text-stone-300">
                <p>{dataset.summary}</p>
                <ul className="list-disc pl-5">
                  {dataset.columns.map((entry) => (
                    <li key={entry.name}>
                      <span className="font-mono">{entry.name}</span>: {entry.description}
                    </li>
                  ))}
                </ul>
                <p className="text-xs text-stone-600 dark:text-stone-400" data-testid="dataset-source">
                  Source: {dataset.source}
                </p>
              </div>
            ) : null}
          </div>
        ) : (
          <div className="space-y-2">
            <label htmlFor="csv" className={LABEL}>
              CSV: one row per line, columns separated by commas (or tabs or semicolons); a first line of names is optional
            </label>
            <textarea
              id="csv"
              className={`${FIELD} min-h-40 font-mono`}
              value={csv}
              spellCheck={false}
              aria-describedby="csv-status"
              aria-invalid={!parsed.ok}
              onChange={(event) => setCsv(event.target.value)}
            />
            <p id="csv-status" className="text-sm text-stone-600 dark:text-stone-400">
              {table ? `${table.rows.length} rows; columns: ${table.columns.join(", ")}.` : null}
            </p>
          </div>
        )}
        {!parsed.ok ? (
          <Notice tone="danger" role="alert" data-testid="data-error">
            {parsed.message}
          </Notice>
        ) : null}
      </section>

      <section aria-labelledby="model-heading" className="space-y-4">
        <h2 id="model-heading" className="text-lg font-semibold">
          2. Model
        </h2>
        <div>
          <label htmlFor="model" className={LABEL}>
            Model (from the estimation library)
          </label>
          <select id="model" className={`${FIELD} mt-1`} value={model.id} onChange={(event) => setModelId(event.target.value)}>
            {PLAYGROUND_MODELS.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
                {fits.get(candidate.id) === false ? " — not for these data" : ""}
              </option>
            ))}
          </select>
        </div>
        {table ? (
          <div className="grid gap-4 sm:grid-cols-2">
            {model.roles.map((role, r) => (
              <div key={role}>
                <label htmlFor={`column-${r}`} className={LABEL}>
                  Column for {role}
                </label>
                <select
                  id={`column-${r}`}
                  className={`${FIELD} mt-1`}
                  value={r === 0 ? x : y}
                  onChange={(event) => (r === 0 ? setColumnX : setColumnY)(Number(event.target.value))}
                >
                  {table.columns.map((name, j) => (
                    <option key={j} value={j}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {model.mixture ? (
            <div>
              <label htmlFor="components" className={LABEL}>
                Components K
              </label>
              <input
                id="components"
                type="number"
                min={MIN_K}
                max={MAX_K}
                step={1}
                className={`${FIELD} mt-1`}
                value={k}
                onChange={(event) => setK(Number(event.target.value))}
              />
            </div>
          ) : null}
        </div>
        {model.em ? (
          <details className="text-sm">
            <summary className="cursor-pointer rounded font-medium text-indigo-800 dark:text-indigo-300">EM settings</summary>
            <div className="mt-2 grid gap-4 sm:grid-cols-3">
              <div>
                <label htmlFor="max-iter" className={LABEL}>
                  Most iterations
                </label>
                <input
                  id="max-iter"
                  inputMode="numeric"
                  className={`${FIELD} mt-1`}
                  value={maxIter}
                  onChange={(event) => setMaxIter(event.target.value)}
                />
              </div>
              <div>
                <label htmlFor="tol" className={LABEL}>
                  Tolerance (0 runs every iteration)
                </label>
                <input
                  id="tol"
                  inputMode="decimal"
                  className={`${FIELD} mt-1`}
                  value={tol}
                  onChange={(event) => setTol(event.target.value)}
                />
              </div>
              {model.mixture ? (
                <div>
                  <label htmlFor="seed" className={LABEL}>
                    Seed of the start
                  </label>
                  <input
                    id="seed"
                    inputMode="numeric"
                    className={`${FIELD} mt-1`}
                    value={seed}
                    onChange={(event) => setSeed(event.target.value)}
                  />
                </div>
              ) : null}
            </div>
          </details>
        ) : null}
        {prepared && !prepared.ok ? (
          <Notice tone="warning" role="alert" data-testid="model-error">
            {prepared.message}
          </Notice>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={fit} disabled={running || !prepared?.ok}>
            Fit
          </Button>
          {model.mixture ? (
            <Button onClick={compareK} disabled={running || !table}>
              Compare K = 1 to 5
            </Button>
          ) : null}
          {running ? (
            <Button variant="danger" onClick={cancel}>
              Cancel
            </Button>
          ) : null}
        </div>
        <div role="status" aria-live="polite" className="min-h-6 text-sm text-stone-700 dark:text-stone-300" data-testid="fit-status">
          {run.kind === "running" ? (
            <span className="flex flex-wrap items-center gap-2">
              <progress aria-label="Fitting" className="h-2 w-24" />
              {run.what === "compare" && run.k !== null ? `K = ${run.k} of ${COMPARE_KS.length}: ` : "Fitting: "}
              {run.iteration > 0 ? `iteration ${run.iteration}` : "starting"}
              {run.logLikelihood !== null ? `, log-likelihood ${formatValue(run.logLikelihood)}` : ""}
            </span>
          ) : run.kind === "cancelled" ? (
            `Cancelled${run.iteration > 0 ? ` after ${run.iteration} iterations` : ""}. The data and settings are as you left them.`
          ) : null}
        </div>
        {run.kind === "error" ? (
          <Notice tone="danger" role="alert" data-testid="fit-error">
            The fit failed: {run.message}
          </Notice>
        ) : null}
      </section>

      {shown && shownModel ? (
        <section aria-labelledby="result-heading" className="space-y-4" data-testid="fit-result">
          <h2 id="result-heading" className="text-lg font-semibold">
            3. Result: {shownModel.label}
            {shownModel.mixture ? `, K = ${shown.prepared.job.options?.components}` : ""}
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {shown.dataLabel}, {shown.columns.join(" and ")}; fitted in {Math.round(shown.fit.milliseconds)} ms in a Web Worker.
          </p>
          {/* Focusable, so that a keyboard can scroll it sideways on a phone. */}
          <div
            tabIndex={0}
            role="region"
            aria-label="Parameters table"
            className="overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-700"
          >
            <table className={TABLE} data-testid="parameter-table">
              <caption className="sr-only">Estimated parameters and their standard errors</caption>
              <thead className="bg-stone-50 dark:bg-stone-800">
                <tr>
                  <th scope="col">parameter</th>
                  <th scope="col">estimate</th>
                  <th scope="col">standard error</th>
                </tr>
              </thead>
              <tbody>
                {parameterRows(shown.fit.result.params, shown.fit.standardErrors).map((row) => (
                  <tr key={row.name}>
                    <th scope="row" className="font-mono font-normal">
                      {row.name}
                    </th>
                    <td>{formatValue(row.value)}</td>
                    <td>{row.standardError === null ? "–" : formatValue(row.standardError)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shownModel.em || shown.fit.standardErrors === undefined ? (
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {shownModel.em
                ? "EM gives estimates without standard errors (they would need the observed information of the mixture, which the library does not compute)."
                : "The library reports no standard errors for this model."}
            </p>
          ) : null}
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4" data-testid="fit-summary">
            {[
              ["log-likelihood", formatValue(shown.fit.result.logLikelihood)],
              ["AIC", formatValue(shown.fit.aic)],
              ["BIC", formatValue(shown.fit.bic)],
              ["n", String(shown.fit.n)],
              ["free parameters", String(shown.fit.parameters)],
              ["iterations", String(shown.fit.result.iterations)],
              ["converged", shown.fit.result.converged ? "yes" : "no"],
            ].map(([term, value]) => (
              <div key={term} className="flex flex-col">
                <dt className="text-stone-600 dark:text-stone-400">{term}</dt>
                <dd className="font-medium tabular-nums" data-testid={`summary-${term}`}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
          <FitPlot
            model={shownModel}
            values={shown.prepared.values}
            columnNames={shown.columns}
            params={shown.fit.result.params as Record<string, unknown>}
          />
          <Button onClick={download}>Download the result as JSON</Button>
        </section>
      ) : null}

      {compare ? (
        <section aria-labelledby="compare-heading" className="space-y-2" data-testid="compare-result">
          <h2 id="compare-heading" className="text-lg font-semibold">
            Compare K: {MODELS_BY_ID.get(compare.modelId)?.label}
          </h2>
          <CompareTable rows={compare.rows} />
        </section>
      ) : null}
    </div>
  );
}

function CompareTable({ rows }: { rows: CompareRow[] }) {
  const bestAic = indexOfBest(rows.map((row) => row.fit?.aic ?? null));
  const bestBic = indexOfBest(rows.map((row) => row.fit?.bic ?? null));
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="Compare K table"
      className="overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-700"
    >
      <table className={TABLE} data-testid="compare-table">
        <caption className="sr-only">Log-likelihood, AIC and BIC for K = 1 to 5; the smallest AIC and BIC are marked best</caption>
        <thead className="bg-stone-50 dark:bg-stone-800">
          <tr>
            <th scope="col">K</th>
            <th scope="col">log-likelihood</th>
            <th scope="col">AIC</th>
            <th scope="col">BIC</th>
            <th scope="col">iterations</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.k}>
              <th scope="row">{row.k}</th>
              {row.fit ? (
                <>
                  <td>{formatValue(row.fit.result.logLikelihood)}</td>
                  <td className={i === bestAic ? "font-semibold" : ""}>
                    {formatValue(row.fit.aic)}
                    {i === bestAic ? " (best)" : ""}
                  </td>
                  <td className={i === bestBic ? "font-semibold" : ""}>
                    {formatValue(row.fit.bic)}
                    {i === bestBic ? " (best)" : ""}
                  </td>
                  <td>
                    {row.fit.result.iterations}
                    {row.fit.result.converged ? "" : " (not converged)"}
                  </td>
                </>
              ) : (
                <td colSpan={4}>{row.error}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
