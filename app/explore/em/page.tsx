// /explore/em?template=<id>&seed=<n> — EM step by step on one question variant's own data (the two
// coins or a 1-D Gaussian mixture). The question page links here once the question is answered or
// given up; the data are the variant's public data, so the page reveals nothing the prompt hides
// until the learner steps.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmStepper } from "@/components/figures/em-stepper";
import { problemFromVariantData } from "@/lib/learn/em-trace";
import { getTemplate, parseSeedParam } from "@/lib/questions";

export const metadata: Metadata = { title: "EM, step by step" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function ExploreEmPage({ searchParams }: Props) {
  const query = await searchParams;
  const template = getTemplate(first(query.template) ?? "");
  const seed = parseSeedParam(first(query.seed));
  if (!template || seed === null || seed === "invalid") notFound();
  const variant = template.generate(seed);
  const problem = problemFromVariantData(variant.data);
  if (!problem) notFound();

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link
            href={`/practice/${template.id}?seed=${seed}`}
            className="font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
          >
            Back to the question
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">EM, step by step</h1>
        <p className="text-stone-600 dark:text-stone-400">
          {template.title}, on your variant&apos;s numbers (
          {problem.kind === "coins" ? `${problem.heads.length} trials` : `${problem.sample.length} values`}, the question&apos;s start). The
          first iteration is the one you computed; keep stepping to see where EM goes.
        </p>
      </div>
      <section className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900">
        <EmStepper problem={problem} />
      </section>
    </div>
  );
}
