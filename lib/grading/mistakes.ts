import type { MistakeTag } from "./mistake-tags";
import { DEFAULT_ABSOLUTE_TOLERANCE_AT_ZERO, DEFAULT_RELATIVE_TOLERANCE, isWithinTolerance, relativeDistance } from "./tolerance";

/**
 * A known wrong answer that a template computes for its variant, such as the variance divided by n − 1.
 * `tag` is a short kebab-case name (`n-minus-1`, `unnormalised-responsibilities`); `message` says in words
 * what went wrong ("You divided by n − 1: the MLE of the variance divides by n.").
 */
export interface MistakeCandidate {
  tag: MistakeTag;
  value: number;
  message: string;
}

/** The known mistake a learner's number was recognised as. */
export interface MistakeMatch {
  tag: MistakeTag;
  message: string;
}

export interface MistakeMatchOptions {
  /** Absolute tolerance used for a candidate whose value is 0 (default 0.0005). */
  absoluteToleranceAtZero?: number;
  /** An absolute band on top of the relative one (a part whose accepted band is absolute uses it for its mistakes too). */
  absoluteTolerance?: number;
  /** The true value: when the learner's number is within tolerance of it, no mistake is reported. */
  truth?: number;
}

/**
 * Names the known mistake that `value` matches, or returns null.
 *
 * A candidate matches when `value` is within `tolerance` (relative; absolute at a candidate of 0) of the
 * candidate's value. The truth wins: when `options.truth` is given and `value` is within tolerance of it,
 * nothing is reported even if a candidate matches too. When several candidates match, the closest one
 * (smallest relative distance) is returned; on a tie, the first listed. Candidates whose value is not
 * finite are ignored, so a template may pass a mistake that cannot be computed for its variant.
 *
 * Cost: O(number of candidates).
 *
 * @example
 * matchMistake(2.5, [{ tag: "n-minus-1", value: 2.5, message: "You divided by n − 1." }], 0.005, { truth: 2 })
 * // { tag: "n-minus-1", message: "You divided by n − 1." }
 */
export function matchMistake(
  value: number,
  candidates: readonly MistakeCandidate[],
  tolerance: number = DEFAULT_RELATIVE_TOLERANCE,
  options: MistakeMatchOptions = {},
): MistakeMatch | null {
  const absoluteAtZero = options.absoluteToleranceAtZero ?? DEFAULT_ABSOLUTE_TOLERANCE_AT_ZERO;
  if (!Number.isFinite(value)) return null;
  const absolute = options.absoluteTolerance ?? 0;
  const near = (target: number) => isWithinTolerance(value, target, tolerance, absoluteAtZero) || Math.abs(value - target) <= absolute;
  if (options.truth !== undefined && near(options.truth)) return null;
  let best: MistakeCandidate | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (!Number.isFinite(candidate.value)) continue;
    if (!near(candidate.value)) continue;
    const distance = relativeDistance(value, candidate.value);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? { tag: best.tag, message: best.message } : null;
}
