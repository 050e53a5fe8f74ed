// Starting a study session or mock interview: plan its questions and store them.
import "server-only";
import { ensureLearnerRow } from "../auth/learner-row";
import { db } from "../db";
import { TEMPLATES } from "../questions";
import type { SessionOptions } from "./options";
import { mockMix, planSession } from "./plan";

export type StartResult = { ok: true; id: string } | { ok: false; error: string };

/**
 * Plans and stores a new session for the learner (creating a guest's row on its first action).
 * `random` draws the questions and their seeds.
 */
export async function startStudySession(
  learner: { id: string; isNew: boolean },
  options: SessionOptions,
  now: Date = new Date(),
  random: () => number = Math.random,
): Promise<StartResult> {
  await ensureLearnerRow(learner.id);
  const [dueCards, attempted] = learner.isNew
    ? [[], []]
    : await Promise.all([
        db.reviewCard.findMany({ where: { userId: learner.id, due: { lte: now } }, select: { templateId: true } }),
        db.attempt.groupBy({ by: ["templateId"], where: { userId: learner.id } }),
      ]);
  const topics = options.mode === "practice" ? options.topics : [];
  const plan = planSession(
    TEMPLATES,
    {
      topics,
      difficulty: options.difficulty,
      length: options.length,
      ...(options.mode === "mock" ? { mix: mockMix(options.length) } : {}),
    },
    { due: new Set(dueCards.map((card) => card.templateId)), attempted: new Set(attempted.map((row) => row.templateId)) },
    random,
  );
  if (plan.length === 0) {
    return { ok: false, error: "No question matches these choices. Choose more topics, or any difficulty." };
  }
  const timeLimitSeconds = options.mode === "mock" ? options.minutes * 60 : null;
  const session = await db.studySession.create({
    data: {
      userId: learner.id,
      mode: options.mode,
      topics,
      difficulty: options.difficulty,
      length: plan.length,
      timeLimitSeconds,
      deadlineAt: timeLimitSeconds === null ? null : new Date(now.getTime() + timeLimitSeconds * 1000),
      startedAt: now,
      items: { create: plan.map((item, position) => ({ position, templateId: item.templateId, seed: item.seed })) },
    },
    select: { id: true },
  });
  return { ok: true, id: session.id };
}
