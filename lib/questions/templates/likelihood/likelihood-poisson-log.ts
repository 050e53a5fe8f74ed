/**
 * `likelihood-poisson-log` (content map 1): the full log-likelihood of a Poisson sample at a given λ,
 * with its constant Σ log xᵢ! (the term that does not move the maximiser but is part of the value,
 * as R's `sum(dpois(x, λ, log = TRUE))` and the estimation CLI report it).
 */
import type { Rng } from "../../../estimation/random";
import { poisson } from "../../../estimation/samplers";
import { logPoissonPmf } from "../../../estimation/special";
import { defineComputation } from "../../computation";
import { integerBetween, isTrueValue, logFactorial, pick, sum, texNumber, texTuple } from "../shared/mle";

const STORIES = [
  { setting: "A help desk counts the calls it receives in each of several one-minute intervals.", unit: "calls per minute" },
  { setting: "A biologist counts the seedlings in each of several one-metre squares of a field.", unit: "seedlings per square" },
  { setting: "A web server logs the number of failed logins in each of several hours.", unit: "failed logins per hour" },
] as const;

interface Variant {
  data: { sample: number[]; lambda0: number };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 5, 8);
  const rate = pick(rng, [1.5, 2, 2.5, 3, 3.5]);
  const sample = Array.from({ length: n }, () => poisson(rng, rate));
  // At least one count of 2 or more, so that the log x! term is not zero.
  if (Math.max(...sample) < 2) sample[0] = 2;
  const lambda0 = pick(rng, [1, 1.5, 2, 2.5, 3, 4]);
  return { data: { sample, lambda0 }, story };
}

const sumLogFactorials = (sample: readonly number[]) => sum(sample.map(logFactorial));

/** Σx log λ − nλ − Σ log x!, the Poisson log-likelihood written the way the learner sums it. */
function logLikelihoodWith(sample: readonly number[], lambda: number, logFactorialSum: number): number {
  return sum(sample) * Math.log(lambda) - sample.length * lambda - logFactorialSum;
}

