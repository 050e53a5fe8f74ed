// /playground: fit any model of the estimation library to a shipped data set or pasted CSV, in the
// browser (a Web Worker runs the same runJob as the CLI, docs/estimation-cli.md).
import type { Metadata } from "next";
import Link from "next/link";
import { Playground } from "@/components/playground/playground";

export const metadata: Metadata = { title: "Data playground" };

export default function PlaygroundPage() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Data playground</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Pick a real data set or paste your own, choose a model, and fit it by maximum likelihood, with EM where the model has hidden
          labels. The fit runs in your browser with the same estimation library that checks the answers.
        </p>
        <p className="text-sm">
          <Link href="/explore/mle-vs-em" className="font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300">
            MLE and EM side by side on one data set
          </Link>
        </p>
      </div>
      <Playground />
    </div>
  );
}
