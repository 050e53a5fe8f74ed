/**
 * `em-unlabelled-components` (content map 6–7): one EM iteration of a two-component 1-D Gaussian
 * mixture whose components the question does not number: the learner reports the two components'
 * new weights and means in either order (`interchangeable`). Truths: `runJob` gmm, one iteration.
 */
import type { MistakeTag, NumberCheckSpec } from "../../../grading";
import type { Gmm1dParams } from "../../../estimation/models/gmm";
import type { Rng } from "../../../estimation/random";
import { roundAll, sampleGaussianMixture } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { WEIGHT_RANGE, emIteration, integerBetween, normalDensity, perData, pick, sum, texNumber, drawUntil } from "../shared/em";

/** A new mean can come out near 0 (centred data): within 0.005 is right, as 4 significant figures on the sums give. */
const MEAN_FLOOR = 0.005;

type Data = {
  sample: number[];
  /** The start: the component listed first is not "component 1" for the learner. */
  init: { weights: number[]; means: number[]; variances: number[] };
};

interface Variant {
  data: Data;
}

const stepOf = perData((data: Data) => emIteration<Gmm1dParams>("gmm", data.sample, data.init));

function draw(rng: Rng): Variant {
  const n = integerBetween(rng, 5, 6);
  const low = integerBetween(rng, -2, 2);
  const gap = integerBetween(rng, 3, 5);
  const sample = roundAll(sampleGaussianMixture(rng, n, { weights: [0.5, 0.5], means: [low, low + gap], variances: [1, 1] }).values, 1);
  const means = [low + pick(rng, [0, 1]), low + gap - pick(rng, [0, 1])];
  const init = { weights: [0.5, 0.5], means, variances: [pick(rng, [1, 2]), pick(rng, [1, 2, 3])] };
  return { data: { sample, init } };
}

/** Both components keep a real share of the points after the step. */
function workable({ data }: Variant): boolean {
  try {
    const { weights } = stepOf(data).next.params;
    return Math.min(...weights) > 0.15;
  } catch {
    return false;
  }
}

function makeVariant(rng: Rng): Variant {
  return drawUntil(rng, draw, workable);
}

/** The points a hard assignment (most likely component at the start) gives to component k (0-based). */
function hardCluster(data: Data, k: number): number[] {
  return data.sample.filter((_, i) => {
    const r = stepOf(data).responsibilities[i] ?? [];
    return (r[0] ?? 0) > 0.5 === (k === 0);
  });
}

/**
 * Component k's responsibilities at the start, with each variance replaced by `variance(v)`, and with or
 * without the 1/√(2πσ²) factors: the slips the hints warn about (a variance read as a standard deviation,
 * the factors cancelled although the variances differ).
 */
function slippedResponsibilities(data: Data, k: number, variance: (v: number) => number, withFactor: boolean): number[] {
  const { weights, means, variances } = data.init;
  const term = (x: number, j: number) => {
    const v = variance(variances[j] as number);
    const kernel = Math.exp(-((x - (means[j] as number)) ** 2) / (2 * v));
    return (weights[j] as number) * (withFactor ? normalDensity(x, means[j] as number, v) : kernel);
  };
  return data.sample.map((x) => term(x, k) / (term(x, 0) + term(x, 1)));
}

/** The slips that apply to this start, as responsibilities of component k: none when they change nothing. */
function slips(data: Data, k: number): { tag: MistakeTag; r: number[]; message: string }[] {
  const [v1, v2] = data.init.variances as [number, number];
  const found: { tag: MistakeTag; r: number[]; message: string }[] = [];
  if (v1 !== 1 || v2 !== 1) {
    found.push({
      tag: "sd-for-variance",
      r: slippedResponsibilities(data, k, (v) => v * v, true),
      message: "You used the listed variances as standard deviations (squaring them). They are variances $\\sigma^2$ already.",
    });
  }
  if (v1 !== v2) {
    found.push({
      tag: "density-constant-omitted",
      r: slippedResponsibilities(data, k, (v) => v, false),
      message: "You cancelled the $1/\\sqrt{2\\pi\\sigma_k^2}$ factors, but the variances differ, so they do not cancel.",
    });
  }
  return found;
}

