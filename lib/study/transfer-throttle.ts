// Exports and imports per learner, counted in the database with the sign-in throttle
// (lib/auth/throttle.ts), so the limit holds across restarts and across instances that share
// the database. Every request that starts the work counts, whatever its outcome: what is limited
// is the work one learner can make the server do.
import "server-only";
import { beginAttempt, type ThrottleRule, type ThrottleVerdict } from "../auth/throttle";
import { EXPORT_LIMIT, IMPORT_LIMIT, TRANSFER_WINDOW_MS } from "./transfer-limits";

export type Transfer = "export" | "import";

const LIMITS: Record<Transfer, number> = { export: EXPORT_LIMIT, import: IMPORT_LIMIT };

export function transferRule(transfer: Transfer, learnerId: string): ThrottleRule {
  return {
    key: `${transfer}:learner:${learnerId}`,
    limit: LIMITS[transfer],
    windowMs: TRANSFER_WINDOW_MS,
    lockMs: [TRANSFER_WINDOW_MS],
    onSuccess: "keep",
  };
}

/** Counts one export or import of the learner, unless the learner has reached the limit. */
export function beginTransfer(transfer: Transfer, learnerId: string, now: Date = new Date()): Promise<ThrottleVerdict> {
  return beginAttempt([transferRule(transfer, learnerId)], now);
}
