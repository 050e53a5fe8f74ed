import Link from "next/link";
import type { QuestionSummary } from "@/lib/questions/types";
import { DifficultyBadge, KindLabel, TopicBadge } from "./badges";

interface Props {
  questions: QuestionSummary[];
  /** Off inside a topic's own section, where the topic goes without saying. */
  showTopic?: boolean;
}

export function QuestionList({ questions, showTopic = true }: Props) {
  return (
    // No overflow-hidden: it would clip the focus ring of the links; the corner rows round themselves.
    <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {questions.map((question) => (
        <li key={question.id} className="[&:first-child>a]:rounded-t-xl [&:last-child>a]:rounded-b-xl">
          <Link
            href={`/practice/${question.id}`}
            className="flex flex-col gap-2 px-4 py-3.5 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between sm:px-5 dark:hover:bg-stone-800/60"
          >
            <span className="font-medium">{question.title}</span>
            <span className="flex shrink-0 flex-wrap items-center gap-2">
              {showTopic && <TopicBadge topic={question.topic} />}
              <DifficultyBadge difficulty={question.difficulty} />
              <KindLabel kind={question.kind} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
