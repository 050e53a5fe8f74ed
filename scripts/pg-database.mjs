#!/usr/bin/env node
// Creates or drops one database of a PostgreSQL cluster, for test harnesses that must do it
// synchronously (spawnSync): `node scripts/pg-database.mjs create BASE_URL NAME [TEMPLATE]` and
// `node scripts/pg-database.mjs drop BASE_URL NAME`. BASE_URL is the cluster without a database
// (postgresql://postgres@127.0.0.1:PORT). Copying a migrated, seeded template is what makes a
// database per test file cheap: `prisma migrate deploy` on PostgreSQL takes about 20 s here.
import pg from "pg";

const [action, base, name, template] = process.argv.slice(2);
const identifier = /^[a-z_][a-z0-9_]*$/;
if (!["create", "drop"].includes(action) || !base || !identifier.test(name ?? "") || (template && !identifier.test(template))) {
  console.error("usage: pg-database.mjs create|drop BASE_URL NAME [TEMPLATE] (names: lower case, digits, _)");
  process.exit(2);
}

const client = new pg.Client({ connectionString: `${base}/postgres` });
await client.connect();
try {
  if (action === "create") await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  else await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
} finally {
  await client.end();
}
