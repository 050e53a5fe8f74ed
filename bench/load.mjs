#!/usr/bin/env node
// Load at a fixed offered rate, with an honest latency goal. Against `next start` on 127.0.0.1
// with a fresh seeded database, a mixed workload (browsing the practice list and a question page,
// the API check, a study session's check and the review queue's check (server actions), the
// progress dashboard) is run:
//   1. each kind alone, closed loop (20 connections): requests per second and p50/p99, the cost of
//      each kind, and the server actions' latency as a ratio of the API check's;
//   2. the whole mix in its proportions, closed loop: the saturated rate (the rate it serves);
//   3. the mix offered at 50 % and 80 % of that rate, each kind by its weight, the requests evenly
//      spread over each second (autocannon's overallRate, one connection per request a second,
//      each started at its own phase): p50/p99 per kind and over all requests. Goal: p99 ≤ 100 ms
//      at 50 %.
// The pages are viewed in turn by three learners with fixed histories (50 attempts over 10 days, 400
// over 45, 1 300 over 170 as in bench/page-cpu.mjs); the checks are sent by another learner, whose
// history grows through the run.
// On 2 shared cores the load generator competes with the server: compare ratios within one run.
//
//   npm run bench:load                      # builds first (NEXT_DIST_DIR, default .next)
//   BENCH_SKIP_BUILD=1 npm run bench:load
//   LOAD_SECONDS=20 BENCH_PORT=3202 npm run bench:load
//   LOAD_ONLY="session check (action)" LOAD_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:load
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { guestWithHistory, newGuest } from "./history.mjs";
import { distDir, machineInfo, root, startServer } from "./server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3202);
// 30 s at a fixed rate gives each kind 150 or more requests at 50 %: its p99 is then not simply its
// slowest request.
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const ALL_REQUESTS = "all requests";
const SOLO_SECONDS = Number(process.env.LOAD_SOLO_SECONDS ?? 8);
// The learners who view the pages, in turn: attempts over days. A cohort's members are at every stage
// of their preparation; the last is bench/page-cpu.mjs's learner with a long history.
const READERS = (process.env.LOAD_READERS ?? "50:10,400:45,1300:170").split(",").map((reader) => {
  const [attempts, days] = reader.split(":").map(Number);
  return { attempts, days };
});
const TEMPLATE = "mle-bernoulli-p";
// Four significant figures, never the answer (test/integration/durability.test.ts): every check is
// graded and recorded, the expensive path.
const WRONG = "0.1234";

/** The mix: share of requests per kind. */
const WEIGHTS = {
  "browse: practice list": 0.15,
  "browse: question page": 0.15,
  "API check": 0.2,
  "session check (action)": 0.2,
  "review check (action)": 0.15,
  dashboard: 0.15,
};

function actionIds() {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, "server", "server-reference-manifest.json"), "utf8"));
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.exportedName) ids[entry.exportedName] = id;
  return ids;
}

/**
 * Guests. The readers, who browse and open the dashboard in turn, have fixed histories (READERS).
 * The writer, who checks answers, has an attempt, a review card, and a 20-question practice session
 * on closed-form MLEs; every check adds to its history, thousands in a run. Were the pages viewed by
 * the writer, their cost would grow through the run (a dashboard over 6 000 attempts of the last
 * minutes costs three times one over a single attempt), and with it each figure would depend on how
 * long the phases before it ran.
 */
async function prepare(base, dbFile) {
  const ids = actionIds();
  const readers = [];
  for (const [index, { attempts, days }] of READERS.entries()) {
    // Seeds above any history's (0 … attempts − 1).
    readers.push(await guestWithHistory(base, dbFile, 100_000 + index, { attempts, spreadDays: days, idPrefix: `reader${index}-` }));
  }
  const cookie = await newGuest(base, 42);
  const form = new FormData();
  form.append("_1_mode", "practice");
  form.append("_1_length", "20");
  form.append("_1_difficulty", "any");
  // One topic of computed answers: a session drawn from every topic can, by chance, hold no question
  // whose parts are all numbers (explanations, derivations and choices are checked otherwise).
  form.append("_1_topic", "mle-closed-form");
  form.append("0", JSON.stringify([{ error: null }, "$K1"]));
  const started = await fetch(`${base}/study`, {
    method: "POST",
    headers: { "next-action": ids.startSession, accept: "text/x-component", cookie },
    body: form,
    redirect: "manual",
  });
  const sessionId = /\/study\/([^;/?]+)/.exec(started.headers.get("x-action-redirect") ?? "")?.[1];
  if (!sessionId) throw new Error(`the session did not start (${started.status})`);
  // The questions of the session whose parts are all numbers: answered with WRONG, graded and recorded.
  const db = new Database(dbFile, { readonly: true });
  const items = db.prepare("select position, templateId, seed from SessionItem where sessionId = ? order by position").all(sessionId);
  db.close();
  const numeric = [];
  for (const item of items) {
    const variant = await (await fetch(`${base}/api/questions/${item.templateId}?seed=${item.seed}`)).json();
    if (variant.parts?.every((part) => part.input === "number")) {
      numeric.push({ position: item.position, answers: Object.fromEntries(variant.parts.map((part) => [part.id, WRONG])) });
    }
  }
  if (numeric.length === 0) throw new Error("the session has no numeric question");
  return { ids, cookie, readers, sessionId, numeric };
}

