/**
 * `mle-binomial-experiments` (content map 2): several binomial experiments of different sizes share
 * one p. The MLE pools them, total successes over total trials; the tempting average of the
 * per-experiment proportions weights a 5-trial experiment like a 20-trial one, and is named.
 */
import { fitBinomial } from "../../../estimation/models/binomial";
import type { Rng } from "../../../estimation/random";
import { binomial } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { integerBetween, mean, pick, sum, texNumber, texRatio } from "../shared/mle";

const STORIES = [
  {
    setting: "A seed company plants trays of seeds and counts how many germinate in each tray.",
    success: "germinated seeds",
    trial: "seeds planted",
  },
  { setting: "A call centre runs several shifts and records how many calls in each ended in a sale.", success: "sales", trial: "calls" },
  { setting: "An archer shoots several rounds and records the hits on target in each round.", success: "hits", trial: "arrows shot" },
] as const;

interface Variant {
  data: { successes: number[]; trials: number[]; nextTrials: number };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const experiments = integerBetween(rng, 3, 6);
  const p = pick(rng, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
  const trials = Array.from({ length: experiments }, () => integerBetween(rng, 4, 20));
  const successes = trials.map((size) => binomial(rng, size, p));
  // Neither all successes nor none, so that p̂ is inside (0, 1).
  if (sum(successes) === 0) successes[0] = 1;
  if (sum(successes) === sum(trials)) successes[0] = (successes[0] ?? 1) - 1;
  return { data: { successes, trials, nextTrials: pick(rng, [10, 25, 40, 50, 100]) }, story };
}

const pooled = ({ successes, trials }: Variant["data"]) => sum(successes) / sum(trials);

export const mleBinomialExperiments = defineComputation({
  id: "mle-binomial-experiments",
  title: "Binomial MLE pooled over experiments of different sizes",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["binomial", "pooling", "closed-form"],
  source: "lib/estimation binomial; Casella & Berger (2002), Statistical Inference, Example 7.2.9 (binomial MLE)",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} Experiment $j$ had $n_j$ ${story.trial} and $k_j$ ${story.success}: $k = (${data.successes.join(", ")})$ out of $n = (${data.trials.join(", ")})$. Model each $k_j$ as an independent Binomial($n_j$, $p$) count with one common $p$.`,
  parts: [
    {
      id: "p",
      prompt: "Compute the maximum likelihood estimate $\\hat p$.",
      hints: () => [
        "$\\ell(p) = \\sum_j \\left[\\log\\binom{n_j}{k_j} + k_j\\log p + (n_j - k_j)\\log(1-p)\\right]$.",
        "Setting $\\ell'(p) = \\dfrac{\\sum_j k_j}{p} - \\dfrac{\\sum_j (n_j - k_j)}{1-p} = 0$ pools the experiments.",
        "Divide the total number of successes by the total number of trials.",
      ],
      truth: (data) => fitBinomial({ successes: data.successes, trials: data.trials }).params.p,
      check: (data) => {
        const { successes, trials } = data;
        return {
          range: { min: 0, max: 1, name: "a probability" },
          mistakes: [
            {
              tag: "unweighted-mean",
              value: mean(successes.map((k, j) => k / (trials[j] as number))),
              message:
                "You averaged the per-experiment proportions. That weights a small experiment as much as a large one; the MLE pools the counts: total successes over total trials.",
            },
            {
              tag: "complement",
              value: 1 - pooled(data),
              message: "That is the proportion of failures. $p$ is the probability of a success.",
            },
            {
              tag: "count-not-proportion",
              value: sum(successes),
              message: "That is the total number of successes. Divide it by the total number of trials.",
            },
          ],
        };
      },
    },
    {
      id: "expected",
      prompt: ({ data }) => `A new experiment will have ${data.nextTrials} trials. Using $\\hat p$, how many successes do you expect?`,
      hints: ({ data }) => [
        `The mean of a Binomial($m$, $p$) count is $mp$, with $m = ${data.nextTrials}$ here.`,
        "By invariance the MLE of $mp$ is $m\\hat p$: multiply your answer to part 1 by $m$.",
      ],
      uses: ["p"],
      truth: (data, earlier) => data.nextTrials * earlier("p"),
      check: (data) => ({
        range: { min: 0, max: data.nextTrials, name: "an expected count of successes" },
      }),
    },
  ],
  solution: ({ data }, truths) => {
    const { successes, trials, nextTrials } = data;
    const totalSuccesses = sum(successes);
    const totalTrials = sum(trials);
    return [
      "The binomial coefficients do not involve $p$, so",
      "$$\\ell(p) = \\text{const} + \\Big(\\sum_j k_j\\Big)\\log p + \\Big(\\sum_j (n_j - k_j)\\Big)\\log(1-p),$$",
      "which is the log-likelihood of one big experiment with all the trials pooled. Setting $\\ell'(p) = 0$:",
      `$$\\hat p = \\frac{\\sum_j k_j}{\\sum_j n_j} = \\frac{${successes.join(" + ")}}{${trials.join(" + ")}} = ${texRatio(totalSuccesses, totalTrials)} = ${texNumber(truths.p)}.$$`,
      `Averaging the proportions $k_j/n_j$ instead would give ${texNumber(mean(successes.map((k, j) => k / (trials[j] as number))))}: each experiment would count equally, whatever its size.`,
      `Expected successes in ${nextTrials} new trials: $m\\hat p = ${nextTrials} \\times ${texNumber(truths.p)} = ${texNumber(truths.expected)}$.`,
    ].join("\n\n");
  },
});
