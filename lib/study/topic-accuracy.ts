// The learner's accuracy per topic, by the honest-numbers rule: each variant (template + seed)
// counts once, by its first try; retries are not counted, and a give-up is not correct.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { sqlBoolean, sqlCount } from "./sql-columns";

/** Said beside every accuracy the app shows. */
export const ACCURACY_RULE = "First try per question; retries don't count, and giving up counts as not correct.";

export interface TopicAccuracy {
  /** Questions (variants) tried: first tries. */
  attempts: number;
  /** First tries with every part right, not given up. */
  correct: number;
  /** correct / attempts (attempts is never 0 here: a topic without attempts has no entry). */
  accuracy: number;
}

const topicRows = z.array(z.object({ topic: z.string(), correct: sqlBoolean, count: sqlCount }));

/** Topic id → accuracy; a topic the learner has not started is absent. A guest without a cookie has none. */
export async function getTopicAccuracy(userId: string | null): Promise<Map<string, TopicAccuracy>> {
  const byTopic = new Map<string, TopicAccuracy>();
  if (!userId) return byTopic;
  // Grouped in SQL (a learner has thousands of attempts, but there are only nine topics), with the
  // topics read from the catalogue the attempts reference (a foreign key).
  const rows: unknown = await db.$queryRaw`
    SELECT t."topic", a."correct", COUNT(*) AS "count"
    FROM "Attempt" a JOIN "Template" t ON t."id" = a."templateId"
    WHERE a."userId" = ${userId} AND a."firstTry" = TRUE
    GROUP BY t."topic", a."correct"`;
  for (const group of topicRows.parse(rows)) {
    const entry = byTopic.get(group.topic) ?? { attempts: 0, correct: 0, accuracy: 0 };
    entry.attempts += group.count;
    if (group.correct) entry.correct += group.count;
    entry.accuracy = entry.correct / entry.attempts;
    byTopic.set(group.topic, entry);
  }
  return byTopic;
}
