/**
 * `mle-normal` (content maps 2 and 3): a seeded normal sample; the learner computes μ̂ = x̄ and
 * σ̂² = Σ(xᵢ − x̄)²/n. The truths come from the estimation library's normal fit. The variance part
 * follows through: with a wrong μ̂ it is graded against Σ(xᵢ − μ̂)²/n for the learner's own μ̂.
 * Named mistakes: n − 1 (the unbiased s², not the MLE), σ̂ in place of σ̂², the sum of squares not
 * divided, the mean not subtracted.
 */
import { fitNormal } from "../../../estimation/models/normal";
import type { Rng } from "../../../estimation/random";
import { normal, roundTo } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { formatNumber } from "../../format";
import { integerBetween, pick, sum, texSum } from "../shared/mixtures";

const STORIES = [
  { setting: "A botanist measures the heights of seedlings grown under the same lamp", unit: "cm", mean: [8, 20], sds: [1, 1.5, 2, 2.5] },
  {
    setting: "A weather station records the daily high temperature over several days of one month",
    unit: "°C",
    mean: [12, 28],
    sds: [1.5, 2, 3],
  },
  { setting: "A coach times a sprinter's 200 m runs", unit: "seconds", mean: [22, 26], sds: [0.5, 0.8, 1] },
  { setting: "A quality engineer weighs chocolate bars from one production line", unit: "grams", mean: [45, 55], sds: [0.8, 1, 1.5, 2] },
] as const;

interface Variant {
  data: { sample: number[] };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 6, 10);
  const mean = integerBetween(rng, story.mean[0], story.mean[1]);
  const sd = pick(rng, story.sds);
  const sample = Array.from({ length: n }, () => roundTo(normal(rng, mean, sd), 1));
  // Equal values would make σ̂² = 0, where the likelihood is unbounded: spread the last one.
  if (sample.every((x) => x === sample[0])) sample[n - 1] = roundTo((sample[0] ?? mean) + 1, 1);
  return { data: { sample }, story };
}

const sumOfSquaresAbout = (sample: readonly number[], centre: number) => sum(sample.map((x) => (x - centre) ** 2));

