/**
 * `em-two-coins-iteration` (content map 6): one full EM iteration on the two-coin experiment of
 * Do & Batzoglou (2008), part by part: the E-step for one trial, the expected heads credited to coin A,
 * the M-step's new biases, and the new observed-data log-likelihood. Later parts follow through from
 * the learner's own earlier answers. Truths: `runJob` binomial-mixture with fixWeights (one iteration).
 */
import type { BinomialMixtureParams } from "../../../estimation/models/binomial-mixture";
import type { Rng } from "../../../estimation/random";
import { binomial } from "../../../estimation/samplers";
import { logChoose } from "../../../estimation/special";
import { defineComputation } from "../../computation";
import {
  COUNT_LOG_LIKELIHOOD_RANGE,
  PROBABILITY_RANGE,
  emIteration,
  likelihoodNotLog,
  logLikelihoodAt,
  perData,
  pick,
  sum,
  texNumber,
} from "../shared/em";

const TOSSES = 10;

type Data = {
  heads: number[];
  tosses: number[];
  init: { thetaA: number; thetaB: number };
  /** The trial (1-based) whose E-step part 1 asks for. */
  trial: number;
};

interface Variant {
  data: Data;
}

function makeVariant(rng: Rng): Variant {
  const trials = 4 + Math.floor(rng.next() * 3); // 4–6 trials of 10 tosses, as in the paper's five
  const biasA = 0.65 + 0.2 * rng.next();
  const biasB = 0.25 + 0.25 * rng.next();
  const heads: number[] = [];
  for (let i = 0; i < trials; i += 1) {
    const bias = rng.next() < 0.5 ? biasA : biasB;
    heads.push(binomial(rng, TOSSES, bias));
  }
  const thetaA = pick(rng, [0.55, 0.6, 0.65, 0.7, 0.75, 0.8]);
  const thetaB = pick(
    rng,
    [0.3, 0.35, 0.4, 0.45, 0.5].filter((theta) => theta < thetaA - 0.09),
  );
  // The focus trial has some heads, so that its responsibility moves the expected heads of part 2,
  // and a posterior visibly away from the prior ½, so that "the prior for the posterior" is recognisable.
  const posteriorA = (h: number) => {
    const a = thetaA ** h * (1 - thetaA) ** (TOSSES - h);
    return a / (a + thetaB ** h * (1 - thetaB) ** (TOSSES - h));
  };
  let candidates = heads.map((h, i) => (h > 0 && Math.abs(posteriorA(h) - 0.5) > 0.05 ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) candidates = heads.map((h, i) => (h > 0 ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) heads[0] = 1;
  const trial = (candidates.length > 0 ? pick(rng, candidates) : 0) + 1;
  return { data: { heads, tosses: heads.map(() => TOSSES), init: { thetaA, thetaB }, trial } };
}

const stepOf = perData((data: Data) =>
  emIteration<BinomialMixtureParams>(
    "binomial-mixture",
    { successes: data.heads, trials: data.tosses },
    { weights: [0.5, 0.5], thetas: [data.init.thetaA, data.init.thetaB] },
    { fixWeights: true },
  ),
);

/** Coin A's responsibility per trial, from the library's E-step. */
const responsibilitiesA = (data: Data): number[] => stepOf(data).responsibilities.map((row) => row[0] ?? Number.NaN);

/**
 * The same, with `focus` (the learner's part-1 value in follow-through) for every trial with as many
 * heads as the focus trial: they share its responsibility, and the learner would reuse it.
 */
const responsibilitiesWith = (data: Data, focus: number): number[] =>
  responsibilitiesA(data).map((r, i) => (data.heads[i] === data.heads[data.trial - 1] ? focus : r));

const expectedHeads = (data: Data, r: readonly number[]) => sum(data.heads.map((h, i) => (r[i] as number) * h));
const expectedTosses = (data: Data, r: readonly number[]) => sum(data.tosses.map((n, i) => (r[i] as number) * n));

/** θ of the trials a hard (most likely coin) assignment gives to coin A (`toA`) or B. */
function hardTheta(data: Data, toA: boolean): number {
  const chosen = responsibilitiesA(data).map((r) => r > 0.5 === toA);
  const heads = sum(data.heads.filter((_, i) => chosen[i]));
  const tosses = sum(data.tosses.filter((_, i) => chosen[i]));
  return tosses > 0 ? heads / tosses : Number.NaN;
}

const logLikelihood = (data: Data, thetaA: number, thetaB: number) =>
  logLikelihoodAt(
    "binomial-mixture",
    { successes: data.heads, trials: data.tosses },
    { weights: [0.5, 0.5], thetas: [thetaA, thetaB] },
    { fixWeights: true },
  );

const logBinomialCoefficients = (data: Data) => sum(data.heads.map((h, i) => logChoose(data.tosses[i] as number, h)));

const kernel = (theta: number, h: number, n: number) => `${texNumber(theta, 4)}^{${h}}\\,${texNumber(1 - theta, 4)}^{${n - h}}`;

export const emTwoCoinsIteration = defineComputation({
  id: "em-two-coins-iteration",
  title: "Two coins: one full EM iteration",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["two-coins", "binomial-mixture", "e-step", "m-step", "log-likelihood", "follow-through"],
  source:
    "lib/estimation binomial-mixture (fixWeights, one iteration); Do & Batzoglou (2008), What is the expectation maximization algorithm?, Nature Biotechnology 26, 897–899",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Two coins A and B have unknown biases $\\theta_A$ and $\\theta_B$ (probability of heads). In each of ${data.heads.length} trials one coin is picked at random, with probability $\\tfrac12$ each, and tossed ${TOSSES} times; we record the heads but **not** which coin was used.`,
      `Heads per trial: $${data.heads.join(",\\ ")}$ (out of ${TOSSES} each). EM starts from $\\theta_A^{(0)} = ${data.init.thetaA}$ and $\\theta_B^{(0)} = ${data.init.thetaB}$, with the coin priors fixed at $\\tfrac12$.`,
      "Work through one EM iteration. Give at least 4 significant figures; later parts are graded against your own earlier answers when those were off.",
    ].join("\n\n"),
  parts: [
    {
      id: "rA",
      prompt: ({ data }) =>
        `E-step: the posterior probability that trial ${data.trial} (${data.heads[data.trial - 1]} heads) was made with coin A, at $\\theta^{(0)}$.`,
      hints: ({ data }) => {
        const h = data.heads[data.trial - 1] as number;
        return [
          "Bayes' rule: the prior $\\tfrac12$ times the probability of the trial's tosses under coin A, divided by the same sum over both coins.",
          `Under coin A the ${TOSSES} tosses with ${h} heads have probability $\\binom{${TOSSES}}{${h}}\\,\\theta_A^{${h}}(1-\\theta_A)^{${TOSSES - h}}$; the $\\tfrac12$ and the binomial coefficient are the same for both coins and cancel.`,
          `$r_A = \\dfrac{${kernel(data.init.thetaA, h, TOSSES)}}{${kernel(data.init.thetaA, h, TOSSES)} + ${kernel(data.init.thetaB, h, TOSSES)}}$.`,
        ];
      },
      truth: (data) => responsibilitiesA(data)[data.trial - 1] ?? Number.NaN,
      check: (data, truths) => {
        const h = data.heads[data.trial - 1] as number;
        const likelihoodA = data.init.thetaA ** h * (1 - data.init.thetaA) ** (TOSSES - h);
        const unnormalised =
          "You stopped at the numerator of Bayes' rule. Divide it by the sum of the same quantity over both coins, so that the two posteriors add up to 1.";
        return {
          range: PROBABILITY_RANGE,
          mistakes: [
            {
              tag: "prior-for-posterior",
              value: 0.5,
              message: "That is the prior $\\tfrac12$ of picking coin A. The E-step updates it with the evidence: the heads of this trial.",
            },
            { tag: "unnormalised-responsibilities", value: 0.5 * likelihoodA, message: unnormalised },
            { tag: "unnormalised-responsibilities", value: likelihoodA, message: unnormalised },
            { tag: "unnormalised-responsibilities", value: 0.5 * Math.exp(logChoose(TOSSES, h)) * likelihoodA, message: unnormalised },
            {
              tag: "labels-swapped",
              value: 1 - truths.rA,
              message: "That is the posterior of coin B. The question asks for coin A: the two add up to 1.",
            },
          ],
        };
      },
    },
    {
      id: "headsA",
      prompt:
        "E-step, all trials: the expected number of heads credited to coin A, $\\sum_i r_{A,i}\\, h_i$ (compute every trial's $r_{A,i}$ as in part 1).",
      hints: () => [
        "Each trial shares its heads between the coins in proportion to its responsibilities: coin A gets $r_{A,i} h_i$ of trial $i$'s heads.",
        "Compute $r_{A,i}$ for every trial as in part 1, multiply by that trial's heads and add up.",
      ],
      uses: ["rA"],
      truth: (data, earlier) => expectedHeads(data, responsibilitiesWith(data, earlier("rA"))),
      // Every trial's responsibility written down to 4 figures, then multiplied by its heads.
      routes: [(data, earlier, round) => expectedHeads(data, responsibilitiesWith(data, earlier("rA")).map(round))],
      check: (data) => {
        const r = responsibilitiesA(data);
        const totalHeads = sum(data.heads);
        return {
          range: { min: 0, max: totalHeads, name: "an expected count of heads" },
          mistakes: [
            {
              tag: "hard-assignments",
              value: sum(data.heads.filter((_, i) => (r[i] as number) > 0.5)),
              message:
                "You gave every trial wholly to its more likely coin (a hard assignment). EM splits each trial's heads by its responsibilities: $r_{A,i} h_i$.",
            },
            {
              tag: "prior-for-posterior",
              value: totalHeads / 2,
              message: "That is half of all heads: the prior $\\tfrac12$ in place of each trial's posterior $r_{A,i}$.",
            },
            {
              tag: "labels-swapped",
              value: totalHeads - expectedHeads(data, r),
              message: "Those are the heads credited to coin B, $\\sum_i (1 - r_{A,i}) h_i$. Coin A gets $\\sum_i r_{A,i} h_i$.",
            },
          ],
        };
      },
    },
    {
      id: "thetaA",
      prompt: "M-step: the new estimate $\\theta_A^{(1)}$.",
      hints: () => [
        "The M-step is the binomial MLE, heads over tosses, with every trial weighted by its responsibility.",
        "$\\theta_A^{(1)} = \\dfrac{\\sum_i r_{A,i} h_i}{\\sum_i r_{A,i} n_i}$: your part 2 over the expected number of tosses made with coin A.",
      ],
      uses: ["rA", "headsA"],
      truth: (data, earlier) => earlier("headsA") / expectedTosses(data, responsibilitiesWith(data, earlier("rA"))),
      routes: [
        (data, earlier, round) => earlier("headsA") / round(expectedTosses(data, responsibilitiesWith(data, earlier("rA")).map(round))),
      ],
      check: (data, truths) => ({
        range: PROBABILITY_RANGE,
        mistakes: [
          {
            tag: "hard-assignments",
            value: hardTheta(data, true),
            message:
              "You used hard assignments: only the trials more likely from coin A, each counted fully. The M-step weights every trial by its responsibility.",
          },
          {
            tag: "labels-swapped",
            value: truths.thetaB,
            message: "That is coin B's new bias. Coin A's uses the responsibilities $r_{A,i}$.",
          },
          {
            tag: "total-tosses",
            value: truths.headsA / sum(data.tosses),
            message:
              "You divided by all the tosses. Divide the expected heads of coin A by the expected tosses of coin A, $\\sum_i r_{A,i} n_i$.",
          },
        ],
      }),
    },
    {
      id: "thetaB",
      prompt: "M-step: the new estimate $\\theta_B^{(1)}$.",
      hints: () => [
        "Coin B gets the rest of each trial: responsibility $1 - r_{A,i}$.",
        "$\\theta_B^{(1)} = \\dfrac{\\sum_i (1 - r_{A,i}) h_i}{\\sum_i (1 - r_{A,i}) n_i}$, or (all heads − part 2) over (all tosses − coin A's expected tosses).",
      ],
      uses: ["rA", "headsA"],
      truth: (data, earlier) => {
        const r = responsibilitiesWith(data, earlier("rA"));
        return (sum(data.heads) - earlier("headsA")) / (sum(data.tosses) - expectedTosses(data, r));
      },
      routes: [
        // Directly: each trial's responsibility written down, coin B's expected heads over its expected tosses.
        (data, earlier, round) => {
          const r = responsibilitiesWith(data, earlier("rA")).map(round);
          const heads = round(sum(data.heads.map((h, i) => (1 - (r[i] ?? 0)) * h)));
          return heads / round(sum(data.tosses.map((n, i) => (1 - (r[i] ?? 0)) * n)));
        },
        // The hinted shortcut: (all heads − part 2) over (all tosses − coin A's expected tosses). When coin B
        // gets almost nothing, both differences are small and lose figures: the band widens to match.
        (data, earlier, round) => {
          const r = responsibilitiesWith(data, earlier("rA")).map(round);
          return (sum(data.heads) - earlier("headsA")) / (sum(data.tosses) - round(expectedTosses(data, r)));
        },
      ],
      check: (data, truths) => ({
        range: PROBABILITY_RANGE,
        mistakes: [
          {
            tag: "hard-assignments",
            value: hardTheta(data, false),
            message:
              "You used hard assignments: only the trials more likely from coin B, each counted fully. The M-step weights every trial by its responsibility $1 - r_{A,i}$.",
          },
          {
            tag: "labels-swapped",
            value: truths.thetaA,
            message: "That is coin A's new bias. Coin B's uses the responsibilities $1 - r_{A,i}$.",
          },
        ],
      }),
    },
    {
      id: "logLikelihood",
      prompt: () =>
        "The observed-data log-likelihood at your new $(\\theta_A^{(1)}, \\theta_B^{(1)})$, natural log, binomial coefficients included: $\\ell = \\sum_i \\log\\big[\\tfrac12 \\binom{n_i}{h_i} \\theta_A^{h_i}(1-\\theta_A)^{n_i-h_i} + \\tfrac12 \\binom{n_i}{h_i} \\theta_B^{h_i}(1-\\theta_B)^{n_i-h_i}\\big]$.",
      hints: ({ data }) => [
        "The label is unknown, so each trial's probability is the ½–½ mixture of the two binomials; the log of that sum is one term of $\\ell$.",
        `Each trial has the common factor $\\tfrac12\\binom{${TOSSES}}{h_i}$; for example $\\binom{${TOSSES}}{${data.heads[0]}} = ${Math.round(Math.exp(logChoose(TOSSES, data.heads[0] as number)))}$.`,
        "Add the logs of the trials' probabilities. For comparison, compute the same at $\\theta^{(0)}$: EM never lowers it.",
      ],
      uses: ["thetaA", "thetaB"],
      truth: (data, earlier) => logLikelihood(data, earlier("thetaA"), earlier("thetaB")),
      check: (data, truths) => {
        const ell = truths.logLikelihood;
        return {
          range: COUNT_LOG_LIKELIHOOD_RANGE,
          mistakes: [
            likelihoodNotLog(ell),
            {
              tag: "constants-omitted",
              value: ell - logBinomialCoefficients(data),
              message:
                "You left out the binomial coefficients $\\binom{n_i}{h_i}$. They do not change where the maximum is, but the question asks for the full log-likelihood.",
            },
            {
              tag: "weights-omitted",
              value: ell + data.heads.length * Math.log(2),
              message:
                "You left out the coin priors $\\tfrac12$ inside the sum: each trial's probability is $\\tfrac12 p_A + \\tfrac12 p_B$.",
            },
            {
              tag: "old-parameters",
              value: stepOf(data).start.logLikelihood,
              message: "That is the log-likelihood at the starting values $\\theta^{(0)}$. The question asks for it at the new estimates.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data }, truths) => {
    const r = responsibilitiesA(data);
    const { thetaA, thetaB } = data.init;
    const rows = data.heads.map((h, i) => {
      const la = thetaA ** h * (1 - thetaA) ** (TOSSES - h);
      const lb = thetaB ** h * (1 - thetaB) ** (TOSSES - h);
      return `- Trial ${i + 1}, $h = ${h}$: $r_A = \\dfrac{${texNumber(la, 4)}}{${texNumber(la, 4)} + ${texNumber(lb, 4)}} = ${texNumber(r[i] as number, 4)}$, so coin A gets $${texNumber((r[i] as number) * h, 4)}$ heads of $${texNumber((r[i] as number) * TOSSES, 4)}$ tosses.`;
    });
    const headsA = truths.headsA;
    const tossesA = expectedTosses(data, r);
    const { start } = stepOf(data);
    return [
      `**E-step.** With equal priors the posterior of coin A for a trial with $h$ heads in $n = ${TOSSES}$ tosses is $r_A = \\dfrac{\\theta_A^h(1-\\theta_A)^{n-h}}{\\theta_A^h(1-\\theta_A)^{n-h} + \\theta_B^h(1-\\theta_B)^{n-h}}$ (the $\\tfrac12$ and $\\binom{n}{h}$ cancel). At $\\theta_A = ${thetaA}$, $\\theta_B = ${thetaB}$:`,
      rows.join("\n"),
      `Part 1 is trial ${data.trial}: $r_A = ${texNumber(truths.rA, 6)}$. Part 2: coin A's expected heads $\\sum_i r_{A,i} h_i = ${texNumber(headsA, 6)}$, and its expected tosses $\\sum_i r_{A,i} n_i = ${texNumber(tossesA, 6)}$.`,
      `**M-step.** The weighted binomial MLEs:`,
      `$$\\theta_A^{(1)} = \\frac{${texNumber(headsA, 6)}}{${texNumber(tossesA, 6)}} = ${texNumber(truths.thetaA, 6)}, \\qquad \\theta_B^{(1)} = \\frac{${sum(data.heads)} - ${texNumber(headsA, 6)}}{${sum(data.tosses)} - ${texNumber(tossesA, 6)}} = ${texNumber(truths.thetaB, 6)}.$$`,
      `**New log-likelihood.** $\\ell(\\theta^{(1)}) = \\sum_i \\log\\big[\\tfrac12\\binom{${TOSSES}}{h_i}\\big(\\theta_A^{h_i}(1-\\theta_A)^{${TOSSES}-h_i} + \\theta_B^{h_i}(1-\\theta_B)^{${TOSSES}-h_i}\\big)\\big] = ${texNumber(truths.logLikelihood, 6)}$, up from $\\ell(\\theta^{(0)}) = ${texNumber(start.logLikelihood, 6)}$: an EM iteration never lowers the observed log-likelihood.`,
    ].join("\n\n");
  },
});
