// The arithmetic of the progress dashboard, on plain rows with the clock and the time zone passed
// in: study days, the streak, the heatmap, weekly accuracy per topic, reviews due per day and
// recurring mistakes. Days are calendar days in the learner's time zone, as "YYYY-MM-DD" keys.

const DAY_MS = 86_400_000;

// One formatter per canonical zone name ("europe/paris" and "Europe/Paris" share one), and never more
// than MAX_FORMATTERS: the zone comes from a cookie, so its spellings are the visitor's to choose.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 64;

/** Whether the runtime knows this IANA time zone ("Europe/Paris"). */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  // A zone already formatted with is known (every dashboard and study page asks for the cookie's).
  if (formatters.has(value)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** How many formatters are cached (for tests of the bound). */
export function cachedFormatterCount(): number {
  return formatters.size;
}

/** The calendar day of an instant in a time zone. */
export function dayKey(date: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    const canonical = format.resolvedOptions().timeZone;
    format = formatters.get(canonical) ?? format;
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(canonical, format);
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

// Formatters with the time of day, for a zone's offset from UTC; cached and bounded like `formatters`.
const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (its wall clock minus UTC, to the second). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  let format = clockFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    if (clockFormatters.size >= MAX_FORMATTERS) clockFormatters.clear();
    clockFormatters.set(timeZone, format);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of format.formatToParts(ms)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return wall - Math.floor(ms / 1000) * 1000;
}

// What dayKeyer learns, kept across requests (the past does not change, and a zone's rules do not
// change while the process runs): per zone, the offset of each UTC day (null: a clock change that
// day); and the key of each day number. Bounded: the zone comes from a cookie.
const dayOffsets = new Map<string, Map<number, number | null>>();
let dayOffsetCount = 0;
const MAX_DAY_OFFSETS = 20_000;
const dayKeys = new Map<number, string>();

/** "YYYY-MM-DD" of the day `dayNumber` days after 1970-01-01. */
function keyOfDayNumber(dayNumber: number): string {
  let key = dayKeys.get(dayNumber);
  if (key === undefined) {
    key = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    if (dayKeys.size >= MAX_DAY_OFFSETS) dayKeys.clear();
    dayKeys.set(dayNumber, key);
  }
  return key;
}

/**
 * `dayKey` for many instants in one zone. Formatting a date is the costly part of reading a
 * learner's thousands of attempts, so the zone's offset is read twice per UTC day (at its first and
 * last second) and remembered: when they agree, no clock change falls in that day (zones change
 * their offset at most a few times a year), and every instant of the day is shifted by it with
 * plain arithmetic; a day with a change formats each instant.
 */
export function dayKeyer(timeZone: string): (date: Date) => string {
  let offsets = dayOffsets.get(timeZone);
  if (!offsets) {
    if (dayOffsets.size >= MAX_FORMATTERS) {
      dayOffsets.clear();
      dayOffsetCount = 0;
    }
    offsets = new Map();
    dayOffsets.set(timeZone, offsets);
  }
  const known = offsets;
  return (date) => {
    const ms = date.getTime();
    if (!Number.isFinite(ms)) return dayKey(date, timeZone);
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = known.get(utcDay);
    if (offset === undefined) {
      const first = zoneOffsetMs(utcDay * DAY_MS, timeZone);
      offset = first === zoneOffsetMs((utcDay + 1) * DAY_MS - 1000, timeZone) ? first : null;
      if (dayOffsetCount >= MAX_DAY_OFFSETS) {
        for (const zone of dayOffsets.values()) zone.clear();
        dayOffsetCount = 0;
      }
      known.set(utcDay, offset);
      dayOffsetCount += 1;
    }
    return offset === null ? dayKey(date, timeZone) : keyOfDayNumber(Math.floor((ms + offset) / DAY_MS));
  };
}

/** The day `days` after (or before) a day key. Calendar arithmetic, so no daylight-saving surprises. */
export function shiftDay(key: string, days: number): string {
  return keyOfDayNumber(dayNumberOf(key) + days);
}

/** Days from 1970-01-01 to a day key (NaN for a malformed key). */
function dayNumberOf(key: string): number {
  return Math.round(Date.parse(`${key}T00:00:00Z`) / DAY_MS);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(key: string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumberOf(key) + 3) % 7) + 7) % 7;
}

