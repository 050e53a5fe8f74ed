// Prisma CLI configuration. JS-engine mode: the WebAssembly engines plus the better-sqlite3 driver
// adapter, so no command downloads a native engine (these machines cannot reach Prisma's host).
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL } from "./lib/env";

process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL });
  },
});
