// The calendar heatmap of study days: one square per day, a column per week (Monday at the top),
// darker for more attempts. Plain HTML on the server: no chart code is needed for a grid.
import { escapeHtml } from "@/lib/markdown";
import type { HeatmapCell } from "@/lib/study/stats";
import "./heatmap.css";

const LEVELS = [0, 1, 2, 3, 4] as const;

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const WEEKDAY_LABELS = ["Mon", "", "Wed", "", "Fri", "", ""];

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** The weeks' columns: a month label over the first week of each month, then one square per day. */
function weeksMarkup(weeks: HeatmapCell[][]): string {
  return weeks
    .map((week, index) => {
      const first = week[0];
      const previous = weeks[index - 1]?.[0];
      const newMonth = first && (!previous || first.day.slice(0, 7) !== previous.day.slice(0, 7));
      const month = newMonth && first && index < weeks.length - 1 ? monthFormat.format(asDate(first.day)) : "";
      // A tooltip only on the days studied: the empty days say nothing a tooltip would add.
      const squares = week
        .map((cell) => {
          if (cell.future) return '<span class="hm"></span>';
          const title =
            cell.count === 0
              ? ""
              : ` title="${escapeHtml(`${dayFormat.format(asDate(cell.day))}: ${cell.count} ${cell.count === 1 ? "attempt" : "attempts"}`)}"`;
          return `<span class="hm hm-${cell.level}"${title}></span>`;
        })
        .join("");
      return `<div class="hm-week"><span class="hm-month">${escapeHtml(month)}</span>${squares}</div>`;
    })
    .join("");
}

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
        {/* The 26 weeks of squares as markup written here, not React elements: React then neither
            serialises ~200 elements into the flight data nor walks them when the page hydrates on a
            phone. Only dates and counts go in, escaped all the same. */}
        <div className="contents" dangerouslySetInnerHTML={{ __html: weeksMarkup(weeks) }} />
      </div>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-stone-600 dark:text-stone-400">
        <span>{summary}</span>
        <span className="flex items-center gap-1" aria-hidden="true">
          Less
          {LEVELS.map((level) => (
            <span key={level} className={`hm hm-${level}`} />
          ))}
          More
        </span>
      </figcaption>
    </figure>
  );
}
