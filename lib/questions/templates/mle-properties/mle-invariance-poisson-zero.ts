/**
 * `mle-invariance-poisson-zero` (content map 3): invariance of the MLE. From λ̂ = x̄, the MLE of
 * P(X = 0) = e^{−λ} is e^{−λ̂}, and of P(X ≥ 2) = 1 − e^{−λ}(1 + λ) the same plug-in. The observed
 * proportion of zeros is another estimator, not the MLE under the Poisson model, and is named.
 */
import { fitPoisson } from "../../../estimation/models/poisson";
import type { Rng } from "../../../estimation/random";
import { poisson } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { integerBetween, pick, sum, texNumber, texRatio, texTuple } from "../shared/mle";

const STORIES = [
  {
    setting: "An insurer records the number of claims made by each of several policyholders in a year.",
    zero: "a policyholder makes no claim",
    many: "a policyholder makes two or more claims",
  },
  {
    setting: "A teacher records the number of questions each student asked in a lecture.",
    zero: "a student asks no question",
    many: "a student asks two or more",
  },
  {
    setting: "A goalkeeper's matches are recorded by the number of goals conceded.",
    zero: "a match ends with no goal conceded (a clean sheet)",
    many: "a match sees two or more goals conceded",
  },
] as const;

interface Variant {
  data: { sample: number[] };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 8, 15);
  const rate = pick(rng, [0.6, 0.8, 1, 1.2, 1.5, 2]);
  const sample = Array.from({ length: n }, () => poisson(rng, rate));
  if (sum(sample) === 0) sample[0] = 1;
  return { data: { sample }, story };
}

export const mleInvariancePoissonZero = defineComputation({
  id: "mle-invariance-poisson-zero",
  title: "Invariance: the MLE of a Poisson probability",
  topic: "mle-properties",
  difficulty: "easy",
  tags: ["poisson", "invariance", "plug-in"],
  source: "lib/estimation poisson; Casella & Berger (2002), Statistical Inference, Theorem 7.2.10 (invariance of MLEs)",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} The counts are $x = ${texTuple(data.sample)}$, modelled as independent Poisson($\\lambda$) draws.`,
  parts: [
    {
      id: "lambda",
      prompt: "Compute the MLE $\\hat\\lambda$.",
      hints: () => [
        "Set $\\ell'(\\lambda) = \\sum_i x_i/\\lambda - n = 0$.",
        "For a Poisson sample the MLE of $\\lambda$ is the sample mean.",
      ],
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
      id: "probZero",
      prompt: ({ story }) => `Give the MLE of the probability that ${story.zero}, $P(X = 0) = e^{-\\lambda}$.`,
      hints: () => [
        "Invariance: if $\\hat\\lambda$ is the MLE of $\\lambda$, the MLE of $g(\\lambda)$ is $g(\\hat\\lambda)$, for any function $g$.",
        "Evaluate $e^{-\\lambda}$ at your $\\hat\\lambda$.",
      ],
      uses: ["lambda"],
      truth: (_data, earlier) => Math.exp(-earlier("lambda")),
      check: ({ sample }, truths) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: [
          {
            tag: "empirical-proportion",
            value: sample.filter((x) => x === 0).length / sample.length,
            message:
              "That is the observed proportion of zeros: a valid estimator, but it ignores the Poisson model. The MLE under the model is $e^{-\\hat\\lambda}$.",
          },
          {
            tag: "complement",
            value: 1 - truths.probZero,
            message: "That is $1 - e^{-\\hat\\lambda}$, the probability of at least one. $P(X = 0) = e^{-\\lambda}$.",
          },
        ],
      }),
    },
    {
      id: "probAtLeastTwo",
      prompt: ({ story }) => `Give the MLE of the probability that ${story.many}, $P(X \\ge 2)$.`,
      hints: () => [
        "$P(X \\ge 2) = 1 - P(X = 0) - P(X = 1)$.",
        "$P(X = 1) = \\lambda e^{-\\lambda}$, so $P(X \\ge 2) = 1 - e^{-\\lambda}(1 + \\lambda)$; plug in $\\hat\\lambda$.",
      ],
      uses: ["lambda"],
      truth: (_data, earlier) => {
        const lambda = earlier("lambda");
        return 1 - Math.exp(-lambda) * (1 + lambda);
      },
      // The first hint's route: P(X = 0) and P(X = 1) written down, then subtracted from 1. When P(X ≥ 2) is
      // small the subtraction magnifies their rounding, and the band covers it.
      routes: [
        (_data, earlier, round) => {
          const zero = round(Math.exp(-earlier("lambda")));
          return 1 - zero - round(earlier("lambda") * zero);
        },
        (_data, earlier, round) => 1 - round(round(Math.exp(-earlier("lambda"))) * (1 + earlier("lambda"))),
      ],
      check: ({ sample }, truths) => {
        const lambda = truths.lambda;
        return {
          range: { min: 0, max: 1, name: "a probability" },
          mistakes: [
            {
              tag: "empirical-proportion",
              value: sample.filter((x) => x >= 2).length / sample.length,
              message:
                "That is the observed proportion of counts of 2 or more: a valid estimator, but it ignores the Poisson model. The MLE under the model is $1 - e^{-\\hat\\lambda}(1 + \\hat\\lambda)$.",
            },
            {
              tag: "complement",
              value: Math.exp(-lambda) * (1 + lambda),
              message: "That is $P(X \\le 1)$. Subtract it from 1.",
            },
            {
              tag: "term-omitted",
              value: 1 - Math.exp(-lambda),
              message: "That is $P(X \\ge 1)$: you subtracted $P(X = 0)$ but not $P(X = 1) = \\lambda e^{-\\lambda}$.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data: { sample } }, truths) => {
    const n = sample.length;
    const total = sum(sample);
    const zeros = sample.filter((x) => x === 0).length;
    const lambda = truths.lambda;
    return [
      `$\\hat\\lambda = \\bar x = ${texRatio(total, n)} = ${texNumber(lambda)}$.`,
      "By invariance the MLE of any function of $\\lambda$ is that function at $\\hat\\lambda$:",
      `$$\\widehat{P}(X = 0) = e^{-\\hat\\lambda} = e^{-${texNumber(lambda)}} = ${texNumber(truths.probZero)},$$`,
      `$$\\widehat{P}(X \\ge 2) = 1 - e^{-\\hat\\lambda}(1 + \\hat\\lambda) = 1 - ${texNumber(truths.probZero)} \\times ${texNumber(1 + lambda)} = ${texNumber(truths.probAtLeastTwo)}.$$`,
      `The observed share of zeros, $${zeros}/${n} = ${texNumber(zeros / n)}$, estimates $P(X = 0)$ without the model; the MLE uses every count through $\\bar x$, and is more precise when the model is right.`,
    ].join("\n\n");
  },
});
