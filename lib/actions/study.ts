"use server";
// Study sessions and mock interviews: start one, check a question of it, finish it. Server
// actions are public endpoints: every argument is checked, and every session is looked up
// through the current learner, so another learner's id reads as missing.
import { redirect } from "next/navigation";
import type { CheckState } from "@/components/practice/check-state";
import { currentLearnerId, learnerForWrite } from "@/lib/learner";
import { parseSessionForm } from "@/lib/study/options";
import { checkSessionItem, finishStudySession, startStudySession } from "@/lib/study/sessions";
import { boundedKey, toCheckState } from "@/lib/feedback";
import { logServerError } from "@/lib/log";

/** The statuses a mock interview's check shows while it runs (as the answer form does without feedback). */
const MOCK_VISIBLE: ReadonlySet<string> = new Set(["invalid", "imprecise", "unanswered"]);

export interface StartState {
  error: string | null;
}

export async function startSession(_previous: StartState, form: FormData): Promise<StartState> {
  if (!(form instanceof FormData)) return { error: "The session could not start: the form could not be read. Please reload the page." };
  const parsed = parseSessionForm(form);
  if (!parsed.ok) return { error: `The session could not start: ${parsed.error}.` };
  let started;
  try {
    started = await startStudySession(await learnerForWrite(), parsed.options);
  } catch (error) {
    logServerError("starting a session failed", error);
    return { error: "The session could not be started just now. Please try again." };
  }
  if (!started.ok) return { error: started.error };
  redirect(`/study/${started.id}`);
}

export async function checkSessionAnswer(
  sessionId: string,
  position: number,
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
  hintsUsed: number,
  durationMs: number,
  reveal = false,
  assessment?: unknown,
): Promise<CheckState> {
  try {
    const check = await checkSessionItem({
      gaveUp: reveal === true,
      assessment,
      userId: await currentLearnerId(),
      sessionId,
      position,
      answers,
      idempotencyKey: boundedKey(idempotencyKey),
      hintsUsed,
      durationMs,
    });
    switch (check.kind) {
      case "not-found":
        return { kind: "error", message: "This session was not found. It may belong to another browser or account." };
      case "closed":
      case "invalid":
        return { kind: "error", message: check.kind === "invalid" ? `The answer could not be sent: ${check.message}.` : check.message };
      case "graded": {
        // A mock interview keeps its worked solutions for the review at the end.
        const recorded = check.outcome === "recorded" || check.outcome === "duplicate";
        const state = toCheckState(check.result, recorded, check.mode === "practice", reveal === true);
        if (state.kind !== "graded") return state;
        if (check.mode === "practice") {
          // A re-check is kept as practice: say so, rather than a bare "Correct" that will not count.
          const note =
            check.counting?.note ??
            (recorded && !check.linked ? "This question's first answer is the one that counts; this check is practice." : null);
          return note ? { ...state, note } : state;
        }
        // ...and right or wrong too: only what the learner must fix (unreadable input, too few figures) leaves the server.
        return { ...state, score: 0, parts: state.parts.filter((part) => MOCK_VISIBLE.has(part.status)) };
      }
    }
  } catch (error) {
    logServerError("session check failed", error);
    return { kind: "error", message: "Your answer could not be checked just now. It is still here: please try again." };
  }
}

export type FinishState = { ok: true; href: string } | { ok: false; message: string };

/** Finishes the session (grading what was typed but not checked); `last` is the question on screen. */
export async function finishSession(
  sessionId: string,
  last?: { position: number; answers: Record<string, string | string[]> },
): Promise<FinishState> {
  try {
    const result = await finishStudySession(await currentLearnerId(), sessionId, new Date(), last);
    if (result === "not-found") return { ok: false, message: "This session was not found." };
    return { ok: true, href: `/study/${sessionId}/summary` };
  } catch (error) {
    logServerError("finishing a session failed", error);
    return { ok: false, message: "The session could not be finished just now. Your answers are saved: please try again." };
  }
}
