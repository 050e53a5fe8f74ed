// What the Node server does once at start (instrumentation.ts), before it answers requests.
import "server-only";
import { installSocketAddressStamp } from "./auth/address";
import { deleteAbandonedGuests } from "./auth/guest-cleanup";
import { deleteDeadSessions } from "./auth/session";
import { logServerError } from "./log";
import { syncCatalogue } from "./study/catalogue";

const CLEANUP_EVERY_MS = 6 * 60 * 60 * 1000;

async function cleanUp(): Promise<void> {
  await deleteAbandonedGuests();
  await deleteDeadSessions();
}

export async function startServer(): Promise<void> {
  // Per-address rate limits need the socket's address, which Next does not pass on (lib/auth/address.ts).
  installSocketAddressStamp();
  // A check needs its template's row: the catalogue follows the code without a separate seed step.
  await syncCatalogue();
  await cleanUp();
  // unref: the timer never keeps a stopping process alive.
  setInterval(() => {
    cleanUp().catch((error: unknown) => logServerError("cleanup", error));
  }, CLEANUP_EVERY_MS).unref();
}
