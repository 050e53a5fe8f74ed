"use client";
// Tells the server the learner's time zone (a cookie), so that study days, the streak and the
// heatmap follow the learner's calendar rather than UTC. Refreshes once when it changes.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export const TIME_ZONE_COOKIE = "ll_tz";

export function TimeZoneSync({ refresh = false }: { refresh?: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    const current = document.cookie.split("; ").find((entry) => entry.startsWith(`${TIME_ZONE_COOKIE}=`));
    if (current && decodeURIComponent(current.slice(TIME_ZONE_COOKIE.length + 1)) === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    if (refresh) router.refresh();
  }, [refresh, router]);
  return null;
}
