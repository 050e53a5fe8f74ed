// What the progress dashboard shows, read in a few queries and shaped by the pure functions of
// stats.ts: totals, accuracy per topic (weakest first), weekly accuracy, study days, the streak,
// reviews due, recurring mistakes. Every accuracy follows the first-try rule (ACCURACY_RULE).
import "server-only";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { ensureLearnerRow } from "../auth/learner-row";
import { db, provider } from "../db";
import { getTemplate } from "../questions";
import { TOPICS } from "../questions/topics";
import {
  dayKey,
  dayKeyer,
  dueForecast,
  effortDays,
  heatmapWeeks,
  recurringMistakes,
  shiftDay,
  studyStreak,
  weeklyAccuracy,
  type DueDay,
  type HeatmapCell,
  type RecurringMistake,
  type Streak,
  type WeeklyAccuracy,
} from "./stats";
import { jsonColumn, sqlBoolean, sqlCount, sqlDate } from "./sql-columns";
import { mistakeTags, storedParts } from "./stored";
import { getTopicAccuracy } from "./topic-accuracy";

export const ACCURACY_WEEKS = 12;
export const HEATMAP_WEEKS = 26;
export const FORECAST_DAYS = 14;
/** Mistakes older than this are not "recurring" any more. */
export const MISTAKE_WINDOW_DAYS = 30;

/** One topic's current accuracy (all time, first tries), or a topic not tried yet. */
export interface TopicStanding {
  topic: string;
  /** Questions tried (first tries) and right at the first try. */
  attempts: number;
  correct: number;
  /** null: not tried yet. */
  accuracy: number | null;
}

export interface Dashboard {
  timeZone: string;
  today: string;
  /** Questions (variants) tried, by their first try; retries are not counted. */
  attempts: number;
  correct: number;
  accuracy: number | null;
  /** Tried topics, weakest first (lowest accuracy, then fewer tries), then those not tried yet. */
  byTopic: TopicStanding[];
  /** Weeks of the weekly chart with at least one first try: the trend shows from two. */
  weeksWithAttempts: number;
  completedSessions: number;
  showStreak: boolean;
  streak: Streak;
  weekly: WeeklyAccuracy;
  heatmap: HeatmapCell[][];
  /** Days with at least one attempt in the heatmap's weeks. */
  studyDays: number;
  forecast: DueDay[];
  dueNow: number;
  cards: number;
  mistakes: (RecurringMistake & { title: string })[];
}

// The reads below are raw SQL (valid on SQLite and PostgreSQL): the page runs them on every view,
// and Prisma 6 compiles each ORM query anew (lib/study/sql-columns.ts).

const factRows = z.array(z.object({ showStreak: sqlBoolean.nullable(), cards: sqlCount }));

/** The streak setting (null: no row yet, a guest before their first answer) and the review cards. */
async function learnerFacts(userId: string): Promise<{ showStreak: boolean | null; cards: number }> {
  const rows: unknown = await db.$queryRaw`
    SELECT (SELECT "showStreak" FROM "User" WHERE "id" = ${userId}) AS "showStreak",
           (SELECT COUNT(*) FROM "ReviewCard" WHERE "userId" = ${userId}) AS "cards"`;
  return factRows.parse(rows)[0] ?? { showStreak: null, cards: 0 };
}

/**
 * The learner's attempts since `since`, counted per quarter hour of UTC time, template and outcome:
 * a busy learner has thousands of attempts, and every day key the page needs follows from the
 * quarter hour (every time zone's offset is a whole number of quarter hours). SQLite keeps a
 * DATETIME as ISO text with its offset, which strftime reads; PostgreSQL's timestamp is UTC.
 */
const QUARTER_MS = 15 * 60_000;
const quarterRows = z.array(
  z.object({
    quarter: sqlCount,
    templateId: z.string(),
    firstTry: sqlBoolean,
    correct: sqlBoolean,
    gaveUp: sqlBoolean,
    count: sqlCount,
  }),
);

/** The quarter hour of UTC time an attempt was made in, counted from the epoch. */
function quarterExpression(): Prisma.Sql {
  return provider === "postgresql"
    ? Prisma.sql`CAST(FLOOR(EXTRACT(EPOCH FROM "createdAt") / 900) AS BIGINT)`
    : Prisma.sql`CAST(strftime('%s', "createdAt") AS INTEGER) / 900`;
}

async function attemptQuarters(userId: string, since: Date) {
  const rows: unknown = await db.$queryRaw`
    SELECT ${quarterExpression()} AS "quarter", "templateId", "firstTry", "correct", "gaveUp", COUNT(*) AS "count" FROM "Attempt"
    WHERE "userId" = ${userId} AND "createdAt" >= ${since}
    GROUP BY 1, 2, 3, 4, 5`;
  return quarterRows.parse(rows).map((row) => ({ ...row, at: new Date(row.quarter * QUARTER_MS) }));
}

