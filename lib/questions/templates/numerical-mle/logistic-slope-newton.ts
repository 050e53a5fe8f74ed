/**
 * `logistic-slope-newton` (content map 4): one Newton–Raphson step for a logistic regression with a
 * single coefficient and no intercept, logit P(yᵢ = 1) = βxᵢ. Unlike the intercept-only model there
 * is no closed form: the score equation Σ xᵢ(yᵢ − σ(βxᵢ)) = 0 is solved by iterating this step
 * (IRLS in one dimension). The truths are the textbook formulas; the test recomputes them independently.
 */
import type { Rng } from "../../../estimation/random";
import { bernoulli } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { drawSome, integerBetween, logistic, pick, sum, texNumber, texTuple } from "../shared/mle";

interface Variant {
  data: { x: number[]; y: number[]; beta0: number };
}

function draw(rng: Rng): Variant | null {
  const n = integerBetween(rng, 5, 7);
  const slope = pick(rng, [-1, -0.5, 0.5, 1]);
  const x = Array.from({ length: n }, () => pick(rng, [-2, -1, 1, 2]));
  const y = x.map((xi) => bernoulli(rng, logistic(slope * xi)));
  const beta0 = pick(rng, [0, 0, 0.5, -0.5]);
  // A score of (nearly) 0 at the start makes the step trivial: draw again.
  if (Math.abs(scoreAt(x, y, beta0)) < 0.3) return null;
  return { data: { x, y, beta0 } };
}

const makeVariant = (rng: Rng): Variant => drawSome(rng, draw);

/** Σ xᵢ(yᵢ − σ(βxᵢ)): the derivative of ℓ(β) = Σ yᵢβxᵢ − log(1 + e^{βxᵢ}). */
function scoreAt(x: readonly number[], y: readonly number[], beta: number): number {
  return sum(x.map((xi, i) => xi * ((y[i] as number) - logistic(beta * xi))));
}
/** Σ xᵢ² σ(βxᵢ)(1 − σ(βxᵢ)) = −ℓ''(β). */
function informationAt(x: readonly number[], beta: number): number {
  return sum(x.map((xi) => xi ** 2 * logistic(beta * xi) * (1 - logistic(beta * xi))));
}

