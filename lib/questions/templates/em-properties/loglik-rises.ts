/**
 * `em-loglik-rises` (content map 7): EM's monotonicity in numbers. The learner evaluates the observed
 * log-likelihood of a Poisson mixture before and after one EM iteration (the iteration's result is
 * given, rounded to 4 decimals) and the rise, then says why it cannot be negative. Truths: `runJob`
 * poisson-mixture, the log-likelihood at the shown parameters.
 */
import type { NumberCheckSpec } from "../../../grading";
import type { Rng } from "../../../estimation/random";
import { poisson, roundTo } from "../../../estimation/samplers";
import { logFactorial } from "../../../estimation/special";
import type { ChoiceOption } from "../../choice";
import { defineComputation } from "../../computation";
import {
  drawUntil,
  COUNT_LOG_LIKELIHOOD_RANGE,
  emIteration,
  integerBetween,
  likelihoodNotLog,
  logLikelihoodAt,
  pick,
  poissonProbability,
  sum,
  texNumber,
} from "../shared/em";

interface MixtureParams {
  weights: number[];
  lambdas: number[];
}

type Data = {
  counts: number[];
  before: MixtureParams;
  /** The parameters after one EM iteration from `before`, rounded to 4 decimals. */
  after: MixtureParams;
};

interface Variant {
  data: Data;
}

const logLikelihood = (data: Data, params: MixtureParams) => logLikelihoodAt("poisson-mixture", data.counts, params);

function draw(rng: Rng): Variant {
  const n = integerBetween(rng, 6, 8);
  const low = 0.5 + rng.next();
  const high = 5 + 3 * rng.next();
  const counts: number[] = [];
  for (let i = 0; i < n; i += 1) counts.push(poisson(rng, rng.next() < 0.5 ? low : high));
  const before = { weights: [0.5, 0.5], lambdas: [pick(rng, [2, 3]), pick(rng, [4, 5])] };
  const { params } = emIteration<MixtureParams>("poisson-mixture", counts, before).next;
  const weight1 = roundTo(params.weights[0] as number, 4);
  const after = { weights: [weight1, roundTo(1 - weight1, 4)], lambdas: params.lambdas.map((lambda) => roundTo(lambda, 4)) };
  return { data: { counts, before, after } };
}

/** A rise that is clearly positive even after rounding the new parameters, and no all-equal counts. */
function workable({ data }: Variant): boolean {
  if (new Set(data.counts).size < 2 || Math.min(...data.after.weights) <= 0) return false;
  return logLikelihood(data, data.after) - logLikelihood(data, data.before) > 0.05;
}

function makeVariant(rng: Rng): Variant {
  return drawUntil(rng, draw, workable);
}

const logFactorials = (data: Data) => sum(data.counts.map(logFactorial));

/** Σ log Σ_k p_k(x): the weights left out. */
const withoutWeights = (data: Data, params: MixtureParams) =>
  sum(data.counts.map((x) => Math.log(sum(params.lambdas.map((lambda) => poissonProbability(x, lambda))))));

function logLikelihoodMistakes(data: Data, params: MixtureParams, truth: number): NumberCheckSpec {
  return {
    range: COUNT_LOG_LIKELIHOOD_RANGE,
    mistakes: [
      likelihoodNotLog(truth),
      {
        tag: "constants-omitted",
        value: truth + logFactorials(data),
        message:
          "You left out the $-\\log x_i!$ terms. They do not depend on the parameters, so the rise is unaffected, but the log-likelihood itself needs them.",
      },
      {
        tag: "weights-omitted",
        value: withoutWeights(data, params),
        message: "You left out the mixing weights: each count's probability is $w_1 p(x \\mid \\lambda_1) + w_2 p(x \\mid \\lambda_2)$.",
      },
    ],
  };
}

const texParams = (params: MixtureParams) =>
  `w_1 = ${params.weights[0]},\\ \\lambda_1 = ${params.lambdas[0]},\\ w_2 = ${params.weights[1]},\\ \\lambda_2 = ${params.lambdas[1]}`;

const WHY_OPTIONS: readonly ChoiceOption[] = [
  {
    id: "never",
    correct: true,
    label: "No. An exact EM iteration never lowers the observed log-likelihood.",
    explanation:
      "The E-step builds a lower bound on $\\ell$ (Jensen's inequality) that touches $\\ell$ at the current parameters; the M-step maximises that bound, so $\\ell(\\theta^{(1)}) \\ge \\text{bound}(\\theta^{(1)}) \\ge \\text{bound}(\\theta^{(0)}) = \\ell(\\theta^{(0)})$.",
  },
  {
    id: "overshoot",
    correct: false,
    label: "Yes, when the step overshoots, as gradient ascent with too large a step size can.",
    explanation:
      "EM has no step size: each M-step is an exact maximisation of the lower bound, so it cannot overshoot. A fall points to a bug, such as an unnormalised E-step.",
  },
  {
    id: "local",
    correct: false,
    label: "Yes, when EM is heading for a local rather than the global maximum.",
    explanation:
      "Heading for a local maximum still means climbing: the log-likelihood rises at every iteration towards whichever stationary point EM reaches.",
  },
  {
    id: "start",
    correct: false,
    label: "Only in the first iteration, since the starting values are arbitrary.",
    explanation:
      "The argument holds from any starting point, the first iteration included: the bound touches $\\ell$ at whatever the current parameters are.",
  },
];

