#!/usr/bin/env node
// HTTP fuzzing of the production build (test/e2e/http-fuzz.ts): 20 000 cases by default against
// every route handler and server action; prints the counts per target, the status histogram, the
// slowest request and the server's resident memory before and after. Exit code 1 on any 5xx,
// dropped connection, request over 2 s, or resident memory growing more than FUZZ_MAX_GROWTH_MIB
// (default 64) over the second half of the run (the first half includes the heap settling).
//
//   npm run bench:fuzz                              # builds, starts a server on a fresh database
//   BENCH_SKIP_BUILD=1 npm run bench:fuzz           # uses the build in NEXT_DIST_DIR (.next)
//   FUZZ_BASE=http://127.0.0.1:3000 FUZZ_PID=1234 npm run bench:fuzz   # a running server
//   FUZZ_CASES=50000 FUZZ_SEED=42 npm run bench:fuzz
import { cpus } from "node:os";
import path from "node:path";
import { tsImport } from "tsx/esm/api";
import { distDir, root, startServer } from "./server.mjs";

const { runFuzz, formatReport } = await tsImport("../test/e2e/http-fuzz.ts", import.meta.url);

const CASES = Number(process.env.FUZZ_CASES ?? 20_000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const MAX_GROWTH_MIB = Number(process.env.FUZZ_MAX_GROWTH_MIB ?? 64);

let started = null;
let base = process.env.FUZZ_BASE;
let serverPid = process.env.FUZZ_PID ? Number(process.env.FUZZ_PID) : undefined;
if (!base) {
  started = await startServer({ name: "fuzz", port: Number(process.env.BENCH_PORT ?? 3201) });
  base = started.base;
  serverPid = started.server.pid;
}
try {
  const report = await runFuzz({
    base,
    distDir: path.join(root, distDir),
    cases: CASES,
    seed: SEED,
    concurrency: Number(process.env.FUZZ_CONCURRENCY ?? 4),
    serverPid,
    onProgress: (done) => process.stdout.write(`\r${done} / ${CASES}`),
  });
  console.log(`\n${formatReport(report)}`);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`);
  const growth = report.rssAfterMiB !== null && report.rssMidMiB !== null ? report.rssAfterMiB - report.rssMidMiB : 0;
  const ok = report.failures.length === 0 && report.slow.length === 0 && growth <= MAX_GROWTH_MIB;
  console.log(ok ? "fuzz: no 5xx, nothing over 2 s, memory bounded" : "fuzz: FAILED (see FAIL lines above)");
  process.exitCode = ok ? 0 : 1;
} finally {
  await started?.stop();
}
