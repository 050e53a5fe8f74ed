// Server errors, one line each: a request id (also sent to the client, so a report can be matched
// to the log), where it happened, and the error's name and message. A stack per bad request made
// the log five times longer and let anyone flood it; the message is enough to find the place.
import { randomUUID } from "node:crypto";

/** A short id for one failed request. */
export function newRequestId(): string {
  return randomUUID().slice(0, 8);
}

/** The error on one line: newlines in a message (Prisma's are long) are folded. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s*\n\s*/g, " | ").slice(0, 500);
}

/** Logs a failed request on one line and returns its id for the response. */
export function logServerError(where: string, error: unknown): string {
  const requestId = newRequestId();
  console.error(`[request ${requestId}] ${where}: ${oneLine(error)}`);
  return requestId;
}
