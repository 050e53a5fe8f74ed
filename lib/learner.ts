// Who is practising: a guest learner identified by an opaque, random, httpOnly cookie. The learner
// row is created with the first recorded attempt, so visitors who never answer leave nothing behind.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";

export const LEARNER_COOKIE = "ll_learner";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** The learner id of this request's cookie, when it is well formed (not necessarily in the database yet). */
export async function currentLearnerId(): Promise<string | null> {
  const value = (await cookies()).get(LEARNER_COOKIE)?.value;
  return value && UUID.test(value) ? value : null;
}

/**
 * The learner to record an attempt for: the cookie's, or a new guest id whose cookie is set on
 * this response. Only callable where cookies may be set: route handlers and server actions.
 */
export async function learnerForWrite(): Promise<{ id: string; isNew: boolean }> {
  const existing = await currentLearnerId();
  if (existing) return { id: existing, isNew: false };
  const id = randomUUID();
  (await cookies()).set(LEARNER_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    // Secure when served over HTTPS (directly or behind a proxy); plain http on localhost still works.
    secure: (await headers()).get("x-forwarded-proto") === "https",
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
  return { id, isNew: true };
}
