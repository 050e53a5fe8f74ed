/**
 * `em-symmetric-start` (content map 7): dependence on initialisation. A Poisson mixture started with
 * two identical rates never separates: every responsibility equals the prior weight, both rates jump
 * to the sample mean, and that point is a fixed point of EM. Truths: `runJob` poisson-mixture, one
 * iteration.
 */
import type { Rng } from "../../../estimation/random";
import { poisson } from "../../../estimation/samplers";
import type { ChoiceOption } from "../../choice";
import { defineComputation } from "../../computation";
import { PROBABILITY_RANGE, RATE_RANGE, WEIGHT_RANGE, emIteration, integerBetween, perData, pick, sum, texNumber } from "../shared/em";

type Data = {
  counts: number[];
  init: { weights: number[]; lambdas: number[] };
};

interface Variant {
  data: Data;
}

interface MixtureParams {
  weights: number[];
  lambdas: number[];
}

function makeVariant(rng: Rng): Variant {
  const n = integerBetween(rng, 6, 10);
  const low = 0.5 + rng.next();
  const high = 6 + 3 * rng.next();
  const counts: number[] = [];
  for (let i = 0; i < n; i += 1) counts.push(poisson(rng, rng.next() < 0.5 ? low : high));
  const rate = pick(rng, [2, 3, 4, 5]);
  // The start must differ from the sample mean, or part 2 could not tell the update from the start.
  if (sum(counts) === rate * n) counts[0] = (counts[0] as number) + 1;
  const weight = pick(rng, [0.3, 0.4, 0.6, 0.7]);
  return { data: { counts, init: { weights: [weight, Math.round((1 - weight) * 10) / 10], lambdas: [rate, rate] } } };
}

const stepOf = perData((data: Data) => emIteration<MixtureParams>("poisson-mixture", data.counts, data.init));

const largest = (data: Data) => Math.max(...data.counts);

const OPTIONS: readonly ChoiceOption[] = [
  {
    id: "stuck",
    correct: true,
    label: "EM stays where it is: both components keep the same rate forever.",
    explanation:
      "Identical components get responsibilities equal to their weights for every count, so they receive the same data and the same M-step: the symmetric point is a fixed point of EM (a saddle of the likelihood). Start the components apart, e.g. at different quantiles of the data, or from several random starts.",
  },
  {
    id: "separate",
    correct: false,
    label: "The rates drift apart after a few iterations and find the two groups.",
    explanation:
      "Nothing breaks the tie: each iteration gives both components exactly the same weighted data, so they stay equal (only rounding noise could separate them, and EM does not amplify it reliably).",
  },
  {
    id: "global",
    correct: false,
    label: "EM reaches the global maximum from any start, only more slowly from this one.",
    explanation:
      "EM only climbs to a stationary point near its start; from a symmetric start it stops at once at a point that is not the maximum.",
  },
  {
    id: "equal-weights",
    correct: false,
    label: "The weights drift to ½, ½ while the rates stay equal.",
    explanation:
      "The new weight is the average responsibility, and every responsibility equals the old weight: the weights do not move either.",
  },
];