function kinds(base, setup) {
  const { ids, cookie, readers, sessionId, numeric } = setup;
  const action = (id) => ({ "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie });
  let turn = 0;
  let readerTurn = 0;
  // A page view by the next reader in turn.
  const page = (url) => ({
    url,
    headers: { cookie: readers[0] },
    setupRequest: (request) => ({ ...request, headers: { ...request.headers, cookie: readers[readerTurn++ % readers.length] } }),
  });
  return {
    "browse: practice list": page(`${base}/practice`),
    "browse: question page": page(`${base}/practice/${TEMPLATE}?seed=42`),
    "API check": {
      url: `${base}/api/questions/${TEMPLATE}/check`,
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ seed: 42, answers: { p: WRONG } }),
    },
    "session check (action)": {
      url: `${base}/study/${sessionId}`,
      method: "POST",
      headers: action(ids.checkSessionAnswer),
      // A new idempotency key per request, as each click of Check sends: a repeat would be a cheap duplicate.
      setupRequest: (request) => {
        const item = numeric[turn++ % numeric.length];
        return { ...request, body: JSON.stringify([sessionId, item.position, item.answers, randomUUID(), 0, 20_000, false]) };
      },
    },
    "review check (action)": {
      url: `${base}/review/${TEMPLATE}`,
      method: "POST",
      headers: action(ids.checkReviewAnswer),
      // A fresh variant each time, as the queue serves: a first try, which looks up the card.
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify([TEMPLATE, Math.floor(Math.random() * 2 ** 31), { p: WRONG }, randomUUID(), 0, 20_000, false]),
      }),
    },
    dashboard: page(`${base}/progress`),
  };
}

