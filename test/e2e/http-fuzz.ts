// Property-based HTTP fuzzing of a production server (`next start`): every route handler
// (app/api/**/route.ts, app/study/[id]/draft/route.ts) and every server action (found by name in
// the build's server-reference-manifest.json) receives requests that fast-check generates from
// hostile parts: malformed and hostile JSON, huge and odd strings, numbers such as 1e309, -0 and
// NaN written as text, prototype keys, React reply strings ("$Q1", "$n…", "$T"), wrong content
// types, odd headers and cookies, bad percent-escapes, huge ids. The property: no answer is a 5xx
// (or a dropped connection), none takes more than 2 s, and the server's memory stays bounded.
//
// Used by test/e2e/fuzz.spec.ts (2 000 cases in `npm test`) and bench/fuzz.mjs (20 000+).
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export interface FuzzRequest {
  target: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  headers: Record<string, string>;
  body?: string | FormData;
}

export interface FuzzFailure {
  request: { target: string; method: string; path: string; headers: Record<string, string>; body: string };
  status: number | "error" | "timeout";
  latencyMs: number;
  answer: string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  perTarget: Record<string, number>;
  statuses: Record<string, number>;
  failures: FuzzFailure[];
  slow: FuzzFailure[];
  maxLatencyMs: number;
  slowestTarget: string;
  rssBeforeMiB: number | null;
  /** Halfway through: growth in the second half shows a leak, not the heap settling after warm-up. */
  rssMidMiB: number | null;
  rssAfterMiB: number | null;
  rssPeakMiB: number | null;
  seconds: number;
}

export interface FuzzOptions {
  base: string;
  /** The build folder (NEXT_DIST_DIR), for the server actions' ids. */
  distDir: string;
  cases: number;
  seed?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** The server's root process, to read its resident memory from /proc (Linux). */
  serverPid?: number;
  /** A request slower than this is a failure. */
  maxLatencyMs?: number;
  onProgress?: (done: number) => void;
}

// ---------------------------------------------------------------------------------------------
// Server actions: ids from the build.

export interface ActionRef {
  id: string;
  name: string;
  /** The page that hosts the action, e.g. "app/study/[id]/page". */
  worker: string;
}

export function readActions(distDir: string): Map<string, ActionRef> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const actions = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)[0];
    if (entry.exportedName && worker) actions.set(entry.exportedName, { id, name: entry.exportedName, worker });
  }
  return actions;
}

// ---------------------------------------------------------------------------------------------
// Memory of the server: resident set summed over its process tree.

function processTree(rootPid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // exited meanwhile
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i += 1) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

export function rssMiB(rootPid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number | null {
  let kib = 0;
  let found = false;
  for (const pid of processTree(rootPid)) {
    try {
      const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) {
        kib += Number(match[1]);
        found = true;
      }
    } catch {
      // exited meanwhile
    }
  }
  return found ? kib / 1024 : null;
}

// ---------------------------------------------------------------------------------------------
// Hostile parts.

