/**
 * `em-poisson-mixture-step` (content map 6): one EM iteration of a two-component Poisson mixture:
 * the responsibility for one count, then the M-step's weight and both rates, following through from
 * the learner's responsibility. Truths: `runJob` poisson-mixture, one iteration (responsibilities,
 * then the M-step formulas that reproduce `history[1].params`).
 */
import type { NumberCheckSpec } from "../../../grading";
import type { Rng } from "../../../estimation/random";
import { poisson } from "../../../estimation/samplers";
import { defineComputation, type Earlier } from "../../computation";
import {
  PROBABILITY_RANGE,
  RATE_RANGE,
  WEIGHT_RANGE,
  emIteration,
  integerBetween,
  perData,
  pick,
  poissonProbability,
  sum,
  texNumber,
} from "../shared/em";

const STORIES = [
  "A call centre logs the calls per minute; quiet minutes and rush minutes seem to follow different rates.",
  "A web server counts the errors per hour; ordinary hours and hours during a faulty deployment have different error rates.",
  "A biologist counts the eggs in nests of two similar-looking species, which lay at different rates.",
] as const;

type Data = {
  counts: number[];
  init: { weights: number[]; lambdas: number[] };
  /** The count whose responsibility part 1 asks for. */
  value: number;
};

interface Variant {
  data: Data;
  story: string;
}

interface PoissonMixtureParams {
  weights: number[];
  lambdas: number[];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 8, 10);
  const low = 0.8 + 1.2 * rng.next();
  const high = 6 + 3 * rng.next();
  const counts: number[] = [];
  for (let i = 0; i < n - 1; i += 1) counts.push(poisson(rng, rng.next() < 0.5 ? low : high));
  const init = {
    weights: pick(rng, [
      [0.5, 0.5],
      [0.4, 0.6],
      [0.6, 0.4],
    ]),
    lambdas: [pick(rng, [1, 1.5, 2]), pick(rng, [5, 6, 7])],
  };
  const value = focusValue(rng, init);
  counts.splice(Math.floor(rng.next() * n), 0, value);
  return { data: { counts, init, value }, story };
}

/**
 * A count between the two starting rates, so that part 1's responsibility is far from 0 and 1, but
 * not at the crossover where the posterior equals the prior w₁ (the prior would then pass as the answer).
 */
function focusValue(rng: Rng, init: Data["init"]): number {
  const [w1, w2] = init.weights as [number, number];
  const [start1, start2] = init.lambdas as [number, number];
  const crossover = Math.round((start2 - start1) / Math.log(start2 / start1));
  const posterior = (x: number) => {
    const a = w1 * poissonProbability(x, start1);
    return a / (a + w2 * poissonProbability(x, start2));
  };
  const candidates = [crossover - 1, crossover, crossover + 1].filter((x) => {
    const r = posterior(x);
    return x >= 0 && r > 0.03 && r < 0.97 && Math.abs(r - w1) > 0.05;
  });
  return candidates.length > 0 ? pick(rng, candidates) : crossover;
}

const stepOf = perData((data: Data) => emIteration<PoissonMixtureParams>("poisson-mixture", data.counts, data.init));

const responsibilities1 = (data: Data) => stepOf(data).responsibilities.map((row) => row[0] ?? Number.NaN);

/** Component 1's responsibilities with the learner's part-1 value at every count equal to `value`. */
const responsibilitiesWith = (data: Data, earlier: Earlier<"r1" | "weight1">) =>
  responsibilities1(data).map((r, i) => (data.counts[i] === data.value ? earlier("r1") : r));

function newRate(data: Data, earlier: Earlier<"r1" | "weight1">, component: 1 | 2): number {
  const r = responsibilitiesWith(data, earlier).map((value) => (component === 1 ? value : 1 - value));
  const weight = component === 1 ? earlier("weight1") : 1 - earlier("weight1");
  return sum(data.counts.map((x, i) => (r[i] as number) * x)) / (data.counts.length * weight);
}

/** The mean of the counts a hard (most likely component) assignment gives to `component`. */
function hardRate(data: Data, component: 1 | 2): number {
  const chosen = data.counts.filter((_, i) => (responsibilities1(data)[i] as number) > 0.5 === (component === 1));
  return sum(chosen) / chosen.length;
}

