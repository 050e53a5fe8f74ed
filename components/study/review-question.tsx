"use client";
// A review: the shared answer form with a fresh variant of a due card. The hints opened and the
// time taken go with the check (they decide Hard, Good or Easy), and the new schedule is shown.
import { useEffect, useRef, useState } from "react";
import { checkReviewAnswer } from "@/lib/actions/review";
import { AnswerForm } from "@/components/practice/answer-form";
import type { FormPart } from "@/components/practice/check-state";
import { ButtonLink } from "@/components/ui";

interface Props {
  templateId: string;
  seed: number;
  parts: FormPart[];
  timeZone: string;
  /** The EM stepper on this variant, shown with the worked solution. */
  stepperHref?: string | null;
}

const RATING_MEANING: Record<string, string> = {
  Again: "not right at the first try, so it comes back soon",
  Hard: "right after a hint",
  Good: "right",
  Easy: "right and fast",
};

export function ReviewQuestion({ templateId, seed, parts, timeZone, stepperHref = null }: Props) {
  const hints = useRef(0);
  const shownAt = useRef(0);
  const [schedule, setSchedule] = useState<{ rating: string; nextDue: string } | null>(null);

  useEffect(() => {
    shownAt.current = performance.now();
  }, []);

  async function send(
    id: string,
    checkedSeed: number,
    answers: Record<string, string | string[]>,
    key: string,
    reveal: boolean,
    assessment?: Record<string, string[]>,
  ) {
    const duration = Math.round(performance.now() - shownAt.current);
    const result = await checkReviewAnswer(id, checkedSeed, answers, key, hints.current, duration, reveal, assessment);
    if (result.rating && result.nextDue) setSchedule({ rating: result.rating, nextDue: result.nextDue });
    return result.state;
  }

  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });

  return (
    <div className="space-y-4">
      <AnswerForm
        templateId={templateId}
        seed={seed}
        parts={parts}
        stepperHref={stepperHref}
        onHintsChange={(count) => {
          hints.current = count;
        }}
        check={(id, checkedSeed, answers, key, assessment) => send(id, checkedSeed, answers, key, false, assessment)}
        giveUp={(id, checkedSeed, answers, key) => send(id, checkedSeed, answers, key, true)}
        actions={
          <ButtonLink href="/review/next" prefetch={false}>
            Next review <span aria-hidden="true">→</span>
          </ButtonLink>
        }
      />
      <p role="status" data-testid="review-schedule" className="text-sm text-stone-700 empty:hidden dark:text-stone-300">
        {schedule &&
          `Rated ${schedule.rating} (${RATING_MEANING[schedule.rating] ?? ""}): this card is due again ${format.format(new Date(schedule.nextDue))}.`}
      </p>
    </div>
  );
}
