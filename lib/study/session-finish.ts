// Ending a session: every answer typed but not checked is graded and recorded (a mock interview's
// time-out keeps everything typed), then the session is marked complete, in one transaction.
import "server-only";
import { db } from "../db";
import { getTemplate } from "../questions";
import { parseCheckRequest } from "../questions/check-request";
import { isGraded } from "../questions/reveal";
import { recordAttempt } from "./attempts";
import { saveDraft } from "./session-draft";
import { findSession, type SessionRow } from "./session-rows";
import { storedDraft } from "./stored";

export type FinishResult = "finished" | "already-finished" | "not-found";

/** `last` is the question on screen with its latest answers, saved first. */
export async function finishStudySession(
  userId: string | null,
  sessionId: string,
  now: Date = new Date(),
  last?: { position: unknown; answers: unknown },
): Promise<FinishResult> {
  if (!userId || typeof sessionId !== "string") return "not-found";
  if (last && typeof last.position === "number") {
    await saveDraft(userId, sessionId, last.position, last.answers, 0, now);
  }
  const row = await findSession(userId, sessionId);
  if (!row) return "not-found";
  if (row.completedAt !== null) return "already-finished";
  // Finished late (the browser was closed): the session ended at its deadline.
  const completedAt = row.deadlineAt !== null && now > row.deadlineAt ? row.deadlineAt : now;
  return (await finalize(row, completedAt)) ? "finished" : "already-finished";
}

/** Grades the unanswered questions' drafts and completes the session; false if it was completed meanwhile. */
export async function finalize(row: SessionRow, completedAt: Date): Promise<boolean> {
  const pending = row.items.flatMap((item) => {
    const template = item.attemptId === null ? getTemplate(item.templateId) : undefined;
    const draft = storedDraft(item.draft, item.id);
    if (!template || !draft) return [];
    const parsed = parseCheckRequest({ seed: item.seed, answers: draft }, template);
    if (!parsed.ok) return [];
    const result = template.grade(item.seed, parsed.request.answers);
    return isGraded(result) ? [{ item, template, answers: parsed.request.answers, result }] : [];
  });
  return db.$transaction(async (tx) => {
    const claim = await tx.studySession.updateMany({ where: { id: row.id, completedAt: null }, data: { completedAt } });
    if (claim.count === 0) return false;
    for (const { item, template, answers, result } of pending) {
      // `row` was read before this transaction: a check may have answered the question since.
      if ((await tx.sessionItem.count({ where: { id: item.id, attemptId: null } })) === 0) continue;
      await recordAttempt(
        {
          userId: row.userId,
          templateId: template.id,
          seed: item.seed,
          answers,
          result,
          gaveUp: false,
          idempotencyKey: null,
          hintsUsed: item.hintsUsed,
          durationMs: null,
          now: completedAt,
          sessionItem: { sessionId: row.id, itemId: item.id },
          schedule: { when: "first-of-item", kind: template.kind },
        },
        tx,
      );
    }
    return true;
  });
}
