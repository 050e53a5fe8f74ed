"use client";
// What an explain part shows once its text is sent: the model answer, the rubric with a checkbox per
// key point, and the "Submit self-assessment" button. Loaded by explain-input.tsx only when needed
// (on the field's first focus, or when a review arrives), so a question page does not ship it.
import { ModelAnswer, PointKind, SELF_ASSESSED, type ExplainReviewView } from "./explain-review";

interface Props {
  /** The explain field's id: the ids of the heading and the checkboxes derive from it. */
  id: string;
  review: ExplainReviewView;
  ticked: readonly string[];
  onTickedChange: (ticked: string[]) => void;
  onSubmitAssessment: () => void;
  pending: boolean;
}

export function ExplainCompare({ id, review, ticked, onTickedChange, onSubmitAssessment, pending }: Props) {
  function toggle(pointId: string, on: boolean) {
    const next = on ? [...ticked.filter((tick) => tick !== pointId), pointId] : ticked.filter((tick) => tick !== pointId);
    // In the rubric's order, so the same ticks always make the same request.
    onTickedChange(review.rubric.map((point) => point.id).filter((pointId) => next.includes(pointId)));
  }

  return (
    <div className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-800" data-testid="explain-compare">
      <ModelAnswer html={review.modelAnswerHtml} headingId={`${id}-model`} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-700 dark:text-stone-300">
          Tick each key point your answer covered. Your score is the share of essential points ({SELF_ASSESSED}).
        </legend>
        <ul className="space-y-2">
          {review.rubric.map((point) => {
            const boxId = `${id}-point-${point.id}`;
            return (
              <li key={point.id} className="flex items-start gap-3">
                <input
                  id={boxId}
                  type="checkbox"
                  checked={ticked.includes(point.id)}
                  onChange={(event) => toggle(point.id, event.target.checked)}
                  className="mt-1 size-4 shrink-0 accent-indigo-600"
                />
                <label htmlFor={boxId} className="min-w-0 text-sm leading-6">
                  <span className="prose-math" dangerouslySetInnerHTML={{ __html: point.textHtml }} />{" "}
                  <PointKind essential={point.essential} />
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <button
        type="button"
        onClick={onSubmitAssessment}
        disabled={pending}
        className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "Sending…" : "Submit self-assessment"}
      </button>
    </div>
  );
}
