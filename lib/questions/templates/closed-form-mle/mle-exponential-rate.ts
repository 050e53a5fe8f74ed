/**
 * `mle-exponential-rate` (content map 2): seeded waiting times; the learner computes λ̂ = n / Σx = 1/x̄.
 * The truth comes from the estimation library's exponential fit; the known wrong answers (the mean
 * instead of the rate, n − 1 in place of n, one over the total) are named.
 */
import { fitExponential } from "../../../estimation/models/exponential";
import type { Rng } from "../../../estimation/random";
import { roundTo } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { formatNumber } from "../../format";
import { integerBetween, pick, sum, texSum } from "../shared/mixtures";

const STORIES = [
  { setting: "A call centre records the time between consecutive incoming calls", unit: "minutes", rate: "calls per minute" },
  { setting: "A coffee shop records the time between consecutive customers", unit: "minutes", rate: "customers per minute" },
  {
    setting: "An engineer records how long each of a batch of power supplies lasts before failing",
    unit: "thousand hours",
    rate: "failures per thousand hours",
  },
  { setting: "A web server logs the time between consecutive requests", unit: "seconds", rate: "requests per second" },
] as const;

const MEANS = [1.5, 2, 2.5, 3, 4, 5, 6] as const;

interface Variant {
  data: { sample: number[] };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 6, 12);
  const mean = pick(rng, MEANS);
  // Inversion, x = −mean · log(1 − u); one decimal, and never 0.0 (a zero wait reads as a typo).
  const sample = Array.from({ length: n }, () => Math.max(0.1, roundTo(-mean * Math.log(1 - rng.next()), 1)));
  return { data: { sample }, story };
}

export const mleExponentialRate = defineComputation({
  id: "mle-exponential-rate",
  title: "MLE of an exponential rate",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["exponential", "waiting-times", "closed-form"],
  source: "lib/estimation exponential; Casella & Berger (2002), Statistical Inference, §7.2.2",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting}, in ${story.unit}. Treat the ${data.sample.length} values below as independent draws from an exponential distribution with density $f(x \\mid \\lambda) = \\lambda e^{-\\lambda x}$ for $x \\ge 0$, where the rate $\\lambda$ is in ${story.rate}.`,
  parts: [
    {
      id: "rate",
      prompt: "Compute the maximum likelihood estimate $\\hat\\lambda$ of the rate.",
      hints: ({ data, story }) => [
        "For independent values the likelihood is $L(\\lambda) = \\prod_i \\lambda e^{-\\lambda x_i} = \\lambda^n e^{-\\lambda \\sum_i x_i}$.",
        "Take logs, $\\ell(\\lambda) = n\\log\\lambda - \\lambda\\sum_i x_i$, and solve $\\ell'(\\lambda) = \\dfrac{n}{\\lambda} - \\sum_i x_i = 0$.",
        `Add up the ${data.sample.length} values (in ${story.unit}) and divide $n = ${data.sample.length}$ by that total: the rate is one over the mean.`,
      ],
      truth: ({ sample }) => fitExponential(sample).params.rate,
      check: ({ sample }) => {
        const n = sample.length;
        const total = sum(sample);
        return {
          range: { min: 0, name: "a rate" },
          mistakes: [
            {
              tag: "mean-not-rate",
              value: total / n,
              message: "That is the mean $\\bar x$, the average time. The rate is its reciprocal, $\\hat\\lambda = 1/\\bar x$.",
            },
            {
              tag: "n-minus-1",
              value: (n - 1) / total,
              message:
                "You used $n - 1$ in place of $n$. That gives the unbiased estimator $(n-1)/\\sum_i x_i$, not the MLE, which is $n/\\sum_i x_i$.",
            },
            {
              tag: "total-not-mean",
              value: 1 / total,
              message: "That is one over the total $\\sum_i x_i$. The rate is one over the mean: $\\hat\\lambda = n / \\sum_i x_i$.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data: { sample }, story }, truths) => {
    const n = sample.length;
    const total = sum(sample);
    return [
      `The sample has $n = ${n}$ values with total $\\sum_i x_i = ${texSum(total)}$ ${story.unit}.`,
      "For independent exponential values the log-likelihood is",
      `$$\\ell(\\lambda) = \\sum_{i=1}^{n} \\left(\\log\\lambda - \\lambda x_i\\right) = ${n}\\log\\lambda - ${texSum(total)}\\,\\lambda.$$`,
      "Setting the derivative to zero,",
      "$$\\ell'(\\lambda) = \\frac{n}{\\lambda} - \\sum_i x_i = 0 \\quad\\Longrightarrow\\quad \\hat\\lambda = \\frac{n}{\\sum_i x_i} = \\frac{1}{\\bar x}.$$",
      `So $\\hat\\lambda = \\dfrac{${n}}{${texSum(total)}} \\approx ${formatNumber(truths.rate)}$ ${story.rate}. The second derivative $-n/\\lambda^2 < 0$ confirms a maximum.`,
      `The mean $\\bar x = ${formatNumber(total / n)}$ ${story.unit} estimates $1/\\lambda$, the mean time; by the invariance of MLEs its reciprocal is the MLE of the rate.`,
    ].join("\n\n");
  },
});