/** Component k's responsibilities worked by hand: both numerators, then each ratio, to 4 figures. */
function writtenResponsibilities(data: Data, k: number, round: (value: number) => number): number[] {
  const { weights, means, variances } = data.init;
  return data.sample.map((x) => {
    const [a, b] = [0, 1].map((j) => round((weights[j] as number) * normalDensity(x, means[j] as number, variances[j] as number))) as [
      number,
      number,
    ];
    return round((k === 0 ? a : b) / (a + b));
  });
}

/** The M-step from written-down responsibilities: the average, and the weighted sum over their sum. */
const weightRoute = (k: number) => (data: Data, _earlier: unknown, round: (value: number) => number) =>
  sum(writtenResponsibilities(data, k, round)) / data.sample.length;
const meanRoute = (k: number) => (data: Data, _earlier: unknown, round: (value: number) => number) => {
  const r = writtenResponsibilities(data, k, round);
  return round(sum(data.sample.map((x, i) => (r[i] as number) * x))) / round(sum(r));
};

function weightCheck(data: Data, k: number): NumberCheckSpec {
  return {
    range: WEIGHT_RANGE,
    mistakes: [
      {
        tag: "hard-assignments",
        value: hardCluster(data, k).length / data.sample.length,
        message: "You counted the points more likely from this component (a hard assignment). EM averages the responsibilities.",
      },
      {
        tag: "weights-not-updated",
        value: data.init.weights[k] as number,
        message: "That is the starting weight; the M-step re-estimates it as the average responsibility.",
      },
      ...slips(data, k).map(({ tag, r, message }) => ({ tag, value: sum(r) / r.length, message })),
    ],
  };
}

function meanCheck(data: Data, k: number): NumberCheckSpec {
  const cluster = hardCluster(data, k);
  return {
    absoluteTolerance: MEAN_FLOOR,
    mistakes: [
      {
        tag: "hard-assignments",
        value: cluster.length > 0 ? sum(cluster) / cluster.length : Number.NaN,
        message:
          "That is the plain mean of the points more likely from this component (a hard assignment). EM weights every point by its responsibility.",
      },
      {
        tag: "responsibilities-ignored",
        value: sum(data.sample) / data.sample.length,
        message: "That is the mean of all the points; weight each by its responsibility.",
      },
      {
        tag: "divided-by-n",
        value: sum(data.sample.map((x, i) => (stepOf(data).responsibilities[i]?.[k] ?? 0) * x)) / data.sample.length,
        message: "You divided the weighted sum by $n$. Divide by the component's total responsibility $\\sum_i r_{ik}$.",
      },
      {
        tag: "unchanged",
        value: data.init.means[k] as number,
        message: "That is the starting mean; the M-step moves it to the responsibility-weighted average of the points.",
      },
      ...slips(data, k).map(({ tag, r, message }) => ({
        tag,
        value: sum(data.sample.map((x, i) => (r[i] as number) * x)) / sum(r),
        message,
      })),
    ],
  };
}

const startText = (data: Data, k: number) =>
  `weight $${data.init.weights[k]}$, mean $${data.init.means[k]}$, variance $${data.init.variances[k]}$`;

