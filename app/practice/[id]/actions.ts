"use server";
// The practice page's check: the same grading and recording path as the question API, with the
// feedback and the worked solution rendered (KaTeX) on the server.
import { renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import { getTemplate } from "@/lib/questions";
import { parseCheckRequest } from "@/lib/questions/check-request";
import { gradeAndRecord } from "@/lib/study/check";
import type { CheckState } from "@/components/practice/check-state";

/** One-line messages stay inline; a "select all that apply" message lists the options it explains. */
function renderMessage(message: string): string {
  return message.includes("\n") ? renderMarkdown(message) : renderInlineMarkdown(message);
}

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
    const { result, outcome } = await gradeAndRecord(template, parsed.request, key);
    return {
      kind: "graded",
      score: result.score,
      // A duplicate is the same answer sent again from this page view: it is already saved.
      recorded: outcome === "recorded" || outcome === "duplicate",
      parts: result.parts.map((part) => ({
        id: part.id,
        status: part.status,
        messageHtml: renderMessage(part.message),
        mistake: part.mistake ?? null,
        carriedForward: part.carriedForward === true,
      })),
      solutionHtml: result.solution === null ? null : renderMarkdown(result.solution),
    };
  } catch (error) {
    console.error("practice check failed", error);
    return { kind: "error", message: "Your answer could not be checked just now. It is still here: please try again." };
  }
}
