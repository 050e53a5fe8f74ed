// A question's status for one learner, as the question list shows it. Types only, without the
// database, so components can import them (the status is read in lib/study/question-status.ts).

export type QuestionState = "new" | "attempted" | "solved";

export interface QuestionStatus {
  state: QuestionState;
  /** Graded checks of any variant, retries included. */
  checks: number;
  /** The most recent graded check. */
  last: { correct: boolean; at: Date } | null;
}
