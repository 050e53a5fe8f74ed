/** Default relative tolerance of a numeric part: 0.5 % of the true value. */
export const DEFAULT_RELATIVE_TOLERANCE = 0.005;
/** Default absolute tolerance when the true value is exactly 0 (a relative one would demand exactly 0). */
export const DEFAULT_ABSOLUTE_TOLERANCE_AT_ZERO = 0.0005;

// Floating-point slack so that a value exactly on the boundary (0.201 for 0.2 at 0.5 %) counts as inside:
// 0.201 - 0.2 is 0.0010000000000000009 in binary, a hair above 0.005 × 0.2.
const BOUNDARY_SLACK = 1e-9;

/**
 * Whether `value` is within `tolerance` (relative) of `target`; when `target` is 0, within
 * `absoluteToleranceAtZero` of it. Both bounds are inclusive.
 *
 * @example
 * isWithinTolerance(0.201, 0.2)    // true  (exactly 0.5 %)
 * isWithinTolerance(0.20101, 0.2)  // false (0.505 %)
 * isWithinTolerance(0.0004, 0)     // true
 */
export function isWithinTolerance(
  value: number,
  target: number,
  tolerance: number = DEFAULT_RELATIVE_TOLERANCE,
  absoluteToleranceAtZero: number = DEFAULT_ABSOLUTE_TOLERANCE_AT_ZERO,
): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(target)) return false;
  const allowed = target === 0 ? absoluteToleranceAtZero : tolerance * Math.abs(target);
  return Math.abs(value - target) <= allowed * (1 + BOUNDARY_SLACK);
}

/** Relative distance |value − target| / |target| (absolute distance when target is 0). */
export function relativeDistance(value: number, target: number): number {
  const distance = Math.abs(value - target);
  return target === 0 ? distance : distance / Math.abs(target);
}
