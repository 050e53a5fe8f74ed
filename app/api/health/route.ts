// GET /api/health — { ok: true } once the database answers. lib/db owns the connection, so it
// answers whether the connection works; the route never touches the client itself.
import { databaseAnswers } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  if (await databaseAnswers()) return Response.json({ ok: true });
  return Response.json({ ok: false, error: "the database is not answering" }, { status: 503 });
}
