// HTTP fuzzing in `npm test` (test/e2e/http-fuzz.ts): 2 000 generated requests against every route
// handler and server action of the production server the browser tests use. No 5xx, no request
// over 2 s, bounded memory. bench/fuzz.mjs runs 20 000+ the same way. FUZZ_SEED reproduces a run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { formatReport, runFuzz } from "./http-fuzz";
import { E2E_PORT } from "./server";

const root = path.resolve(__dirname, "../..");
const CASES = Number(process.env.FUZZ_CASES ?? 2000);
/**
 * Growth of the resident set after the warm-up. The heap keeps settling for thousands of requests:
 * 20 000 cases (bench/fuzz.mjs) grew +225 MiB by the 10 000th and not at all after it, while one
 * 2 000-case run grew +60 MiB and another +165 MiB. So this bound catches a gross leak only (over
 * ~130 KiB a request); bench/fuzz.mjs, which compares halfway with the end, is the finer check.
 */
const MAX_GROWTH_MIB = 320;

test("fuzzing every route handler and server action finds no 5xx, no request over 2 s, bounded memory", async () => {
  test.setTimeout(180_000);
  const pidFile = path.join(root, "test-results", `${process.env.E2E_INSTANCE ?? "e2e"}-server.pid`);
  const report = await runFuzz({
    base: `http://127.0.0.1:${E2E_PORT}`,
    distDir: path.join(root, process.env.NEXT_DIST_DIR || ".next"),
    cases: CASES,
    seed: process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED),
    concurrency: 4,
    serverPid: Number(readFileSync(pidFile, "utf8")),
  });
  const summary = formatReport(report);
  console.log(summary);
  expect(report.cases).toBe(CASES);
  expect(report.failures, summary).toEqual([]);
  expect(report.slow, summary).toEqual([]);
  // Every target was reached (the ids of the actions come from the build).
  expect(Object.keys(report.perTarget).length, summary).toBeGreaterThanOrEqual(25);
  expect(report.rssAfterMiB, summary).not.toBeNull();
  expect((report.rssAfterMiB ?? 0) - (report.rssBeforeMiB ?? 0), summary).toBeLessThan(MAX_GROWTH_MIB);
});
