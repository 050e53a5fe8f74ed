// lib/database-url.ts: the provider a DATABASE_URL names, and a PostgreSQL URL as the discrete
// fields the pg adapter is given.
import { describe, expect, it } from "vitest";
import { databaseProvider, postgresConnection } from "@/lib/database-url";

describe("databaseProvider", () => {
  it("tells SQLite files from PostgreSQL servers and refuses anything else", () => {
    expect(databaseProvider("file:./prisma/likelihood-lab.db")).toBe("sqlite");
    expect(databaseProvider(" postgresql://u@h/db ")).toBe("postgresql");
    expect(databaseProvider("POSTGRES://u@h/db")).toBe("postgresql");
    expect(databaseProvider("mysql://u@h/db")).toBeNull();
    expect(databaseProvider("prisma/dev.db")).toBeNull();
    expect(databaseProvider("postgresql:/missing-slash")).toBeNull();
  });
});

describe("postgresConnection", () => {
  it("takes a URL apart, decoding percent-escapes in the user and password", () => {
    expect(postgresConnection("postgresql://lab%40app:p%3Aw%2Fd@db.internal:6543/likelihood")).toEqual({
      host: "db.internal",
      port: 6543,
      user: "lab@app",
      password: "p:w/d",
      database: "likelihood",
    });
  });

  it("defaults the port to 5432 and the database to postgres, and reads sslmode and a socket folder", () => {
    expect(postgresConnection("postgres://db")).toEqual({
      host: "db",
      port: 5432,
      user: undefined,
      password: undefined,
      database: "postgres",
    });
    expect(postgresConnection("postgresql://u@db/lab?sslmode=require").ssl).toBe(true);
    expect(postgresConnection("postgresql://u@db/lab?sslmode=disable").ssl).toBe(false);
    expect(postgresConnection("postgresql:///lab?host=/run/postgresql").host).toBe("/run/postgresql");
  });
});