function cannon(kind, options) {
  const { url, setupRequest, ...request } = kind;
  const requests = setupRequest ? [{ ...request, setupRequest }] : undefined;
  return new Promise((resolve, reject) => {
    autocannon({ url, ...request, ...(requests ? { requests } : {}), ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * The mix in its proportions, closed loop: every connection cycles through one sequence of 20
 * requests holding each kind's share, so the rate served is the mix's own capacity. (Offering each
 * kind its share beyond capacity instead lets the cheap kinds take the server while the dear ones
 * wait, and measures a mix richer in cheap requests than the one the fixed rates then offer.)
 */
function weightedMix(all, base, seconds, connections) {
  const slots = 20;
  const remaining = Object.fromEntries(Object.entries(WEIGHTS).map(([name, weight]) => [name, Math.round(weight * slots)]));
  const sequence = [];
  while (sequence.length < slots && Object.values(remaining).some((count) => count > 0)) {
    for (const name of Object.keys(WEIGHTS)) {
      if (remaining[name] <= 0) continue;
      remaining[name] -= 1;
      const { url, ...request } = all[name];
      const target = new URL(url);
      sequence.push({ method: "GET", ...request, path: target.pathname + target.search });
    }
  }
  return new Promise((resolve, reject) => {
    autocannon({ url: base, requests: sequence, connections, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function stats(result, seconds) {
  return {
    requests: result.requests.total,
    rate: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The p-th percentile of sorted values (nearest rank). */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/**
 * All kinds at once at a fixed total rate, evenly spread over each second. autocannon's rate option
 * sends each connection's quota back to back when its one-second timer fires, and all connections
 * start together: given 32 requests a second, the server got them as one burst each second, and
 * the latencies measured the draining of that burst, not the server at that rate. Here every
 * request a second of the rate is its own autocannon connection sending one request a second
 * (overallRate 1), started at its own phase of the second, the kinds interleaved; latencies are
 * read from each response.
 */
async function mix(all, rate, seconds) {
  const names = Object.keys(WEIGHTS);
  const streams = names.map((name) => ({ name, count: Math.max(1, Math.round(rate * WEIGHTS[name])) }));
  const total = streams.reduce((sum, stream) => sum + stream.count, 0);
  const order = [];
  for (let round = 0; order.length < total; round++) {
    for (const stream of streams) if (round < stream.count) order.push(stream.name);
  }
  const latencies = Object.fromEntries(names.map((name) => [name, []]));
  const errors = Object.fromEntries(names.map((name) => [name, 0]));
  await Promise.all(
    order.map(
      (name, index) =>
        new Promise((resolve, reject) => {
          setTimeout(
            () => {
              const { url, setupRequest, ...request } = all[name];
              const instance = autocannon(
                {
                  url,
                  ...request,
                  ...(setupRequest ? { requests: [{ ...request, setupRequest }] } : {}),
                  connections: 1,
                  overallRate: 1,
                  duration: seconds,
                },
                (error, result) => {
                  if (error) return reject(error);
                  errors[name] += result.errors + result.timeouts + result.non2xx;
                  resolve();
                },
              );
              instance.on("response", (_client, _status, _bytes, responseTime) => latencies[name].push(responseTime));
            },
            (1000 * index) / order.length,
          );
        }),
    ),
  );
  const summary = (values, errorCount) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      requests: sorted.length,
      rate: sorted.length / seconds,
      p50: Math.round(percentile(sorted, 50)),
      p99: Math.round(percentile(sorted, 99)),
      max: Math.round(sorted.at(-1) ?? 0),
      errors: errorCount,
    };
  };
  return {
    ...Object.fromEntries(names.map((name) => [name, summary(latencies[name], errors[name])])),
    // The mix as one workload: every request of the run, whatever its kind.
    [ALL_REQUESTS]: summary(
      names.flatMap((name) => latencies[name]),
      names.reduce((sum, name) => sum + errors[name], 0),
    ),
  };
}

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

function table(title, rows) {
  console.log(`\n${title}\n| kind | req/s | p50 (ms) | p99 (ms) | max (ms) | errors |\n|---|---|---|---|---|---|`);
  for (const [name, s] of Object.entries(rows)) console.log(`| ${name} | ${fmt(s.rate)} | ${s.p50} | ${s.p99} | ${s.max} | ${s.errors} |`);
}

async function main() {
  const { base, dbFile, stop } = await startServer({
    name: "load",
    port: PORT,
    nodeArgs: process.env.LOAD_NODE_ARGS?.split(" ").filter(Boolean) ?? [],
    extraEnv: process.env.LOAD_TIMING === "1" ? { LOAD_TIMING: "1" } : {},
  });
  try {
    const setup = await prepare(base, dbFile);
    const all = kinds(base, setup);
    // Warm-up: every route's modules loaded and JIT-compiled.
    for (const name of Object.keys(WEIGHTS)) await cannon(all[name], { connections: 4, duration: 2 });

    // 1. Each kind alone (LOAD_ONLY="API check,review check (action)": only those, and stop: for profiling).
    const only = process.env.LOAD_ONLY?.split(",");
    const solo = {};
    for (const name of only ?? Object.keys(WEIGHTS))
      solo[name] = stats(await cannon(all[name], { connections: 20, duration: SOLO_SECONDS }), SOLO_SECONDS);
    table(`Each kind alone, closed loop, 20 connections, ${SOLO_SECONDS} s`, solo);
    if (only) return;
    const api = solo["API check"];
    const ratios = {
      session: solo["session check (action)"].p50 / api.p50,
      review: solo["review check (action)"].p50 / api.p50,
      sessionThroughput: api.rate / solo["session check (action)"].rate,
      reviewThroughput: api.rate / solo["review check (action)"].rate,
    };
    console.log(
      `server actions vs the API check: p50 × ${ratios.session.toFixed(2)} (session), × ${ratios.review.toFixed(2)} (review); ` +
        `cost per request × ${ratios.sessionThroughput.toFixed(2)}, × ${ratios.reviewThroughput.toFixed(2)} (target ≤ 1.5)`,
    );

    // 2. Saturation: the mix in its proportions, closed loop.
    const saturation = stats(await weightedMix(all, base, SECONDS, 16), SECONDS);
    const saturated = saturation.rate;
    table(`Saturation: the mix in its proportions, closed loop, 16 connections (served ${fmt(saturated)} req/s)`, {
      "weighted mix": saturation,
    });

    // 3. Fixed rates.
    const at = {};
    for (const share of [0.5, 0.8]) {
      const rate = share * saturated;
      at[share] = await mix(all, rate, SECONDS);
      const served = at[share][ALL_REQUESTS].rate;
      table(`${share * 100} % of saturation: offered ${fmt(rate)} req/s, served ${fmt(served)} req/s`, at[share]);
    }
    const worstP99At50 = Math.max(...Object.values(at[0.5]).map((s) => s.p99));
    console.log(
      `\np99 at 50 % of saturation: ${at[0.5][ALL_REQUESTS].p99} ms over all requests, ${worstP99At50} ms for the slowest kind (goal ≤ 100 ms)`,
    );
    const machine = machineInfo();
    const result = {
      date: new Date().toISOString(),
      machine,
      weights: WEIGHTS,
      readers: READERS,
      solo,
      ratios,
      saturatedRate: saturated,
      saturation,
      at50: at[0.5],
      at80: at[0.8],
      worstP99At50,
    };
    writeFileSync(path.join(root, "bench/results/load.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
