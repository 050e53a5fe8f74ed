/**
 * `em-labelled-coins` (content map 5): the two-coin experiment with the coin of every trial recorded.
 * With labels the MLE is a closed form (heads over tosses per coin) and the complete-data
 * log-likelihood splits by coin; the same parameters' observed-data log-likelihood (labels summed out)
 * is what EM would have to climb without them. Truths: `runJob` binomial on each coin's trials, and
 * `runJob` binomial-mixture (fixWeights) at the learner's parameters: its log-likelihood, and its
 * E-step's posterior of the recorded labels (complete = observed + Σ log P(zᵢ | data)).
 */
import type { NumberCheckSpec } from "../../../grading";
import { runJob } from "../../../estimation";
import type { BinomialMixtureParams } from "../../../estimation/models/binomial-mixture";
import type { Rng } from "../../../estimation/random";
import { binomial } from "../../../estimation/samplers";
import { logChoose } from "../../../estimation/special";
import { defineComputation } from "../../computation";
import {
  COUNT_LOG_LIKELIHOOD_RANGE,
  PROBABILITY_RANGE,
  emIteration,
  integerBetween,
  likelihoodNotLog,
  logLikelihoodAt,
  sum,
  texNumber,
} from "../shared/em";

const TOSSES = 10;

type Data = {
  heads: number[];
  tosses: number[];
  /** The coin of each trial, recorded this time. */
  coins: ("A" | "B")[];
};

interface Variant {
  data: Data;
}

const mixtureData = (data: Data) => ({ successes: data.heads, trials: data.tosses });
const mixtureParams = (thetaA: number, thetaB: number): BinomialMixtureParams => ({ weights: [0.5, 0.5], thetas: [thetaA, thetaB] });

/** The labelled MLE of one coin: `runJob` binomial on its trials. */
function labelledMle(data: Data, coin: "A" | "B"): number {
  const rows = data.coins.map((c) => c === coin);
  const job = {
    model: "binomial",
    data: { successes: data.heads.filter((_, i) => rows[i]), trials: data.tosses.filter((_, i) => rows[i]) },
  };
  return (runJob(job).params as { p: number }).p;
}

/**
 * The complete-data log-likelihood Σ log[½ C(n, h) θ_{zᵢ}^h (1 − θ_{zᵢ})^{n−h}] at (θA, θB), as the
 * observed log-likelihood plus the log posterior of each recorded coin; NaN for parameters the library
 * refuses (a learner's θ of 0 or 1).
 */
function completeLogLikelihood(data: Data, thetaA: number, thetaB: number): number {
  try {
    const step = emIteration<BinomialMixtureParams>("binomial-mixture", mixtureData(data), mixtureParams(thetaA, thetaB), {
      fixWeights: true,
    });
    const logPosteriors = data.coins.map((coin, i) => Math.log(step.responsibilities[i]?.[coin === "A" ? 0 : 1] ?? Number.NaN));
    return step.start.logLikelihood + sum(logPosteriors);
  } catch {
    return Number.NaN;
  }
}

/** Σ log max over the coins of ½ C(n, h) θ^h (1 − θ)^{n−h}: each trial given wholly to its more likely coin. */
function hardLogLikelihood(data: Data, thetaA: number, thetaB: number): number {
  const logTerm = (theta: number, i: number) => {
    const h = data.heads[i] as number;
    const n = data.tosses[i] as number;
    return Math.log(0.5) + logChoose(n, h) + h * Math.log(theta) + (n - h) * Math.log(1 - theta);
  };
  return sum(data.heads.map((_, i) => Math.max(logTerm(thetaA, i), logTerm(thetaB, i))));
}

/**
 * The hard-assignment value, or NaN when every recorded coin is its trial's more likely one: then it is
 * the complete-data log-likelihood, named as that.
 */
function hardOnlyWhereItDiffers(data: Data, truths: { thetaA: number; thetaB: number; complete: number }): number {
  const hard = hardLogLikelihood(data, truths.thetaA, truths.thetaB);
  return Math.abs(hard - truths.complete) <= 1e-9 * Math.abs(truths.complete) ? Number.NaN : hard;
}