const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"];
const REACT_STRINGS = [
  "$",
  "$$",
  "$$x",
  "$Q1",
  "$W1",
  "$@1",
  "$1",
  "$0",
  "$0:a",
  "$T",
  "$h1",
  "$F1",
  "$B1",
  "$K1",
  "$Kzz",
  "$i1",
  "$nxyz",
  "$n",
  "$n99999999999999999999999999999",
  "$NaN",
  "$Infinity",
  "$-Infinity",
  "$-0",
  "$undefined",
  "$D2020-01-01T00:00:00.000Z",
  "$Dnot a date",
  "$Z",
  "$S1",
  "$R1",
];
const ODD_STRINGS = [
  "",
  " ",
  "        ",
  "\t\n\r",
  "\u0000",
  "\ud800",
  "\udfff\ud800",
  "\u202e",
  "\ufeff",
  "NaN",
  "-0",
  "1e309",
  "-1e309",
  "Infinity",
  "0x10",
  "1/0",
  "0/0",
  "e^1000",
  "10^400",
  "9".repeat(400),
  "1e-400",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "%",
  "%E0%A4%A",
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "[x](javascript:alert(document.domain))",
  "![x](http://example.com/x.png)",
  "$$\\begin{align}x\\end{align}$$",
  "\\href{javascript:alert(1)}{x}",
  "import('fs')",
  "evaluate('1')",
  "createUnit('x')",
  "x".repeat(300),
  "🙂".repeat(50),
  ...PROTOTYPE_KEYS,
  ...REACT_STRINGS,
];
const NUMBER_TOKENS = [
  "0",
  "-0",
  "1",
  "-1",
  "0.5",
  "1e309",
  "-1e309",
  "1e-400",
  "2147483647",
  "2147483648",
  "4294967296",
  "9007199254740993",
  "9223372036854775807",
  "9223372036854775808",
  "18446744073709551616",
  "123456789012345678901234567890",
  "1E5",
  "1.0",
  "-2147483649",
  "0.1e1",
];
const PART_IDS = ["p", "mu", "sigma", "sigma2", "lambda", "theta", "pi", "a", "b", "k", "answer", "choice", "explain", "order", "steps"];
const BODY_KEYS = [
  "seed",
  "answers",
  "reveal",
  "assessment",
  "position",
  "hintsUsed",
  "durationMs",
  "idempotencyKey",
  "version",
  "profile",
  "attempts",
  "reviewCards",
  "studySessions",
  "mistakes",
  "tags",
];

/** Not too often: a huge string costs a megabyte of traffic. */
const hugeString = fc
  .tuple(fc.integer({ min: 17_000, max: 1_200_000 }), fc.constantFrom("x", "$", "9", "é", "\\", '"', "🙂"))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 16_000 }).map((n) => "a".repeat(n)) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
);

const key: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS, ...PART_IDS, ...BODY_KEYS),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "$", "$$", "a".repeat(5000)),
);

/** JSON-like text: any token may be written as raw text (1e309, -0, 2^63…). */
const { json } = fc.letrec<{ json: string }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...NUMBER_TOKENS),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
    fc.integer().map(String),
    oddString.map((s) => JSON.stringify(s)),
    fc.constantFrom("true", "false", "null"),
    fc.array(tie("json"), { maxLength: 6 }).map((items) => `[${items.join(",")}]`),
    fc
      .array(fc.tuple(key, tie("json")), { maxLength: 6 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
  ),
}));

/** A JSON object whose keys are the ones a handler looks for, with hostile values. */
function objectOf(keys: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), key), json), { maxLength: keys.length + 3 })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`);
}

/** Breaks well-formed text: truncated, glued garbage, a BOM, bare NaN, deep nesting, nothing. */
function malformed(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 1, arbitrary: fc.tuple(text, fc.nat()).map(([t, n]) => t.slice(0, t.length === 0 ? 0 : n % t.length)) },
    { weight: 1, arbitrary: fc.tuple(text, fc.string({ unit: "binary", maxLength: 8 })).map(([t, g]) => t + g) },
    { weight: 1, arbitrary: text.map((t) => `\ufeff${t}`) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "NaN", "{", "[", '{"a":NaN}', "[1,]", "{'a':1}", "\u0000", "null", "[]", "{}") },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`) },
    { weight: 1, arbitrary: hugeString.map((s) => JSON.stringify({ seed: 1, answers: { p: s } })) },
  );
}

// ---------------------------------------------------------------------------------------------
// Headers, cookies, paths.

export interface FuzzContext {
  base: string;
  host: string;
  templates: string[];
  /** Cookie headers: a guest with attempts, a signed-in account, its study session. */
  guestCookie: string;
  accountCookie: string;
  sessionId: string;
  actions: Map<string, ActionRef>;
}

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/json; charset=utf-16",
  "application/jsonx",
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "multipart/form-data; boundary=x",
  "text/html",
  "",
  "*/*",
  "application/json, text/plain",
];

