// Rate limiting of sign-ins and sign-ups, kept in SQLite (SignInThrottle) so a restart does not
// reset it. Each key (a username, a client address) allows `limit` attempts per window; the
// attempt that reaches the limit locks the key until the window has passed since then.
//
// An attempt is counted BEFORE the password is verified and forgiven after a success. Counting
// afterwards would let a burst of parallel guesses all pass the check before the first failure
// is written; this way at most `limit` guesses per window are ever verified.
import "server-only";
import { db } from "../db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/** Per username: a few typos are normal, a sixth wrong guess in a quarter of an hour is not. */
export const SIGN_IN_LIMIT_PER_USERNAME = 5;
/**
 * Per client address: higher than per username, because a study group or a bootcamp often
 * reaches the app through one shared address, and its members mistype too.
 */
export const SIGN_IN_LIMIT_PER_ADDRESS = 20;
/** Sign-ups per address: each costs an argon2 hash, and a class may sign up together. */
export const SIGN_UP_LIMIT_PER_ADDRESS = 30;

export interface ThrottleRule {
  key: string;
  limit: number;
  /**
   * After a success: `clear` forgets every attempt (the owner proved the password), `forgive` gives
   * back this one attempt (a shared address), `keep` counts it anyway (sign-ups per address).
   */
  onSuccess: "clear" | "forgive" | "keep";
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

async function lockedFor(keys: string[], now: Date): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys } }, select: { lockedUntil: true } });
  return Math.max(0, ...rows.map((row) => (row.lockedUntil ? row.lockedUntil.getTime() - now.getTime() : 0)));
}

/**
 * Counts one attempt against every rule, unless one of its keys is locked; then nothing is
 * counted and the verdict says how long to wait.
 */
export async function beginAttempt(rules: ThrottleRule[], now: Date = new Date()): Promise<ThrottleVerdict> {
  const waitMs = await lockedFor(rules.map((rule) => rule.key), now);
  if (waitMs > 0) return { allowed: false, retryAfterMs: waitMs };

  const windowStartCutoff = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lockUntil = new Date(now.getTime() + THROTTLE_WINDOW_MS);
  // Rows whose window has passed count for nothing: drop them, so guessed usernames do not pile up.
  await db.$executeRaw`
    DELETE FROM "SignInThrottle"
    WHERE "windowStart" <= ${windowStartCutoff} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  let counted = true;
  for (const { key, limit } of rules) {
    // One statement per key, so concurrent attempts cannot both read the old count. SQLite
    // evaluates every SET expression against the old row. Dates are ISO strings in one format,
    // so they compare as text. The WHERE skips a key locked since the check above.
    const changed = await db.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil")
      VALUES (${key}, 1, ${now}, ${limit <= 1 ? lockUntil : null})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "windowStart" <= ${windowStartCutoff} THEN 1 ELSE "failures" + 1 END,
        "windowStart" = CASE WHEN "windowStart" <= ${windowStartCutoff} THEN ${now} ELSE "windowStart" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "windowStart" <= ${windowStartCutoff} THEN 1 ELSE "failures" + 1 END) >= ${limit} THEN ${lockUntil}
          ELSE NULL END
      WHERE "lockedUntil" IS NULL OR "lockedUntil" <= ${now}`;
    if (changed === 0) counted = false;
  }
  if (!counted) return { allowed: false, retryAfterMs: Math.max(1, await lockedFor(rules.map((rule) => rule.key), now)) };
  return { allowed: true };
}

/** A success: the owner's key is cleared, shared keys (an address) give back the one attempt. */
export async function attemptSucceeded(rules: ThrottleRule[]): Promise<void> {
  for (const { key, limit, onSuccess } of rules) {
    if (onSuccess === "keep") continue;
    if (onSuccess === "clear") {
      await db.signInThrottle.deleteMany({ where: { key } });
    } else {
      await db.$executeRaw`
        UPDATE "SignInThrottle"
        SET "failures" = MAX("failures" - 1, 0),
            "lockedUntil" = CASE WHEN "failures" - 1 >= ${limit} THEN "lockedUntil" ELSE NULL END
        WHERE "key" = ${key}`;
    }
  }
}

/** "15 minutes", "1 minute": a wait rounded up to whole minutes. */
export function minutesToWait(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export function signInRules(username: string, clientAddress: string | null): ThrottleRule[] {
  const rules: ThrottleRule[] = [{ key: `sign-in:user:${username}`, limit: SIGN_IN_LIMIT_PER_USERNAME, onSuccess: "clear" }];
  if (clientAddress) rules.push({ key: `sign-in:addr:${clientAddress}`, limit: SIGN_IN_LIMIT_PER_ADDRESS, onSuccess: "forgive" });
  return rules;
}

export function signUpRules(clientAddress: string | null): ThrottleRule[] {
  // Sign-ups are counted, never forgiven: the limit is on accounts made per address.
  return clientAddress ? [{ key: `sign-up:addr:${clientAddress}`, limit: SIGN_UP_LIMIT_PER_ADDRESS, onSuccess: "keep" }] : [];
}
