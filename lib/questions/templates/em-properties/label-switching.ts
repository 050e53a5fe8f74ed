/**
 * `em-label-switching` (content map 7): two EM runs of a Poisson mixture end at the same fit with the
 * components' labels swapped. The learner checks that the log-likelihood is the same, sees that a
 * weight must travel with its rate, and computes what a naive average of "component 1" over the runs
 * gives: a single Poisson, with a much lower log-likelihood. Truths: `runJob` poisson-mixture, the
 * log-likelihood at the shown parameters.
 */
import { runJob } from "../../../estimation";
import type { Rng } from "../../../estimation/random";
import { poisson, roundTo } from "../../../estimation/samplers";
import { logFactorial } from "../../../estimation/special";
import type { ChoiceOption } from "../../choice";
import { defineComputation } from "../../computation";
import {
  drawUntil,
  COUNT_LOG_LIKELIHOOD_RANGE,
  RATE_RANGE,
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
  /** Run 1's fit, rounded to 2 decimals; run 2 ended at the same with the labels swapped. */
  fit: MixtureParams;
};

interface Variant {
  data: Data;
}

const swapped = (params: MixtureParams): MixtureParams => ({
  weights: [...params.weights].reverse(),
  lambdas: [...params.lambdas].reverse(),
});

const logLikelihood = (data: Data, params: MixtureParams) => logLikelihoodAt("poisson-mixture", data.counts, params);

function draw(rng: Rng): Variant {
  const n = integerBetween(rng, 8, 10);
  const share = pick(rng, [0.3, 0.35, 0.65, 0.7]);
  const low = 0.8 + rng.next();
  const high = 6 + 3 * rng.next();
  const counts: number[] = [];
  for (let i = 0; i < n; i += 1) counts.push(poisson(rng, rng.next() < share ? low : high));
  let fitted: MixtureParams = { weights: [0.5, 0.5], lambdas: [1, 7] }; // not workable: redrawn
  try {
    fitted = runJob({ model: "poisson-mixture", data: counts, init: fitted }).params as MixtureParams;
  } catch {
    // A component lost all its counts (the library refuses it): keep the unworkable placeholder.
  }
  const weight1 = roundTo(fitted.weights[0] as number, 2);
  return {
    data: { counts, fit: { weights: [weight1, roundTo(1 - weight1, 2)], lambdas: fitted.lambdas.map((lambda) => roundTo(lambda, 2)) } },
  };
}

/** Clearly unequal weights (so swapping only the rates is a different fit) and two distinct, positive rates. */
function workable({ data }: Variant): boolean {
  const [w1, w2] = data.fit.weights as [number, number];
  const [l1, l2] = data.fit.lambdas as [number, number];
  return Math.abs(w1 - w2) >= 0.1 && Math.min(w1, w2) > 0 && Math.min(l1, l2) > 0.05 && Math.abs(l1 - l2) > 2;
}

function makeVariant(rng: Rng): Variant {
  return drawUntil(rng, draw, workable);
}

const logFactorials = (data: Data) => sum(data.counts.map(logFactorial));

const fitText = (params: MixtureParams) =>
  `w_1 = ${params.weights[0]},\\ \\lambda_1 = ${params.lambdas[0]},\\ w_2 = ${params.weights[1]},\\ \\lambda_2 = ${params.lambdas[1]}`;

const AVERAGE_OPTIONS: readonly ChoiceOption[] = [
  {
    id: "labels-arbitrary",
    correct: true,
    label:
      "The labels are arbitrary: run 1's component 1 and run 2's component 1 are different components, so averaging them mixes two clusters into one.",
    explanation:
      "The likelihood is invariant to permuting the components, so every fit appears with its labels in every order. Before combining runs (or posterior draws), match the components, e.g. by ordering them by rate.",
  },
  {
    id: "rounding",
    correct: false,
    label: "The fits were rounded to 2 decimals, and averaging rounded values loses accuracy.",
    explanation:
      "Rounding moves the log-likelihood in the third or fourth decimal; the averaged fit loses whole units of log-likelihood because it merges the two components.",
  },
  {
    id: "local-maximum",
    correct: false,
    label: "One of the two runs stopped at a worse local maximum, and the average inherits its error.",
    explanation: "Both runs reached the same fit (same log-likelihood); only the names of the components differ.",
  },
  {
    id: "average-fine",
    correct: false,
    label: "Nothing went wrong: averaging several runs is the standard way to combine EM fits.",
    explanation:
      "Averaging parameters across runs is only meaningful once the components are matched; here it collapses the mixture into a single Poisson.",
  },
];

