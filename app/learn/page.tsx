// /learn — the nine primers, one per topic of the content map.
import type { Metadata } from "next";
import Link from "next/link";
import { PRIMERS } from "@/lib/learn/primers";
import { topicName } from "@/lib/questions/topics";

export const metadata: Metadata = { title: "Primers" };

export default function LearnPage() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Primers</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Two minutes per topic before you practise: the formulas that matter, a figure to play with, and the questions that use them.
        </p>
      </div>
      <ol className="space-y-3">
        {PRIMERS.map((primer, index) => (
          <li key={primer.topic}>
            <Link
              href={`/learn/${primer.topic}`}
              className="block rounded-xl border border-stone-200 bg-white p-4 hover:border-indigo-300 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-indigo-700"
            >
              <span className="font-semibold">
                {index + 1}. {topicName(primer.topic)}
              </span>
              <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">{primer.lead}</span>
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
