// /explore/em?template=<id>&seed=<n> — EM step by step on one question variant's own data (any EM
// question whose data the stepper reads: lib/learn/em-trace.ts). The question page links here once
// the question is answered or given up; the data are the variant's public data, so the page reveals
// nothing the prompt hides until the learner steps. /explore/em?demo=gmm|gmm2&n=<n> steps through a
// larger seeded data set (the frame-time benchmark uses n = 2 000).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmStepper } from "@/components/figures/em-stepper";
import { demoProblem, problemFromVariantData, type EmProblem } from "@/lib/learn/em-trace";
import { getTemplate, parseSeedParam } from "@/lib/questions";

export const metadata: Metadata = { title: "EM, step by step" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sizeOf(problem: EmProblem): string {
  switch (problem.kind) {
    case "coins":
      return `${problem.heads.length} rows`;
    case "gmm":
      return `${problem.sample.length} values`;
    case "gmm2":
      return `${problem.points.length} points`;
    case "poisson":
    case "zip":
      return `${problem.counts.length} counts`;
    case "mvn-missing":
      return `${problem.rows.length} rows`;
  }
}

export default async function ExploreEmPage({ searchParams }: Props) {
  const query = await searchParams;
  const demo = first(query.demo);
  if (demo !== undefined) {
    const problem = demoProblem(demo, Number(first(query.n) ?? "200"));
    if (!problem) notFound();
    return (
      <div className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold tracking-tight">EM, step by step</h1>
          <p className="text-stone-600 dark:text-stone-400">
            {problem.kind === "gmm2" ? "A two-dimensional" : "A one-dimensional"} Gaussian mixture with two components, on {sizeOf(problem)}{" "}
            drawn with a fixed seed, started away from the truth.
          </p>
        </div>
        <section className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900">
          <EmStepper problem={problem} />
        </section>
      </div>
    );
  }
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
          {template.title}, on your variant&apos;s numbers ({sizeOf(problem)}, the question&apos;s start). The first iteration is the one
          you computed; keep stepping to see where EM goes.
        </p>
      </div>
      <section className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900">
        <EmStepper problem={problem} />
      </section>
    </div>
  );
}
