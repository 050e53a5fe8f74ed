// The lint rules fire: small files that break each boundary are planted in a throwaway project
// (dependency-cruiser, with the project's own .dependency-cruiser.cjs) or linted as text at a
// project path (ESLint, with the project's eslint.config.mjs), and each rule must report its
// file, and only its file. The clean files beside them must pass.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** A tiny project laid out like this one. Comments name the rule each planted file breaks. */
const PLANTED: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "@/*": ["./*"] } } }),
  "lib/db.ts": 'import { PrismaClient } from "@prisma/client";\nexport const db = new PrismaClient();\n',
  "lib/auth/session.ts": 'import { db } from "../db";\nexport const who = () => db;\n',
  "lib/study/sessions.ts": 'import { db } from "@/lib/db";\nexport const sessions = () => db;\n',
  "lib/questions/types.ts": "export type Difficulty = 1 | 2 | 3;\n",
  "lib/estimation/mean.ts": "export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;\n",
  "lib/questions/pure.ts": 'import { mean } from "../estimation/mean";\nexport const m = mean;\n',
  // A helper that looks harmless but pulls in Prisma: the indirect case.
  "lib/format-row.ts": 'import type { Prisma } from "@prisma/client";\nexport type Row = Prisma.JsonValue;\n',
  "lib/actions/study.ts":
    '"use server";\nimport { sessions } from "@/lib/study/sessions";\nexport async function start() { sessions(); }\n',
  "app/study/page.tsx": 'import { sessions } from "@/lib/study/sessions";\nexport default function Page() { sessions(); return null; }\n',
  "app/api/health/route.ts": 'import { db } from "@/lib/db";\nexport const GET = () => db;\n',
  "app/study/actions.ts": '"use server";\nexport async function act() {}\n',
  // Clean: a component that calls a server action (the one bridge to the database), and one that
  // uses React and the question types.
  "components/start-form.tsx": 'import { start } from "@/lib/actions/study";\nexport const StartForm = () => start;\n',
  "components/clean.tsx":
    'import { useState } from "react";\nimport type { Difficulty } from "@/lib/questions/types";\nexport function Clean(): Difficulty { useState(0); return 1; }\n',

  // estimation-is-self-contained
  "lib/estimation/planted.ts": 'import type { Difficulty } from "../questions/types";\nexport type D = Difficulty;\n',
  // grading-and-questions-stay-pure: React directly, Next directly, Prisma indirectly, lib/db indirectly
  "lib/grading/planted-react.ts": 'import { useState } from "react";\nexport const s = useState;\n',
  "lib/questions/planted-next.ts": 'import { notFound } from "next/navigation";\nexport const n = notFound;\n',
  "lib/questions/planted-indirect.ts": 'import type { Row } from "../format-row";\nexport type R = Row;\n',
  "lib/grading/planted-db.ts": 'import { sessions } from "@/lib/study/sessions";\nexport const s = sessions;\n',
  // components-never-reach-the-database: through lib/auth/session (today's account menu)
  "components/planted-menu.tsx": 'import { who } from "@/lib/auth/session";\nexport const Menu = () => who;\n',
  // env-stays-on-the-server (through a helper)
  "lib/env.ts": "export const serverEnv = () => process.env;\n",
  "lib/site-name.ts": 'import { serverEnv } from "./env";\nexport const siteName = () => serverEnv().NODE_ENV;\n',
  "components/planted-env.tsx": 'import { siteName } from "@/lib/site-name";\nexport const Name = () => siteName();\n',
  // nothing-imports-app
  "components/planted-app.tsx": 'import { act } from "@/app/study/actions";\nexport const A = () => act;\n',
  "lib/planted-app.ts": 'import { act } from "../app/study/actions";\nexport const a = act;\n',
  // database-through-its-owners
  "lib/learner.ts": 'import { db } from "./db";\nexport const learner = () => db;\n',
  "app/planted/page.tsx": 'import { db } from "@/lib/db";\nexport default function Page() { void db; return null; }\n',
  // actions-are-entry-points
  "lib/study/planted-calls-action.ts": 'import { start } from "@/lib/actions/study";\nexport const s = start;\n',
};

interface Violation {
  rule: string;
  from: string;
}

let fixture = "";
let violations: Violation[] = [];

