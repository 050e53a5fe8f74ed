/**
 * `likelihood-bernoulli-product` (content map 1): the likelihood of a small 0/1 sample at a given p is
 * a product of one factor per observation; its log is a sum. The learner gives both, and the grader
 * names the classic slips: the log for the likelihood (and back), the factors swapped, a sum of
 * probabilities instead of their product, log base 10.
 */
import type { Rng } from "../../../estimation/random";
import { bernoulli } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { integerBetween, pick, sum, texNumber, texTuple } from "../shared/mle";

const STORIES = [
  { setting: "An email campaign records whether each recipient opened the message (1) or not (0).", one: "an opened email" },
  { setting: "A quality check records whether each circuit board passed (1) or failed (0).", one: "a passing board" },
  { setting: "A penalty taker's attempts are recorded as goals (1) and misses (0).", one: "a goal" },
] as const;

interface Variant {
  data: { sample: number[]; p0: number };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 6, 10);
  const p0 = pick(rng, [0.2, 0.3, 0.4, 0.6, 0.7, 0.8]);
  const p = pick(rng, [0.3, 0.5, 0.7]);
  const sample = Array.from({ length: n }, () => bernoulli(rng, p));
  // Keep both outcomes present so that both factors of the product appear.
  if (sum(sample) === 0) sample[0] = 1;
  if (sum(sample) === n) sample[0] = 0;
  return { data: { sample, p0 }, story };
}

/** n choose k, for the named mistake of a binomial coefficient in the likelihood of an ordered sample. */
function binomialCoefficient(n: number, k: number): number {
  let value = 1;
  for (let i = 1; i <= k; i += 1) value = (value * (n - k + i)) / i;
  return value;
}

/** p0^k (1 − p0)^(n − k): one factor p0 per one, 1 − p0 per zero. */
function likelihoodAt(sample: readonly number[], p: number): number {
  const ones = sum(sample);
  return p ** ones * (1 - p) ** (sample.length - ones);
}

