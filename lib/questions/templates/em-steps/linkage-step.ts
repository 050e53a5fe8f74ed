/**
 * `em-linkage-step` (content map 6): the genetic-linkage example of Dempster, Laird & Rubin (1977),
 * two EM iterations by hand: the E-step split of the first cell, the M-step θ, then both again from
 * the learner's own θ. Counts vary by seed around Rao's (125, 18, 20, 34). Truths: the E- and M-step
 * formulas of lib/estimation/models/linkage.ts, which the test checks against `runJob` linkage.
 */
import type { NumberCheckSpec } from "../../../grading";
import type { Rng } from "../../../estimation/random";
import { defineComputation } from "../../computation";
import { PROBABILITY_RANGE, emHistory, integerBetween, perData, pick, texNumber } from "../shared/em";

type Data = {
  /** (y₁, y₂, y₃, y₄) */
  counts: number[];
  init: { theta: number };
};

interface Variant {
  data: Data;
}

function makeVariant(rng: Rng): Variant {
  const counts = [integerBetween(rng, 110, 140), integerBetween(rng, 14, 24), integerBetween(rng, 15, 25), integerBetween(rng, 26, 40)];
  return { data: { counts, init: { theta: pick(rng, [0.3, 0.4, 0.5, 0.6, 0.7]) } } };
}

const cells = (data: Data) => data.counts as [number, number, number, number];

/** E-step: the expected count of the θ/4 sub-cell of cell 1, y₁ (θ/4) / (½ + θ/4). */
export function linkageSplit(data: Data, theta: number): number {
  const [y1] = cells(data);
  return (y1 * theta) / (2 + theta);
}

/** M-step: the complete-data binomial MLE (x₂ + y₄) / (x₂ + y₂ + y₃ + y₄). */
export function linkageTheta(data: Data, split: number): number {
  const [, y2, y3, y4] = cells(data);
  return (split + y4) / (split + y2 + y3 + y4);
}

/** Two iterations of the library's EM, for the solution's log-likelihoods. */
const historyOf = perData((data: Data) => emHistory<{ theta: number }>("linkage", { counts: data.counts }, data.init, 2));

/** `previous` is the θ of the iteration before (none for the first E-step): the split at it is the old split. */
function splitMistakes(data: Data, theta: number, previous?: number): NumberCheckSpec {
  const [y1] = cells(data);
  const oldSplit =
    previous === undefined
      ? []
      : [
          {
            tag: "old-parameters" as const,
            value: linkageSplit(data, previous),
            message: "That is the split at the previous θ. The new E-step uses the θ the last M-step just gave.",
          },
        ];
  return {
    range: { min: 0, max: y1, name: "a part of the first cell" },
    mistakes: [
      {
        tag: "unnormalised-responsibilities",
        value: (y1 * theta) / 4,
        message:
          "You multiplied $y_1$ by the sub-cell's probability $\\theta/4$ without dividing by the cell's probability $\\tfrac12 + \\theta/4$: the split is a conditional expectation.",
      },
      {
        tag: "labels-swapped",
        value: (2 * y1) / (2 + theta),
        message: "That is the expected count of the ½ sub-cell. The θ/4 sub-cell gets $y_1 \\cdot \\frac{\\theta/4}{1/2 + \\theta/4}$.",
      },
      ...oldSplit,
    ],
  };
}

/** `previous` is the θ this M-step starts from: typing it again skips the step. */
function thetaMistakes(data: Data, split: number, previous: number): NumberCheckSpec {
  const [y1, y2, y3, y4] = cells(data);
  return {
    range: PROBABILITY_RANGE,
    mistakes: [
      {
        tag: "split-ignored",
        value: y4 / (y2 + y3 + y4),
        message:
          "You left the first cell out: its θ/4 part, $x_2$, counts as successes too: $\\theta = (x_2 + y_4)/(x_2 + y_2 + y_3 + y_4)$.",
      },
      {
        tag: "whole-cell",
        value: (y1 + y4) / (y1 + y2 + y3 + y4),
        message: "You counted all of cell 1 as θ-type. Only its expected θ/4 part $x_2$ is; the ½ part carries no information about θ.",
      },
      {
        tag: "labels-swapped",
        value: linkageTheta(data, y1 - split),
        message: "You used the ½ sub-cell's count in place of the θ/4 sub-cell's.",
      },
      {
        tag: "unchanged",
        value: previous,
        message: "That is the θ this iteration started from. The M-step moves it to the binomial proportion with the new split filled in.",
      },
    ],
  };
}

