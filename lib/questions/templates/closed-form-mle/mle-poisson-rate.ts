/**
 * `mle-poisson-rate` (content map 2): a seeded sample of counts; the learner computes λ̂ = x̄ by hand.
 * The truth comes from the estimation library's Poisson fit; the known wrong answers (the total,
 * dividing by n − 1, and 1/x̄, the exponential rate's formula) are named.
 */
import { fitPoisson } from "../../../estimation/models/poisson";
import type { Rng } from "../../../estimation/random";
import { poisson } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { formatNumber } from "../../format";
import { integerBetween, pick, sum, texRatio } from "../shared/mixtures";

const STORIES = [
  { setting: "A help desk counts the calls that arrive in each of several one-minute intervals.", rate: "calls per minute" },
  { setting: "A proofreader counts the typos on each page of a draft.", rate: "typos per page" },
  { setting: "A football analyst records the goals scored in each match of a season.", rate: "goals per match" },
  { setting: "An ecologist counts the seedlings in each of several one-metre-square plots.", rate: "seedlings per plot" },
] as const;

interface Variant {
  data: { sample: number[] };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 8, 16);
  const lambda = 0.5 * integerBetween(rng, 2, 12); // 1..6: counts small enough to add by hand
  const sample = Array.from({ length: n }, () => poisson(rng, lambda));
  // All zeros would put λ̂ = 0 on the boundary of the parameter space: keep one count.
  if (!sample.some((x) => x > 0)) sample[0] = 1;
  return { data: { sample }, story };
}

export const mlePoissonRate = defineComputation({
  id: "mle-poisson-rate",
  title: "MLE of a Poisson rate",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["poisson", "counts", "closed-form"],
  source: "lib/estimation poisson; Casella & Berger (2002), Statistical Inference, §7.2.2",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} Treat the ${data.sample.length} counts below as independent draws from a Poisson($\\lambda$) distribution, where $\\lambda$ is the mean number of ${story.rate}.`,
  parts: [
    {
      id: "lambda",
      prompt: "Compute the maximum likelihood estimate $\\hat\\lambda$. A decimal or a fraction is fine.",
      hints: ({ data }) => [
        "For independent counts the likelihood is the product $L(\\lambda) = \\prod_i \\dfrac{\\lambda^{x_i} e^{-\\lambda}}{x_i!}$.",
        "Take logs: $\\ell(\\lambda) = \\left(\\sum_i x_i\\right)\\log\\lambda - n\\lambda - \\sum_i \\log x_i!$. The last sum does not depend on $\\lambda$; set $\\ell'(\\lambda) = 0$ and solve.",
        `Add up the ${data.sample.length} counts and divide by $n = ${data.sample.length}$.`,
      ],
      truth: ({ sample }) => fitPoisson(sample).params.lambda,
      check: ({ sample }) => {
        const n = sample.length;
        const total = sum(sample);
        return {
          range: { min: 0, name: "a Poisson rate" },
          mistakes: [
            {
              tag: "total-not-mean",
              value: total,
              message: `That is the total count $\\sum_i x_i = ${total}$. $\\lambda$ is the mean count per observation: divide by $n$.`,
            },
            {
              tag: "n-minus-1",
              value: total / (n - 1),
              message: "You divided by $n - 1$. The MLE divides the total by the sample size $n$.",
            },
            {
              tag: "reciprocal",
              value: n / total,
              message:
                "That is $1/\\bar x$, the MLE of an exponential rate from waiting times. For Poisson counts the rate is the mean count itself, $\\hat\\lambda = \\bar x$.",
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
      `The sample has $n = ${n}$ counts with total $\\sum_i x_i = ${total}$.`,
      "For independent Poisson counts the log-likelihood is",
      `$$\\begin{aligned} \\ell(\\lambda) &= \\sum_{i=1}^{n} \\left(x_i \\log\\lambda - \\lambda - \\log x_i!\\right) \\\\ &= ${total}\\log\\lambda - ${n}\\lambda - \\sum_i \\log x_i!. \\end{aligned}$$`,
      "Setting the derivative to zero,",
      "$$\\ell'(\\lambda) = \\frac{\\sum_i x_i}{\\lambda} - n = 0 \\quad\\Longrightarrow\\quad \\hat\\lambda = \\frac{\\sum_i x_i}{n} = \\bar x.$$",
      `So $\\hat\\lambda = ${texRatio(total, n)} \\approx ${formatNumber(truths.lambda)}$ ${story.rate}. The second derivative $-\\sum_i x_i/\\lambda^2 < 0$ confirms a maximum.`,
    ].join("\n\n");
  },
});
