// The Prisma client, or the client of an interactive transaction: code that writes inside the
// caller's transaction takes the latter (a `db` query there would wait for the transaction that
// waits for it: see lib/db.ts).
import type { db } from "../db";

export type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];
export type DbClient = typeof db | Transaction;
