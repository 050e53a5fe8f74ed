/**
 * `em-zip-step` (content map 6): one EM iteration of the zero-inflated Poisson (Lambert 1992). The
 * hidden label is whether a zero is structural; the E-step is its posterior, the M-step gives π and
 * λ, each following through from the learner's posterior. Truths: `runJob` zip, one iteration.
 */
import type { ZipParams } from "../../../estimation/models/zip";
import type { Rng } from "../../../estimation/random";
import { poisson } from "../../../estimation/samplers";
import { defineComputation, type Earlier } from "../../computation";
import { PROBABILITY_RANGE, RATE_RANGE, emIteration, integerBetween, perData, pick, sum, texNumber } from "../shared/em";

const STORIES = [
  "Each visitor to a shop's website buys some number of items; many buy nothing, some because they only came to read the opening hours (they never intended to buy).",
  "A fisheries survey counts the fish each angler caught in a day; some anglers caught nothing because they never went fishing that day.",
  "An insurer counts the claims each policy made last year; some policies can never claim (the insured item was sold), others claim at a Poisson rate.",
] as const;

type Data = {
  counts: number[];
  init: { pi: number; lambda: number };
};

interface Variant {
  data: Data;
  story: string;
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 10, 15);
  const structural = 0.2 + 0.2 * rng.next();
  const rate = 1.5 + 2 * rng.next();
  const counts: number[] = [];
  for (let i = 0; i < n; i += 1) counts.push(rng.next() < structural ? 0 : poisson(rng, rate));
  // At least two zeros (the hidden label needs them) and three non-zero counts (λ needs them).
  for (let i = 0; counts.filter((x) => x === 0).length < 2; i += 1) counts[i] = 0;
  for (let i = n - 1; counts.filter((x) => x > 0).length < 3; i -= 1) counts[i] = integerBetween(rng, 1, 4);
  const init = { pi: pick(rng, [0.2, 0.3, 0.4, 0.5]), lambda: pick(rng, [1, 1.5, 2, 2.5, 3]) };
  return { data: { counts, init }, story };
}

const stepOf = perData((data: Data) => emIteration<ZipParams>("zip", data.counts, data.init));

const zeros = (data: Data) => data.counts.filter((x) => x === 0).length;

/** The posterior of the structural state for a zero: column 0 of the library's responsibilities. */
const posteriorOfZero = (data: Data) => stepOf(data).responsibilities[data.counts.indexOf(0)]?.[0] ?? Number.NaN;

const expectedStructural = (data: Data, earlier: Earlier<"z">) => zeros(data) * earlier("z");

