// GET /api/account/export — everything the current learner has, as a JSON download, streamed a
// page at a time (lib/study/export-source.ts) and stopped when the client goes away.
import { currentLearnerId } from "@/lib/learner";
import { textStream } from "@/lib/http";
import { exportJsonChunks, openExport } from "@/lib/study/export";
import { downloadName } from "../download-name";
import { refusedTransfer } from "../transfer-limit";
import { logServerError } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const source = await openExport(await currentLearnerId());
    // A learner without data gets an empty file at once: it costs nothing, so it is not counted.
    if (source) {
      const refused = await refusedTransfer("export", source.id);
      if (refused) return refused;
    }
    const body = textStream(exportJsonChunks(source), request.signal, (error) => logServerError("export failed while streaming", error));
    return new Response(body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${downloadName(source?.profile.username ?? null, "json")}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const requestId = logServerError("export failed", error);
    return Response.json({ error: "your data could not be exported just now; please try again", requestId }, { status: 500 });
  }
}