/**
 * Home's lighter read for the streak: first tries not given up since `since`, counted per quarter
 * hour of UTC time (as `attemptQuarters`, without the template and outcome).
 */
const effortRows = z.array(z.object({ quarter: sqlCount, count: sqlCount }));

async function effortQuarters(userId: string, since: Date) {
  const rows: unknown = await db.$queryRaw`
    SELECT ${quarterExpression()} AS "quarter", COUNT(*) AS "count" FROM "Attempt"
    WHERE "userId" = ${userId} AND "createdAt" >= ${since} AND "firstTry" = TRUE AND "gaveUp" = FALSE
    GROUP BY 1`;
  return effortRows.parse(rows).map((row) => ({ at: new Date(row.quarter * QUARTER_MS), count: row.count }));
}

/**
 * The learner's attempts since `since` whose parts name a known mistake, oldest first. The text is
 * searched in SQL (valid on SQLite and PostgreSQL alike), so only those few rows are read and
 * validated.
 */
const mistakeRows = z.array(z.object({ id: z.string(), createdAt: sqlDate, templateId: z.string(), seed: z.number(), parts: z.string() }));

async function mistakeAttempts(userId: string, since: Date) {
  const rows: unknown = await db.$queryRaw`
    SELECT "id", "createdAt", "templateId", "seed", CAST("parts" AS TEXT) AS "parts" FROM "Attempt"
    WHERE "userId" = ${userId} AND "createdAt" > ${since} AND CAST("parts" AS TEXT) LIKE '%"mistake"%'
    ORDER BY "createdAt", "id"`;
  return mistakeRows.parse(rows);
}

const completedRows = z.array(z.object({ completedAt: sqlDate }));

function completedSessions(userId: string) {
  return db.$queryRaw`
    SELECT "completedAt" FROM "StudySession" WHERE "userId" = ${userId} AND "completedAt" IS NOT NULL`.then((rows: unknown) =>
    completedRows.parse(rows),
  );
}

const dueRows = z.array(z.object({ due: sqlDate }));

function dueBefore(userId: string, horizon: Date) {
  return db.$queryRaw`SELECT "due" FROM "ReviewCard" WHERE "userId" = ${userId} AND "due" < ${horizon}`.then((rows: unknown) =>
    dueRows.parse(rows),
  );
}

/** The first day of the heatmap's window, with a day of margin: days are cut in the learner's zone. */
function windowStart(today: string): Date {
  return new Date(Date.parse(shiftDay(today, -7 * HEATMAP_WEEKS - 1)));
}

/** Totals and topics (tried ones weakest first: lowest accuracy, then fewer tries; then the rest). */
function standings(topicAccuracy: ReadonlyMap<string, { attempts: number; correct: number }>) {
  // Every first try's template is in the catalogue (a foreign key), so the topics' tallies add up
  // to the totals.
  const attempts = [...topicAccuracy.values()].reduce((sum, entry) => sum + entry.attempts, 0);
  const correct = [...topicAccuracy.values()].reduce((sum, entry) => sum + entry.correct, 0);
  const tried: TopicStanding[] = [...topicAccuracy.entries()].map(([topic, entry]) => ({
    topic,
    attempts: entry.attempts,
    correct: entry.correct,
    accuracy: entry.correct / entry.attempts,
  }));
  const byTopic = [
    ...tried.sort((a, b) => (a.accuracy ?? 0) - (b.accuracy ?? 0) || a.attempts - b.attempts),
    ...Object.keys(TOPICS)
      .filter((topic) => !topicAccuracy.has(topic))
      .map((topic) => ({ topic, attempts: 0, correct: 0, accuracy: null })),
  ];
  return { attempts, correct, accuracy: attempts > 0 ? correct / attempts : null, byTopic };
}

/** The streak from first tries not given up (counted per quarter hour) and finished sessions. */
function streakOf(
  effort: readonly { at: Date; count: number }[],
  sessions: readonly { completedAt: Date }[],
  dayOf: (date: Date) => string,
  today: string,
) {
  const days = effortDays(
    effort.flatMap((group) => Array<string>(group.count).fill(dayOf(group.at))),
    sessions.map((session) => dayOf(session.completedAt)),
  );
  return studyStreak(days, today);
}

/** What home shows of the dashboard: the totals, the topics weakest first and the streak. */
export type DashboardSummary = Pick<
  Dashboard,
  "timeZone" | "today" | "attempts" | "correct" | "accuracy" | "byTopic" | "showStreak" | "streak"
