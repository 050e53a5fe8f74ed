/**
 * `likelihood-exponential-density` (content map 1): the likelihood of continuous data is a product of
 * densities, not of probabilities: it can exceed 1 and is not the probability of anything. The learner
 * computes the log-likelihood of exponential waiting times at a given rate, then the likelihood.
 */
import type { Rng } from "../../../estimation/random";
import { roundAll } from "../../../estimation/samplers";
import type { ChoiceOption } from "../../choice";
import { defineComputation } from "../../computation";
import { drawSome, exponentialDraw, integerBetween, pick, sum, texNumber, texTuple } from "../shared/mle";

interface Variant {
  data: { sample: number[]; rate0: number };
}

function draw(rng: Rng): Variant | null {
  const n = integerBetween(rng, 4, 6);
  const rate = pick(rng, [1, 2, 3, 4]);
  // Two decimals, never 0: a waiting time of exactly 0 would be a strange observation to show.
  const sample = roundAll(
    Array.from({ length: n }, () => exponentialDraw(rng, rate)),
    2,
  ).map((x) => (x === 0 ? 0.01 : x));
  const rate0 = pick(rng, [0.5, 1, 1.5, 2, 2.5, 3, 4, 5]);
  const logLikelihood = logLikelihoodAt(sample, rate0);
  // Keep the likelihood readable (not 1e-12 or 1e9): the point is its size relative to 1.
  if (Math.abs(logLikelihood) > 8) return null;
  return { data: { sample, rate0 } };
}

const makeVariant = (rng: Rng): Variant => drawSome(rng, draw);

/** n log λ − λ Σx: the sum of log(λ e^{−λx}). */
function logLikelihoodAt(sample: readonly number[], rate: number): number {
  return sample.length * Math.log(rate) - rate * sum(sample);
}

type Round = (value: number) => number;

/**
 * ℓ(λ₀) worked by hand, each written-down number through `round`: n log λ₀ with log λ₀ written down
 * (log 3 = 1.099 moves 6 log λ₀ by 0.002), the two terms written down, or each log-density
 * log λ₀ − λ₀xᵢ written down and added.
 */
const LOG_LIKELIHOOD_ROUTES: readonly ((data: Variant["data"], round: Round) => number)[] = [
  ({ sample, rate0 }, round) => sample.length * round(Math.log(rate0)) - rate0 * sum(sample),
  ({ sample, rate0 }, round) => round(sample.length * Math.log(rate0)) - round(rate0 * sum(sample)),
  ({ sample, rate0 }, round) => sum(sample.map((x) => round(Math.log(rate0) - rate0 * x))),
];

const probabilityOptions = (): ChoiceOption[] => [
  {
    id: "densities",
    label: "No: it is a product of densities, which can exceed 1, and the probability of any exact sample is 0",
    correct: true,
    explanation:
      "For continuous data each factor is a density value $f(x_i \\mid \\lambda)$, a probability per unit of $x$, so the product can be above 1. It measures how well $\\lambda$ explains the data, relative to other values of $\\lambda$.",
  },
  {
    id: "probability-of-sample",
    label: "Yes: it is the probability of observing exactly this sample",
    correct: false,
    explanation:
      "With continuous data the probability of any exact sample is 0. The likelihood is a product of densities, which is why it can exceed 1.",
  },
  {
    id: "probability-of-lambda",
    label: "Yes: it is the probability that the true rate equals $\\lambda_0$",
    correct: false,
    explanation:
      "The likelihood is a function of the parameter but not a distribution over it: it need not integrate to 1 over $\\lambda$. A probability for $\\lambda$ needs a prior (Bayes' rule).",
  },
];

