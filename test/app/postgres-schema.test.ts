// The PostgreSQL schema is a generated copy of the SQLite one (scripts/postgres-schema.mjs): it
// must stay identical except for the datasource provider, or one provider's client and migrations
// would silently describe another data model. Run `npm run db:schema:postgres` after editing
// prisma/schema.prisma.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const prisma = path.resolve(__dirname, "../../prisma");
const read = (file: string) => readFileSync(path.join(prisma, file), "utf8");

describe("the two providers' schemas", () => {
  it("differ only in the datasource provider line", () => {
    const sqlite = read("schema.prisma").split("\n");
    const postgres = read("schema.postgres.prisma").split("\n");
    expect(postgres.length).toBe(sqlite.length);
    const differing = sqlite.flatMap((line, index) => (line === postgres[index] ? [] : [[line.trim(), postgres[index]?.trim()]]));
    expect(differing).toEqual([['provider = "sqlite"', 'provider = "postgresql"']]);
    // ...and that line is the datasource's, not a generator's.
    const datasource = read("schema.postgres.prisma").match(/datasource db \{[^}]*\}/)?.[0] ?? "";
    expect(datasource).toContain('provider = "postgresql"');
  });

  it("each migrations folder is locked to its provider", () => {
    expect(read("migrations/migration_lock.toml")).toMatch(/^provider = "sqlite"$/m);
    expect(read("migrations-postgres/migration_lock.toml")).toMatch(/^provider = "postgresql"$/m);
  });
});