export function mondayOf(key: string): string {
  return shiftDay(key, -weekdayIndex(key));
}

// ---------------------------------------------------------------- streak

/** A day of real effort: at least this many questions tried (first tries, not given up) ... */
export const EFFORT_FIRST_TRIES = 3;
/** Said on the dashboard beside the streak. */
export const STREAK_RULE = `A streak day is a day with at least ${EFFORT_FIRST_TRIES} new questions tried (first tries, not given up) or a finished session or mock interview.`;

/**
 * The days of real effort: ... or a finished session. `firstTries` holds the day of each first try
 * that was not a give-up; `sessionDays` the days a session or mock interview was finished.
 */
export function effortDays(firstTries: readonly string[], sessionDays: Iterable<string>, minimum = EFFORT_FIRST_TRIES): Set<string> {
  const perDay = new Map<string, number>();
  for (const day of firstTries) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  const days = new Set(sessionDays);
  for (const [day, count] of perDay) if (count >= minimum) days.add(day);
  return days;
}

export interface Streak {
  /** Consecutive days of real effort (`effortDays`), ending today (or yesterday: today is not over yet). */
  current: number;
  longest: number;
  studiedToday: boolean;
}

/** `days`: the days of real effort (`effortDays`). */
export function studyStreak(days: ReadonlySet<string>, today: string): Streak {
  const studiedToday = days.has(today);
  let current = 0;
  for (let day = studiedToday ? today : shiftDay(today, -1); days.has(day); day = shiftDay(day, -1)) current += 1;

  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of [...days].sort()) {
    run = previous !== null && shiftDay(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return { current, longest, studiedToday };
}

// ---------------------------------------------------------------- heatmap

export interface HeatmapCell {
  day: string;
  count: number;
  /** 0 (none) … 4 (ten or more attempts). */
  level: 0 | 1 | 2 | 3 | 4;
  future: boolean;
}

export function heatLevel(count: number): HeatmapCell["level"] {
  if (count <= 0) return 0;
  if (count <= 2) return 1;
  if (count <= 5) return 2;
  if (count <= 9) return 3;
  return 4;
}

/** `weeks` columns of seven days, Monday first, the last column holding today. */
export function heatmapWeeks(counts: ReadonlyMap<string, number>, today: string, weeks: number): HeatmapCell[][] {
  const first = shiftDay(mondayOf(today), -7 * (weeks - 1));
  return Array.from({ length: weeks }, (_, week) =>
    Array.from({ length: 7 }, (_, weekday) => {
      const day = shiftDay(first, week * 7 + weekday);
      const count = counts.get(day) ?? 0;
      return { day, count, level: heatLevel(count), future: day > today };
    }),
  );
}

// ---------------------------------------------------------------- accuracy over time

export interface TopicAttempt {
  createdAt: Date;
  topic: string;
  correct: boolean;
  /** Attempts this row stands for (the dashboard reads them counted per quarter hour); 1 if absent. */
  count?: number;
}

export interface TopicSeries {
  topic: string;
  /** Per week: correct / attempts, or null in a week without attempts at this topic. */
  accuracy: (number | null)[];
  attempts: number[];
}

export interface WeeklyAccuracy {
  /** The Monday of each week, oldest first; the last is this week. */
  weeks: string[];
  /** Only topics with attempts in these weeks, in `topicOrder`. */
  series: TopicSeries[];
}

export function weeklyAccuracy(
  attempts: readonly TopicAttempt[],
  today: string,
  timeZone: string,
  weekCount: number,
  topicOrder: readonly string[],
): WeeklyAccuracy {
  const thisMonday = mondayOf(today);
  const weeks = Array.from({ length: weekCount }, (_, index) => shiftDay(thisMonday, -7 * (weekCount - 1 - index)));
  const weekIndex = new Map(weeks.map((week, index) => [week, index]));
  const tallies = new Map<string, { attempts: number[]; correct: number[] }>();
  const dayOf = dayKeyer(timeZone);
  const weekOfDay = new Map<string, number | undefined>();
  for (const attempt of attempts) {
    const day = dayOf(attempt.createdAt);
    let index = weekOfDay.get(day);
    if (!weekOfDay.has(day)) {
      index = weekIndex.get(mondayOf(day));
      weekOfDay.set(day, index);
    }
    if (index === undefined) continue;
    let tally = tallies.get(attempt.topic);
    if (!tally) {
      tally = { attempts: weeks.map(() => 0), correct: weeks.map(() => 0) };
      tallies.set(attempt.topic, tally);
    }
    const count = attempt.count ?? 1;
    tally.attempts[index] = (tally.attempts[index] ?? 0) + count;
    if (attempt.correct) tally.correct[index] = (tally.correct[index] ?? 0) + count;
  }
  const rank = (topic: string) => {
    const position = topicOrder.indexOf(topic);
    return position === -1 ? topicOrder.length : position;
  };
  const series = [...tallies.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([topic, tally]) => ({
      topic,
      attempts: tally.attempts,
      accuracy: tally.attempts.map((count, index) => (count === 0 ? null : (tally.correct[index] ?? 0) / count)),
    }));
  return { weeks, series };
}

// ---------------------------------------------------------------- reviews due

export interface DueDay {
  day: string;
  count: number;
}

/** Cards due on each of the next `days` days, today first; cards already overdue count today. */
export function dueForecast(dues: readonly Date[], now: Date, timeZone: string, days: number): DueDay[] {
  const today = dayKey(now, timeZone);
  const forecast = Array.from({ length: days }, (_, index) => ({ day: shiftDay(today, index), count: 0 }));
  const last = shiftDay(today, days - 1);
  const dayOf = dayKeyer(timeZone);
  for (const due of dues) {
    const day = due <= now ? today : dayOf(due);
    if (day > last) continue;
    const entry = forecast[Math.max(0, Math.round((Date.parse(day) - Date.parse(today)) / DAY_MS))];
    if (entry) entry.count += 1;
  }
  return forecast;
}

// ---------------------------------------------------------------- recurring mistakes

export interface MistakeAttempt {
  createdAt: Date;
  templateId: string;
  /** The known-mistake tags of the attempt's parts. */
  mistakes: readonly string[];
}

export interface RecurringMistake {
  tag: string;
  /** In the last 7 days. */
  lastWeek: number;
  /** In the window the rows cover. */
  total: number;
  /** The template where it happened last: the question to practise. */
  templateId: string;
  lastSeen: Date;
}

/** The mistake tags made at least `minimum` times, most frequent in the last week first. */
export function recurringMistakes(attempts: readonly MistakeAttempt[], now: Date, minimum = 2): RecurringMistake[] {
  const weekAgo = now.getTime() - 7 * DAY_MS;
  const byTag = new Map<string, RecurringMistake>();
  for (const attempt of attempts) {
    for (const tag of new Set(attempt.mistakes)) {
      const entry = byTag.get(tag) ?? { tag, lastWeek: 0, total: 0, templateId: attempt.templateId, lastSeen: attempt.createdAt };
      entry.total += 1;
      if (attempt.createdAt.getTime() > weekAgo) entry.lastWeek += 1;
      if (attempt.createdAt >= entry.lastSeen) {
        entry.lastSeen = attempt.createdAt;
        entry.templateId = attempt.templateId;
      }
      byTag.set(tag, entry);
    }
  }
  return [...byTag.values()]
    .filter((entry) => entry.total >= minimum)
    .sort((a, b) => b.lastWeek - a.lastWeek || b.total - a.total || a.tag.localeCompare(b.tag));
}
