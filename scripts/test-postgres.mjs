#!/usr/bin/env node
// `npm run test:postgres`: the integration lane (the durability test included) against PostgreSQL.
//   1. a throwaway cluster (scripts/pg-cluster.mjs: Debian's postgresql, installed with apt-get
//      when absent and running as root) in a temporary folder, on a free port;
//   2. the Prisma client generated for PostgreSQL IN PLACE (node_modules/.prisma/client: the app
//      imports @prisma/client, and a client generated for SQLite refuses the pg adapter), and
//      generated back for SQLite at the end, whatever happens (a failure, Ctrl-C): do not run
//      other tests in this checkout meanwhile;
//   3. two template databases, migrated (`prisma migrate deploy` of prisma/migrations-postgres)
//      and migrated-then-seeded, which each test file copies (test/integration/account-harness.ts);
//   4. `vitest run --project integration test/integration` with TEST_POSTGRES_URL set;
//   5. the cluster stopped and its folder removed. Last line: `N passed, N failed`.
// The durability test starts `next start` on the build in NEXT_DIST_DIR (default .next), building
// it when there is none; the server loads the client from node_modules, so any build will do.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startCluster } from "./pg-cluster.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const results = path.join(root, "test-results");
mkdirSync(results, { recursive: true });
// The names test/integration/account-harness.ts copies from.
const MIGRATED = "likelihood_lab_migrated";
const SEEDED = "likelihood_lab_seeded";

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
function step(name, work) {
  const since = Date.now();
  console.log(`\n[test:postgres] ${name}…`);
  const result = work();
  console.log(`[test:postgres] ${name}: ${seconds(since)}`);
  return result;
}

function run(command, args, env = {}) {
  const child = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return child.status ?? 1;
}
function must(status, what) {
  if (status !== 0) throw new Error(`${what} failed (exit ${status})`);
}

let cluster = null;
let clientIsPostgres = false;
function restoreSqliteClient() {
  if (!clientIsPostgres) return;
  clientIsPostgres = false;
  console.log("\n[test:postgres] generating the Prisma client back for SQLite…");
  const env = { ...process.env };
  delete env.DATABASE_URL; // the default SQLite file (or .env's)
  const status = spawnSync("npx", ["prisma", "generate"], { cwd: root, stdio: "inherit", env }).status;
  if (status !== 0) console.error("[test:postgres] could not regenerate the SQLite client: run `npx prisma generate`");
}
function cleanUp() {
  restoreSqliteClient();
  cluster?.stop();
  cluster = null;
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

let passed = 0;
let failed = 0;
try {
  cluster = await (async () => {
    const since = Date.now();
    console.log("[test:postgres] starting a throwaway PostgreSQL cluster…");
    const started = await startCluster();
    console.log(`[test:postgres] cluster on port ${started.port} in ${started.dir}: ${seconds(since)}`);
    return started;
  })();
  const base = cluster.url;
  const database = (name) => `${base}/${name}`;

  step("generating the Prisma client for PostgreSQL", () => {
    clientIsPostgres = true;
    must(run("npx", ["prisma", "generate"], { DATABASE_URL: database(MIGRATED) }), "prisma generate");
  });
  step("migrating a template database", () => {
    must(run(process.execPath, ["scripts/pg-database.mjs", "create", base, MIGRATED]), "create database");
    must(run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: database(MIGRATED) }), "prisma migrate deploy");
  });
  step("seeding a copy of it", () => {
    must(run(process.execPath, ["scripts/pg-database.mjs", "create", base, SEEDED, MIGRATED]), "create database");
    must(run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: database(SEEDED) }), "seed");
  });

  const report = path.join(results, "vitest-postgres.json");
  rmSync(report, { force: true });
  const status = step("the integration lane on PostgreSQL", () =>
    run(
      "npx",
      [
        "vitest",
        "run",
        "--project",
        "integration",
        "test/integration",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ],
      {
        TEST_POSTGRES_URL: base,
      },
    ),
  );
  let vitest = null;
  try {
    vitest = JSON.parse(readFileSync(report, "utf8"));
  } catch {
    // no report: counted as one failure below
  }
  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed += vitest.numFailedTests ?? 0;
    if (status !== 0 && (vitest.numFailedTests ?? 0) === 0) failed += Math.max(1, vitest.numFailedTestSuites ?? 0);
  } else {
    failed += 1;
  }
} catch (error) {
  console.error(`\n[test:postgres] ${error instanceof Error ? error.message : String(error)}`);
  failed += 1;
} finally {
  cleanUp();
}

console.log(`\n[test:postgres] total ${seconds(started)}`);
console.log(`\n${passed} passed, ${failed} failed`);
// For `npm test`, which runs this lane last and totals it with the others.
mkdirSync(path.join(root, "test-results"), { recursive: true });
writeFileSync(path.join(root, "test-results", "postgres-summary.json"), JSON.stringify({ passed, failed }));
process.exit(failed === 0 && passed > 0 ? 0 : 1);
