// What a check returns to the practice form (plain, serialisable data: it crosses the server
// action boundary).
import type { PartInput, PartStatus } from "@/lib/questions/types";
import type { ExplainReviewView } from "./explain-review";

export interface PartFeedback {
  id: string;
  status: PartStatus;
  messageHtml: string;
  mistake: string | null;
  carriedForward: boolean;
  /**
   * The right answer (a number, or choice ids), only once the question is right or given up: a
   * wrong answer is tried again before the answer is read.
   */
  expected: number | string | string[] | null;
  /**
   * Explain parts, once the written answer has been sent: the model answer and the rubric to tick
   * (rendered on the server). Absent on every other part.
   */
  review?: ExplainReviewView | null;
  /** Explain parts: graded by the learner's own ticks, with this share of essential points. */
  selfAssessed?: boolean;
  partScore?: number | null;
}

export type CheckState =
  | { kind: "idle" }
  | { kind: "error"; message: string }
  | {
      kind: "graded";
      score: number;
      recorded: boolean;
      parts: PartFeedback[];
      /** The worked solution, only once every part is right or the learner gave up. */
      solutionHtml: string | null;
      /** This check was the learner giving up (a `reveal` request). */
      gaveUp?: boolean;
      /** A word on how this check counts ("practice: the first answer counts"), when it is not plain. */
      note?: string | null;
    };

/** A part as the form renders it: Markdown already turned into HTML on the server. */
export interface FormPart {
  id: string;
  promptHtml: string;
  input: PartInput;
  /** `labelText`: a plain-text name when the label holds a formula (see math-text.ts). */
  choices: { id: string; labelHtml: string; labelText?: string }[];
  hintsHtml: string[];
  /** Expression parts: the names a formula may use, each meaning rendered from Markdown on the server. */
  symbols?: { name: string; meaningHtml: string }[];
}

/** What the learner has typed or chosen, per part: text for number and choice parts, ids for multi and order. */
export type AnswerValues = Record<string, string | string[]>;
