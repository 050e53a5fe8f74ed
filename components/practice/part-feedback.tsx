// The feedback of one graded part: its status in words, the named mistake, the grader's message.
import { mistakeName } from "@/lib/grading/mistake-tags";
import type { PartFeedback } from "./check-state";

const STATUS_STYLE: Record<PartFeedback["status"], { label: string; box: string }> = {
  correct: {
    label: "Correct",
    box: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-50",
  },
  incorrect: {
    label: "Incorrect",
    box: "border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-50",
  },
  imprecise: {
    label: "Almost",
    box: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50",
  },
  invalid: {
    label: "Not a number",
    box: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50",
  },
  unanswered: {
    label: "Unanswered",
    box: "border-stone-300 bg-stone-50 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100",
  },
};

export { mistakeName };

function statusLabel(feedback: PartFeedback, isNumber: boolean): string {
  if (feedback.selfAssessed) {
    const share = feedback.partScore === null || feedback.partScore === undefined ? "" : `, ${Math.round(feedback.partScore * 100)}%`;
    return feedback.status === "correct"
      ? `Self-assessed: every essential point${share}`
      : `Self-assessed: essential points missing${share}`;
  }
  if (feedback.review && feedback.status === "unanswered") return "Sent: now compare";
  if (feedback.status === "correct" && feedback.carriedForward) return "Correct, given your earlier answer";
  if (feedback.status === "invalid" && !isNumber) return "Not a valid answer";
  return STATUS_STYLE[feedback.status].label;
}

export function PartFeedbackBox({ id, feedback, isNumber }: { id: string; feedback: PartFeedback; isNumber: boolean }) {
  return (
    <div
      id={id}
      data-status={feedback.status}
      data-carried-forward={feedback.carriedForward || undefined}
      data-mistake={feedback.mistake ?? undefined}
      className={`rounded-lg border px-4 py-3 text-sm leading-6 ${STATUS_STYLE[feedback.status].box}`}
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-semibold">
        {statusLabel(feedback, isNumber)}
        {feedback.mistake && (
          <span className="rounded bg-black/5 px-1.5 py-0.5 text-xs font-medium dark:bg-white/10">
            Known mistake: {mistakeName(feedback.mistake)}
          </span>
        )}
      </p>
      {/* Rendered on the server: Markdown with KaTeX, the learner's text only inside escaped code spans. */}
      <div className="prose-math mt-1 [&_p]:my-1 [&_ul]:my-1" dangerouslySetInnerHTML={{ __html: feedback.messageHtml }} />
    </div>
  );
}
