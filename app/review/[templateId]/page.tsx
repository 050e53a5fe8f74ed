// One review: a fresh variant (the seed lives in the URL, so a reload keeps the numbers) of one
// card. Answered while due, it rates the card; answered early, it is practice.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DifficultyBadge, TopicBadge } from "@/components/badges";
import { formParts } from "@/components/practice/form-parts";
import { QuestionCard } from "@/components/study/question-card";
import { ReviewQuestion } from "@/components/study/review-question";
import { emStepperHref } from "@/lib/learn/em-link";
import { currentLearnerId } from "@/lib/learner";
import { getTemplate, parseSeedParam, randomSeed } from "@/lib/questions";
import { getCard, getReviewQueue } from "@/lib/study/review";
import { learnerTimeZone } from "@/lib/study/time-zone";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<{ seed?: string | string[] }>;
}

export default async function ReviewCardPage({ params, searchParams }: Props) {
  const { templateId } = await params;
  const template = getTemplate(templateId);
  if (!template) notFound();
  const raw = (await searchParams).seed;
  const seed = parseSeedParam(Array.isArray(raw) ? raw[0] : raw);
  if (seed === null || seed === "invalid") redirect(`/review/${templateId}?seed=${randomSeed()}`);

  const learner = await currentLearnerId();
  const now = new Date();
  const [card, queue, timeZone] = await Promise.all([getCard(learner, templateId), getReviewQueue(learner, now), learnerTimeZone()]);
  const due = card !== null && card.due <= now;
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  const variant = template.generate(seed);

  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <Link href="/review" className="inline-block rounded-md py-1.5 text-sm text-stone-600 hover:underline dark:text-stone-400">
          <span aria-hidden="true">← </span>
          Review queue
        </Link>
        <p className="text-sm font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
          Review · {queue.due.length} due
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{variant.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <TopicBadge topic={template.topic} />
          <DifficultyBadge difficulty={template.difficulty} />
        </div>
        {!due && (
          <p role="note" className="rounded-lg border border-stone-300 bg-white px-4 py-3 text-sm dark:border-stone-700 dark:bg-stone-900">
            {card
              ? `This card is not due until ${format.format(card.due)}: answering now is practice and leaves its schedule as it is.`
              : "This question has no review card yet: answering here is practice. Cards come from study sessions and mock interviews."}
          </p>
        )}
      </header>
      <QuestionCard variant={variant} />
      <ReviewQuestion
        key={`${templateId}-${seed}`}
        templateId={templateId}
        seed={seed}
        parts={formParts(variant)}
        timeZone={timeZone}
        stepperHref={emStepperHref(templateId, seed, variant.data)}
      />
    </article>
  );
}