beforeAll(() => {
  fixture = mkdtempSync(path.join(tmpdir(), "lint-boundaries-"));
  for (const [file, text] of Object.entries(PLANTED)) {
    mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
    writeFileSync(path.join(fixture, file), text);
  }
  // The packages the rules name, linked from the real install (the rest of node_modules is not needed).
  mkdirSync(path.join(fixture, "node_modules/@prisma"), { recursive: true });
  for (const name of ["react", "next", "@prisma/client", ".prisma"]) {
    symlinkSync(path.join(root, "node_modules", name), path.join(fixture, "node_modules", name));
  }
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
      "app",
      "components",
      "lib",
      "--config",
      path.join(root, ".dependency-cruiser.cjs"),
      "--output-type",
      "json",
    ],
    { cwd: fixture, encoding: "utf8" },
  );
  if (!run.stdout) throw new Error(`dependency-cruiser did not run: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string }[] } };
  violations = result.summary.violations.map((violation) => ({ rule: violation.rule.name, from: violation.from }));
}, 120_000);

afterAll(() => {
  if (fixture) rmSync(fixture, { recursive: true, force: true });
});

const firedBy = (rule: string) =>
  [...new Set(violations.filter((violation) => violation.rule === rule).map((violation) => violation.from))].sort();

describe("dependency-cruiser boundary rules", () => {
  it("estimation-is-self-contained: lib/estimation imports nothing of the project outside itself", () => {
    expect(firedBy("estimation-is-self-contained")).toEqual(["lib/estimation/planted.ts"]);
  });

  it("grading-and-questions-stay-pure: no React, Next, Prisma or lib/db, directly or indirectly", () => {
    expect(firedBy("grading-and-questions-stay-pure")).toEqual([
      "lib/grading/planted-db.ts",
      "lib/grading/planted-react.ts",
      "lib/questions/planted-indirect.ts",
      "lib/questions/planted-next.ts",
    ]);
  });

  it("components-never-reach-the-database: even through lib/auth, but a server action is allowed", () => {
    expect(firedBy("components-never-reach-the-database")).toEqual(["components/planted-menu.tsx"]);
  });

  it("env-stays-on-the-server: components never reach lib/env.ts, even through a helper", () => {
    expect(firedBy("env-stays-on-the-server")).toEqual(["components/planted-env.tsx"]);
  });

  it("nothing-imports-app: neither components/ nor lib/", () => {
    expect(firedBy("nothing-imports-app")).toEqual(["components/planted-app.tsx", "lib/planted-app.ts"]);
  });

  it("database-through-its-owners: lib/learner.ts and pages may not import lib/db; the health route may", () => {
    expect(firedBy("database-through-its-owners")).toEqual(["app/planted/page.tsx", "lib/learner.ts"]);
  });

  it("actions-are-entry-points: library code does not call server actions", () => {
    expect(firedBy("actions-are-entry-points")).toEqual(["lib/study/planted-calls-action.ts"]);
  });

  it("reports nothing for the clean files", () => {
    const plantedOrOwner = /planted|^lib\/learner\.ts$/;
    expect(violations.filter((violation) => !plantedOrOwner.test(violation.from))).toEqual([]);
  });
});

describe("ESLint rules", () => {
  const eslint = new ESLint({ cwd: root });
  // The first lint loads every plugin of Next's config: slow on a busy machine, so done once here.
  beforeAll(async () => {
    await eslint.lintText("export {};\n", { filePath: path.join(root, "lib/warm-up.ts") });
  }, 120_000);
  const rulesFiring = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
  };

  it('a module in lib/actions/ without "use server" is refused, with it accepted', async () => {
    expect(await rulesFiring("lib/actions/planted.ts", "export async function act(): Promise<void> {}\n")).toEqual([
      "local/use-server-bridge",
    ]);
    expect(await rulesFiring("lib/actions/planted.ts", '"use server";\nexport async function act(): Promise<void> {}\n')).toEqual([]);
  });

  it("app/ may import databaseAnswers from lib/db, never the client", async () => {
    expect(await rulesFiring("app/api/health/route.ts", 'import { db } from "@/lib/db";\nexport const GET = () => db;\n')).toEqual([
      "no-restricted-imports",
    ]);
    expect(await rulesFiring("app/api/health/route.ts", 'import { db } from "../../../lib/db";\nexport const GET = () => db;\n')).toEqual([
      "no-restricted-imports",
    ]);
    expect(
      await rulesFiring(
        "app/api/health/route.ts",
        'import { databaseAnswers } from "@/lib/db";\nexport const GET = () => databaseAnswers();\n',
      ),
    ).toEqual([]);
  });

  it("Next's React rules are on: an impure call while rendering is refused", async () => {
    const page = "export default function Page() {\n  return <p>{Date.now()}</p>;\n}\n";
    expect(await rulesFiring("app/planted/page.tsx", page)).toContain("react-hooks/purity");
  });
}, 60_000);