function oddHeaders(ctx: FuzzContext): fc.Arbitrary<Record<string, string>> {
  const pairs = fc.array(
    fc.oneof(
      fc.constantFrom<[string, string]>(
        ["origin", `http://${ctx.host}`],
        ["origin", "http://evil.example"],
        ["origin", "null"],
        ["origin", "garbage"],
        ["origin", "http://[::1"],
        ["x-forwarded-host", "evil.example"],
        ["x-forwarded-for", "not an address"],
        ["x-forwarded-for", "1.2.3.4, 5.6.7.8"],
        ["x-forwarded-proto", "https"],
        ["x-real-ip", "::ffff:1.2.3.4"],
        ["accept", "text/x-component"],
        ["accept", "*/*"],
        ["accept-language", "xx;q=2, *;q=-1"],
        ["rsc", "1"],
        ["next-router-prefetch", "1"],
        ["next-router-state-tree", "garbage"],
        ["next-router-state-tree", "%5B%22%22%2C%7B%7D%5D"],
        ["next-url", "/%E0"],
        ["idempotency-key", ""],
        ["idempotency-key", "k".repeat(201)],
        ["idempotency-key", "__proto__"],
        ["range", "bytes=0-1"],
        ["if-none-match", "*"],
        ["content-encoding", "gzip"],
        ["transfer-encoding", "chunked"],
        ["x-middleware-subrequest", "middleware:middleware:middleware:middleware:middleware"],
        ["x-invoke-path", "/api/health"],
      ),
      fc
        .tuple(fc.constantFrom("x-fuzz", "user-agent", "referer", "idempotency-key", "origin"), oddString)
        .map(([name, value]) => [name, value.replace(/[^\x20-\x7e]/g, "?").slice(0, 4000)] as [string, string]),
    ),
    { maxLength: 3 },
  );
  return pairs.map((list) => Object.fromEntries(list.filter(([name]) => name !== "transfer-encoding" && name !== "content-encoding")));
}

function cookie(ctx: FuzzContext): fc.Arbitrary<string | null> {
  return fc.oneof(
    fc.constant(null),
    fc.constant(ctx.guestCookie),
    fc.constant(ctx.accountCookie),
    fc.constantFrom(
      "__Host-ll_learner=00000000-0000-0000-0000-000000000000",
      "__Host-ll_learner=../../etc",
      "__Host-ll_session=Fe26.2**garbage",
      "__Host-ll_session=" + "a".repeat(3000),
      "__Host-ll_tz=Mars/Olympus_Mons",
      "__Host-ll_tz=" + "Europe/Paris".repeat(100),
      "ll_tz=America/New_York; tz=%E0",
      "%=%; ==; ;;",
    ),
    oddString.map((s) => `__Host-ll_tz=${encode(s).slice(0, 3000)}`),
  );
}

/** encodeURIComponent throws on a lone surrogate: those become U+FFFD here. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "\ufffd"));
}

/** Path segments: a real one mostly, else odd, huge or badly escaped. */
function segment(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...real) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("%E0", "%", "%%", "%zz", "%E0%A4%A", "%2e%2e", "..", "%00", "__proto__", "constructor", "-1", "0"),
    },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 8000 }).map((n) => "9".repeat(n)) },
    { weight: 1, arbitrary: oddString.map((s) => encode(s.slice(0, 2000)) || "x") },
  );
}

function queryString(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant(""),
    fc.constantFrom(...NUMBER_TOKENS, "NaN", "abc", "", "%E0", "1&seed=2", "-0", "0x10", " 1").map((v) => `?seed=${v}`),
    oddString.map((s) => `?seed=${encode(s.slice(0, 3000))}`),
    fc.constantFrom("?__proto__[x]=1", "?constructor=1&seed[]=1", "?%=1", "?seed=%E0", "?" + "a=1&".repeat(2000)),
  );
}

// ---------------------------------------------------------------------------------------------
// Requests per target.

