/**
 * Safeguarded Newton for a monotone function of one positive variable, run to machine precision:
 * the root finder of the profile equations of the gamma and Weibull shapes.
 *
 * Each step narrows a bracket [lower, upper] that holds the root, using the sign of f at the
 * current point and the known direction of f; a Newton step that would leave the bracket is
 * replaced by bisection, so the iteration cannot diverge however poor f′ is away from the root.
 * The bracket test is inclusive: for nearly constant data the gamma root sits on its bound 1/(2s)
 * to double precision, and an exclusive test would bisect away from it.
 *
 * Stopping rules (a fixed tolerance on f would be either too loose or unreachable, since the
 * rounding noise of f depends on the data):
 * - f(x) is exactly 0;
 * - the last step was below two ulps of x (the next double is as close as it gets);
 * - Newton is in its quadratic phase (last step ≤ 1e-8·x) yet |f| no longer halves: |f| has
 *   reached its rounding noise, and further steps would only bounce between neighbouring doubles
 *   (a step threshold alone could then loop forever).
 * If none fires within `maxSteps`, the point with the smallest |f| seen is returned, unconverged.
 *
 * Reference: W. H. Press et al. (2007), Numerical Recipes, 3rd ed., §9.4 (Newton with bisection
 * safeguard, `rtsafe`).
 *
 * Cost: one evaluation of f and f′ per step.
 */

/** f(x) and f′(x) at one point. */
export interface NewtonEvaluation {
  value: number;
  slope: number;
}

export interface SafeguardedNewtonProblem {
  evaluate: (x: number) => NewtonEvaluation;
  /** f increases in x (f < 0 means the root lies above x); otherwise f decreases. */
  increasing: boolean;
  /** A bracket inside (0, ∞) that holds the root, and a start inside it. */
  lower: number;
  upper: number;
  start: number;
  maxSteps: number;
}

export interface NewtonRoot {
  root: number;
  /** Newton (or bisection) steps taken. */
  iterations: number;
  /** A stopping rule fired; false when `maxSteps` ran out. */
  converged: boolean;
}

export function safeguardedNewton(problem: SafeguardedNewtonProblem): NewtonRoot {
  const { evaluate, increasing, maxSteps } = problem;
  let { lower, upper } = problem;
  let x = problem.start;
  let iterations = 0;
  let converged = false;
  let best = x;
  let bestResidual = Number.POSITIVE_INFINITY;
  let previousResidual = Number.POSITIVE_INFINITY;
  let previousStep = Number.POSITIVE_INFINITY;
  while (iterations < maxSteps) {
    const { value, slope } = evaluate(x);
    const size = Math.abs(value);
    if (size < bestResidual) {
      best = x;
      bestResidual = size;
    }
    if (value === 0 || (previousStep <= 1e-8 * x && size > 0.5 * previousResidual)) {
      converged = true;
      break;
    }
    const rootAbove = increasing ? value < 0 : value > 0;
    if (rootAbove) lower = x;
    else upper = x;
    let next = x - value / slope;
    if (!(next >= lower && next <= upper)) next = 0.5 * (lower + upper);
    iterations += 1;
    previousStep = Math.abs(next - x);
    previousResidual = size;
    x = next;
    if (previousStep <= 2 * Number.EPSILON * x) {
      converged = true;
      best = x;
      break;
    }
  }
  return { root: best, iterations, converged };
}
