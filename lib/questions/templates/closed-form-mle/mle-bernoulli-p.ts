/**
 * `mle-bernoulli-p` (content map 2): a seeded 0/1 sample; the learner computes p̂ = k/n by hand.
 * The truth comes from the estimation library's Bernoulli fit, never from a formula here; the
 * known wrong answers (the proportion of zeros, the raw count, dividing by n − 1) are named.
 */
import { fitBernoulli } from "../../../estimation/models/bernoulli";
import type { Rng } from "../../../estimation/random";
import { bernoulli } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { formatNumber, texFraction } from "../../format";

const STORIES = [
  { setting: "A website shows a sign-up button to visitors; 1 means the visitor clicked it, 0 that they did not.", one: "a click" },
  { setting: "A basketball player takes free throws; 1 is a make, 0 a miss.", one: "a make" },
  { setting: "A factory inspects parts from one machine; 1 marks a defective part, 0 a good one.", one: "a defective part" },
  { setting: "A clinic records whether each patient responded to a treatment; 1 is a response, 0 none.", one: "a response" },
] as const;

interface Variant {
  data: { sample: number[] };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = STORIES[Math.floor(rng.next() * STORIES.length)] ?? STORIES[0];
  const n = 10 + Math.floor(rng.next() * 11); // 10..20 values: small enough to count by hand
  const p = 0.15 + 0.05 * Math.floor(rng.next() * 15); // 0.15..0.85
  const sample: number[] = Array.from({ length: n }, () => bernoulli(rng, p));
  // An all-0 or all-1 sample puts the MLE on the boundary: keep the exercise about counting.
  const ones = sample.reduce((sum, x) => sum + x, 0);
  if (ones === 0) sample[0] = 1;
  if (ones === n) sample[0] = 0;
  return { data: { sample }, story };
}

const countOnes = (sample: readonly number[]) => sample.reduce((sum, x) => sum + x, 0);

export const mleBernoulliP = defineComputation({
  id: "mle-bernoulli-p",
  title: "MLE of a Bernoulli probability",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["bernoulli", "proportion", "closed-form"],
  source: "lib/estimation bernoulli; Casella & Berger (2002), Statistical Inference, Example 7.2.7",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} Treat the ${data.sample.length} observations below as independent draws from a Bernoulli($p$) distribution, where $p$ is the probability of ${story.one}.`,
  parts: [
    {
      id: "p",
      prompt: "Compute the maximum likelihood estimate $\\hat p$. A decimal or a fraction is fine.",
      hints: ({ data }) => [
        "For independent 0/1 observations the likelihood is $L(p) = \\prod_i p^{x_i}(1-p)^{1-x_i} = p^{k}(1-p)^{n-k}$, where $k$ is the number of ones.",
        "Maximise the log-likelihood $\\ell(p) = k \\log p + (n-k)\\log(1-p)$: set $\\ell'(p) = \\dfrac{k}{p} - \\dfrac{n-k}{1-p} = 0$ and solve for $p$.",
        `Count the ones and divide by the sample size $n = ${data.sample.length}$.`,
      ],
      truth: ({ sample }) => fitBernoulli(sample).params.p,
      check: ({ sample }) => {
        const n = sample.length;
        const ones = countOnes(sample);
        return {
          range: { min: 0, max: 1, name: "a probability" },
          mistakes: [
            {
              tag: "complement",
              value: (n - ones) / n,
              message: "That is the proportion of zeros. $p$ is the probability of a one, so count the ones.",
            },
            {
              tag: "count-not-proportion",
              value: ones,
              message: `That is the number of ones, $k = ${ones}$. The estimate is a proportion: divide by $n$.`,
            },
            {
              tag: "n-minus-1",
              value: ones / (n - 1),
              message: "You divided by $n - 1$. The MLE divides by the sample size $n$.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data: { sample } }, truths) => {
    const n = sample.length;
    const ones = countOnes(sample);
    return [
      `The sample has $n = ${n}$ observations, of which $k = ${ones}$ are ones.`,
      "For independent Bernoulli draws the log-likelihood is",
      `$$\\begin{aligned} \\ell(p) &= k \\log p + (n-k)\\log(1-p) \\\\ &= ${ones} \\log p + ${n - ones} \\log(1-p). \\end{aligned}$$`,
      "Setting the derivative to zero,",
      "$$\\begin{aligned} \\ell'(p) &= \\frac{k}{p} - \\frac{n-k}{1-p} = 0 \\\\ \\Longrightarrow\\quad \\hat p &= \\frac{k}{n}. \\end{aligned}$$",
      `So $\\hat p = ${texFraction(ones, n)} = ${formatNumber(truths.p)}$: the sample proportion of ones. The second derivative $-k/p^2 - (n-k)/(1-p)^2 < 0$ confirms a maximum.`,
    ].join("\n\n");
  },
});
