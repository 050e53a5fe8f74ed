// The end of a study session or mock interview: the score (by the first-answer rule, said on the
// page), the time, how each topic went, and each question that went wrong with the learner's answer
// beside the truth, the named mistakes, and the way to its worked solution and to a fresh variant.
// A mock interview's review shows every question that way.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { TopicBadge } from "@/components/badges";
import { SELF_ASSESSED } from "@/components/practice/explain-review";
import { mistakeName } from "@/components/practice/part-feedback";
import { formatDuration, percent } from "@/components/study/format";
import { currentLearnerId } from "@/lib/learner";
import { topicName } from "@/lib/questions/topics";
import { getStudySession, SESSION_SCORE_RULE, summarizeSession } from "@/lib/study/sessions";
import { AnswerTable } from "./answer-table";

export const metadata: Metadata = { title: "Session summary" };
export const dynamic = "force-dynamic";

const linkButton =
  "inline-block rounded-lg border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800";

export default async function SummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getStudySession(await currentLearnerId(), id);
  if (!session) notFound();
  if (!session.completedAt) redirect(`/study/${id}`);
  const summary = summarizeSession(session);
  const mock = session.mode === "mock";

  const stats = [
    { label: "Correct", value: `${summary.correct} of ${summary.total}`, testId: "summary-correct" },
    { label: "Score", value: percent(summary.score), testId: "summary-score" },
    {
      label: mock ? "Time used" : "Time on questions",
      value: summary.timeMs === null ? "–" : formatDuration(summary.timeMs),
      testId: "summary-time",
    },
  ];

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <p className="text-sm font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
          {mock ? "Mock interview" : "Study session"} · finished
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{mock ? "Mock interview review" : "Session summary"}</h1>
        {summary.timedOut && (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-50">
            Time ran out. Every answer you had typed was submitted and graded.
          </p>
        )}
        <p className="text-stone-600 dark:text-stone-400">
          {summary.answered === summary.total
            ? "You answered every question."
            : `You answered ${summary.answered} of ${summary.total} questions.`}
          {summary.timeLimitMs !== null && ` The time limit was ${formatDuration(summary.timeLimitMs)}.`}
        </p>
      </header>

      <div className="space-y-2">
        <dl className="grid grid-cols-3 gap-3 sm:gap-4">
          {stats.map((stat) => (
            <div
              key={stat.label}
              className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900"
            >
              <dt className="text-sm text-stone-600 dark:text-stone-400">{stat.label}</dt>
              <dd data-testid={stat.testId} className="mt-1 text-xl font-semibold tabular-nums sm:text-2xl">
                {stat.value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-stone-500 dark:text-stone-400" data-testid="score-rule">
          {SESSION_SCORE_RULE}
          {summary.selfAssessed > 0 &&
            ` ${summary.selfAssessed === 1 ? "One score is" : `${summary.selfAssessed} scores are`} ${SELF_ASSESSED}: your own ticks against an explanation's key points.`}
        </p>
      </div>

      <section aria-labelledby="by-topic" className="space-y-3">
        <h2 id="by-topic" className="text-lg font-semibold">
          By topic
        </h2>
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-stone-200 text-left dark:border-stone-800">
                <th scope="col" className="px-4 py-2 font-medium">
                  Topic
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Correct
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.byTopic.map((row) => (
                <tr key={row.topic} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                  <th scope="row" className="px-4 py-2 text-left font-normal">
                    {topicName(row.topic)}
                  </th>
                  <td className="px-4 py-2 text-right tabular-nums">
                    {row.correct} of {row.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="mistakes" className="space-y-3">
        <h2 id="mistakes" className="text-lg font-semibold">
          What went wrong
        </h2>
        {summary.mistakes.length === 0 ? (
          <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-700 dark:border-stone-700 dark:text-stone-300">
            Nothing: every question was right. Well done.
          </p>
        ) : (
          <ul className="space-y-3" data-testid="summary-mistakes">
            {summary.mistakes.map((mistake) => (
              <li
                key={mistake.position}
                className="space-y-2 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-medium">
                    <span className="text-stone-500 dark:text-stone-400">Question {mistake.position + 1} · </span>
                    {mistake.title}
                  </p>
                  <TopicBadge topic={mistake.topic} />
                </div>
                <p className="text-sm text-stone-700 dark:text-stone-300">
                  {mistake.status === "unanswered"
                    ? "Not answered."
                    : `${mistake.status === "gave-up" ? "Gave up (counts as not correct). " : ""}Score ${percent(mistake.score)}${mistake.selfAssessed ? ` (${SELF_ASSESSED})` : ""}.${mistake.mistakes.length > 0 ? ` Known mistake: ${mistake.mistakes.map(mistakeName).join("; ")}.` : ""}`}
                </p>
                <AnswerTable parts={mistake.parts} caption={`Question ${mistake.position + 1}: your answer and the truth`} />
                <div className="flex flex-wrap gap-2">
                  <Link href={`/study/${id}/solution/${mistake.position + 1}`} className={linkButton}>
                    Worked solution<span className="sr-only"> to question {mistake.position + 1}</span>
                  </Link>
                  <Link href={`/practice/${mistake.templateId}`} prefetch={false} className={linkButton}>
                    Fresh variant<span className="sr-only"> of question {mistake.position + 1}</span>
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {mock && (
        <section aria-labelledby="every-question" className="space-y-3">
          <h2 id="every-question" className="text-lg font-semibold">
            Every question, with its solution
          </h2>
          <ol className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {summary.items.map((item) => (
              <li key={item.position} className="space-y-2 px-4 py-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/study/${id}/solution/${item.position + 1}`} className="hover:underline">
                    {item.position + 1}. {item.title}
                  </Link>
                  <span className="text-stone-600 dark:text-stone-400">
                    {item.status === "unanswered" ? "not answered" : item.status === "correct" ? "correct" : "not all correct"}
                    {item.selfAssessed && ` · ${percent(item.score)} ${SELF_ASSESSED}`}
                  </span>
                </div>
                <AnswerTable parts={item.parts} caption={`Question ${item.position + 1}: your answer and the truth`} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-6 dark:border-stone-800">
        <Link href="/study" className="rounded-lg bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700">
          Start another session
        </Link>
        <Link href="/review" className={linkButton.replace("py-1.5", "py-2.5")}>
          Reviews due
        </Link>
        <Link href="/progress" className={linkButton.replace("py-1.5", "py-2.5")}>
          Your progress
        </Link>
      </div>
    </div>
  );
}
