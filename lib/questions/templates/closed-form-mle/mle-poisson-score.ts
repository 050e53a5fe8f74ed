/**
 * `mle-poisson-score` (content map 2): the Poisson MLE derived step by step. The learner forms the
 * sufficient statistic Σx, evaluates the score ℓ'(λ) at a trial value, reads from its sign which way
 * the maximum lies, and solves ℓ'(λ) = 0. Later parts follow through from a wrong Σx.
 */
import { fitPoisson } from "../../../estimation/models/poisson";
import type { Rng } from "../../../estimation/random";
import { poisson } from "../../../estimation/samplers";
import type { ChoiceOption } from "../../choice";
import { defineComputation } from "../../computation";
import { integerBetween, isTrueValue, pick, sum, texNumber, texRatio, texTuple } from "../shared/mle";

const STORIES = [
  { setting: "A shop counts the customers who walk in during each of several five-minute windows.", what: "customers per window" },
  { setting: "A proofreader counts the typos on each of several pages of a manuscript.", what: "typos per page" },
  { setting: "A hospital records the number of births on each of several nights.", what: "births per night" },
] as const;

interface Variant {
  data: { sample: number[]; lambda0: number };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 6, 12);
  const rate = pick(rng, [1.5, 2, 3, 4, 5]);
  const sample = Array.from({ length: n }, () => poisson(rng, rate));
  if (sum(sample) === 0) sample[0] = 1;
  // A trial value away from x̄, so the score's sign is clear.
  const sampleMean = sum(sample) / n;
  const candidates = [1, 2, 3, 4, 5, 6].filter((value) => Math.abs(value - sampleMean) >= 0.3);
  return { data: { sample, lambda0: pick(rng, candidates) }, story };
}

/** ℓ'(λ) = Σx/λ − n. */
const scoreAt = (total: number, n: number, lambda: number) => total / lambda - n;

function directionOptions({ sample, lambda0 }: Variant["data"]): ChoiceOption[] {
  const score = scoreAt(sum(sample), sample.length, lambda0);
  return [
    {
      id: "above",
      label: `$\\hat\\lambda > ${lambda0}$`,
      correct: score > 0,
      explanation:
        score > 0
          ? `The score is positive at $\\lambda_0 = ${lambda0}$: the log-likelihood still rises there, and since it is concave its maximum lies to the right.`
          : `The score is negative at $\\lambda_0 = ${lambda0}$: the log-likelihood is already falling, so its maximum lies to the left.`,
    },
    {
      id: "below",
      label: `$\\hat\\lambda < ${lambda0}$`,
      correct: score < 0,
      explanation:
        score < 0
          ? `The score is negative at $\\lambda_0 = ${lambda0}$: the log-likelihood is falling there, and since it is concave its maximum lies to the left.`
          : `The score is positive at $\\lambda_0 = ${lambda0}$: the log-likelihood is still rising, so its maximum lies to the right.`,
    },
    {
      id: "equal",
      label: `$\\hat\\lambda = ${lambda0}$`,
      correct: false,
      explanation: "Only a score of exactly 0 marks the maximum; this one is not 0.",
    },
  ];
}