function rateMistakes(data: Data, truths: Readonly<Record<string, number>>, component: 1 | 2): NumberCheckSpec {
  return {
    range: RATE_RANGE,
    mistakes: [
      {
        tag: "hard-assignments",
        value: hardRate(data, component),
        message:
          "That is the mean of the counts more likely from this component, each counted fully (a hard assignment). EM weights every count by its responsibility.",
      },
      {
        tag: "responsibilities-ignored",
        value: sum(data.counts) / data.counts.length,
        message:
          "That is the mean of all counts. Each count enters with its responsibility for this component: $\\lambda_k = \\sum_i r_{ik} x_i / \\sum_i r_{ik}$.",
      },
      {
        tag: "labels-swapped",
        value: truths[component === 1 ? "lambda2" : "lambda1"] ?? Number.NaN,
        message: `That is the new rate of component ${component === 1 ? 2 : 1}.`,
      },
    ],
  };
}

export const emPoissonMixtureStep = defineComputation({
  id: "em-poisson-mixture-step",
  title: "Poisson mixture: one EM iteration",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["poisson-mixture", "e-step", "m-step", "follow-through"],
  source: "lib/estimation poisson-mixture (one iteration); McLachlan & Peel (2000), Finite Mixture Models, §1.4 and ch. 2",
  make: makeVariant,
  prompt: ({ data, story }) => {
    const { weights, lambdas } = data.init;
    return [
      `${story} Model the counts as a two-component Poisson mixture: $P(x) = w_1 \\frac{\\lambda_1^x e^{-\\lambda_1}}{x!} + w_2 \\frac{\\lambda_2^x e^{-\\lambda_2}}{x!}$.`,
      `Counts ($n = ${data.counts.length}$): $${data.counts.join(",\\ ")}$. Current parameters: $w_1 = ${weights[0]}$, $\\lambda_1 = ${lambdas[0]}$, $w_2 = ${weights[1]}$, $\\lambda_2 = ${lambdas[1]}$.`,
      "Work through one EM iteration. Give at least 4 significant figures; later parts are graded against your own earlier answers when those were off.",
    ].join("\n\n");
  },
  parts: [
    {
      id: "r1",
      prompt: ({ data }) => `E-step: the responsibility of component 1 for a count of ${data.value}.`,
      hints: ({ data }) => {
        const { weights, lambdas } = data.init;
        return [
          "Bayes' rule: weight times Poisson probability for component 1, over the same summed over both components.",
          `The $x!$ is common to both components and cancels: $r_1 = \\dfrac{${weights[0]} \\cdot ${lambdas[0]}^{${data.value}} e^{-${lambdas[0]}}}{${weights[0]} \\cdot ${lambdas[0]}^{${data.value}} e^{-${lambdas[0]}} + ${weights[1]} \\cdot ${lambdas[1]}^{${data.value}} e^{-${lambdas[1]}}}$.`,
        ];
      },
      truth: (data) => responsibilities1(data)[data.counts.indexOf(data.value)] ?? Number.NaN,
      check: (data, truths) => {
        const { weights, lambdas } = data.init;
        const p1 = poissonProbability(data.value, lambdas[0] as number);
        const p2 = poissonProbability(data.value, lambdas[1] as number);
        return {
          range: PROBABILITY_RANGE,
          mistakes: [
            {
              tag: "prior-for-posterior",
              value: weights[0] as number,
              message: "That is the prior weight $w_1$. The responsibility updates it with the count's probability under each component.",
            },
            {
              tag: "weights-omitted",
              value: p1 / (p1 + p2),
              message: "You left the mixing weights out: $r_1 = w_1 p_1(x) / (w_1 p_1(x) + w_2 p_2(x))$.",
            },
            {
              tag: "unnormalised-responsibilities",
              value: (weights[0] as number) * p1,
              message: "You stopped at the numerator $w_1 p_1(x)$. Divide by the sum over both components.",
            },
            { tag: "labels-swapped", value: 1 - truths.r1, message: "That is the responsibility of component 2. The two add up to 1." },
          ],
        };
      },
    },
    {
      id: "weight1",
      prompt: "M-step: the new weight $w_1$ (compute every count's responsibility first).",
      hints: () => [
        "The new weight is the average responsibility of component 1 over all counts.",
        "$w_1 = \\frac1n\\sum_i r_{i1}$; equal counts have equal responsibilities.",
      ],
      uses: ["r1"],
      truth: (data, earlier) => sum(responsibilitiesWith(data, earlier)) / data.counts.length,
      check: (data) => {
        const r = responsibilities1(data);
        return {
          range: WEIGHT_RANGE,
          mistakes: [
            {
              tag: "hard-assignments",
              value: r.filter((value) => value > 0.5).length / r.length,
              message: "You counted the counts more likely from component 1 (a hard assignment). EM averages the responsibilities.",
            },
            {
              tag: "count-not-proportion",
              value: sum(r),
              message: "That is $N_1 = \\sum_i r_{i1}$. The weight is a share: divide by $n$.",
            },
          ],
        };
      },
    },
    {
      id: "lambda1",
      prompt: "M-step: the new rate $\\lambda_1$.",
      hints: () => [
        "The M-step is the Poisson MLE, the mean, with every count weighted by its responsibility.",
        "$\\lambda_1 = \\dfrac{\\sum_i r_{i1} x_i}{\\sum_i r_{i1}}$, and $\\sum_i r_{i1} = n w_1$ from part 2.",
      ],
      uses: ["r1", "weight1"],
      truth: (data, earlier) => newRate(data, earlier, 1),
      check: (data, truths) => rateMistakes(data, truths, 1),
    },
    {
      id: "lambda2",
      prompt: "M-step: the new rate $\\lambda_2$.",
      hints: () => [
        "Component 2's responsibilities are $1 - r_{i1}$.",
        "$\\lambda_2 = \\dfrac{\\sum_i (1 - r_{i1}) x_i}{n - \\sum_i r_{i1}}$.",
      ],
      uses: ["r1", "weight1"],
      truth: (data, earlier) => newRate(data, earlier, 2),
      check: (data, truths) => rateMistakes(data, truths, 2),
    },
  ],
  solution: ({ data }, truths) => {
    const { weights, lambdas } = data.init;
    const distinct = [...new Set(data.counts)].sort((a, b) => a - b);
    const r = responsibilities1(data);
    const rows = distinct.map((x) => {
      const a = (weights[0] as number) * poissonProbability(x, lambdas[0] as number);
      const b = (weights[1] as number) * poissonProbability(x, lambdas[1] as number);
      const times = data.counts.filter((c) => c === x).length;
      return `- $x = ${x}$${times > 1 ? ` (${times} times)` : ""}: $r_1 = \\dfrac{${texNumber(a)}}{${texNumber(a)} + ${texNumber(b)}} = ${texNumber(r[data.counts.indexOf(x)] as number)}$`;
    });
    const n1 = sum(r);
    const n = data.counts.length;
    return [
      `**E-step.** $r_{i1} = \\dfrac{w_1 p(x_i \\mid \\lambda_1)}{w_1 p(x_i \\mid \\lambda_1) + w_2 p(x_i \\mid \\lambda_2)}$ with $p(x \\mid \\lambda) = \\lambda^x e^{-\\lambda}/x!$:`,
      rows.join("\n"),
      `Part 1: $r_1 = ${texNumber(truths.r1, 6)}$ for a count of ${data.value}.`,
      `**M-step.** $N_1 = \\sum_i r_{i1} = ${texNumber(n1, 6)}$, so $w_1 = N_1/${n} = ${texNumber(truths.weight1, 6)}$;`,
      `$$\\lambda_1 = \\frac{\\sum_i r_{i1} x_i}{N_1} = \\frac{${texNumber(sum(data.counts.map((x, i) => (r[i] as number) * x)), 6)}}{${texNumber(n1, 6)}} = ${texNumber(truths.lambda1, 6)}, \\qquad \\lambda_2 = \\frac{\\sum_i (1 - r_{i1}) x_i}{${n} - N_1} = \\frac{${texNumber(sum(data.counts.map((x, i) => (1 - (r[i] as number)) * x)), 6)}}{${texNumber(n - n1, 6)}} = ${texNumber(truths.lambda2, 6)}.$$`,
      `The observed log-likelihood rises from $${texNumber(stepOf(data).start.logLikelihood, 6)}$ to $${texNumber(stepOf(data).next.logLikelihood, 6)}$.`,
    ].join("\n\n");
  },
});
