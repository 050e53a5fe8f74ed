/**
 * The shapes of the question API (PRODUCT.md, "Question API"). A template turns a seed into a
 * variant (prompt, data, parts) and grades answers to that variant; answers never leave the
 * server before a check.
 */

export type Difficulty = "easy" | "medium" | "hard";
export type QuestionKind = "computation" | "concept";
export type PartInput = "number" | "choice" | "multi" | "order";

export interface QuestionSummary {
  id: string;
  title: string;
  topic: string;
  difficulty: Difficulty;
  kind: QuestionKind;
}

export interface Choice {
  id: string;
  label: string;
}

/** A part as the learner sees it. Prompts and hints are Markdown with TeX. */
export interface PublicPart {
  id: string;
  prompt: string;
  input: PartInput;
  choices?: Choice[];
  hints: string[];
}

/** A variant as `GET /api/questions/:id?seed=N` returns it: never the answers. */
export interface PublicVariant {
  id: string;
  seed: number;
  title: string;
  topic: string;
  prompt: string;
  data: Record<string, unknown>;
  parts: PublicPart[];
}

export type PartStatus = "correct" | "incorrect" | "invalid" | "imprecise" | "unanswered";

export interface PartResult {
  id: string;
  status: PartStatus;
  message: string;
  /** A known mistake, as a short kebab-case tag (`n-minus-1`, `complement`, ...). */
  mistake?: string;
  /** Graded correct against the learner's own wrong earlier answer. */
  carriedForward?: boolean;
  /** The true value (numbers) or the right choice ids. */
  expected?: number | string | string[];
}

export interface GradeResult {
  /** Fraction of parts correct, 0..1. */
  score: number;
  parts: PartResult[];
  /** The worked solution with this variant's numbers, Markdown with TeX. */
  solution: string;
}

/**
 * A grade as the learner receives it (lib/questions/reveal.ts): the solution and the expected values
 * only once every part is right or the learner gives up, so a wrong answer is tried again before
 * the answer is read.
 */
export interface PublicGradeResult extends Omit<GradeResult, "solution"> {
  solution: string | null;
}

/** What the learner sent: typed text per part, or choice ids. */
export type Answers = Record<string, string | string[] | undefined>;

export interface QuestionTemplate extends QuestionSummary {
  /** Short kebab-case labels (`gmm`, `variance`, `two-coins`) for search and study-session filters. */
  tags: readonly string[];
  /** Where the content comes from: a textbook section, a paper, or the library model that computes the truth. */
  source: string;
  /** The ids of the parts, the same for every seed (validation needs them without a variant). */
  partIds: readonly string[];
  /** Same seed, same variant, on every machine. */
  generate(seed: number): PublicVariant;
  grade(seed: number, answers: Answers): GradeResult;
  /** A fully right set of answers for a seed (the truths, typed at full precision): for tests and tools. */
  answerKey(seed: number): Record<string, string | string[]>;
  /**
   * Computational templates: the true value of every numeric part recomputed from the variant's public
   * `data` alone, so tests can prove that the numbers the learner sees are the ones the solver used.
   */
  truths?(data: Record<string, unknown>): Record<string, number>;
}
