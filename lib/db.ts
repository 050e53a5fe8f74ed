// The one Prisma client of the process, on the embedded SQLite file through the better-sqlite3
// driver adapter (Prisma 6.19.3's JS-engine mode: no native engine to download).
// Next's dev server reloads modules; the client is kept on globalThis so a reload reuses it.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { databaseUrl } from "./database-url";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
globalForPrisma.prisma = db;
