// ESLint flat config: Next's rules (Core Web Vitals, React, hooks, accessibility) and
// typescript-eslint's recommended rules. The import boundaries between the project's parts are
// checked by dependency-cruiser (.dependency-cruiser.cjs), which also sees indirect imports;
// `npm run lint` runs both.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * A module in lib/actions/ must begin with the "use server" directive. dependency-cruiser stops at
 * these modules (Next replaces them, in a client bundle, by references to server endpoints), so a
 * file there without the directive would hide real imports from the boundary rules.
 */
const useServerBridge = {
  meta: {
    type: "problem",
    docs: { description: 'Modules in lib/actions/ start with "use server"' },
    messages: {
      missing:
        'lib/actions/ holds server action modules only: start this file with "use server" or move it (the boundary rules do not look behind lib/actions/).',
    },
    schema: [],
  },
  create(context) {
    return {
      Program(program) {
        const first = program.body[0];
        const isUseServer =
          first?.type === "ExpressionStatement" && first.expression.type === "Literal" && first.expression.value === "use server";
        if (!isUseServer) context.report({ node: program, messageId: "missing" });
      },
    };
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "coverage/**",
    "next-env.d.ts",
    // Planted violations for the boundary tests: they must stay wrong.
    "test/lint/fixtures/**",
  ]),
  {
    plugins: { local: { rules: { "use-server-bridge": useServerBridge } } },
    files: ["lib/actions/**/*.ts"],
    rules: { "local/use-server-bridge": "error" },
  },
  {
    // The health route imports lib/db for `databaseAnswers` only (see database-through-its-owners
    // in .dependency-cruiser.cjs); pages and routes reach the data through lib/auth and lib/study.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)lib/db$",
              importNames: ["db"],
              message: "app/ reaches the database through lib/auth/ and lib/study/, never the Prisma client itself.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // `_previous` (a server action's unused state argument) and friends are deliberate.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
]);
