// The client's address, for per-address rate limits.
//
// Next 16 gives route handlers and server actions no socket address: `next start` copies it into
// X-Forwarded-For only when the request has no such header, so a client talking to the server
// directly can name any address it likes. Two cases, set by TRUSTED_PROXY (lib/env.ts):
// - 0 (the default, served directly): X-Forwarded-For is ignored. The server stamps each request
//   with its socket's address in a private header (stampSocketAddress, installed at start by
//   instrumentation.ts), overwriting whatever a client sent under that name.
// - n ≥ 1 reverse proxies that each append the address they saw: the n-th entry from the end of
//   X-Forwarded-For is the one the outermost trusted proxy saw, which the client cannot choose.
// When neither gives an address, the caller gets null and such clients share one bucket.
import { IncomingMessage, Server } from "node:http";

export const SOCKET_ADDRESS_HEADER = "x-likelihood-lab-socket-address";

const MAX_ADDRESS_LENGTH = 100;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, MAX_ADDRESS_LENGTH) : null;
}

/** The client's address from a request's headers, trusting `trustedProxies` appending proxies. */
export function addressFromHeaders(headers: Pick<Headers, "get">, trustedProxies: number): string | null {
  if (trustedProxies === 0) return clean(headers.get(SOCKET_ADDRESS_HEADER));
  const entries = (headers.get("x-forwarded-for") ?? "").split(",");
  // Fewer entries than trusted proxies: the request did not come through them all.
  if (entries.length < trustedProxies) return null;
  return clean(entries[entries.length - trustedProxies]);
}

/** Writes the socket's address into the private header, replacing any value the client sent. */
export function stampSocketAddress(request: IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
  else delete request.headers[SOCKET_ADDRESS_HEADER];
}

let stampInstalled = false;

/**
 * Makes every Node HTTP server of this process stamp its requests with the socket's address
 * before any listener (Next's) sees them. Called once at start (instrumentation.ts).
 */
export function installSocketAddressStamp(): void {
  if (stampInstalled) return;
  stampInstalled = true;
  // EventEmitter's emit, seen through its general signature rather than http.Server's overloads.
  const emit: (this: Server, event: string, ...args: unknown[]) => boolean = Server.prototype.emit;
  Server.prototype.emit = function stampingEmit(this: Server, event: string, ...args: unknown[]): boolean {
    if (event === "request" && args[0] instanceof IncomingMessage) stampSocketAddress(args[0]);
    return emit.call(this, event, ...args);
  };
}
