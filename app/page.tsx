// Home. A returning learner sees first what to do next: the unfinished session to resume, the
// reviews due, the streak and the weakest topic. A new visitor sees what the lab is and where to start.
import type { ComponentProps } from "react";
import { IntentLink } from "@/components/intent-link";
import { Card, ButtonLink, buttonClass, type ButtonSize, type ButtonVariant } from "@/components/ui";
import { TimeZoneSync } from "@/components/progress/time-zone-sync";
import { currentLearnerId } from "@/lib/learner";
import { listQuestions } from "@/lib/questions";
import { TOPICS, topicName } from "@/lib/questions/topics";
import { getDashboardSummary } from "@/lib/study/dashboard";
import { getReviewQueue } from "@/lib/study/review";
import { openStudySessions } from "@/lib/study/sessions";
import { learnerTimeZone } from "@/lib/study/time-zone";

export const dynamic = "force-dynamic";

/**
 * Home's links prefetch their pages on intent (components/intent-link.tsx): on sight, the nine topic
 * links, the buttons and the header sent a dozen or more background requests on every visit.
 */
function IntentButton({
  variant = "secondary",
  size = "md",
  className = "",
  ...props
}: Omit<ComponentProps<typeof IntentLink>, "className"> & { variant?: ButtonVariant; size?: ButtonSize; className?: string }) {
  return <IntentLink className={buttonClass(variant, size, className)} {...props} />;
}

/** A topic needs this many graded checks before it can be called the weakest. */
const WEAKEST_MIN_CHECKS = 3;

interface Props {
  searchParams: Promise<{ welcome?: string | string[] }>;
}

/** Sign-up and sign-in land here, with a word on what happened to the guest's progress. */
const WELCOME: Record<string, string> = {
  new: "Your account is ready.",
  kept: "Your account is ready, and what you practised as a guest is in it.",
  back: "You are signed in.",
};

function welcomeText(value: string | undefined): string | null {
  if (!value) return null;
  const merged = /^merged-(\d{1,6})$/.exec(value);
  if (merged) {
    const count = Number(merged[1]);
    return `You are signed in. ${count} ${count === 1 ? "attempt" : "attempts"} you made as a guest ${count === 1 ? "was" : "were"} added to your account.`;
  }
  return WELCOME[value] ?? null;
}

async function NextSteps({ learner }: { learner: string }) {
  const now = new Date();
  const timeZone = await learnerTimeZone();
  const [openSessions, queue, dashboard] = await Promise.all([
    openStudySessions(learner, now),
    getReviewQueue(learner, now),
    getDashboardSummary(learner, now, timeZone),
  ]);
  if (dashboard.attempts === 0 && openSessions.length === 0 && queue.total === 0) return null;
  const open = openSessions[0];
  // The dashboard lists tried topics weakest first.
  const weakest = dashboard.byTopic.find((topic) => topic.accuracy !== null && topic.attempts >= WEAKEST_MIN_CHECKS);

  return (
    <section aria-labelledby="next-steps" className="space-y-4" data-testid="next-steps">
      <h1 id="next-steps" className="text-2xl font-semibold tracking-tight">
        What to do next
      </h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {open && (
          <li>
            <Card padding="md" className="flex h-full flex-col gap-3" data-testid="resume-session">
              <h2 className="font-semibold">{open.mode === "mock" ? "Your mock interview is running" : "Resume your study session"}</h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {open.answered} of {open.length} questions answered
                {open.topics.length > 0 ? ` · ${open.topics.map(topicName).join(", ")}` : ""}.
              </p>
              <IntentButton href={`/study/${open.id}`} variant="primary" className="mt-auto self-start">
                Resume
              </IntentButton>
            </Card>
          </li>
        )}
        <li>
          <Card padding="md" className="flex h-full flex-col gap-3" data-testid="reviews-due">
            <h2 className="font-semibold">
              {queue.due.length === 0 ? "No reviews due" : queue.due.length === 1 ? "1 review due" : `${queue.due.length} reviews due`}
            </h2>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {queue.due.length > 0
                ? "Each is a fresh variant of a question you met before: work it out again."
                : queue.total > 0
                  ? "You are up to date. Questions from your sessions come back here when they are due."
                  : "Questions you answer in study sessions come back here to be reviewed."}
            </p>
            {queue.due.length > 0 ? (
              <ButtonLink href="/review/next" prefetch={false} variant={open ? "secondary" : "primary"} className="mt-auto self-start">
                Start reviewing
              </ButtonLink>
            ) : (
              <IntentButton href="/study" className="mt-auto self-start">
                Plan a study session
              </IntentButton>
            )}
          </Card>
        </li>
        {weakest && (
          <li>
            <Card padding="md" className="flex h-full flex-col gap-3" data-testid="weakest-topic">
              <h2 className="font-semibold">Weakest topic: {topicName(weakest.topic)}</h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {Math.round((weakest.accuracy ?? 0) * 100)}% of {weakest.attempts} checks right. Practise it next.
              </p>
              <IntentButton href={`/practice?topic=${weakest.topic}#${weakest.topic}`} className="mt-auto self-start">
                Practise {topicName(weakest.topic)}
              </IntentButton>
            </Card>
          </li>
        )}
        {dashboard.showStreak && (
          <li>
            <Card padding="md" className="flex h-full flex-col gap-3" data-testid="streak">
              <h2 className="font-semibold">
                {dashboard.streak.current === 1 ? "1-day streak" : `${dashboard.streak.current}-day streak`}
              </h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {dashboard.streak.studiedToday ? "You have studied today." : "Study today to keep it going."} Longest:{" "}
                {dashboard.streak.longest} {dashboard.streak.longest === 1 ? "day" : "days"}.
              </p>
              <IntentLink
                href="/progress"
                className="mt-auto self-start rounded-md py-1 text-sm font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
              >
                See your progress
              </IntentLink>
            </Card>
          </li>
        )}
      </ul>
    </section>
  );
}

