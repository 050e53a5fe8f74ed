// Password hashing with argon2id (@node-rs/argon2, the library's defaults: 19 MiB, 2 passes,
// 1 lane, which are OWASP's recommended minimum). No hand-rolled crypto here.
import "server-only";
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let decoyHash: Promise<string> | undefined;

/**
 * Whether the password matches the stored hash. With no hash (an unknown username, or a guest),
 * a decoy hash is verified anyway, so the answer takes as long as for a real account and the
 * response time does not tell which usernames exist.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    decoyHash ??= hash(randomBytes(16).toString("hex"));
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false; // a malformed stored hash matches nothing
  }
}
