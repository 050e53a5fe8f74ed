// POST /api/account/import — restore a JSON export into the signed-in account, which must be new.
// Cheap refusals come first (type, sign-in, declared size, the rate limit, an account that
// already has progress), before the body is read; the body is read up to the cap, then
// validated and written in slices (lib/study/import.ts), so other requests are served meanwhile.
import { signedInAccount } from "@/lib/auth/session";
import { readTextBody } from "@/lib/http";
import { accountIsEmpty, importLearnerData } from "@/lib/study/export";
import { ACCOUNT_NOT_EMPTY } from "@/lib/study/import";
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_TEXT } from "@/lib/study/transfer-limits";
import { refusedTransfer } from "../transfer-limit";
import { logServerError } from "@/lib/log";

const TOO_LARGE = `the file is larger than ${MAX_IMPORT_SIZE_TEXT}, more than any export: nothing was imported`;

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
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES) return Response.json({ error: TOO_LARGE }, { status: 413 });
  try {
    const refused = await refusedTransfer("import", account.id);
    if (refused) return refused;
    if (!(await accountIsEmpty(account.id))) return Response.json({ error: ACCOUNT_NOT_EMPTY }, { status: 409 });
    const body = await readTextBody(request, MAX_IMPORT_BYTES);
    if (!body.ok) {
      const error = body.status === 413 ? TOO_LARGE : "the file is empty or not valid JSON: choose the .json file you exported";
      return Response.json({ error }, { status: body.status });
    }
    const result = await importLearnerData(account.id, body.text, request.signal);
    if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
    return Response.json({ imported: result.imported });
  } catch (error) {
    // The client went away while the file was read or checked: nothing was written, no one to answer.
    if (request.signal.aborted) return new Response(null, { status: 499 });
    const requestId = logServerError("import failed", error);
    return Response.json({ error: "the import failed and nothing was saved; please try again", requestId }, { status: 500 });
  }
}
