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
 * Growth of the resident set over the second half of the run. The first half includes the heap
 * settling after the warm-up (+100 MiB or more on one run); a leak keeps growing in the second
 * half. 2 000 cases catch a gross leak only: bench/fuzz.mjs runs 20 000+ for a finer one.
 */
const MAX_SECOND_HALF_GROWTH_MIB = 96;

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
  expect(report.rssMidMiB, summary).not.toBeNull();
  expect((report.rssAfterMiB ?? 0) - (report.rssMidMiB ?? 0), summary).toBeLessThan(MAX_SECOND_HALF_GROWTH_MIB);
});
