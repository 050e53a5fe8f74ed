// Reading request bodies at the API boundary: JSON, and never more of it than a check can need,
// so a huge body is refused before it is buffered or parsed.
export const MAX_JSON_BODY_BYTES = 16 * 1024;

export type JsonBody = { ok: true; body: unknown } | { ok: false; status: 400 | 413; error: string };

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const tooLarge: JsonBody = { ok: false, status: 413, error: `the body is larger than ${maxBytes} bytes` };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  if (!request.body) return { ok: false, status: 400, error: "the body is empty: send a JSON object" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { ok: false, status: 400, error: "the body is empty: send a JSON object" };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: "the body is not valid JSON" };
  }
}