export const emLinkageStep = defineComputation({
  id: "em-linkage-step",
  title: "Genetic linkage: two EM iterations",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["linkage", "multinomial", "dempster-laird-rubin", "e-step", "m-step", "follow-through"],
  source:
    "lib/estimation linkage; Dempster, Laird & Rubin (1977), Maximum likelihood from incomplete data via the EM algorithm, JRSS-B 39, §1 (data of Rao 1965)",
  make: makeVariant,
  prompt: ({ data }) => {
    const [y1, y2, y3, y4] = cells(data);
    return [
      `${y1 + y2 + y3 + y4} animals fall into four categories with multinomial probabilities $\\left(\\tfrac12 + \\tfrac{\\theta}{4},\\ \\tfrac{1-\\theta}{4},\\ \\tfrac{1-\\theta}{4},\\ \\tfrac{\\theta}{4}\\right)$, $0 < \\theta < 1$. The counts are $y = (${y1}, ${y2}, ${y3}, ${y4})$.`,
      "The first category is the merge of two unobserved sub-cells of probabilities $\\tfrac12$ and $\\tfrac{\\theta}{4}$; with that split known, θ would be a simple proportion. Let $x_2$ be the count of the $\\tfrac{\\theta}{4}$ sub-cell.",
      `EM starts from $\\theta^{(0)} = ${data.init.theta}$. Give at least 4 significant figures; later parts are graded against your own earlier answers when those were off.`,
    ].join("\n\n");
  },
  parts: [
    {
      id: "split1",
      prompt: "E-step: the expected value of $x_2$ given $y_1$, at $\\theta^{(0)}$.",
      hints: ({ data }) => [
        "Given the first cell's count, each of its animals is in the θ/4 sub-cell with probability (θ/4) / (½ + θ/4).",
        `$E[x_2 \\mid y_1] = y_1 \\cdot \\dfrac{\\theta/4}{1/2 + \\theta/4} = \\dfrac{y_1 \\theta}{2 + \\theta}$ with $y_1 = ${cells(data)[0]}$, $\\theta = ${data.init.theta}$.`,
      ],
      truth: (data) => linkageSplit(data, data.init.theta),
      check: (data) => splitMistakes(data, data.init.theta),
    },
    {
      id: "theta1",
      prompt: "M-step: $\\theta^{(1)}$.",
      hints: () => [
        "With the split filled in, the θ-type animals are $x_2$ and $y_4$, the (1 − θ)-type ones $y_2$ and $y_3$: a binomial count.",
        "$\\theta^{(1)} = \\dfrac{x_2 + y_4}{x_2 + y_2 + y_3 + y_4}$ with your $x_2$ from part 1.",
      ],
      uses: ["split1"],
      truth: (data, earlier) => linkageTheta(data, earlier("split1")),
      check: (data, truths) => thetaMistakes(data, truths.split1, data.init.theta),
    },
    {
      id: "split2",
      prompt: "Second iteration, E-step: the expected $x_2$ at your $\\theta^{(1)}$.",
      hints: () => [
        "Same formula as part 1, with $\\theta^{(1)}$ in place of $\\theta^{(0)}$.",
        "$E[x_2 \\mid y_1] = y_1 \\theta^{(1)} / (2 + \\theta^{(1)})$.",
      ],
      uses: ["theta1"],
      truth: (data, earlier) => linkageSplit(data, earlier("theta1")),
      check: (data, truths) => splitMistakes(data, truths.theta1, data.init.theta),
    },
    {
      id: "theta2",
      prompt: "Second iteration, M-step: $\\theta^{(2)}$.",
      hints: () => [
        "Same formula as part 2, with the new split.",
        "$\\theta^{(2)} = (x_2 + y_4)/(x_2 + y_2 + y_3 + y_4)$ with $x_2$ from part 3. It moves less than the first step did: EM converges linearly.",
      ],
      uses: ["split2"],
      truth: (data, earlier) => linkageTheta(data, earlier("split2")),
      check: (data, truths) => thetaMistakes(data, truths.split2, truths.theta1),
    },
  ],
  solution: ({ data }, truths) => {
    const [y1, y2, y3, y4] = cells(data);
    const [h0, h1, h2] = historyOf(data);
    const step = (theta: number, split: number, next: number, k: number) =>
      `$$x_2 = \\frac{${y1} \\times ${texNumber(theta, 6)}}{2 + ${texNumber(theta, 6)}} = ${texNumber(split, 6)}, \\qquad \\theta^{(${k})} = \\frac{${texNumber(split, 6)} + ${y4}}{${texNumber(split, 6)} + ${y2} + ${y3} + ${y4}} = ${texNumber(next, 6)}.$$`;
    return [
      `**E-step.** Each of the $y_1 = ${y1}$ animals of the first cell is in the θ/4 sub-cell with probability $\\frac{\\theta/4}{1/2 + \\theta/4} = \\frac{\\theta}{2 + \\theta}$, so $E[x_2 \\mid y_1] = y_1\\theta/(2+\\theta)$.`,
      "**M-step.** The complete data are binomial in θ: $x_2 + y_4$ θ-type against $y_2 + y_3$ (1 − θ)-type animals, so $\\theta = (x_2 + y_4)/(x_2 + y_2 + y_3 + y_4)$.",
      `First iteration from $\\theta^{(0)} = ${data.init.theta}$:`,
      step(data.init.theta, truths.split1, truths.theta1, 1),
      "Second iteration:",
      step(truths.theta1, truths.split2, truths.theta2, 2),
      `The observed log-likelihood (with the multinomial coefficient) rises from $${texNumber(h0?.logLikelihood ?? 0, 6)}$ to $${texNumber(h1?.logLikelihood ?? 0, 6)}$ and then $${texNumber(h2?.logLikelihood ?? 0, 6)}$; the second step is much smaller than the first, as EM's linear convergence predicts.`,
    ].join("\n\n");
  },
});
