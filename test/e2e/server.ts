// The server the browser tests run against: `next start` on a production build, with its own
// SQLite file, which a test may stop and start again (progress must survive a restart).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const resultsDir = path.join(root, "test-results");
// E2E_INSTANCE names the database and pid file, so that two runs side by side (with their own
// E2E_PORT and NEXT_DIST_DIR) do not share a server.
const instance = process.env.E2E_INSTANCE ?? "e2e";
const pidFile = path.join(resultsDir, `${instance}-server.pid`);
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = `file:./test-results/${instance}.db`;

function env(): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", PORT: String(E2E_PORT) };
}

function runOrThrow(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: env() });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

/** A fresh database with the migrations applied and the catalogue seeded. */
export function prepareDatabase(): void {
  mkdirSync(resultsDir, { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(path.join(resultsDir, `${instance}.db${suffix}`), { force: true });
  runOrThrow("npx", ["prisma", "migrate", "deploy"]);
  runOrThrow("npx", ["tsx", "prisma/seed.ts"]);
}

export function build(): void {
  runOrThrow("npx", ["next", "build"]);
}

async function waitForHealth(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://localhost:${E2E_PORT}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health on port ${E2E_PORT} within ${timeoutMs} ms`);
}

export async function startServer(): Promise<void> {
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(E2E_PORT)], {
    cwd: root,
    env: env(),
    detached: true,
    stdio: "ignore",
  });
  child.unref();
  writeFileSync(pidFile, String(child.pid));
  await waitForHealth(60_000);
}

export async function stopServer(): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile, { force: true });
  try {
    process.kill(-pid, "SIGTERM"); // the whole process group: next start spawns a worker
  } catch {
    return;
  }
  // Wait until the port is free so a restart can bind it.
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      await fetch(`http://localhost:${E2E_PORT}/api/health`);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}
