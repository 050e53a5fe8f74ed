import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DifficultyBadge, TopicBadge } from "@/components/badges";
import { DataView } from "@/components/data-view";
import { AnswerForm } from "@/components/practice/answer-form";
import type { FormPart } from "@/components/practice/check-state";
import { renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import { getTemplate, parseSeedParam, randomSeed } from "@/lib/questions";
import { checkAnswers } from "./actions";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ seed?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const template = getTemplate((await params).id);
  return { title: template?.title ?? "Question not found" };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const template = getTemplate(id);
  if (!template) notFound();

  const rawSeed = (await searchParams).seed;
  const seed = parseSeedParam(Array.isArray(rawSeed) ? rawSeed[0] : rawSeed);
  // The seed lives in the URL, so a reload or a shared link shows the same variant.
  if (seed === null || seed === "invalid") redirect(`/practice/${id}?seed=${randomSeed()}`);

  const variant = template.generate(seed);
  const parts: FormPart[] = variant.parts.map((part) => ({
    id: part.id,
    promptHtml: renderMarkdown(part.prompt),
    input: part.input,
    choices: (part.choices ?? []).map((choice) => ({ id: choice.id, labelHtml: renderInlineMarkdown(choice.label) })),
    hintsHtml: part.hints.map((hint) => renderInlineMarkdown(hint)),
  }));

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <Link href="/practice" className="inline-block py-1.5 text-sm text-stone-600 hover:underline dark:text-stone-400">
          ← All questions
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{variant.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <TopicBadge topic={template.topic} />
          <DifficultyBadge difficulty={template.difficulty} />
          <span className="text-xs text-stone-500 dark:text-stone-400">variant {seed}</span>
        </div>
      </header>

      <div className="space-y-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900">
        <div className="prose-math text-base" dangerouslySetInnerHTML={{ __html: renderMarkdown(variant.prompt) }} />
        <DataView data={variant.data} />
      </div>

      {/* key: a new variant starts with an empty form. */}
      <AnswerForm key={`${id}-${seed}`} templateId={id} seed={seed} parts={parts} check={checkAnswers} />
    </article>
  );
}
