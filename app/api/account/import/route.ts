// POST /api/account/import — restore a JSON export into the signed-in account, which must be new.
import { signedInAccount } from "@/lib/auth/session";
import { readJsonBody } from "@/lib/http";
import { importLearnerData, MAX_IMPORT_BYTES } from "@/lib/study/export";
import { logServerError } from "@/lib/log";

export async function POST(request: Request) {
  // A JSON content type cannot be sent cross-site without a CORS preflight this app never grants:
  // with the SameSite cookie, a second guard against a forged import.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return Response.json({ error: "send the export as JSON (Content-Type: application/json)" }, { status: 415 });
  }
  const account = await signedInAccount();
  if (!account) {
    return Response.json({ error: "sign in first: an export is imported into an account (a new, empty one)" }, { status: 401 });
  }
  const body = await readJsonBody(request, MAX_IMPORT_BYTES);
  if (!body.ok) {
    const error =
      body.status === 413
        ? `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than any export`
        : "the file is empty or not valid JSON: choose the .json file you exported";
    return Response.json({ error }, { status: body.status });
  }
  try {
    const result = await importLearnerData(account.id, body.body);
    if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
    return Response.json({ imported: result.imported });
  } catch (error) {
    const requestId = logServerError("import failed", error);
    return Response.json({ error: "the import failed and nothing was saved; please try again", requestId }, { status: 500 });
  }
}
