import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DifficultyBadge, KindLabel, TopicBadge } from "@/components/badges";
import { ButtonLink, Card } from "@/components/ui";
import { DataView } from "@/components/data-view";
import { IntentLink } from "@/components/intent-link";
import { PROSE_CLASS } from "@/components/prose";
import { KatexFontPreloads } from "@/components/katex-fonts";
import { PracticeAnswerForm } from "@/components/practice/answer-forms";
import { CopyLink } from "@/components/practice/copy-link";
import { FocusableOverflow } from "@/components/practice/focusable-overflow";
import { browserHref } from "@/components/practice/topic-browser";
import { emStepperHref } from "@/lib/learn/em-link";
import { currentLearnerId } from "@/lib/learner";
import { getTemplate, listQuestions, parseSeedParam, randomSeed } from "@/lib/questions";
import { TOPICS, topicName } from "@/lib/questions/topics";
import { getQuestionStatuses, nextQuestion } from "@/lib/study/question-status";
import { checkAnswers, giveUpAnswers } from "./actions";
import { renderedVariant } from "./rendered-variant";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ seed?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const template = getTemplate((await params).id);
  return { title: template?.title ?? "Question not found" };
}

/** A seed other than this one, so "Another variant" always changes the numbers. */
function anotherSeed(seed: number): number {
  const next = randomSeed();
  return next === seed ? next + 1 : next;
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const template = getTemplate(id);
  if (!template) notFound();

  const rawSeed = (await searchParams).seed;
  const seed = parseSeedParam(Array.isArray(rawSeed) ? rawSeed[0] : rawSeed);
  // The seed lives in the URL, so a reload or a shared link shows the same variant.
  if (seed === null || seed === "invalid") redirect(`/practice/${id}?seed=${randomSeed()}`);

  const { variant, promptHtml, parts } = renderedVariant(template, seed);
  const ownPath = `/practice/${id}?seed=${seed}`;
  const next = nextQuestion(id, listQuestions(), await getQuestionStatuses(await currentLearnerId()), Object.keys(TOPICS));
  // With its seed, so the next page opens straight on its variant.
  const nextHref = next ? `/practice/${next.id}?seed=${randomSeed()}` : null;

  return (
    <article className="space-y-8">
      <KatexFontPreloads html={promptHtml} />
      <header className="space-y-3">
        {/* Prefetched on intent: on sight, every question view had the server render the list three
            times (route tree, topic view and list) and the phone parse them while it started up. */}
        <IntentLink
          href={browserHref({ topic: template.topic }, template.topic)}
          className="inline-block rounded-md py-1.5 text-sm text-stone-600 hover:underline dark:text-stone-400"
        >
          <span aria-hidden="true">← </span>
          {topicName(template.topic)}
        </IntentLink>
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{variant.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <TopicBadge topic={template.topic} />
          <DifficultyBadge difficulty={template.difficulty} />
          <KindLabel kind={template.kind} />
          <span className="text-xs whitespace-nowrap text-stone-600 dark:text-stone-400">variant {seed}</span>
        </div>
      </header>

      <Card className="space-y-6">
        <div id="question-prompt" className={`${PROSE_CLASS} text-base`} dangerouslySetInnerHTML={{ __html: promptHtml }} />
        <FocusableOverflow containerId="question-prompt" />
        <DataView data={variant.data} prompt={[variant.prompt, ...variant.parts.map((part) => part.prompt)].join("\n")} />
      </Card>

      {/* key: a new variant starts with an empty form. */}
      <PracticeAnswerForm
        key={`${id}-${seed}`}
        templateId={id}
        seed={seed}
        parts={parts}
        check={checkAnswers}
        giveUp={giveUpAnswers}
        nextHref={nextHref}
        stepperHref={emStepperHref(id, seed, variant.data)}
        actions={
          <>
            <ButtonLink href={`/practice/${id}?seed=${anotherSeed(seed)}`} prefetch={false}>
              Another variant
            </ButtonLink>
            <CopyLink path={ownPath} />
          </>
        }
      />
    </article>
  );
}
