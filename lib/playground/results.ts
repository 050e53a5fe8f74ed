/**
 * A fit's parameters as rows for a table, each with its standard error when the library gives one:
 * `{ weights: [0.3, 0.7] }` gives "weights 1" and "weights 2"; the 2-D mean of component 1 gives
 * "means 1 (1)" and "means 1 (2)"; a covariance entry "covariances 2 (1, 2)".
 */
export interface ParameterRow {
  name: string;
  value: number;
  standardError: number | null;
}

function nameOf(key: string, indices: readonly number[]): string {
  if (indices.length === 0) return key;
  const [first, ...rest] = indices.map((i) => i + 1);
  return rest.length === 0 ? `${key} ${first}` : `${key} ${first} (${rest.join(", ")})`;
}

function flatten(value: unknown, key: string, indices: number[], out: Map<string, number>): void {
  if (typeof value === "number") out.set(nameOf(key, indices), value);
  else if (Array.isArray(value)) value.forEach((entry, i) => flatten(entry, key, [...indices, i], out));
}

function flattenObject(object: object): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, value] of Object.entries(object)) flatten(value, key, [], out);
  return out;
}

export function parameterRows(params: object, standardErrors?: Record<string, number | number[]>): ParameterRow[] {
  const errors = standardErrors ? flattenObject(standardErrors) : new Map<string, number>();
  return [...flattenObject(params)].map(([name, value]) => ({ name, value, standardError: errors.get(name) ?? null }));
}
