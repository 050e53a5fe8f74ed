// Attributes shared by the app's cookies: HttpOnly (no script reads them), SameSite=Lax (not
// sent with cross-site form posts). In production they are Secure and named with the `__Host-`
// prefix, whatever a proxy says: the browser then refuses them over plain http and refuses a
// same-named cookie planted by a sibling subdomain or an http page. (Browsers count
// http://localhost as secure, so a local production build still works.)
import "server-only";
import { headers } from "next/headers";
import { serverEnv } from "../env";
import { addressFromHeaders } from "./address";

function production(): boolean {
  return serverEnv().NODE_ENV === "production";
}

/** A cookie's name as sent: `__Host-` prefixed in production. */
export function cookieName(base: string): string {
  return production() ? `__Host-${base}` : base;
}

export async function cookieAttributes() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // Always in production; in development only when served over HTTPS, so http://127.0.0.1 works.
    secure: production() || (await headers()).get("x-forwarded-proto") === "https",
    // `__Host-` needs path "/" and no domain.
    path: "/",
  };
}

/** The client's address for per-address rate limits (lib/auth/address.ts), or null when unknown. */
export async function clientAddress(): Promise<string | null> {
  return addressFromHeaders(await headers(), serverEnv().TRUSTED_PROXY);
}
