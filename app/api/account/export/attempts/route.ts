// GET /api/account/export/attempts — the current learner's attempts as a CSV download, streamed a
// page at a time and stopped when the client goes away.
import { signedInAccount } from "@/lib/auth/session";
import { currentLearnerId } from "@/lib/learner";
import { textStream } from "@/lib/http";
import { attemptsCsvChunks, openExport } from "@/lib/study/export";
import { downloadName } from "../../download-name";
import { refusedTransfer } from "../../transfer-limit";
import { logServerError } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const [source, account] = await Promise.all([currentLearnerId().then(openExport), signedInAccount()]);
    if (source) {
      const refused = await refusedTransfer("export", source.id);
      if (refused) return refused;
    }
    const body = textStream(attemptsCsvChunks(source), request.signal, (error) =>
      logServerError("attempts export failed while streaming", error),
    );
    return new Response(body, {
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