>;

/**
 * The dashboard's totals, topics and streak, read without what only the progress page shows (the
 * heatmap, the weekly chart, the forecast, the mistakes): four light queries instead of seven.
 */
export async function getDashboardSummary(userId: string | null, now: Date, timeZone: string): Promise<DashboardSummary> {
  const today = dayKey(now, timeZone);
  const [facts, effort, sessions, topicAccuracy] = userId
    ? await Promise.all([
        learnerFacts(userId),
        effortQuarters(userId, windowStart(today)),
        completedSessions(userId),
        getTopicAccuracy(userId),
      ])
    : [null, [], [], new Map<string, { attempts: number; correct: number }>()];
  return {
    timeZone,
    today,
    ...standings(topicAccuracy),
    showStreak: facts?.showStreak ?? true,
    streak: streakOf(effort, sessions, dayKeyer(timeZone), today),
  };
}

export async function getDashboard(userId: string | null, now: Date, timeZone: string): Promise<Dashboard> {
  const today = dayKey(now, timeZone);
  const since = windowStart(today);
  const horizon = new Date(now.getTime() + (FORECAST_DAYS + 1) * 86_400_000);

  const mistakeSince = new Date(now.getTime() - MISTAKE_WINDOW_DAYS * 86_400_000);
  const [facts, quarters, withMistakes, sessions, dueCards, topicAccuracy] = userId
    ? await Promise.all([
        learnerFacts(userId),
        attemptQuarters(userId, since),
        mistakeAttempts(userId, mistakeSince),
        completedSessions(userId),
        dueBefore(userId, horizon),
        getTopicAccuracy(userId),
      ])
    : [null, [], [], [], [], new Map<string, { attempts: number; correct: number }>()];
  const cards = facts?.cards ?? 0;

  const dayOf = dayKeyer(timeZone);
  const perDay = new Map<string, number>();
  for (const group of quarters) {
    const day = dayOf(group.at);
    perDay.set(day, (perDay.get(day) ?? 0) + group.count);
  }
  const heatmap = heatmapWeeks(perDay, today, HEATMAP_WEEKS);
  const firstDay = heatmap[0]?.[0]?.day ?? today;

  // A mistake repeated by re-sending the same variant is one mistake: each variant's tags count once.
  const seenInVariant = new Set<string>();
  const mistakes = recurringMistakes(
    withMistakes.map((attempt) => ({
      createdAt: attempt.createdAt,
      templateId: attempt.templateId,
      // A tag named like an object's own properties (stored before imports checked tags) is
      // skipped: the page looks tags up by name.
      mistakes: mistakeTags(storedParts(jsonColumn(attempt.parts), attempt.id)).filter((tag) => {
        if (tag in Object.prototype) return false;
        const key = `${attempt.templateId}\u0000${attempt.seed}\u0000${tag}`;
        return !seenInVariant.has(key) && Boolean(seenInVariant.add(key));
      }),
    })),
    now,
  ).map((mistake) => ({ ...mistake, title: getTemplate(mistake.templateId)?.title ?? mistake.templateId }));

  const firstTries = quarters.filter((group) => group.firstTry);
  const weekly = weeklyAccuracy(
    firstTries.flatMap((group) => {
      const topic = getTemplate(group.templateId)?.topic;
      return topic ? [{ createdAt: group.at, correct: group.correct, topic, count: group.count }] : [];
    }),
    today,
    timeZone,
    ACCURACY_WEEKS,
    Object.keys(TOPICS),
  );
  const weeksWithAttempts = weekly.weeks.filter((_, index) => weekly.series.some((series) => (series.attempts[index] ?? 0) > 0)).length;

  return {
    timeZone,
    today,
    ...standings(topicAccuracy),
    weeksWithAttempts,
    completedSessions: sessions.length,
    showStreak: facts?.showStreak ?? true,
    streak: streakOf(
      firstTries.filter((group) => !group.gaveUp),
      sessions,
      dayOf,
      today,
    ),
    weekly,
    heatmap,
    studyDays: [...perDay.keys()].filter((day) => day >= firstDay && day <= today).length,
    forecast: dueForecast(
      dueCards.map((card) => card.due),
      now,
      timeZone,
      FORECAST_DAYS,
    ),
    dueNow: dueCards.filter((card) => card.due <= now).length,
    cards,
    mistakes,
  };
}

/** Shows or hides the streak (the learner's row is created if this is a new guest's first action). */
export async function setShowStreak(userId: string, show: boolean): Promise<void> {
  await ensureLearnerRow(userId);
  await db.user.update({ where: { id: userId }, data: { showStreak: show }, select: { id: true } });
}
