#!/usr/bin/env node
// Two stateless app servers on one PostgreSQL (README, "PostgreSQL: several servers on one database"): a throwaway
// cluster, two `next start` processes on it sharing SESSION_SECRET, and concurrent checks sent to
// both. Every request carries an Idempotency-Key and is sent TWICE AT ONCE, once to each server,
// as a client retrying through a load balancer would; and some variants are checked under two
// keys at once, one per server. Then the database is read directly: each key has exactly one
// attempt (nothing lost, nothing doubled), and each variant exactly one first try.
//
//   node bench/multi-instance.mjs                 # uses the build in NEXT_DIST_DIR (default .next), building it if absent
//   BENCH_LEARNERS=40 BENCH_CHECKS=25 BENCH_PORT=3181 node bench/multi-instance.mjs
//
// Like `npm run test:postgres`, it generates the Prisma client for PostgreSQL in node_modules and
// generates it back for SQLite at the end, whatever happens.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { startCluster } from "../scripts/pg-cluster.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 40);
const CHECKS = Number(process.env.BENCH_CHECKS ?? 25); // per learner, each sent to both servers
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 24);
const PORTS = [Number(process.env.BENCH_PORT ?? 3181), Number(process.env.BENCH_PORT ?? 3181) + 1];
const TEMPLATE = "mle-bernoulli-p";
// Never within 0.5 % of a proportion k/n with n ≤ 20: always graded (incorrect), always recorded.
const ANSWER = "0.1234";
const DATABASE = "likelihood_lab_bench";

let cluster = null;
let clientIsPostgres = false;
const servers = [];

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

function cleanUp() {
  for (const server of servers.splice(0)) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // gone
    }
  }
  if (clientIsPostgres) {
    clientIsPostgres = false;
    const env = { ...process.env };
    delete env.DATABASE_URL;
    spawnSync("npx", ["prisma", "generate"], { cwd: root, stdio: "inherit", env });
  }
  cluster?.stop();
  cluster = null;
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

async function waitForHealth(port) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer on port ${port}`);
}

function check(port, seed, key, cookie) {
  const started = performance.now();
  return fetch(`http://127.0.0.1:${port}/api/questions/${TEMPLATE}/check`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ seed, answers: { p: ANSWER } }),
  }).then(async (response) => {
    const body = await response.json().catch(() => null);
    return { status: response.status, body, ms: performance.now() - started, response };
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  cluster = await startCluster();
  const url = `${cluster.url}/${DATABASE}`;
  run(process.execPath, ["scripts/pg-database.mjs", "create", cluster.url, DATABASE]);
  clientIsPostgres = true;
  run("npx", ["prisma", "generate"], { DATABASE_URL: url });
  run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
  if (!existsSync(path.join(root, distDir, "BUILD_ID")))
    run(path.join(root, "node_modules/.bin/next"), ["build"], { NEXT_DIST_DIR: distDir });

  const secret = randomBytes(32).toString("base64url");
  for (const port of PORTS) {
    // No seed: each server brings the question catalogue in line at start (both at once here).
    const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: url,
        SESSION_SECRET: secret,
      },
      detached: true,
      stdio: "ignore",
    });
    servers.push(child);
  }
  await Promise.all(PORTS.map(waitForHealth));

  // Each learner's guest cookie comes from one server and is then used on both.
  const learners = [];
  for (let i = 0; i < LEARNERS; i += 1) {
    const first = await check(PORTS[i % 2], 100_000 + i, `learner-${i}-hello`, null);
    if (first.status !== 200) throw new Error(`first check answered ${first.status}`);
    const cookie = first.response.headers
      .getSetCookie()
      .map((header) => header.split(";")[0])
      .join("; ");
    learners.push({ index: i, cookie });
  }

  // The work: per learner, CHECKS keys each sent to both servers at once, and every fifth variant
  // also under a second key (two different requests for one variant, one per server).
  const jobs = [];
  for (const learner of learners) {
    for (let c = 0; c < CHECKS; c += 1) {
      const seed = c;
      jobs.push({ learner, seed, keys: [`l${learner.index}-c${c}`, `l${learner.index}-c${c}`] });
      if (c % 5 === 0) jobs.push({ learner, seed, keys: [`l${learner.index}-c${c}-other-a`, `l${learner.index}-c${c}-other-b`] });
    }
  }
  const latencies = [];
  const statuses = new Map();
  let nextJob = 0;
  const loadBefore = loadavg()[0];
  const started = performance.now();
  async function worker() {
    while (nextJob < jobs.length) {
      const job = jobs[nextJob];
      nextJob += 1;
      const results = await Promise.all(job.keys.map((key, i) => check(PORTS[i], job.seed, key, job.learner.cookie)));
      for (const result of results) {
        latencies.push(result.ms);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;

  // The database, read directly.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const keys = [...new Set(jobs.flatMap((job) => job.keys))];
  const perKey = await client.query(
    'SELECT "idempotencyKey" AS key, COUNT(*)::int AS n FROM "Attempt" WHERE "idempotencyKey" = ANY($1) GROUP BY 1',
    [keys],
  );
  const counts = new Map(perKey.rows.map((row) => [row.key, row.n]));
  const lost = keys.filter((key) => !counts.has(key)).length;
  const doubled = keys.filter((key) => (counts.get(key) ?? 0) > 1).length;
  const firstTries = await client.query(
    `SELECT COUNT(*)::int AS variants, COUNT(*) FILTER (WHERE firsts <> 1)::int AS wrong
       FROM (SELECT "userId", "seed", COUNT(*) FILTER (WHERE "firstTry") AS firsts
               FROM "Attempt" WHERE "templateId" = $1 AND "seed" < $2 GROUP BY 1, 2) AS v`,
    [TEMPLATE, CHECKS],
  );
  const total = await client.query('SELECT COUNT(*)::int AS n FROM "Attempt" WHERE "seed" < $1', [CHECKS]);
  await client.end();

  latencies.sort((a, b) => a - b);
  const report = {
    servers: PORTS.length,
    learners: LEARNERS,
    requests: latencies.length,
    distinctKeys: keys.length,
    statuses: Object.fromEntries(statuses),
    seconds: Number(seconds.toFixed(1)),
    requestsPerSecond: Number((latencies.length / seconds).toFixed(1)),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p99Ms: Number(percentile(latencies, 99).toFixed(1)),
    attemptRows: total.rows[0].n,
    keysLost: lost,
    keysDoubled: doubled,
    variants: firstTries.rows[0].variants,
    variantsWithoutExactlyOneFirstTry: firstTries.rows[0].wrong,
    // The machine is shared: its load (1-minute average) before and after, against its cores.
    cores: cpus().length,
    loadBefore: Number(loadBefore.toFixed(1)),
    loadAfter: Number(loadavg()[0].toFixed(1)),
  };
  console.log(JSON.stringify(report, null, 2));
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  writeFileSync(path.join(root, "bench/results/multi-instance.json"), `${JSON.stringify(report, null, 2)}\n`);
  const ok =
    lost === 0 &&
    doubled === 0 &&
    report.attemptRows === keys.length &&
    report.variantsWithoutExactlyOneFirstTry === 0 &&
    statuses.size === 1 &&
    statuses.has(200);
  console.log(ok ? "\nnothing lost, nothing double-counted" : "\nFAILED: see the figures above");
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cleanUp();
}
