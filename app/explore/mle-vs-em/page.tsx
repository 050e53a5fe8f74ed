// /explore/mle-vs-em: the product's core comparison, live. One data set drawn from a two-component
// Gaussian mixture; labels shown (MLE per group, one step) beside labels hidden (EM from a start).
import type { Metadata } from "next";
import Link from "next/link";
import { MleVsEm } from "@/components/playground/mle-vs-em";

export const metadata: Metadata = { title: "MLE and EM side by side" };

export default function MleVsEmPage() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">MLE and EM side by side</h1>
        <p className="text-stone-600 dark:text-stone-400">
          The same values, drawn from a mixture of two normals. When you know which component each value came from, maximum likelihood is
          one step: each group&apos;s mean and variance, and its share of the rows. When the labels are hidden, EM alternates guessing them
          (E-step) and refitting (M-step), climbing the likelihood of what it can see.
        </p>
        <p className="text-sm">
          <Link href="/playground" className="font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300">
            Fit your own data in the playground
          </Link>
        </p>
      </div>
      <MleVsEm />
    </div>
  );
}
