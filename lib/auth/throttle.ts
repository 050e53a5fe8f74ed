// Rate limiting of sign-ins and sign-ups, kept in the database (SignInThrottle) so a restart does not
// reset it. Each key allows `limit` attempts per window; the attempt that reaches the limit locks
// the key, and each further failure (once the lock has passed) locks it for longer, up to a cap.
//
// Sign-in guesses are throttled per (username, address) pair, not per username: a stranger who
// guesses at an account slows down only himself, and the owner, from another address, signs in
// at once. Spraying many usernames from one address is held by a per-address rule.
//
// An attempt is counted BEFORE the password is verified and forgiven after a success. Counting
// afterwards would let a burst of parallel guesses all pass the check before the first failure
// is written; this way at most `limit` guesses per window are ever verified.
import "server-only";
import { Prisma } from "@prisma/client";
import { db, timestampParameter } from "../db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** A (username, address) pair's failures are remembered for a day, so its delays keep growing. */
export const PAIR_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Per (username, address): a few typos are free; from the fifth failure on, delays grow. */
export const SIGN_IN_LIMIT_PER_PAIR = 5;
/** The delays after the 5th, 6th, ... failure of a pair: 30 s doubling, capped at 15 minutes. */
export const PAIR_DELAYS_MS: readonly number[] = [30, 60, 120, 240, 480, 900].map((seconds) => seconds * 1000);
/**
 * Per client address: higher than per pair, because a study group or a bootcamp often reaches
 * the app through one shared address, and its members mistype too.
 */
export const SIGN_IN_LIMIT_PER_ADDRESS = 20;
/** Sign-ups per address: each costs an argon2 hash, and a class may sign up together. */
export const SIGN_UP_LIMIT_PER_ADDRESS = 30;

export interface ThrottleRule {
  key: string;
  limit: number;
  windowMs: number;
  /** How long the attempt reaching the limit locks the key, then the next one, ...; the last repeats. */
  lockMs: readonly number[];
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

/** The lock the attempt numbered `count` sets: none below the limit, then the rule's delays. */
function lockExpression(rule: ThrottleRule, count: Prisma.Sql, now: Date): Prisma.Sql {
  const until = (index: number) =>
    timestampParameter(new Date(now.getTime() + (rule.lockMs[Math.min(index, rule.lockMs.length - 1)] ?? THROTTLE_WINDOW_MS)));
  const steps = rule.lockMs.map((_, index) => Prisma.sql`WHEN ${count} = ${rule.limit + index} THEN ${until(index)}`);
  return Prisma.sql`CASE WHEN ${count} < ${rule.limit} THEN NULL ${Prisma.join(steps, " ")} ELSE ${until(rule.lockMs.length - 1)} END`;
}

/**
 * Counts one attempt against every rule, unless one of its keys is locked; then nothing is
 * counted and the verdict says how long to wait.
 */
export async function beginAttempt(rules: ThrottleRule[], now: Date = new Date()): Promise<ThrottleVerdict> {
  const waitMs = await lockedFor(
    rules.map((rule) => rule.key),
    now,
  );
  if (waitMs > 0) return { allowed: false, retryAfterMs: waitMs };

  // Rows whose longest window has passed count for nothing: drop them, so guessed usernames do not pile up.
  const staleCutoff = new Date(now.getTime() - PAIR_WINDOW_MS);
  await db.$executeRaw`
    DELETE FROM "SignInThrottle"
    WHERE "windowStart" <= ${staleCutoff} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  let counted = true;
  for (const rule of rules) {
    const windowStartCutoff = new Date(now.getTime() - rule.windowMs);
    // `t.` names the stored row: on PostgreSQL a bare column in DO UPDATE could also be `excluded`'s.
    const newCount = Prisma.sql`(CASE WHEN t."windowStart" <= ${windowStartCutoff} THEN 1 ELSE t."failures" + 1 END)`;
    // One statement per key, so concurrent attempts cannot both read the old count (on PostgreSQL
    // the conflicting row is locked and re-read). Both databases evaluate every SET expression
    // against the old row. SQLite stores dates as ISO text in one format, so they compare as text.
    // The WHERE skips a key locked since the check above.
    const changed = await db.$executeRaw`
      INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStart", "lockedUntil")
      VALUES (${rule.key}, 1, ${now}, ${lockExpression(rule, Prisma.sql`1`, now)})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = ${newCount},
        "windowStart" = CASE WHEN t."windowStart" <= ${windowStartCutoff} THEN ${timestampParameter(now)} ELSE t."windowStart" END,
        "lockedUntil" = ${lockExpression(rule, newCount, now)}
      WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${now}`;
    if (changed === 0) counted = false;
  }
  if (!counted)
    return {
      allowed: false,
      retryAfterMs: Math.max(
        1,
        await lockedFor(
          rules.map((rule) => rule.key),
          now,
        ),
      ),
    };
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
        SET "failures" = CASE WHEN "failures" > 1 THEN "failures" - 1 ELSE 0 END,
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

/** The address used for keys when the client's address is unknown: such clients share one bucket. */
export const UNKNOWN_ADDRESS = "unknown";

export function signInRules(username: string, clientAddress: string | null): ThrottleRule[] {
  const address = clientAddress ?? UNKNOWN_ADDRESS;
  return [
    // JSON keeps the pair unambiguous whatever characters either part holds.
    {
      key: `sign-in:pair:${JSON.stringify([username, address])}`,
      limit: SIGN_IN_LIMIT_PER_PAIR,
      windowMs: PAIR_WINDOW_MS,
      lockMs: PAIR_DELAYS_MS,
      onSuccess: "clear",
    },
    {
      key: `sign-in:addr:${address}`,
      limit: SIGN_IN_LIMIT_PER_ADDRESS,
      windowMs: THROTTLE_WINDOW_MS,
      lockMs: [THROTTLE_WINDOW_MS],
      onSuccess: "forgive",
    },
  ];
}

export function signUpRules(clientAddress: string | null): ThrottleRule[] {
  // Sign-ups are counted, never forgiven: the limit is on accounts made per address.
  const address = clientAddress ?? UNKNOWN_ADDRESS;
  return [
    {
      key: `sign-up:addr:${address}`,
      limit: SIGN_UP_LIMIT_PER_ADDRESS,
      windowMs: THROTTLE_WINDOW_MS,
      lockMs: [THROTTLE_WINDOW_MS],
      onSuccess: "keep",
    },
  ];
}
