/**
 * `logistic-intercept-newton` (content map 4): one Newton–Raphson step for an intercept-only logistic
 * regression, the one-dimensional case of IRLS: score Σ(yᵢ − p), information n·p(1 − p), step
 * β₁ = β₀ + score/information. This model happens to have a closed form, β̂ = logit(ȳ), which the last
 * part asks for, and which the library's Newton fit reaches.
 */
import { fitLogistic } from "../../../estimation/models/logistic";
import type { Rng } from "../../../estimation/random";
import { bernoulli } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { integerBetween, logistic, pick, sum, texNumber, texTuple } from "../shared/mle";

/** The updated value can come out near 0: within 0.002 is right, as 4 significant figures on the score and information give. */
const STEP_FLOOR = 0.002;

interface Variant {
  data: { y: number[]; beta0: number };
}

function makeVariant(rng: Rng): Variant {
  const n = integerBetween(rng, 8, 16);
  const p = pick(rng, [0.2, 0.3, 0.4, 0.6, 0.7, 0.8]);
  const y: number[] = Array.from({ length: n }, () => bernoulli(rng, p));
  // Both classes present: with one class only the MLE is ±∞ (separation).
  if (sum(y) === 0) y[0] = 1;
  if (sum(y) === n) y[0] = 0;
  // Equal classes give β̂ = 0 exactly: flip one outcome so that the log-odds are not trivially 0.
  if (2 * sum(y) === n) y[0] = 1 - (y[0] ?? 0);
  // A start where the score is clearly not 0, so that the step goes somewhere.
  const starts = [-1, -0.5, 0, 0.5, 1].filter((beta) => Math.abs(scoreAt(y, beta)) >= 0.3);
  return { data: { y, beta0: pick(rng, starts) } };
}

/** Σ(yᵢ − σ(β)) and n σ(β)(1 − σ(β)) at β: the derivatives of ℓ(β) = Σ yᵢβ − log(1 + e^β). */
function scoreAt(y: readonly number[], beta: number): number {
  return sum(y) - y.length * logistic(beta);
}
function informationAt(y: readonly number[], beta: number): number {
  const p = logistic(beta);
  return y.length * p * (1 - p);
}

