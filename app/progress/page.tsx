import type { Metadata } from "next";
import Link from "next/link";
import { TopicBadge } from "@/components/badges";
import { currentLearnerId } from "@/lib/learner";
import { getProgress } from "@/lib/study/progress";

export const metadata: Metadata = { title: "Progress" };
export const dynamic = "force-dynamic";

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ProgressPage() {
  const progress = await getProgress(await currentLearnerId());

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Your progress</h1>
        <p className="text-stone-600 dark:text-stone-400">Every graded answer is saved. Your progress belongs to this browser&apos;s learner.</p>
      </div>

      <dl className="grid grid-cols-3 gap-3 sm:gap-4">
        {[
          { label: "Attempts", value: String(progress.attempts), testId: "attempt-count" },
          { label: "Correct", value: String(progress.correct), testId: "correct-count" },
          { label: "Accuracy", value: progress.accuracy === null ? "–" : percent(progress.accuracy), testId: "accuracy" },
        ].map((stat) => (
          <div key={stat.label} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900">
            <dt className="text-sm text-stone-600 dark:text-stone-400">{stat.label}</dt>
            <dd data-testid={stat.testId} className="mt-1 text-2xl font-semibold tabular-nums sm:text-3xl">
              {stat.value}
            </dd>
          </div>
        ))}
      </dl>

      {progress.attempts === 0 ? (
        <div className="rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
          <p className="font-medium">No attempts yet.</p>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Answer a question and it will show up here.</p>
          <Link href="/practice" className="mt-4 inline-block rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700">
            Start practising
          </Link>
        </div>
      ) : (
        <>
          <section className="space-y-3">
            <h2 className="text-lg font-semibold">By question</h2>
            <ul className="space-y-3">
              {progress.byTemplate.map((row) => (
                <li key={row.templateId} className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={`/practice/${row.templateId}`} className="font-medium hover:underline">
                      {row.title}
                    </Link>
                    <TopicBadge topic={row.topic} />
                  </div>
                  <div className="mt-3 flex items-center gap-3">
                    <div
                      className="h-2 flex-1 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
                      role="progressbar"
                      aria-label={`${row.title}: accuracy`}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={Math.round((row.correct / row.attempts) * 100)}
                    >
                      <div className="h-full rounded-full bg-emerald-500" style={{ width: percent(row.correct / row.attempts) }} />
                    </div>
                    <span className="text-sm tabular-nums text-stone-700 dark:text-stone-300">
                      {row.correct} / {row.attempts} correct
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section className="space-y-3">
            <h2 className="text-lg font-semibold">Recent attempts</h2>
            <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
              {progress.recent.map((attempt) => (
                <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                  <Link href={`/practice/${attempt.templateId}?seed=${attempt.seed}`} className="hover:underline">
                    {attempt.title} <span className="text-stone-500 dark:text-stone-400">· variant {attempt.seed}</span>
                  </Link>
                  <span className="flex items-center gap-3">
                    <span
                      className={
                        attempt.correct
                          ? "rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100"
                          : "rounded-full bg-rose-100 px-2 py-0.5 text-xs font-medium text-rose-900 dark:bg-rose-900/50 dark:text-rose-100"
                      }
                    >
                      {attempt.correct ? "correct" : "incorrect"}
                    </span>
                    <time dateTime={attempt.createdAt.toISOString()} className="text-stone-500 dark:text-stone-400">
                      {dateFormat.format(attempt.createdAt)} UTC
                    </time>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
