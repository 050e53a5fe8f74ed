// GET /api/account/export — everything the current learner has, as a JSON download.
import { currentLearnerId } from "@/lib/learner";
import { exportLearnerData } from "@/lib/study/export";
import { downloadName } from "../download-name";
import { logServerError } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const data = await exportLearnerData(await currentLearnerId());
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${downloadName(data.profile?.username ?? null, "json")}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const requestId = logServerError("export failed", error);
    return Response.json({ error: "your data could not be exported just now; please try again", requestId }, { status: 500 });
  }
}