export const likelihoodPoissonLog = defineComputation({
  id: "likelihood-poisson-log",
  title: "Log-likelihood of a Poisson sample, constants included",
  topic: "likelihood",
  difficulty: "medium",
  tags: ["poisson", "log-likelihood", "normalising-constant"],
  source: "lib/estimation special.logPoissonPmf (R: sum(dpois(x, lambda, log = TRUE))); Casella & Berger (2002), Example 7.2.5",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} The counts are $x = ${texTuple(data.sample)}$, modelled as independent Poisson($\\lambda$) draws (${story.unit}). Evaluate the log-likelihood at $\\lambda_0 = ${data.lambda0}$, using the natural log throughout.`,
  parts: [
    {
      id: "sumLogFactorial",
      prompt: "Compute the constant $\\sum_i \\log(x_i!)$.",
      hints: () => [
        "It comes from the $x_i!$ in the denominator of the Poisson pmf $\\lambda^{x} e^{-\\lambda}/x!$.",
        "$0! = 1! = 1$, so counts of 0 and 1 contribute $\\log 1 = 0$; for the others use $\\log(x!) = \\log 2 + \\log 3 + \\dots + \\log x$.",
      ],
      truth: ({ sample }) => sumLogFactorials(sample),
      // Each log(xᵢ!) written down to 4 figures, or the hinted log 2 + log 3 + … + log xᵢ, each log written down.
      routes: [
        ({ sample }, _earlier, round) => sum(sample.map((x) => round(logFactorial(x)))),
        ({ sample }, _earlier, round) =>
          sum(sample.map((x) => sum(Array.from({ length: Math.max(0, x - 1) }, (_, j) => round(Math.log(j + 2)))))),
      ],
      check: ({ sample }, truths) => ({
        range: { min: 0, name: "a sum of log-factorials" },
        mistakes: [
          {
            tag: "log-base-10",
            value: truths.sumLogFactorial / Math.LN10,
            message: "You used log base 10. Use the natural log, as the log-likelihood does.",
          },
          {
            tag: "factorial-not-log",
            value: sum(sample.map((x) => Math.exp(logFactorial(x)))),
            message: "You added the factorials themselves. Take the log of each factorial, then add.",
          },
        ],
      }),
    },
    {
      id: "logLikelihood",
      prompt: "Compute the log-likelihood $\\ell(\\lambda_0) = \\sum_i \\log P(X = x_i \\mid \\lambda_0)$, constant included.",
      hints: ({ data }) => [
        "Independence: the log of a product of pmfs is the sum of their logs.",
        "$\\log P(X = x \\mid \\lambda) = x\\log\\lambda - \\lambda - \\log(x!)$, so $\\ell(\\lambda) = \\left(\\sum_i x_i\\right)\\log\\lambda - n\\lambda - \\sum_i\\log(x_i!)$.",
        `Here $n = ${data.sample.length}$ and $\\sum_i x_i = ${sum(data.sample)}$; subtract your answer to part 1 at the end.`,
      ],
      uses: ["sumLogFactorial"],
      truth: ({ sample, lambda0 }, earlier) => {
        const constant = earlier("sumLogFactorial");
        // With the true constant, the library's pmf (R's dpois) gives the value; otherwise follow through.
        return isTrueValue(constant, sumLogFactorials(sample))
          ? sum(sample.map((x) => logPoissonPmf(x, lambda0)))
          : logLikelihoodWith(sample, lambda0, constant);
      },
      // (Σx) log λ₀ with log λ₀ written down, minus nλ₀ and part 1; or each log-pmf written down and added.
      routes: [
        ({ sample, lambda0 }, earlier, round) =>
          sum(sample) * round(Math.log(lambda0)) - sample.length * lambda0 - earlier("sumLogFactorial"),
        ({ sample, lambda0 }, _earlier, round) => sum(sample.map((x) => round(logPoissonPmf(x, lambda0)))),
      ],
      check: ({ sample, lambda0 }, truths) => ({
        range: { max: 0, name: "the log-likelihood of counts" },
        mistakes: [
          {
            tag: "constant-dropped",
            value: logLikelihoodWith(sample, lambda0, 0),
            message:
              "You left out $-\\sum_i \\log(x_i!)$. It does not change where the maximum is, but it is part of the log-likelihood's value.",
          },
          {
            tag: "constant-sign",
            value: logLikelihoodWith(sample, lambda0, -truths.sumLogFactorial),
            message: "You added $\\sum_i \\log(x_i!)$. The factorials are in the denominator of the pmf, so their logs are subtracted.",
          },
          {
            tag: "likelihood-not-log",
            value: Math.exp(truths.logLikelihood),
            message: "That is the likelihood itself. This part asks for its log.",
          },
          {
            tag: "log-base-10",
            value: truths.logLikelihood / Math.LN10,
            message: "You used log base 10. Use the natural log throughout: multiply your answer by $\\ln 10 \\approx 2.303$.",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { sample, lambda0 } }, truths) => {
    const n = sample.length;
    const total = sum(sample);
    const factorialTerms = sample.filter((x) => x >= 2).map((x) => `\\log ${x}!`);
    return [
      `The sample has $n = ${n}$ counts with $\\sum_i x_i = ${total}$.`,
      `Only counts of 2 or more contribute to the constant: $\\sum_i \\log(x_i!) = ${factorialTerms.join(" + ")} = ${texNumber(truths.sumLogFactorial)}$.`,
      "Summing $\\log P(X = x_i \\mid \\lambda_0) = x_i\\log\\lambda_0 - \\lambda_0 - \\log(x_i!)$ over the sample,",
      `$$\\ell(\\lambda_0) = ${total}\\log ${lambda0} - ${n} \\times ${lambda0} - ${texNumber(truths.sumLogFactorial)} = ${texNumber(truths.logLikelihood)}.$$`,
      "The constant does not depend on $\\lambda$, so it drops out of $\\ell'(\\lambda)$ and leaves the MLE unchanged; it matters when log-likelihoods of different models are compared, and software includes it.",
    ].join("\n\n");
  },
});
