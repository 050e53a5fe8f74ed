// The one Prisma client of the process, on the embedded SQLite file through the better-sqlite3
// driver adapter (Prisma 6.19.3's JS-engine mode: no native engine to download).
// Next's dev server reloads modules; the client is kept on globalThis so a reload reuses it.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { databaseUrl } from "./database-url";

type AdapterFactory = NonNullable<NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"]>;

// WAL lets the progress page read while an attempt is written, and synchronous=NORMAL (safe in
// WAL mode: a power cut can lose the last commits, never corrupt the file) avoids an fsync per
// attempt. busy_timeout: a second process (a seed, a migration) waits instead of failing.
const PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

function sqliteAdapter(url: string): AdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(PRAGMAS);
      return adapter;
    },
  };
}

function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
globalForPrisma.prisma = db;
