/**
 * `mle-uniform-upper` (content map 2): a seeded sample from Uniform(0, θ); the learner finds θ̂ = max xᵢ,
 * an MLE on the edge of the support, where no derivative vanishes. The truth comes from the estimation
 * library's uniform fit; the known wrong answers (2x̄ by the method of moments, x̄, the bias-corrected
 * (n + 1)/n · max) are named.
 */
import type { Rng } from "../../../estimation/random";
import { fitUniform } from "../../../estimation/models/uniform";
import { roundTo, uniform } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { formatNumber } from "../../format";
import { integerBetween, pick, sum, texSum } from "../shared/mixtures";

const STORIES = [
  {
    setting:
      "A shuttle leaves a stop every $\\theta$ minutes. Passengers who turn up at random moments wait a time spread evenly between 0 and $\\theta$; their waits, in minutes, are below.",
  },
  {
    setting:
      "A random-number generator is supposed to return numbers spread evenly between 0 and an unknown upper limit $\\theta$; a test run gave the values below.",
  },
  {
    setting:
      "A courier promises delivery at a uniformly random time within $\\theta$ hours of dispatch; the delivery times, in hours, of some parcels are below.",
  },
] as const;

interface Variant {
  data: { sample: number[] };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 5, 12);
  const theta = integerBetween(rng, 2, 20);
  // Two decimals for a small θ, one for a large one: a handful of digits either way.
  const digits = theta < 6 ? 2 : 1;
  const sample = Array.from({ length: n }, () => roundTo(uniform(rng, 0, theta), digits));
  if (!sample.some((x) => x > 0)) sample[0] = roundTo(theta / 2, digits);
  return { data: { sample }, story };
}

export const mleUniformUpper = defineComputation({
  id: "mle-uniform-upper",
  title: "MLE of the upper limit of a uniform",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["uniform", "boundary", "closed-form"],
  source: "lib/estimation uniform; Wasserman (2004), All of Statistics, §9.3",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} Treat the ${data.sample.length} values as independent draws from the uniform distribution on $[0, \\theta]$, with density $f(x \\mid \\theta) = 1/\\theta$ for $0 \\le x \\le \\theta$ and $0$ elsewhere.`,
  parts: [
    {
      id: "theta",
      prompt: "Compute the maximum likelihood estimate $\\hat\\theta$.",
      hints: () => [
        "Write the likelihood of the whole sample, $L(\\theta) = \\prod_i f(x_i \\mid \\theta)$, and pay attention to the values of $\\theta$ for which some factor is $0$.",
        "$L(\\theta) = \\theta^{-n}$ when $\\theta \\ge x_i$ for every $i$, and $0$ otherwise. Setting a derivative to zero will not work: $\\theta^{-n}$ only decreases as $\\theta$ grows.",
        "So take the smallest $\\theta$ that the data allow.",
      ],
      truth: ({ sample }) => fitUniform(sample).params.theta,
      check: ({ sample }, truths) => {
        const n = sample.length;
        const mean = sum(sample) / n;
        return {
          range: { min: 0, name: "an upper limit" },
          mistakes: [
            {
              tag: "method-of-moments",
              value: 2 * mean,
              message:
                "That is $2\\bar x$, the method-of-moments estimate (from $\\mathbb{E}X = \\theta/2$). The likelihood is maximised elsewhere: it is $0$ below the largest value and decreases above it.",
            },
            {
              tag: "mean-not-max",
              value: mean,
              message:
                "That is the sample mean $\\bar x$. Every value must be at most $\\theta$, so $\\theta$ cannot lie below the largest value.",
            },
            {
              tag: "bias-corrected",
              value: ((n + 1) / n) * truths.theta,
              message:
                "That is $\\frac{n+1}{n}\\max_i x_i$, the unbiased estimator. The MLE is the maximum itself: any larger $\\theta$ has a smaller likelihood $\\theta^{-n}$.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data: { sample } }, truths) => {
    const n = sample.length;
    const largest = truths.theta;
    return [
      `The sample has $n = ${n}$ values; the largest is $\\max_i x_i = ${formatNumber(largest, 6)}$.`,
      "Each factor of the likelihood is $1/\\theta$ if $x_i \\le \\theta$ and $0$ otherwise, so",
      `$$L(\\theta) = \\prod_{i=1}^{n} \\frac{\\mathbf{1}\\{0 \\le x_i \\le \\theta\\}}{\\theta} = \\begin{cases} \\theta^{-${n}} & \\text{if } \\theta \\ge \\max_i x_i, \\\\ 0 & \\text{otherwise.} \\end{cases}$$`,
      "On the allowed range $\\theta^{-n}$ is decreasing, so the maximum sits at its left edge, where the derivative is not zero: the MLE is the smallest $\\theta$ compatible with every observation,",
      `$$\\hat\\theta = \\max_i x_i = ${formatNumber(largest, 6)}.$$`,
      `It is biased low ($\\mathbb{E}\\,\\hat\\theta = \\frac{n}{n+1}\\theta$). The method of moments would give $2\\bar x = 2 \\times \\frac{${texSum(sum(sample))}}{${n}} \\approx ${formatNumber((2 * sum(sample)) / n)}$, which is not the MLE.`,
    ].join("\n\n");
  },
});
