// The learner's accuracy per topic, by the honest-numbers rule: each variant (template + seed)
// counts once, by its first try; retries are not counted, and a give-up is not correct.
import "server-only";
import { db } from "../db";

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

/** Topic id → accuracy; a topic the learner has not started is absent. A guest without a cookie has none. */
export async function getTopicAccuracy(userId: string | null): Promise<Map<string, TopicAccuracy>> {
  const byTopic = new Map<string, TopicAccuracy>();
  if (!userId) return byTopic;
  // Grouped by template in SQL (a learner has thousands of attempts, but only ~125 templates), then
  // by topic here, with the topics read from the catalogue the attempts reference.
  const groups = await db.attempt.groupBy({
    by: ["templateId", "correct"],
    where: { userId, firstTry: true },
    _count: { _all: true },
  });
  if (groups.length === 0) return byTopic;
  const templates = await db.template.findMany({
    where: { id: { in: [...new Set(groups.map((group) => group.templateId))] } },
    select: { id: true, topic: true },
  });
  const topicOf = new Map(templates.map((template) => [template.id, template.topic]));
  for (const group of groups) {
    const topic = topicOf.get(group.templateId);
    if (topic === undefined) continue;
    const entry = byTopic.get(topic) ?? { attempts: 0, correct: 0, accuracy: 0 };
    entry.attempts += group._count._all;
    if (group.correct) entry.correct += group._count._all;
    entry.accuracy = entry.correct / entry.attempts;
    byTopic.set(topic, entry);
  }
  return byTopic;
}
