// POST /study/:id/draft — save the answers typed so far into one question of a session
// (`{ position, answers, hintsUsed }`). A route rather than a server action so that the page can
// send it with `keepalive` as it is closed: closing the browser loses nothing typed.
import { readJsonBody } from "@/lib/http";
import { currentLearnerId } from "@/lib/learner";
import { saveDraft } from "@/lib/study/sessions";

const MAX_POSITION = 10_000;

/** Cookies ride along on cross-site form posts: only this site's pages may save a draft. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin === null || host === null) return origin === null;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!sameOrigin(request)) return Response.json({ error: "cross-site request" }, { status: 403 });
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ error: "send JSON (Content-Type: application/json)" }, { status: 415 });
  }
  const body = await readJsonBody(request);
  if (!body.ok) return Response.json({ error: body.error }, { status: body.status });
  const { position, answers, hintsUsed } = (typeof body.body === "object" && body.body !== null ? body.body : {}) as Record<
    string,
    unknown
  >;
  // A session has at most a few dozen questions; 2^63 or 0.5 would only reach the database as an error.
  if (typeof position !== "number" || !Number.isSafeInteger(position) || position < 0 || position > MAX_POSITION) {
    return Response.json({ error: `position must be a whole number from 0 to ${MAX_POSITION}` }, { status: 400 });
  }

  const saved = await saveDraft(await currentLearnerId(), (await params).id, position, answers, hintsUsed);
  switch (saved) {
    case "saved":
      return new Response(null, { status: 204 });
    case "not-found":
      return Response.json({ error: "no such question in your sessions" }, { status: 404 });
    case "invalid":
      return Response.json({ error: "the answers do not fit this question" }, { status: 400 });
    case "closed":
      return Response.json({ error: "this session is finished or its time is up" }, { status: 409 });
  }
}
