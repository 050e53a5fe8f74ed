// One question of a summary or mock review: each part with the learner's answer beside the truth
// and the named mistake; an explain part with the written answer beside the model answer and the
// rubric as the learner ticked it. The learner's text is shown as text; choice labels are the template's
// Markdown, rendered (KaTeX) on the server.
import { ModelAnswer, RubricRecord, SELF_ASSESSED, selfAssessedSummary, WrittenAnswer } from "@/components/practice/explain-review";
import { mistakeName } from "@/components/practice/part-feedback";
import { percent } from "@/components/study/format";
import { renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import type { ExplainReview, PartReview, ShownValue } from "@/lib/study/sessions";

const STATUS_WORDS: Record<string, string> = {
  correct: "right",
  incorrect: "wrong",
  imprecise: "too few figures",
  invalid: "not readable",
  unanswered: "not answered",
};

function Value({ value }: { value: ShownValue }) {
  if (value.kind === "none") return <span className="text-stone-500 dark:text-stone-400">–</span>;
  if (value.kind === "text") return <code className="font-mono text-[0.95em] break-all">{value.text}</code>;
  return (
    <span className="space-y-1">
      {value.labels.map((label, index) => (
        <span key={index} className="block" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(label) }} />
      ))}
    </span>
  );
}

/** An explain part: the written answer beside the model answer, then the rubric as the learner ticked it. */
export function ExplainPartReview({ part, idPrefix }: { part: PartReview & { explain: ExplainReview }; idPrefix: string }) {
  const { explain } = part;
  const rubric = explain.rubric.map((point) => ({ id: point.id, textHtml: renderInlineMarkdown(point.text), essential: point.essential }));
  return (
    <div className="space-y-3" data-testid="explain-review" data-status={part.status}>
      <p className="text-sm font-medium">
        {explain.score === null
          ? explain.written.trim() === ""
            ? "Not answered."
            : "Written, but not self-assessed."
          : `Score ${percent(explain.score)} (${SELF_ASSESSED}): ${selfAssessedSummary(rubric, explain.covered)}.`}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <WrittenAnswer text={explain.written} />
        <ModelAnswer html={renderMarkdown(explain.modelAnswer)} headingId={`${idPrefix}-model`} />
      </div>
      <RubricRecord rubric={rubric} covered={explain.covered} headingId={`${idPrefix}-rubric`} />
    </div>
  );
}

export function AnswerTable({ parts: all, caption }: { parts: readonly PartReview[]; caption: string }) {
  const explained = all.flatMap((part) => (part.explain ? [{ ...part, explain: part.explain }] : []));
  const parts = all.filter((part) => !part.explain);
  const idPrefix = caption.replace(/[^a-zA-Z0-9]+/g, "-").toLowerCase();
  if (explained.length > 0) {
    return (
      <div className="space-y-4">
        {explained.map((part) => (
          <ExplainPartReview key={part.id} part={part} idPrefix={`${idPrefix}-${part.id}`} />
        ))}
        {parts.length > 0 && <AnswerTable parts={parts} caption={caption} />}
      </div>
    );
  }
  if (parts.length === 0) return null;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-sm" data-testid="answer-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-stone-600 dark:border-stone-800 dark:text-stone-400">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Part
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              Your answer
            </th>
            <th scope="col" className="py-1.5 pl-2 font-medium">
              The truth
            </th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part, index) => (
            <tr key={part.id} className="border-b border-stone-100 align-top last:border-0 dark:border-stone-800" data-status={part.status}>
              <th scope="row" className="py-1.5 pr-3 font-normal whitespace-nowrap">
                {index + 1}. {part.id}
                <span className="block text-xs text-stone-500 dark:text-stone-400">{STATUS_WORDS[part.status] ?? part.status}</span>
              </th>
              <td className="px-2 py-1.5">
                <Value value={part.answer} />
                {part.mistake && (
                  <span className="mt-1 block text-xs font-medium text-amber-800 dark:text-amber-300" data-mistake={part.mistake}>
                    Known mistake: {mistakeName(part.mistake)}
                  </span>
                )}
              </td>
              <td className="py-1.5 pl-2">
                <Value value={part.truth} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
