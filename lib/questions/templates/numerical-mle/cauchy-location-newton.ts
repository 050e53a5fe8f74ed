/**
 * `cauchy-location-newton` (content map 4): the Cauchy location MLE has no closed form, and its
 * log-likelihood is not concave, so Newton's method needs a good start: the sample median. The
 * learner computes the score and the second derivative at the median and takes one Newton step.
 * Variants keep ℓ'' < 0 at the start (a step towards a maximum); the solution says why that matters.
 */
import type { Rng } from "../../../estimation/random";
import { normal, roundTo } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { drawSome, integerBetween, sum, texNumber, texTuple } from "../shared/mle";

/** The updated value can come out near 0: within 0.002 is right, as 4 significant figures on the score and information give. */
const STEP_FLOOR = 0.002;

interface Variant {
  data: { sample: number[]; theta0: number };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) / 2] as number;
}

function draw(rng: Rng): Variant | null {
  const n = 5;
  const location = integerBetween(rng, -3, 5);
  // A standard Cauchy is a ratio of two independent standard normals (no trigonometry, so the
  // draw is the same on every machine); clipped so that the numbers stay hand-sized.
  const sample = Array.from({ length: n }, () => {
    const draw = Math.max(-6, Math.min(6, normal(rng) / normal(rng)));
    return roundTo(location + draw, 1);
  });
  const theta0 = median(sample);
  const { score, hessian } = derivativesAt(sample, theta0);
  // A clear score, and a negative second derivative, so that the step is a step towards a maximum.
  if (new Set(sample).size < n || Math.abs(score) < 0.1 || hessian > -0.2) return null;
  return { data: { sample, theta0 } };
}

const makeVariant = (rng: Rng): Variant => drawSome(rng, draw);

/**
 * For the standard-scale Cauchy, ℓ(θ) = −Σ log(1 + uᵢ²) + const with uᵢ = xᵢ − θ:
 * ℓ'(θ) = Σ 2uᵢ/(1 + uᵢ²) and ℓ''(θ) = Σ 2(uᵢ² − 1)/(1 + uᵢ²)².
 */
function derivativesAt(sample: readonly number[], theta: number): { score: number; hessian: number } {
  const residuals = sample.map((x) => x - theta);
  return {
    score: sum(residuals.map((u) => (2 * u) / (1 + u * u))),
    hessian: sum(residuals.map((u) => (2 * (u * u - 1)) / (1 + u * u) ** 2)),
  };
}

