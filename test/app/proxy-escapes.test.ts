// A path with a malformed percent-escape is answered 400 by the proxy, before Next's routing
// fails to decode its params with a 500 (found against `next start`: /api/questions/%E0/check,
// /study/%E0/draft, /practice/%E0).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

describe("the proxy and malformed percent-escapes", () => {
  it("answers 400 with a JSON error, for the API and for pages", async () => {
    for (const path of [
      "/api/questions/%E0/check",
      "/api/questions/%E0%A4%A",
      "/api/questions/%/check",
      "/study/%E0/draft",
      "/practice/%E0",
    ]) {
      const response = await proxy(new NextRequest(`http://localhost:3000${path}`));
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({ error: "the address has a malformed percent-escape" });
    }
  });

  it("passes well-formed paths on: the API without a policy, pages with one", async () => {
    const api = await proxy(new NextRequest("http://localhost:3000/api/questions/mle-normal%2Dx/check"));
    expect(api.status).toBe(200);
    expect(api.headers.get("Content-Security-Policy")).toBeNull();
    const page = await proxy(new NextRequest("http://localhost:3000/practice/mle-normal"));
    expect(page.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  });

  it("runs on API paths too", () => {
    expect(config.matcher).toContain("/api/:path*");
  });
});
