// Each question's status for one learner (new, attempted, solved, and how the last check went),
// and the question to go on to after one is done: the next unsolved one of its topic, then of the
// next topics. Honest like the accuracy: a question is solved when some variant of it was right at
// its first graded check, not after retries or after reading the solution.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { QuestionSummary } from "../questions/types";

import type { QuestionStatus } from "./question-state";
import { sqlCount, sqlDate } from "./sql-columns";

export type { QuestionState, QuestionStatus } from "./question-state";

export interface AttemptRow {
  templateId: string;
  seed: number;
  correct: boolean;
  createdAt: Date;
}

/** Statuses from a learner's attempts (any order); a question without attempts is absent (new). */
export function questionStatuses(attempts: readonly AttemptRow[]): Map<string, QuestionStatus> {
  const sorted = [...attempts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const firstOfVariant = new Set<string>();
  const statuses = new Map<string, QuestionStatus>();
  for (const attempt of sorted) {
    const status = statuses.get(attempt.templateId) ?? { state: "attempted", checks: 0, last: null };
    const variant = `${attempt.templateId}\u0000${attempt.seed}`;
    if (!firstOfVariant.has(variant)) {
      firstOfVariant.add(variant);
      if (attempt.correct) status.state = "solved";
    }
    status.checks += 1;
    status.last = { correct: attempt.correct, at: attempt.createdAt };
    statuses.set(attempt.templateId, status);
  }
  return statuses;
}

/** A learner's checks of one template, summed up. */
export interface TemplateChecks {
  templateId: string;
  /** Some variant was right at its first check. */
  solved: boolean;
  count: number;
  /** The latest check, and the latest right one (null: none was right). */
  lastAt: Date;
  lastRightAt: Date | null;
}

/**
 * Statuses from a learner's checks summed per template: the same statuses as `questionStatuses`
 * gives for the rows, because `firstTry` marks each variant's earliest check (lib/study/attempts.ts
 * keeps it so through merges and imports), and the last check was right when the latest right
 * check is the latest check.
 */
export function statusesFromChecks(checks: readonly TemplateChecks[]): Map<string, QuestionStatus> {
  const statuses = new Map<string, QuestionStatus>();
  for (const template of checks) {
    statuses.set(template.templateId, {
      state: template.solved ? "solved" : "attempted",
      checks: template.count,
      last: { correct: template.lastRightAt !== null && template.lastRightAt.getTime() === template.lastAt.getTime(), at: template.lastAt },
    });
  }
  return statuses;
}

const statusRows = z.array(
  // `solved` is a MAX of 0 and 1, a number or BigInt like a count.
  z.object({
    templateId: z.string(),
    solved: sqlCount.transform((max) => max > 0),
    count: sqlCount,
    lastAt: sqlDate,
    lastRightAt: sqlDate.nullable(),
  }),
);

/**
 * One grouped query, not the learner's every attempt: a busy learner has thousands of checks (the
 * same variant re-sent counts each time) but one row per template tried.
 */
export async function getQuestionStatuses(userId: string | null): Promise<Map<string, QuestionStatus>> {
  if (!userId) return new Map();
  const rows: unknown = await db.$queryRaw`
    SELECT "templateId",
           MAX(CASE WHEN "firstTry" = TRUE AND "correct" = TRUE THEN 1 ELSE 0 END) AS "solved",
           COUNT(*) AS "count", MAX("createdAt") AS "lastAt",
           MAX(CASE WHEN "correct" = TRUE THEN "createdAt" END) AS "lastRightAt"
    FROM "Attempt" WHERE "userId" = ${userId}
    GROUP BY "templateId"`;
  return statusesFromChecks(statusRows.parse(rows));
}

/**
 * The question after `currentId` in the bank's order (`questions`, grouped by topic in the order the
 * topics are taught): the next unsolved one of the same topic (after it, then before it), else the
 * first unsolved one of the following topics (wrapping round); when everything is solved, simply
 * the next question. Null only for a bank of one question.
 */
export function nextQuestion(
  currentId: string,
  questions: readonly QuestionSummary[],
  statuses: ReadonlyMap<string, QuestionStatus>,
  topicOrder: readonly string[],
): QuestionSummary | null {
  const current = questions.find((question) => question.id === currentId);
  if (!current) return questions[0] ?? null;
  const unsolved = (question: QuestionSummary) => question.id !== currentId && statuses.get(question.id)?.state !== "solved";
  const sameTopic = questions.filter((question) => question.topic === current.topic);
  const at = sameTopic.indexOf(current);
  const inTopic = [...sameTopic.slice(at + 1), ...sameTopic.slice(0, at)].find(unsolved);
  if (inTopic) return inTopic;
  const topicAt = topicOrder.indexOf(current.topic);
  const laterTopics = [...topicOrder.slice(topicAt + 1), ...topicOrder.slice(0, Math.max(topicAt, 0))];
  for (const topic of laterTopics) {
    const found = questions.find((question) => question.topic === topic && unsolved(question));
    if (found) return found;
  }
  const index = questions.indexOf(current);
  const following = questions[(index + 1) % questions.length];
  return following && following.id !== currentId ? following : null;
}
