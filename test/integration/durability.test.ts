// Durability: a production server (`next start`) takes a burst of checks with Idempotency-Keys,
// is killed with SIGKILL in the middle of it, and restarted on the same database (a SQLite file,
// or PostgreSQL under `npm run test:postgres`). Every check
// that was answered 200 must be in the database, exactly once, and retries must not add rows.
//
// Uses the build in NEXT_DIST_DIR (default .next); builds it first when there is none.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, onPostgres } from "./account-harness";

const root = path.resolve(__dirname, "../..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const database = createTestDatabase();
const databaseUrl = process.env.DATABASE_URL ?? "";
const databaseFile = databaseUrl.replace(/^file:/, "");

const TEMPLATE = "mle-bernoulli-p";
// Four significant figures and never within 0.5 % of a proportion k/n with n ≤ 20 (the nearest,
// 1/8, is 1.3 % away): always graded "incorrect", so every check records an attempt.
const ANSWER = "0.1234";
const BURST = 400;
const CONCURRENCY = 6;
const KILL_AFTER_ACKS = 60;

let port = 0;
let server: ChildProcess | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function serverEnv(): NodeJS.ProcessEnv {
  // The production server as deployed: Vitest's NODE_ENV=test must not reach it (cookie names and
  // flags depend on production).
  return { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
}

async function waitForHealth(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer /api/health on port ${port}`);
}

async function startServer(): Promise<void> {
  // Its own process group, so that SIGKILL reaches next start and any worker it forks.
  server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: serverEnv(),
    detached: true,
    stdio: "ignore",
  });
  await waitForHealth();
}

async function killServer(signal: NodeJS.Signals): Promise<void> {
  const child = server;
  server = null;
  if (!child?.pid) return;
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
  try {
    process.kill(-child.pid, signal);
  } catch {
    return; // already gone
  }
  await exited;
  // The port is free once nothing answers on it.
  for (let i = 0; i < 50; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function check(seed: number, key: string, cookie: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/api/questions/${TEMPLATE}/check`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key, Cookie: cookie },
    body: JSON.stringify({ seed, answers: { p: ANSWER } }),
  });
}

/** Acknowledged means a 200 whose body arrived whole and parsed: what a client would act on. */
async function acknowledged(response: Promise<Response>): Promise<boolean> {
  try {
    const result = await response;
    if (result.status !== 200) return false;
    const body = (await result.json()) as { parts?: { status: string }[] };
    return body.parts?.[0]?.status === "incorrect";
  } catch {
    return false;
  }
}

/** Attempts per key, read straight from the database (SQLite file or PostgreSQL), not through the app. */
async function rowsPerKey(keys: string[]): Promise<Map<string, number>> {
  if (onPostgres) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ key: string; n: string }>(
        'SELECT "idempotencyKey" AS key, COUNT(*) AS n FROM "Attempt" WHERE "idempotencyKey" = ANY($1) GROUP BY "idempotencyKey"',
        [keys],
      );
      const counts = new Map(rows.map((row) => [row.key, Number(row.n)]));
      return new Map(keys.map((key) => [key, counts.get(key) ?? 0]));
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const statement = sqlite.prepare('SELECT COUNT(*) AS n FROM "Attempt" WHERE "idempotencyKey" = ?');
    return new Map(keys.map((key) => [key, Number((statement.get(key) as { n: number | bigint }).n)]));
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: serverEnv(), stdio: "inherit" });
    if (build.status !== 0) throw new Error(`next build (into ${distDir}) failed`);
  }
  port = Number(process.env.DURABILITY_PORT) || (await freePort());
  await startServer();
}, 900_000);

afterAll(async () => {
  await killServer("SIGTERM");
  database.cleanup();
});

describe("a server killed during a burst of checks", () => {
  it("keeps every acknowledged attempt, once, and records retries once", async () => {
    // The learner: the guest cookie the first check sets.
    const first = await fetch(`http://127.0.0.1:${port}/api/questions/${TEMPLATE}/check`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "burst-warm-up" },
      body: JSON.stringify({ seed: 1, answers: { p: ANSWER } }),
    });
    expect(first.status).toBe(200);
    const cookie = first.headers
      .getSetCookie()
      .map((header) => header.split(";")[0])
      .join("; ");
    expect(cookie).toMatch(/^__Host-ll_learner=[0-9a-f-]{36}$/);

    const acked = new Set<string>();
    const sent = new Set<string>();
    const retriedBeforeKill: string[] = [];
    let next = 0;
    let inFlight = 0;
    let inFlightAtKill = -1;
    let killing: Promise<void> | null = null;

    async function worker() {
      while (next < BURST && killing === null) {
        const seed = next;
        next += 1;
        const key = `burst-${seed}`;
        sent.add(key);
        inFlight += 1;
        const ok = await acknowledged(check(seed, key, cookie));
        inFlight -= 1;
        if (!ok) continue;
        acked.add(key);
        // Every tenth answer is sent again at once, as a client whose response got lost would.
        if (seed % 10 === 0 && killing === null && (await acknowledged(check(seed, key, cookie)))) retriedBeforeKill.push(key);
        if (acked.size >= KILL_AFTER_ACKS && killing === null) {
          inFlightAtKill = inFlight;
          killing = killServer("SIGKILL");
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await killing;

    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(sent.size).toBeLessThan(BURST); // the kill came in the middle of the burst...
    expect(inFlightAtKill).toBeGreaterThan(0); // ...with requests still being answered
    expect(retriedBeforeKill.length).toBeGreaterThan(0);

    await startServer();

    const ackedKeys = [...acked];
    const unacked = [...sent].filter((key) => !acked.has(key));
    const afterRestart = await rowsPerKey([...ackedKeys, ...unacked]);
    // Every acknowledged check survived the kill, exactly once (retried ones included).
    expect(ackedKeys.filter((key) => afterRestart.get(key) !== 1)).toEqual([]);
    // A check cut off by the kill is either whole or absent: never twice.
    expect(unacked.filter((key) => (afterRestart.get(key) ?? 0) > 1)).toEqual([]);

    // Clients retry what they did not hear back about, and some retry what they did: each key still
    // ends up with exactly one attempt.
    const retries = [...unacked, ...ackedKeys.slice(0, 20)];
    for (const key of retries) {
      expect(await acknowledged(check(Number(key.slice("burst-".length)), key, cookie))).toBe(true);
    }
    const afterRetries = await rowsPerKey([...ackedKeys, ...unacked]);
    expect([...afterRetries.entries()].filter(([, rows]) => rows !== 1)).toEqual([]);

    // SQLite runs in WAL mode (the setting is stored in the file).
    if (onPostgres) return;
    const sqlite = new Database(databaseFile, { readonly: true });
    try {
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      sqlite.close();
    }
  }, 180_000);
});
