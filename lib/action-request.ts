// Server actions are POSTs to a page whose body React decodes (a JSON row, or multipart rows), and
// Next answers 500 to every request it cannot decode or refuses: a truncated body, a multipart body
// with no valid parts, a reference to a row that was never sent ("$Q1"), a bad BigInt ("$nx"), an
// Origin that is not a URL or not this host, a body over its 1 MB limit. Found by HTTP fuzzing of
// `next start` (bench/fuzz.mjs). The proxy asks this module first and answers such requests with a
// 4xx, so a 500 means a fault of ours again. Pure: the proxy passes in the request's parts.

/** Next's default body limit for server actions (`serverActions.bodySizeLimit`). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** Deeper than any argument of ours; React's decoder recurses and would overflow the stack first. */
const MAX_DEPTH = 64;

export type ActionRequestVerdict = { ok: true } | { ok: false; status: 400 | 403 | 413; error: string };

const OK: ActionRequestVerdict = { ok: true };

/** Whether a request could be decoded by Next as a server action (a fetch action or a form post). */
export function mayBeServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  return headers.has("next-action") || isMultipart(headers);
}

function isMultipart(headers: Headers): boolean {
  return (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * Next's own cross-site check (the Origin's host must be the X-Forwarded-Host when there is one,
 * else the Host), which aborts with a 500; `new URL` of a malformed Origin throws there. A missing
 * Origin passes (Next lets it through: a hand-made request carries no one else's cookies).
 */
export function checkActionOrigin(headers: Headers): ActionRequestVerdict {
  const origin = headers.get("origin");
  if (origin === null) return OK;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return { ok: false, status: 403, error: "the Origin header is not an address" };
  }
  const host = headers.has("x-forwarded-host") ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : headers.get("host");
  if (originHost !== "" && originHost === host) return OK;
  return { ok: false, status: 403, error: "a server action must come from a page of this site" };
}

/** A size the request declares beyond the action limit: refused before the body is read. */
export function checkDeclaredLength(headers: Headers): ActionRequestVerdict {
  const declared = Number(headers.get("content-length"));
  return Number.isFinite(declared) && declared > MAX_ACTION_BODY_BYTES ? tooLarge() : OK;
}

function tooLarge(): ActionRequestVerdict {
  return { ok: false, status: 413, error: `the body is larger than ${MAX_ACTION_BODY_BYTES} bytes` };
}

/**
 * The strings of a reply that React decodes without another row: "$$…" (a string that starts with
 * "$"), undefined, NaN, ±Infinity, -0, a Date, a BigInt, and "$K…" (FormData, whose parts are fields
 * and may be none). Our pages never send anything else: no row references, promises, maps, sets,
 * blobs, streams, server references or temporary references (which would reach an action as a
 * proxy object that throws when read).
 */
const SELF_CONTAINED = /^\$(?:\$[^]*|undefined|NaN|Infinity|-Infinity|-0|D[^]*|n-?\d{1,4000}|K[0-9a-f]{1,8})$/;

function decodable(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return value[0] !== "$" || SELF_CONTAINED.test(value);
  if (Array.isArray(value)) return value.every((item) => decodable(item, depth + 1));
  if (typeof value === "object" && value !== null) return Object.values(value).every((item) => decodable(item, depth + 1));
  return true;
}

/** The root row of a reply: a JSON array of arguments, every string in it self-contained. */
function checkRootRow(text: string): ActionRequestVerdict {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: "the server action's arguments are not valid JSON" };
  }
  if (!Array.isArray(root)) return { ok: false, status: 400, error: "the server action's arguments must be a JSON array" };
  if (!decodable(root, 0)) {
    return { ok: false, status: 400, error: "the server action's arguments hold a value this site never sends" };
  }
  return OK;
}

/**
 * The body of a possible server action. `body` is its bytes (the proxy sees the first 10 MB, more
 * than the limit); `formData` parses a multipart body and throws when it is malformed.
 */
