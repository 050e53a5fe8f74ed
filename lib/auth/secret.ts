// The key that seals session cookies. SESSION_SECRET wins; without it, a random key is made once
// and kept in prisma/.session-secret, so `npm start` works on a fresh machine with no setup and
// sessions survive a restart.
import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIN_SESSION_SECRET_LENGTH, serverEnv } from "../env";

/** iron-session refuses shorter passwords. */
export const MIN_SECRET_LENGTH = MIN_SESSION_SECRET_LENGTH;
export const SECRET_FILE = path.join("prisma", ".session-secret");

function checked(secret: string, origin: string): string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`${origin} must be at least ${MIN_SECRET_LENGTH} characters long (it has ${secret.length})`);
  }
  return secret;
}

/** Reads the secret file, or creates it when absent. Two processes starting at once agree on one key. */
export function secretFromFile(file: string): string {
  try {
    return checked(readFileSync(file, "utf8").trim(), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  // Write a complete file under a private name, then link it into place: link() fails if another
  // process got there first, so nobody ever reads a half-written key.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  return checked(readFileSync(file, "utf8").trim(), file);
}

export function resolveSessionSecret(env: { SESSION_SECRET?: string }, file: string): string {
  const fromEnv = env.SESSION_SECRET?.trim();
  return fromEnv ? checked(fromEnv, "SESSION_SECRET") : secretFromFile(file);
}

let cached: string | undefined;

/** The process's secret, read lazily: `next build` never needs it. Paths are relative to the project root. */
export function sessionSecret(): string {
  cached ??= resolveSessionSecret(serverEnv(), path.resolve(process.cwd(), SECRET_FILE));
  return cached;
}
