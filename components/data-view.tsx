// The data of a computational variant, laid out to be read and counted by hand.
interface Props {
  data: Record<string, unknown>;
}

function label(key: string): string {
  return key === "sample" ? "Sample" : key;
}

export function DataView({ data }: Props) {
  const entries = Object.entries(data);
  if (entries.length === 0) return null;
  return (
    <dl className="space-y-4">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt className="mb-2 text-sm font-medium text-stone-600 dark:text-stone-400">
            {label(key)}
            {Array.isArray(value) && <span className="ml-2 font-normal">(n = {value.length})</span>}
          </dt>
          <dd>
            {Array.isArray(value) ? (
              <ol className="flex flex-wrap gap-1.5 font-mono text-sm" aria-label={`${label(key)} values`}>
                {value.map((item, index) => (
                  <li
                    key={index}
                    className="min-w-9 rounded-md border border-stone-200 bg-white px-2 py-1 text-center tabular-nums dark:border-stone-700 dark:bg-stone-900"
                  >
                    {String(item)}
                  </li>
                ))}
              </ol>
            ) : (
              <span className="font-mono text-sm">{JSON.stringify(value)}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
