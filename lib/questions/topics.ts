/** The content map of docs/content-map.md: topic ids and the names learners see. */
export const TOPICS = {
  likelihood: "Likelihood",
  "mle-closed-form": "MLE with closed forms",
  "mle-properties": "MLE properties",
  "mle-numerical": "MLE without closed forms",
  "why-labels-matter": "Why labels matter",
  "em-mechanics": "EM mechanics",
  "em-properties": "EM properties",
  "model-zoo": "The model zoo",
  "mle-vs-em": "MLE vs EM side by side",
} as const;

export type TopicId = keyof typeof TOPICS;

export function topicName(topic: string): string {
  return (TOPICS as Record<string, string>)[topic] ?? topic;
}
