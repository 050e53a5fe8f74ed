#!/usr/bin/env node
// Writes prisma/schema.postgres.prisma: prisma/schema.prisma with `provider = "postgresql"` in its
// datasource, and nothing else changed. The SQLite schema is the one edited by hand; Prisma needs a
// literal provider per schema (an env() provider makes the CLI fetch a native engine), so the
// PostgreSQL copy is generated and committed, and test/app/postgres-schema.test.ts fails when the
// two drift. Run after every edit of prisma/schema.prisma: `npm run db:schema:postgres`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const source = path.join(root, "prisma/schema.prisma");
const target = path.join(root, "prisma/schema.postgres.prisma");

const text = readFileSync(source, "utf8");
const sqliteProvider = /^(\s*provider\s*=\s*)"sqlite"(\s*)$/m;
if (!sqliteProvider.test(text)) {
  console.error(`${source} has no line provider = "sqlite"`);
  process.exit(1);
}
writeFileSync(target, text.replace(sqliteProvider, '$1"postgresql"$2'));
console.log(`wrote ${path.relative(root, target)}`);