export const mlePoissonScore = defineComputation({
  id: "mle-poisson-score",
  title: "Poisson MLE step by step: sufficient statistic, score, estimate",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["poisson", "score", "closed-form", "derivation"],
  source: "lib/estimation poisson; Casella & Berger (2002), Statistical Inference, Example 7.2.5",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} The counts are $x = ${texTuple(data.sample)}$, modelled as independent Poisson($\\lambda$) draws (${story.what}). The log-likelihood is $\\ell(\\lambda) = \\left(\\sum_i x_i\\right)\\log\\lambda - n\\lambda - \\sum_i \\log(x_i!)$.`,
  parts: [
    {
      id: "total",
      prompt: "Compute the sufficient statistic $\\sum_i x_i$.",
      hints: () => [
        "The likelihood $\\prod_i \\lambda^{x_i}e^{-\\lambda}/x_i!$ depends on $\\lambda$ only through $\\lambda^{\\sum_i x_i} e^{-n\\lambda}$.",
        "Add up the counts.",
      ],
      truth: ({ sample }) => sum(sample),
      check: () => ({ exact: true, range: { min: 0, name: "a sum of counts" } }),
    },
    {
      id: "score",
      prompt: ({ data }) => `Compute the score $\\ell'(\\lambda)$ at $\\lambda_0 = ${data.lambda0}$.`,
      hints: ({ data }) => [
        "Differentiate term by term: $\\log(x_i!)$ does not depend on $\\lambda$.",
        `$\\ell'(\\lambda) = \\dfrac{\\sum_i x_i}{\\lambda} - n$, with $n = ${data.sample.length}$.`,
      ],
      uses: ["total"],
      truth: ({ sample, lambda0 }, earlier) => scoreAt(earlier("total"), sample.length, lambda0),
      // Σx/λ₀ written down to 4 figures, then n subtracted: 68/6 = 11.33 moves a score of −0.6667 by 0.5 %.
      routes: [({ sample, lambda0 }, earlier, round) => round(earlier("total") / lambda0) - sample.length],
      check: ({ sample, lambda0 }) => ({
        mistakes: [
          {
            tag: "sign-flipped",
            value: sample.length - sum(sample) / lambda0,
            message: "The sign is reversed: $\\ell'(\\lambda) = \\sum_i x_i/\\lambda - n$, not $n - \\sum_i x_i/\\lambda$.",
          },
          {
            tag: "term-omitted",
            value: sum(sample) / lambda0,
            message: "You left out the $-n$ that comes from differentiating $-n\\lambda$.",
          },
        ],
      }),
    },
    {
      id: "direction",
      input: "choice",
      prompt: "From the sign of the score, where is the MLE?",
      hints: () => [
        "The score is the slope of the log-likelihood at $\\lambda_0$.",
        "$\\ell$ is concave in $\\lambda$ ($\\ell'' = -\\sum_i x_i/\\lambda^2 < 0$): a positive slope means the peak is further right.",
      ],
      options: directionOptions,
    },
    {
      id: "lambda",
      prompt: "Solve $\\ell'(\\lambda) = 0$: give the MLE $\\hat\\lambda$.",
      hints: ({ data }) => [
        "Set $\\sum_i x_i/\\lambda - n = 0$ and solve for $\\lambda$.",
        `Divide your sum by $n = ${data.sample.length}$.`,
      ],
      uses: ["total"],
      truth: ({ sample }, earlier) => {
        const total = earlier("total");
        return isTrueValue(total, sum(sample)) ? fitPoisson(sample).params.lambda : total / sample.length;
      },
      check: ({ sample }) => ({
        range: { min: 0, name: "a Poisson rate" },
        mistakes: [
          {
            tag: "n-minus-1",
            value: sum(sample) / (sample.length - 1),
            message: "You divided by $n - 1$. Solving $\\ell'(\\lambda) = 0$ gives $\\sum_i x_i / n$.",
          },
          {
            tag: "sum-not-mean",
            value: sum(sample),
            message: "That is the sum of the counts. The estimate is their mean: divide by $n$.",
          },
          {
            tag: "reciprocal",
            value: sample.length / sum(sample),
            message:
              "That is $n / \\sum_i x_i = 1/\\bar x$, the MLE of an exponential rate from waiting times. Solving $\\sum_i x_i/\\lambda - n = 0$ gives $\\hat\\lambda = \\sum_i x_i / n$.",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { sample, lambda0 } }, truths) => {
    const n = sample.length;
    const total = sum(sample);
    const score = truths.score;
    return [
      `Part 1: $\\sum_i x_i = ${sample.join(" + ")} = ${total}$, over $n = ${n}$ counts.`,
      "Part 2: the constant $\\sum_i \\log(x_i!)$ drops out of the derivative, so",
      `$$\\ell'(\\lambda_0) = \\frac{\\sum_i x_i}{\\lambda_0} - n = \\frac{${total}}{${lambda0}} - ${n} = ${texNumber(score)}.$$`,
      `Part 3: the score is ${score > 0 ? "positive" : "negative"}, and $\\ell$ is concave, so the maximum lies ${score > 0 ? "above" : "below"} $\\lambda_0 = ${lambda0}$.`,
      `Part 4: $\\ell'(\\lambda) = 0 \\iff \\lambda = \\sum_i x_i / n$, so $\\hat\\lambda = ${Number.isInteger(total / n) ? "" : `${texRatio(total, n)} = `}${texNumber(truths.lambda)}$, the sample mean.`,
    ].join("\n\n");
  },
});
