"use client";
// Tells the server the learner's time zone (a cookie), so that study days, the streak and the
// heatmap follow the learner's calendar rather than UTC. Refreshes once when it changes.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export const TIME_ZONE_COOKIE = "ll_tz";

/** Whether two zone names are the same zone ("UTC" and "Etc/UTC"); an unknown name never is. */
function sameZone(a: string, b: string): boolean {
  try {
    return a === b || new Intl.DateTimeFormat("en-US", { timeZone: a }).resolvedOptions().timeZone === b;
  } catch {
    return false;
  }
}

/**
 * `refresh`: render the page again once the cookie is set. `renderedIn`: the zone the page was
 * rendered in; when it is already the browser's, no refresh is needed (a second render of the
 * whole page, on a phone, for the same days).
 */
export function TimeZoneSync({ refresh = false, renderedIn }: { refresh?: boolean; renderedIn?: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    const current = document.cookie.split("; ").find((entry) => entry.startsWith(`${TIME_ZONE_COOKIE}=`));
    if (current && decodeURIComponent(current.slice(TIME_ZONE_COOKIE.length + 1)) === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    if (refresh && !(renderedIn !== undefined && sameZone(renderedIn, zone))) router.refresh();
  }, [refresh, renderedIn, router]);
  return null;
}
