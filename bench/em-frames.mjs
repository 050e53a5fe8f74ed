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
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, root, startServer } from "./server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const N = Number(process.env.BENCH_N ?? 2000);
const MAX_STEPS = 120;
const TARGET_MS = 1000 / 60 + 2;
const CASES = [
  { name: `1-D mixture, n = ${N}`, path: `/explore/em?demo=gmm&n=${N}` },
  { name: `2-D mixture, n = ${N}`, path: `/explore/em?demo=gmm2&n=${N}` },
];

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
  const server = given ? { base: given.replace(/\/$/, ""), stop: () => {} } : await startServer({ name: "em-frames", port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
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
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
