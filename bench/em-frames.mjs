#!/usr/bin/env node
// Frame times of the EM stepper while it runs, in Chromium: the stepper page on a seeded data set
// of n = 2 000 points (1-D and 2-D Gaussian mixtures, /explore/em?demo=…), one E-step or M-step
// clicked per animation frame, each a full redraw of the figure and its table. Reports the
// requestAnimationFrame intervals (median and 95th percentile) and the frames per second they
// allow; the target is 60 fps (a 95th percentile at or below 1000/60 ms, plus 2 ms of timer slack).
//
//   npm run bench:frames                          # builds, starts `next start`, measures
//   BENCH_SKIP_BUILD=1 npm run bench:frames       # the build in NEXT_DIST_DIR (or .next) as it is
//   npm run bench:frames -- http://localhost:3170 # a server already running
//
// Exits 1 when a 95th percentile frame time is above the target.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const PORT = Number(process.env.BENCH_PORT ?? 3211);
const N = Number(process.env.BENCH_N ?? 2000);
const MAX_STEPS = 120;
const TARGET_MS = 1000 / 60 + 2;
const dbFile = path.join(root, "bench/results/em-frames.db");
const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, NEXT_TELEMETRY_DISABLED: "1" };
const CHROMIUM_FLAGS = [
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
const CASES = [
  { name: `1-D mixture, n = ${N}`, path: `/explore/em?demo=gmm&n=${N}` },
  { name: `2-D mixture, n = ${N}`, path: `/explore/em?demo=gmm2&n=${N}` },
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function waitForHealth(base) {
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${base} did not answer /api/health`);
}

async function startServer() {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  run("npx", ["prisma", "migrate", "deploy"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  if (process.env.BENCH_SKIP_BUILD !== "1") run("npx", ["next", "build"]);
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${PORT}`;
  const stop = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  try {
    await waitForHealth(base);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function measure(browser, base, benchCase) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base + benchCase.path, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "E-step" }).waitFor();
  // Let hydration and the first paint settle.
  await page.waitForTimeout(500);
  const result = await page.evaluate(async (maxSteps) => {
    const buttons = [...document.querySelectorAll("[data-testid=em-stepper] button")];
    const eButton = buttons.find((button) => button.textContent === "E-step");
    const mButton = buttons.find((button) => button.textContent === "M-step");
    const intervals = [];
    const scripting = [];
    let steps = 0;
    await new Promise((resolve) => {
      let last = 0;
      const frame = (now) => {
        if (last > 0) intervals.push(now - last);
        last = now;
        const next = eButton && !eButton.disabled ? eButton : mButton && !mButton.disabled ? mButton : null;
        if (!next || steps >= maxSteps) {
          resolve();
          return;
        }
        // A click is a discrete event: React renders and commits it in a microtask queued by the
        // click, before the microtask queued here (first in, first out), so this times the redraw's script.
        const before = performance.now();
        next.click();
        queueMicrotask(() => scripting.push(performance.now() - before));
        steps += 1;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    return { intervals, scripting, steps, rows: document.querySelectorAll("[data-testid=em-row]").length };
  }, MAX_STEPS);
  await page.close();
  const sorted = [...result.intervals].sort((a, b) => a - b);
  const p50 = percentile(sorted, 0.5);
  const p95 = percentile(sorted, 0.95);
  const script = [...result.scripting].sort((a, b) => a - b);
  return {
    ...benchCase,
    steps: result.steps,
    rows: result.rows,
    frames: sorted.length,
    p50,
    p95,
    max: sorted[sorted.length - 1],
    scriptP50: percentile(script, 0.5),
    scriptP95: percentile(script, 0.95),
  };
}

async function main() {
  const given = process.argv[2];
  const server = given ? { base: given.replace(/\/$/, ""), stop: () => {} } : await startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS });
  try {
    const results = [];
    for (const benchCase of CASES) results.push(await measure(browser, server.base, benchCase));
    console.log(
      "\n| figure | steps | frame p50 (ms) | frame p95 (ms) | fps at p95 | worst (ms) | React render per step p50 / p95 (ms) |\n|---|---|---|---|---|---|---|",
    );
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.steps} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${(1000 / r.p95).toFixed(0)} | ${r.max.toFixed(1)} | ${r.scriptP50.toFixed(1)} / ${r.scriptP95.toFixed(1)} |`,
      );
    }
    console.log(`machine load average (1 min): ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    writeFileSync(
      path.join(root, "bench/results/em-frames.json"),
      `${JSON.stringify({ date: new Date().toISOString(), targetMs: TARGET_MS, results }, null, 2)}\n`,
    );
    const slow = results.filter((r) => r.p95 > TARGET_MS);
    if (slow.length > 0) {
      console.error(`\nBelow 60 fps at the 95th percentile: ${slow.map((r) => r.name).join(", ")}`);
      process.exitCode = 1;
    } else {
      console.log("\nEvery figure redraws at 60 fps (95th percentile).");
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
