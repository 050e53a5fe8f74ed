// The progress dashboard: totals, where the learner is weak (accuracy per topic, weakest first),
// accuracy week by week (a chart, once there are two weeks to compare), the calendar of study days,
// the streak (which the learner may hide), reviews due in the next two weeks and the mistakes that
// keep coming back, each with a way to practise. Every score follows the first-try rule, said on
// the page (ACCURACY_RULE).
import type { Metadata } from "next";
import Link from "next/link";
import { mistakeName } from "@/components/practice/part-feedback";
import { AccuracyChartLoader } from "@/components/progress/accuracy-chart-loader";
import { DueForecast } from "@/components/progress/due-forecast";
import { Heatmap } from "@/components/progress/heatmap";
import { TimeZoneSync } from "@/components/progress/time-zone-sync";
import { TopicStandings } from "@/components/progress/topic-standings";
import { percent } from "@/components/study/format";
import { currentLearnerId } from "@/lib/learner";
import { topicName } from "@/lib/questions/topics";
import { FORECAST_DAYS, getDashboard, HEATMAP_WEEKS } from "@/lib/study/dashboard";
import { finishExpiredSessions } from "@/lib/study/sessions";
import { STREAK_RULE } from "@/lib/study/stats";
import { ACCURACY_RULE } from "@/lib/study/topic-accuracy";
import { learnerTimeZone } from "@/lib/study/time-zone";
import { toggleStreak } from "./actions";

export const metadata: Metadata = { title: "Progress" };
export const dynamic = "force-dynamic";

const weekFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const card = "rounded-xl border border-stone-200 bg-white p-4 sm:p-6 dark:border-stone-800 dark:bg-stone-900";
const emptyNote =
  "rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400";
const ruleNote = "text-xs text-stone-500 dark:text-stone-400";
const smallButton =
  "rounded-lg border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800";

function times(count: number): string {
  return count === 1 ? "once" : count === 2 ? "twice" : `${count} times`;
}

