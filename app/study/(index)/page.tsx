// Study: start a study session or a mock interview, resume one left unfinished, or look back at
// the last ones.
import type { Metadata } from "next";
import Link from "next/link";
import { TimeZoneSync } from "@/components/progress/time-zone-sync";
import { DIFFICULTY_LABEL } from "@/components/study/format";
import { StartForms } from "@/components/study/start-forms";
import { currentLearnerId } from "@/lib/learner";
import { topicName } from "@/lib/questions/topics";
import { listStudySessions, SESSION_SCORE_RULE, type SessionListEntry } from "@/lib/study/sessions";
import { learnerTimeZone } from "@/lib/study/time-zone";

export const metadata: Metadata = { title: "Study" };
export const dynamic = "force-dynamic";

function describe(session: SessionListEntry): string {
  const topics = session.topics.length === 0 ? "all topics" : session.topics.map(topicName).join(", ");
  return `${session.mode === "mock" ? "Mock interview" : "Study session"} · ${session.length} questions · ${topics} · ${DIFFICULTY_LABEL[session.difficulty] ?? session.difficulty}`;
}

export default async function StudyPage() {
  const { open, recent } = await listStudySessions(await currentLearnerId());
  const timeZone = await learnerTimeZone();
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });

  return (
    <div className="space-y-10">
      <TimeZoneSync />
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Study</h1>
        <p className="text-stone-600 dark:text-stone-400">
          A session picks questions for you and ends with a summary of what went right and what went wrong. Every answer also schedules its
          question for review.
        </p>
      </header>

      {open.length > 0 && (
        <section aria-labelledby="unfinished" className="space-y-3">
          <h2 id="unfinished" className="text-lg font-semibold">
            Unfinished
          </h2>
          <ul className="space-y-3">
            {open.map((session) => (
              <li
                key={session.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-indigo-200 bg-indigo-50/60 p-4 dark:border-indigo-900 dark:bg-indigo-950/40"
              >
                <div className="min-w-0 space-y-1">
                  <p className="font-medium">{describe(session)}</p>
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    {session.answered} of {session.length} answered · started{" "}
                    <time dateTime={session.startedAt.toISOString()}>{dateFormat.format(session.startedAt)}</time>
                    {session.deadlineAt && (
                      <>
                        {" "}
                        · time runs out at <time dateTime={session.deadlineAt.toISOString()}>{dateFormat.format(session.deadlineAt)}</time>
                      </>
                    )}
                  </p>
                </div>
                <Link
                  href={`/study/${session.id}`}
                  className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700"
                >
                  Resume<span className="sr-only"> {describe(session)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label="Start" className="space-y-3">
        <StartForms />
      </section>

      <section aria-labelledby="recent" className="space-y-3">
        <div className="space-y-1">
          <h2 id="recent" className="text-lg font-semibold">
            Finished sessions
          </h2>
          <p className="text-xs text-stone-500 dark:text-stone-400">{SESSION_SCORE_RULE}</p>
        </div>
        {recent.length === 0 ? (
          <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">
            None yet. Your first session&apos;s summary will be listed here.
          </p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {recent.map((session) => (
              <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                <Link href={`/study/${session.id}/summary`} className="min-w-0 hover:underline">
                  {describe(session)}
                </Link>
                <span className="text-stone-600 tabular-nums dark:text-stone-400">
                  {session.correct} of {session.length} correct
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
