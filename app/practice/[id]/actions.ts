"use server";
// The practice page's check: the same grading and recording path as the question API, with the
// feedback and the worked solution rendered (KaTeX) on the server. `reveal`: the learner gives up.
import { getTemplate } from "@/lib/questions";
import { parseCheckRequest } from "@/lib/questions/check-request";
import { gradeAndRecord } from "@/lib/study/check";
import type { CheckState } from "@/components/practice/check-state";
import { toCheckState } from "@/lib/feedback";
import { logServerError } from "@/lib/log";

export async function checkAnswers(
  templateId: string,
  seed: number,
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
  assessment?: unknown,
): Promise<CheckState> {
  return check(templateId, seed, answers, idempotencyKey, false, assessment);
}

async function check(
  templateId: string,
  seed: number,
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
  reveal: boolean,
  assessment?: unknown,
): Promise<CheckState> {
  // A server action is a public endpoint: its arguments are checked like any request body.
  const template = typeof templateId === "string" ? getTemplate(templateId) : undefined;
  if (!template) return { kind: "error", message: "This question no longer exists." };
  // `assessment` (explain parts: the rubric points ticked) is validated with the rest of the body.
  const parsed = parseCheckRequest({ seed, answers, reveal, ...(assessment === undefined ? {} : { assessment }) }, template);
  if (!parsed.ok) return { kind: "error", message: `The answer could not be sent: ${parsed.error}.` };
  try {
    const key = typeof idempotencyKey === "string" && idempotencyKey.length > 0 ? idempotencyKey.slice(0, 200) : null;
    const { result, outcome, counting } = await gradeAndRecord(template, parsed.request, key);
    // A duplicate is the same answer sent again from this page view: it is already saved.
    const state = toCheckState(result, outcome === "recorded" || outcome === "duplicate", true, parsed.request.reveal === true);
    // A retry or a give-up says how it counts, rather than a bare "Correct" that will not count.
    return state.kind === "graded" && counting?.note ? { ...state, note: counting.note } : state;
  } catch (error) {
    logServerError("practice check failed", error);
    return { kind: "error", message: "Your answer could not be checked just now. It is still here: please try again." };
  }
}

/** Giving up: the answers as they stand are graded, and the answers and the worked solution sent back. */
export async function giveUpAnswers(
  templateId: string,
  seed: number,
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
): Promise<CheckState> {
  return check(templateId, seed, answers, idempotencyKey, true);
}
