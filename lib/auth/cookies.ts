// Attributes shared by the app's cookies: HttpOnly (no script reads them), SameSite=Lax (not
// sent with cross-site form posts), Secure when the app is served over HTTPS.
import "server-only";
import { headers } from "next/headers";
import { serverEnv } from "../env";
import { addressFromHeaders } from "./address";

export async function cookieAttributes() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // Secure when served over HTTPS (directly or behind a proxy); plain http on localhost still works.
    secure: (await headers()).get("x-forwarded-proto") === "https",
    path: "/",
  };
}

/** The client's address for per-address rate limits (lib/auth/address.ts), or null when unknown. */
export async function clientAddress(): Promise<string | null> {
  return addressFromHeaders(await headers(), serverEnv().TRUSTED_PROXY);
}
