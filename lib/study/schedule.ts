// Spaced review with FSRS (ts-fsrs 5.4.2, FSRS-6 with its default parameters): how an outcome
// becomes a rating, and how a rating moves a card. Pure: the database row shape goes in and out,
// and the moment of the review is always passed in, never read from the clock.
import { createEmptyCard, fsrs, Rating, type Card, type Grade, type State } from "ts-fsrs";
import type { QuestionKind } from "../questions/types";

/** The ReviewCard row's scheduling fields (prisma/schema.prisma mirrors ts-fsrs's Card). */
export interface CardFields {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

export { Rating };
export type { Grade };

export const RATING_NAMES: Record<Grade, string> = {
  [Rating.Again]: "Again",
  [Rating.Hard]: "Hard",
  [Rating.Good]: "Good",
  [Rating.Easy]: "Easy",
};

// Defaults: request retention 0.9, learning steps 1 min and 10 min, no fuzz (so a schedule can be
// tested to the minute).
const scheduler = fsrs();

export interface Outcome {
  /** The attempt's score, 0..1: only 1 (every part right) counts as correct. */
  score: number;
  hintsUsed: number;
  /** From first view to the check; null when unknown (answers submitted at a mock's time-out). */
  durationMs: number | null;
  kind: QuestionKind;
  partCount: number;
}

/**
 * Answering "fast": within this time per part. A concept part is read and chosen in about half a
 * minute; a computation or derivation part is worked by hand, so two minutes is quick; an explain
 * part is a written paragraph, so five minutes is quick.
 */
const FAST_PER_PART_MS: Record<QuestionKind, number> = {
  concept: 30_000,
  computation: 120_000,
  derivation: 120_000,
  explain: 300_000,
};

export function fastThresholdMs(kind: QuestionKind, partCount: number): number {
  return FAST_PER_PART_MS[kind] * Math.max(1, partCount);
}

/**
 * Wrong: Again; right after a hint: Hard; right: Good; right without hints and fast: Easy.
 * Only a variant's first try is rated (lib/study/attempts.ts): a question right only on a retry
 * keeps the Again of its wrong first try, and a give-up is Again, so the schedule, like accuracy,
 * measures what the learner could do unaided the first time.
 */
export function ratingFor(outcome: Outcome): Grade {
  if (outcome.score < 1) return Rating.Again;
  if (outcome.hintsUsed > 0) return Rating.Hard;
  const fast = outcome.durationMs !== null && outcome.durationMs <= fastThresholdMs(outcome.kind, outcome.partCount);
  return fast ? Rating.Easy : Rating.Good;
}

function toCard(fields: CardFields): Card {
  return {
    due: fields.due,
    stability: fields.stability,
    difficulty: fields.difficulty,
    elapsed_days: fields.elapsedDays,
    scheduled_days: fields.scheduledDays,
    learning_steps: fields.learningSteps,
    reps: fields.reps,
    lapses: fields.lapses,
    state: fields.state as State,
    last_review: fields.lastReview ?? undefined,
  };
}

function fromCard(card: Card): CardFields {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** The card after a review rated `rating` at `now`; a template seen for the first time starts as a new card. */
export function scheduleReview(current: CardFields | null, rating: Grade, now: Date): CardFields {
  const card = current ? toCard(current) : createEmptyCard(now);
  return fromCard(scheduler.next(card, now, rating).card);
}
