// /learn/:topic — the topic's primer: key formulas, one interactive figure, and the questions that practise it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DifficultyBadge, KindLabel } from "@/components/badges";
import { PrimerFigure } from "@/components/figures/primer-figure";
import { PROSE_CLASS } from "@/components/prose";
import { getPrimer } from "@/lib/learn/primers";
import { renderMarkdown } from "@/lib/markdown";
import { listQuestions, randomSeed } from "@/lib/questions";
import { topicName } from "@/lib/questions/topics";

interface Props {
  params: Promise<{ topic: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const primer = getPrimer((await params).topic);
  return { title: primer ? `Primer: ${topicName(primer.topic)}` : "Primer not found" };
}

export default async function PrimerPage({ params }: Props) {
  const primer = getPrimer((await params).topic);
  if (!primer) notFound();
  const questions = listQuestions().filter((question) => question.topic === primer.topic);

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/learn" className="font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300">
            Primers
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{topicName(primer.topic)}</h1>
        <p className="text-stone-600 dark:text-stone-400">{primer.lead}</p>
      </header>

      <section aria-labelledby="ideas-heading" className="space-y-3">
        <h2 id="ideas-heading" className="sr-only">
          Key ideas
        </h2>
        <div className={PROSE_CLASS} dangerouslySetInnerHTML={{ __html: renderMarkdown(primer.body) }} />
      </section>

      <section
        aria-labelledby="figure-heading"
        className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900"
      >
        <h2 id="figure-heading" className="text-base font-semibold tracking-tight">
          Try it
        </h2>
        <div className={`text-sm ${PROSE_CLASS}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(primer.tryThis) }} />
        <PrimerFigure figure={primer.figure} />
      </section>

      <section aria-labelledby="practice-heading" className="space-y-3">
        <h2 id="practice-heading" className="text-base font-semibold tracking-tight">
          Practise it ({questions.length} {questions.length === 1 ? "question" : "questions"})
        </h2>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {questions.map((question) => (
            <li key={question.id}>
              <Link
                href={`/practice/${question.id}?seed=${randomSeed()}`}
                data-testid="primer-question"
                className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 hover:bg-stone-50 dark:hover:bg-stone-800"
              >
                <span className="font-medium">{question.title}</span>
                <span className="flex items-center gap-2">
                  <KindLabel kind={question.kind} />
                  <DifficultyBadge difficulty={question.difficulty} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
