#!/usr/bin/env node
// `npm test`: every lane (unit, content, integration, components with Vitest, browser with Playwright), then one
// plain line `N passed, N failed` totalled over all of them (the PostgreSQL lane included). Exit code 0 only if everything passed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const results = path.join(root, "test-results");
mkdirSync(results, { recursive: true });
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command, args, env = {}) {
  const child = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return child.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Debian's Chromium drives the browser tests; Playwright's own download cannot work offline. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log(`\n${CHROMIUM} is missing: installing Debian's chromium with apt-get (about a minute)…`);
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if (run("apt-get", ["update", "-q"], env) === 0 && run("apt-get", ["install", "-y", "-q", "chromium"], env) === 0) {
      return existsSync(CHROMIUM);
    }
  }
  console.error(
    `\nThe browser tests need Chromium at ${CHROMIUM}. Install it with:\n` +
      "  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "(or set CHROMIUM_PATH to another Chromium or Chrome binary).\n",
  );
  return false;
}

let passed = 0;
let failed = 0;

// 0. One production build, used by the durability test (Vitest) and the browser tests (Playwright).
const buildStatus = run("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
if (buildStatus !== 0) failed += 1;

// 1. Every test file is in exactly one lane (scripts/check-test-lanes.mjs), counted as one test.
if (run("node", ["scripts/check-test-lanes.mjs"]) === 0) passed += 1;
else failed += 1;

// 2. Every Vitest lane (unit, content, integration, components: the projects of vitest.config.mts).
const vitestJson = path.join(results, "vitest.json");
rmSync(vitestJson, { force: true });
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  // A file that fails to load fails no test but fails the run: count it.
  if (vitestStatus !== 0 && (vitest.numFailedTests ?? 0) === 0) failed += Math.max(1, vitest.numFailedTestSuites ?? 0);
} else {
  failed += 1;
}

// 3. Browser tests.
const playwrightJson = path.join(results, "playwright.json");
rmSync(playwrightJson, { force: true });
if (ensureChromium()) {
  const status = run("npx", ["playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    CHROMIUM_PATH: CHROMIUM,
    // Built in step 0 (when that failed, let global-setup try again and report why).
    E2E_SKIP_BUILD: buildStatus === 0 ? "1" : "0",
  });
  const report = readJson(playwrightJson);
  if (report?.stats) {
    passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected ?? 0;
    if (status !== 0 && (report.stats.unexpected ?? 0) === 0) failed += 1; // setup or server failure
  } else {
    failed += 1;
  }
} else {
  failed += 1;
}

// 4. The integration and durability suites again, on a throwaway PostgreSQL (scripts/test-postgres.mjs;
// SKIP_POSTGRES=1 leaves it out of a quick local run, never in CI).
if (process.env.SKIP_POSTGRES === "1" && process.env.CI !== "true") {
  console.log("\nSKIP_POSTGRES=1: the PostgreSQL lane was not run (npm run test:postgres runs it alone).");
} else {
  const summary = path.join(results, "postgres-summary.json");
  rmSync(summary, { force: true });
  const status = run("node", ["scripts/test-postgres.mjs"]);
  const totals = readJson(summary);
  if (totals) {
    passed += totals.passed ?? 0;
    failed += totals.failed ?? 0;
    if (status !== 0 && (totals.failed ?? 0) === 0) failed += 1;
  } else {
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
