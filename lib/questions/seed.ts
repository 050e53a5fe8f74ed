/** Seeds are non-negative 32-bit integers, so they fit SQLite's INTEGER and every URL. */
export const MAX_SEED = 2 ** 31 - 1;

export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/** Parses a seed from a query string; null when absent, "invalid" when present but not a seed. */
export function parseSeedParam(value: string | null | undefined): number | null | "invalid" {
  if (value === null || value === undefined || value === "") return null;
  if (!/^\d{1,10}$/.test(value)) return "invalid";
  const seed = Number(value);
  return isValidSeed(seed) ? seed : "invalid";
}

export function randomSeed(): number {
  return Math.floor(Math.random() * MAX_SEED);
}
