// Shared by the account integration tests: a migrated, seeded SQLite file of their own, and
// stand-in browsers for `next/headers` (a cookie jar and a client address each), so that route
// handlers and lib/learner run as they do in a request.
import { spawnSync } from "node:child_process";
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
 * A temporary database with the real migrations and the template catalogue. Sets DATABASE_URL
 * (before lib/db is first imported) and a SESSION_SECRET for iron-session.
 */
export function createTestDatabase(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "likelihood-lab-account-"));
  const url = `file:${path.join(dir, "test.db")}`;
  run(url, ["prisma", "migrate", "deploy"]);
  run(url, ["tsx", "prisma/seed.ts"]);
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = "test-secret-for-integration-tests-only-0123456789";
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
