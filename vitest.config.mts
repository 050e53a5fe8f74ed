import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Four lanes, each a Vitest project (`vitest run --project <name>`; README, "Tests"). Every test
// file belongs to exactly one lane: scripts/check-test-lanes.mjs fails when one is in none or two.
//   unit         pure library tests: estimation, grading, the question framework, study arithmetic
//   content      every template of the bank over many seeds, and the per-template tests
//   integration  a database (test/integration) or a child process (the estimation CLI)
//   components   React components in jsdom with Testing Library
const CONTENT = [
  "test/questions/content.test.ts",
  "test/questions/core.test.ts",
  "test/questions/concept-variation.test.ts",
  "test/questions/concepts-*.test.ts",
  "test/questions/em-computation.test.ts",
  "test/questions/mle-computation.test.ts",
  "test/questions/mle-bernoulli-p.test.ts",
  "test/questions/near-zero.test.ts",
  // Every derivation and explain template (on main, not yet on this branch when the lanes were drawn).
  "test/questions/derivations.test.ts",
  "test/questions/explain.test.ts",
];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./test/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // Integration tests migrate their own temporary SQLite files; keep memory use modest on 2 cores.
    pool: "forks",
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "test/estimation/**/*.test.ts",
            "test/grading/**/*.test.ts",
            "test/questions/**/*.test.ts",
            "test/study/**/*.test.ts",
            "test/app/**/*.test.ts",
            "test/learn/**/*.test.ts",
            "test/playground/**/*.test.ts",
          ],
          exclude: CONTENT,
          // Pure modules with no global state (no mocks, no env): the files of a worker share one
          // module cache, so mathjs, the estimation library and the bank are loaded once per worker
          // instead of once per file (the lane took twice as long isolated).
          isolate: false,
        },
      },
      { extends: true, test: { name: "content", include: CONTENT } },
      {
        extends: true,
        test: { name: "integration", include: ["test/integration/**/*.test.ts", "test/cli/**/*.test.ts", "test/lint/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "components",
          include: ["test/components/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["test/components/setup.ts"],
        },
      },
    ],
  },
});
