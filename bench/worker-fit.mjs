#!/usr/bin/env node
// Benchmark (not a test): the playground's Web Worker fitting a 1-D Gaussian mixture, K = 3, to
// n = 100 000 points for exactly 200 EM iterations (tol 0, a fixed start; the data of
// bench/em-gmm.ts) in Debian's Chromium, and how responsive the page's main thread stays meanwhile.
//
//   npm run bench:worker
//
// esbuild bundles the playground's own worker module (components/playground/fit.worker.ts, which
// calls runJob of lib/estimation) and a small page (bench/worker-fit-page.ts); a local HTTP server
// serves them; Playwright drives /usr/bin/chromium (flags from the stack notes). 1 warm-up, then 5
// runs; reported: median and worst wall time (postMessage to result, copying the data included),
// the worker's own fit time, and during the fit the largest gap between animation frames and the
// largest lateness of a 10-ms timer, and the browser's CPU time per run (from /proc: what the fit
// costs, whatever else the shared machine runs). Goal (issue 12): under 1 s, the page responsive.
import { build } from "esbuild";
import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = mkdtempSync(path.join(tmpdir(), "worker-fit-"));
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Linux clock ticks (USER_HZ), the unit of utime and stime in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100;

/** utime + stime of every descendant of this process (the browser and its helpers), in ticks. */
function cpuTicks() {
  const stats = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // exited meanwhile
    }
  }
  const inTree = (pid) => {
    for (let current = pid; current > 1; current = stats.get(current)?.ppid ?? 0) if (current === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, { ticks }] of stats) if (pid !== process.pid && inTree(pid)) total += ticks;
  return total;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const loadBefore = loadavg().map((value) => Math.round(value * 10) / 10);
  await build({
    entryPoints: {
      "fit.worker": path.join(root, "components/playground/fit.worker.ts"),
      page: path.join(root, "bench/worker-fit-page.ts"),
    },
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2022",
    outdir: out,
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  writeFileSync(
    path.join(out, "index.html"),
    '<!doctype html><meta charset="utf-8"><title>worker fit</title><script type="module" src="./page.js"></script>',
  );
  const types = { ".html": "text/html", ".js": "text/javascript" };
  const server = createServer((request, response) => {
    const name = path.basename(new URL(request.url, "http://x").pathname) || "index.html";
    try {
      const body = readFileSync(path.join(out, name));
      response.writeHead(200, { "content-type": types[path.extname(name)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = server.address().port;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
  try {
    const page = await browser.newPage();
    page.on("pageerror", (error) => console.error(error));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await page.waitForFunction(() => typeof window.runOnce === "function");
    await page.evaluate(() => window.runOnce()); // warm-up: draws the data, JIT-compiles the E/M loop
    const runs = [];
    for (let r = 0; r < 5; r += 1) {
      const cpuBefore = cpuTicks();
      const run = await page.evaluate(() => window.runOnce());
      // CPU time of the whole browser (worker, main thread, the rest) during the run: on a shared
      // machine this, not the wall time, is what the fit costs.
      runs.push({ ...run, browserCpuMs: (cpuTicks() - cpuBefore) * (1000 / TICKS_PER_SECOND) });
    }
    const summary = {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
      // The machines are shared: a load average far above the core count slows every figure.
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg().map((value) => Math.round(value * 10) / 10),
      browser: userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? userAgent,
      job: "gmm 1-D, K = 3, n = 100 000, 200 iterations (tol 0), fixed start",
      medianWallMs: Math.round(median(runs.map((r) => r.wallMs))),
      worstWallMs: Math.round(Math.max(...runs.map((r) => r.wallMs))),
      medianWorkerMs: Math.round(median(runs.map((r) => r.workerMs))),
      medianBrowserCpuMs: Math.round(median(runs.map((r) => r.browserCpuMs))),
      worstFrameGapMs: Math.round(Math.max(...runs.map((r) => r.maxFrameGapMs))),
      worstTimerLateMs: Math.round(Math.max(...runs.map((r) => r.maxTimerLateMs))),
      runs,
    };
    console.log(
      `worker fit (${summary.job}) in ${summary.browser} on ${summary.machine}, load average ${loadBefore[0]} before, ${summary.loadAverageAfter[0]} after`,
    );
    console.log(`  wall time   median ${summary.medianWallMs} ms, worst ${summary.worstWallMs} ms (goal < 1000 ms)`);
    console.log(`  in worker   median ${summary.medianWorkerMs} ms; browser CPU time per run, median ${summary.medianBrowserCpuMs} ms`);
    console.log(`  main thread worst frame gap ${summary.worstFrameGapMs} ms, worst 10-ms timer lateness ${summary.worstTimerLateMs} ms`);
    console.log(`  iterations ${runs[0].iterations}, log-likelihood ${runs[0].logLikelihood}`);
    mkdirSync(path.join(root, "bench/results"), { recursive: true });
    writeFileSync(path.join(root, "bench/results/worker-fit.json"), `${JSON.stringify(summary, null, 2)}\n`);
    // The goal is judged on CPU time, which a busy shared machine does not inflate as it does wall time.
    if (summary.medianBrowserCpuMs >= 1000) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
