// What the progress dashboard shows, read in a few queries and shaped by the pure functions of
// stats.ts: totals, accuracy per topic (weakest first), weekly accuracy, study days, the streak,
// reviews due, recurring mistakes. Every accuracy follows the first-try rule (ACCURACY_RULE).
import "server-only";
import { ensureLearnerRow } from "../auth/learner-row";
import { db } from "../db";
import { getTemplate } from "../questions";
import { TOPICS } from "../questions/topics";
import {
  dayKey,
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
import { mistakeTags, storedParts } from "./stored";
import { readStoredJson } from "./stored-repair";
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

export async function getDashboard(userId: string | null, now: Date, timeZone: string): Promise<Dashboard> {
  const today = dayKey(now, timeZone);
  // A day of margin: the window is cut by calendar day in the learner's zone below.
  const since = new Date(Date.parse(shiftDay(today, -7 * HEATMAP_WEEKS - 1)));
  const horizon = new Date(now.getTime() + (FORECAST_DAYS + 1) * 86_400_000);

  const [user, totals, recent, sessions, dueCards, cards, topicAccuracy] = userId
    ? await readStoredJson(() =>
        Promise.all([
          db.user.findUnique({ where: { id: userId }, select: { showStreak: true } }),
          db.attempt.groupBy({ by: ["correct"], where: { userId, firstTry: true }, _count: { _all: true } }),
          db.attempt.findMany({
            where: { userId, createdAt: { gte: since } },
            select: { id: true, createdAt: true, correct: true, firstTry: true, gaveUp: true, templateId: true, seed: true, parts: true },
          }),
          db.studySession.findMany({ where: { userId, completedAt: { not: null } }, select: { completedAt: true } }),
          db.reviewCard.findMany({ where: { userId, due: { lt: horizon } }, select: { due: true } }),
          db.reviewCard.count({ where: { userId } }),
          getTopicAccuracy(userId),
        ]),
      )
    : [null, [], [], [], [], 0, new Map<string, { attempts: number; correct: number }>()];

  const attempts = totals.reduce((sum, group) => sum + group._count._all, 0);
  const correct = totals.find((group) => group.correct)?._count._all ?? 0;

  const perDay = new Map<string, number>();
  for (const attempt of recent) {
    const day = dayKey(attempt.createdAt, timeZone);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const heatmap = heatmapWeeks(perDay, today, HEATMAP_WEEKS);
  const firstDay = heatmap[0]?.[0]?.day ?? today;

  const mistakeSince = now.getTime() - MISTAKE_WINDOW_DAYS * 86_400_000;
  // A mistake repeated by re-sending the same variant is one mistake: each variant's tags count once.
  const seenInVariant = new Set<string>();
  const mistakes = recurringMistakes(
    recent
      .filter((attempt) => attempt.createdAt.getTime() > mistakeSince)
      .map((attempt) => ({
        createdAt: attempt.createdAt,
        templateId: attempt.templateId,
        // A tag named like an object's own properties (stored before imports checked tags) is skipped:
        // the page looks tags up by name.
        mistakes: mistakeTags(storedParts(attempt.parts, attempt.id)).filter((tag) => {
          if (tag in Object.prototype) return false;
          const key = `${attempt.templateId}\u0000${attempt.seed}\u0000${tag}`;
          return !seenInVariant.has(key) && Boolean(seenInVariant.add(key));
        }),
      })),
    now,
  ).map((mistake) => ({ ...mistake, title: getTemplate(mistake.templateId)?.title ?? mistake.templateId }));

  const firstTries = recent.filter((attempt) => attempt.firstTry);
  const weekly = weeklyAccuracy(
    firstTries.flatMap((attempt) => {
      const topic = getTemplate(attempt.templateId)?.topic;
      return topic ? [{ createdAt: attempt.createdAt, correct: attempt.correct, topic }] : [];
    }),
    today,
    timeZone,
    ACCURACY_WEEKS,
    Object.keys(TOPICS),
  );
  const weeksWithAttempts = weekly.weeks.filter((_, index) => weekly.series.some((series) => (series.attempts[index] ?? 0) > 0)).length;
  const streakDays = effortDays(
    firstTries.filter((attempt) => !attempt.gaveUp).map((attempt) => dayKey(attempt.createdAt, timeZone)),
    sessions.flatMap((session) => (session.completedAt ? [dayKey(session.completedAt, timeZone)] : [])),
  );
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

  return {
    timeZone,
    today,
    attempts,
    correct,
    accuracy: attempts > 0 ? correct / attempts : null,
    byTopic,
    weeksWithAttempts,
    completedSessions: sessions.length,
    showStreak: user?.showStreak ?? true,
    streak: studyStreak(streakDays, today),
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