function makeVariant(rng: Rng): Variant {
  const trials = integerBetween(rng, 5, 7);
  const biasA = 0.6 + 0.25 * rng.next();
  const biasB = 0.2 + 0.25 * rng.next();
  for (;;) {
    const coins: ("A" | "B")[] = [];
    const heads: number[] = [];
    for (let i = 0; i < trials; i += 1) {
      const coin = rng.next() < 0.5 ? "A" : "B";
      coins.push(coin);
      heads.push(binomial(rng, TOSSES, coin === "A" ? biasA : biasB));
    }
    const data = { heads, tosses: heads.map(() => TOSSES), coins };
    // Both coins used, and each MLE strictly inside (0, 1), where the mixture's log-likelihood is defined.
    const inside = (["A", "B"] as const).every((coin) => {
      const own = heads.filter((_, i) => coins[i] === coin);
      return own.length > 0 && sum(own) > 0 && sum(own) < own.length * TOSSES;
    });
    if (inside) return { data };
  }
}

const logBinomialCoefficients = (data: Data) => sum(data.heads.map((h, i) => logChoose(data.tosses[i] as number, h)));

function thetaCheck(data: Data, coin: "A" | "B", other: number): NumberCheckSpec {
  const own = data.heads.filter((_, i) => data.coins[i] === coin);
  return {
    range: PROBABILITY_RANGE,
    mistakes: [
      {
        tag: "labels-ignored",
        value: sum(data.heads) / sum(data.tosses),
        message: "That is the proportion of heads over all trials: it ignores the labels. Each coin's MLE uses only its own trials.",
      },
      { tag: "labels-swapped", value: other, message: `That is the other coin's estimate. Coin ${coin} uses the trials labelled ${coin}.` },
      { tag: "count-not-proportion", value: sum(own), message: `That is coin ${coin}'s number of heads. Divide by its number of tosses.` },
      {
        tag: "complement",
        value: 1 - labelledMle(data, coin),
        message: `That is coin ${coin}'s proportion of tails. $\\hat\\theta_${coin}$ is its proportion of heads.`,
      },
    ],
  };
}

