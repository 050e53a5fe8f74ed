// Prisma CLI configuration. JS-engine mode: the WebAssembly engines plus a driver adapter, so no
// command downloads a native engine (these machines cannot reach Prisma's host).
//
// DATABASE_URL chooses the provider: a `file:` URL is the embedded SQLite default
// (prisma/schema.prisma, prisma/migrations), a `postgresql://` URL the scale-out provider
// (prisma/schema.postgres.prisma, its copy written by scripts/postgres-schema.mjs, and
// prisma/migrations-postgres). So `DATABASE_URL=postgresql://… npx prisma generate` (or
// `npm run db:generate`) generates the client for PostgreSQL, and `migrate deploy` migrates it.
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, postgresConnection } from "./lib/database-url";
import { DEFAULT_DATABASE_URL } from "./lib/env";
import { pgAdapterForCli } from "./prisma/pg-catalog-types";

const url = (process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL);
const postgres = databaseProvider(url) === "postgresql";

export default defineConfig({
  schema: postgres ? "prisma/schema.postgres.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/migrations-postgres" : "prisma/migrations", seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return postgres ? pgAdapterForCli(postgresConnection(url)) : new PrismaBetterSQLite3({ url });
  },
});
