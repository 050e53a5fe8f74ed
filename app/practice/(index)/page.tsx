import type { Metadata } from "next";
import Link from "next/link";
import { DifficultyBadge } from "@/components/badges";
import { FilterBar } from "@/components/practice/filter-bar";
import { browserHref, DIFFICULTIES, groupByTopic, parseFilters, type TopicGroup } from "@/components/practice/topic-browser";
import { QuestionList } from "@/components/question-list";
import { currentLearnerId } from "@/lib/learner";
import { listQuestions } from "@/lib/questions";
import { getQuestionStatuses, type QuestionStatus } from "@/lib/study/question-status";
import { getTopicAccuracy, type TopicAccuracy } from "@/lib/study/topic-accuracy";

export const metadata: Metadata = { title: "Practice" };
// The learner's accuracy per topic is read on every visit.
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function AccuracySummary({ accuracy }: { accuracy: TopicAccuracy | undefined }) {
  if (!accuracy) {
    return (
      <p data-testid="topic-accuracy" className="text-sm text-stone-600 dark:text-stone-400">
        not started
      </p>
    );
  }
  const percent = Math.round(accuracy.accuracy * 100);
  return (
    <p data-testid="topic-accuracy" className="flex items-center gap-2 text-sm">
      <span aria-hidden="true" className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-stone-200 sm:block dark:bg-stone-700">
        <span className="block h-full rounded-full bg-emerald-500" style={{ width: `${percent}%` }} />
      </span>
      <span>
        <span className="font-semibold tabular-nums">{percent}%</span>
        <span className="text-stone-600 dark:text-stone-400">
          {" "}
          right at the first try ({accuracy.correct} of {plural(accuracy.attempts, "question")}; retries don&apos;t count)
        </span>
      </span>
    </p>
  );
}

// Every link here is prefetch={false}: each topic's toggle and each filter is a dynamic page, and
// prefetching them all as they scroll into view rendered a dozen pages per visit on the server and
// kept the phone's main thread busy with their payloads.
const toggleClass =
  "inline-flex items-center gap-1.5 rounded-md py-1.5 text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300";

function Chevron({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={open ? "size-4 rotate-90 transition-transform" : "size-4 transition-transform"}>
      <path fill="currentColor" d="M7.3 4.3a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 0 1-1.4-1.4L11.6 10 7.3 5.7a1 1 0 0 1 0-1.4Z" />
    </svg>
  );
}

function TopicSection({
  group,
  position,
  accuracy,
  open,
  filtered,
  statuses,
  showHref,
  hideHref,
}: {
  group: TopicGroup;
  position: number;
  accuracy: TopicAccuracy | undefined;
  open: boolean;
  filtered: boolean;
  statuses: ReadonlyMap<string, QuestionStatus>;
  /** The list with this topic open, and with it closed. */
  showHref: string;
  hideHref: string;
}) {
  const headingId = `${group.id}-heading`;
  const total = group.all.length;
  return (
    <li>
      <section
        id={group.id}
        aria-labelledby={headingId}
        className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900"
      >
        <div className="flex items-start gap-3">
          <span
            aria-hidden="true"
            className="hidden size-7 shrink-0 place-items-center rounded-full bg-indigo-50 text-sm font-semibold text-indigo-800 sm:grid dark:bg-indigo-950 dark:text-indigo-200"
          >
            {position}
          </span>
          <div className="min-w-0 flex-1 space-y-2">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <h2 id={headingId} className="text-base font-semibold tracking-tight">
                {group.name}
              </h2>
              <AccuracySummary accuracy={accuracy} />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <span data-testid="topic-question-count" className="mr-1 text-sm text-stone-700 dark:text-stone-300">
                {plural(total, "question")}
              </span>
              {total > 0 &&
                DIFFICULTIES.map((difficulty) => (
                  <DifficultyBadge key={difficulty} difficulty={difficulty} count={group.byDifficulty[difficulty]} />
                ))}
              <Link
                prefetch={false}
                href={`/learn/${group.id}`}
                aria-label={`Read the primer: ${group.name}`}
                className="ml-auto text-sm font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
              >
                Read the primer
              </Link>
            </div>
          </div>
        </div>

        {total === 0 ? (
          <p className="mt-3 text-sm text-stone-600 sm:pl-10 dark:text-stone-400">Questions for this topic are on their way.</p>
        ) : group.shown.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600 sm:pl-10 dark:text-stone-400">No question of this topic matches the filters.</p>
        ) : open ? (
          <div className="mt-3 space-y-2 sm:pl-10">
            {/* A filtered view opens every topic with a match: nothing to hide there. */}
            {!filtered && (
              <Link prefetch={false} href={hideHref} scroll={false} aria-expanded="true" className={toggleClass}>
                <Chevron open />
                Hide the questions
              </Link>
            )}
            <QuestionList questions={group.shown} showTopic={false} statuses={statuses} />
          </div>
        ) : (
          // Only an opened topic's questions are on the page (a link, so it works without JavaScript
          // and by keyboard, and the open topic is in the URL): the whole bank's rows made the page
          // half a megabyte, most of it for topics nobody opened.
          <div className="mt-3 sm:pl-10">
            <Link prefetch={false} href={showHref} scroll={false} aria-expanded="false" className={toggleClass}>
              <Chevron open={false} />
              Show {filtered ? `${group.shown.length} of ${plural(total, "question")}` : plural(total, "question")}
            </Link>
          </div>
        )}
      </section>
    </li>
  );
}

export default async function PracticePage({ searchParams }: Props) {
  const filters = parseFilters(await searchParams);
  const questions = listQuestions();
  const groups = groupByTopic(questions, filters);
  const learner = await currentLearnerId();
  const [accuracy, statuses] = await Promise.all([getTopicAccuracy(learner), getQuestionStatuses(learner)]);
  const filtered = filters.difficulty !== null || filters.kind !== null;
  const shownCount = groups.reduce((sum, group) => sum + group.shown.length, 0);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Practice</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Nine topics, from the likelihood itself to MLE and EM side by side. Open a topic and pick a question: each visit draws a new
          variant, and its numbers stay the same if you reload.
        </p>
      </div>

      <FilterBar filters={filters} />

      <p data-testid="bank-count" role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {filtered ? (
          <>
            {shownCount} of {plural(questions.length, "question")} match.{" "}
            <Link
              prefetch={false}
              href={browserHref({})}
              scroll={false}
              className="font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
            >
              Clear the filters
            </Link>
          </>
        ) : (
          `${plural(questions.length, "question")} in ${groups.length} topics.`
        )}
      </p>

      <ol className="space-y-3">
        {groups.map((group, index) => (
          <TopicSection
            key={group.id}
            group={group}
            position={index + 1}
            accuracy={accuracy.get(group.id)}
            // A filtered view opens every topic with a match; a link from a question opens its topic.
            open={(filtered && group.shown.length > 0) || filters.topic === group.id}
            filtered={filtered}
            statuses={statuses}
            showHref={browserHref({ difficulty: filters.difficulty, kind: filters.kind, topic: group.id }, group.id)}
            hideHref={browserHref({ difficulty: filters.difficulty, kind: filters.kind }, group.id)}
          />
        ))}
      </ol>
    </div>
  );
}
