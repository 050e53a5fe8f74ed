// The end of a session: the score by the first-answer rule, the time, how each topic went, and
// every question with the learner's answer beside the truth and the named mistakes.
import { getTemplate } from "../questions";
import { TOPICS } from "../questions/topics";
import type { Assessment, QuestionTemplate, RubricPoint } from "../questions/types";
import type { SessionItemView, SessionView } from "./session-view";
import { mistakeTags, type StoredAnswers, type StoredPart } from "./stored";

/** Said beside every score a session shows. */
export const SESSION_SCORE_RULE = "First answer per question; retries don't count, and giving up counts as not correct.";

export interface TopicTally {
  topic: string;
  total: number;
  correct: number;
}

/**
 * A value to show: the learner's typed text (plain text, never Markdown), or choices by their labels
 * (the template's Markdown, safe to render), or nothing.
 */
export type ShownValue = { kind: "text"; text: string } | { kind: "choices"; labels: string[] } | { kind: "none" };

/**
 * An explain part in a review: the learner's written text (plain text), the model answer and the
 * rubric (the template's Markdown), the points the learner ticked, and the self-assessed score.
 */
export interface ExplainReview {
  written: string;
  modelAnswer: string;
  rubric: RubricPoint[];
  covered: string[];
  /** The share of essential points ticked; null when the text was never self-assessed. */
  score: number | null;
}

export interface PartReview {
  id: string;
  /** The part's grade in the question's answer: correct, incorrect, … or "unanswered". */
  status: string;
  mistake: string | null;
  answer: ShownValue;
  truth: ShownValue;
  /** Explain parts only: shown as the written answer beside the model answer and the rubric. */
  explain?: ExplainReview;
}

export interface ItemReview {
  position: number;
  templateId: string;
  title: string;
  topic: string;
  /** Right (first answer), wrong, given up, or never answered. */
  status: "correct" | "incorrect" | "gave-up" | "unanswered";
  score: number;
  /** The named mistakes of the answer, each once. */
  mistakes: string[];
  /** The score is the learner's own, ticked against a rubric (an explain question). */
  selfAssessed: boolean;
  parts: PartReview[];
}

export interface SessionSummary {
  total: number;
  answered: number;
  correct: number;
  /** Mean score over the questions, unanswered ones counting 0. */
  score: number;
  /**
   * Mock interview: the time used, from the start to the submission or the deadline. Practice:
   * the time spent on the questions answered (a session may be resumed days later).
   */
  timeMs: number | null;
  timeLimitMs: number | null;
  timedOut: boolean;
  byTopic: TopicTally[];
  /** Every question, in order. */
  items: ItemReview[];
  /** The questions not right: wrong, given up or unanswered. */
  mistakes: ItemReview[];
  /** How many answered questions have a self-assessed score (explain questions). */
  selfAssessed: number;
}

/** A number at the precision a person writes it (4 significant figures); other text as it is. */
function tidyNumber(text: string): string {
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) && !Number.isInteger(value) ? String(Number(value.toPrecision(4))) : text;
}

function shown(template: QuestionTemplate, seed: number, partId: string, value: unknown, isTruth: boolean): ShownValue {
  if (value === undefined || value === null || value === "") return { kind: "none" };
  const choices = template.generate(seed).parts.find((part) => part.id === partId)?.choices;
  const ids = Array.isArray(value) ? value.map(String) : [String(value)];
  if (choices && choices.length > 0) {
    return { kind: "choices", labels: ids.map((id) => choices.find((choice) => choice.id === id)?.label ?? id) };
  }
  const text = ids.join(", ");
  return { kind: "text", text: isTruth || typeof value === "number" ? tidyNumber(text) : text };
}

/** The rubric points ticked, per part, as stored with the attempt. */
export function storedAssessment(parts: readonly StoredPart[]): Assessment {
  return Object.fromEntries(parts.flatMap((part) => (part.covered ? [[part.id, part.covered]] : [])));
}

/**
 * An explain part's review: its model answer and rubric come from grading the learner's text, or the
 * answer key's when nothing was written (the review is open once the session is over).
 */
