// Study sessions and mock interviews, by job: start (session-start), read (session-view), save
// typed answers (session-draft), check a question (session-check), finish (session-finish) and
// sum up (session-summary). This module gathers them for the pages.
export { DEADLINE_GRACE_MS, type SessionMode } from "./session-rows";
export { startStudySession, type StartResult } from "./session-start";
export {
  finishExpiredSessions,
  getStudySession,
  listStudySessions,
  openStudySessions,
  type ItemAttempt,
  type SessionItemView,
  type SessionListEntry,
  type SessionView,
  type StoredPart,
} from "./session-view";
export { saveDraft, type SaveDraftResult } from "./session-draft";
export { checkSessionItem, type SessionCheck, type SessionCheckInput } from "./session-check";
export { finishStudySession, type FinishResult } from "./session-finish";
export {
  SESSION_SCORE_RULE,
  storedAssessment,
  summarizeSession,
  type ItemReview,
  type ExplainReview,
  type PartReview,
  type SessionSummary,
  type ShownValue,
  type TopicTally,
} from "./session-summary";