export const cauchyLocationNewton = defineComputation({
  id: "cauchy-location-newton",
  title: "Cauchy location: one Newton step from the median",
  topic: "mle-numerical",
  difficulty: "hard",
  tags: ["cauchy", "newton-raphson", "non-concave", "starting-point", "no-closed-form"],
  source:
    "Barnett (1966), Biometrika 53, 151–165 (multiple roots of the Cauchy likelihood equation); Lehmann & Casella (1998), Theory of Point Estimation, §6.4 (one-step estimators)",
  make: makeVariant,
  prompt: ({ data }) =>
    `The sample $x = ${texTuple(data.sample)}$ is modelled as independent Cauchy draws with location $\\theta$ and scale 1: $f(x \\mid \\theta) = \\dfrac{1}{\\pi\\left(1 + (x - \\theta)^2\\right)}$. Newton's method starts at the sample median, $\\theta_0 = ${data.theta0}$.`,
  parts: [
    {
      id: "score",
      prompt: "Compute the score $\\ell'(\\theta_0)$.",
      hints: () => [
        "$\\ell(\\theta) = -n\\log\\pi - \\sum_i \\log\\left(1 + (x_i - \\theta)^2\\right)$.",
        "With $u_i = x_i - \\theta$: $\\ell'(\\theta) = \\sum_i \\dfrac{2u_i}{1 + u_i^2}$.",
        "The observation at the median has $u_i = 0$ and contributes nothing.",
      ],
      truth: ({ sample, theta0 }) => derivativesAt(sample, theta0).score,
      check: ({ sample, theta0 }) => ({
        mistakes: [
          {
            tag: "sign-flipped",
            value: -derivativesAt(sample, theta0).score,
            message:
              "The sign is reversed: $\\frac{d}{d\\theta}\\left[-\\log(1 + (x-\\theta)^2)\\right] = +\\dfrac{2(x - \\theta)}{1 + (x-\\theta)^2}$.",
          },
        ],
      }),
    },
    {
      id: "hessian",
      prompt: "Compute the second derivative $\\ell''(\\theta_0)$.",
      hints: () => [
        "Differentiate $\\dfrac{2u}{1 + u^2}$ with respect to $\\theta$ (note $du/d\\theta = -1$).",
        "$\\ell''(\\theta) = \\sum_i \\dfrac{2(u_i^2 - 1)}{(1 + u_i^2)^2}$: observations far from $\\theta$ ($|u_i| > 1$) add positive terms, which is why $\\ell$ is not concave.",
      ],
      truth: ({ sample, theta0 }) => derivativesAt(sample, theta0).hessian,
      check: ({ sample, theta0 }) => ({
        mistakes: [
          {
            tag: "sign-flipped",
            value: -derivativesAt(sample, theta0).hessian,
            message: "The sign is reversed: each term is $2(u_i^2 - 1)/(1 + u_i^2)^2$, negative for observations close to $\\theta$.",
          },
        ],
      }),
    },
    {
      id: "next",
      prompt: "Take one Newton step: compute $\\theta_1 = \\theta_0 - \\ell'(\\theta_0)/\\ell''(\\theta_0)$.",
      hints: () => [
        "Newton's method fits a parabola to $\\ell$ at $\\theta_0$ and jumps to its vertex.",
        "With $\\ell'' < 0$ the parabola opens downwards and the step moves in the direction of the score.",
      ],
      uses: ["score", "hessian"],
      truth: ({ theta0 }, earlier) => theta0 - earlier("score") / earlier("hessian"),
      check: ({ theta0 }, truths) => ({
        absoluteTolerance: STEP_FLOOR,
        mistakes: [
          {
            tag: "wrong-sign-step",
            value: theta0 + truths.score / truths.hessian,
            message: "You added $\\ell'/\\ell''$. Newton subtracts it: $\\theta_1 = \\theta_0 - \\ell'(\\theta_0)/\\ell''(\\theta_0)$.",
          },
          {
            tag: "gradient-not-newton",
            value: theta0 + truths.score,
            message: "That is a gradient-ascent step of size 1. Newton divides the score by the curvature.",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { sample, theta0 } }, truths) => {
    const residuals = sample.map((x) => roundTo(x - theta0, 1));
    return [
      `The residuals $u_i = x_i - ${theta0 < 0 ? `(${theta0})` : theta0}$ are $(${residuals.join(", ")})$.`,
      `$$\\ell'(\\theta_0) = \\sum_i \\frac{2u_i}{1 + u_i^2} = ${texNumber(truths.score)}, \\qquad \\ell''(\\theta_0) = \\sum_i \\frac{2(u_i^2 - 1)}{(1 + u_i^2)^2} = ${texNumber(truths.hessian)}.$$`,
      `$$\\theta_1 = \\theta_0 - \\frac{\\ell'(\\theta_0)}{\\ell''(\\theta_0)} = ${theta0} - \\frac{${texNumber(truths.score)}}{${texNumber(truths.hessian)}} = ${texNumber(truths.next)}.$$`,
      "The Cauchy log-likelihood can have several local maxima, and far from the data $\\ell'' > 0$, where a Newton step heads for a minimum. Starting at the median, a consistent estimate, keeps Newton near the right maximum; one step from it is already as efficient asymptotically as the MLE (a one-step estimator).",
    ].join("\n\n");
  },
});