export default async function ProgressPage() {
  const learner = await currentLearnerId();
  const now = new Date();
  await finishExpiredSessions(learner, now); // a mock interview whose time ran out counts as completed
  const dashboard = await getDashboard(learner, now, await learnerTimeZone());
  const weekLabels = dashboard.weekly.weeks.map((week) => weekFormat.format(new Date(`${week}T00:00:00Z`)));
  const dueSoon = dashboard.forecast.reduce((sum, day) => sum + day.count, 0);

  return (
    <div className="space-y-8">
      <TimeZoneSync refresh renderedIn={dashboard.timeZone} />
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Your progress</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Every graded answer is saved. Days follow your own calendar ({dashboard.timeZone.replaceAll("_", " ")}).
        </p>
      </div>

      <div className="space-y-2">
        <dl className="grid grid-cols-3 gap-3 sm:gap-4">
          {[
            { label: "Questions tried", value: String(dashboard.attempts), testId: "attempt-count" },
            { label: "Right first try", value: String(dashboard.correct), testId: "correct-count" },
            { label: "Accuracy", value: dashboard.accuracy === null ? "–" : percent(dashboard.accuracy), testId: "accuracy" },
          ].map((stat) => (
            <div
              key={stat.label}
              className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900"
            >
              <dt className="text-sm text-stone-600 dark:text-stone-400">{stat.label}</dt>
              <dd data-testid={stat.testId} className="mt-1 text-2xl font-semibold tabular-nums sm:text-3xl">
                {stat.value}
              </dd>
            </div>
          ))}
        </dl>
        <p className={ruleNote} data-testid="accuracy-rule">
          {ACCURACY_RULE}
        </p>
      </div>

      {dashboard.attempts === 0 && (
        <div className="rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
          <p className="font-medium">No attempts yet.</p>
          <p className="mx-auto mt-1 max-w-prose text-sm text-stone-600 dark:text-stone-400">
            Start with a short study session: ten questions picked for you, with hints and worked solutions. Your accuracy, study days,
            reviews and recurring mistakes will appear here as you go.
          </p>
          <div className="mt-4 flex flex-wrap justify-center gap-3">
            <Link
              prefetch={false}
              href="/study"
              className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700"
            >
              Start a study session
            </Link>
            <Link prefetch={false} href="/practice" className={smallButton.replace("py-1.5", "py-2")}>
              Start practising
            </Link>
          </div>
        </div>
      )}

      <section aria-labelledby="streak" className={card}>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="space-y-1">
            <h2 id="streak" className="text-lg font-semibold">
              Streak
            </h2>
            {dashboard.showStreak ? (
              <>
                <p className="text-3xl font-semibold tabular-nums" data-testid="streak-current">
                  {dashboard.streak.current} {dashboard.streak.current === 1 ? "day" : "days"}
                </p>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  Days in a row of real effort · longest {dashboard.streak.longest}
                  {dashboard.streak.current > 0 && !dashboard.streak.studiedToday && " · study today to keep it going"}
                </p>
                <p className={ruleNote} data-testid="streak-rule">
                  {STREAK_RULE}
                </p>
              </>
            ) : (
              <p className="text-sm text-stone-600 dark:text-stone-400">Your streak is hidden.</p>
            )}
          </div>
          <form action={toggleStreak}>
            <input type="hidden" name="show" value={dashboard.showStreak ? "false" : "true"} />
            <button type="submit" className={smallButton}>
              {dashboard.showStreak ? "Hide streak" : "Show streak"}
            </button>
          </form>
        </div>
      </section>

      <section aria-labelledby="where-weak" className={`${card} space-y-4`}>
        <div className="space-y-1">
          <h2 id="where-weak" className="text-lg font-semibold">
            Where you are weak
          </h2>
          <p className={ruleNote}>Accuracy per topic, all time, weakest first. {ACCURACY_RULE}</p>
        </div>
        {dashboard.attempts === 0 ? (
          <p className={emptyNote}>After your first answers, each topic shows how often you get its questions right at the first try.</p>
        ) : (
          <TopicStandings rows={dashboard.byTopic} />
        )}
      </section>

      <section aria-labelledby="accuracy-by-topic" className={`${card} space-y-4`}>
        <div className="space-y-1">
          <h2 id="accuracy-by-topic" className="text-lg font-semibold">
            Accuracy by topic, week by week
          </h2>
          <p className={ruleNote}>{ACCURACY_RULE}</p>
        </div>
        {dashboard.weeksWithAttempts < 2 ? (
          <p className={emptyNote}>The weekly trend appears once you have practised in two different weeks.</p>
        ) : (
          <>
            <AccuracyChartLoader
              weekLabels={weekLabels}
              series={dashboard.weekly.series.map((line) => ({
                topic: line.topic,
                name: topicName(line.topic),
                values: line.accuracy.map((value) => (value === null ? null : Math.round(value * 1000) / 10)),
              }))}
            />
            <details className="text-sm">
              <summary className="cursor-pointer text-stone-700 dark:text-stone-300">The numbers, as a table</summary>
              <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Accuracy by topic and week">
                <table className="w-full text-left text-xs tabular-nums" data-testid="accuracy-table">
                  <thead>
                    <tr>
                      <th scope="col" className="py-1 pr-3 font-medium">
                        Topic
                      </th>
                      {weekLabels.map((label, index) => (
                        <th key={index} scope="col" className="px-1 py-1 font-medium whitespace-nowrap">
                          {label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {dashboard.weekly.series.map((line) => (
                      <tr key={line.topic} className="border-t border-stone-100 dark:border-stone-800">
                        <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
                          {topicName(line.topic)}
                        </th>
                        {line.accuracy.map((value, index) => (
                          <td key={index} className="px-1 py-1 whitespace-nowrap">
                            {value === null ? "–" : `${percent(value)} (${line.attempts[index]})`}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="study-days" className={`${card} space-y-4`}>
        <h2 id="study-days" className="text-lg font-semibold">
          Study days
        </h2>
        <Heatmap weeks={dashboard.heatmap} studyDays={dashboard.studyDays} />
        {dashboard.attempts === 0 && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Each day you answer a question is filled in, over the last {HEATMAP_WEEKS} weeks.
          </p>
        )}
      </section>

      <section aria-labelledby="reviews-due" className={`${card} space-y-4`}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="reviews-due" className="text-lg font-semibold">
            Reviews due in the next {FORECAST_DAYS} days
          </h2>
          {dashboard.dueNow > 0 && (
            <Link
              prefetch={false}
              href="/review"
              className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700"
            >
              Review {dashboard.dueNow} now
            </Link>
          )}
        </div>
        {dashboard.cards === 0 ? (
          <p className={emptyNote}>
            No review cards yet. Each question you answer in a{" "}
            <Link prefetch={false} href="/study" className="underline">
              study session
            </Link>{" "}
            becomes a card, scheduled to come back just before you would forget it.
          </p>
        ) : (
          <>
            <p className="text-sm text-stone-600 dark:text-stone-400" data-testid="due-summary">
              {dueSoon === 0
                ? "Nothing due in the next two weeks."
                : `${dueSoon} ${dueSoon === 1 ? "review" : "reviews"} in the next two weeks, ${dashboard.dueNow} due now.`}
            </p>
            <DueForecast days={dashboard.forecast} />
          </>
        )}
      </section>

      <section aria-labelledby="recurring-mistakes" className={`${card} space-y-4`}>
        <h2 id="recurring-mistakes" className="text-lg font-semibold">
          Recurring mistakes
        </h2>
        {dashboard.mistakes.length === 0 ? (
          <p className={emptyNote}>
            {dashboard.attempts === 0
              ? "Known slips, such as dividing by n − 1 in the variance MLE, are counted here when they come back."
              : "No known mistake has come back in the last 30 days. Keep it up."}
          </p>
        ) : (
          <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="recurring-mistakes">
            {dashboard.mistakes.map((mistake) => (
              <li key={mistake.tag} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-medium">{mistakeName(mistake.tag)}</p>
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    {mistake.lastWeek > 0 ? `${times(mistake.lastWeek)} in the last 7 days` : "not in the last 7 days"} ·{" "}
                    {times(mistake.total)} in 30 days
                  </p>
                </div>
                <Link href={`/practice/${mistake.templateId}`} prefetch={false} className={smallButton}>
                  Practise: {mistake.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
