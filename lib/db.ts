// The one Prisma client of the process (Prisma 6.19.3's JS-engine mode: no native engine to
// download), on the database DATABASE_URL names: the embedded SQLite file through the
// better-sqlite3 driver adapter, or PostgreSQL through the pg adapter when several servers share
// one database. The generated client must match (`npm run db:generate` with the same URL).
// Next's dev server reloads modules; the client is kept on globalThis so a reload reuses it.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@prisma/client";
import { databaseProvider, postgresConnection, type DatabaseProvider } from "./database-url";
import { serverEnv } from "./env";

type AdapterFactory = NonNullable<NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"]>;

// WAL lets the progress page read while an attempt is written, and synchronous=NORMAL (safe in
// WAL mode: a power cut can lose the last commits, never corrupt the file) avoids an fsync per
// attempt. busy_timeout: a second process (a seed, a migration) waits instead of failing.
const PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;

/**
 * The adapter has one SQLite connection. Its interactive transactions hold a lock that only other
 * transactions wait for: a plain query sent while one is open would run inside it, and be rolled
 * back with it (an attempt answered as saved, then gone). Here plain queries wait until no
 * transaction is open. better-sqlite3 is synchronous, so nothing can start in between the check and
 * the query. (Code inside a transaction must use its `tx`, never `db`: a `db` query would wait for
 * the transaction that waits for it, until Prisma's transaction timeout.)
 */
function withTransactionsIsolated(adapter: Adapter): Adapter {
  // Transactions begun or waiting to begin; plain queries run only when there are none.
  let active = 0;
  let waiting: (() => void)[] = [];
  const ended = () => {
    active -= 1;
    if (active > 0) return;
    const wake = waiting;
    waiting = [];
    for (const resume of wake) resume();
  };
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "queryRaw" || property === "executeRaw") {
        const run = Reflect.get(target, property, receiver) as (query: unknown) => Promise<unknown>;
        return async (query: unknown) => {
          while (active > 0) await new Promise<void>((resume) => waiting.push(resume));
          return run.call(target, query);
        };
      }
      if (property === "startTransaction") {
        return async (...args: Parameters<Adapter["startTransaction"]>) => {
          active += 1; // before BEGIN, so no plain query slips in between
          let transaction: Awaited<ReturnType<Adapter["startTransaction"]>>;
          try {
            transaction = await target.startTransaction(...args);
          } catch (error) {
            ended();
            throw error;
          }
          let done = false;
          const end = (original: () => Promise<void>) => async (): Promise<void> => {
            try {
              await original();
            } finally {
              if (!done) {
                done = true;
                ended();
              }
            }
          };
          transaction.commit = end(transaction.commit.bind(transaction));
          transaction.rollback = end(transaction.rollback.bind(transaction));
          return transaction;
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function sqliteAdapter(url: string): AdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(PRAGMAS);
      return withTransactionsIsolated(adapter);
    },
  };
}

/** Connections per server process; several servers share one PostgreSQL (max_connections, 100 by default). */
const POSTGRES_POOL_SIZE = 10;

function createPrismaClient(url: string): PrismaClient {
  // A real pool runs each transaction on a connection of its own: no isolation wrapper needed.
  const adapter =
    databaseProvider(url) === "postgresql" ? new PrismaPg({ ...postgresConnection(url), max: POSTGRES_POOL_SIZE }) : sqliteAdapter(url);
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; databaseUrl?: string };

const databaseUrl = globalForPrisma.databaseUrl ?? serverEnv().DATABASE_URL;
export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(databaseUrl);
globalForPrisma.prisma = db;
globalForPrisma.databaseUrl = databaseUrl;

/**
 * The provider of the database `db` is on. Raw SQL is written to run on both; the few places that
 * must differ (a repair only SQLite's text JSON columns can need, a cast PostgreSQL needs) ask this.
 */
export const provider: DatabaseProvider = databaseProvider(databaseUrl) ?? "sqlite";

/**
 * A date parameter where PostgreSQL cannot tell its type from the context (a `CASE … THEN` branch:
 * it would be text, which a timestamp column refuses). SQLite stores dates as ISO text, and a CAST
 * to TIMESTAMP there would turn the text into a number: the parameter goes in bare.
 */
export function timestampParameter(date: Date): Prisma.Sql {
  return provider === "postgresql" ? Prisma.sql`CAST(${date} AS TIMESTAMP(3))` : Prisma.sql`${date}`;
}

/** Whether the database answers a trivial query (the health check's question). */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
