// The learner's row in the User table, from the code that writes for a learner: the one place
// that makes sure it exists. A guest's row is created with its first write (an attempt, a
// session, a setting), so visitors who never act leave nothing behind; a cookie whose row is gone
// (a reset database) gets its row back rather than an error.
import "server-only";
import { db } from "../db";
import type { DbClient } from "../study/transaction";

/** Creates the learner's row if it does not exist. Inside a transaction, pass its client. */
export async function ensureLearnerRow(id: string, client: DbClient = db): Promise<void> {
  await client.$executeRaw`INSERT INTO "User" ("id", "showStreak", "createdAt") VALUES (${id}, true, ${new Date()}) ON CONFLICT ("id") DO NOTHING`;
}

/** Whether this id is an account (a guest id that signed up no longer opens it by cookie). */
export async function isAccountId(id: string): Promise<boolean> {
  const accounts = await db.$queryRaw<unknown[]>`SELECT 1 FROM "User" WHERE "id" = ${id} AND "username" IS NOT NULL`;
  return accounts.length > 0;
}
