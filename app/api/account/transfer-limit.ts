// The 429 answer of the export and import routes when a learner has reached the limit
// (lib/study/transfer-throttle.ts): when to try again, in the Retry-After header and in words.
import { minutesToWait } from "@/lib/auth/throttle";
import { beginTransfer, type Transfer } from "@/lib/study/transfer-throttle";
import { EXPORT_LIMIT, IMPORT_LIMIT, TRANSFER_WINDOW_MS } from "@/lib/study/transfer-limits";

const PLURAL: Record<Transfer, string> = { export: "exports", import: "imports" };
const LIMITS: Record<Transfer, number> = { export: EXPORT_LIMIT, import: IMPORT_LIMIT };

/** Null when the learner may go on; else the 429 response to send. */
export async function refusedTransfer(transfer: Transfer, learnerId: string): Promise<Response | null> {
  const verdict = await beginTransfer(transfer, learnerId);
  if (verdict.allowed) return null;
  const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
  return Response.json(
    {
      error: `too many ${PLURAL[transfer]} from this account: try again in ${minutesToWait(verdict.retryAfterMs)} (at most ${LIMITS[transfer]} ${PLURAL[transfer]} every ${TRANSFER_WINDOW_MS / 60_000} minutes)`,
    },
    { status: 429, headers: { "Retry-After": String(seconds), "Cache-Control": "no-store" } },
  );
}