function explainReview(
  template: QuestionTemplate,
  seed: number,
  id: string,
  answers: StoredAnswers,
  part: StoredPart | undefined,
): ExplainReview | undefined {
  const written = typeof answers[id] === "string" ? answers[id] : "";
  const text = written.trim() === "" ? template.answerKey(seed)[id] : written;
  const revealed = template.grade(seed, { [id]: text }).parts.find((candidate) => candidate.id === id);
  if (!revealed?.modelAnswer || !revealed.rubric) return undefined;
  return {
    written,
    modelAnswer: revealed.modelAnswer,
    rubric: revealed.rubric,
    covered: part?.covered ?? [],
    score: part?.selfAssessed ? (part.score ?? null) : null,
  };
}

function reviewParts(item: SessionItemView): PartReview[] {
  const template = getTemplate(item.templateId);
  if (!template) return [];
  const answers: StoredAnswers = item.attempt?.answers ?? {};
  // A written answer never self-assessed (a mock that ran out of time) is still the learner's: its draft.
  const writtenOf = (id: string) => (item.attempt === null ? (item.draft ?? {}) : answers)[id];
  const stored = new Map((item.attempt?.parts ?? []).map((part) => [part.id, part]));
  const graded = template.grade(item.seed, answers, storedAssessment(item.attempt?.parts ?? []));
  const key = template.answerKey(item.seed);
  const inputs = new Map(template.generate(item.seed).parts.map((part) => [part.id, part.input]));
  return template.partIds.map((id) => {
    const part = stored.get(id);
    const expected = graded.parts.find((candidate) => candidate.id === id)?.expected ?? key[id];
    const review: PartReview = {
      id,
      status: part?.status ?? "unanswered",
      mistake: part?.mistake ?? null,
      answer: shown(template, item.seed, id, answers[id], false),
      truth: shown(template, item.seed, id, expected, true),
    };
    if (inputs.get(id) === "explain") {
      const explain = explainReview(template, item.seed, id, { [id]: writtenOf(id) ?? "" }, part);
      if (explain) {
        review.explain = explain;
        review.truth = { kind: "none" };
      }
    }
    return review;
  });
}

function reviewItem(item: SessionItemView): ItemReview {
  const attempt = item.attempt;
  return {
    position: item.position,
    templateId: item.templateId,
    title: item.title,
    topic: item.topic,
    status: attempt === null ? "unanswered" : attempt.gaveUp ? "gave-up" : attempt.correct ? "correct" : "incorrect",
    score: attempt?.score ?? 0,
    mistakes: mistakeTags(attempt?.parts ?? []),
    selfAssessed: (attempt?.parts ?? []).some((part) => part.selfAssessed === true),
    parts: reviewParts(item),
  };
}

export function summarizeSession(session: SessionView): SessionSummary {
  const items = session.items;
  const answered = items.filter((item) => item.attempt !== null);
  const correct = answered.filter((item) => item.attempt?.correct === true).length;
  const score = items.length === 0 ? 0 : items.reduce((sum, item) => sum + (item.attempt?.score ?? 0), 0) / items.length;

  let timeMs: number | null = null;
  if (session.mode === "mock" && session.completedAt) {
    const end = session.deadlineAt && session.deadlineAt < session.completedAt ? session.deadlineAt : session.completedAt;
    timeMs = Math.max(0, end.getTime() - session.startedAt.getTime());
  } else {
    const durations = answered.flatMap((item) => (item.attempt?.durationMs == null ? [] : [item.attempt.durationMs]));
    timeMs = durations.length > 0 ? durations.reduce((sum, value) => sum + value, 0) : null;
  }

  const topicOrder = Object.keys(TOPICS);
  const byTopic = new Map<string, TopicTally>();
  for (const item of items) {
    const tally = byTopic.get(item.topic) ?? { topic: item.topic, total: 0, correct: 0 };
    tally.total += 1;
    if (item.attempt?.correct) tally.correct += 1;
    byTopic.set(item.topic, tally);
  }
  const reviews = items.map(reviewItem);

  return {
    total: items.length,
    answered: answered.length,
    correct,
    score,
    timeMs,
    timeLimitMs: session.timeLimitSeconds === null ? null : session.timeLimitSeconds * 1000,
    timedOut:
      session.mode === "mock" && session.completedAt !== null && session.deadlineAt !== null && session.completedAt >= session.deadlineAt,
    byTopic: [...byTopic.values()].sort((a, b) => topicOrder.indexOf(a.topic) - topicOrder.indexOf(b.topic)),
    items: reviews,
    mistakes: reviews.filter((review) => review.status !== "correct"),
    selfAssessed: reviews.filter((review) => review.selfAssessed).length,
  };
}
