// Who is practising: the signed-in account (lib/auth/session.ts), else a guest identified by an
// opaque, random, httpOnly cookie. A guest's row is created with its first write
// (lib/auth/learner-row.ts); signing up turns that row into the account.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { cookieAttributes, cookieName } from "./auth/cookies";
import { isAccountId } from "./auth/learner-row";
import { signedInAccount } from "./auth/session";

export const LEARNER_COOKIE = "ll_learner";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * The guest of this request's cookie (not necessarily in the database yet). An id that has become
 * an account at sign-up no longer opens it: from then on only the password does.
 */
export async function currentGuestId(): Promise<string | null> {
  const value = (await cookies()).get(cookieName(LEARNER_COOKIE))?.value;
  if (!value || !UUID.test(value)) return null;
  return (await isAccountId(value)) ? null : value;
}

/** The learner of this request: the signed-in account's id, else the guest's, else null. */
export async function currentLearnerId(): Promise<string | null> {
  return (await signedInAccount())?.id ?? (await currentGuestId());
}

/**
 * The learner to record an attempt for: the signed-in account, the cookie's guest, or a new guest
 * id whose cookie is set on this response. Only callable where cookies may be set: route handlers
 * and server actions.
 */
export async function learnerForWrite(): Promise<{ id: string; isNew: boolean }> {
  const existing = await currentLearnerId();
  if (existing) return { id: existing, isNew: false };
  const id = randomUUID();
  (await cookies()).set(cookieName(LEARNER_COOKIE), id, { ...(await cookieAttributes()), maxAge: ONE_YEAR_SECONDS });
  return { id, isNew: true };
}

/** Forgets this browser's guest (after sign-in or sign-up its progress belongs to the account). */
export async function forgetGuest(): Promise<void> {
  (await cookies()).delete(cookieName(LEARNER_COOKIE));
}
