// Signing up and signing in, without cookies: the server actions pass in who the guest is and
// where the request came from, then set the session cookie from the result. Tests call these
// directly.
import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "../db";
import { fieldErrors, newPasswordSchema, PASSWORD_MAX, signInSchema, signUpSchema, usernameSchema, type FieldErrors } from "./credentials";
import type { MergeResult } from "./guest-merge";
import { hashPassword, verifyPassword } from "./password";
import { revokeSessions } from "./session";
import { attemptSucceeded, beginAttempt, minutesToWait, signInRules, signUpRules } from "./throttle";

export interface AuthContext {
  /** The guest learner of this browser, if any: its progress goes to the account. */
  guestId: string | null;
  /** The client's address, for per-address rate limits; null when unknown. */
  clientAddress: string | null;
  now?: Date;
}

export type AuthResult =
  | { ok: true; userId: string; username: string; guestProgress: MergeResult | "kept" | null }
  | { ok: false; message: string; fieldErrors: FieldErrors; retryAfterMs?: number };

export const WRONG_CREDENTIALS = "Wrong username or password.";
const TAKEN = "That username is taken. Choose another one.";

function tooManyAttempts(retryAfterMs: number, what: "sign-in" | "sign-up"): AuthResult {
  return {
    ok: false,
    message: `Too many ${what} attempts. Try again in ${minutesToWait(retryAfterMs)}.`,
    fieldErrors: {},
    retryAfterMs,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * A new account. A guest with a row (it has practised) becomes the account: same id, so its
 * attempts, sessions and cards are the account's without moving anything.
 */
export async function signUp(input: { username: unknown; password: unknown }, context: AuthContext): Promise<AuthResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: fieldErrors(parsed.error) };
  }
  const { username, password } = parsed.data;

  const verdict = await beginAttempt(signUpRules(context.clientAddress), context.now);
  if (!verdict.allowed) return tooManyAttempts(verdict.retryAfterMs, "sign-up");

  // Checked before hashing so a taken name costs no argon2 work; the unique index settles races.
  if (await db.user.findUnique({ where: { username }, select: { id: true } })) {
    return { ok: false, message: TAKEN, fieldErrors: { username: TAKEN } };
  }
  const passwordHash = await hashPassword(password);
  try {
    const guest = context.guestId
      ? await db.user.findUnique({ where: { id: context.guestId }, select: { id: true, username: true } })
      : null;
    if (guest && guest.username === null) {
      // `username: null` in the filter: a concurrent sign-up of the same guest cannot claim it twice.
      const claimed = await db.user.updateMany({ where: { id: guest.id, username: null }, data: { username, passwordHash } });
      if (claimed.count === 1) return { ok: true, userId: guest.id, username, guestProgress: "kept" };
    }
    const user = await db.user.create({ data: { username, passwordHash }, select: { id: true } });
    return { ok: true, userId: user.id, username, guestProgress: null };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: TAKEN, fieldErrors: { username: TAKEN } };
    throw error;
  }
}

/**
 * Signs in an existing account. Every failure reads alike. A guest's progress in this browser is
 * NOT moved here: the cookie may have been planted by someone else, so the learner is asked first
 * (the account page offers it; mergeGuestInto does it).
 */
export async function signIn(input: { username: unknown; password: unknown }, context: AuthContext): Promise<AuthResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Please fill in both fields.", fieldErrors: fieldErrors(parsed.error) };
  }
  const { username, password } = parsed.data;
  // A name no account can have, or a password no account can have, is wrong without a lookup.
  if (!usernameSchema.safeParse(username).success || password.length > PASSWORD_MAX) {
    return { ok: false, message: WRONG_CREDENTIALS, fieldErrors: {} };
  }

  const rules = signInRules(username, context.clientAddress);
  const verdict = await beginAttempt(rules, context.now);
  if (!verdict.allowed) return tooManyAttempts(verdict.retryAfterMs, "sign-in");

  const user = await db.user.findUnique({ where: { username }, select: { id: true, passwordHash: true } });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) return { ok: false, message: WRONG_CREDENTIALS, fieldErrors: {} };

  await attemptSucceeded(rules);
  return { ok: true, userId: user.id, username, guestProgress: null };
}

export type PasswordChangeResult = { ok: true } | { ok: false; reason: "weak" | "wrong" };

/**
 * Changes an account's password after checking the current one, and revokes every other session
 * of the account (a browser where the old password was used, or a stolen cookie, is signed out).
 */
export async function changePassword(
  input: { userId: string; keepSessionId: string | null; current: unknown; next: unknown },
  now: Date = new Date(),
): Promise<PasswordChangeResult> {
  const next = newPasswordSchema.safeParse(input.next);
  if (!next.success) return { ok: false, reason: "weak" };
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { passwordHash: true } });
  const current = typeof input.current === "string" ? input.current : "";
  if (!user?.passwordHash || current.length > PASSWORD_MAX || !(await verifyPassword(user.passwordHash, current))) {
    return { ok: false, reason: "wrong" };
  }
  await db.user.update({ where: { id: input.userId }, data: { passwordHash: await hashPassword(next.data) } });
  await revokeSessions({ userId: input.userId, ...(input.keepSessionId ? { keep: input.keepSessionId } : {}) }, now);
  return { ok: true };
}