export const emZipStep = defineComputation({
  id: "em-zip-step",
  title: "Zero-inflated Poisson: one EM iteration",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["zip", "zero-inflated", "poisson", "e-step", "m-step", "follow-through"],
  source: "lib/estimation zip (one iteration); Lambert (1992), Zero-inflated Poisson regression, Technometrics 34, 1–14",
  make: makeVariant,
  prompt: ({ data, story }) =>
    [
      story,
      `The model: each count is a structural zero with probability $\\pi$, and otherwise a Poisson($\\lambda$) draw, which may itself be 0. So $P(X = 0) = \\pi + (1-\\pi)e^{-\\lambda}$ and $P(X = x) = (1-\\pi)\\,\\lambda^x e^{-\\lambda}/x!$ for $x \\ge 1$.`,
      `Counts ($n = ${data.counts.length}$): $${data.counts.join(",\\ ")}$. EM starts from $\\pi^{(0)} = ${data.init.pi}$, $\\lambda^{(0)} = ${data.init.lambda}$. Give at least 4 significant figures.`,
    ].join("\n\n"),
  parts: [
    {
      id: "z",
      prompt: "E-step: the posterior probability that an observed zero is a structural zero.",
      hints: ({ data }) => [
        "A zero can come from either state; a count of 1 or more can only come from the Poisson state.",
        "Bayes' rule: prior of the structural state times the probability of a zero there (1), over the total probability of a zero.",
        `$z = \\dfrac{\\pi}{\\pi + (1-\\pi)e^{-\\lambda}}$ with $\\pi = ${data.init.pi}$, $\\lambda = ${data.init.lambda}$.`,
      ],
      truth: (data) => posteriorOfZero(data),
      // The hint's formula with e^{-λ}, the Poisson zero (1 − π)e^{-λ} and P(X = 0) written down to 4 figures.
      routes: [({ init: { pi, lambda } }, _earlier, round) => pi / round(pi + round((1 - pi) * round(Math.exp(-lambda))))],
      check: (data, truths) => ({
        range: PROBABILITY_RANGE,
        mistakes: [
          {
            tag: "prior-for-posterior",
            value: data.init.pi,
            message:
              "That is the prior $\\pi$. Seeing a zero makes the structural state more likely: divide $\\pi$ by the total probability of a zero.",
          },
          {
            tag: "labels-swapped",
            value: 1 - truths.z,
            message:
              "That is the posterior of the Poisson state for a zero, $(1-\\pi)e^{-\\lambda}/P(X=0)$. The question asks for the structural state.",
          },
          {
            tag: "weights-omitted",
            value: 1 / (1 + Math.exp(-data.init.lambda)),
            message:
              "You left out the state probabilities $\\pi$ and $1-\\pi$: the numerator is $\\pi \\cdot 1$ and the Poisson term is $(1-\\pi)e^{-\\lambda}$.",
          },
        ],
      }),
    },
    {
      id: "pi",
      prompt: "M-step: the new $\\pi^{(1)}$.",
      hints: () => [
        "$\\pi$ is the share of counts from the structural state; only zeros can be from it, each with probability $z$.",
        "$\\pi^{(1)} = n_0 z / n$, where $n_0$ is the number of zeros.",
      ],
      uses: ["z"],
      truth: (data, earlier) => expectedStructural(data, earlier) / data.counts.length,
      check: (data, truths) => ({
        range: PROBABILITY_RANGE,
        mistakes: [
          {
            tag: "hard-assignments",
            value: zeros(data) / data.counts.length,
            message: "You counted every zero as structural (a hard assignment). Each zero is structural only with probability $z$.",
          },
          {
            tag: "count-not-proportion",
            value: truths.pi * data.counts.length,
            message: "That is the expected number of structural zeros, $n_0 z$. $\\pi$ is a share: divide by $n$.",
          },
          {
            tag: "unchanged",
            value: data.init.pi,
            message: "That is the starting $\\pi^{(0)}$. The M-step replaces it with the expected share of structural zeros, $n_0 z / n$.",
          },
        ],
      }),
    },
    {
      id: "lambda",
      prompt: "M-step: the new $\\lambda^{(1)}$.",
      hints: () => [
        "$\\lambda$ is the mean of the counts that came from the Poisson state; the structural zeros add nothing to the total but must leave the denominator.",
        "$\\lambda^{(1)} = \\dfrac{\\sum_i x_i}{n - n_0 z}$: the total over the expected number of Poisson counts.",
      ],
      uses: ["z"],
      truth: (data, earlier) => sum(data.counts) / (data.counts.length - expectedStructural(data, earlier)),
      // The expected number of structural zeros n₀z written down, then the total over n − n₀z.
      routes: [(data, earlier, round) => sum(data.counts) / (data.counts.length - round(expectedStructural(data, earlier)))],
      check: (data) => ({
        range: RATE_RANGE,
        mistakes: [
          {
            tag: "inflation-ignored",
            value: sum(data.counts) / data.counts.length,
            message: "That is the plain mean of all counts, the Poisson MLE without inflation: it treats every zero as a Poisson zero.",
          },
          {
            tag: "hard-assignments",
            value: sum(data.counts) / (data.counts.length - zeros(data)),
            message:
              "That is the mean of the non-zero counts: every zero treated as structural (a hard assignment). Remove only the expected $n_0 z$ structural zeros.",
          },
          {
            tag: "unchanged",
            value: data.init.lambda,
            message:
              "That is the starting $\\lambda^{(0)}$. The M-step replaces it with the total over the expected number of Poisson counts, $n - n_0 z$.",
          },
        ],
      }),
    },
  ],
  solution: ({ data }, truths) => {
    const { pi, lambda } = data.init;
    const n0 = zeros(data);
    const n = data.counts.length;
    const poissonZero = (1 - pi) * Math.exp(-lambda);
    return [
      `There are $n = ${n}$ counts, $n_0 = ${n0}$ of them zeros, with total $\\sum_i x_i = ${sum(data.counts)}$.`,
      `**E-step.** A zero is structural with posterior probability`,
      `$$z = \\frac{\\pi}{\\pi + (1-\\pi)e^{-\\lambda}} = \\frac{${pi}}{${pi} + ${texNumber(1 - pi)}\\,e^{-${lambda}}} = \\frac{${pi}}{${pi} + ${texNumber(poissonZero)}} = ${texNumber(truths.z, 6)};$$`,
      "a non-zero count is from the Poisson state with probability 1.",
      `**M-step.** The expected number of structural zeros is $n_0 z = ${texNumber(n0 * truths.z, 6)}$, so`,
      `$$\\pi^{(1)} = \\frac{n_0 z}{n} = \\frac{${texNumber(n0 * truths.z, 6)}}{${n}} = ${texNumber(truths.pi, 6)}, \\qquad \\lambda^{(1)} = \\frac{\\sum_i x_i}{n - n_0 z} = \\frac{${sum(data.counts)}}{${texNumber(n - n0 * truths.z, 6)}} = ${texNumber(truths.lambda, 6)}.$$`,
      `The observed log-likelihood rises from $${texNumber(stepOf(data).start.logLikelihood, 6)}$ to $${texNumber(stepOf(data).next.logLikelihood, 6)}$.`,
    ].join("\n\n");
  },
});
