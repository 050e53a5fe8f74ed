// The worked solution of one question of a session, with the learner's own answers graded part by
// part. Open once the question has been answered right in a study session, or once the session is
// over (try, then learn: a wrong answer is tried again, or given up on the question's own page; a
// mock interview keeps every solution for its review).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DifficultyBadge, TopicBadge } from "@/components/badges";
import { PartFeedbackBox } from "@/components/practice/part-feedback";
import { FocusableOverflow } from "@/components/practice/focusable-overflow";
import { PROSE_CLASS } from "@/components/prose";
import { ButtonLink, CARD_CLASS } from "@/components/ui";
import { QuestionCard } from "@/components/study/question-card";
import { currentLearnerId } from "@/lib/learner";
import { renderFeedback, renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import { getTemplate } from "@/lib/questions";
import type { Answers, PublicPart } from "@/lib/questions/types";
import { getStudySession, storedAssessment, summarizeSession } from "@/lib/study/sessions";
import { ExplainPartReview } from "../../summary/answer-table";

export const metadata: Metadata = { title: "Worked solution" };
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string; position: string }>;
}

/** What the learner gave for a part: the typed text (as text, never HTML), or the chosen options' labels. */
function AnswerView({ part, answer }: { part: PublicPart; answer: Answers[string] }) {
  if (answer === undefined || answer === "" || (Array.isArray(answer) && answer.length === 0)) {
    return <span className="text-stone-500 dark:text-stone-400">none</span>;
  }
  if ((part.input === "number" || part.input === "expression") && typeof answer === "string") {
    return <code className="rounded bg-stone-100 px-1 py-0.5 font-mono dark:bg-stone-800">{answer}</code>;
  }
  const ids = typeof answer === "string" ? [answer] : answer;
  // Labels are the template's own Markdown (with TeX), never the learner's text.
  const labels = ids.map((choiceId) =>
    renderInlineMarkdown(part.choices?.find((choice) => choice.id === choiceId)?.label ?? "(unknown option)"),
  );
  return <span className="prose-math" dangerouslySetInnerHTML={{ __html: labels.join(part.input === "order" ? " → " : "; ") }} />;
}

export default async function SolutionPage({ params }: Props) {
  const { id, position } = await params;
  const session = await getStudySession(await currentLearnerId(), id);
  const index = Number(position) - 1;
  const item = session && Number.isInteger(index) ? session.items[index] : undefined;
  const template = item && getTemplate(item.templateId);
  if (!session || !item || !template) notFound();
  const open = session.completedAt !== null || (session.mode === "practice" && item.attempt?.correct === true);
  if (!open) notFound();

  const variant = template.generate(item.seed);
  const answers: Answers = item.attempt?.answers ?? {};
  const graded = template.grade(item.seed, answers, storedAssessment(item.attempt?.parts ?? []));
  // Explain parts: the written answer beside the model answer and the rubric as ticked.
  const reviewed = summarizeSession(session).items[index]?.parts ?? [];
  const explained = new Map(reviewed.flatMap((part) => (part.explain ? [[part.id, { ...part, explain: part.explain }]] : [])));
  const backHref = session.completedAt ? `/study/${id}/summary` : `/study/${id}?q=${index + 1}`;

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <Link href={backHref} className="inline-block rounded-md py-1.5 text-sm text-stone-600 hover:underline dark:text-stone-400">
          <span aria-hidden="true">← </span>
          {session.completedAt ? (session.mode === "mock" ? "Back to the review" : "Back to the summary") : "Back to the question"}
        </Link>
        <p className="text-sm font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
          Question {index + 1} · worked solution
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{variant.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <TopicBadge topic={template.topic} />
          <DifficultyBadge difficulty={template.difficulty} />
        </div>
      </header>

      <QuestionCard variant={variant} />

      <section aria-labelledby="your-answers" className="space-y-4">
        <h2 id="your-answers" className="text-lg font-semibold">
          {item.attempt ? "Your answers" : "Not answered"}
        </h2>
        {variant.parts.map((part, partIndex) => {
          const result = graded.parts.find((candidate) => candidate.id === part.id);
          const explain = explained.get(part.id);
          if (explain) {
            return (
              <div key={part.id} className="space-y-2">
                <div
                  className="prose-math text-sm text-stone-700 dark:text-stone-300"
                  dangerouslySetInnerHTML={{ __html: renderMarkdown(part.prompt) }}
                />
                <ExplainPartReview part={explain} idPrefix={`solution-${part.id}`} />
              </div>
            );
          }
          return (
            <div key={part.id} className="space-y-2">
              <div
                className="prose-math text-sm text-stone-700 dark:text-stone-300"
                dangerouslySetInnerHTML={{ __html: renderMarkdown(part.prompt) }}
              />
              <p className="text-sm">
                <span className="font-medium">{variant.parts.length > 1 ? `Your answer ${partIndex + 1}: ` : "Your answer: "}</span>
                <AnswerView part={part} answer={answers[part.id]} />
              </p>
              {result && item.attempt && (
                <PartFeedbackBox
                  id={`feedback-${part.id}`}
                  isNumber={part.input === "number"}
                  feedback={{
                    id: part.id,
                    status: result.status,
                    messageHtml: renderFeedback(result.message),
                    mistake: result.mistake ?? null,
                    carriedForward: result.carriedForward === true,
                    expected: result.expected ?? null,
                  }}
                />
              )}
            </div>
          );
        })}
      </section>

      {/* An explain question's solution is its model answer, shown above with the rubric. */}
      {template.kind !== "explain" && (
        <section aria-labelledby="worked-solution" className={`${CARD_CLASS} p-4 sm:p-6`}>
          <h2 id="worked-solution" className="mb-3 text-lg font-semibold">
            Worked solution
          </h2>
          <div id="worked-solution-text" className={PROSE_CLASS} dangerouslySetInnerHTML={{ __html: renderMarkdown(graded.solution) }} />
          <FocusableOverflow containerId="worked-solution-text" />
        </section>
      )}

      <div className="flex flex-wrap gap-3">
        <ButtonLink href={`/practice/${template.id}`} prefetch={false} variant="primary">
          Try a fresh variant
        </ButtonLink>
        <ButtonLink href={backHref}>{session.completedAt ? "Back" : "Back to the question"}</ButtonLink>
      </div>
    </article>
  );
}
