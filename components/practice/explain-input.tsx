"use client";
// An explain part: the learner writes an answer in their own words; once it is sent, the field is
// kept as it was compared (read only) and the model answer and the rubric appear, with a checkbox per
// key point and a "Submit self-assessment" step (docs/question-api.md, "Explain parts"). The text is
// never cut: a paste past the limit stays in the field, and the counter says how much to trim.
import { MAX_EXPLANATION_LENGTH } from "@/lib/questions/explain";
import { ModelAnswer, PointKind, SELF_ASSESSED, type ExplainReviewView } from "./explain-review";

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

  function toggle(pointId: string, on: boolean) {
    const next = on ? [...ticked.filter((tick) => tick !== pointId), pointId] : ticked.filter((tick) => tick !== pointId);
    // In the rubric's order, so the same ticks always make the same request.
    onTickedChange(review ? review.rubric.map((point) => point.id).filter((pointId) => next.includes(pointId)) : next);
  }

  return (
    <div className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={id} className="block text-sm font-medium text-stone-700 dark:text-stone-300">
          {label}
          {review && <span className="font-normal text-stone-600 dark:text-stone-400"> (sent: compare it below)</span>}
        </label>
        <textarea
          id={id}
          name={name}
          rows={7}
          value={value}
          readOnly={review !== null}
          onChange={(event) => onChange(event.target.value)}
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
      )}
    </div>
  );
}
