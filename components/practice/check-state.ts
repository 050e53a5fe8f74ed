// What a check returns to the practice form (plain, serialisable data: it crosses the server
// action boundary).
import type { PartInput, PartStatus } from "@/lib/questions/types";

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
}

/** What the learner has typed or chosen, per part: text for number and choice parts, ids for multi and order. */
export type AnswerValues = Record<string, string | string[]>;