export const logisticInterceptNewton = defineComputation({
  id: "logistic-intercept-newton",
  title: "One Newton step for a logistic regression intercept",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["logistic-regression", "newton-raphson", "irls", "score", "fisher-information"],
  source: "lib/estimation logistic (Newton–Raphson / IRLS); McCullagh & Nelder (1989), Generalized Linear Models, §2.5",
  make: makeVariant,
  prompt: ({ data }) =>
    `Binary outcomes $y = ${texTuple(data.y)}$ are modelled by an intercept-only logistic regression: $P(y_i = 1) = \\sigma(\\beta) = 1/(1 + e^{-\\beta})$ for every $i$. Its log-likelihood is $\\ell(\\beta) = \\sum_i \\left[y_i\\beta - \\log(1 + e^{\\beta})\\right]$. Newton's method starts at $\\beta_0 = ${data.beta0}$.`,
  parts: [
    {
      id: "score",
      prompt: "Compute the score $\\ell'(\\beta_0)$.",
      hints: ({ data }) => [
        "$\\dfrac{d}{d\\beta}\\log(1 + e^{\\beta}) = \\sigma(\\beta)$.",
        `So $\\ell'(\\beta) = \\sum_i (y_i - \\sigma(\\beta)) = k - n\\,\\sigma(\\beta)$, with $k$ the number of ones and $n = ${data.y.length}$.`,
        `First compute $\\sigma(${data.beta0}) = 1/(1 + e^{${-data.beta0}})$.`,
      ],
      truth: ({ y, beta0 }) => scoreAt(y, beta0),
      check: ({ y, beta0 }) => ({
        mistakes: [
          {
            tag: "sign-flipped",
            value: -scoreAt(y, beta0),
            message: "The sign is reversed: the score is $\\sum_i (y_i - \\sigma(\\beta))$, observed minus predicted.",
          },
        ],
      }),
    },
    {
      id: "information",
      prompt: "Compute the observed information $-\\ell''(\\beta_0)$.",
      hints: () => [
        "$\\sigma'(\\beta) = \\sigma(\\beta)(1 - \\sigma(\\beta))$.",
        "So $-\\ell''(\\beta) = n\\,\\sigma(\\beta)(1 - \\sigma(\\beta))$: it does not depend on $y$.",
      ],
      truth: ({ y, beta0 }) => informationAt(y, beta0),
      check: ({ y, beta0 }) => ({
        range: { min: 0, name: "an information (minus a concave function's second derivative)" },
        mistakes: [
          {
            tag: "per-observation-information",
            value: informationAt(y, beta0) / y.length,
            message: "That is the information of one observation. Sum over all $n$ of them.",
          },
        ],
      }),
    },
    {
      id: "next",
      prompt: "Take one Newton step: compute $\\beta_1$.",
      hints: () => [
        "Newton–Raphson for a maximum: $\\beta_1 = \\beta_0 - \\ell'(\\beta_0)/\\ell''(\\beta_0)$.",
        "Since $-\\ell''$ is the information, $\\beta_1 = \\beta_0 + \\text{score}/\\text{information}$.",
      ],
      uses: ["score", "information"],
      truth: ({ beta0 }, earlier) => beta0 + earlier("score") / earlier("information"),
      check: ({ beta0 }, truths) => ({
        absoluteTolerance: STEP_FLOOR,
        mistakes: [
          {
            tag: "wrong-sign-step",
            value: beta0 - truths.score / truths.information,
            message:
              "You stepped the wrong way: for a maximum, $\\beta_1 = \\beta_0 + \\ell'/(-\\ell'')$, moving in the direction of the score.",
          },
          {
            tag: "gradient-not-newton",
            value: beta0 + truths.score,
            message: "That is a gradient-ascent step of size 1. Newton divides the score by the information (the curvature).",
          },
        ],
      }),
    },
    {
      id: "mle",
      prompt: "Iterated from a good start, Newton reaches the MLE $\\hat\\beta$. Give it (this model has a closed form).",
      hints: () => [
        "At the maximum the score is 0: $k - n\\,\\sigma(\\hat\\beta) = 0$, so $\\sigma(\\hat\\beta) = k/n$.",
        "Invert the logistic function: $\\hat\\beta = \\log\\dfrac{k/n}{1 - k/n} = \\log\\dfrac{k}{n-k}$.",
      ],
      truth: ({ y }) =>
        fitLogistic(
          y.map(() => []),
          y,
        ).params.coefficients[0] ?? Number.NaN,
      check: ({ y }) => {
        const ones = sum(y);
        return {
          mistakes: [
            {
              tag: "probability-not-logit",
              value: ones / y.length,
              message:
                "That is $\\sigma(\\hat\\beta) = k/n$, the fitted probability. $\\hat\\beta$ is on the log-odds scale: take $\\log(k/(n-k))$.",
            },
            {
              tag: "complement",
              value: Math.log((y.length - ones) / ones),
              message: "That is $\\log((n-k)/k)$, the log-odds of a zero. The model is for $P(y = 1)$: $\\log(k/(n-k))$.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data: { y, beta0 } }, truths) => {
    const n = y.length;
    const ones = sum(y);
    const p = logistic(beta0);
    return [
      `There are $k = ${ones}$ ones in $n = ${n}$ outcomes, and $\\sigma(\\beta_0) = 1/(1 + e^{${-beta0}}) = ${texNumber(p)}$.`,
      `$$\\ell'(\\beta_0) = k - n\\,\\sigma(\\beta_0) = ${ones} - ${n} \\times ${texNumber(p)} = ${texNumber(truths.score)}, \\qquad -\\ell''(\\beta_0) = n\\,\\sigma(\\beta_0)(1 - \\sigma(\\beta_0)) = ${texNumber(truths.information)}.$$`,
      `$$\\beta_1 = \\beta_0 + \\frac{\\ell'(\\beta_0)}{-\\ell''(\\beta_0)} = ${beta0} + \\frac{${texNumber(truths.score)}}{${texNumber(truths.information)}} = ${texNumber(truths.next)}.$$`,
      `The log-likelihood is concave ($\\ell'' < 0$ everywhere), so its maximum is unique: the one point where $\\sigma(\\hat\\beta) = k/n$. Concavity does not make Newton converge: the undamped step can overshoot and diverge from a start far out, where $\\ell''$ is nearly 0 (a step-halving line search fixes that). From this start the iterations do reach the maximum:`,
      `$$\\hat\\beta = \\log\\frac{${ones}}{${n - ones}} = ${texNumber(truths.mle)}.$$`,
      `One step moved from $${texNumber(beta0)}$ to $${texNumber(truths.next)}$, ${Math.abs(truths.next - truths.mle) < Math.abs(beta0 - truths.mle) ? "closer to" : "past"} $\\hat\\beta$. With a predictor $x$ there is no closed form, and the same step in matrix form, $\\beta_{t+1} = \\beta_t + (X^\\top W X)^{-1} X^\\top (y - p)$, is iterated (IRLS).`,
    ].join("\n\n");
  },
});
