// POST /api/questions/:id/check — grade one variant and record the attempt.
import { readJsonBody } from "@/lib/http";
import { getTemplate } from "@/lib/questions";
import { parseCheckRequest } from "@/lib/questions/check-request";
import { gradeAndRecord } from "@/lib/study/check";
import { logServerError } from "@/lib/log";

const MAX_IDEMPOTENCY_KEY = 200;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // JSON only: a cross-site form or a text/plain fetch cannot send application/json without CORS.
  if (request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() !== "application/json") {
    return Response.json({ error: "send JSON (Content-Type: application/json)" }, { status: 415 });
  }
  const { id } = await params;
  const template = getTemplate(id);
  if (!template) return Response.json({ error: `no question template "${id}"` }, { status: 404 });

  const body = await readJsonBody(request);
  if (!body.ok) return Response.json({ error: body.error }, { status: body.status });
  const parsed = parseCheckRequest(body.body, template);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });

  const idempotencyKey = request.headers.get("idempotency-key");
  if (idempotencyKey !== null && (idempotencyKey.length === 0 || idempotencyKey.length > MAX_IDEMPOTENCY_KEY)) {
    return Response.json({ error: `the Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY} characters` }, { status: 400 });
  }
  try {
    const { result, outcome } = await gradeAndRecord(template, parsed.request, idempotencyKey);
    if (outcome === "conflict") {
      return Response.json(
        { error: "this Idempotency-Key was already used for a different request; send a new key for a new answer" },
        { status: 422 },
      );
    }
    return Response.json(result);
  } catch (error) {
    const requestId = logServerError("check failed", error);
    return Response.json({ error: "the answer could not be checked; please try again", requestId }, { status: 500 });
  }
}
