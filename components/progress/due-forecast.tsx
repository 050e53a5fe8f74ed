// Reviews due on each of the next 14 days: a bar per day, with the numbers as text.
import type { DueDay } from "@/lib/study/stats";

const longFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const shortFormat = new Intl.DateTimeFormat("en-GB", { weekday: "narrow", timeZone: "UTC" });

export function DueForecast({ days }: { days: DueDay[] }) {
  const most = Math.max(1, ...days.map((day) => day.count));
  return (
    <ol className="flex h-32 items-end gap-1 sm:gap-1.5" data-testid="due-forecast">
      {days.map((day, index) => {
        const date = new Date(`${day.day}T00:00:00Z`);
        const label = `${index === 0 ? "Today" : index === 1 ? "Tomorrow" : longFormat.format(date)}: ${day.count} due`;
        return (
          <li key={day.day} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1">
            <span className="sr-only">{label}</span>
            <span aria-hidden="true" className="text-[10px] text-stone-600 tabular-nums dark:text-stone-400">
              {day.count > 0 ? day.count : ""}
            </span>
            <span
              aria-hidden="true"
              title={label}
              className={`w-full rounded-t ${day.count > 0 ? "bg-indigo-500 dark:bg-indigo-400" : "bg-stone-200 dark:bg-stone-800"}`}
              style={{ height: day.count > 0 ? `${Math.max(8, (day.count / most) * 100)}%` : "3px" }}
            />
            <span aria-hidden="true" className={`text-[10px] ${index === 0 ? "font-semibold" : ""} text-stone-600 dark:text-stone-400`}>
              {shortFormat.format(date)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
