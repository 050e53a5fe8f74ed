/** What of a grade the learner may see: see `PublicGradeResult`. */
import type { GradeResult, PublicGradeResult } from "./types";

/** A part graded right or wrong: it is recorded, and it unlocks the worked solution. */
export function isGraded(result: GradeResult): boolean {
  return result.parts.some((part) => part.status === "correct" || part.status === "incorrect");
}

export function publicGrade(result: GradeResult): PublicGradeResult {
  return isGraded(result) ? result : { ...result, solution: null };
}
