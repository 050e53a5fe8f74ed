// Security headers that need the request: a Content-Security-Policy with a fresh nonce per page view
// (Next stamps the nonce on its own scripts when it finds the policy on the request headers), and
// HSTS when the page is served over HTTPS. The static headers are in next.config.js.
import { NextResponse, type NextRequest } from "next/server";
import { checkActionBody, checkActionOrigin, checkDeclaredLength, checkRouterState, mayBeServerAction } from "./lib/action-request";

/** The policy for one response. Exported for tests. */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced bootstrap loads (route chunks, a worker) are trusted too.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // KaTeX positions glyphs with style attributes, and so do the progress charts.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Whether a path has a malformed percent-escape (`/api/questions/%E0`): Next fails to decode its params. */
function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** A server action Next could not decode or would refuse with a 500 (lib/action-request.ts), answered 4xx here. */
async function refusedAction(request: NextRequest): Promise<NextResponse | null> {
  const headers = request.headers;
  for (const verdict of [checkActionOrigin(headers), checkDeclaredLength(headers)]) {
    if (!verdict.ok) return NextResponse.json({ error: verdict.error }, { status: verdict.status });
  }
  // The proxy reads a copy of the body: the page still receives all of it.
  const body = new Uint8Array(await request.arrayBuffer());
  const verdict = await checkActionBody(headers, body, () =>
    new Response(body, { headers: { "content-type": headers.get("content-type") ?? "" } }).formData(),
  );
  return verdict.ok ? null : NextResponse.json({ error: verdict.error }, { status: verdict.status });
}

export async function proxy(request: NextRequest) {
  // Answered here, before routing: Next would answer a malformed escape with a 500.
  if (hasMalformedEscape(request.nextUrl.pathname)) {
    return NextResponse.json({ error: "the address has a malformed percent-escape" }, { status: 400 });
  }
  const routerState = checkRouterState(request.headers);
  if (!routerState.ok) return NextResponse.json({ error: routerState.error }, { status: routerState.status });
  // Any path: a multipart POST to an address with no route (/api/check) is still decoded as an action.
  if (mayBeServerAction(request.method, request.headers)) {
    const refused = await refusedAction(request);
    if (refused) return refused;
  }
  // API responses are JSON and prefetches carry no HTML: they need no policy.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  if (request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch") return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (request.nextUrl.protocol === "https:") {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

export const config = {
  // Every page and API request, prefetches included: malformed escapes and undecodable server actions
  // are refused whatever the headers (found by fuzzing: a prefetch header skipped the checks).
  // Static files carry no scripts.
  matcher: ["/api/:path*", "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
