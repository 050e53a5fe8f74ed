/**
 * The shapes of the question API (docs/question-api.md). A template turns a seed into a
 * variant (prompt, data, parts) and grades answers to that variant; answers never leave the
 * server before a check.
 */

export type Difficulty = "easy" | "medium" | "hard";
export type QuestionKind = "computation" | "concept" | "derivation" | "explain";
export type PartInput = "number" | "choice" | "multi" | "order" | "expression" | "explain";

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
  /** Expression parts: the symbols a formula may use, with their meanings (Markdown with TeX). */
  symbols?: { name: string; meaning: string }[];
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
  /** The true value (numbers), the right choice ids, or one correct formula (expression parts). */
  expected?: number | string | string[];
  /** Explain parts, once the written answer is in: the key points to tick, and the model answer. */
  rubric?: RubricPoint[];
  modelAnswer?: string;
  /** Explain parts: the score is the learner's own judgement against the rubric. */
  selfAssessed?: boolean;
  /** A part's own score when it is not all or nothing (explain: the share of essential points covered). */
  score?: number;
}

/** One key point of an explain part's rubric. Essential points make the score; bonus points do not. */
export interface RubricPoint {
  id: string;
  /** Markdown with TeX. */
  text: string;
  essential: boolean;
}

/** Explain parts: the rubric points the learner ticked, per part id. */
export type Assessment = Record<string, readonly string[] | undefined>;

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
  grade(seed: number, answers: Answers, assessment?: Assessment): GradeResult;
  /** A fully right set of answers for a seed (the truths, typed at full precision): for tests and tools. */
  answerKey(seed: number): Record<string, string | string[]>;
  /** Explain templates: every rubric point ticked, the self-assessment of a full answer. */
  assessmentKey?(seed: number): Record<string, string[]>;
  /**
   * Computational templates: the true value of every numeric part recomputed from the variant's public
   * `data` alone, so tests can prove that the numbers the learner sees are the ones the solver used.
   */
  truths?(data: Record<string, unknown>): Record<string, number>;
}
