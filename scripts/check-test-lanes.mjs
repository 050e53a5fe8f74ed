#!/usr/bin/env node
// Every test file belongs to exactly one lane (README, "Tests"): the Vitest lanes are the projects
// of vitest.config.mts (unit, content, integration, components), the browser lane is Playwright's
// test/e2e. A file that matches no lane would never run, not even in `npm test`; one in two lanes
// would run twice. Exit code 1, with the files named, when either happens.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;
const E2E = path.join(root, "test", "e2e") + path.sep;

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : testFiles(full);
    return TEST_FILE.test(entry.name) ? [full] : [];
  });
}

const listed = spawnSync("npx", ["vitest", "list", "--filesOnly", "--json"], { cwd: root, encoding: "utf8" });
if (listed.status !== 0) {
  console.error(`vitest list failed:\n${listed.stderr}`);
  process.exit(1);
}
/** @type {{ file: string, projectName: string }[]} */
const entries = JSON.parse(listed.stdout);
const lanes = new Map();
for (const { file, projectName } of entries) lanes.set(file, [...(lanes.get(file) ?? []), projectName]);

const problems = [];
for (const file of testFiles(path.join(root, "test"))) {
  const relative = path.relative(root, file);
  const vitestLanes = lanes.get(file) ?? [];
  if (file.startsWith(E2E)) {
    if (vitestLanes.length > 0) problems.push(`${relative}: a Playwright file also run by Vitest (${vitestLanes.join(", ")})`);
  } else if (vitestLanes.length === 0) {
    problems.push(`${relative}: in no lane (add it to a project of vitest.config.mts)`);
  } else if (vitestLanes.length > 1) {
    problems.push(`${relative}: in ${vitestLanes.length} lanes (${vitestLanes.join(", ")})`);
  }
}
for (const file of lanes.keys()) {
  if (!file.startsWith(path.join(root, "test") + path.sep)) problems.push(`${path.relative(root, file)}: a Vitest test outside test/`);
}

if (problems.length > 0) {
  console.error(`Test lanes: ${problems.length} problem(s)\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
const counts = {};
for (const names of lanes.values()) for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
console.log(
  `Test lanes: every test file is in exactly one lane (${Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(", ")}, e2e: Playwright)`,
);
