"use client";
// One question of a study session or mock interview: the shared answer form, bound to the
// session (its check records the question's answer), with the typed answers saved as a draft,
// the hints opened and the time taken sent along for the review schedule, and the way on: the
// next question, or finishing. A mock interview adds the countdown and hides hints and solutions.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { checkSessionAnswer, finishSession } from "@/lib/actions/study";
import { AnswerForm } from "@/components/practice/answer-form";
import type { AnswerValues, FormPart } from "@/components/practice/check-state";
import { Notice, buttonClass } from "@/components/ui";
import { Countdown } from "./countdown";
import { useDraftSaver } from "./use-draft";

interface Props {
  sessionId: string;
  mode: "practice" | "mock";
  position: number;
  templateId: string;
  seed: number;
  parts: FormPart[];
  draft: AnswerValues | null;
  /** The next question's page, or null on the last question. */
  nextHref: string | null;
  /** The EM stepper on this variant (practice sessions only: a mock interview keeps its seed). */
  stepperHref?: string | null;
  /** Other questions without a checked answer (finishing leaves them unanswered unless typed). */
  otherOpen: number;
  /** Mock interviews: the deadline and the server's clock at render, epoch milliseconds. */
  deadline: number | null;
  serverNow: number;
  /** The question itself (prompt and data), rendered on the server. */
  children: React.ReactNode;
}

const secondaryButton = buttonClass("secondary");
const primaryButton = buttonClass("primary");

export function SessionQuestion(props: Props) {
  const {
    sessionId,
    mode,
    position,
    templateId,
    seed,
    parts,
    draft,
    nextHref,
    stepperHref = null,
    otherOpen,
    deadline,
    serverNow,
    children,
  } = props;
  const router = useRouter();
  const drafts = useDraftSaver(`/study/${sessionId}/draft`, position);
  const answers = useRef<AnswerValues>(draft ?? {});
  const hints = useRef(0);
  const shownAt = useRef(0);
  const [finishing, setFinishing] = useState<"no" | "confirm" | "sending" | "time-up">("no");
  const [error, setError] = useState<string | null>(null);
  const summaryHref = `/study/${sessionId}/summary`;

  useEffect(() => {
    shownAt.current = performance.now();
  }, []);

  const finish = useCallback(
    async (reason: "learner" | "time-up") => {
      setFinishing(reason === "time-up" ? "time-up" : "sending");
      setError(null);
      drafts.cancel();
      try {
        const result = await finishSession(sessionId, { position, answers: answers.current });
        if (result.ok) {
          router.push(result.href);
          return;
        }
        setError(result.message);
      } catch {
        setError("The server could not be reached. Your answers are saved on this page: try again in a moment.");
      }
      setFinishing("no");
    },
    [drafts, position, router, sessionId],
  );

  const finishControls =
    finishing === "confirm" ? (
      <div role="group" aria-label="Finish now?" className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-stone-700 dark:text-stone-300">
          {otherOpen === 1 ? "1 other question has" : `${otherOpen} other questions have`} no checked answer. Typed answers are graded as
          they are.
        </span>
        <button type="button" className={primaryButton} onClick={() => void finish("learner")}>
          Finish now
        </button>
        <button type="button" className={secondaryButton} onClick={() => setFinishing("no")}>
          Keep going
        </button>
      </div>
    ) : (
      <button
        type="button"
        className={nextHref === null ? primaryButton : secondaryButton}
        disabled={finishing !== "no"}
        onClick={() => (otherOpen > 0 ? setFinishing("confirm") : void finish("learner"))}
      >
        {finishing === "sending" || finishing === "time-up" ? "Submitting…" : mode === "mock" ? "Submit interview" : "Finish session"}
      </button>
    );

  return (
    <div className="space-y-8">
      {deadline !== null && (
        <Countdown deadline={deadline} serverNow={serverNow} onTimeUp={() => void finish("time-up")}>
          {finishControls}
        </Countdown>
      )}

      {children}

      {finishing === "time-up" && (
        <Notice tone="warning" role="status">
          Time is up. Your answers are being submitted…{" "}
          <Link href={summaryHref} className="font-medium underline">
            See the review
          </Link>
        </Notice>
      )}

      <AnswerForm
        templateId={templateId}
        seed={seed}
        parts={parts}
        showHints={mode === "practice"}
        showSolution={mode === "practice"}
        stepperHref={mode === "practice" ? stepperHref : null}
        showFeedback={mode === "practice"}
        checkLabel={mode === "practice" ? "Check answer" : "Save answer"}
        initialAnswers={draft ?? undefined}
        onAnswersChange={(next) => {
          answers.current = next;
          drafts.save(next, hints.current);
        }}
        onHintsChange={(count) => {
          hints.current = count;
          drafts.save(answers.current, count);
        }}
        check={(_templateId, _seed, checked, key, assessment) => {
          drafts.cancel(); // the check saves these answers itself
          return checkSessionAnswer(
            sessionId,
            position,
            checked,
            key,
            hints.current,
            Math.round(performance.now() - shownAt.current),
            false,
            assessment,
          );
        }}
        // A mock interview keeps every solution for its review: no giving up while it runs.
        giveUp={
          mode === "practice"
            ? (_templateId, _seed, checked, key) => {
                drafts.cancel();
                return checkSessionAnswer(
                  sessionId,
                  position,
                  checked,
                  key,
                  hints.current,
                  Math.round(performance.now() - shownAt.current),
                  true,
                );
              }
            : undefined
        }
        actions={
          <>
            {nextHref !== null && (
              <Link href={nextHref} className={secondaryButton}>
                Next question <span aria-hidden="true">→</span>
              </Link>
            )}
            {deadline === null && finishControls}
          </>
        }
      />

      {error && (
        <Notice tone="danger" role="alert">
          {error}
        </Notice>
      )}
    </div>
  );
}
