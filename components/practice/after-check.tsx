"use client";
// What the answer form shows only once a check has come back (answer-form-core.tsx): the status
// sentences, the "Try again" panel, the give-up confirmation, the answers and the worked solution. Its own
// module so that the practice page can load it lazily, with the learner's first focus in the form
// (answer-forms.tsx), rather than with the page; study sessions and reviews import it with the form.
import { useEffect, useRef } from "react";
import { PROSE_CLASS } from "@/components/prose";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { CheckState, FormPart, PartFeedback } from "./check-state";

type Graded = Extract<CheckState, { kind: "graded" }>;

/** A number as the answer line shows it: six significant figures at most. */
export function formatExpectedNumber(value: number): string {
  const rounded = value.toPrecision(6);
  return rounded.includes("e") ? rounded : String(Number(rounded));
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A part's right answer as HTML: the number, or the labels (server-rendered) of the right options in order. */
function expectedHtml(part: FormPart, expected: NonNullable<PartFeedback["expected"]>): string {
  if (typeof expected === "number") return escapeHtml(formatExpectedNumber(expected));
  const ids = typeof expected === "string" ? [expected] : expected;
  const labels = ids.map((id) => part.choices.find((choice) => choice.id === id)?.labelHtml ?? escapeHtml(id));
  return labels.join(part.input === "order" ? " → " : "; ");
}

/** A part's right answer, once the question is right or given up. */
export function ExpectedAnswer({ part, expected, label }: { part: FormPart; expected: PartFeedback["expected"]; label: string }) {
  if (expected === null || expected === undefined) return null;
  return (
    <p data-testid="expected-answer" className="text-sm">
      <span className="font-semibold">{label}</span>
      <span
        className="prose-math font-mono"
        // Numbers formatted here; option labels are the template's own text, rendered on the server.
        dangerouslySetInnerHTML={{ __html: expectedHtml(part, expected) }}
      />
    </p>
  );
}

/** The sentences of the form's status line after a check (the line itself, a live region, stays in the form). */
export function CheckStatus({
  graded,
  showFeedback,
  partCount,
  correctParts,
  selfAssessed,
  toAssess,
}: {
  graded: Graded;
  showFeedback: boolean;
  partCount: number;
  correctParts: number;
  selfAssessed: boolean;
  toAssess: boolean;
}) {
  return (
    <>
      {showFeedback && graded.gaveUp && "You gave up on this question: it counts as not correct. "}
      {showFeedback && !graded.gaveUp && partCount > 1 && `${correctParts} of ${partCount} parts correct. `}
      {showFeedback &&
        !graded.gaveUp &&
        partCount === 1 &&
        graded.score === 1 &&
        (selfAssessed ? "Every essential point covered (self-assessed). " : "Correct. ")}
      {toAssess && "Now compare your answer with the model answer, tick the key points you covered, and submit your self-assessment. "}
      {graded.note && `${graded.note} `}
      {graded.recorded && (showFeedback ? "Saved to your progress." : "Answer saved. You will see how you did at the end.")}
      {!graded.recorded && !graded.gaveUp && !toAssess && "Not saved: only answers graded right or wrong count."}
    </>
  );
}

/** After a wrong answer: try again, open the next hint of the first part not yet right, or give up. */
export function TryAgainPanel({
  onTryAgain,
  hint,
  onGiveUp,
}: {
  onTryAgain: () => void;
  /** The next hint to offer: how many of that part's hints are open, its number when there are several parts. */
  hint: { shown: number; partNumber: number | null; onShow: () => void } | null;
  onGiveUp: (() => void) | null;
}) {
  return (
    <div role="group" aria-label="What next" data-testid="try-again-panel" className="flex flex-wrap items-center gap-2">
      <span className="mr-1 text-sm font-medium">Not yet. Your answers are kept:</span>
      <Button onClick={onTryAgain}>Try again</Button>
      {hint && (
        <Button onClick={hint.onShow}>
          {hint.shown === 0 ? "Show a hint" : "Show the next hint"}
          {hint.partNumber !== null ? ` for part ${hint.partNumber}` : ""}
        </Button>
      )}
      {onGiveUp && (
        <Button variant="quiet" onClick={onGiveUp}>
          Show solution
        </Button>
      )}
    </div>
  );
}

/** The step before giving up: it says what giving up costs; the confirming button takes the focus. */
export function GiveUpConfirm({
  id,
  pending,
  onConfirm,
  onCancel,
}: {
  /** The id of the sentence that names the group. */
  id: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Notice tone="warning" role="group" aria-labelledby={id} data-testid="give-up-confirm" className="space-y-3">
      <p id={id}>
        <span className="font-semibold">Give up and see the solution?</span> The answers and the worked solution will show, and this
        question will count as not correct. You can still try it again afterwards, as practice.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" onClick={onConfirm} disabled={pending} autoFocus>
          Show the solution
        </Button>
        <Button onClick={onCancel}>Keep trying</Button>
      </div>
    </Notice>
  );
}

/** The worked solution (or an explain question's model answer), with the way on. */
export function WorkedSolution({
  headingId,
  title,
  solutionHtml,
  nextHref,
  stepperHref,
  focusHeading,
}: {
  headingId: string;
  title: string;
  solutionHtml: string;
  /** "Next question" beside the solution (after giving up), or null. */
  nextHref: string | null;
  stepperHref: string | null;
  /** Move the focus to the heading when shown (after giving up): the form asks, this does it once mounted. */
  focusHeading: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <Card aria-labelledby={headingId} role="region" data-testid="worked-solution">
      <h2 ref={heading} id={headingId} tabIndex={-1} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <div className={PROSE_CLASS} dangerouslySetInnerHTML={{ __html: solutionHtml }} />
      {(nextHref || stepperHref) && (
        <div className="mt-5 flex flex-wrap gap-2 border-t border-stone-200 pt-4 dark:border-stone-800">
          {nextHref && (
            <ButtonLink href={nextHref} prefetch={false} variant="primary">
              Next question <span aria-hidden="true">→</span>
            </ButtonLink>
          )}
          {stepperHref && (
            <ButtonLink href={stepperHref} prefetch={false} data-testid="em-stepper-link">
              Step through EM on your numbers
            </ButtonLink>
          )}
        </div>
      )}
    </Card>
  );
}
