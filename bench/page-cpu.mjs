#!/usr/bin/env node
// Server CPU per page view, for a learner with a long history. Against `next start` on a fresh
// seeded database, a guest answers once; then ATTEMPTS attempts (two in three right, one in three
// with a named mistake, spread over SPREAD_DAYS days and every template) are written straight into
// the database, and each page is requested WARMUP times, then N times one after another. The
// server's CPU time (user + system, from /proc, all its threads) is divided by N: unlike a latency,
// it does not count the time the machine gave to other work.
//
//   BENCH_SKIP_BUILD=1 npm run bench:page-cpu
//   PAGES="/progress,/" ATTEMPTS=5000 N=200 npm run bench:page-cpu
//   PAGE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" PAGES=/progress npm run bench:page-cpu
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { guestWithHistory } from "./history.mjs";
import { machineInfo, root, startServer } from "./server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const N = Number(process.env.N ?? 100);
const WARMUP = Number(process.env.WARMUP ?? 20);
const ATTEMPTS = Number(process.env.ATTEMPTS ?? 1300);
const SPREAD_DAYS = Number(process.env.SPREAD_DAYS ?? 170);
const PAGES = (process.env.PAGES ?? "/progress,/,/practice,/practice/mle-bernoulli-p?seed=42,/review").split(",");
const nodeArgs = process.env.PAGE_NODE_ARGS?.split(" ").filter(Boolean) ?? [];

const { base, server, dbFile, stop } = await startServer({ name: "page-cpu", port: PORT, nodeArgs });
try {
  const cookie = await guestWithHistory(base, dbFile, 42, { attempts: ATTEMPTS, spreadDays: SPREAD_DAYS });
  const cpuMs = () => {
    const fields = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
  };
  const rows = [];
  for (const page of PAGES) {
    const get = async () => {
      const response = await fetch(base + page, { headers: { cookie } });
      const body = await response.text();
      if (!response.ok || body.includes('id="__next_error__"')) throw new Error(`${page} answered ${response.status} or an error page`);
      return body.length;
    };
    for (let i = 0; i < WARMUP; i++) await get();
    const before = cpuMs();
    const latencies = [];
    let bytes = 0;
    for (let i = 0; i < N; i++) {
      const start = performance.now();
      bytes = await get();
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    rows.push({ page, cpuMs: (cpuMs() - before) / N, p50Ms: latencies[N >> 1], htmlBytes: bytes });
  }
  console.log(
    `\nServer CPU per page view, ${ATTEMPTS} attempts over ${SPREAD_DAYS} days, ${N} views each\n| page | CPU (ms) | p50 (ms) | HTML (KB) |\n|---|---|---|---|`,
  );
  for (const row of rows)
    console.log(`| ${row.page} | ${row.cpuMs.toFixed(1)} | ${row.p50Ms.toFixed(1)} | ${(row.htmlBytes / 1024).toFixed(0)} |`);
  const machine = machineInfo();
  writeFileSync(
    path.join(root, "bench/results/page-cpu.json"),
    `${JSON.stringify({ date: new Date().toISOString(), machine, attempts: ATTEMPTS, rows }, null, 2)}\n`,
  );
} finally {
  await stop();
}