export const emLabelSwitching = defineComputation({
  id: "em-label-switching",
  title: "Label switching: same fit, swapped names",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["label-switching", "identifiability", "poisson-mixture", "log-likelihood"],
  source:
    "lib/estimation poisson-mixture (log-likelihood at given parameters); Stephens (2000), Dealing with label switching in mixture models, JRSS-B 62, 795–809; McLachlan & Peel (2000), §1.14",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Counts $${data.counts.join(",\\ ")}$ are modelled as a two-component Poisson mixture $P(x) = w_1 \\frac{\\lambda_1^x e^{-\\lambda_1}}{x!} + w_2 \\frac{\\lambda_2^x e^{-\\lambda_2}}{x!}$, fitted by EM twice from different starts.`,
      `Run 1 stops at (rounded) $${fitText(data.fit)}$. Run 2 stops at $${fitText(swapped(data.fit))}$.`,
      "Use natural logs and keep the $x!$. Give at least 4 significant figures; later parts are graded against your own earlier answers when those were off.",
    ].join("\n\n"),
  parts: [
    {
      id: "run1",
      prompt: "The observed-data log-likelihood at run 1's fit.",
      hints: ({ data }) => [
        "Each count's probability is the weighted sum of the two Poisson probabilities; add the logs over the counts.",
        `For the first count: $P(${data.counts[0]}) = ${data.fit.weights[0]}\\cdot\\frac{${data.fit.lambdas[0]}^{${data.counts[0]}}e^{-${data.fit.lambdas[0]}}}{${data.counts[0]}!} + ${data.fit.weights[1]}\\cdot\\frac{${data.fit.lambdas[1]}^{${data.counts[0]}}e^{-${data.fit.lambdas[1]}}}{${data.counts[0]}!}$.`,
      ],
      truth: (data) => logLikelihood(data, data.fit),
      // The hint's way: each count's two weighted Poisson terms and the log of their sum, to 4 figures.
      routes: [
        ({ counts, fit }, _earlier, round) =>
          sum(
            counts.map((x) =>
              round(Math.log(sum(fit.lambdas.map((lambda, k) => round((fit.weights[k] as number) * poissonProbability(x, lambda)))))),
            ),
          ),
      ],
      check: (data, truths) => ({
        range: COUNT_LOG_LIKELIHOOD_RANGE,
        mistakes: [
          likelihoodNotLog(truths.run1),
          {
            tag: "constants-omitted",
            value: truths.run1 + logFactorials(data),
            message: "You left out the $-\\log x_i!$ terms: the question asks for the full log-likelihood.",
          },
        ],
      }),
    },
    {
      id: "run2",
      prompt: "The observed-data log-likelihood at run 2's fit.",
      hints: () => [
        "Write out one count's mixture probability under run 2's parameters and compare it term by term with run 1's.",
        "The sum $w_1 p(x \\mid \\lambda_1) + w_2 p(x \\mid \\lambda_2)$ does not care which term is written first.",
      ],
      uses: ["run1"],
      truth: (_data, earlier) => earlier("run1"),
      check: (data) => ({
        range: COUNT_LOG_LIKELIHOOD_RANGE,
        mistakes: [
          {
            tag: "half-swapped",
            value: logLikelihood(data, { weights: data.fit.weights, lambdas: swapped(data.fit).lambdas }),
            message:
              "You swapped the rates but kept the weights in place, which pairs each weight with the other component's rate: a different mixture. In run 2 each weight moved with its own rate.",
          },
        ],
      }),
    },
    {
      id: "averageRate",
      prompt: 'A colleague averages "component 1" over the two runs. What rate $\\bar\\lambda_1$ do they get?',
      hints: () => [
        "Run 1's component 1 has rate $\\lambda_1$; run 2's component 1 has run 1's $\\lambda_2$.",
        "$\\bar\\lambda_1 = \\tfrac12(\\lambda_1 + \\lambda_2)$, and their averaged weights are $\\tfrac12, \\tfrac12$ (and $\\bar\\lambda_2 = \\bar\\lambda_1$).",
      ],
      truth: (data) => sum(data.fit.lambdas) / 2,
      check: () => ({ range: RATE_RANGE }),
    },
    {
      id: "averageFit",
      prompt:
        "The observed-data log-likelihood at the averaged parameters $w_1 = w_2 = \\tfrac12$, $\\lambda_1 = \\lambda_2 = \\bar\\lambda_1$.",
      hints: () => [
        "With two identical components the mixture is a single Poisson($\\bar\\lambda_1$).",
        "$\\ell = \\sum_i \\big(x_i \\log\\bar\\lambda_1 - \\bar\\lambda_1 - \\log x_i!\\big)$.",
      ],
      uses: ["averageRate"],
      truth: (data, earlier) => logLikelihood(data, { weights: [0.5, 0.5], lambdas: [earlier("averageRate"), earlier("averageRate")] }),
      // The hint's sum with log λ̄, each log x! and each term written down to 4 figures.
      routes: [
        ({ counts }, earlier, round) => {
          const rate = earlier("averageRate");
          const logRate = round(Math.log(rate));
          return sum(counts.map((x) => round(x * logRate - rate - round(logFactorial(x)))));
        },
      ],
      check: (_data, truths) => ({ range: COUNT_LOG_LIKELIHOOD_RANGE, mistakes: [likelihoodNotLog(truths.averageFit)] }),
    },
    {
      id: "why",
      input: "choice",
      prompt: "Why is the averaged fit so much worse than either run?",
      hints: () => [
        'Which real component is "component 1" in each run?',
        "Does the likelihood change when the two components trade names?",
      ],
      options: () => AVERAGE_OPTIONS,
    },
  ],
  solution: ({ data }, truths) => {
    const terms = data.counts.map((x) => {
      const p = sum(data.fit.lambdas.map((lambda, k) => (data.fit.weights[k] as number) * poissonProbability(x, lambda)));
      return `\\log ${texNumber(p)}`;
    });
    return [
      `**Run 1.** $\\ell = ${terms.join(" + ")} = ${texNumber(truths.run1, 6)}$.`,
      `**Run 2.** Each count's probability $w_1 p(x \\mid \\lambda_1) + w_2 p(x \\mid \\lambda_2)$ has the same two terms in the other order, so $\\ell = ${texNumber(truths.run2, 6)}$ again: the two runs found the same fit, named differently (label switching). Swapping only the rates would give $${texNumber(logLikelihood(data, { weights: data.fit.weights, lambdas: swapped(data.fit).lambdas }), 6)}$: a weight belongs to its rate.`,
      `**Averaging "component 1".** $\\bar\\lambda_1 = \\tfrac12(${data.fit.lambdas[0]} + ${data.fit.lambdas[1]}) = ${texNumber(truths.averageRate, 6)}$, and the weights average to $\\tfrac12, \\tfrac12$. Both components become Poisson($${texNumber(truths.averageRate, 6)}$), a single Poisson, with $\\ell = ${texNumber(truths.averageFit, 6)}$: ${texNumber(truths.run1 - truths.averageFit, 4)} below either run.`,
      "The likelihood of a mixture is invariant to permuting its components, so labels carry no meaning across runs (or across MCMC draws). Match the components first, for instance by sorting them by rate, and only then compare or average.",
    ].join("\n\n");
  },
});
