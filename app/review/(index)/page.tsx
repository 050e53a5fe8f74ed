// Review: the learner's FSRS cards that are due now, each served with a fresh variant.
import type { Metadata } from "next";
import Link from "next/link";
import { TopicBadge } from "@/components/badges";
import { ButtonLink } from "@/components/ui";
import { TimeZoneSync } from "@/components/progress/time-zone-sync";
import { currentLearnerId } from "@/lib/learner";
import { getReviewQueue } from "@/lib/study/review";
import { learnerTimeZone } from "@/lib/study/time-zone";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

const STATE_NAMES = ["new", "learning", "review", "relearning"];

export default async function ReviewPage() {
  const queue = await getReviewQueue(await currentLearnerId());
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: await learnerTimeZone() });

  return (
    <div className="space-y-8">
      <TimeZoneSync />
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Review</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Every question you answer in a session becomes a card, scheduled by FSRS from how it went: a wrong answer comes back within
          minutes, a right one after days, and the more easily you got it right (no hint, quickly), the longer it waits. Each review is a
          fresh variant, so you work it out again rather than remember the numbers.
        </p>
      </header>

      {queue.due.length > 0 ? (
        <section aria-labelledby="due-now" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="due-now" className="text-lg font-semibold">
              <span data-testid="due-count">{queue.due.length}</span> {queue.due.length === 1 ? "card" : "cards"} due now
            </h2>
            <ButtonLink href="/review/next" prefetch={false} variant="primary">
              Start reviewing
            </ButtonLink>
          </div>
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {queue.due.map((card) => (
              <li key={card.templateId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                <Link href={`/review/${card.templateId}`} prefetch={false} className="min-w-0 font-medium hover:underline">
                  {card.title}
                </Link>
                <span className="flex items-center gap-2">
                  <TopicBadge topic={card.topic} />
                  <span className="text-xs text-stone-600 dark:text-stone-400">{STATE_NAMES[card.state] ?? ""}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section className="rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
          {queue.total === 0 ? (
            <>
              <p className="font-medium">No cards yet.</p>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                Answer questions in a study session or a mock interview: each one becomes a card that comes back here when it is due.
              </p>
              <ButtonLink href="/study" variant="primary" className="mt-4">
                Start a study session
              </ButtonLink>
            </>
          ) : (
            <>
              <p className="font-medium">Nothing is due. You are up to date.</p>
              {queue.next && (
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                  Next: {queue.next.title}, due <time dateTime={queue.next.due.toISOString()}>{format.format(queue.next.due)}</time>.
                </p>
              )}
              <ButtonLink href="/study" variant="primary" className="mt-4">
                Study something new
              </ButtonLink>
            </>
          )}
        </section>
      )}
    </div>
  );
}
