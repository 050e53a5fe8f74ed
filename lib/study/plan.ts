// Choosing the questions of a study session: pure, with the random stream injected so a test can
// replay it. Topics are interleaved (an interview never asks three EM questions in a row), and
// within a topic the templates that need work come first: cards due for review, then templates
// the learner has never tried, then the rest, each group shuffled.
import { MAX_SEED } from "../questions/seed";
import type { Difficulty } from "../questions/types";
import type { SessionDifficulty } from "./options";

export interface PlanCandidate {
  id: string;
  topic: string;
  difficulty: Difficulty;
}

export interface PlanRequest {
  /** Empty: every topic. */
  topics: readonly string[];
  difficulty: SessionDifficulty;
  length: number;
}

export interface PlanHistory {
  /** Templates whose review card is due now. */
  due: ReadonlySet<string>;
  /** Templates the learner has attempted at least once. */
  attempted: ReadonlySet<string>;
}

export interface PlannedItem {
  templateId: string;
  seed: number;
}

/** Fisher–Yates with the injected stream: uniform over orderings. */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** 0: due for review, 1: never tried, 2: the rest. */
function need(id: string, history: PlanHistory): number {
  if (history.due.has(id)) return 0;
  return history.attempted.has(id) ? 2 : 1;
}

/**
 * At most `length` distinct templates (fewer when fewer match: a session never repeats a question),
 * taken round-robin over the topics in a shuffled topic order, each with a fresh seed.
 */
export function planSession(
  candidates: readonly PlanCandidate[],
  request: PlanRequest,
  history: PlanHistory,
  random: () => number,
): PlannedItem[] {
  const wanted = new Set(request.topics);
  const matching = candidates.filter(
    (candidate) =>
      (wanted.size === 0 || wanted.has(candidate.topic)) &&
      (request.difficulty === "any" || candidate.difficulty === request.difficulty),
  );

  const byTopic = new Map<string, PlanCandidate[]>();
  for (const candidate of shuffle(matching, random)) {
    byTopic.set(candidate.topic, [...(byTopic.get(candidate.topic) ?? []), candidate]);
  }
  // A stable sort keeps the shuffled order inside each level of need.
  const queues = shuffle([...byTopic.values()], random).map((queue) =>
    [...queue].sort((a, b) => need(a.id, history) - need(b.id, history)),
  );

  const chosen: PlanCandidate[] = [];
  while (chosen.length < request.length && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && chosen.length < request.length) chosen.push(next);
    }
  }
  return chosen.map((candidate) => ({ templateId: candidate.id, seed: Math.floor(random() * (MAX_SEED + 1)) }));
}
