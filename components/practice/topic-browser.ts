// The topic browser's model: filters read from the query string (so they work without JavaScript)
// and the bank grouped by topic in the content map's order. Plain data, no React.
import { TOPICS } from "@/lib/questions/topics";
import type { Difficulty, QuestionKind, QuestionSummary } from "@/lib/questions/types";

export const DIFFICULTIES: readonly Difficulty[] = ["easy", "medium", "hard"];
export const KINDS: readonly QuestionKind[] = ["computation", "derivation", "concept", "explain"];

export interface BrowserFilters {
  difficulty: Difficulty | null;
  kind: QuestionKind | null;
  /** A topic to open (a link from a question page). */
  topic: string | null;
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

/** Unknown values are ignored rather than an error: an old or hand-edited link still shows the bank. */
export function parseFilters(params: SearchParams): BrowserFilters {
  return {
    difficulty: oneOf(first(params.difficulty), DIFFICULTIES),
    kind: oneOf(first(params.kind), KINDS),
    topic: oneOf(first(params.topic), Object.keys(TOPICS)),
  };
}

/** The /practice URL with these filters (null drops one). */
export function browserHref(filters: Partial<BrowserFilters>, hash?: string): string {
  const query = new URLSearchParams();
  if (filters.difficulty) query.set("difficulty", filters.difficulty);
  if (filters.kind) query.set("kind", filters.kind);
  if (filters.topic) query.set("topic", filters.topic);
  const search = query.toString();
  return `/practice${search ? `?${search}` : ""}${hash ? `#${hash}` : ""}`;
}

export interface TopicGroup {
  id: string;
  name: string;
  /** Every question of the topic, whatever the filters. */
  all: QuestionSummary[];
  byDifficulty: Record<Difficulty, number>;
  /** The questions the filters let through. */
  shown: QuestionSummary[];
}

export function groupByTopic(questions: readonly QuestionSummary[], filters: BrowserFilters): TopicGroup[] {
  return Object.entries(TOPICS).map(([id, name]) => {
    const all = questions.filter((question) => question.topic === id);
    const byDifficulty: Record<Difficulty, number> = { easy: 0, medium: 0, hard: 0 };
    for (const question of all) byDifficulty[question.difficulty] += 1;
    const shown = all.filter(
      (question) =>
        (filters.difficulty === null || question.difficulty === filters.difficulty) &&
        (filters.kind === null || question.kind === filters.kind),
    );
    return { id, name, all, byDifficulty, shown };
  });
}
