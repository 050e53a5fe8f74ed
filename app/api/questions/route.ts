// GET /api/questions — the catalogue: id, title, topic, difficulty and kind of every template.
import { listQuestions } from "@/lib/questions";

export function GET() {
  return Response.json({ questions: listQuestions() });
}