export default async function HomePage({ searchParams }: Props) {
  const questions = listQuestions();
  const learner = await currentLearnerId();
  const rawWelcome = (await searchParams).welcome;
  const welcome = welcomeText(Array.isArray(rawWelcome) ? rawWelcome[0] : rawWelcome);
  const nextSteps = learner ? await NextSteps({ learner }) : null;

  return (
    <div className="space-y-12">
      <TimeZoneSync />
      {welcome && (
        <p
          role="status"
          data-testid="welcome"
          className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-50"
        >
          {welcome}
        </p>
      )}
      {nextSteps}

      <section className="space-y-5">
        <p className="text-sm font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">Interview practice</p>
        {nextSteps ? (
          <h2 className="text-2xl font-semibold tracking-tight text-balance">MLE or EM, and why? Learn to answer it at the whiteboard.</h2>
        ) : (
          <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            MLE or EM, and why? Learn to answer it at the whiteboard.
          </h1>
        )}
        <p className="max-w-2xl text-lg leading-8 text-stone-700 dark:text-stone-300">
          Likelihood Lab gives you small data sets to work by hand, checks your numbers with its own estimation library, names the mistake
          when there is one, and lets you try again, take a hint, or see the worked solution with your variant&apos;s numbers.
        </p>
        <div className="flex flex-wrap gap-3">
          <IntentButton href="/practice" variant="primary" size="lg">
            Start practice
          </IntentButton>
          <IntentButton href="/study" size="lg">
            Plan a study session
          </IntentButton>
          <IntentButton href="/progress" size="lg">
            See your progress
          </IntentButton>
        </div>
      </section>

      <section className="grid gap-4 sm:grid-cols-3">
        {[
          ["Compute", "Every question is a fresh, seeded variant: work it out on paper, type the number."],
          ["Get checked", "Answers are graded on the server; known slips such as dividing by n − 1 are named."],
          ["Understand", "Try again or take a hint; the worked solution follows once you have it right or give up."],
        ].map(([title, text]) => (
          <Card key={title} padding="md" className="shadow-none">
            <h2 className="font-semibold">{title}</h2>
            <p className="mt-2 text-sm leading-6 text-stone-600 dark:text-stone-400">{text}</p>
          </Card>
        ))}
      </section>

      <section className="space-y-4">
        <h2 className="text-xl font-semibold tracking-tight">{questions.length} questions in nine topics</h2>
        <ol className="grid gap-2 sm:grid-cols-2">
          {Object.entries(TOPICS).map(([topic, name], index) => (
            <li key={topic}>
              <IntentLink
                href={`/practice?topic=${topic}#${topic}`}
                className="flex items-baseline justify-between gap-3 rounded-lg border border-stone-200 bg-white px-4 py-3 hover:border-indigo-300 hover:bg-indigo-50/50 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-indigo-700 dark:hover:bg-indigo-950/30"
              >
                <span>
                  <span className="mr-2 text-stone-500 dark:text-stone-400">{index + 1}.</span>
                  {name}
                </span>
                <span className="shrink-0 text-sm text-stone-600 dark:text-stone-400">
                  {questions.filter((question) => question.topic === topic).length} questions
                </span>
              </IntentLink>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
