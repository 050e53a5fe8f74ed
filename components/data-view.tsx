// The data of a computational variant, laid out to be read and counted by hand: arrays as indexed
// table rows (arrays of the same length side by side, so heads sit next to their tosses), rows of
// a matrix as table rows, nested objects (an EM start, `init`) as labelled groups, single numbers
// as a definition list. Every number is printed exactly as the data hold it, never rounded.

type Scalar = number | string | boolean | null;
type Vector = Scalar[];
type Matrix = Scalar[][];

interface Props {
  data: Record<string, unknown>;
}

/** Longer columns are cut into blocks of this many rows, set side by side, to keep the page short. */
const ROWS_PER_BLOCK = 10;
const SPLIT_ABOVE = 12;

const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean";
const isVector = (value: unknown): value is Vector => Array.isArray(value) && value.every(isScalar);
const isMatrix = (value: unknown): value is Matrix =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((row) => isVector(row) && row.length === (value[0] as unknown[]).length && row.length > 0);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

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
        header: width === 1 ? name : `${name}[${column + 1}]`,
        values: value.map((row) => row[column] ?? null),
      }));
    } else if (isVector(value) && value.length > 0) {
      columns = [{ header: name, values: value }];
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

function DataTable({ names, columns }: { names: string[]; columns: Column[] }) {
  const rows = columns[0]?.values.length ?? 0;
  const title = listNames(names);
  const starts =
    rows > SPLIT_ABOVE ? Array.from({ length: Math.ceil(rows / ROWS_PER_BLOCK) }, (_, block) => block * ROWS_PER_BLOCK) : [0];
  const blockRows = rows > SPLIT_ABOVE ? ROWS_PER_BLOCK : rows;
  // Wide tables (a design matrix) may scroll sideways on a phone: keyboard users must reach them.
  const wide = columns.length > 4;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-stone-700 dark:text-stone-300">
        {title}
        <span className="ml-2 font-normal text-stone-600 dark:text-stone-400">(n = {rows})</span>
      </figcaption>
      <div className="flex flex-wrap items-start gap-3">
        {starts.map((start) => {
          const end = Math.min(start + blockRows, rows);
          return (
            <div
              key={start}
              className={wide ? "max-w-full overflow-x-auto rounded-lg" : "rounded-lg"}
              tabIndex={wide ? 0 : undefined}
              role={wide ? "region" : undefined}
              aria-label={wide ? `${title}, scrollable` : undefined}
            >
              <table
                aria-label={starts.length > 1 ? `${title}, rows ${start + 1} to ${end}` : title}
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
                  {Array.from({ length: end - start }, (_, offset) => {
                    const row = start + offset;
                    return (
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
                    );
                  })}
                </tbody>
              </table>
            </div>
          );
        })}
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
          <dt className="font-medium text-stone-700 dark:text-stone-300">{name}</dt>
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
                  {block.name}
                </p>
                <div className="border-l-2 border-stone-200 pl-3 dark:border-stone-700">
                  <Blocks data={block.data} path={`${path}-${index}`} />
                </div>
              </div>
            );
          case "raw":
            return (
              <div key={index} className="space-y-1">
                <p className="text-sm font-medium text-stone-700 dark:text-stone-300">{block.name}</p>
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

export function DataView({ data }: Props) {
  if (Object.keys(data).length === 0) return null;
  return (
    <section aria-labelledby="question-data" className="space-y-3">
      <h2 id="question-data" className="text-sm font-semibold uppercase tracking-wider text-stone-500 dark:text-stone-400">
        Data
      </h2>
      <Blocks data={data} path="question-data" />
    </section>
  );
}
