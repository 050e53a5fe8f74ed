// Server-action requests Next cannot decode or refuses are answered 4xx by the proxy: against
// `next start` each of these was a 500 (found by bench/fuzz.mjs). Requests a page really sends pass.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const ACTION = "7c922433da06d8eb751c35cc375d103b5e0be23d10";

function actionRequest(body: BodyInit, headers: Record<string, string> = {}, path = "/practice/mle-bernoulli-p"): NextRequest {
  // A FormData body brings its own multipart content type (with the boundary).
  const type: Record<string, string> = body instanceof FormData ? {} : { "content-type": "text/plain;charset=UTF-8" };
  return new NextRequest(`http://localhost:3000${path}`, {
    method: "POST",
    headers: { host: "localhost:3000", "next-action": ACTION, ...type, ...headers },
    body,
  });
}

/** A form as React's encodeReply sends it: the FormData argument's fields first, the root row last. */
function replyForm(fields: Record<string, string>, root: unknown[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", JSON.stringify(root));
  return form;
}

async function refusal(request: NextRequest): Promise<{ status: number; error: string } | null> {
  const response = await proxy(request);
  if (response.status < 400) return null;
  return { status: response.status, error: ((await response.json()) as { error: string }).error };
}

describe("the proxy and server-action requests", () => {
  it("passes the requests pages send: JSON rows, React's self-contained strings, FormData replies, form posts", async () => {
    const texts = [
      ["mle-bernoulli-p", 42, { p: "0.5" }, "key"],
      ["mle-bernoulli-p", 42, { p: "$$5" }, "key", "$undefined"],
      ["session", "$NaN", { a: ["1", "2"] }, "k", "$Infinity", "$-0", true, "$-Infinity"],
      ["$D2026-01-01T00:00:00.000Z", "$n9223372036854775808", "$K1"],
      [],
    ];
    for (const args of texts) expect(await refusal(actionRequest(JSON.stringify(args))), JSON.stringify(args)).toBeNull();
    const form = replyForm({ mode: "practice", length: "5" }, [{ error: null }, "$K1"]);
    expect(await refusal(actionRequest(form))).toBeNull();
    // Same origin, as a browser sends it.
    expect(await refusal(actionRequest("[]", { origin: "http://localhost:3000" }))).toBeNull();
    // A form post without JavaScript (no Next-Action header).
    const post = new FormData();
    post.append("$ACTION_ID_40176d1f842a8f4f5612552c931d3ad099c3aa004b", "");
    post.append("show", "true");
    const noScript = new NextRequest("http://localhost:3000/progress", { method: "POST", body: post });
    expect(await refusal(noScript)).toBeNull();
  });

  it("refuses bodies React cannot decode with a 400", async () => {
    for (const body of ['["mle-bernoulli-p",42,{"p":"0.5"},"k1"', "", "NaN", '{"a":1}', '"text"', "-2147483649"]) {
      expect(await refusal(actionRequest(body)), body).toEqual({
        status: 400,
        error: expect.stringMatching(/not valid JSON|must be a JSON array/),
      });
    }
    // References to rows never sent, a bad BigInt, a temporary reference, a server reference.
    for (const value of ["$Q1", "$@1", "$1", "$0:a", "$nxyz", "$T", "$h1", "$W1", "$B1", "$Z", "$Kzz"]) {
      expect(await refusal(actionRequest(JSON.stringify(["x", { p: [value] }]))), value).toEqual({
        status: 400,
        error: "the server action's arguments hold a value this site never sends",
      });
    }
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    expect((await refusal(actionRequest(deep)))?.status).toBe(400);
  });

  it("refuses malformed multipart bodies, with or without Next-Action", async () => {
    const garbage = actionRequest('--b\r\ncontent-disposition: form-data; name="x"\r\n\r\n1\r\n--b', {
      "content-type": "multipart/form-data; boundary=c",
    });
    expect(await refusal(garbage)).toEqual({ status: 400, error: "the multipart body is malformed" });
    const noScript = new NextRequest("http://localhost:3000/practice/mle-bernoulli-p", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=c" },
      body: "--b",
    });
    expect(await refusal(noScript)).toEqual({ status: 400, error: "the multipart body is malformed" });
    // A reply form with no root row, or a root that is not an array.
    const noRoot = new FormData();
    noRoot.append("_1_mode", "practice");
    expect((await refusal(actionRequest(noRoot)))?.status).toBe(400);
    expect((await refusal(actionRequest(replyForm({}, [{}, "$Q2"]))))?.status).toBe(400);
  });

  it("refuses a foreign or malformed Origin with a 403 and an oversized body with a 413", async () => {
    for (const origin of ["http://evil.example", "null", "garbage", "http://[::1"]) {
      expect((await refusal(actionRequest("[]", { origin })))?.status, origin).toBe(403);
    }
    // Behind a proxy Next compares the Origin with X-Forwarded-Host, not with Host.
    const forwarded = { origin: "http://localhost:3000", "x-forwarded-host": "evil.example" };
    expect((await refusal(actionRequest("[]", forwarded)))?.status).toBe(403);
    expect(await refusal(actionRequest("[]", { origin: "https://app.example", "x-forwarded-host": "app.example, inner" }))).toBeNull();
    expect((await refusal(actionRequest(JSON.stringify(["x".repeat(1024 * 1024 + 1)]))))?.status).toBe(413);
  });

  it("runs for every request, prefetch headers or not, and on paths with no route", async () => {
    // A matcher with conditions (e.g. `missing: next-router-prefetch`) let such requests through to a 500.
    expect(config.matcher).toEqual(["/api/:path*", expect.stringMatching(/^\/\(\(\?!api\/\|_next\/static/)]);
    const prefetch = actionRequest("[]", { origin: "http://[::1", "next-router-prefetch": "1", "next-action": "" }, "/study/x");
    expect((await refusal(prefetch))?.status).toBe(403);
    const escaped = new NextRequest("http://localhost:3000/study/%E0%A4%A/draft", {
      method: "POST",
      headers: { "next-router-prefetch": "1" },
    });
    expect((await refusal(escaped))?.status).toBe(400);
    const noRoute = new NextRequest("http://localhost:3000/api/check", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: "1e-260",
    });
    expect(await refusal(noRoute)).toEqual({ status: 400, error: "the multipart body is malformed" });
  });

  it("refuses a router-state header Next cannot parse, and passes the one the client router sends", async () => {
    // GET /nowhere with `rsc: 1` and this header was a 500 (the not-found page parses it).
    for (const state of ["garbage", "%E0", encodeURIComponent('{"a":1}'), "[".repeat(20_001)]) {
      const request = new NextRequest("http://localhost:3000/nowhere", { headers: { rsc: "1", "next-router-state-tree": state } });
      expect(await refusal(request), state.slice(0, 20)).toEqual({ status: 400, error: "the Next-Router-State-Tree header is malformed" });
    }
    const tree = encodeURIComponent(JSON.stringify(["", { children: ["practice", { children: ["__PAGE__", {}] }] }, null, null, 0]));
    expect(
      await refusal(new NextRequest("http://localhost:3000/practice", { headers: { rsc: "1", "next-router-state-tree": tree } })),
    ).toBeNull();
  });
});
