"use client";
// An explain part: the learner writes an answer in their own words; once it is sent, the field is
// kept as it was compared (read only) and the model answer and the rubric appear, with a checkbox per
// key point and a "Submit self-assessment" step (docs/question-api.md, "Explain parts"). The text is
// never cut: a paste past the limit stays in the field, and the counter says how much to trim.
import { lazy, Suspense, useRef } from "react";
import { MAX_EXPLANATION_LENGTH } from "@/lib/questions/explain";
import type { ExplainReviewView } from "./explain-review";
import { usePrehydrationText } from "./use-prehydration-value";

// The model answer and the rubric only show once the text is sent: loaded then (or at the first
// focus), not with the page (first-load JavaScript, bench/first-load.mjs).
const loadCompare = () => import("./explain-compare");
const ExplainCompare = lazy(() => loadCompare().then((module) => ({ default: module.ExplainCompare })));

interface Props {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The model answer and the rubric, once the written answer has been sent; null before. */
  review: ExplainReviewView | null;
  /** The rubric points ticked as covered. */
  ticked: readonly string[];
  onTickedChange: (ticked: string[]) => void;
  /** Sends the ticks. */
  onSubmitAssessment: () => void;
  /** A check is on its way. */
  pending?: boolean;
  /** Ids of the feedback that describes the field, when there is feedback. */
  describedBy?: string;
}

export function ExplainInput({
  id,
  name,
  label,
  value,
  onChange,
  review,
  ticked,
  onTickedChange,
  onSubmitAssessment,
  pending = false,
  describedBy,
}: Props) {
  const countId = `${id}-count`;
  const over = value.length > MAX_EXPLANATION_LENGTH;
  const field = useRef<HTMLTextAreaElement>(null);
  usePrehydrationText(field, value, onChange);

  // The compare block starts loading at the first focus, well before the text is sent.
  function preloadCompare() {
    loadCompare().catch(() => {});
  }

  return (
    <div className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={id} className="block text-sm font-medium text-stone-700 dark:text-stone-300">
          {label}
          {review && <span className="font-normal text-stone-600 dark:text-stone-400"> (sent: compare it below)</span>}
        </label>
        <textarea
          ref={field}
          id={id}
          name={name}
          rows={7}
          value={value}
          readOnly={review !== null}
          onChange={(event) => onChange(event.target.value)}
          onFocus={preloadCompare}
          aria-invalid={over || undefined}
          aria-describedby={[countId, describedBy].filter(Boolean).join(" ")}
          placeholder="Answer as you would in the interview: a few sentences, in your own words."
          className="block w-full resize-y rounded-lg border border-stone-300 bg-white px-3 py-2 text-base leading-6 shadow-sm placeholder:text-stone-500 read-only:bg-stone-50 aria-invalid:border-rose-400 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400 dark:read-only:bg-stone-950 dark:aria-invalid:border-rose-600"
        />
        <p
          id={countId}
          className={`text-right text-xs tabular-nums ${over ? "font-medium text-rose-800 dark:text-rose-300" : "text-stone-600 dark:text-stone-400"}`}
        >
          {over
            ? `${value.length} characters: ${value.length - MAX_EXPLANATION_LENGTH} over the ${MAX_EXPLANATION_LENGTH} an answer can have`
            : `${value.length} of ${MAX_EXPLANATION_LENGTH} characters`}
        </p>
      </div>

      {review && (
        <Suspense fallback={null}>
          <ExplainCompare
            id={id}
            review={review}
            ticked={ticked}
            onTickedChange={onTickedChange}
            onSubmitAssessment={onSubmitAssessment}
            pending={pending}
          />
        </Suspense>
      )}
    </div>
  );
}