function withHeaders(
  ctx: FuzzContext,
  base: fc.Arbitrary<Omit<FuzzRequest, "headers"> & { contentType?: string; headers?: Record<string, string> }>,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(base, oddHeaders(ctx), cookie(ctx), fc.option(fc.constantFrom(...CONTENT_TYPES), { freq: 5 }))
    .map(([request, odd, jar, type]) => {
      const headers: Record<string, string> = { ...request.headers, ...odd };
      const contentType = type ?? request.contentType;
      if (contentType !== undefined && typeof request.body === "string") headers["content-type"] = contentType;
      if (jar !== null) headers.cookie = jar;
      const { contentType: _ignored, ...rest } = request;
      return { ...rest, headers };
    });
}

function routeTargets(ctx: FuzzContext): fc.Arbitrary<FuzzRequest>[] {
  const template = segment(ctx.templates);
  const checkBody = malformed(
    fc.oneof(
      objectOf(["seed", "answers", "reveal", "assessment"]),
      fc
        .tuple(fc.constantFrom(...NUMBER_TOKENS), fc.array(fc.tuple(fc.constantFrom(...PART_IDS), json), { maxLength: 4 }), json)
        .map(
          ([seed, answers, assessment]) =>
            `{"seed":${seed},"answers":{${answers.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}},"assessment":${assessment}}`,
        ),
      json,
    ),
  );
  return [
    withHeaders(ctx, fc.constant({ target: "GET /api/health", method: "GET" as const, path: "/api/health" })),
    withHeaders(
      ctx,
      queryString().map((q) => ({ target: "GET /api/questions", method: "GET" as const, path: `/api/questions${q}` })),
    ),
    withHeaders(
      ctx,
      fc
        .tuple(template, queryString())
        .map(([id, q]) => ({ target: "GET /api/questions/:id", method: "GET" as const, path: `/api/questions/${id}${q}` })),
    ),
    withHeaders(
      ctx,
      fc.tuple(template, checkBody).map(([id, body]) => ({
        target: "POST /api/questions/:id/check",
        method: "POST" as const,
        path: `/api/questions/${id}/check`,
        body,
        contentType: "application/json",
      })),
    ),
    withHeaders(
      ctx,
      fc
        .constantFrom("/api/account/export", "/api/account/export/attempts")
        .map((p) => ({ target: `GET ${p}`, method: "GET" as const, path: p })),
    ),
    withHeaders(
      ctx,
      malformed(objectOf(["version", "profile", "attempts", "reviewCards", "studySessions", "mistakes", "exportedAt", "app"])).map(
        (body) => ({
          target: "POST /api/account/import",
          method: "POST" as const,
          path: "/api/account/import",
          body,
          contentType: "application/json",
        }),
      ),
    ),
    withHeaders(
      ctx,
      fc.tuple(segment([ctx.sessionId]), malformed(objectOf(["position", "answers", "hintsUsed"]))).map(([id, body]) => ({
        target: "POST /study/:id/draft",
        method: "POST" as const,
        path: `/study/${id}/draft`,
        body,
        contentType: "application/json",
      })),
    ),
    // Methods a route does not export.
    withHeaders(
      ctx,
      fc
        .tuple(
          fc.constantFrom("PUT", "DELETE") as fc.Arbitrary<"PUT" | "DELETE">,
          fc.constantFrom("/api/health", "/api/questions/mle-bernoulli-p/check", "/api/account/import"),
        )
        .map(([method, p]) => ({ target: `${method} (no handler)`, method, path: p, body: "{}" })),
    ),
  ];
}

/** A reply value: JSON a page could send, or not (React's "$…" strings among the strings). */
const { reply } = fc.letrec<{ reply: unknown }>((tie) => ({
  reply: fc.oneof(
    { depthSize: "small" },
    oddString,
    fc.constantFrom(...REACT_STRINGS),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, 2 ** 63, 1e300, true, false, null),
    fc.array(tie("reply"), { maxLength: 5 }),
    fc.dictionary(key, tie("reply"), { maxKeys: 5 }),
  ),
}));

