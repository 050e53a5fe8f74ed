// The calendar heatmap of study days: one square per day, a column per week (Monday at the top),
// darker for more attempts. Plain HTML on the server: no chart code is needed for a grid.
import type { HeatmapCell } from "@/lib/study/stats";

const LEVEL_STYLE = [
  "bg-stone-200 dark:bg-stone-800",
  "bg-emerald-200 dark:bg-emerald-900",
  "bg-emerald-400 dark:bg-emerald-700",
  "bg-emerald-600 dark:bg-emerald-500",
  "bg-emerald-800 dark:bg-emerald-300",
] as const;

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const WEEKDAY_LABELS = ["Mon", "", "Wed", "", "Fri", "", ""];

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function Heatmap({ weeks, studyDays }: { weeks: HeatmapCell[][]; studyDays: number }) {
  const dayCount = weeks.flat().filter((cell) => !cell.future).length;
  const summary = `You studied on ${studyDays} of the last ${dayCount} days.`;
  return (
    <figure className="space-y-2">
      <div className="flex gap-[2px] sm:gap-[3px]" role="img" aria-label={summary} data-testid="heatmap">
        <div className="grid grid-rows-[auto_repeat(7,minmax(0,1fr))] gap-[2px] pr-1 text-[10px] leading-none text-stone-500 sm:gap-[3px] dark:text-stone-400">
          <span className="h-3" />
          {WEEKDAY_LABELS.map((label, index) => (
            <span key={index} className="flex h-2 items-center sm:h-3.5">
              {label}
            </span>
          ))}
        </div>
        {weeks.map((week, index) => {
          const first = week[0];
          const previous = weeks[index - 1]?.[0];
          const newMonth = first && (!previous || first.day.slice(0, 7) !== previous.day.slice(0, 7));
          return (
            <div key={first?.day ?? index} className="grid grid-rows-[auto_repeat(7,minmax(0,1fr))] gap-[2px] sm:gap-[3px]">
              <span className="h-3 w-2 overflow-visible text-[10px] leading-none whitespace-nowrap text-stone-500 sm:w-3.5 dark:text-stone-400">
                {newMonth && first && index < weeks.length - 1 ? monthFormat.format(asDate(first.day)) : ""}
              </span>
              {week.map((cell) => (
                <span
                  key={cell.day}
                  data-level={cell.future ? undefined : cell.level}
                  title={
                    cell.future
                      ? undefined
                      : `${dayFormat.format(asDate(cell.day))}: ${cell.count} ${cell.count === 1 ? "attempt" : "attempts"}`
                  }
                  className={`size-2 rounded-[2px] sm:size-3.5 ${cell.future ? "" : LEVEL_STYLE[cell.level]}`}
                />
              ))}
            </div>
          );
        })}
      </div>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-stone-600 dark:text-stone-400">
        <span>{summary}</span>
        <span className="flex items-center gap-1" aria-hidden="true">
          Less
          {LEVEL_STYLE.map((style, level) => (
            <span key={level} className={`size-2.5 rounded-[2px] sm:size-3.5 ${style}`} />
          ))}
          More
        </span>
      </figcaption>
    </figure>
  );
}
