import Link from "next/link";
import type { QuestionSummary } from "@/lib/questions/types";
import { DifficultyBadge, TopicBadge } from "./badges";

export function QuestionList({ questions }: { questions: QuestionSummary[] }) {
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {questions.map((question) => (
        <li key={question.id}>
          <Link
            href={`/practice/${question.id}`}
            className="flex flex-col gap-2 px-5 py-4 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between dark:hover:bg-stone-800/60"
          >
            <span className="font-medium">{question.title}</span>
            <span className="flex flex-wrap items-center gap-2">
              <TopicBadge topic={question.topic} />
              <DifficultyBadge difficulty={question.difficulty} />
              <span className="text-xs text-stone-500 dark:text-stone-400">
                {question.kind === "computation" ? "compute by hand" : "concept"}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
