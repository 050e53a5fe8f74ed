"use client";
// Tells the server the learner's time zone (a cookie), so that study days, the streak and the
// heatmap follow the learner's calendar rather than UTC. Refreshes once when it changes.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export const TIME_ZONE_COOKIE = "ll_tz";
/** The zone the server assumes while the cookie is missing (lib/study/time-zone.ts). */
const SERVER_DEFAULT_ZONE = "UTC";

/**
 * The zone is read in a throwaway worker: the first `Intl.DateTimeFormat()` of a page initialises
 * ICU's date formatting, about 35 ms of main thread on a desktop and 150 ms at Lighthouse's 4× CPU
 * slowdown, which would block the page just after it hydrates. The worker pays that on its own
 * thread. (A blob worker is allowed by the `worker-src 'self' blob:` of the Content-Security-Policy.)
 */
const WORKER_SOURCE = "postMessage(Intl.DateTimeFormat().resolvedOptions().timeZone || '')";

function readZoneOnMainThread(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
}

/** Calls `found` with the browser's zone ("" when it has none); returns a function that cancels. */
function readTimeZone(found: (zone: string) => void): () => void {
  if (typeof Worker === "undefined") {
    found(readZoneOnMainThread());
    return () => {};
  }
  let done = false;
  let worker: Worker | null = null;
  let source = "";
  const finish = (zone: string) => {
    if (done) return;
    done = true;
    worker?.terminate();
    URL.revokeObjectURL(source);
    found(zone);
  };
  try {
    source = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
    worker = new Worker(source);
    worker.onmessage = (event: MessageEvent<unknown>) => finish(typeof event.data === "string" ? event.data : "");
    // A browser or policy that refuses the worker: read the zone here after all.
    worker.onerror = () => finish(readZoneOnMainThread());
  } catch {
    finish(readZoneOnMainThread());
  }
  return () => {
    done = true;
    worker?.terminate();
    if (source) URL.revokeObjectURL(source);
  };
}

/**
 * `refresh`: render the page again once the cookie is set. `renderedIn`: the zone the page was
 * rendered in (UTC while the cookie is missing, lib/study/time-zone.ts); when it is already the
 * browser's, no refresh is needed (a second render of the whole page, on a phone, for the same
 * days). Compared as names, not through Intl: that would initialise ICU on the main thread, which
 * the worker above avoids; a spelling that differs ("Etc/UTC") costs one refresh at most.
 */
export function TimeZoneSync({ refresh = false, renderedIn }: { refresh?: boolean; renderedIn?: string }) {
  const router = useRouter();
  useEffect(
    () =>
      readTimeZone((zone) => {
        if (!zone) return;
        const current = document.cookie.split("; ").find((entry) => entry.startsWith(`${TIME_ZONE_COOKIE}=`));
        if (current && decodeURIComponent(current.slice(TIME_ZONE_COOKIE.length + 1)) === zone) return;
        document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
        const renderedZone = renderedIn ?? (current ? null : SERVER_DEFAULT_ZONE);
        if (refresh && renderedZone !== zone) router.refresh();
      }),
    [refresh, renderedIn, router],
  );
  return null;
}
