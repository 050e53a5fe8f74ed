// Each question's status for one learner (new, attempted, solved, and how the last check went),
// and the question to go on to after one is done: the next unsolved one of its topic, then of the
// next topics. Honest like the accuracy: a question is solved when some variant of it was right at
// its first graded check, not after retries or after reading the solution.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { QuestionSummary } from "../questions/types";

import type { QuestionStatus } from "./question-state";
import { sqlBoolean, sqlCount, sqlDate } from "./sql-columns";

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

/** One group of a learner's attempts: a template's checks with the same outcome and first-try flag. */
export interface AttemptGroup {
  templateId: string;
  correct: boolean;
  firstTry: boolean;
  count: number;
  /** The latest check of the group. */
  lastAt: Date;
}

/**
 * Statuses from a learner's attempts grouped by (template, correct, firstTry): the same statuses as
 * `questionStatuses` gives for the rows, because `firstTry` marks each variant's earliest check
 * (lib/study/attempts.ts keeps it so through merges and imports). A template's last check is the
 * latest group's outcome.
 */
export function statusesFromGroups(groups: readonly AttemptGroup[]): Map<string, QuestionStatus> {
  const statuses = new Map<string, QuestionStatus>();
  for (const group of groups) {
    const status = statuses.get(group.templateId) ?? { state: "attempted", checks: 0, last: null };
    if (group.firstTry && group.correct) status.state = "solved";
    status.checks += group.count;
    if (!status.last || group.lastAt > status.last.at) status.last = { correct: group.correct, at: group.lastAt };
    statuses.set(group.templateId, status);
  }
  return statuses;
}

const statusRows = z.array(
  z.object({ templateId: z.string(), correct: sqlBoolean, firstTry: sqlBoolean, count: sqlCount, lastAt: sqlDate }),
);

/**
 * One grouped query, not the learner's every attempt: a busy learner has thousands of checks (the
 * same variant re-sent counts each time) but at most four groups per template.
 */
export async function getQuestionStatuses(userId: string | null): Promise<Map<string, QuestionStatus>> {
  if (!userId) return new Map();
  const rows: unknown = await db.$queryRaw`
    SELECT "templateId", "correct", "firstTry", COUNT(*) AS "count", MAX("createdAt") AS "lastAt"
    FROM "Attempt" WHERE "userId" = ${userId}
    GROUP BY "templateId", "correct", "firstTry"`;
  return statusesFromGroups(statusRows.parse(rows));
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