export async function checkActionBody(
  headers: Headers,
  body: Uint8Array,
  formData: () => Promise<FormData>,
): Promise<ActionRequestVerdict> {
  if (body.byteLength > MAX_ACTION_BODY_BYTES) return tooLarge();
  const fetchAction = headers.has("next-action");
  if (!isMultipart(headers)) {
    // Next decodes a text body only for a fetch action (the Next-Action header); other POSTs go on.
    return fetchAction ? checkRootRow(new TextDecoder("utf-8", { ignoreBOM: true }).decode(body)) : OK;
  }
  let form: FormData;
  try {
    form = await formData();
  } catch {
    return { ok: false, status: 400, error: "the multipart body is malformed" };
  }
  if (!fetchAction) return OK; // a form post (no JavaScript): Next looks up its action fields itself
  const root = form.get("0");
  if (typeof root !== "string") return { ok: false, status: 400, error: "the server action's arguments are missing" };
  return checkRootRow(root);
}

/** Next refuses a router-state header longer than this. */
const MAX_ROUTER_STATE_LENGTH = 20_000;

/** Deeper than any route of this app (a layout, a group or a page per level); Next's validator recurses without a bound. */
const MAX_ROUTER_STATE_DEPTH = 32;

/** The dynamic segment types of Next 16.4 (its `flightRouterStateSchema`, app-render/types). */
const DYNAMIC_PARAM_TYPES: ReadonlySet<string> = new Set([
  "c",
  "ci(..)(..)",
  "ci(.)",
  "ci(..)",
  "ci(...)",
  "oc",
  "d",
  "di(..)(..)",
  "di(.)",
  "di(..)",
  "di(...)",
]);
const REFRESH_MARKERS: ReadonlySet<unknown> = new Set([null, "refetch", "inside-shared-layout", "metadata-only"]);

const isString = (value: unknown): value is string => typeof value === "string";

/** A segment: its name, or a dynamic segment `[param, value, type, static siblings or null]`. */
function isSegment(value: unknown): boolean {
  if (typeof value === "string") return true;
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    isString(value[0]) &&
    isString(value[1]) &&
    isString(value[2]) &&
    DYNAMIC_PARAM_TYPES.has(value[2]) &&
    (value[3] === null || (Array.isArray(value[3]) && value[3].every(isString)))
  );
}

/**
 * The shape of Next's FlightRouterState, a tuple `[segment, parallel routes, url, refresh marker,
 * root layout, …]`: each parallel route is a state too. Stricter than Next's own check where that
 * one lets through what no client sends and the render then trips over (an array of parallel
 * routes; nesting without end).
 */
function isRouterState(value: unknown, depth: number): boolean {
  if (depth > MAX_ROUTER_STATE_DEPTH || !Array.isArray(value) || value.length < 2 || value.length > 6) return false;
  const [segment, parallelRoutes, url, refresh, rootLayout, extra] = value as unknown[];
  if (!isSegment(segment)) return false;
  if (typeof parallelRoutes !== "object" || parallelRoutes === null || Array.isArray(parallelRoutes)) return false;
  if (!Object.values(parallelRoutes).every((child) => isRouterState(child, depth + 1))) return false;
  if (value.length > 2 && url !== null && !(Array.isArray(url) && url.length === 2 && url.every(isString))) return false;
  if (value.length > 3 && !REFRESH_MARKERS.has(refresh)) return false;
  if (value.length > 4 && rootLayout !== null && typeof rootLayout !== "number") return false;
  return value.length <= 5 || isString(extra);
}

/**
 * The router state an RSC request (a client navigation, an action) carries: the URI-encoded JSON
 * tree the client router sends. Next answers 500 when it cannot parse or validate one, so the
 * tree's shape is checked here as Next's validator checks it (test/app/proxy-router-state.test.ts
 * compares the two), never refusing what Next's client sends. The proxy sees the header only
 * because next.config.js sets `skipProxyUrlNormalize` (Next strips it from the proxy's request
 * otherwise).
 */
export function checkRouterState(headers: Headers): ActionRequestVerdict {
  const state = headers.get("next-router-state-tree");
  if (state === null) return OK;
  const refused: ActionRequestVerdict = { ok: false, status: 400, error: "the Next-Router-State-Tree header is malformed" };
  if (state.length > MAX_ROUTER_STATE_LENGTH) return refused;
  let tree: unknown;
  try {
    tree = JSON.parse(decodeURIComponent(state));
  } catch {
    return refused;
  }
  return isRouterState(tree, 0) ? OK : refused;
}
