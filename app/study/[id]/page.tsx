// A study session or mock interview in progress: one question at a time (?q=N), resumable at any
// moment from the answers saved as the learner typed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DifficultyBadge, TopicBadge } from "@/components/badges";
import { TimeZoneSync } from "@/components/progress/time-zone-sync";
import { formParts } from "@/components/practice/form-parts";
import { QuestionCard } from "@/components/study/question-card";
import { SessionQuestion } from "@/components/study/session-question";
import { emStepperHref } from "@/lib/learn/em-link";
import { currentLearnerId } from "@/lib/learner";
import { getTemplate } from "@/lib/questions";
import { getStudySession, type SessionItemView } from "@/lib/study/sessions";

export const metadata: Metadata = { title: "Study session" };
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

function itemState(item: SessionItemView, mode: "practice" | "mock"): { label: string; style: string } {
  if (!item.attempt) {
    return item.draft && Object.values(item.draft).some((value) => value.length > 0)
      ? { label: "started", style: "border-indigo-400 text-stone-800 dark:border-indigo-500 dark:text-stone-100" }
      : { label: "not answered yet", style: "border-stone-300 text-stone-700 dark:border-stone-700 dark:text-stone-300" };
  }
  if (mode === "mock")
    return {
      label: "answered",
      style: "border-indigo-600 bg-indigo-600 text-white dark:border-indigo-400 dark:bg-indigo-400 dark:text-stone-950",
    };
  return item.attempt.correct
    ? {
        label: "answered correctly",
        style: "border-emerald-600 bg-emerald-600 text-white dark:border-emerald-400 dark:bg-emerald-400 dark:text-stone-950",
      }
    : {
        label: "answered, not all correct",
        style: "border-rose-600 bg-rose-600 text-white dark:border-rose-400 dark:bg-rose-400 dark:text-stone-950",
      };
}

/**
 * The session and the server's clock when it was read. The countdown measures the deadline against
 * this reading, not the browser's clock (which may be off); taking it with the data, not during
 * rendering, keeps the render itself pure.
 */
async function loadSession(id: string) {
  const session = await getStudySession(await currentLearnerId(), id);
  return { session, readAt: Date.now() };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { session, readAt } = await loadSession(id);
  if (!session) notFound();
  if (session.completedAt) redirect(`/study/${id}/summary`);

  const raw = (await searchParams).q;
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  const firstOpen = session.items.find((item) => item.attempt === null) ?? session.items.at(-1);
  const item = Number.isInteger(asked) && asked >= 1 && asked <= session.items.length ? session.items[asked - 1] : firstOpen;
  const template = item && getTemplate(item.templateId);
  if (!item || !template) notFound();

  const variant = template.generate(item.seed);
  const number = item.position + 1;
  const total = session.items.length;
  const hrefOf = (position: number) => `/study/${id}?q=${position + 1}`;
  const otherOpen = session.items.filter((other) => other.attempt === null && other.position !== item.position).length;
  const mock = session.mode === "mock";

  return (
    <article className="space-y-6">
      <TimeZoneSync />
      <header className="space-y-4">
        <p className="text-sm font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
          {mock ? "Mock interview" : "Study session"} · Question {number} of {total}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{variant.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <TopicBadge topic={template.topic} />
          <DifficultyBadge difficulty={template.difficulty} />
        </div>
        <nav aria-label="Questions of this session">
          <ol className="flex flex-wrap gap-1.5">
            {session.items.map((other) => {
              const state = itemState(other, session.mode);
              const current = other.position === item.position;
              return (
                <li key={other.id}>
                  <Link
                    href={hrefOf(other.position)}
                    aria-current={current ? "step" : undefined}
                    aria-label={`Question ${other.position + 1}: ${state.label}`}
                    title={`Question ${other.position + 1}: ${state.label}`}
                    className={`grid size-9 place-items-center rounded-full border-2 text-sm font-semibold tabular-nums ${state.style} ${
                      current ? "ring-2 ring-stone-900 ring-offset-2 ring-offset-stone-50 dark:ring-white dark:ring-offset-stone-950" : ""
                    }`}
                  >
                    {other.position + 1}
                  </Link>
                </li>
              );
            })}
          </ol>
        </nav>
        {!mock && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Your answers are saved as you type: close the page and come back any time.
          </p>
        )}
        {mock && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            No hints; the worked solutions wait for the review. The first answer you check for a question is the one that counts, and at
            time-out every typed answer is submitted.
          </p>
        )}
      </header>

      {item.attempt && (
        <p role="note" className="rounded-lg border border-stone-300 bg-white px-4 py-3 text-sm dark:border-stone-700 dark:bg-stone-900">
          {mock
            ? "Your answer to this question is in."
            : item.attempt.correct
              ? "You answered this question correctly."
              : "You answered this question; not every part was right. Check again to practise: your first answer is the one that counts."}
        </p>
      )}

      <SessionQuestion
        key={item.id}
        sessionId={id}
        mode={session.mode}
        position={item.position}
        templateId={template.id}
        // A mock interview sends neither its hints nor its seed (with which /practice shows the worked
        // solution) to the browser; its checks go through the session, which knows the seed.
        seed={mock ? 0 : item.seed}
        parts={mock ? formParts(variant).map((part) => ({ ...part, hintsHtml: [] })) : formParts(variant)}
        draft={item.draft}
        nextHref={item.position + 1 < total ? hrefOf(item.position + 1) : null}
        stepperHref={mock ? null : emStepperHref(template.id, item.seed, variant.data)}
        otherOpen={otherOpen}
        deadline={session.deadlineAt?.getTime() ?? null}
        serverNow={readAt}
      >
        <QuestionCard variant={variant} />
      </SessionQuestion>
    </article>
  );
}
