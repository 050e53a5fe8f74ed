// GET /api/account/export/attempts — the current learner's attempts as a CSV download.
import { signedInAccount } from "@/lib/auth/session";
import { currentLearnerId } from "@/lib/learner";
import { attemptsCsv } from "@/lib/study/export";
import { downloadName } from "../../download-name";
import { logServerError } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const [csv, account] = await Promise.all([currentLearnerId().then(attemptsCsv), signedInAccount()]);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="${downloadName(account?.username ?? null, "csv", "attempts")}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const requestId = logServerError("attempts export failed", error);
    return Response.json({ error: "your attempts could not be exported just now; please try again", requestId }, { status: 500 });
  }
}
