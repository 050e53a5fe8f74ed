// The one SQLite connection is shared: a plain write sent while an interactive transaction is open
// must not become part of it (and vanish when it rolls back). lib/db.ts makes plain queries wait.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./account-harness";

let db: typeof import("@/lib/db").db;
let cleanup = () => {};

beforeAll(async () => {
  ({ cleanup } = createTestDatabase());
  db = (await import("@/lib/db")).db;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  cleanup();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("plain queries and interactive transactions", () => {
  it("keeps a plain insert made while a transaction that later fails is open", async () => {
    let plainInsert: Promise<unknown> | null = null;
    const failing = db.$transaction(async (tx) => {
      await tx.user.create({ data: { id: "inside-tx" } });
      // Another request, meanwhile (.then starts it now: Prisma queries are lazy).
      plainInsert = db.user.create({ data: { id: "outside-tx" } }).then((user) => user);
      await pause(50);
      throw new Error("the transaction fails");
    });
    await expect(failing).rejects.toThrow("the transaction fails");
    await plainInsert;
    expect(await db.user.findUnique({ where: { id: "outside-tx" } })).not.toBeNull();
    expect(await db.user.findUnique({ where: { id: "inside-tx" } })).toBeNull();
  });

  it("commits concurrent transactions and plain writes, none lost", async () => {
    const work = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? db.$transaction(async (tx) => {
            await tx.user.create({ data: { id: `tx-${i}` } });
            await pause(5);
          })
        : db.user.create({ data: { id: `plain-${i}` } }).then((user) => user),
    );
    await Promise.all(work);
    expect(await db.user.count({ where: { OR: [{ id: { startsWith: "tx-" } }, { id: { startsWith: "plain-" } }] } })).toBe(20);
  });
});
