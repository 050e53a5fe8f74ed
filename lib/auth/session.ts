// The signed-in account: an iron-session cookie (sealed and authenticated with SESSION_SECRET)
// that holds only a session id. The Session row decides: every read checks that it exists, is
// neither revoked nor expired, and belongs to an account, so signing out, "sign out everywhere"
// and a password change end a session even in a copy of the cookie.
import "server-only";
import { randomBytes } from "node:crypto";
import { getIronSession, type IronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "../db";
import { cookieAttributes, cookieName } from "./cookies";
import { sessionSecret } from "./secret";

export const SESSION_COOKIE = "ll_session";
const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;
/** lastSeen is refreshed at most this often: a busy learner costs no write per request. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

interface SessionData {
  sessionId?: string;
}

export interface Account {
  id: string;
  username: string;
  sessionId: string;
}

async function session(): Promise<IronSession<SessionData>> {
  const options: SessionOptions = {
    cookieName: cookieName(SESSION_COOKIE),
    password: sessionSecret(),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: await cookieAttributes(),
  };
  return getIronSession<SessionData>(await cookies(), options);
}

/** The live session row's account, or null (unknown, revoked, expired, or not an account). */
export async function accountOfSession(sessionId: string, now: Date = new Date()): Promise<Account | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: { lastSeen: true, expiresAt: true, revokedAt: true, user: { select: { id: true, username: true } } },
  });
  if (!row || row.revokedAt !== null || row.expiresAt <= now || !row.user.username) return null;
  if (now.getTime() - row.lastSeen.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.session.updateMany({ where: { id: sessionId }, data: { lastSeen: now } });
  }
  return { id: row.user.id, username: row.user.username, sessionId };
}

/** The account this request is signed in to, or null (a guest). Cached per server render. */
export const signedInAccount = cache(async (): Promise<Account | null> => {
  if (!(await cookies()).has(cookieName(SESSION_COOKIE))) return null;
  const { sessionId } = await session(); // a tampered or expired cookie reads as empty
  if (typeof sessionId !== "string") return null;
  return accountOfSession(sessionId);
});

/** A new server-side session for an account; returns its id. */
export async function createSession(userId: string, now: Date = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.create({
    data: { id, userId, createdAt: now, lastSeen: now, expiresAt: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000) },
  });
  return id;
}

/** Signs this browser in (route handlers and server actions only: it sets a cookie). */
export async function startSession(userId: string): Promise<void> {
  const current = await session();
  current.sessionId = await createSession(userId);
  await current.save();
}

/** Revokes one session, or every live session of an account except `keep`. */
export async function revokeSessions(
  where: { sessionId: string } | { userId: string; keep?: string },
  now: Date = new Date(),
): Promise<number> {
  const filter =
    "sessionId" in where ? { id: where.sessionId } : { userId: where.userId, ...(where.keep ? { id: { not: where.keep } } : {}) };
  const { count } = await db.session.updateMany({ where: { ...filter, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/** Signs this browser out: its session is revoked on the server and the cookie cleared. */
export async function endSession(): Promise<void> {
  const current = await session();
  if (typeof current.sessionId === "string") await revokeSessions({ sessionId: current.sessionId });
  current.destroy();
}

/** Signs the account out in every browser, this one included. */
export async function endAllSessions(userId: string): Promise<void> {
  await revokeSessions({ userId });
  (await session()).destroy();
}

/** Sessions that can never be used again (expired or revoked a while ago): removed at start. */
export async function deleteDeadSessions(now: Date = new Date()): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { revokedAt: { lte: now } }] } });
  return count;
}