export const logisticSlopeNewton = defineComputation({
  id: "logistic-slope-newton",
  title: "One Newton step for a logistic regression coefficient",
  topic: "mle-numerical",
  difficulty: "hard",
  tags: ["logistic-regression", "newton-raphson", "irls", "no-closed-form"],
  source: "McCullagh & Nelder (1989), Generalized Linear Models, §2.5 (IRLS); Hastie, Tibshirani & Friedman (2009), ESL §4.4.1",
  make: makeVariant,
  prompt: ({ data }) =>
    `Pairs $(x_i, y_i)$ with $x = ${texTuple(data.x)}$ and $y = ${texTuple(data.y)}$ are modelled by a logistic regression without intercept: $P(y_i = 1) = \\sigma(\\beta x_i) = 1/(1 + e^{-\\beta x_i})$. Newton's method starts at $\\beta_0 = ${data.beta0}$.`,
  parts: [
    {
      id: "score",
      prompt: "Compute the score $\\ell'(\\beta_0)$.",
      hints: ({ data }) => [
        "$\\ell(\\beta) = \\sum_i \\left[y_i\\beta x_i - \\log(1 + e^{\\beta x_i})\\right]$; by the chain rule $\\frac{d}{d\\beta}\\log(1 + e^{\\beta x_i}) = x_i\\,\\sigma(\\beta x_i)$.",
        "So $\\ell'(\\beta) = \\sum_i x_i\\,(y_i - \\sigma(\\beta x_i))$: residuals weighted by $x_i$.",
        data.beta0 === 0
          ? "At $\\beta_0 = 0$ every $\\sigma(0) = \\tfrac12$."
          : `At $\\beta_0 = ${data.beta0}$, $x_i$ takes few values: compute $\\sigma(${data.beta0} x_i)$ once per distinct $x_i$.`,
      ],
      truth: ({ x, y, beta0 }) => scoreAt(x, y, beta0),
      check: ({ x, y, beta0 }) => ({
        mistakes: [
          {
            tag: "x-omitted",
            value: sum(y.map((yi, i) => yi - logistic(beta0 * (x[i] as number)))),
            message: "You summed the residuals $y_i - \\sigma(\\beta x_i)$ without the factor $x_i$ that the chain rule brings.",
          },
          {
            tag: "sign-flipped",
            value: -scoreAt(x, y, beta0),
            message: "The sign is reversed: the score is $\\sum_i x_i(y_i - \\sigma(\\beta x_i))$, observed minus predicted.",
          },
        ],
      }),
    },
    {
      id: "information",
      prompt: "Compute the observed information $-\\ell''(\\beta_0)$.",
      hints: () => [
        "Differentiate the score again: $\\frac{d}{d\\beta}\\sigma(\\beta x_i) = x_i\\,\\sigma(\\beta x_i)(1 - \\sigma(\\beta x_i))$.",
        "$-\\ell''(\\beta) = \\sum_i x_i^2\\,\\sigma(\\beta x_i)(1 - \\sigma(\\beta x_i))$: positive, so $\\ell$ is concave.",
      ],
      truth: ({ x, beta0 }) => informationAt(x, beta0),
      check: ({ x, beta0 }) => ({
        range: { min: 0, name: "an information (minus a concave function's second derivative)" },
        mistakes: [
          {
            tag: "x-squared-omitted",
            value: sum(x.map((xi) => logistic(beta0 * xi) * (1 - logistic(beta0 * xi)))),
            message: "You left out the factor $x_i^2$: each term of $-\\ell''$ is $x_i^2\\,\\sigma(1-\\sigma)$.",
          },
        ],
      }),
    },
    {
      id: "next",
      prompt: "Take one Newton step: compute $\\beta_1$.",
      hints: () => [
        "Newton maximises the quadratic approximation $\\ell(\\beta_0) + \\ell'(\\beta_0)(\\beta - \\beta_0) + \\tfrac12\\ell''(\\beta_0)(\\beta - \\beta_0)^2$.",
        "$\\beta_1 = \\beta_0 + \\ell'(\\beta_0) / \\left(-\\ell''(\\beta_0)\\right)$: score over information.",
      ],
      uses: ["score", "information"],
      truth: ({ beta0 }, earlier) => beta0 + earlier("score") / earlier("information"),
      check: ({ beta0 }, truths) => ({
        mistakes: [
          {
            tag: "wrong-sign-step",
            value: beta0 - truths.score / truths.information,
            message:
              "You stepped the wrong way: for a maximum, move in the direction of the score, $\\beta_1 = \\beta_0 + \\ell'/(-\\ell'')$.",
          },
          {
            tag: "gradient-not-newton",
            value: beta0 + truths.score,
            message: "That is a gradient-ascent step of size 1. Newton divides the score by the information (the curvature).",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { x, y, beta0 } }, truths) => {
    const fitted = x.map((xi) => logistic(beta0 * xi));
    return [
      `At $\\beta_0 = ${beta0}$ the fitted probabilities $\\sigma(\\beta_0 x_i)$ are $(${fitted.map((p) => texNumber(p)).join(", ")})$.`,
      `$$\\ell'(\\beta_0) = \\sum_i x_i\\,(y_i - \\sigma(\\beta_0 x_i)) = ${texNumber(truths.score)},$$`,
      `$$-\\ell''(\\beta_0) = \\sum_i x_i^2\\,\\sigma(\\beta_0 x_i)(1 - \\sigma(\\beta_0 x_i)) = ${texNumber(truths.information)}.$$`,
      `$$\\beta_1 = \\beta_0 + \\frac{\\ell'(\\beta_0)}{-\\ell''(\\beta_0)} = ${beta0} + \\frac{${texNumber(truths.score)}}{${texNumber(truths.information)}} = ${texNumber(truths.next)}.$$`,
      `The score equation $\\sum_i x_i(y_i - \\sigma(\\beta x_i)) = 0$ has no closed-form solution, so this step is repeated until it stops moving. The log-likelihood is concave, so the maximum it reaches is the global one${y.every((yi, i) => (yi === 1) === (x[i] as number) > 0) || y.every((yi, i) => (yi === 1) === (x[i] as number) < 0) ? "; but here the classes are perfectly separated by the sign of $x$, so $\\ell$ keeps rising as $|\\beta| \\to \\infty$ and no finite maximum exists" : ""}.`,
    ].join("\n\n");
  },
});
