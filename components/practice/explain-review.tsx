// What an explain part shows once the written answer is in (docs/question-kinds.md, "Explain
// questions"): the learner's own text (always as text, never Markdown or HTML), the model answer, and
// the rubric's key points marked essential or bonus. No hooks: the answer form, the worked solution
// and the mock review all render it.
import { PROSE_CLASS } from "@/components/prose";

/** One rubric point with its text already rendered on the server (Markdown with TeX). */
export interface RubricPointView {
  id: string;
  textHtml: string;
  essential: boolean;
}

/** The model answer and the rubric of one explain part, rendered on the server. */
export interface ExplainReviewView {
  modelAnswerHtml: string;
  rubric: RubricPointView[];
}

/** The word that says how a self-assessed score was made, shown beside it everywhere. */
export const SELF_ASSESSED = "self-assessed";

export function PointKind({ essential }: { essential: boolean }) {
  return essential ? (
    <span className="rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-medium text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100">
      essential
    </span>
  ) : (
    <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-medium text-stone-800 dark:bg-stone-800 dark:text-stone-200">
      bonus
    </span>
  );
}

/** The learner's written answer, line breaks kept; empty shows "none". */
export function WrittenAnswer({ text, label = "Your answer" }: { text: string; label?: string }) {
  return (
    <figure className="min-w-0 space-y-1">
      <figcaption className="text-sm font-medium text-stone-700 dark:text-stone-300">{label}</figcaption>
      {text.trim() === "" ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">none</p>
      ) : (
        <blockquote
          data-testid="written-answer"
          className="rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 text-sm leading-6 break-words whitespace-pre-wrap dark:border-stone-800 dark:bg-stone-900"
        >
          {text}
        </blockquote>
      )}
    </figure>
  );
}

export function ModelAnswer({ html, headingId }: { html: string; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-1">
      <h3 id={headingId} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        Model answer
      </h3>
      <div
        data-testid="model-answer"
        className={`${PROSE_CLASS} rounded-lg border border-emerald-200 bg-emerald-50/60 px-4 py-3 text-sm dark:border-emerald-900 dark:bg-emerald-950/40`}
        // The template's own Markdown, rendered with KaTeX on the server.
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </section>
  );
}

/** The rubric as a record: which points the learner ticked as covered (read only). */
export function RubricRecord({ rubric, covered, headingId }: { rubric: RubricPointView[]; covered: readonly string[]; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <h3 id={headingId} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        Key points, as you ticked them
      </h3>
      <ul className="space-y-1.5 text-sm" data-testid="rubric-record">
        {rubric.map((point) => {
          const ticked = covered.includes(point.id);
          return (
            <li key={point.id} className="flex gap-2" data-covered={ticked}>
              <span aria-hidden="true" className={ticked ? "text-emerald-700 dark:text-emerald-400" : "text-stone-400 dark:text-stone-500"}>
                {ticked ? "✓" : "○"}
              </span>
              <span className="sr-only">{ticked ? "Covered: " : "Not covered: "}</span>
              <span className="min-w-0">
                <span className="prose-math" dangerouslySetInnerHTML={{ __html: point.textHtml }} />{" "}
                <PointKind essential={point.essential} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "2 of 4 essential points (self-assessed)". */
export function selfAssessedSummary(rubric: readonly RubricPointView[], covered: readonly string[]): string {
  const essential = rubric.filter((point) => point.essential);
  const hit = essential.filter((point) => covered.includes(point.id)).length;
  return `${hit} of ${essential.length} essential points (${SELF_ASSESSED})`;
}