/** Arguments shaped like the action's, each one possibly replaced by anything. */
function argsLike(shape: fc.Arbitrary<unknown>[]): fc.Arbitrary<string> {
  const argument = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: reply });
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(...shape.map(argument)).map((args) => JSON.stringify(args)) },
    { weight: 2, arbitrary: fc.array(reply, { maxLength: 9 }).map((args) => JSON.stringify(args)) },
    { weight: 2, arbitrary: malformed(json) },
  );
}

function actionPagePath(ref: ActionRef, ctx: FuzzContext): fc.Arbitrary<string> {
  const route =
    ref.worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]*\)/g, "") || "/";
  const real = route
    .replace("[id]", route.startsWith("/study") ? ctx.sessionId : "mle-bernoulli-p")
    .replace("[templateId]", "mle-bernoulli-p");
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(real) },
    { weight: 1, arbitrary: fc.constantFrom("/", "/practice", "/progress", real + "/%E0", "/nowhere") },
  );
}

function formBody(fields: fc.Arbitrary<[string, string][]>, root: fc.Arbitrary<unknown[]>, keyed: boolean): fc.Arbitrary<FormData> {
  return fc.tuple(fields, root).map(([entries, args]) => {
    const form = new FormData();
    for (const [name, value] of entries) form.append(keyed ? `_1_${name}` : name, value);
    form.append("0", JSON.stringify(args));
    return form;
  });
}

