"use server";
// The practice page's check: the same grading and recording path as the question API, with the
// feedback and the worked solution rendered (KaTeX) on the server.
import { renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import { getTemplate } from "@/lib/questions";
import { parseCheckRequest } from "@/lib/questions/check-request";
import { gradeAndRecord } from "@/lib/study/check";
import type { CheckState } from "@/components/practice/check-state";

export async function checkAnswers(
  templateId: string,
  seed: number,
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
): Promise<CheckState> {
  // A server action is a public endpoint: its arguments are checked like any request body.
  const template = typeof templateId === "string" ? getTemplate(templateId) : undefined;
  if (!template) return { kind: "error", message: "This question no longer exists." };
  const parsed = parseCheckRequest({ seed, answers }, template);
  if (!parsed.ok) return { kind: "error", message: `The answer could not be sent: ${parsed.error}.` };
  try {
    const key = typeof idempotencyKey === "string" && idempotencyKey.length > 0 ? idempotencyKey.slice(0, 200) : null;
    const { result, recorded } = await gradeAndRecord(template, parsed.request, key);
    return {
      kind: "graded",
      score: result.score,
      recorded,
      parts: result.parts.map((part) => ({
        id: part.id,
        status: part.status,
        messageHtml: renderInlineMarkdown(part.message),
        mistake: part.mistake ?? null,
        carriedForward: part.carriedForward === true,
      })),
      // The solution is shown once something was graded; not for input that was not a number.
      solutionHtml: result.parts.some((part) => part.status === "correct" || part.status === "incorrect")
        ? renderMarkdown(result.solution)
        : null,
    };
  } catch (error) {
    console.error("practice check failed", error);
    return { kind: "error", message: "Your answer could not be checked just now. It is still here: please try again." };
  }
}
