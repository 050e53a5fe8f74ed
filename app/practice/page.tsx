import type { Metadata } from "next";
import { QuestionList } from "@/components/question-list";
import { listQuestions } from "@/lib/questions";

export const metadata: Metadata = { title: "Practice" };

export default function PracticePage() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Practice</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Pick a question. Each visit draws a new variant; its numbers stay the same if you reload.
        </p>
      </div>
      <QuestionList questions={listQuestions()} />
    </div>
  );
}
