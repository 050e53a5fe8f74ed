// What the progress dashboard shows, read in a few queries and shaped by the pure functions of
// stats.ts: totals, weekly accuracy per topic, study days, the streak, reviews due, recurring mistakes.
import "server-only";
import { db } from "../db";
import { getTemplate } from "../questions";
import { TOPICS } from "../questions/topics";
import {
  dayKey,
  dueForecast,
  heatmapWeeks,
  mistakeTags,
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

export const ACCURACY_WEEKS = 12;
export const HEATMAP_WEEKS = 26;
export const FORECAST_DAYS = 14;
/** Mistakes older than this are not "recurring" any more. */
export const MISTAKE_WINDOW_DAYS = 30;

export interface Dashboard {
  timeZone: string;
  today: string;
  attempts: number;
  correct: number;
  accuracy: number | null;
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

  const [user, totals, recent, sessions, dueCards, cards] = userId
    ? await Promise.all([
        db.user.findUnique({ where: { id: userId }, select: { showStreak: true } }),
        db.attempt.groupBy({ by: ["correct"], where: { userId }, _count: { _all: true } }),
        db.attempt.findMany({
          where: { userId, createdAt: { gte: since } },
          select: { createdAt: true, correct: true, templateId: true, parts: true },
        }),
        db.studySession.findMany({ where: { userId, completedAt: { not: null } }, select: { completedAt: true } }),
        db.reviewCard.findMany({ where: { userId, due: { lt: horizon } }, select: { due: true } }),
        db.reviewCard.count({ where: { userId } }),
      ])
    : [null, [], [], [], [], 0];

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
  const mistakes = recurringMistakes(
    recent
      .filter((attempt) => attempt.createdAt.getTime() > mistakeSince)
      .map((attempt) => ({ createdAt: attempt.createdAt, templateId: attempt.templateId, mistakes: mistakeTags(attempt.parts) })),
    now,
  ).map((mistake) => ({ ...mistake, title: getTemplate(mistake.templateId)?.title ?? mistake.templateId }));

  return {
    timeZone,
    today,
    attempts,
    correct,
    accuracy: attempts > 0 ? correct / attempts : null,
    completedSessions: sessions.length,
    showStreak: user?.showStreak ?? true,
    streak: studyStreak(new Set(sessions.flatMap((session) => (session.completedAt ? [dayKey(session.completedAt, timeZone)] : []))), today),
    weekly: weeklyAccuracy(
      recent.flatMap((attempt) => {
        const topic = getTemplate(attempt.templateId)?.topic;
        return topic ? [{ createdAt: attempt.createdAt, correct: attempt.correct, topic }] : [];
      }),
      today,
      timeZone,
      ACCURACY_WEEKS,
      Object.keys(TOPICS),
    ),
    heatmap,
    studyDays: [...perDay.keys()].filter((day) => day >= firstDay && day <= today).length,
    forecast: dueForecast(dueCards.map((card) => card.due), now, timeZone, FORECAST_DAYS),
    dueNow: dueCards.filter((card) => card.due <= now).length,
    cards,
    mistakes,
  };
}

/** Shows or hides the streak (the learner's row is created if this is a new guest's first action). */
export async function setShowStreak(userId: string, show: boolean): Promise<void> {
  await db.user.upsert({ where: { id: userId }, create: { id: userId, showStreak: show }, update: { showStreak: show }, select: { id: true } });
}
