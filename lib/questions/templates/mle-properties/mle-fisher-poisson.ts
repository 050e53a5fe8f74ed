/**
 * `mle-fisher-poisson` (content map 3): standard error of the Poisson MLE from the Fisher information
 * I_n(λ) = n/λ, a Wald bound, and consistency in numbers: the standard error shrinks like 1/√n, so
 * four times the data halves it.
 */
import { fitPoisson } from "../../../estimation/models/poisson";
import type { Rng } from "../../../estimation/random";
import { poisson } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { integerBetween, pick, sum, texNumber, texRatio, texTuple, Z_95 } from "../shared/mle";

const STORIES = [
  "A call centre counts the calls that arrive in each of several one-minute intervals.",
  "A cyclist counts the punctures per month over several months.",
  "A lab counts the colonies on each of several Petri dishes.",
] as const;

interface Variant {
  data: { sample: number[] };
  setting: string;
}

function makeVariant(rng: Rng): Variant {
  const setting = pick(rng, STORIES);
  const n = integerBetween(rng, 10, 20);
  const rate = pick(rng, [1.5, 2, 3, 4, 6]);
  const sample = Array.from({ length: n }, () => poisson(rng, rate));
  // λ̂ ≥ 1 keeps the Wald lower bound positive (λ̂ − 1.96·√(λ̂/n) > 0 for n ≥ 10); λ̂ = 1 exactly would
  // make the reciprocal mistake right, so a short total is raised to n + 1.
  if (sum(sample) <= n) sample[0] = (sample[0] ?? 0) + n + 1 - sum(sample);
  return { data: { sample }, setting };
}

export const mleFisherPoisson = defineComputation({
  id: "mle-fisher-poisson",
  title: "Standard error of a Poisson rate, and how it shrinks with n",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["poisson", "fisher-information", "standard-error", "consistency", "wald-interval"],
  source: "lib/estimation poisson (standard error √(λ̂/n)); Casella & Berger (2002), Statistical Inference, §10.1.3",
  make: makeVariant,
  prompt: ({ data, setting }) =>
    `${setting} The counts are $x = ${texTuple(data.sample)}$, modelled as independent Poisson($\\lambda$) draws.`,
  parts: [
    {
      id: "lambda",
      prompt: "Compute the MLE $\\hat\\lambda$.",
      hints: () => ["Set $\\ell'(\\lambda) = \\sum_i x_i/\\lambda - n = 0$.", "The Poisson MLE is the sample mean."],
      truth: ({ sample }) => fitPoisson(sample).params.lambda,
      // One over the mean is the exponential rate's MLE; a variant with x̄ = 1, where the two agree, is drawn again.
      check: ({ sample }) => ({
        range: { min: 0, name: "a Poisson rate" },
        mistakes: [
          {
            tag: "reciprocal",
            value: sample.length / sum(sample),
            message: "That is $n/\\sum_i x_i = 1/\\bar x$, the MLE of an exponential rate. The Poisson rate is the mean count, $\\bar x$.",
          },
        ],
      }),
    },
    {
      id: "se",
      prompt: "Compute the standard error $\\operatorname{se}(\\hat\\lambda) = 1/\\sqrt{I_n(\\hat\\lambda)}$.",
      hints: ({ data }) => [
        "$\\ell''(\\lambda) = -\\sum_i x_i/\\lambda^2$, and $E\\left[\\sum_i X_i\\right] = n\\lambda$, so $I_n(\\lambda) = n/\\lambda$.",
        `$\\operatorname{se}(\\hat\\lambda) = \\sqrt{\\hat\\lambda/n}$ with $n = ${data.sample.length}$.`,
      ],
      uses: ["lambda"],
      truth: ({ sample }, earlier) => Math.sqrt(earlier("lambda") / sample.length),
      check: ({ sample }, truths) => {
        const lambda = truths.lambda;
        return {
          range: { min: 0, name: "a standard error" },
          mistakes: [
            {
              tag: "variance-not-se",
              value: lambda / sample.length,
              message: "That is the variance $\\hat\\lambda/n$. The standard error is its square root.",
            },
            {
              tag: "sd-not-se",
              value: Math.sqrt(lambda),
              message:
                "That is $\\sqrt{\\hat\\lambda}$, the standard deviation of one count. The standard error of the mean of $n$ counts divides by $\\sqrt n$.",
            },
          ],
        };
      },
    },
    {
      id: "lower",
      prompt: "Give the lower end of the 95 % Wald interval $\\hat\\lambda \\pm 1.96\\,\\operatorname{se}(\\hat\\lambda)$.",
      hints: () => [
        "Asymptotic normality: $\\hat\\lambda$ is approximately normal around $\\lambda$ with standard deviation $\\operatorname{se}(\\hat\\lambda)$.",
        "Subtract $1.96$ standard errors (your part 2) from $\\hat\\lambda$.",
      ],
      uses: ["lambda", "se"],
      truth: (_data, earlier) => earlier("lambda") - Z_95 * earlier("se"),
      check: (_data, truths) => ({
        mistakes: [
          {
            tag: "upper-not-lower",
            value: truths.lambda + Z_95 * truths.se,
            message: "That is the upper end. The lower end subtracts $1.96$ standard errors.",
          },
          {
            tag: "z-omitted",
            value: truths.lambda - truths.se,
            message: "You subtracted one standard error. A 95 % interval reaches $1.96$ standard errors either side.",
          },
        ],
      }),
    },
    {
      id: "quadrupled",
      prompt: "If four times as many counts were collected and $\\hat\\lambda$ came out the same, what would the standard error be?",
      hints: () => ["$\\operatorname{se} = \\sqrt{\\hat\\lambda/n}$: replace $n$ by $4n$.", "$\\sqrt{1/(4n)} = \\tfrac12\\sqrt{1/n}$."],
      uses: ["se"],
      truth: (_data, earlier) => earlier("se") / 2,
      check: (_data, truths) => ({
        range: { min: 0, name: "a standard error" },
        mistakes: [
          {
            tag: "divided-by-four",
            value: truths.se / 4,
            message: "The standard error shrinks like $1/\\sqrt n$, not $1/n$: four times the data halves it.",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { sample } }, truths) => {
    const n = sample.length;
    const lambda = truths.lambda;
    return [
      `$\\hat\\lambda = \\bar x = ${texRatio(sum(sample), n)} = ${texNumber(lambda)}$.`,
      "The information of the sample is $I_n(\\lambda) = -E[\\ell''(\\lambda)] = E\\left[\\sum_i X_i\\right]/\\lambda^2 = n/\\lambda$, so",
      `$$\\operatorname{se}(\\hat\\lambda) = \\sqrt{\\frac{\\hat\\lambda}{n}} = \\sqrt{\\frac{${texNumber(lambda)}}{${n}}} = ${texNumber(truths.se)}.$$`,
      `$$\\hat\\lambda - 1.96\\,\\operatorname{se} = ${texNumber(lambda)} - 1.96 \\times ${texNumber(truths.se)} = ${texNumber(truths.lower)}.$$`,
      `With $4n = ${4 * n}$ counts, $\\operatorname{se} = \\sqrt{\\hat\\lambda/(4n)} = ${texNumber(truths.quadrupled)}$: half as large. The MLE concentrates around the truth at rate $1/\\sqrt n$ (consistency).`,
    ].join("\n\n");
  },
});
