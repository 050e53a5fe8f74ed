// The data of a computational variant, laid out to be read and counted by hand, shown once: what
// the prompt already states (a sample written out, a starting value) is not repeated here, and the
// indices a template uses internally ("point = 4") are left to the prompt's words. Arrays of the
// same length sit side by side in one table (heads next to their tosses); a lone sample is one
// wrapped list; rows of a matrix are table rows; nested objects (an EM start) are labelled groups;
// names are in words ("Starting values", "λ₀"). Every number is printed exactly as the data hold it.

type Scalar = number | string | boolean | null;
type Vector = Scalar[];
type Matrix = Scalar[][];

interface Props {
  data: Record<string, unknown>;
  /** Everything the learner reads beside the data (the prompt and the parts' prompts), Markdown with TeX. */
  prompt?: string;
}

/** Which item of the data a part asks about: the prompt says it in words ("the fourth point"). */
const INDEX_KEYS: ReadonlySet<string> = new Set(["point", "row", "trial", "value", "component"]);

/** The data's names in words, as a candidate reads them. Unknown names are spelled out from camelCase. */
const LABELS: Record<string, string> = {
  sample: "Sample",
  heads: "Heads",
  tosses: "Tosses",
  successes: "Successes",
  trials: "Trials",
  counts: "Counts",
  categories: "Category",
  coins: "Coin",
  labels: "Component",
  r1: "r₁ (responsibility of component 1)",
  weights: "Weights",
  weight: "Weight",
  weight2: "Weight of component 2",
  means: "Means",
  mean: "Mean",
  variances: "Variances",
  variance: "Variance",
  covariance: "Covariance",
  lambdas: "Rates λ",
  thetas: "Success probabilities θ",
  init: "Starting values",
  before: "Before the iteration",
  after: "After the iteration",
  fit: "Fitted values",
  broad: "Broad component",
  rows: "Observations",
  nextTrials: "Trials in the next experiment",
  trueVariance: "True variance σ²",
  priorA: "Prior a",
  priorB: "Prior b",
  sigma: "σ",
  mu1: "μ₁",
  mu2: "μ₂",
  p0: "p₀",
  lambda0: "λ₀",
  rate0: "λ₀",
  alpha0: "α₀",
  digamma0: "ψ(α₀)",
  trigamma0: "ψ′(α₀)",
  k0: "k₀",
  theta0: "θ₀",
  beta0: "β₀",
  thetaA: "θ_A",
  thetaB: "θ_B",
  pi: "π",
  lambda: "λ",
  theta: "θ",
  support: "Support",
  target: "Category asked about",
  other: "Other category",
};

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

/** "nextTrials" → "Next trials"; a trailing digit becomes a subscript ("x1" → "x₁"). */
export function dataLabel(name: string): string {
  const known = LABELS[name];
  if (known) return known;
  const digits = name.match(/\d+$/)?.[0] ?? "";
  const stem = name.slice(0, name.length - digits.length);
  const words = stem.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  const spelled = stem.length <= 2 ? stem : words.charAt(0).toUpperCase() + words.slice(1);
  return spelled + [...digits].map((digit) => SUBSCRIPTS[Number(digit)]).join("");
}

/** The numbers a text shows, as printed ("0.25", "-3"), in order. */
function numbersIn(text: string): string[] {
  return text.match(/-?\d+(?:\.\d+)?/g) ?? [];
}

/** Whether every value of `values` is printed in `shown`, in order: the prompt already lists them. */
function isListedIn(values: readonly Scalar[], shown: readonly string[]): boolean {
  if (values.length === 0 || !values.every((value) => typeof value === "number")) return false;
  let next = 0;
  for (const number of shown) if (next < values.length && number === String(values[next])) next += 1;
  return next === values.length;
}

/**
 * The data without what the prompt already states: a list of numbers printed there in order, a
 * number printed there, an index the prompt names in words. A list that shares its length with a
 * list kept is kept too, so columns that belong together stay in one table.
 */
