// Turns a grade into what the answer form shows (KaTeX rendered on the server), for the study
// session, mock interview and review checks, as the practice page does for its own.
import "server-only";
import type { CheckState } from "@/components/practice/check-state";
import { renderFeedback, renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import type { PublicGradeResult } from "@/lib/questions/types";

/**
 * `withSolution`: send the solution and the expected values when the grade holds them (a mock
 * interview keeps both for its review). The grade itself holds them only once the question is right
 * or given up (lib/questions/reveal.ts).
 */
export function toCheckState(result: PublicGradeResult, recorded: boolean, withSolution: boolean, gaveUp = false): CheckState {
  return {
    kind: "graded",
    score: result.score,
    recorded,
    gaveUp,
    parts: result.parts.map((part) => ({
      id: part.id,
      status: part.status,
      messageHtml: renderFeedback(part.message),
      mistake: part.mistake ?? null,
      carriedForward: part.carriedForward === true,
      expected: withSolution ? (part.expected ?? null) : null,
      // An explain part's model answer and rubric come once its text is in (explain.ts decides).
      ...(part.modelAnswer !== undefined && part.rubric
        ? {
            review: {
              modelAnswerHtml: renderMarkdown(part.modelAnswer),
              rubric: part.rubric.map((point) => ({
                id: point.id,
                textHtml: renderInlineMarkdown(point.text),
                essential: point.essential,
              })),
            },
          }
        : {}),
      ...(part.selfAssessed ? { selfAssessed: true, partScore: part.score ?? null } : {}),
    })),
    solutionHtml: withSolution && result.solution !== null ? renderMarkdown(result.solution) : null,
  };
}

/** A server action's idempotency key: the form's, bounded; anything else is no key. */
export function boundedKey(key: unknown): string | null {
  return typeof key === "string" && key.length > 0 ? key.slice(0, 200) : null;
}
