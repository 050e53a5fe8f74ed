"use server";
// The review queue's check: grades the answer and, when the card is due, rates it and moves it.
import type { CheckState } from "@/components/practice/check-state";
import { learnerForWrite } from "@/lib/learner";
import { getTemplate } from "@/lib/questions";
import { checkReview } from "@/lib/study/review";
import { RATING_NAMES } from "@/lib/study/schedule";
import { boundedKey, toCheckState } from "@/lib/feedback";
import { logServerError } from "@/lib/log";

export interface ReviewCheckState {
  state: CheckState;
  /** The rating this answer gave the card, when it was due ("Good"), for the learner to see. */
  rating: string | null;
  /** When the card comes back (ISO), when it was rated. */
  nextDue: string | null;
}

export async function checkReviewAnswer(
  templateId: string,
  seed: number,
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
  hintsUsed: number,
  durationMs: number,
  reveal = false,
  assessment?: unknown,
): Promise<ReviewCheckState> {
  const template = typeof templateId === "string" ? getTemplate(templateId) : undefined;
  if (!template) return { state: { kind: "error", message: "This question no longer exists." }, rating: null, nextDue: null };
  try {
    const check = await checkReview({
      gaveUp: reveal === true,
      assessment,
      learner: await learnerForWrite(),
      template,
      seed,
      answers,
      idempotencyKey: boundedKey(idempotencyKey),
      hintsUsed,
      durationMs,
    });
    if (check.kind === "invalid") {
      return { state: { kind: "error", message: `The answer could not be sent: ${check.message}.` }, rating: null, nextDue: null };
    }
    const state = toCheckState(check.result, check.outcome === "recorded" || check.outcome === "duplicate", true, reveal === true);
    return {
      state: state.kind === "graded" && check.counting?.note ? { ...state, note: check.counting.note } : state,
      rating: check.rating === null ? null : RATING_NAMES[check.rating],
      nextDue: check.nextDue?.toISOString() ?? null,
    };
  } catch (error) {
    logServerError("review check failed", error);
    return {
      state: { kind: "error", message: "Your answer could not be checked just now. It is still here: please try again." },
      rating: null,
      nextDue: null,
    };
  }
}
