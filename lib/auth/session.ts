// The signed-in account: an iron-session cookie (sealed and authenticated with SESSION_SECRET)
// that holds only the user id. Every read checks the id against the database, so a deleted
// account's cookie signs nobody in.
import "server-only";
import { getIronSession, type IronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "../db";
import { cookieAttributes } from "./cookies";
import { sessionSecret } from "./secret";

export const SESSION_COOKIE = "ll_session";
const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

interface SessionData {
  userId?: string;
}

export interface Account {
  id: string;
  username: string;
}

async function session(): Promise<IronSession<SessionData>> {
  const options: SessionOptions = {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: await cookieAttributes(),
  };
  return getIronSession<SessionData>(await cookies(), options);
}

/** The account this request is signed in to, or null (a guest). Cached per server render. */
export const signedInAccount = cache(async (): Promise<Account | null> => {
  if (!(await cookies()).has(SESSION_COOKIE)) return null;
  const { userId } = await session(); // a tampered or expired cookie reads as empty
  if (typeof userId !== "string") return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
  return user?.username ? { id: user.id, username: user.username } : null;
});

/** Signs this browser in (route handlers and server actions only: it sets a cookie). */
export async function startSession(userId: string): Promise<void> {
  const current = await session();
  current.userId = userId;
  await current.save();
}

export async function endSession(): Promise<void> {
  (await session()).destroy();
}
