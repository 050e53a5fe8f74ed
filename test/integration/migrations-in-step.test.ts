// The PostgreSQL migrations, replayed into an empty database, give exactly the PostgreSQL schema:
// `prisma migrate diff` from prisma/migrations-postgres (applied to a shadow database of the
// throwaway cluster) to prisma/schema.postgres.prisma finds nothing to do. Together with
// test/app/postgres-schema.test.ts (the two schemas differ only in the provider), a schema edit
// without its PostgreSQL migration fails `npm run test:postgres` (README, "PostgreSQL"). The same
// replay on SQLite fails inside Prisma 6.19.3's better-sqlite3 shadow database (P3006, "External
// error"), so the SQLite folder is checked by the migration and integration tests that apply it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { onPostgres, postgresCluster } from "./account-harness";

const root = path.resolve(__dirname, "../..");

describe.runIf(onPostgres)("the PostgreSQL migrations", () => {
  it("replayed from empty, give no difference from the schema", () => {
    const diff = spawnSync(
      path.join(root, "node_modules/.bin/prisma"),
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations-postgres",
        "--to-schema-datamodel",
        "prisma/schema.postgres.prisma",
        "--exit-code",
      ],
      { cwd: root, env: { ...process.env, DATABASE_URL: `${postgresCluster}/postgres` }, encoding: "utf8" },
    );
    // --exit-code: 0 no difference, 2 a difference (printed), 1 an error.
    expect({ status: diff.status, output: diff.status === 0 ? "" : `${diff.stdout}\n${diff.stderr}` }).toEqual({ status: 0, output: "" });
    expect(diff.stdout).toContain("No difference detected");
  }, 120_000);
});