export const emSymmetricStart = defineComputation({
  id: "em-symmetric-start",
  title: "A start that EM cannot leave",
  topic: "em-properties",
  difficulty: "easy",
  tags: ["initialisation", "fixed-point", "poisson-mixture", "local-optimum"],
  source:
    "lib/estimation poisson-mixture (one iteration); McLachlan & Krishnan (2008), The EM Algorithm and Extensions, §3.6 (stationary points and starting values)",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Counts $${data.counts.join(",\\ ")}$ ($n = ${data.counts.length}$) look like two groups. A two-component Poisson mixture is fitted by EM, started at $w_1 = ${data.init.weights[0]}$, $w_2 = ${data.init.weights[1]}$ and the same rate for both components, $\\lambda_1 = \\lambda_2 = ${data.init.lambdas[0]}$.`,
      "Give at least 4 significant figures.",
    ].join("\n\n"),
  parts: [
    {
      id: "r1",
      prompt: ({ data }) => `E-step: the responsibility of component 1 for the largest count, ${largest(data)}.`,
      hints: () => [
        "Write Bayes' rule: $r_1 = w_1 p(x \\mid \\lambda_1) / (w_1 p(x \\mid \\lambda_1) + w_2 p(x \\mid \\lambda_2))$.",
        "With $\\lambda_1 = \\lambda_2$ the Poisson probabilities are equal and cancel.",
      ],
      truth: (data) => stepOf(data).responsibilities[data.counts.indexOf(largest(data))]?.[0] ?? Number.NaN,
      check: () => ({
        range: PROBABILITY_RANGE,
        mistakes: [
          {
            tag: "weights-omitted",
            value: 0.5,
            message:
              "With equal rates the data cannot favour either component, but the weights still do: the posterior equals the prior weight $w_1$, not ½.",
          },
        ],
      }),
    },
    {
      id: "lambda1",
      prompt: "M-step: the new rate $\\lambda_1$.",
      hints: ({ data }) => [
        "Every count has the same responsibility $r$, so it cancels from the weighted mean.",
        `$\\lambda_1 = \\dfrac{\\sum_i r x_i}{\\sum_i r} = \\bar x$, the mean of the ${data.counts.length} counts.`,
      ],
      truth: (data) => stepOf(data).next.params.lambdas[0] ?? Number.NaN,
      check: (data) => ({
        range: RATE_RANGE,
        mistakes: [
          {
            tag: "unchanged",
            value: data.init.lambdas[0] as number,
            message: "That is the starting rate. The M-step moves it to the responsibility-weighted mean of the counts.",
          },
        ],
      }),
    },
    {
      id: "weight1",
      prompt: "M-step: the new weight $w_1$.",
      hints: () => [
        "The new weight is the average responsibility of component 1.",
        "Every responsibility equals the same number: what is their average?",
      ],
      truth: (data) => stepOf(data).next.params.weights[0] ?? Number.NaN,
      check: () => ({
        range: WEIGHT_RANGE,
        mistakes: [
          {
            tag: "equal-split",
            value: 0.5,
            message: "The weights do not drift to ½: every responsibility equals $w_1$, so their average is $w_1$ again.",
          },
        ],
      }),
    },
    {
      id: "next",
      input: "choice",
      prompt: "What do further EM iterations do from here?",
      hints: () => [
        "After the step, are the two components still identical?",
        "If the components are identical, what were the responsibilities, and what will they be next time?",
      ],
      options: () => OPTIONS,
    },
  ],
  solution: ({ data }, truths) => {
    const n = data.counts.length;
    return [
      `**E-step.** With $\\lambda_1 = \\lambda_2 = ${data.init.lambdas[0]}$ the Poisson probabilities cancel in Bayes' rule: $r_{i1} = \\dfrac{w_1 p(x_i)}{(w_1 + w_2)p(x_i)} = w_1 = ${texNumber(truths.r1, 6)}$ for every count, the largest included.`,
      `**M-step.** $\\lambda_1 = \\dfrac{\\sum_i w_1 x_i}{\\sum_i w_1} = \\bar x = \\dfrac{${sum(data.counts)}}{${n}} = ${texNumber(truths.lambda1, 6)}$, and the same for $\\lambda_2$; $w_1 = \\frac1n\\sum_i r_{i1} = ${texNumber(truths.weight1, 6)}$, unchanged.`,
      "The two components are still identical, so the next iteration does the same thing again: a symmetric start is a fixed point of EM, and EM never finds the two groups. The observed log-likelihood rose once (to that of a single Poisson at $\\bar x$) and then stops. Start the components apart, or try several starts and keep the best log-likelihood.",
    ].join("\n\n");
  },
});
