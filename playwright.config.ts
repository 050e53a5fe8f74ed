import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./test/e2e/server";

// Browser tests drive Debian's Chromium (/usr/bin/chromium): Playwright's own browser download
// cannot reach its host from these machines. The server under test is a production build
// (`next build && next start`) on its own SQLite file, started by test/e2e/global-setup.ts.

const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "test/e2e",
  globalSetup: "./test/e2e/global-setup.ts",
  globalTeardown: "./test/e2e/global-teardown.ts",
  // One worker: the restart test stops and starts the one server the others use.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: `test-results/playwright${process.env.E2E_INSTANCE ? `-${process.env.E2E_INSTANCE}` : ""}`,
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumFlags,
    },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
