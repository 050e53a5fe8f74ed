// Attributes shared by the app's cookies: HttpOnly (no script reads them), SameSite=Lax (not
// sent with cross-site form posts), Secure when the app is served over HTTPS.
import "server-only";
import { headers } from "next/headers";

export async function cookieAttributes() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // Secure when served over HTTPS (directly or behind a proxy); plain http on localhost still works.
    secure: (await headers()).get("x-forwarded-proto") === "https",
    path: "/",
  };
}

/**
 * The client's address for per-address rate limits. `next start` fills x-forwarded-for with the
 * socket's address only when the header is absent, and a proxy appends the address it saw; so
 * the last entry is the one a client cannot choose (behind at most one proxy).
 */
export async function clientAddress(): Promise<string | null> {
  const forwarded = (await headers()).get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 100) : null;
}
