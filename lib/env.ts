// The environment the app reads, in one place, typed and checked. Every variable the server code
// uses is declared here; nothing else in app/ or lib/ reads process.env. A bad value fails with a
// message naming the variable and what it must be, instead of surfacing later as an odd error.
// Read on each call, parsed again only when one of its variables changed: tests point DATABASE_URL
// at their own file before the database module is first imported, and the callers that need a
// value for the process (the Prisma client, the session key) keep the first one they get. (Parsing
// on every call cost about a millisecond per request in `next start`: cookie names ask for it.)
import { z } from "zod";
import { databaseProvider } from "./database-url";

/** The embedded SQLite file used when DATABASE_URL is not set. A `file:` path is relative to the
 * working directory (the project root for every npm script), not to prisma/. */
export const DEFAULT_DATABASE_URL = "file:./prisma/likelihood-lab.db";

/** iron-session refuses shorter passwords. */
export const MIN_SESSION_SECRET_LENGTH = 32;

/** An empty or blank variable counts as unset (`SESSION_SECRET=` in a .env file or a container). */
const unsetIfBlank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    unsetIfBlank,
    z
      .string()
      .trim()
      .refine((url) => databaseProvider(url) !== null, {
        error:
          "must be a SQLite file URL starting with file: (e.g. file:./prisma/dev.db) or a PostgreSQL URL (postgresql://user:password@host:5432/database)",
      })
      .default(DEFAULT_DATABASE_URL),
  ),
  SESSION_SECRET: z.preprocess(
    unsetIfBlank,
    z
      .string()
      .trim()
      .min(MIN_SESSION_SECRET_LENGTH, {
        error: (issue) =>
          `must be at least ${MIN_SESSION_SECRET_LENGTH} characters long (it has ${typeof issue.input === "string" ? issue.input.length : 0}); leave it unset to use a generated key`,
      })
      .optional(),
  ),
  // How many reverse proxies in front of the app append the client's address to X-Forwarded-For
  // (lib/auth/address.ts). 0: served directly, the header is ignored and the socket's address used.
  TRUSTED_PROXY: z.preprocess(
    unsetIfBlank,
    z.coerce
      .number({ error: "must be a whole number of proxies from 0 to 10" })
      .int({ error: "must be a whole number of proxies from 0 to 10" })
      .min(0, { error: "must be a whole number of proxies from 0 to 10" })
      .max(10, { error: "must be a whole number of proxies from 0 to 10" })
      .default(0),
  ),
  // Set by Next (development or production) and by Vitest (test).
  NODE_ENV: z.preprocess(
    unsetIfBlank,
    z.enum(["development", "production", "test"], { error: "must be development, production or test" }).default("development"),
  ),
});

export type ServerEnv = z.infer<typeof envSchema>;

/** Checks an environment; throws one error listing every bad variable. */
export function parseEnv(source: Partial<Record<string, string>>): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`);
  throw new Error(`Invalid environment:\n${problems.join("\n")}`);
}

const ENV_NAMES = Object.keys(envSchema.shape);
let parsed: { values: string; env: ServerEnv } | undefined;

/** This process's environment, checked. */
export function serverEnv(): ServerEnv {
  const values = JSON.stringify(ENV_NAMES.map((name) => process.env[name] ?? null));
  if (parsed?.values !== values) parsed = { values, env: parseEnv(process.env) };
  return parsed.env;
}