export const likelihoodBernoulliProduct = defineComputation({
  id: "likelihood-bernoulli-product",
  title: "Likelihood and log-likelihood of a 0/1 sample",
  topic: "likelihood",
  difficulty: "easy",
  tags: ["bernoulli", "likelihood", "log-likelihood", "iid"],
  source: "Casella & Berger (2002), Statistical Inference, Definition 6.3.1; Bernoulli pmf p^x (1 − p)^(1 − x)",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} Treat the sample $x = ${texTuple(data.sample)}$ as independent Bernoulli($p$) draws, where $p$ is the probability of ${story.one}. Evaluate the likelihood at the candidate value $p_0 = ${data.p0}$.`,
  parts: [
    {
      id: "likelihood",
      prompt: "Compute the likelihood $L(p_0)$ of the whole sample.",
      hints: ({ data }) => [
        "Independence makes the joint probability of the sample a product of one factor per observation.",
        "Each observation contributes $p^{x_i}(1-p)^{1-x_i}$: a factor $p$ for a one and $1-p$ for a zero.",
        `Count the ones $k$; then $L(p_0) = p_0^{k}(1-p_0)^{n-k}$ with $n = ${data.sample.length}$ and $p_0 = ${data.p0}$.`,
      ],
      truth: ({ sample, p0 }) => likelihoodAt(sample, p0),
      // The two powers written down to 4 figures and multiplied, or the product built factor by factor
      // with the running value written down each time.
      routes: [
        ({ sample, p0 }, _earlier, round) => {
          const ones = sum(sample);
          return round(p0 ** ones) * round((1 - p0) ** (sample.length - ones));
        },
        ({ sample, p0 }, _earlier, round) => sample.reduce((running, x) => round(running * (x === 1 ? p0 : 1 - p0)), 1),
      ],
      check: ({ sample, p0 }, truths) => {
        const ones = sum(sample);
        return {
          range: { min: 0, max: 1, name: "the likelihood of discrete data" },
          mistakes: [
            {
              tag: "log-not-likelihood",
              value: Math.log(truths.likelihood),
              message: "That is the log-likelihood. This part asks for the likelihood itself: the product, before taking the log.",
            },
            {
              tag: "complement",
              value: likelihoodAt(
                sample.map((x) => 1 - x),
                p0,
              ),
              message: "You gave each one the factor $1-p_0$ and each zero the factor $p_0$. $p$ is the probability of a one.",
            },
            {
              tag: "sum-not-product",
              value: ones * p0 + (sample.length - ones) * (1 - p0),
              message: "You added the probabilities of the observations. For independent observations they multiply.",
            },
            {
              tag: "binomial-coefficient",
              value: binomialCoefficient(sample.length, ones) * truths.likelihood,
              message: `You multiplied by $\\binom{${sample.length}}{${ones}}$. That counts the orders in which the ${ones === 1 ? "one" : `${ones} ones`} could come; the likelihood of this sample, in its order, is the plain product.`,
            },
          ],
        };
      },
    },
    {
      id: "logLikelihood",
      prompt: "Compute the log-likelihood $\\ell(p_0) = \\log L(p_0)$ (natural log).",
      hints: () => [
        "The log turns the product into a sum: $\\ell(p) = k\\log p + (n-k)\\log(1-p)$.",
        "Use the natural logarithm. The answer is negative, since $L$ lies between 0 and 1.",
      ],
      uses: ["likelihood"],
      // The log of the learner's own likelihood: right method on a wrong product is carried forward.
      truth: (_data, earlier) => Math.log(earlier("likelihood")),
      // Term by term: k log p₀ + (n − k) log(1 − p₀), each log written down to 4 figures.
      routes: [
        ({ sample, p0 }, _earlier, round) => {
          const ones = sum(sample);
          return ones * round(Math.log(p0)) + (sample.length - ones) * round(Math.log(1 - p0));
        },
      ],
      check: ({ sample, p0 }, truths) => ({
        range: { max: 0, name: "the log-likelihood of discrete data" },
        mistakes: [
          {
            tag: "likelihood-not-log",
            value: truths.likelihood,
            message: "That is the likelihood. This part asks for its natural log, the log-likelihood.",
          },
          {
            tag: "log-base-10",
            value: Math.log10(truths.likelihood),
            message: "You used log base 10. Log-likelihoods use the natural log: divide your answer by $\\log_{10} e \\approx 0.4343$.",
          },
          {
            tag: "complement",
            value: Math.log(
              likelihoodAt(
                sample.map((x) => 1 - x),
                p0,
              ),
            ),
            message: "You gave each one the log-factor $\\log(1-p_0)$ and each zero $\\log p_0$. $p$ is the probability of a one.",
          },
          {
            tag: "binomial-coefficient",
            value: Math.log(binomialCoefficient(sample.length, sum(sample))) + truths.logLikelihood,
            message:
              "You added the log of a binomial coefficient. That counts the orders the ones could come in; the log-likelihood of this sample is the plain sum of one log-factor per observation.",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { sample, p0 } }, truths) => {
    const n = sample.length;
    const ones = sum(sample);
    return [
      `The sample has $n = ${n}$ observations with $k = ${ones}$ ones and $n - k = ${n - ones}$ zeros.`,
      "Independence makes the likelihood a product of one factor per observation:",
      `$$L(p_0) = \\prod_{i=1}^{n} p_0^{x_i}(1-p_0)^{1-x_i} = p_0^{k}(1-p_0)^{n-k} = ${p0}^{${ones}} \\times ${texNumber(1 - p0, 2)}^{${n - ones}} = ${texNumber(truths.likelihood)}.$$`,
      "The log turns the product into a sum:",
      `$$\\ell(p_0) = k\\log p_0 + (n-k)\\log(1-p_0) = ${ones}\\log ${p0} + ${n - ones}\\log ${texNumber(1 - p0, 2)} = ${texNumber(truths.logLikelihood)}.$$`,
      "The likelihood of a longer sample shrinks towards 0 geometrically, which is one reason to work with the log: a sum of moderate numbers instead of a product of small ones, with the same maximiser.",
    ].join("\n\n");
  },
});
