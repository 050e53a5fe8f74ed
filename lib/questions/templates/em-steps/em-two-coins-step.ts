/**
 * `em-two-coins-step` (content map 6): one EM iteration of the two-coin experiment of Do & Batzoglou
 * (2008). Five trials, each of n_i tosses of a coin picked at random (probability ½ each), report only
 * the heads h_i; from a start (θ_A, θ_B) the learner runs one E-step and one M-step by hand.
 *
 * The truth is the estimation library's binomial mixture run for exactly one iteration with the
 * weights fixed at ½ (`twoCoinStep`). Named mistakes: the labels swapped, hard assignments, the
 * prior ½ used for the posterior (the pooled proportion), unnormalised responsibilities, the tails
 * proportion.
 */
import { runJob } from "../../../estimation";
import type { Rng } from "../../../estimation/random";
import { binomial, roundTo } from "../../../estimation/samplers";
import type { MistakeCandidate } from "../../../grading";
import { defineComputation } from "../../computation";
import { formatNumber } from "../../format";
import { drawUntil, integerBetween, isApartFrom, sum, texNumber } from "../shared/mixtures";

type TwoCoinData = {
  heads: number[];
  tosses: number[];
  init: { thetaA: number; thetaB: number };
};

interface Variant {
  data: TwoCoinData;
}

/** Do & Batzoglou's Fig. 1b (five trials of ten tosses, started at θ_A = 0.6, θ_B = 0.5): the fallback if 50 draws all fail `isClearVariant`. */
export const PAPER_DATA: TwoCoinData = { heads: [5, 9, 8, 4, 7], tosses: [10, 10, 10, 10, 10], init: { thetaA: 0.6, thetaB: 0.5 } };

/**
 * (θ_A, θ_B) after one EM iteration (one E-step, one M-step) with equal coin priors, from the
 * estimation library's `binomial-mixture` model (weights fixed at ½, one iteration, no early stop).
 *
 * @example
 * twoCoinStep([5, 9, 8, 4, 7], [10, 10, 10, 10, 10], { thetaA: 0.6, thetaB: 0.5 });
 * // { thetaA: 0.7130122…, thetaB: 0.5813393… } (Do & Batzoglou, 2008, Fig. 1b: 0.71 and 0.58)
 */
export function twoCoinStep(
  heads: readonly number[],
  tosses: readonly number[],
  init: { thetaA: number; thetaB: number },
): { thetaA: number; thetaB: number } {
  const result = runJob({
    model: "binomial-mixture",
    data: { successes: heads, trials: tosses },
    init: { weights: [0.5, 0.5], thetas: [init.thetaA, init.thetaB] },
    options: { fixWeights: true, maxIter: 1, tol: 0 },
  });
  if (result.iterations !== 1) throw new Error(`em-two-coins-step: expected one EM iteration, ran ${result.iterations}`);
  const [thetaA, thetaB] = (result.params as { thetas: number[] }).thetas;
  return { thetaA: thetaA as number, thetaB: thetaB as number };
}

/** θ^h (1 − θ)^(n − h): the likelihood of one trial under one coin, without the binomial coefficient. */
const trialLikelihood = (theta: number, heads: number, tosses: number) => theta ** heads * (1 - theta) ** (tosses - heads);

interface Breakdown {
  likelihoodA: number[];
  likelihoodB: number[];
  /** Posterior that coin A was used, per trial. */
  responsibilityA: number[];
}

function breakdown({ heads, tosses, init }: TwoCoinData): Breakdown {
  const likelihoodA = heads.map((h, i) => trialLikelihood(init.thetaA, h, tosses[i] as number));
  const likelihoodB = heads.map((h, i) => trialLikelihood(init.thetaB, h, tosses[i] as number));
  const responsibilityA = likelihoodA.map((a, i) => a / (a + (likelihoodB[i] as number)));
  return { likelihoodA, likelihoodB, responsibilityA };
}

/** Σ wᵢ hᵢ / Σ wᵢ nᵢ: a coin's bias with each trial credited in proportion to the weight wᵢ. */
function weightedProportion(weights: readonly number[], { heads, tosses }: TwoCoinData): number {
  return sum(heads.map((h, i) => (weights[i] as number) * h)) / sum(tosses.map((n, i) => (weights[i] as number) * n));
}

