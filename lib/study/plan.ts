// Choosing the questions of a study session: pure, with the random stream injected so a test can
// replay it. Topics are interleaved (an interview never asks three EM questions in a row), and
// within a topic the templates that need work come first: cards due for review, then templates
// the learner has never tried, then the rest, each group shuffled.
import { MAX_SEED } from "../questions/seed";
import type { Difficulty, QuestionKind } from "../questions/types";
import type { SessionDifficulty } from "./options";

export interface PlanCandidate {
  id: string;
  topic: string;
  difficulty: Difficulty;
  kind?: QuestionKind;
}

/** How many questions of each kind a session should hold (when the bank has them). */
export type KindMix = Partial<Record<QuestionKind, number>>;

export interface PlanRequest {
  /** Empty: every topic. */
  topics: readonly string[];
  difficulty: SessionDifficulty;
  length: number;
  /** A mix of kinds to draw first (a mock interview's); the rest of the length is drawn as usual. */
  mix?: KindMix;
}

/**
 * A mock interview's default mix, like a real interview's: one question to answer in words, a
 * quarter derivations, a fifth concept questions, and the rest computations by hand. For 5, 8 and 10
 * questions: 1 explain, 1/2/3 derivations, 1/2/2 concept, 2/3/4 computations.
 */
export function mockMix(length: number): KindMix {
  const explain = Math.min(1, length);
  const derivation = Math.min(Math.round(length / 4), length - explain);
  const concept = Math.min(Math.round(length / 5), length - explain - derivation);
  return { explain, derivation, concept, computation: length - explain - derivation - concept };
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

/** At most `length` of the candidates, round-robin over their topics in a shuffled topic order. */
function interleave(candidates: readonly PlanCandidate[], length: number, history: PlanHistory, random: () => number): PlanCandidate[] {
  const byTopic = new Map<string, PlanCandidate[]>();
  for (const candidate of shuffle(candidates, random)) {
    byTopic.set(candidate.topic, [...(byTopic.get(candidate.topic) ?? []), candidate]);
  }
  // A stable sort keeps the shuffled order inside each level of need.
  const queues = shuffle([...byTopic.values()], random).map((queue) =>
    [...queue].sort((a, b) => need(a.id, history) - need(b.id, history)),
  );

  const chosen: PlanCandidate[] = [];
  while (chosen.length < length && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && chosen.length < length) chosen.push(next);
    }
  }
  return chosen;
}

/**
 * With a `mix`, each kind's share is drawn first from the templates of that kind (as many as there
 * are), the rest of the length from what is left (other kinds before written explanations, which
 * take the longest), and the whole is interleaved by topic again.
 */
function chooseMixed(
  matching: readonly PlanCandidate[],
  request: PlanRequest & { mix: KindMix },
  history: PlanHistory,
  random: () => number,
): PlanCandidate[] {
  const chosen: PlanCandidate[] = [];
  // Draws up to `count` of the candidates, topics not yet in the session first (an interview's mix).
  const draw = (candidates: readonly PlanCandidate[], count: number) => {
    const taken = new Set(chosen.map((candidate) => candidate.id));
    const topics = new Set(chosen.map((candidate) => candidate.topic));
    const open = candidates.filter((candidate) => !taken.has(candidate.id));
    const fresh = interleave(
      open.filter((candidate) => !topics.has(candidate.topic)),
      count,
      history,
      random,
    );
    chosen.push(...fresh);
    const drawn = new Set(fresh.map((candidate) => candidate.id));
    chosen.push(
      ...interleave(
        open.filter((candidate) => topics.has(candidate.topic) && !drawn.has(candidate.id)),
        count - fresh.length,
        history,
        random,
      ),
    );
  };
  // The kind spread over the fewest topics draws first, so that the others can fill the other topics.
  const topicsOf = (kind: string) =>
    new Set(matching.filter((candidate) => candidate.kind === kind).map((candidate) => candidate.topic)).size;
  const kinds = Object.entries(request.mix).sort(([a], [b]) => topicsOf(a) - topicsOf(b));
  for (const [kind, count] of kinds) {
    draw(
      matching.filter((candidate) => candidate.kind === kind),
      Math.min(count ?? 0, request.length - chosen.length),
    );
  }
  draw(
    matching.filter((candidate) => candidate.kind !== "explain"),
    request.length - chosen.length,
  );
  draw(matching, request.length - chosen.length);
  return interleave(chosen, chosen.length, history, random);
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
      (wanted.size === 0 || wanted.has(candidate.topic)) && (request.difficulty === "any" || candidate.difficulty === request.difficulty),
  );
  const { mix } = request;
  const chosen = mix ? chooseMixed(matching, { ...request, mix }, history, random) : interleave(matching, request.length, history, random);
  return chosen.map((candidate) => ({ templateId: candidate.id, seed: Math.floor(random() * (MAX_SEED + 1)) }));
}