export function unstatedData(data: Record<string, unknown>, shown: readonly string[]): Record<string, unknown> {
  const entries = Object.entries(data).filter(([name]) => !INDEX_KEYS.has(name));
  const stated = (value: unknown): boolean =>
    typeof value === "number" ? shown.includes(String(value)) : isVector(value) && isListedIn(value, shown);
  const keptLengths = new Set(
    entries.filter(([, value]) => isVector(value) && !stated(value)).map(([, value]) => (value as Vector).length),
  );
  const kept: [string, unknown][] = [];
  for (const [name, value] of entries) {
    if (isRecord(value)) {
      const inner = unstatedData(value, shown);
      if (Object.keys(inner).length > 0) kept.push([name, inner]);
    } else if (!stated(value) || (isVector(value) && keptLengths.has(value.length))) {
      kept.push([name, value]);
    }
  }
  return Object.fromEntries(kept);
}

const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean";
const isVector = (value: unknown): value is Vector => Array.isArray(value) && value.every(isScalar);
const isMatrix = (value: unknown): value is Matrix =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((row) => isVector(row) && row.length === (value[0] as unknown[]).length && row.length > 0);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** One table: columns of the same length (vectors, or a matrix's columns), one row per index. */
interface Column {
  header: string;
  values: Scalar[];
}

/** Numbers line up on the right; a column of words (category names) reads better on the left. */
const alignOf = (column: Column) => (column.values.every((value) => typeof value !== "string") ? "text-right" : "text-left");

type Block =
  | { kind: "scalars"; entries: [string, Scalar][] }
  | { kind: "table"; names: string[]; columns: Column[] }
  | { kind: "group"; name: string; data: Record<string, unknown> }
  | { kind: "raw"; name: string; value: unknown };

/** Splits an object's entries into blocks, in the order their first key appears. */
function toBlocks(data: Record<string, unknown>): Block[] {
  const blocks: Block[] = [];
  let scalars: Extract<Block, { kind: "scalars" }> | null = null;
  const tableByLength = new Map<number, Extract<Block, { kind: "table" }>>();
  for (const [name, value] of Object.entries(data)) {
    if (isScalar(value)) {
      if (!scalars) {
        scalars = { kind: "scalars", entries: [] };
        blocks.push(scalars);
      }
      scalars.entries.push([name, value]);
      continue;
    }
    let columns: Column[] | null = null;
    if (isMatrix(value)) {
      const width = value[0]?.length ?? 0;
      columns = Array.from({ length: width }, (_, column) => ({
        header: width === 1 ? dataLabel(name) : `x${SUBSCRIPTS[column + 1] ?? column + 1}`,
        values: value.map((row) => row[column] ?? null),
      }));
    } else if (isVector(value) && value.length > 0) {
      columns = [{ header: dataLabel(name), values: value }];
    }
    if (columns) {
      const length = columns[0]?.values.length ?? 0;
      const table = tableByLength.get(length);
      if (table) {
        table.names.push(name);
        table.columns.push(...columns);
      } else {
        const created: Extract<Block, { kind: "table" }> = { kind: "table", names: [name], columns };
        tableByLength.set(length, created);
        blocks.push(created);
      }
    } else if (isRecord(value)) {
      blocks.push({ kind: "group", name, data: value });
    } else {
      blocks.push({ kind: "raw", name, value });
    }
  }
  return blocks;
}

function Cell({ value }: { value: Scalar }) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true" className="text-stone-400 dark:text-stone-500">
          —
        </span>
        <span className="sr-only">missing</span>
      </>
    );
  }
  return <>{String(value)}</>;
}

const listNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** A lone list of numbers (a sample): one wrapped list, in reading order, each value with its index. */
function ValueList({ name, values }: { name: string; values: Scalar[] }) {
  const labelId = `data-list-${name}`;
  return (
    <figure className="space-y-2">
      <figcaption id={labelId} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        {dataLabel(name)}
        <span className="ml-2 font-normal text-stone-600 dark:text-stone-400">(n = {values.length})</span>
      </figcaption>
      <ol aria-labelledby={labelId} className="flex flex-wrap gap-1.5 font-mono text-sm tabular-nums">
        {values.map((value, index) => (
          <li
            key={index}
            className="flex items-baseline gap-1 rounded-md border border-stone-200 bg-stone-50 px-2 py-0.5 dark:border-stone-700 dark:bg-stone-800/60"
          >
            <span className="font-sans text-[0.7rem] text-stone-500 dark:text-stone-400">
              <span className="sr-only">value </span>
              {index + 1}
              <span className="sr-only">:</span>
            </span>
            <span data-value="">
              <Cell value={value} />
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function DataTable({ names, columns }: { names: string[]; columns: Column[] }) {
  const rows = columns[0]?.values.length ?? 0;
  const title = listNames(names.map(dataLabel));
  if (columns.length === 1 && names.length === 1) return <ValueList name={names[0] ?? ""} values={columns[0]?.values ?? []} />;
  // Wide tables (a design matrix) may scroll sideways on a phone: keyboard users must reach them.
  const wide = columns.length > 4;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-stone-700 dark:text-stone-300">
        {title}
        <span className="ml-2 font-normal text-stone-600 dark:text-stone-400">(n = {rows})</span>
      </figcaption>
      <div
        className={wide ? "max-w-full overflow-x-auto rounded-lg" : "rounded-lg"}
        tabIndex={wide ? 0 : undefined}
        role={wide ? "region" : undefined}
        aria-label={wide ? `${title}, scrollable` : undefined}
      >
        <table
          aria-label={title}
          className="border-separate border-spacing-0 overflow-hidden rounded-lg border border-stone-200 font-mono text-sm tabular-nums dark:border-stone-700"
        >
          <thead className="bg-stone-100 dark:bg-stone-800">
            <tr>
              <th scope="col" className="px-2.5 py-1.5 text-right font-sans text-xs font-medium text-stone-600 dark:text-stone-300">
                <abbr title="index" className="no-underline">
                  i
                </abbr>
              </th>
              {columns.map((column) => (
                <th
                  key={column.header}
                  scope="col"
                  className={`px-3 py-1.5 font-sans text-xs font-semibold text-stone-800 dark:text-stone-100 ${alignOf(column)}`}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row} className="odd:bg-white even:bg-stone-50 dark:odd:bg-stone-900 dark:even:bg-stone-800/50">
                <th
                  scope="row"
                  className="border-t border-stone-200 px-2.5 py-1 text-right font-normal text-stone-500 dark:border-stone-700 dark:text-stone-400"
                >
                  {row + 1}
                </th>
                {columns.map((column) => (
                  <td key={column.header} className={`border-t border-stone-200 px-3 py-1 dark:border-stone-700 ${alignOf(column)}`}>
                    <Cell value={column.values[row] ?? null} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function Scalars({ entries }: { entries: [string, Scalar][] }) {
  return (
    <dl className="flex flex-wrap gap-2">
      {entries.map(([name, value]) => (
        <div
          key={name}
          className="flex items-baseline gap-2 rounded-lg border border-stone-200 bg-stone-50 px-3 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-800/60"
        >
          <dt className="font-medium text-stone-700 dark:text-stone-300">{dataLabel(name)}</dt>
          <dd className="font-mono tabular-nums">
            <span aria-hidden="true" className="mr-2 text-stone-400">
              =
            </span>
            <Cell value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Blocks({ data, path }: { data: Record<string, unknown>; path: string }) {
  return (
    <div className="space-y-4">
      {toBlocks(data).map((block, index) => {
        switch (block.kind) {
          case "scalars":
            return <Scalars key={index} entries={block.entries} />;
          case "table":
            return <DataTable key={index} names={block.names} columns={block.columns} />;
          case "group":
            return (
              <div key={index} role="group" aria-labelledby={`${path}-${index}`} className="space-y-2">
                <p id={`${path}-${index}`} className="text-sm font-medium text-stone-700 dark:text-stone-300">
                  {dataLabel(block.name)}
                </p>
                <div className="border-l-2 border-stone-200 pl-3 dark:border-stone-700">
                  <Blocks data={block.data} path={`${path}-${index}`} />
                </div>
              </div>
            );
          case "raw":
            return (
              <div key={index} className="space-y-1">
                <p className="text-sm font-medium text-stone-700 dark:text-stone-300">{dataLabel(block.name)}</p>
                <pre className="overflow-x-auto rounded-lg bg-stone-100 px-3 py-2 font-mono text-sm dark:bg-stone-800" tabIndex={0}>
                  {JSON.stringify(block.value)}
                </pre>
              </div>
            );
        }
      })}
    </div>
  );
}

export function DataView({ data: allData, prompt }: Props) {
  const data = prompt === undefined ? allData : unstatedData(allData, numbersIn(prompt));
  if (Object.keys(data).length === 0) return null;
  return (
    <section aria-labelledby="question-data" className="space-y-3">
      <h2 id="question-data" className="text-sm font-semibold tracking-wider text-stone-500 uppercase dark:text-stone-400">
        Data
      </h2>
      <Blocks data={data} path="question-data" />
    </section>
  );
}
