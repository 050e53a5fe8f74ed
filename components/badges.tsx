import { topicName } from "@/lib/questions/topics";
import type { Difficulty, QuestionKind } from "@/lib/questions/types";

const DIFFICULTY_STYLE: Record<Difficulty, string> = {
  easy: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
  medium: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100",
  hard: "bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100",
};

/** What a learner does with each kind of question, in the words the lists use. */
export const KIND_LABEL: Record<QuestionKind, string> = {
  computation: "compute by hand",
  concept: "concept",
  derivation: "derive a formula",
  explain: "explain in words",
};

export function TopicBadge({ topic }: { topic: string }) {
  return (
    <span className="rounded-full bg-stone-200/70 px-2.5 py-0.5 text-xs font-medium text-stone-800 dark:bg-stone-800 dark:text-stone-200">
      {topicName(topic)}
    </span>
  );
}

export function DifficultyBadge({ difficulty, count }: { difficulty: Difficulty; count?: number }) {
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ${
        count === 0 ? "bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-400" : DIFFICULTY_STYLE[difficulty]
      }`}
    >
      {count === undefined ? difficulty : `${count} ${difficulty}`}
    </span>
  );
}

export function KindLabel({ kind }: { kind: QuestionKind }) {
  return <span className="text-xs whitespace-nowrap text-stone-600 dark:text-stone-400">{KIND_LABEL[kind]}</span>;
}