/** The known wrong values for one coin ("A" or "B"), given both true answers. */
function coinMistakes(data: TwoCoinData, coin: "A" | "B", truths: { thetaA: number; thetaB: number }): MistakeCandidate[] {
  const { likelihoodA, likelihoodB } = breakdown(data);
  const own = coin === "A" ? likelihoodA : likelihoodB;
  const other = coin === "A" ? likelihoodB : likelihoodA;
  const hard = own.map((l, i) => (l > (other[i] as number) ? 1 : 0));
  const truth = coin === "A" ? truths.thetaA : truths.thetaB;
  const otherCoin = coin === "A" ? "B" : "A";
  return [
    {
      tag: "labels-swapped",
      value: coin === "A" ? truths.thetaB : truths.thetaA,
      message: `That is the new $\\theta_${otherCoin}$. The labels are fixed by the start: coin ${coin} is the one that started at $\\theta_${coin}^{(0)}$.`,
    },
    {
      tag: "hard-assignments",
      // No trial more likely under this coin: 0/0, which the grader ignores.
      value: weightedProportion(hard, data),
      message:
        "You gave each trial wholly to its more likely coin (hard assignments, as k-means would). EM splits every trial between the coins in proportion to the posterior probabilities.",
    },
    {
      tag: "prior-for-posterior",
      value: weightedProportion(
        data.heads.map(() => 0.5),
        data,
      ),
      message:
        "That is the pooled proportion of heads: it is what you get by weighting every trial by the prior $\\tfrac12$. The E-step weights each trial by its posterior probability, computed from the heads it shows.",
    },
    {
      tag: "unnormalised-responsibilities",
      value: weightedProportion(own, data),
      message: `You weighted the trials by the likelihoods $\\theta_${coin}^{h_i}(1-\\theta_${coin})^{n_i-h_i}$ without dividing by their total over both coins. Normalise each trial's two weights so that they add to 1.`,
    },
    {
      tag: "complement",
      value: 1 - truth,
      message: `That is the expected proportion of tails for coin ${coin}. $\\theta_${coin}$ is the probability of heads: divide the expected heads by the expected tosses.`,
    },
  ];
}

/** Usable data: both answers inside (0, 1), and every named mistake at least 1 % from its part's answer (labels-swapped included, so the two answers differ). */
export function isClearVariant(data: TwoCoinData): boolean {
  const truths = twoCoinStep(data.heads, data.tosses, data.init);
  if (!(truths.thetaA > 0 && truths.thetaA < 1 && truths.thetaB > 0 && truths.thetaB < 1)) return false;
  return (["A", "B"] as const).every((coin) => {
    const truth = coin === "A" ? truths.thetaA : truths.thetaB;
    return coinMistakes(data, coin, truths).every((mistake) => isApartFrom(truth, [mistake.value], 0.01));
  });
}

function draw(rng: Rng): Variant {
  const biasA = 0.05 * integerBetween(rng, 12, 18); // 0.6..0.9
  const biasB = 0.05 * integerBetween(rng, 4, 10); // 0.2..0.5
  const tosses = Array.from({ length: 5 }, () => integerBetween(rng, 8, 12));
  const heads = tosses.map((n) => binomial(rng, n, rng.next() < 0.5 ? biasA : biasB));
  const thetaA = roundTo(0.05 * integerBetween(rng, 8, 16), 2); // 0.4..0.8
  const thetaB = roundTo(0.05 * integerBetween(rng, 6, 14), 2); // 0.3..0.7
  return { data: { heads, tosses, init: { thetaA, thetaB } } };
}

const isUsable = ({ data }: Variant) => Math.abs(data.init.thetaA - data.init.thetaB) >= 0.1 && isClearVariant(data);

function makeVariant(rng: Rng): Variant {
  const variant = drawUntil(rng, draw, isUsable);
  return isUsable(variant) ? variant : { data: structuredClone(PAPER_DATA) };
}

const eStepFormula =
  "$$r_{i} = P(\\text{coin A} \\mid h_i) = \\frac{\\theta_A^{h_i}(1-\\theta_A)^{n_i-h_i}}{\\theta_A^{h_i}(1-\\theta_A)^{n_i-h_i} + \\theta_B^{h_i}(1-\\theta_B)^{n_i-h_i}}$$";

function hints(coin: "A" | "B") {
  return ({ data }: Variant): string[] => {
    const { heads, tosses, init } = data;
    const r1 = breakdown(data).responsibilityA[0] ?? 0;
    const weight = coin === "A" ? "r_i" : "(1 - r_i)";
    return [
      `E-step: for each trial, the posterior probability that coin A was used is ${eStepFormula} The priors $\\tfrac12$ and the binomial coefficients cancel; coin B gets $1 - r_i$.`,
      `M-step: credit each trial's heads and tosses to coin ${coin} in proportion to its weight $${weight}$: $\\theta_${coin}^{(1)} = \\dfrac{\\sum_i ${weight} h_i}{\\sum_i ${weight} n_i}$.`,
      `Check your first trial: with $h_1 = ${heads[0]}$, $n_1 = ${tosses[0]}$, $\\theta_A = ${init.thetaA}$ and $\\theta_B = ${init.thetaB}$ you should find $r_1 \\approx ${formatNumber(r1, 3)}$.`,
    ];
  };
}