function actionTargets(ctx: FuzzContext): fc.Arbitrary<FuzzRequest>[] {
  const templateId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ctx.templates) }, { weight: 1, arbitrary: oddString });
  const seed = fc.oneof(
    fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    fc.constantFrom<unknown>(-1, 2 ** 63, 1e308, "$NaN", "$Infinity", "$-0", "$n9223372036854775808", "42"),
  );
  const answers = fc.dictionary(
    fc.oneof(fc.constantFrom(...PART_IDS), key),
    fc.oneof(oddString, fc.array(oddString, { maxLength: 5 }), reply),
    {
      maxKeys: 4,
    },
  );
  const small = fc.oneof(fc.nat(20), fc.constantFrom<unknown>(-1, "$Infinity", "$NaN", 2 ** 53, "3"));
  const sessionId = fc.oneof({ weight: 4, arbitrary: fc.constant(ctx.sessionId) }, { weight: 1, arbitrary: oddString });
  const position = fc.oneof(fc.nat(12), fc.constantFrom<unknown>(-1, 0.5, 2 ** 63, "$n9223372036854775808", "$Infinity", "$-0", "1"));
  const assessment = fc.oneof(fc.constant("$undefined"), reply, fc.array(fc.nat(8), { maxLength: 6 }));
  const idempotency = fc.oneof(fc.uuid(), oddString);
  const formField = (names: string[]) =>
    fc.array(
      fc.tuple(fc.oneof(fc.constantFrom(...names), key), fc.oneof(fc.constantFrom("practice", "mock", "any", "5", "10", "15"), oddString)),
      {
        maxLength: 8,
      },
    );
  // Sign-in and sign-up attempts are throttled per address, and every browser test comes from
  // 127.0.0.1: a username no account can have ("!") is refused before it counts, so the fuzzer
  // never locks the other tests out (the throttle has its own tests).
  const credentialFields = formField(["username", "password", "next"]).map((entries) =>
    entries.map(([name, value]): [string, string] => (name === "username" ? [name, `${value}!`] : [name, value])),
  );

  const shapes: Record<string, { text?: fc.Arbitrary<string>; form?: fc.Arbitrary<FormData>; cookie?: "never-account" }> = {
    checkAnswers: { text: argsLike([templateId, seed, answers, idempotency, assessment]) },
    giveUpAnswers: { text: argsLike([templateId, seed, answers, idempotency]) },
    checkReviewAnswer: { text: argsLike([templateId, seed, answers, idempotency, small, small, fc.boolean(), assessment]) },
    checkSessionAnswer: { text: argsLike([sessionId, position, answers, idempotency, small, small, fc.boolean(), assessment]) },
    finishSession: {
      text: argsLike([sessionId, fc.oneof(fc.constant("$undefined"), fc.record({ position, answers }), reply)]),
    },
    startSession: {
      form: formBody(
        formField(["mode", "topic", "difficulty", "length", "minutes"]),
        fc.tuple(fc.oneof(fc.constant({ error: null }), reply), fc.constant("$K1")),
        true,
      ),
      text: argsLike([reply, reply]),
    },
    toggleStreak: {
      form: formBody(formField(["show"]), fc.constant(["$K1"]), true),
      text: argsLike([reply]),
    },
    signUpAction: {
      form: formBody(credentialFields, fc.tuple(fc.oneof(fc.constant({ message: null }), reply), fc.constant("$K1")), true),
      text: argsLike([reply, reply]),
      cookie: "never-account",
    },
    signInAction: {
      form: formBody(credentialFields, fc.tuple(fc.oneof(fc.constant({ message: null }), reply), fc.constant("$K1")), true),
      text: argsLike([reply, reply]),
      cookie: "never-account",
    },
    changePasswordAction: {
      // Only the fuzzer's own account; a wrong current password changes nothing.
      form: formBody(formField(["current", "next"]), fc.constant(["$K1"]), true),
      text: argsLike([reply]),
      cookie: "never-account",
    },
    mergeGuestAction: { text: argsLike([]), cookie: "never-account" },
    discardGuestAction: { text: argsLike([]), cookie: "never-account" },
    signOutAction: { text: argsLike([]), cookie: "never-account" },
    signOutEverywhereAction: { text: argsLike([]), cookie: "never-account" },
  };

  const targets: fc.Arbitrary<FuzzRequest>[] = [];
  for (const ref of ctx.actions.values()) {
    const shape = shapes[ref.name] ?? { text: argsLike([reply, reply, reply]) };
    const bodies: fc.Arbitrary<string | FormData>[] = [];
    if (shape.text) bodies.push(shape.text);
    if (shape.form) bodies.push(shape.form, shape.form);
    const actionId = fc.oneof(
      { weight: 12, arbitrary: fc.constant(ref.id) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "",
          "zz",
          "0".repeat(42),
          ref.id.slice(0, -1) + (ref.id.endsWith("0") ? "1" : "0"),
          ref.id + "00",
          "x".repeat(5000),
        ),
      },
    );
    targets.push(
      fc
        .tuple(
          actionPagePath(ref, ctx),
          actionId,
          fc.oneof(...bodies),
          oddHeaders(ctx),
          cookie(ctx),
          fc.option(fc.constantFrom(...CONTENT_TYPES), { freq: 6 }),
        )
        .map(([pagePath, id, body, odd, jar, type]) => {
          const headers: Record<string, string> = { accept: "text/x-component", "next-action": id, ...odd };
          if (typeof body === "string") headers["content-type"] = type ?? "text/plain;charset=UTF-8";
          const safeJar = shape.cookie === "never-account" && jar === ctx.accountCookie ? ctx.guestCookie : jar;
          if (safeJar !== null) headers.cookie = safeJar;
          return { target: `action ${ref.name}`, method: "POST" as const, path: pagePath, headers, body };
        }),
    );
  }
  // Form posts without JavaScript (no Next-Action header): multipart bodies with action fields.
  const mpaIds = [...ctx.actions.values()].map((ref) => ref.id);
  targets.push(
    fc
      .tuple(
        fc.constantFrom("/progress", "/study", "/signin", "/account", "/practice/mle-bernoulli-p"),
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                ...mpaIds.map((id) => `$ACTION_ID_${id}`),
                "$ACTION_ID_zz",
                "$ACTION_REF_1",
                "$ACTION_1:0",
                "$ACTION_1:1",
                "$ACTION_KEY",
                "show",
                "mode",
              ),
              key,
            ),
            fc.oneof(fc.constantFrom('{"id":"zz","bound":null}', "[]", "{", "true"), oddString),
          ),
          { maxLength: 5 },
        ),
        fc.boolean(),
      )
      .map(([pagePath, entries, raw]): FuzzRequest => {
        if (raw) {
          // A multipart body that does not match its boundary.
          const body = entries.map(([k, v]) => `--b\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + "--b";
          return {
            target: "form post (no JavaScript)",
            method: "POST" as const,
            path: pagePath,
            headers: { "content-type": "multipart/form-data; boundary=c" },
            body,
          };
        }
        const form = new FormData();
        for (const [k, v] of entries) form.append(k, v);
        return { target: "form post (no JavaScript)", method: "POST", path: pagePath, headers: {}, body: form };
      }),
  );
  return targets;
}

export function requestArbitrary(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...routeTargets(ctx), ...actionTargets(ctx));
}

// ---------------------------------------------------------------------------------------------
// Setup: a guest with an attempt, an account, a study session.

function firstCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

export async function prepareContext(base: string, distDir: string): Promise<FuzzContext> {
  const actions = readActions(distDir);
  const action = (name: string): ActionRef => {
    const ref = actions.get(name);
    if (!ref) throw new Error(`no server action ${name} in ${distDir}`);
    return ref;
  };
  const { questions } = (await (await fetch(`${base}/api/questions`)).json()) as { questions: { id: string }[] };
  const templates = questions.map((q) => q.id);

  const check = await fetch(`${base}/api/questions/mle-bernoulli-p/check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ seed: 1, answers: { p: "0.1234" } }),
  });
  const guestCookie = firstCookie(check);
  if (!guestCookie) throw new Error("the check did not set a guest cookie");

  const signUp = new FormData();
  signUp.append("_1_username", `fuzz${Date.now().toString(36)}`);
  signUp.append("_1_password", "a long fuzzing passphrase 7");
  signUp.append("0", JSON.stringify([{ message: null }, "$K1"]));
  const signedUp = await fetch(`${base}/signup`, {
    method: "POST",
    headers: { "next-action": action("signUpAction").id, accept: "text/x-component" },
    body: signUp,
    redirect: "manual",
  });
  const accountCookie = firstCookie(signedUp);
  if (!accountCookie) throw new Error(`sign-up did not set a session cookie (${signedUp.status})`);

  const start = new FormData();
  start.append("_1_mode", "practice");
  start.append("_1_length", "5");
  start.append("_1_difficulty", "any");
  start.append("0", JSON.stringify([{ error: null }, "$K1"]));
  const started = await fetch(`${base}/study`, {
    method: "POST",
    headers: { "next-action": action("startSession").id, accept: "text/x-component", cookie: guestCookie },
    body: start,
    redirect: "manual",
  });
  const sessionId = /\/study\/([^;/?]+)/.exec(started.headers.get("x-action-redirect") ?? "")?.[1];
  if (!sessionId) throw new Error(`the study session did not start (${started.status})`);
  return { base, host: new URL(base).host, templates, guestCookie, accountCookie, sessionId, actions };
}