export const emLoglikRises = defineComputation({
  id: "em-loglik-rises",
  title: "Did the log-likelihood rise? EM's monotonicity",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["monotonicity", "log-likelihood", "poisson-mixture", "convergence"],
  source:
    "lib/estimation poisson-mixture (log-likelihood at given parameters); Dempster, Laird & Rubin (1977), Theorem 1; Bishop (2006), Pattern Recognition and Machine Learning, §9.4",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Counts $${data.counts.join(",\\ ")}$ are modelled as a two-component Poisson mixture, $P(x) = w_1 \\frac{\\lambda_1^x e^{-\\lambda_1}}{x!} + w_2 \\frac{\\lambda_2^x e^{-\\lambda_2}}{x!}$.`,
      `EM starts from $\\theta^{(0)}$: $${texParams(data.before)}$. One iteration gives, rounded to 4 decimals, $\\theta^{(1)}$: $${texParams(data.after)}$.`,
      "Use natural logs and keep the $x!$. Give each log-likelihood to at least 4 decimal places.",
    ].join("\n\n"),
  parts: [
    {
      id: "before",
      prompt: "The observed-data log-likelihood $\\ell(\\theta^{(0)}) = \\sum_i \\log P(x_i)$ at the start.",
      hints: ({ data }) => [
        "The component of each count is unknown, so its probability is the weighted sum of the two Poisson probabilities.",
        `For example $P(${data.counts[0]}) = ${data.before.weights[0]} \\cdot \\frac{${data.before.lambdas[0]}^{${data.counts[0]}} e^{-${data.before.lambdas[0]}}}{${data.counts[0]}!} + ${data.before.weights[1]} \\cdot \\frac{${data.before.lambdas[1]}^{${data.counts[0]}} e^{-${data.before.lambdas[1]}}}{${data.counts[0]}!}$.`,
        "Take the log of each count's probability and add them up.",
      ],
      truth: (data) => logLikelihood(data, data.before),
      check: (data, truths) => logLikelihoodMistakes(data, data.before, truths.before),
    },
    {
      id: "after",
      prompt: "The observed-data log-likelihood $\\ell(\\theta^{(1)})$ after one iteration.",
      hints: () => [
        "Same computation with the new parameters.",
        "Counts that the new components explain better gain the most; compare count by count with part 1.",
      ],
      truth: (data) => logLikelihood(data, data.after),
      check: (data, truths) => logLikelihoodMistakes(data, data.after, truths.after),
    },
    {
      id: "rise",
      prompt: "The change $\\ell(\\theta^{(1)}) - \\ell(\\theta^{(0)})$.",
      hints: () => ["Subtract part 1 from part 2.", "The $\\log x_i!$ terms are the same on both sides and cancel."],
      uses: ["before", "after"],
      truth: (_data, earlier) => earlier("after") - earlier("before"),
      check: (_data, truths) => {
        const rise = truths.rise;
        return {
          // The difference of two numbers known to 4 decimals: allow 0.002 absolute.
          tolerance: Math.max(0.005, 0.002 / Math.abs(rise)),
          mistakes: [
            {
              tag: "rise-reversed",
              value: -rise,
              message: "You subtracted the other way round: the change is new minus old, $\\ell(\\theta^{(1)}) - \\ell(\\theta^{(0)})$.",
            },
            {
              tag: "likelihood-not-log",
              value: Math.exp(rise),
              message:
                "That is the likelihood ratio $L(\\theta^{(1)})/L(\\theta^{(0)})$. The question asks for the change in the log-likelihood.",
            },
          ],
        };
      },
    },
    {
      id: "why",
      input: "choice",
      prompt: "Could an exact EM iteration ever give a negative change here?",
      hints: () => [
        "Think of what the E-step builds at the current parameters and what the M-step does with it.",
        "The E-step's lower bound equals $\\ell$ at the current parameters (Jensen's inequality is tight there).",
      ],
      options: () => WHY_OPTIONS,
    },
  ],
  solution: ({ data }, truths) => {
    const line = (params: MixtureParams) =>
      data.counts.map((x) => {
        const p = sum(params.lambdas.map((lambda, k) => (params.weights[k] as number) * poissonProbability(x, lambda)));
        return `\\log ${texNumber(p)}`;
      });
    return [
      "The observed-data log-likelihood sums, over the counts, the log of the mixture probability $P(x) = w_1 p(x \\mid \\lambda_1) + w_2 p(x \\mid \\lambda_2)$ with $p(x \\mid \\lambda) = \\lambda^x e^{-\\lambda}/x!$.",
      `$$\\ell(\\theta^{(0)}) = ${line(data.before).join(" + ")} = ${texNumber(truths.before, 6)}$$`,
      `$$\\ell(\\theta^{(1)}) = ${line(data.after).join(" + ")} = ${texNumber(truths.after, 6)}$$`,
      `The change is $${texNumber(truths.after, 6)} - (${texNumber(truths.before, 6)}) = ${texNumber(truths.rise, 4)} > 0$.`,
      "That is no accident: the E-step's posterior defines a lower bound on $\\ell$ (Jensen's inequality) that equals $\\ell$ at $\\theta^{(0)}$; the M-step maximises the bound, and $\\ell$ lies above the bound everywhere, so $\\ell(\\theta^{(1)}) \\ge \\ell(\\theta^{(0)})$. A computed decrease means a bug (in practice, a classic check of an EM implementation).",
    ].join("\n\n");
  },
});