export const emLabelledCoins = defineComputation({
  id: "em-labelled-coins",
  title: "Two coins with labels: MLE, complete and observed log-likelihood",
  topic: "why-labels-matter",
  difficulty: "easy",
  tags: ["two-coins", "complete-data", "observed-data", "labels", "closed-form"],
  source:
    "lib/estimation binomial and binomial-mixture (fixWeights); Do & Batzoglou (2008), Nature Biotechnology 26, 897–899, Fig. 1a (complete data)",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Two coins A and B are tossed in ${data.heads.length} trials of ${TOSSES} tosses; before each trial the coin is picked with probability $\\tfrac12$ each. This time the coin of every trial **was** recorded:`,
      `$$${data.heads.map((h, i) => `${data.coins[i]}{:}\\ ${h}`).join(",\\quad ")}$$`,
      "(coin: heads out of 10). Use natural logs and keep the binomial coefficients. Give at least 4 significant figures; later parts are graded against your own earlier answers when those were off.",
    ].join("\n\n"),
  parts: [
    {
      id: "thetaA",
      prompt: "The maximum likelihood estimate $\\hat\\theta_A$.",
      hints: () => [
        "With the labels known, the trials of coin A are plain binomial data about $\\theta_A$.",
        "$\\hat\\theta_A$ = heads in coin A's trials / tosses in coin A's trials.",
      ],
      truth: (data) => labelledMle(data, "A"),
      check: (data) => thetaCheck(data, "A", labelledMle(data, "B")),
    },
    {
      id: "thetaB",
      prompt: "The maximum likelihood estimate $\\hat\\theta_B$.",
      hints: () => [
        "Same as for A, with the trials labelled B.",
        "$\\hat\\theta_B$ = heads in coin B's trials / tosses in coin B's trials.",
      ],
      truth: (data) => labelledMle(data, "B"),
      check: (data) => thetaCheck(data, "B", labelledMle(data, "A")),
    },
    {
      id: "complete",
      prompt:
        "The complete-data log-likelihood at your estimates, with the coin choice included: $\\ell_c = \\sum_i \\log\\big[\\tfrac12\\binom{n_i}{h_i}\\theta_{z_i}^{h_i}(1-\\theta_{z_i})^{n_i-h_i}\\big]$.",
      hints: () => [
        "Each trial contributes the log of the probability of picking its coin (½) and then seeing its heads with that coin.",
        "Group the terms by coin: $\\ell_c = m\\log\\tfrac12 + \\sum_i \\log\\binom{n_i}{h_i} + \\sum_{\\text{coin}} \\big[H \\log\\theta + (N - H)\\log(1-\\theta)\\big]$, with $H$, $N$ that coin's heads and tosses.",
      ],
      uses: ["thetaA", "thetaB"],
      truth: (data, earlier) => completeLogLikelihood(data, earlier("thetaA"), earlier("thetaB")),
      check: (data, truths) => {
        const complete = truths.complete;
        return {
          range: COUNT_LOG_LIKELIHOOD_RANGE,
          mistakes: [
            likelihoodNotLog(complete),
            {
              tag: "constants-omitted",
              value: complete - logBinomialCoefficients(data),
              message: "You left out the binomial coefficients $\\binom{n_i}{h_i}$: the question asks for the full log-likelihood.",
            },
            {
              tag: "weights-omitted",
              value: complete + data.heads.length * Math.log(2),
              message:
                "You left out $\\log\\tfrac12$ per trial, the probability of picking the recorded coin: it is part of the complete data's likelihood.",
            },
          ],
        };
      },
    },
    {
      id: "observed",
      prompt:
        "The observed-data log-likelihood at the same estimates, as if the labels had not been recorded: $\\ell = \\sum_i \\log\\big[\\tfrac12\\binom{n_i}{h_i}\\theta_A^{h_i}(1-\\theta_A)^{n_i-h_i} + \\tfrac12\\binom{n_i}{h_i}\\theta_B^{h_i}(1-\\theta_B)^{n_i-h_i}\\big]$.",
      hints: () => [
        "Without the label, each trial's probability sums over both coins, inside the log.",
        "Compute both terms for every trial, add them, take the log, and sum. It cannot be smaller than part 3.",
      ],
      uses: ["thetaA", "thetaB"],
      truth: (data, earlier) =>
        logLikelihoodAt("binomial-mixture", mixtureData(data), mixtureParams(earlier("thetaA"), earlier("thetaB")), { fixWeights: true }),
      check: (data, truths) => ({
        range: COUNT_LOG_LIKELIHOOD_RANGE,
        mistakes: [
          likelihoodNotLog(truths.observed),
          {
            tag: "complete-for-observed",
            value: truths.complete,
            message: "That is the complete-data log-likelihood, which uses the labels. Without them, sum over both coins inside the log.",
          },
          {
            tag: "hard-assignments",
            value: hardOnlyWhereItDiffers(data, truths),
            message:
              "You kept only the more likely coin of each trial. Without labels each trial's probability is the sum over both coins, inside the log.",
          },
        ],
      }),
    },
  ],
  solution: ({ data }, truths) => {
    const totals = (coin: "A" | "B") => {
      const rows = data.coins.map((c) => c === coin);
      return { heads: sum(data.heads.filter((_, i) => rows[i])), tosses: sum(data.tosses.filter((_, i) => rows[i])) };
    };
    const a = totals("A");
    const b = totals("B");
    const m = data.heads.length;
    return [
      `**MLE with labels.** Coin A: ${a.heads} heads in ${a.tosses} tosses, so $\\hat\\theta_A = ${a.heads}/${a.tosses} = ${texNumber(truths.thetaA, 6)}$. Coin B: $\\hat\\theta_B = ${b.heads}/${b.tosses} = ${texNumber(truths.thetaB, 6)}$. No iteration: the labels split the data, and each coin's likelihood is maximised on its own.`,
      `**Complete-data log-likelihood.** $$\\ell_c = ${m}\\log\\tfrac12 + \\sum_i\\log\\binom{${TOSSES}}{h_i} + ${a.heads}\\log\\hat\\theta_A + ${a.tosses - a.heads}\\log(1-\\hat\\theta_A) + ${b.heads}\\log\\hat\\theta_B + ${b.tosses - b.heads}\\log(1-\\hat\\theta_B) = ${texNumber(truths.complete, 6)},$$ with $\\sum_i \\log\\binom{${TOSSES}}{h_i} = ${texNumber(logBinomialCoefficients(data), 6)}$.`,
      `**Observed-data log-likelihood.** Summing each trial over both coins inside the log gives $\\ell = ${texNumber(truths.observed, 6)}$, higher by $${texNumber(truths.observed - truths.complete, 4)} = -\\sum_i \\log P(z_i \\mid h_i) \\ge 0$: summing over the label adds the probability of the other coin. Without labels that sum sits inside the log, no closed form exists, and EM is needed.`,
    ].join("\n\n");
  },
});
