/**
 * `em-binomial-mixture-weights` (content map 6): one EM iteration of a two-component binomial mixture
 * whose mixing weights are estimated too (unlike the two-coin experiment's fixed ½, ½), with rows of
 * different sizes: the responsibility for one row, the new weight and both success probabilities,
 * following through from the learner's responsibility. Truths: `runJob` binomial-mixture (free
 * weights), one iteration.
 */
import type { NumberCheckSpec } from "../../../grading";
import type { BinomialMixtureParams } from "../../../estimation/models/binomial-mixture";
import type { Rng } from "../../../estimation/random";
import { binomial } from "../../../estimation/samplers";
import { defineComputation, type Earlier } from "../../computation";
import { PROBABILITY_RANGE, WEIGHT_RANGE, emIteration, integerBetween, perData, pick, sum, texNumber } from "../shared/em";

type Data = {
  successes: number[];
  trials: number[];
  init: { weights: number[]; thetas: number[] };
  /** The row (1-based) whose responsibility part 1 asks for. */
  row: number;
};

interface Variant {
  data: Data;
}

function makeVariant(rng: Rng): Variant {
  const rows = integerBetween(rng, 5, 6);
  const share = 0.3 + 0.4 * rng.next();
  const low = 0.15 + 0.2 * rng.next();
  const high = 0.65 + 0.2 * rng.next();
  const successes: number[] = [];
  const trials: number[] = [];
  for (let i = 0; i < rows; i += 1) {
    const size = integerBetween(rng, 5, 12);
    trials.push(size);
    successes.push(binomial(rng, size, rng.next() < share ? low : high));
  }
  const w = pick(rng, [0.3, 0.4, 0.6, 0.7]);
  const init = { weights: [w, Math.round((1 - w) * 10) / 10], thetas: [pick(rng, [0.2, 0.3, 0.4]), pick(rng, [0.6, 0.7, 0.8])] };
  return { data: { successes, trials, init, row: focusRow(successes, trials, init) } };
}

/**
 * The row to ask about: the most uncertain one (responsibility closest to ½) among those whose
 * posterior is visibly different from the prior w₁, so that "the prior for the posterior" is a
 * recognisable mistake. 1-based.
 */
function focusRow(successes: number[], trials: number[], init: Data["init"]): number {
  const step = emIteration<BinomialMixtureParams>("binomial-mixture", { successes, trials }, init);
  const r = step.responsibilities.map((row) => row[0] ?? 0);
  const prior = init.weights[0] as number;
  const candidates = r.map((value, i) => ({ i, value })).filter(({ value }) => Math.abs(value - prior) > 0.05);
  const pool = candidates.length > 0 ? candidates : r.map((value, i) => ({ i, value }));
  pool.sort((a, b) => Math.abs(a.value - 0.5) - Math.abs(b.value - 0.5));
  return (pool[0]?.i ?? 0) + 1;
}

const stepOf = perData((data: Data) =>
  emIteration<BinomialMixtureParams>("binomial-mixture", { successes: data.successes, trials: data.trials }, data.init),
);

const responsibilities1 = (data: Data) => stepOf(data).responsibilities.map((row) => row[0] ?? Number.NaN);

/** The focus row's responsibility replaced by the learner's (rows of other sizes differ, so only that row). */
const responsibilitiesWith = (data: Data, earlier: Earlier<"r1">) =>
  responsibilities1(data).map((r, i) =>
    data.successes[i] === data.successes[data.row - 1] && data.trials[i] === data.trials[data.row - 1] ? earlier("r1") : r,
  );

function newTheta(data: Data, r: readonly number[], component: 1 | 2): number {
  const share = (i: number) => (component === 1 ? (r[i] as number) : 1 - (r[i] as number));
  return sum(data.successes.map((h, i) => share(i) * h)) / sum(data.trials.map((n, i) => share(i) * n));
}

/** The kernel w θ^h (1 − θ)^(n − h) of one component for the focus row. */
function joint(data: Data, component: 0 | 1, equalWeights = false): number {
  const h = data.successes[data.row - 1] as number;
  const n = data.trials[data.row - 1] as number;
  const theta = data.init.thetas[component] as number;
  return (equalWeights ? 1 : (data.init.weights[component] as number)) * theta ** h * (1 - theta) ** (n - h);
}

