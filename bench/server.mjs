// The production server the bench scripts measure: a fresh SQLite file (migrated and seeded), a
// build in NEXT_DIST_DIR (built unless BENCH_SKIP_BUILD=1), and `next start` on 127.0.0.1.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Debian's Chromium, headless and offline (the flags STACK-proven on these machines). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];
export const distDir = process.env.NEXT_DIST_DIR || ".next";

/** The machine a figure was measured on, printed as one line and kept with the results. */
export function machineInfo() {
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
  console.log(`machine: ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, load average ${machine.loadAverage.join(" ")}`);
  return machine;
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

export async function waitForHealth(base, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${base} did not answer /api/health`);
}

/**
 * Starts `next start` on a fresh database named `name` (bench/results/<name>.db). `nodeArgs` are
 * Node's flags for the server (e.g. --cpu-prof). Returns the base URL, the process and a stop function.
 */
export async function startServer({ name, port, nodeArgs = [], extraEnv = {} }) {
  const dbFile = path.join(root, "bench/results", `${name}.db`);
  mkdirSync(path.dirname(dbFile), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `file:${dbFile}`,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    ...extraEnv,
  };
  run("npx", ["prisma", "migrate", "deploy"], env);
  run("npx", ["tsx", "prisma/seed.ts"], env);
  if (process.env.BENCH_SKIP_BUILD !== "1") run("npx", ["next", "build"], env);
  const next = path.join(root, "node_modules/next/dist/bin/next");
  const server = spawn(process.execPath, [...nodeArgs, next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base);
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    try {
      process.kill(-server.pid, "SIGINT"); // the whole group; SIGINT lets --cpu-prof write its file
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // gone
    }
  };
  return { base, server, dbFile, stop };
}
