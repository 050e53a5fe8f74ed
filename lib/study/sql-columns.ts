// Column values as a raw query returns them on either provider: SQLite gives a boolean as 1 or 0,
// a count as a number and a date as stored; PostgreSQL gives booleans, counts as BigInt and Dates.
// Raw reads are used where a page reads on every view: Prisma 6 compiles each ORM query anew (its
// query compiler has no plan cache), which cost more than the query itself.
import type { Prisma } from "@prisma/client";
import { z } from "zod";

export const sqlBoolean = z.union([z.boolean(), z.number()]).transform((value) => value === true || value === 1);
// A DATETIME column arrives as a Date (kept, not copied: a page reads thousands); an expression such
// as MAX("createdAt") arrives on SQLite as the stored text.
export const sqlDate = z.union([z.date(), z.coerce.date()]);
export const sqlCount = z.union([z.number(), z.bigint()]).transform(Number);

/**
 * A JSON column read as text (`CAST(… AS TEXT)`: PostgreSQL would give jsonb parsed, SQLite the
 * stored text), parsed; unreadable text reads as null, which the stored-value readers skip with a
 * warning (lib/study/stored.ts).
 */
export function jsonColumn(text: string): Prisma.JsonValue {
  try {
    const value: Prisma.JsonValue = JSON.parse(text);
    return value;
  } catch {
    return null;
  }
}