function thetaMistakes(data: Data, truths: Readonly<Record<string, number>>, component: 1 | 2): NumberCheckSpec {
  const r = responsibilities1(data);
  const share = (i: number) => (component === 1 ? (r[i] as number) : 1 - (r[i] as number));
  const hard = data.successes.map((_, i) => share(i) > 0.5);
  const hardTrials = sum(data.trials.filter((_, i) => hard[i]));
  return {
    range: PROBABILITY_RANGE,
    mistakes: [
      {
        tag: "hard-assignments",
        value: hardTrials > 0 ? sum(data.successes.filter((_, i) => hard[i])) / hardTrials : Number.NaN,
        message: "You gave each row wholly to its more likely component (a hard assignment). EM weights every row by its responsibility.",
      },
      {
        tag: "proportions-averaged",
        value: sum(data.successes.map((h, i) => share(i) * (h / (data.trials[i] as number)))) / sum(data.successes.map((_, i) => share(i))),
        message:
          "You averaged the rows' proportions $h_i/n_i$. The weighted binomial MLE pools successes and trials: $\\sum_i r_{ik} h_i / \\sum_i r_{ik} n_i$, so bigger rows count more.",
      },
      {
        tag: "labels-swapped",
        value: truths[component === 1 ? "theta2" : "theta1"] ?? Number.NaN,
        message: `That is the new θ of component ${component === 1 ? 2 : 1}.`,
      },
      {
        tag: "unweighted",
        value: sum(data.successes) / sum(data.trials),
        message:
          "That is the pooled proportion of all rows, with no responsibilities: it is the same for both components. Weight each row by its responsibility $r_{ik}$.",
      },
    ],
  };
}

