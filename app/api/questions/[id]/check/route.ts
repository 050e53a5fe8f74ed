// POST /api/questions/:id/check — grade one variant and record the attempt.
import { getTemplate } from "@/lib/questions";
import { parseCheckRequest } from "@/lib/questions/check-request";
import { gradeAndRecord } from "@/lib/study/check";

const MAX_IDEMPOTENCY_KEY = 200;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const template = getTemplate(id);
  if (!template) return Response.json({ error: `no question template "${id}"` }, { status: 404 });

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "the body is not valid JSON" }, { status: 400 });
  }
  const parsed = parseCheckRequest(body, template);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });

  const idempotencyKey = request.headers.get("idempotency-key");
  if (idempotencyKey !== null && (idempotencyKey.length === 0 || idempotencyKey.length > MAX_IDEMPOTENCY_KEY)) {
    return Response.json(
      { error: `the Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY} characters` },
      { status: 400 },
    );
  }
  try {
    const { result } = await gradeAndRecord(template, parsed.request, idempotencyKey);
    return Response.json(result);
  } catch (error) {
    console.error("check failed", error);
    return Response.json({ error: "the answer could not be checked; please try again" }, { status: 500 });
  }
}
