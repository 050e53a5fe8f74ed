import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The components lane on its own (React components in jsdom with Testing Library):
// `npx vitest run --config vitest.components.config.mts`.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./test/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["test/components/**/*.test.tsx"],
    environment: "jsdom",
    setupFiles: ["test/components/setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
  },
});
