// What the Node server does once at start (instrumentation.ts), before it answers requests.
import "server-only";
import { installSocketAddressStamp } from "./auth/address";

export async function startServer(): Promise<void> {
  // Per-address rate limits need the socket's address, which Next does not pass on (lib/auth/address.ts).
  installSocketAddressStamp();
}
