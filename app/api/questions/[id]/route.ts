// GET /api/questions/:id?seed=N — one variant (prompt, data, parts, hints), never its answers.
import { getTemplate, parseSeedParam, randomSeed } from "@/lib/questions";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const template = getTemplate(id);
  if (!template) return Response.json({ error: `no question template "${id}"` }, { status: 404 });
  const seed = parseSeedParam(new URL(request.url).searchParams.get("seed"));
  if (seed === "invalid") {
    return Response.json({ error: "seed must be a whole number from 0 to 2147483647" }, { status: 400 });
  }
  return Response.json(template.generate(seed ?? randomSeed()));
}