export const likelihoodExponentialDensity = defineComputation({
  id: "likelihood-exponential-density",
  title: "Likelihood of continuous data: a product of densities",
  topic: "likelihood",
  difficulty: "medium",
  tags: ["exponential", "likelihood", "density", "probability-vs-likelihood"],
  source: "Casella & Berger (2002), Statistical Inference, Definition 6.3.1 (likelihood of continuous data); exponential density λe^{−λx}",
  make: makeVariant,
  prompt: ({ data }) =>
    `Waiting times (in minutes) between arrivals at a ticket counter are $x = ${texTuple(data.sample)}$, modelled as independent exponential draws with density $f(x \\mid \\lambda) = \\lambda e^{-\\lambda x}$ (rate $\\lambda$ per minute). Evaluate the likelihood at $\\lambda_0 = ${data.rate0}$. Use natural logs.`,
  parts: [
    {
      id: "logLikelihood",
      prompt: "Compute the log-likelihood $\\ell(\\lambda_0)$.",
      hints: ({ data }) => [
        "The log of a product of densities is the sum of the log-densities, $\\log f(x_i \\mid \\lambda) = \\log\\lambda - \\lambda x_i$.",
        `So $\\ell(\\lambda) = n\\log\\lambda - \\lambda\\sum_i x_i$ with $n = ${data.sample.length}$.`,
      ],
      truth: ({ sample, rate0 }) => logLikelihoodAt(sample, rate0),
      routes: LOG_LIKELIHOOD_ROUTES.map((route) => (data: Variant["data"], _earlier: unknown, round: Round) => route(data, round)),
      check: ({ sample, rate0 }, truths) => ({
        // ℓ near 0 is the difference of two terms each given to 4 figures: allow 0.002 absolute.
        tolerance: Math.max(0.005, 0.002 / Math.max(Math.abs(truths.logLikelihood), 1e-9)),
        mistakes: [
          {
            tag: "mean-for-rate",
            value: -sample.length * Math.log(rate0) - sum(sample) / rate0,
            message:
              "You used $\\lambda_0$ as the mean waiting time. Here $\\lambda$ is the rate: the density is $\\lambda e^{-\\lambda x}$, with mean $1/\\lambda$.",
          },
          {
            tag: "likelihood-not-log",
            value: Math.exp(truths.logLikelihood),
            message: "That is the likelihood. This part asks for its natural log.",
          },
        ],
      }),
    },
    {
      id: "likelihood",
      prompt: "Compute the likelihood $L(\\lambda_0)$ itself.",
      hints: () => [
        "$L(\\lambda_0) = e^{\\ell(\\lambda_0)}$: exponentiate your answer to part 1.",
        "A positive log-likelihood gives a likelihood above 1. That is not an error for continuous data.",
      ],
      uses: ["logLikelihood"],
      truth: (_data, earlier) => Math.exp(earlier("logLikelihood")),
      // e to a log-likelihood worked by any route of part 1 and written down, or the product of the
      // densities λ₀e^{−λ₀xᵢ}, each written down to 4 figures.
      routes: [
        ...LOG_LIKELIHOOD_ROUTES.map(
          (route) => (data: Variant["data"], _earlier: unknown, round: Round) => Math.exp(round(route(data, round))),
        ),
        ({ sample, rate0 }: Variant["data"], _earlier: unknown, round: Round) =>
          sample.reduce((running, x) => running * round(rate0 * Math.exp(-rate0 * x)), 1),
      ],
      check: (_data, truths) => ({
        // A log-likelihood right to 0.5 % moves its exponential by 0.5 % × |ℓ|: allow that much.
        tolerance: 0.005 * Math.max(1, 1.2 * Math.abs(truths.logLikelihood)),
        range: { min: 0, name: "a likelihood" },
        mistakes: [
          {
            tag: "log-not-likelihood",
            value: truths.logLikelihood,
            message: "That is the log-likelihood (part 1). Exponentiate it.",
          },
        ],
      }),
    },
    {
      id: "isProbability",
      input: "choice",
      prompt: "Is $L(\\lambda_0)$ a probability?",
      hints: () => [
        "What is the probability that a continuous waiting time equals 0.37 exactly?",
        "A density value $f(x)$ is a probability per unit of $x$: $P(x < X < x + \\mathrm{d}x) \\approx f(x)\\,\\mathrm{d}x$.",
      ],
      options: probabilityOptions,
    },
  ],
  solution: ({ data: { sample, rate0 } }, truths) => {
    const n = sample.length;
    const total = sum(sample);
    const likelihood = truths.likelihood;
    return [
      `With $n = ${n}$ waiting times summing to $\\sum_i x_i = ${texNumber(total)}$,`,
      `$$\\ell(\\lambda_0) = n\\log\\lambda_0 - \\lambda_0\\sum_i x_i = ${n}\\log ${rate0} - ${rate0} \\times ${texNumber(total)} = ${texNumber(truths.logLikelihood)}.$$`,
      `$$L(\\lambda_0) = e^{${texNumber(truths.logLikelihood)}} = ${texNumber(likelihood)}.$$`,
      likelihood > 1
        ? "This likelihood is above 1, which no probability could be: it is a product of density values, and a density can exceed 1 wherever the distribution is concentrated."
        : "This one is below 1, but a likelihood of continuous data can exceed 1 (take a large $\\lambda_0$ and short waiting times): it is a product of densities, not of probabilities.",
    ].join("\n\n");
  },
});
