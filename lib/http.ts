// Reading request bodies at the API boundary: JSON, and never more of it than a check can need,
// so a huge body is refused before it is buffered or parsed. And writing long responses (the
// exports) as a stream that stops when the client goes away.
import { yieldToEventLoop } from "./event-loop";

export const MAX_JSON_BODY_BYTES = 16 * 1024;
const DECODE_BYTES = 1024 * 1024;

export type JsonBody = { ok: true; body: unknown } | { ok: false; status: 400 | 413; error: string };
export type TextBody = { ok: true; text: string } | { ok: false; status: 400 | 413; error: string };

/** The body as text, refused (413) as soon as it is known to be larger than `maxBytes`. */
export async function readTextBody(request: Request, maxBytes: number): Promise<TextBody> {
  const tooLarge: TextBody = { ok: false, status: 413, error: `the body is larger than ${maxBytes} bytes` };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  if (!request.body) return { ok: false, status: 400, error: "the body is empty: send a JSON object" };

  const reader = request.body.getReader();
  // Decoded as it arrives, a megabyte at a time with the event loop given back in between: one
  // 16 MB decode holds the loop for tens of milliseconds.
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    for (let start = 0; start < value.byteLength; start += DECODE_BYTES) {
      parts.push(decoder.decode(value.subarray(start, start + DECODE_BYTES), { stream: true }));
      if (value.byteLength > DECODE_BYTES) await yieldToEventLoop();
    }
  }
  parts.push(decoder.decode());
  const text = parts.join("");
  if (text.trim() === "") return { ok: false, status: 400, error: "the body is empty: send a JSON object" };
  return { ok: true, text };
}

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const body = await readTextBody(request, maxBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, body: JSON.parse(body.text) };
  } catch {
    return { ok: false, status: 400, error: "the body is not valid JSON" };
  }
}

/**
 * A response body made from text chunks as the client reads them (a pull stream runs at most one
 * chunk ahead of the client), with the event loop given back between chunks. It stops when the
 * client goes away: the request's signal aborts, or the server cancels the body. An error after
 * the headers were sent is reported to `onError` and ends the body (the download fails).
 */
export function textStream(
  chunks: AsyncGenerator<string>,
  signal: AbortSignal,
  onError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const stop = () => {
    signal.removeEventListener("abort", stop);
    // Runs once the chunk being made is done: the generator's `finally` blocks run, nothing more is read.
    chunks.return(undefined).catch(() => {});
  };
  return new ReadableStream<Uint8Array>({
    start() {
      signal.addEventListener("abort", stop, { once: true });
    },
    async pull(controller) {
      if (signal.aborted) {
        controller.close();
        return;
      }
      try {
        await yieldToEventLoop();
        const next = await chunks.next();
        if (next.done) {
          signal.removeEventListener("abort", stop);
          controller.close();
        } else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        signal.removeEventListener("abort", stop);
        onError(error);
        controller.error(error);
      }
    },
    cancel() {
      stop();
    },
  });
}
