// lib/env.ts: the one reader of process.env. Unset or blank variables take their documented
// defaults; a bad value fails at once with a message that names the variable and the fix.
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_DATABASE_URL, parseEnv, serverEnv } from "@/lib/env";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("parseEnv", () => {
  it("defaults an empty environment to the embedded SQLite file, no secret, development", () => {
    // No trusted proxy by default: X-Forwarded-For is not believed.
    expect(parseEnv({})).toEqual({ DATABASE_URL: "file:./prisma/likelihood-lab.db", NODE_ENV: "development", TRUSTED_PROXY: 0 });
  });

  it("treats blank variables as unset (SESSION_SECRET= in a .env file)", () => {
    const env = parseEnv({ DATABASE_URL: "  ", SESSION_SECRET: "", NODE_ENV: "" });
    expect(env.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(env.SESSION_SECRET).toBeUndefined();
    expect(env.NODE_ENV).toBe("development");
  });

  it("keeps good values, trimmed", () => {
    const secret = "k".repeat(40);
    expect(parseEnv({ DATABASE_URL: " file:/tmp/x.db ", SESSION_SECRET: ` ${secret}\n`, NODE_ENV: "test" })).toEqual({
      DATABASE_URL: "file:/tmp/x.db",
      SESSION_SECRET: secret,
      NODE_ENV: "test",
      TRUSTED_PROXY: 0,
    });
  });

  it("accepts a PostgreSQL URL (the scale-out provider) as well as a SQLite file", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://app:pw@db:5432/lab" }).DATABASE_URL).toBe("postgresql://app:pw@db:5432/lab");
    expect(parseEnv({ DATABASE_URL: "postgres://db/lab" }).DATABASE_URL).toBe("postgres://db/lab");
  });

  it("refuses a database that is neither, without echoing the URL (it may hold a password)", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "mysql://admin:hunter2@db/app" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL must be a SQLite file URL starting with file: .* or a PostgreSQL URL/);
    expect(message).not.toContain("hunter2");
  });

  it("refuses a session secret too short for iron-session, saying how long it is and how long it must be", () => {
    expect(() => parseEnv({ SESSION_SECRET: "short" })).toThrow(/SESSION_SECRET must be at least 32 characters long \(it has 5\)/);
    expect(() => parseEnv({ SESSION_SECRET: "x".repeat(31) })).toThrow(/it has 31/);
    expect(parseEnv({ SESSION_SECRET: "x".repeat(32) }).SESSION_SECRET).toHaveLength(32);
  });

  it("refuses an unknown NODE_ENV", () => {
    expect(() => parseEnv({ NODE_ENV: "prod" })).toThrow(/NODE_ENV must be development, production or test/);
  });

  it("lists every bad variable in one error, one per line", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "mysql://h/db", SESSION_SECRET: "abc", NODE_ENV: "staging" });
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split("\n");
    expect(lines[0]).toBe("Invalid environment:");
    expect(lines.slice(1).map((line) => line.trim().split(" ")[0])).toEqual(["DATABASE_URL", "SESSION_SECRET", "NODE_ENV"]);
  });
});

describe("serverEnv", () => {
  it("reads this process's variables on each call", () => {
    vi.stubEnv("DATABASE_URL", "file:./test-results/env-test.db");
    expect(serverEnv().DATABASE_URL).toBe("file:./test-results/env-test.db");
    vi.stubEnv("DATABASE_URL", "sqlite.db");
    expect(() => serverEnv()).toThrow(/DATABASE_URL must be a SQLite file URL/);
  });
});
