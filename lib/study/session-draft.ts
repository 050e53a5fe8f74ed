// Saving what the learner has typed into a session question, so that closing the browser loses nothing.
import "server-only";
import { db } from "../db";
import { getTemplate } from "../questions";
import { parseCheckRequest } from "../questions/check-request";
import { DEADLINE_GRACE_MS, wholeNumber } from "./session-rows";

export type SaveDraftResult = "saved" | "closed" | "not-found" | "invalid";

/**
 * One statement that checks ownership, that the session is open and in time, and (in a mock
 * interview, where the first checked answer counts) that the question is not answered yet.
 */
export async function saveDraft(
  userId: string | null,
  sessionId: string,
  position: number,
  answers: unknown,
  hintsUsed: unknown,
  now: Date = new Date(),
): Promise<SaveDraftResult> {
  // A position beyond any session (2^63) is refused here rather than by the database, as an error.
  if (!userId || typeof sessionId !== "string" || !Number.isSafeInteger(position) || position < 0 || position > 100_000) return "not-found";
  const item = await db.sessionItem.findFirst({
    where: { sessionId, position, session: { userId } },
    select: { templateId: true, seed: true },
  });
  const template = item && getTemplate(item.templateId);
  if (!item || !template) return "not-found";
  const parsed = parseCheckRequest({ seed: item.seed, answers }, template);
  if (!parsed.ok) return "invalid";
  const hints = wholeNumber(hintsUsed, 100) ?? 0;
  const updated = await db.$executeRaw`
    UPDATE "SessionItem" SET "draft" = ${JSON.stringify(parsed.request.answers)}, "hintsUsed" = CASE WHEN "hintsUsed" > ${hints} THEN "hintsUsed" ELSE ${hints} END
    WHERE "sessionId" = ${sessionId} AND "position" = ${position}
      AND EXISTS (
        SELECT 1 FROM "StudySession" s
        WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND s."completedAt" IS NULL
          AND (s."deadlineAt" IS NULL OR s."deadlineAt" >= ${new Date(now.getTime() - DEADLINE_GRACE_MS)})
          AND (s."mode" = 'practice' OR "SessionItem"."attemptId" IS NULL))`;
  return updated === 1 ? "saved" : "closed";
}
