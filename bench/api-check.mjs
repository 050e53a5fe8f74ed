#!/usr/bin/env node
// Load benchmark of the question API on a production build (`next build && next start`):
// requests per second and p99 latency of POST /api/questions/:id/check (grading plus its
// database write) against GET /api/health, measured in one run with autocannon at 50
// connections, reported as a ratio because these machines are shared and noisy. Also the
// server's peak resident memory (VmHWM of its processes).
//
//   npm run bench:api                  # builds first
//   BENCH_SKIP_BUILD=1 npm run bench:api
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = 2;
const dbFile = path.join(root, "bench/results/bench.db");
const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

function processTree(rootPid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

/** Peak resident set (VmHWM) summed over the server's processes, in MiB. */
function peakRssMiB(rootPid) {
  let kib = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) kib += Number(match[1]);
    } catch {
      // exited meanwhile
    }
  }
  return kib / 1024;
}

async function waitForHealth() {
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not start");
}

function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function main() {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  run("npx", ["prisma", "migrate", "deploy"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  if (process.env.BENCH_SKIP_BUILD !== "1") run("npx", ["next", "build"]);

  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  try {
    await waitForHealth();
    // One learner for the whole run, so every check records an attempt for it.
    const variant = await (await fetch(`${BASE}/api/questions/mle-bernoulli-p?seed=42`)).json();
    const sample = variant.data.sample;
    const answer = String(sample.filter((x) => x === 1).length / sample.length);
    const first = await fetch(`${BASE}/api/questions/mle-bernoulli-p/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ seed: 42, answers: { p: answer } }),
    });
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0];
    if (!cookie) throw new Error("the check did not set a learner cookie");

    const health = { url: `${BASE}/api/health` };
    const check = {
      url: `${BASE}/api/questions/mle-bernoulli-p/check`,
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ seed: 42, answers: { p: answer } }),
    };
    // Warm up both routes (JIT, the route modules), then alternate rounds to spread the noise.
    await load({ ...health, duration: 3 });
    await load({ ...check, duration: 3 });
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const h = await load(health);
      const c = await load(check);
      rounds.push({ health: h, check: c });
    }
    const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const summary = (key) => ({
      requestsPerSecond: mean(rounds.map((r) => r[key].requests.average)),
      p99Ms: Math.max(...rounds.map((r) => r[key].latency.p99)),
      errors: rounds.reduce((sum, r) => sum + r[key].errors + r[key].non2xx, 0),
    });
    const healthStats = summary("health");
    const checkStats = summary("check");
    // For reference, the latency of a check when the server is not saturated (5 connections).
    const light = await load({ ...check, connections: 5 });
    const lightLoad = { connections: 5, requestsPerSecond: light.requests.average, p99Ms: light.latency.p99 };
    const attempts = spawnSync(
      "node",
      [
        "-e",
        `const D=require("better-sqlite3");const d=new D(${JSON.stringify(dbFile)},{readonly:true});console.log(d.prepare("select count(*) c from Attempt").get().c)`,
      ],
      { cwd: root, encoding: "utf8" },
    ).stdout.trim();
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      rounds: ROUNDS,
      health: healthStats,
      check: checkStats,
      ratio: checkStats.requestsPerSecond / healthStats.requestsPerSecond,
      checkAtLightLoad: lightLoad,
      peakRssMiB: peakRssMiB(server.pid),
      attemptsRecorded: Number(attempts),
    };
    writeFileSync(path.join(root, "bench/results/api-check.json"), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\n| route | req/s | p99 (ms) | errors |\n|---|---|---|---|`);
    console.log(`| GET /api/health | ${healthStats.requestsPerSecond.toFixed(0)} | ${healthStats.p99Ms} | ${healthStats.errors} |`);
    console.log(
      `| POST /api/questions/mle-bernoulli-p/check | ${checkStats.requestsPerSecond.toFixed(0)} | ${checkStats.p99Ms} | ${checkStats.errors} |`,
    );
    console.log(`\ncheck / health = ${result.ratio.toFixed(2)} (target ≥ 0.5); check p99 ${checkStats.p99Ms} ms (target ≤ 50 ms)`);
    console.log(`check at 5 connections: ${lightLoad.requestsPerSecond.toFixed(0)} req/s, p99 ${lightLoad.p99Ms} ms`);
    console.log(`server peak RSS ${result.peakRssMiB.toFixed(0)} MiB; attempts recorded ${result.attemptsRecorded}`);
    console.log(`machine: ${result.machine.cpus} × ${result.machine.cpu}, Node ${result.machine.node}`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