export const mleNormal = defineComputation({
  id: "mle-normal",
  title: "MLE of a normal mean and variance",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["normal", "variance", "closed-form", "biased-variance"],
  source: "lib/estimation normal; Casella & Berger (2002), Statistical Inference, Example 7.2.11",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} (in ${story.unit}). Treat the ${data.sample.length} values below as independent draws from a normal distribution $\\mathcal{N}(\\mu, \\sigma^2)$ with both $\\mu$ and $\\sigma^2$ unknown.`,
  parts: [
    {
      id: "mean",
      prompt: "Compute the maximum likelihood estimate $\\hat\\mu$.",
      hints: ({ data }) => [
        "The log-likelihood is $\\ell(\\mu, \\sigma^2) = -\\dfrac{n}{2}\\log(2\\pi\\sigma^2) - \\dfrac{1}{2\\sigma^2}\\sum_i (x_i - \\mu)^2$.",
        "Only the last term depends on $\\mu$: $\\dfrac{\\partial \\ell}{\\partial \\mu} = \\dfrac{1}{\\sigma^2}\\sum_i (x_i - \\mu) = 0$, whatever $\\sigma^2$ is.",
        `Add up the ${data.sample.length} values and divide by $n = ${data.sample.length}$.`,
      ],
      truth: ({ sample }) => fitNormal(sample).params.mean,
      check: ({ sample }) => {
        const n = sample.length;
        const total = sum(sample);
        return {
          mistakes: [
            {
              tag: "total-not-mean",
              value: total,
              message: `That is the total $\\sum_i x_i = ${texSum(total)}$. The estimate is the mean: divide by $n$.`,
            },
            {
              tag: "n-minus-1",
              value: total / (n - 1),
              message: "You divided the total by $n - 1$. The mean divides by the sample size $n$.",
            },
          ],
        };
      },
    },
    {
      id: "variance",
      prompt: "Compute the maximum likelihood estimate $\\hat\\sigma^2$ of the variance (use your $\\hat\\mu$).",
      uses: ["mean"],
      hints: ({ data }) => [
        "Differentiate with respect to $\\sigma^2$ (treat $\\sigma^2$ as the variable, not $\\sigma$): $\\dfrac{\\partial \\ell}{\\partial \\sigma^2} = -\\dfrac{n}{2\\sigma^2} + \\dfrac{1}{2\\sigma^4}\\sum_i (x_i - \\mu)^2$.",
        "Set it to zero at $\\mu = \\hat\\mu$: $\\hat\\sigma^2 = \\dfrac{1}{n}\\sum_i (x_i - \\hat\\mu)^2$. The MLE divides by $n$, not $n - 1$, and it is the variance, not the standard deviation.",
        `Subtract $\\hat\\mu$ from each value, square, add the ${data.sample.length} squares and divide by $n = ${data.sample.length}$.`,
      ],
      // Σ(x − m)²/n = σ̂² + (x̄ − m)²: the library's σ̂², moved to the learner's own m for follow-through.
      // Each squared deviation from the 4-figure mean written down, added, divided by n.
      routes: [({ sample }, earlier, round) => sum(sample.map((x) => round((x - earlier("mean")) ** 2))) / sample.length],
      truth: ({ sample }, earlier) => {
        const fit = fitNormal(sample).params;
        return fit.variance + (fit.mean - earlier("mean")) ** 2;
      },
      check: ({ sample }, truths) => {
        const n = sample.length;
        const variance = truths.variance;
        const sumOfSquares = variance * n;
        return {
          range: { min: 0, name: "a variance" },
          mistakes: [
            {
              tag: "n-minus-1",
              value: sumOfSquares / (n - 1),
              message:
                "You divided by $n - 1$: that is the unbiased sample variance $s^2$. The MLE divides by $n$ (it is biased, $\\mathbb{E}\\,\\hat\\sigma^2 = \\frac{n-1}{n}\\sigma^2$).",
            },
            {
              tag: "sd-not-variance",
              value: Math.sqrt(variance),
              message:
                "That is $\\hat\\sigma$, the standard deviation. The question asks for the variance $\\hat\\sigma^2$: do not take the square root.",
            },
            {
              tag: "sd-not-variance",
              value: Math.sqrt(sumOfSquares / (n - 1)),
              message:
                "That is the sample standard deviation $s$ (with $n - 1$). The MLE of the variance is $\\hat\\sigma^2 = \\frac1n \\sum_i (x_i - \\hat\\mu)^2$: divide by $n$ and do not take the square root.",
            },
            {
              tag: "sum-not-average",
              value: sumOfSquares,
              message: "That is the sum of squared deviations $\\sum_i (x_i - \\hat\\mu)^2$. Divide it by $n$.",
            },
            {
              tag: "mean-not-subtracted",
              value: sum(sample.map((x) => x * x)) / n,
              message: "That is $\\frac1n\\sum_i x_i^2$, the average square. Subtract $\\hat\\mu$ from each value before squaring.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data: { sample }, story }, truths) => {
    const n = sample.length;
    const total = sum(sample);
    const mean = truths.mean;
    const variance = truths.variance;
    return [
      `The sample has $n = ${n}$ values with total $\\sum_i x_i = ${texSum(total)}$.`,
      "The log-likelihood of independent normal values is",
      "$$\\ell(\\mu, \\sigma^2) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^{n} (x_i - \\mu)^2.$$",
      `**Mean.** Setting $\\partial\\ell/\\partial\\mu = \\frac{1}{\\sigma^2}\\sum_i (x_i - \\mu) = 0$ gives, in ${story.unit},`,
      `$$\\hat\\mu = \\bar x = \\frac{${texSum(total)}}{${n}} \\approx ${formatNumber(mean, 6)}$$`,
      "**Variance.** Setting $\\partial\\ell/\\partial\\sigma^2 = -\\frac{n}{2\\sigma^2} + \\frac{1}{2\\sigma^4}\\sum_i (x_i - \\hat\\mu)^2 = 0$ gives",
      `$$\\hat\\sigma^2 = \\frac{1}{n}\\sum_{i=1}^{n} (x_i - \\hat\\mu)^2 = \\frac{${formatNumber(sumOfSquaresAbout(sample, mean), 6)}}{${n}} \\approx ${formatNumber(variance, 4)}.$$`,
      `Dividing by $n - 1 = ${n - 1}$ instead gives the unbiased $s^2 \\approx ${formatNumber((variance * n) / (n - 1), 4)}$, which is not the MLE; the MLE of the standard deviation is $\\hat\\sigma = \\sqrt{\\hat\\sigma^2} \\approx ${formatNumber(Math.sqrt(variance), 4)}$ by invariance.`,
    ].join("\n\n");
  },
});
