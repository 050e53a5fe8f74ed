// The Prisma CLI on PostgreSQL through @prisma/adapter-pg 6.19.3: `migrate deploy`, `status` and
// `diff` read the catalogue, whose columns of type `name` (OID 19) and `"char"` (OID 18) the
// adapter cannot map ("Column type 'name' could not be deserialized": Prisma issue #27403). Both
// arrive from the server as plain text, so the adapter is told they are `text` (OID 25). Used by
// prisma.config.ts only: the app reads no catalogue columns.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PostgresConnection } from "../lib/database-url";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

interface QueryResultFields {
  fields?: { dataTypeID: number }[];
}

/**
 * The adapter's queries (and those of the transactions it starts) all go through its `performIO`,
 * which returns pg's result before the column types are mapped: that is where the types are
 * rewritten. Methods run with the proxy as `this`, so their own call of `performIO` is the
 * rewritten one.
 */
function catalogTypesAsText<T extends object>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== "function") return value;
      if (property === "performIO") {
        return async (...args: unknown[]) => {
          const result = (await value.apply(receiver, args)) as QueryResultFields | undefined;
          for (const field of result?.fields ?? []) {
            if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
          }
          return result;
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          const transaction: unknown = await value.apply(receiver, args);
          return typeof transaction === "object" && transaction !== null ? catalogTypesAsText(transaction) : transaction;
        };
      }
      return value.bind(receiver);
    },
  });
}

/**
 * The pg adapter factory for the CLI: its connections (main and shadow) read catalogue types as
 * text. Its shadow database (`migrate diff --from-migrations`) is made here too: the adapter's own
 * drops the database before closing its pool, which PostgreSQL refuses ("being accessed by other
 * users"), so `diff` failed after computing the answer.
 */
export function pgAdapterForCli(connection: PostgresConnection): PrismaPg {
  const factory = new PrismaPg(connection);
  return new Proxy(factory, {
    get(target, property) {
      if (property === "connect") return async () => catalogTypesAsText(await target.connect());
      if (property === "connectToShadowDb") {
        return async () => {
          const main = await target.connect();
          const database = `prisma_migrate_shadow_db_${randomUUID()}`;
          await main.executeScript(`CREATE DATABASE "${database}"`);
          const shadow = await new PrismaPg({ ...connection, database }).connect();
          const closeShadow = shadow.dispose.bind(shadow);
          shadow.dispose = async () => {
            await closeShadow();
            try {
              await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
            } finally {
              await main.dispose();
            }
          };
          return catalogTypesAsText(shadow);
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
