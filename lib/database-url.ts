// The embedded SQLite file used when DATABASE_URL is not set. A `file:` path is relative to the
// working directory (the project root for every npm script), not to prisma/.
export const DEFAULT_DATABASE_URL = "file:./prisma/likelihood-lab.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}