export const emUnlabelledComponents = defineComputation({
  id: "em-unlabelled-components",
  title: "A mixture step in either order: components without fixed labels",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["gmm", "label-switching", "interchangeable", "m-step"],
  source:
    "lib/estimation gmm (one iteration); McLachlan & Peel (2000), Finite Mixture Models, §1.14 (identifiability up to label permutation)",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Points: $${data.sample.join(",\\ ")}$, modelled as a mixture of two normals.`,
      `EM starts with one component at ${startText(data, 0)}, and the other at ${startText(data, 1)}.`,
      "Run one EM iteration and report the new weight and mean of each component. The question does not number the components: call either one A and the other B, but keep each weight with its own mean. Give at least 4 significant figures.",
    ].join("\n\n"),
  parts: [
    {
      id: "weightA",
      prompt: "Component A's new weight.",
      hints: ({ data }) => [
        "First the E-step: every point's responsibility under each component, $r_{ik} = w_k\\mathcal{N}(x_i;\\mu_k,\\sigma_k^2) / \\sum_j w_j\\mathcal{N}(x_i;\\mu_j,\\sigma_j^2)$.",
        data.init.variances[0] === data.init.variances[1]
          ? "The variances are equal, so the $1/\\sqrt{2\\pi\\sigma^2}$ factors cancel, and so do the equal weights."
          : "The variances differ, so keep the $1/\\sqrt{2\\pi\\sigma_k^2}$ factors; the equal weights cancel.",
        "The new weight is the average responsibility of the component.",
      ],
      truth: (data) => stepOf(data).next.params.weights[0] ?? Number.NaN,
      routes: [weightRoute(0)],
      check: (data) => weightCheck(data, 0),
    },
    {
      id: "meanA",
      prompt: "Component A's new mean.",
      hints: () => ["The responsibility-weighted average of the points.", "$\\mu_k = \\sum_i r_{ik}x_i / \\sum_i r_{ik}$."],
      truth: (data) => stepOf(data).next.params.means[0] ?? Number.NaN,
      routes: [meanRoute(0)],
      check: (data) => meanCheck(data, 0),
    },
    {
      id: "weightB",
      prompt: "Component B's new weight.",
      hints: () => ["The two new weights add up to 1.", "Or average the other component's responsibilities."],
      truth: (data) => stepOf(data).next.params.weights[1] ?? Number.NaN,
      // "The two new weights add up to 1": one minus A's weight written down, or B's own average.
      routes: [weightRoute(1), (data, earlier, round) => 1 - round(weightRoute(0)(data, earlier, round))],
      check: (data) => weightCheck(data, 1),
    },
    {
      id: "meanB",
      prompt: "Component B's new mean.",
      hints: () => [
        "As for A, with the other component's responsibilities $1 - r_{iA}$.",
        "$\\mu_B = \\sum_i (1 - r_{iA})x_i / \\sum_i (1 - r_{iA})$.",
      ],
      truth: (data) => stepOf(data).next.params.means[1] ?? Number.NaN,
      routes: [meanRoute(1)],
      check: (data) => meanCheck(data, 1),
    },
  ],
  interchangeable: [
    ["weightA", "meanA"],
    ["weightB", "meanB"],
  ],
  solution: ({ data }, truths) => {
    const { weights, means, variances } = data.init;
    const r = stepOf(data).responsibilities.map((row) => row[0] ?? 0);
    const rows = data.sample.map((x, i) => {
      const a = (weights[0] as number) * normalDensity(x, means[0] as number, variances[0] as number);
      const b = (weights[1] as number) * normalDensity(x, means[1] as number, variances[1] as number);
      return `- $x = ${x}$: $r = \\dfrac{${texNumber(a)}}{${texNumber(a)} + ${texNumber(b)}} = ${texNumber(r[i] as number)}$`;
    });
    return [
      `Call the component that starts at mean ${means[0]} "A" (the other way round is just as right). **E-step**, its responsibilities:`,
      rows.join("\n"),
      `**M-step.** $w_A = \\frac{1}{${data.sample.length}}\\sum_i r_{iA} = ${texNumber(truths.weightA, 6)}$, $\\mu_A = \\dfrac{\\sum_i r_{iA}x_i}{\\sum_i r_{iA}} = ${texNumber(truths.meanA, 6)}$; $w_B = ${texNumber(truths.weightB, 6)}$, $\\mu_B = ${texNumber(truths.meanB, 6)}$.`,
      "Swapping the names A and B gives the same mixture and the same likelihood: a mixture is identifiable only up to a permutation of its components, which is why an answer in either order is accepted, as long as each weight stays with its own mean.",
    ].join("\n\n");
  },
});