export const emTwoCoinsStep = defineComputation({
  id: "em-two-coins-step",
  title: "One EM step for two coins",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["two-coins", "binomial-mixture", "e-step", "m-step"],
  source:
    "lib/estimation binomial-mixture (fixWeights, one iteration); Do & Batzoglou (2008), What is the expectation maximization algorithm?, Nature Biotechnology 26, 897–899",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      "Two coins, A and B, land heads with unknown probabilities $\\theta_A$ and $\\theta_B$. In each of five trials one coin is picked at random, each with probability $\\tfrac12$, and tossed $n_i$ times. Only the number of heads $h_i$ is recorded, not which coin was used.",
      "The data below give, for each trial, the heads $h_i$ and the tosses $n_i$.",
      `Start EM at $\\theta_A^{(0)} = ${data.init.thetaA}$ and $\\theta_B^{(0)} = ${data.init.thetaB}$, keep the probabilities of picking each coin fixed at $\\tfrac12$, and run one iteration: one E-step, then one M-step.`,
    ].join("\n\n"),
  parts: [
    {
      id: "thetaA",
      prompt: "Give $\\theta_A^{(1)}$, the estimate of $\\theta_A$ after one iteration.",
      hints: hints("A"),
      truth: ({ heads, tosses, init }) => twoCoinStep(heads, tosses, init).thetaA,
      // Every trial's responsibility written down to 4 figures, then the weighted heads over the weighted tosses.
      routes: [
        (data, _earlier, round) => {
          const weights = breakdown(data).responsibilityA.map((r) => round(r));
          return round(sum(data.heads.map((h, i) => (weights[i] ?? 0) * h))) / round(sum(data.tosses.map((n, i) => (weights[i] ?? 0) * n)));
        },
      ],
      check: (data, truths) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: coinMistakes(data, "A", { thetaA: truths.thetaA, thetaB: truths.thetaB }),
      }),
    },
    {
      id: "thetaB",
      prompt: "Give $\\theta_B^{(1)}$, the estimate of $\\theta_B$ after the same iteration.",
      hints: hints("B"),
      truth: ({ heads, tosses, init }) => twoCoinStep(heads, tosses, init).thetaB,
      // Every trial's responsibility written down to 4 figures, then the weighted heads over the weighted tosses.
      routes: [
        (data, _earlier, round) => {
          const weights = breakdown(data).responsibilityA.map((r) => round(1 - r));
          return round(sum(data.heads.map((h, i) => (weights[i] ?? 0) * h))) / round(sum(data.tosses.map((n, i) => (weights[i] ?? 0) * n)));
        },
      ],
      check: (data, truths) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: coinMistakes(data, "B", { thetaA: truths.thetaA, thetaB: truths.thetaB }),
      }),
    },
  ],
  solution: ({ data }, truths) => {
    const { heads, tosses, init } = data;
    const { likelihoodA, likelihoodB, responsibilityA } = breakdown(data);
    const rows = heads.map((h, i) => {
      const n = tosses[i] as number;
      const r = responsibilityA[i] as number;
      return `| ${i + 1} | ${h} | ${n} | $${texNumber(likelihoodA[i] as number)}$ | $${texNumber(likelihoodB[i] as number)}$ | ${formatNumber(r)} | ${formatNumber(r * h)} | ${formatNumber(r * n)} | ${formatNumber((1 - r) * h)} | ${formatNumber((1 - r) * n)} |`;
    });
    const headsA = sum(heads.map((h, i) => (responsibilityA[i] as number) * h));
    const tossesA = sum(tosses.map((n, i) => (responsibilityA[i] as number) * n));
    const headsB = sum(heads.map((h, i) => (1 - (responsibilityA[i] as number)) * h));
    const tossesB = sum(tosses.map((n, i) => (1 - (responsibilityA[i] as number)) * n));
    return [
      `**E-step.** For each trial compute the likelihood under each coin, $L_A = \\theta_A^{h_i}(1-\\theta_A)^{n_i-h_i}$ with $\\theta_A = ${init.thetaA}$ and $L_B$ likewise with $\\theta_B = ${init.thetaB}$, then the posterior that coin A was used, $r_i = L_A / (L_A + L_B)$ (the equal priors $\\tfrac12$ and the binomial coefficients cancel). Coin B gets $1 - r_i$.`,
      "**M-step.** Credit each trial's heads and tosses to the coins in proportion to $r_i$ and $1 - r_i$:",
      [
        "| Trial | $h_i$ | $n_i$ | $L_A$ | $L_B$ | $r_i$ | $r_i h_i$ | $r_i n_i$ | $(1-r_i) h_i$ | $(1-r_i) n_i$ |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ...rows,
        `| **Total** | | | | | | ${formatNumber(headsA)} | ${formatNumber(tossesA)} | ${formatNumber(headsB)} | ${formatNumber(tossesB)} |`,
      ].join("\n"),
      `$$\\theta_A^{(1)} = \\frac{\\sum_i r_i h_i}{\\sum_i r_i n_i} = \\frac{${formatNumber(headsA)}}{${formatNumber(tossesA)}} \\approx ${formatNumber(truths.thetaA)}, \\qquad \\theta_B^{(1)} = \\frac{\\sum_i (1-r_i) h_i}{\\sum_i (1-r_i) n_i} = \\frac{${formatNumber(headsB)}}{${formatNumber(tossesB)}} \\approx ${formatNumber(truths.thetaB)}.$$`,
      "Each trial counts for both coins, weighted by how well each coin explains it: that is what separates EM from hard assignment. Repeating the two steps raises the observed-data likelihood at every iteration.",
    ].join("\n\n");
  },
});
