// Shared by the integration tests: a migrated, seeded database of their own (SQLite, or PostgreSQL
// under `npm run test:postgres`), and
// stand-in browsers for `next/headers` (a cookie jar and a client address each), so that route
// handlers and lib/learner run as they do in a request.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

export interface CookieWrite {
  value: string;
  options: Record<string, unknown>;
}

/** A browser's cookies as `cookies()` from next/headers exposes them, with what each write set. */
export class Browser {
  readonly jar = new Map<string, string>();
  readonly writes: Array<{ name: string } & CookieWrite> = [];
  constructor(readonly address = "203.0.113.10") {}

  cookieStore() {
    const set = (
      nameOrOptions: string | ({ name: string; value: string } & Record<string, unknown>),
      value?: string,
      options: Record<string, unknown> = {},
    ) => {
      const write =
        typeof nameOrOptions === "string"
          ? { name: nameOrOptions, value: value ?? "", options }
          : { ...nameOrOptions, options: nameOrOptions };
      this.writes.push({ name: write.name, value: write.value, options: write.options });
      const expired =
        write.options.maxAge === 0 || (write.options.expires instanceof Date && write.options.expires.getTime() <= Date.now());
      if (expired || write.value === "") this.jar.delete(write.name);
      else this.jar.set(write.name, write.value);
    };
    return {
      get: (name: string) => (this.jar.has(name) ? { name, value: this.jar.get(name) as string } : undefined),
      getAll: () => [...this.jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => this.jar.has(name),
      set,
      delete: (name: string) => set(name, "", { maxAge: 0, path: "/" }),
    };
  }

  lastWrite(name: string): ({ name: string } & CookieWrite) | undefined {
    return this.writes.filter((write) => write.name === name).at(-1);
  }
}

let active: Browser = new Browser();

/** Runs `work` as a request from `browser`. Tests run one request at a time. */
export async function as<T>(browser: Browser, work: () => Promise<T>): Promise<T> {
  active = browser;
  return work();
}

/** The module that replaces next/headers: `vi.mock("next/headers", () => import("./account-harness").then((m) => m.nextHeaders))`. */
export const nextHeaders = {
  cookies: async () => active.cookieStore(),
  headers: async () => new Headers({ "x-forwarded-for": active.address }),
};

function run(url: string, args: string[]): string {
  const result = spawnSync("npx", args, { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * `npm run test:postgres` (scripts/test-postgres.mjs) runs this lane on a throwaway PostgreSQL
 * cluster: TEST_POSTGRES_URL is the cluster (postgresql://postgres@127.0.0.1:PORT), holding two
 * template databases the script made once, migrated and migrated-then-seeded.
 */
export const postgresCluster = process.env.TEST_POSTGRES_URL || null;
export const onPostgres = postgresCluster !== null;
export const POSTGRES_TEMPLATE_MIGRATED = "likelihood_lab_migrated";
export const POSTGRES_TEMPLATE_SEEDED = "likelihood_lab_seeded";

function postgresDatabase(action: "create" | "drop", name: string, template?: string): void {
  const args = [path.join(root, "scripts/pg-database.mjs"), action, postgresCluster ?? "", name, ...(template ? [template] : [])];
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${action} database ${name} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * A temporary database with the real migrations and (unless `seeded` is false, as after a bare
 * `prisma migrate deploy`) the template catalogue: a SQLite file of its own, or on PostgreSQL a
 * database of its own copied from a template. Sets DATABASE_URL (before lib/db is first imported)
 * and a SESSION_SECRET for iron-session.
 */
export function createTestDatabase({ seeded = true }: { seeded?: boolean } = {}): { dir: string; cleanup: () => void } {
  process.env.SESSION_SECRET = "test-secret-for-integration-tests-only-0123456789";
  if (postgresCluster) {
    const name = `likelihood_lab_test_${randomUUID().replaceAll("-", "")}`;
    postgresDatabase("create", name, seeded ? POSTGRES_TEMPLATE_SEEDED : POSTGRES_TEMPLATE_MIGRATED);
    process.env.DATABASE_URL = `${postgresCluster}/${name}`;
    return { dir: "", cleanup: () => postgresDatabase("drop", name) };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "likelihood-lab-account-"));
  const url = `file:${path.join(dir, "test.db")}`;
  run(url, ["prisma", "migrate", "deploy"]);
  if (seeded) run(url, ["tsx", "prisma/seed.ts"]);
  process.env.DATABASE_URL = url;
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
