#!/usr/bin/env node
// First-load JavaScript per page, measured in the browser: the gzip size of every script a page
// fetches from navigation until the network is idle, before any interaction, in a fresh browser
// context (cold cache). A lazy chunk (mathjs for the answer preview, KaTeX) counts only once
// something fetches it. `next build` no longer prints sizes, and `next analyze` counts lazy chunks
// as first-load, hence this script.
//
// Two figures per page. "first load": the page's own scripts, with the router's prefetches of
// the other routes linked from the navigation refused (requests marked `Next-Router-Prefetch`),
// since those are the next pages' code, fetched when the browser is idle. "with prefetches": every
// script until network idle. The budget applies to the first.
//
//   npm run bench:first-load                          # builds, starts `next start`, measures
//   BENCH_SKIP_BUILD=1 npm run bench:first-load       # the build in NEXT_DIST_DIR (or .next) as it is
//   npm run bench:first-load -- http://localhost:3170 # a server already running
//
// Exits 1 when a question page ships more than 150 kB (gzip, 1 kB = 1000 bytes) on first load.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, root, startServer } from "./server.mjs";

const QUESTION_BUDGET_BYTES = 150_000;
const PORT = Number(process.env.BENCH_PORT ?? 3210);

/** The pages measured; `question` pages are held to the budget. One question page per kind. */
const PAGES = [
  { name: "home", path: "/" },
  { name: "practice index", path: "/practice" },
  { name: "question: computation", path: "/practice/mle-bernoulli-p?seed=1", question: true },
  { name: "question: EM computation", path: "/practice/em-gmm-iteration?seed=1", question: true },
  { name: "question: concept", path: "/practice/concept-em-monotone?seed=1", question: true },
  { name: "question: derivation", path: "/practice/derive-em-gmm-mean?seed=1", question: true },
  { name: "question: explain", path: "/practice/explain-why-em?seed=1", question: true },
  { name: "progress", path: "/progress" },
  { name: "learn", path: "/learn" },
  { name: "explore em", path: "/explore/em?template=em-gmm-iteration&seed=1" },
];

/** Scripts fetched by one page until network idle: count, raw bytes, gzip bytes. */
async function measure(browser, base, page, { refusePrefetch }) {
  const context = await browser.newContext();
  if (refusePrefetch) {
    await context.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
  }
  const tab = await context.newPage();
  const bodies = [];
  tab.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body).length }),
        () => null,
      ),
    );
  });
  const response = await tab.goto(base + page.path, { waitUntil: "networkidle" });
  if (!response || response.status() >= 400) throw new Error(`${page.path} answered ${response?.status()}`);
  const scripts = (await Promise.all(bodies)).filter((entry) => entry !== null);
  await context.close();
  return {
    ...page,
    scripts: scripts.length,
    raw: scripts.reduce((sum, s) => sum + s.raw, 0),
    gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
    largest: scripts.sort((a, b) => b.gzip - a.gzip).slice(0, 3),
  };
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

async function main() {
  const given = process.argv[2];
  const server = given ? { base: given.replace(/\/$/, ""), stop: () => {} } : await startServer({ name: "first-load", port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const results = [];
    for (const page of PAGES) {
      const own = await measure(browser, server.base, page, { refusePrefetch: true });
      const all = await measure(browser, server.base, page, { refusePrefetch: false });
      results.push({ ...own, withPrefetches: { scripts: all.scripts, gzip: all.gzip } });
    }
    console.log("\n| page | path | scripts | raw (kB) | first load, gzip (kB) | with prefetches, gzip (kB) |\n|---|---|---|---|---|---|");
    for (const r of results) {
      console.log(`| ${r.name} | ${r.path} | ${r.scripts} | ${kB(r.raw)} | ${kB(r.gzip)} | ${kB(r.withPrefetches.gzip)} |`);
    }
    if (process.env.BENCH_VERBOSE === "1") {
      for (const r of results) {
        console.log(`\n${r.name}: largest scripts`);
        for (const s of r.largest) console.log(`  ${kB(s.gzip)} kB  ${s.url}`);
      }
    }
    const over = results.filter((r) => r.question && r.gzip > QUESTION_BUDGET_BYTES);
    writeFileSync(
      path.join(root, "bench/results/first-load.json"),
      `${JSON.stringify({ date: new Date().toISOString(), budgetBytes: QUESTION_BUDGET_BYTES, pages: results.map((r) => ({ ...r, largest: undefined })) }, null, 2)}\n`,
    );
    if (over.length > 0) {
      console.error(
        `\nFirst load over the ${kB(QUESTION_BUDGET_BYTES)} kB budget: ${over.map((r) => `${r.name} (${kB(r.gzip)} kB)`).join(", ")}`,
      );
      process.exitCode = 1;
    } else {
      console.log(`\nEvery question page's first load is within ${kB(QUESTION_BUDGET_BYTES)} kB gzip.`);
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
