// The client address for per-address rate limits: never what a direct client writes in
// X-Forwarded-For, the socket's address instead; behind TRUSTED_PROXY proxies, the entry the
// outermost proxy appended. A real HTTP server proves that the socket stamp cannot be forged.
import { request as httpRequest, createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addressFromHeaders, installSocketAddressStamp, SOCKET_ADDRESS_HEADER } from "@/lib/auth/address";
import { parseEnv } from "@/lib/env";

vi.mock("next/headers", () => import("./account-harness").then((harness) => harness.nextHeaders));

describe("the client address", () => {
  it("ignores X-Forwarded-For without a trusted proxy, and takes the socket's stamp", () => {
    const forged = new Headers({ "x-forwarded-for": "198.51.100.7", [SOCKET_ADDRESS_HEADER]: "203.0.113.10" });
    expect(addressFromHeaders(forged, 0)).toBe("203.0.113.10");
    // No stamp (not served by this process's HTTP server): unknown, one shared bucket.
    expect(addressFromHeaders(new Headers({ "x-forwarded-for": "198.51.100.7" }), 0)).toBeNull();
  });

  it("behind n trusted proxies takes the n-th entry from the end, which no client chooses", () => {
    const chain = new Headers({ "x-forwarded-for": "10.9.9.9, 198.51.100.7, 192.0.2.1", [SOCKET_ADDRESS_HEADER]: "10.0.0.2" });
    expect(addressFromHeaders(chain, 1)).toBe("192.0.2.1");
    expect(addressFromHeaders(chain, 2)).toBe("198.51.100.7");
    expect(addressFromHeaders(chain, 4)).toBeNull();
    expect(addressFromHeaders(new Headers(), 1)).toBeNull();
  });

  it("reads TRUSTED_PROXY as a hop count, 0 when unset, and refuses anything else", () => {
    expect(parseEnv({}).TRUSTED_PROXY).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY: "1" }).TRUSTED_PROXY).toBe(1);
    expect(parseEnv({ TRUSTED_PROXY: " " }).TRUSTED_PROXY).toBe(0);
    expect(() => parseEnv({ TRUSTED_PROXY: "yes" })).toThrow(/TRUSTED_PROXY must be a whole number/);
    expect(() => parseEnv({ TRUSTED_PROXY: "-1" })).toThrow(/TRUSTED_PROXY/);
  });

  it("lets the route code read the socket's address, whatever headers the client forges", async () => {
    const { as, Browser } = await import("./account-harness");
    const { clientAddress } = await import("@/lib/auth/cookies");
    // The harness browser sends only X-Forwarded-For, as a client talking to `next start` directly can.
    const browser = new Browser("198.51.100.99");
    expect(await as(browser, () => clientAddress())).toBeNull();
  });

  describe("on a real server", () => {
    let seen: IncomingHttpHeaders[] = [];
    const server = createServer((request, response) => {
      seen.push({ ...request.headers });
      response.end("ok");
    });
    beforeAll(async () => {
      installSocketAddressStamp();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("stamps each request with its socket's address, overwriting a forged stamp", async () => {
      seen = [];
      const { port } = server.address() as AddressInfo;
      await new Promise<void>((resolve, reject) => {
        const outgoing = httpRequest(
          { host: "127.0.0.1", port, headers: { "x-forwarded-for": "198.51.100.7", [SOCKET_ADDRESS_HEADER]: "198.51.100.8" } },
          (response) => {
            response.resume();
            response.on("end", resolve);
          },
        );
        outgoing.on("error", reject);
        outgoing.end();
      });
      expect(seen).toHaveLength(1);
      const headers = new Headers();
      for (const [name, value] of Object.entries(seen[0] ?? {})) headers.set(name, String(value));
      expect(addressFromHeaders(headers, 0)).toBe("127.0.0.1");
    });
  });
});