// ---------------------------------------------------------------------------------------------
// Running.

function describe(request: FuzzRequest): FuzzFailure["request"] {
  let body = "";
  if (typeof request.body === "string")
    body = request.body.length > 600 ? `${request.body.slice(0, 600)}… (${request.body.length} chars)` : request.body;
  else if (request.body) body = [...request.body.entries()].map(([k, v]) => `${k}=${String(v).slice(0, 200)}`).join("&");
  return {
    target: request.target,
    method: request.method,
    path: request.path.length > 300 ? `${request.path.slice(0, 300)}…` : request.path,
    headers: request.headers,
    body,
  };
}

async function send(base: string, request: FuzzRequest, timeoutMs: number) {
  const started = performance.now();
  try {
    const response = await fetch(base + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status as number | "error" | "timeout", latencyMs: performance.now() - started, answer: text.slice(0, 300) };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return {
      status: (timedOut ? "timeout" : "error") as number | "error" | "timeout",
      latencyMs: performance.now() - started,
      answer:
        error instanceof Error ? `${error.name}: ${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error),
    };
  }
}

/** Runs `cases` generated requests (after one warm-up request per target) and reports. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const maxLatencyMs = options.maxLatencyMs ?? 2000;
  const concurrency = options.concurrency ?? 4;
  const ctx = await prepareContext(options.base, options.distDir);
  const arbitrary = requestArbitrary(ctx);

  // Warm-up: every page and route module is loaded once before anything is timed.
  const warm = fc.sample(arbitrary, { numRuns: 300, seed: seed ^ 0x5eed });
  await Promise.all(warm.slice(0, 150).map((request) => send(options.base, request, 30_000)));
  for (const request of warm.slice(150)) await send(options.base, request, 30_000);

  const rssBeforeMiB = options.serverPid ? rssMiB(options.serverPid) : null;
  const requests = fc.sample(arbitrary, { numRuns: options.cases, seed });
  const report: FuzzReport = {
    seed,
    cases: 0,
    perTarget: {},
    statuses: {},
    failures: [],
    slow: [],
    maxLatencyMs: 0,
    slowestTarget: "",
    rssBeforeMiB,
    rssMidMiB: null,
    rssAfterMiB: null,
    rssPeakMiB: null,
    seconds: 0,
  };
  const started = performance.now();
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const request = requests[next] as FuzzRequest;
      next += 1;
      const result = await send(options.base, request, Math.max(10_000, maxLatencyMs * 5));
      report.cases += 1;
      report.perTarget[request.target] = (report.perTarget[request.target] ?? 0) + 1;
      const statusKey = typeof result.status === "number" ? String(result.status) : result.status;
      report.statuses[statusKey] = (report.statuses[statusKey] ?? 0) + 1;
      if (result.latencyMs > report.maxLatencyMs) {
        report.maxLatencyMs = result.latencyMs;
        report.slowestTarget = request.target;
      }
      const failed = typeof result.status !== "number" || result.status >= 500;
      if (failed && report.failures.length < 50) report.failures.push({ request: describe(request), ...result });
      if (!failed && result.latencyMs > maxLatencyMs && report.slow.length < 50)
        report.slow.push({ request: describe(request), ...result });
      if (report.cases % 500 === 0) options.onProgress?.(report.cases);
      if (report.cases === Math.floor(requests.length / 2) && options.serverPid) report.rssMidMiB = rssMiB(options.serverPid);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  report.seconds = (performance.now() - started) / 1000;
  if (options.serverPid) {
    // Let the garbage collector catch up with the burst before reading the resident set again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    report.rssAfterMiB = rssMiB(options.serverPid);
    report.rssPeakMiB = rssMiB(options.serverPid, "VmHWM");
  }
  return report;
}

/** A short text of a report, for a test's message and the bench's output. */
export function formatReport(report: FuzzReport): string {
  const lines = [
    `${report.cases} cases in ${report.seconds.toFixed(1)} s (seed ${report.seed})`,
    `statuses: ${Object.entries(report.statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status}×${count}`)
      .join(" ")}`,
    `max latency ${report.maxLatencyMs.toFixed(0)} ms (${report.slowestTarget})`,
  ];
  if (report.rssBeforeMiB !== null) {
    lines.push(
      `server RSS ${report.rssBeforeMiB.toFixed(0)} MiB after warm-up → ${report.rssMidMiB?.toFixed(0)} MiB halfway → ` +
        `${report.rssAfterMiB?.toFixed(0)} MiB at the end (peak ${report.rssPeakMiB?.toFixed(0)} MiB)`,
    );
  }
  lines.push(
    "per target: " +
      Object.entries(report.perTarget)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([target, count]) => `${target} ${count}`)
        .join(", "),
  );
  const byStatus = [...report.failures].sort((a, b) => (typeof a.status === "number" ? 0 : 1) - (typeof b.status === "number" ? 0 : 1));
  for (const failure of [...byStatus, ...report.slow].slice(0, 10)) {
    lines.push(
      `FAIL ${failure.status} ${failure.latencyMs.toFixed(0)} ms ${JSON.stringify(failure.request)} → ${failure.answer.replace(/\s+/g, " ").slice(0, 200)}`,
    );
  }
  return lines.join("\n");
}