export const emBinomialMixtureWeights = defineComputation({
  id: "em-binomial-mixture-weights",
  title: "Binomial mixture with unknown weights: one EM iteration",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["binomial-mixture", "mixing-weights", "e-step", "m-step", "follow-through"],
  source: "lib/estimation binomial-mixture (free weights, one iteration); McLachlan & Peel (2000), Finite Mixture Models, §1.4",
  make: makeVariant,
  prompt: ({ data }) => {
    const rows = data.successes.map((h, i) => `${h}/${data.trials[i]}`);
    return [
      "Students answer short quizzes of different lengths. Each student is, unknown to us, either a guesser or a learner: a hidden class with probabilities $w_1, w_2$, and success probability $\\theta_1$ or $\\theta_2$ per question. A student's score is then binomial given the class.",
      `Scores (correct/questions): $${rows.join(",\\ ")}$. Current parameters: $w_1 = ${data.init.weights[0]}$, $\\theta_1 = ${data.init.thetas[0]}$; $w_2 = ${data.init.weights[1]}$, $\\theta_2 = ${data.init.thetas[1]}$.`,
      "Work through one EM iteration, estimating the weights as well. Give at least 4 significant figures; later parts are graded against your own earlier answers when those were off.",
    ].join("\n\n");
  },
  parts: [
    {
      id: "r1",
      prompt: ({ data }) =>
        `E-step: the responsibility of class 1 for student ${data.row} (${data.successes[data.row - 1]}/${data.trials[data.row - 1]}).`,
      hints: ({ data }) => {
        const h = data.successes[data.row - 1] as number;
        const n = data.trials[data.row - 1] as number;
        const [w1, w2] = data.init.weights as [number, number];
        const [t1, t2] = data.init.thetas as [number, number];
        return [
          "Bayes' rule with unequal priors: the weights $w_k$ do not cancel here.",
          `The binomial coefficient $\\binom{${n}}{${h}}$ is common to both classes and cancels: $r_1 = \\dfrac{${w1} \\cdot ${t1}^{${h}} \\cdot ${texNumber(1 - t1)}^{${n - h}}}{${w1} \\cdot ${t1}^{${h}} \\cdot ${texNumber(1 - t1)}^{${n - h}} + ${w2} \\cdot ${t2}^{${h}} \\cdot ${texNumber(1 - t2)}^{${n - h}}}$.`,
        ];
      },
      truth: (data) => responsibilities1(data)[data.row - 1] ?? Number.NaN,
      check: (data, truths) => ({
        range: PROBABILITY_RANGE,
        mistakes: [
          {
            tag: "weights-omitted",
            value: joint(data, 0, true) / (joint(data, 0, true) + joint(data, 1, true)),
            message:
              "You left out the mixing weights, as if both classes were equally likely a priori. Multiply each class's likelihood by its weight $w_k$.",
          },
          {
            tag: "prior-for-posterior",
            value: data.init.weights[0] as number,
            message: "That is the prior weight $w_1$. The responsibility updates it with the student's score.",
          },
          {
            tag: "unnormalised-responsibilities",
            value: joint(data, 0),
            message: "You stopped at the numerator $w_1\\theta_1^{h}(1-\\theta_1)^{n-h}$. Divide by the sum over both classes.",
          },
          { tag: "labels-swapped", value: 1 - truths.r1, message: "That is the responsibility of class 2. The two add up to 1." },
        ],
      }),
    },
    {
      id: "weight1",
      prompt: "M-step: the new weight $w_1$ (compute every student's responsibility first).",
      hints: () => [
        "The new weight is the average responsibility of class 1 over the students, whatever the quiz lengths.",
        "$w_1 = \\frac1m \\sum_i r_{i1}$ for $m$ students.",
      ],
      uses: ["r1"],
      truth: (data, earlier) => sum(responsibilitiesWith(data, earlier)) / data.successes.length,
      check: (data) => {
        const r = responsibilities1(data);
        return {
          range: WEIGHT_RANGE,
          mistakes: [
            {
              tag: "weights-not-updated",
              value: data.init.weights[0] as number,
              message: "That is the old weight. With free weights the M-step re-estimates them: $w_1 = \\frac1m\\sum_i r_{i1}$.",
            },
            {
              tag: "hard-assignments",
              value: r.filter((value) => value > 0.5).length / r.length,
              message: "You counted the students more likely in class 1 (a hard assignment). EM averages the responsibilities.",
            },
            {
              tag: "count-not-proportion",
              value: sum(r),
              message: "That is $\\sum_i r_{i1}$, the expected number of class-1 students. Divide by the number of students.",
            },
            {
              tag: "trial-weighted",
              value: sum(r.map((value, i) => value * (data.trials[i] as number))) / sum(data.trials),
              message:
                "You weighted each student by the length of their quiz. The weight is a share of students, not of questions: $w_1 = \\frac1m\\sum_i r_{i1}$, every student counting once.",
            },
          ],
        };
      },
    },
    {
      id: "theta1",
      prompt: "M-step: the new $\\theta_1$.",
      hints: () => [
        "The weighted binomial MLE: expected successes of class 1 over its expected trials.",
        "$\\theta_1 = \\dfrac{\\sum_i r_{i1} h_i}{\\sum_i r_{i1} n_i}$: weight successes and question counts, not the proportions.",
      ],
      uses: ["r1"],
      truth: (data, earlier) => newTheta(data, responsibilitiesWith(data, earlier), 1),
      check: (data, truths) => thetaMistakes(data, truths, 1),
    },
    {
      id: "theta2",
      prompt: "M-step: the new $\\theta_2$.",
      hints: () => [
        "Class 2's responsibilities are $1 - r_{i1}$.",
        "$\\theta_2 = \\dfrac{\\sum_i (1 - r_{i1}) h_i}{\\sum_i (1 - r_{i1}) n_i}$.",
      ],
      uses: ["r1"],
      truth: (data, earlier) => newTheta(data, responsibilitiesWith(data, earlier), 2),
      check: (data, truths) => thetaMistakes(data, truths, 2),
    },
  ],
  solution: ({ data }, truths) => {
    const r = responsibilities1(data);
    const [w1, w2] = data.init.weights as [number, number];
    const [t1, t2] = data.init.thetas as [number, number];
    const rows = data.successes.map((h, i) => {
      const n = data.trials[i] as number;
      const a = w1 * t1 ** h * (1 - t1) ** (n - h);
      const b = w2 * t2 ** h * (1 - t2) ** (n - h);
      return `- Student ${i + 1} (${h}/${n}): $r_1 = \\dfrac{${texNumber(a)}}{${texNumber(a)} + ${texNumber(b)}} = ${texNumber(r[i] as number)}$`;
    });
    const expectedSuccesses = sum(data.successes.map((h, i) => (r[i] as number) * h));
    const expectedTrials = sum(data.trials.map((n, i) => (r[i] as number) * n));
    return [
      "**E-step.** $r_{i1} = \\dfrac{w_1\\theta_1^{h_i}(1-\\theta_1)^{n_i-h_i}}{w_1\\theta_1^{h_i}(1-\\theta_1)^{n_i-h_i} + w_2\\theta_2^{h_i}(1-\\theta_2)^{n_i-h_i}}$ (the binomial coefficients cancel, the weights do not):",
      rows.join("\n"),
      `Part 1 (student ${data.row}): $r_1 = ${texNumber(truths.r1, 6)}$.`,
      `**M-step.** $w_1 = \\frac{1}{${data.successes.length}}\\sum_i r_{i1} = \\frac{${texNumber(sum(r), 6)}}{${data.successes.length}} = ${texNumber(truths.weight1, 6)}$.`,
      `$$\\theta_1 = \\frac{\\sum_i r_{i1} h_i}{\\sum_i r_{i1} n_i} = \\frac{${texNumber(expectedSuccesses, 6)}}{${texNumber(expectedTrials, 6)}} = ${texNumber(truths.theta1, 6)}, \\qquad \\theta_2 = \\frac{${sum(data.successes)} - ${texNumber(expectedSuccesses, 6)}}{${sum(data.trials)} - ${texNumber(expectedTrials, 6)}} = ${texNumber(truths.theta2, 6)}.$$`,
      `The observed log-likelihood rises from $${texNumber(stepOf(data).start.logLikelihood, 6)}$ to $${texNumber(stepOf(data).next.logLikelihood, 6)}$.`,
    ].join("\n\n");
  },
});
