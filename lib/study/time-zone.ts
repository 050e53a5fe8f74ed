// The learner's time zone, from the cookie the study pages set (components/progress/time-zone-sync);
// UTC until the browser has told us.
import "server-only";
import { cookies } from "next/headers";
import { isTimeZone } from "./stats";

export async function learnerTimeZone(): Promise<string> {
  const value = (await cookies()).get("ll_tz")?.value;
  return value && isTimeZone(value) ? value : "UTC";
}
