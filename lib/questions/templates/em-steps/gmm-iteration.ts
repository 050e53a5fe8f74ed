/**
 * `em-gmm-iteration` (content map 6): one full EM iteration of a two-component 1-D Gaussian mixture
 * on five or six points: the responsibility at one point, the M-step's weight, means and variances,
 * and the new observed log-likelihood, each later part following through from the learner's own
 * earlier answers. Truths: `runJob` gmm, one iteration (E-step responsibilities, then the M-step
 * formulas that reproduce `history[1].params`), and the log-likelihood at the learner's parameters.
 */
import type { NumberCheckSpec } from "../../../grading";
import type { Gmm1dParams } from "../../../estimation/models/gmm";
import type { Rng } from "../../../estimation/random";
import { roundAll, sampleGaussianMixture, uniform } from "../../../estimation/samplers";
import { defineComputation, type Earlier } from "../../computation";
import {
  drawUntil,
  PROBABILITY_RANGE,
  VARIANCE_RANGE,
  WEIGHT_RANGE,
  emIteration,
  integerBetween,
  likelihoodNotLog,
  logLikelihoodAt,
  normalDensity,
  perData,
  pick,
  sum,
  texNumber,
} from "../shared/em";

/** A new mean can come out near 0 (centred data): within 0.005 is right, as 4 significant figures on the sums give. */
const MEAN_FLOOR = 0.005;

type Data = {
  sample: number[];
  init: { weights: number[]; means: number[]; variances: number[] };
  /** The point (1-based) whose responsibility part 1 asks for. */
  point: number;
};

interface Variant {
  data: Data;
}

function draw(rng: Rng): Variant {
  const n = pick(rng, [5, 6]);
  const low = integerBetween(rng, 0, 3);
  const gap = integerBetween(rng, 3, 5);
  const others = sampleGaussianMixture(rng, n - 1, { weights: [0.5, 0.5], means: [low, low + gap], variances: [0.6, 0.6] }).values;
  // One point between the clusters, so that part 1's responsibility is far from 0 and 1.
  const middle = low + gap / 2 + uniform(rng, -0.6, 0.6);
  const at = Math.floor(rng.next() * n);
  const sample = roundAll([...others.slice(0, at), middle, ...others.slice(at)], 1);
  const means = [low + pick(rng, [0, 0.5, 1]), low + gap - pick(rng, [0, 0.5, 1])];
  const variances = [pick(rng, [1, 1.5, 2]), pick(rng, [1, 1.5, 2])];
  const weights = pick(rng, [
    [0.5, 0.5],
    [0.4, 0.6],
    [0.6, 0.4],
  ]);
  return { data: { sample, init: { weights, means, variances }, point: at + 1 } };
}

/** A variant whose one iteration is well inside the model: no component close to collapse. */
function workable({ data }: Variant): boolean {
  try {
    const step = emIteration<Gmm1dParams>("gmm", data.sample, data.init);
    const r = step.responsibilities[data.point - 1]?.[0] ?? 0;
    const total1 = sum(step.responsibilities.map((row) => row[0] ?? 0));
    return (
      r > 0.05 &&
      r < 0.95 &&
      Math.abs(r - (data.init.weights[0] as number)) > 0.05 &&
      total1 > 0.8 &&
      total1 < data.sample.length - 0.8 &&
      Math.min(...step.next.params.variances) > 0.05
    );
  } catch {
    return false;
  }
}

function makeVariant(rng: Rng): Variant {
  return drawUntil(rng, draw, workable);
}

const stepOf = perData((data: Data) => emIteration<Gmm1dParams>("gmm", data.sample, data.init));

const responsibilities1 = (data: Data): number[] => stepOf(data).responsibilities.map((row) => row[0] ?? Number.NaN);

/**
 * Component 1's responsibilities with the learner's part-1 value at every point equal to the focus
 * point (the learner would reuse it there too).
 */
const responsibilitiesWith = (data: Data, earlier: Earlier<"mean1" | "mean2" | "r1" | "variance1" | "variance2" | "weight1">): number[] =>
  responsibilities1(data).map((r, i) => (data.sample[i] === data.sample[data.point - 1] ? earlier("r1") : r));

/** Σ r_i f(x_i) for component 1 (or 2, with 1 − r_i). */
function weightedSum(data: Data, r: readonly number[], component: 1 | 2, f: (x: number) => number): number {
  return sum(data.sample.map((x, i) => (component === 1 ? (r[i] as number) : 1 - (r[i] as number)) * f(x)));
}

/** N_k from the learner's weight: n w₁ for component 1, n (1 − w₁) for component 2. */
const effectiveCount = (data: Data, earlier: Earlier<"mean1" | "mean2" | "r1" | "variance1" | "variance2" | "weight1">, component: 1 | 2) =>
  data.sample.length * (component === 1 ? earlier("weight1") : 1 - earlier("weight1"));

const newMean = (data: Data, earlier: Earlier<"mean1" | "mean2" | "r1" | "variance1" | "variance2" | "weight1">, component: 1 | 2) =>
  weightedSum(data, responsibilitiesWith(data, earlier), component, (x) => x) / effectiveCount(data, earlier, component);

const newVariance = (data: Data, earlier: Earlier<"mean1" | "mean2" | "r1" | "variance1" | "variance2" | "weight1">, component: 1 | 2) => {
  const mean = earlier(component === 1 ? "mean1" : "mean2");
  return (
    weightedSum(data, responsibilitiesWith(data, earlier), component, (x) => (x - mean) ** 2) / effectiveCount(data, earlier, component)
  );
};

/** The mean and variance of the points a hard (most likely component) assignment gives to `component`. */
function hardFit(data: Data, component: 1 | 2): { mean: number; variance: number } {
  const points = data.sample.filter((_, i) => (responsibilities1(data)[i] as number) > 0.5 === (component === 1));
  const mean = sum(points) / points.length;
  return { mean, variance: sum(points.map((x) => (x - mean) ** 2)) / points.length };
}

function meanMistakes(data: Data, truths: Readonly<Record<string, number>>, component: 1 | 2): NumberCheckSpec {
  const other = component === 1 ? "mean2" : "mean1";
  return {
    absoluteTolerance: MEAN_FLOOR,
    mistakes: [
      {
        tag: "hard-assignments",
        value: hardFit(data, component).mean,
        message:
          "That is the plain mean of the points more likely from this component (a hard assignment, as k-means does). EM weights every point by its responsibility.",
      },
      {
        tag: "responsibilities-ignored",
        value: sum(data.sample) / data.sample.length,
        message:
          "That is the mean of all the points. Each point counts with its responsibility for this component: $\\mu_k = \\sum_i r_{ik} x_i / \\sum_i r_{ik}$.",
      },
      {
        tag: "labels-swapped",
        value: truths[other] ?? Number.NaN,
        message: `That is the new mean of component ${component === 1 ? 2 : 1}.`,
      },
    ],
  };
}

function varianceMistakes(data: Data, truths: Readonly<Record<string, number>>, component: 1 | 2): NumberCheckSpec {
  const r = responsibilities1(data);
  const count = weightedSum(data, r, component, () => 1);
  const mean = truths[component === 1 ? "mean1" : "mean2"] ?? Number.NaN;
  const oldMean = data.init.means[component - 1] as number;
  return {
    range: VARIANCE_RANGE,
    mistakes: [
      {
        tag: "n-minus-1",
        value: count > 1 ? weightedSum(data, r, component, (x) => (x - mean) ** 2) / (count - 1) : Number.NaN,
        message: "You divided by $N_k - 1$. The M-step is a (weighted) MLE: divide by $N_k = \\sum_i r_{ik}$.",
      },
      {
        tag: "old-mean",
        value: weightedSum(data, r, component, (x) => (x - oldMean) ** 2) / count,
        message: `You measured the spread about the old mean ${oldMean}. Use the new mean from the same M-step.`,
      },
      {
        tag: "hard-assignments",
        value: hardFit(data, component).variance,
        message:
          "That is the variance of the points more likely from this component, each counted fully (a hard assignment). Weight every point by its responsibility.",
      },
      {
        tag: "labels-swapped",
        value: truths[component === 1 ? "variance2" : "variance1"] ?? Number.NaN,
        message: `That is the new variance of component ${component === 1 ? 2 : 1}.`,
      },
    ],
  };
}

const densityTerm = (x: number, weight: number, mean: number, variance: number) =>
  `${weight}\\,\\mathcal{N}(${x};\\,${mean},\\,${variance})`;

export const emGmmIteration = defineComputation({
  id: "em-gmm-iteration",
  title: "Gaussian mixture: one full EM iteration",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["gmm", "e-step", "m-step", "log-likelihood", "follow-through"],
  source: "lib/estimation gmm (1-D, one iteration); Bishop (2006), Pattern Recognition and Machine Learning, §9.2.2",
  make: makeVariant,
  prompt: ({ data }) => {
    const { weights, means, variances } = data.init;
    return [
      `A two-component Gaussian mixture $p(x) = w_1\\,\\mathcal{N}(x;\\mu_1,\\sigma_1^2) + w_2\\,\\mathcal{N}(x;\\mu_2,\\sigma_2^2)$ is fitted by EM to the ${data.sample.length} points $${data.sample.join(",\\ ")}$.`,
      `Current parameters: $w_1 = ${weights[0]}$, $\\mu_1 = ${means[0]}$, $\\sigma_1^2 = ${variances[0]}$ and $w_2 = ${weights[1]}$, $\\mu_2 = ${means[1]}$, $\\sigma_2^2 = ${variances[1]}$. Here $\\mathcal{N}(x;\\mu,\\sigma^2) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} e^{-(x-\\mu)^2/(2\\sigma^2)}$.`,
      "Work through one EM iteration (M-step variances divide by $N_k = \\sum_i r_{ik}$). Give at least 4 significant figures; later parts are graded against your own earlier answers when those were off.",
    ].join("\n\n");
  },
  parts: [
    {
      id: "r1",
      prompt: ({ data }) =>
        `E-step: the responsibility of component 1 for the point $x = ${data.sample[data.point - 1]}$ (point ${data.point}).`,
      hints: ({ data }) => {
        const x = data.sample[data.point - 1] as number;
        const { weights, means, variances } = data.init;
        return [
          "The responsibility is the posterior probability of the component given the point: prior weight times density, normalised over both components.",
          `$r_1 = \\dfrac{${densityTerm(x, weights[0] as number, means[0] as number, variances[0] as number)}}{${densityTerm(x, weights[0] as number, means[0] as number, variances[0] as number)} + ${densityTerm(x, weights[1] as number, means[1] as number, variances[1] as number)}}$.`,
          variances[0] === variances[1]
            ? "Both variances are equal, so the factors $1/\\sqrt{2\\pi\\sigma^2}$ cancel: only $w_k e^{-(x-\\mu_k)^2/(2\\sigma^2)}$ matters."
            : "The variances differ, so keep the factors $1/\\sqrt{2\\pi\\sigma_k^2}$: they do not cancel.",
        ];
      },
      truth: (data) => responsibilities1(data)[data.point - 1] ?? Number.NaN,
      check: (data, truths) => {
        const x = data.sample[data.point - 1] as number;
        const { weights, means, variances } = data.init;
        const d1 = normalDensity(x, means[0] as number, variances[0] as number);
        const d2 = normalDensity(x, means[1] as number, variances[1] as number);
        return {
          range: PROBABILITY_RANGE,
          mistakes: [
            {
              tag: "prior-for-posterior",
              value: weights[0] as number,
              message: "That is the prior weight $w_1$. The responsibility updates it with the point's density under each component.",
            },
            {
              tag: "weights-omitted",
              value: d1 / (d1 + d2),
              message:
                "You left the mixing weights out: the responsibility is $w_1\\mathcal{N}_1 / (w_1\\mathcal{N}_1 + w_2\\mathcal{N}_2)$, not $\\mathcal{N}_1 / (\\mathcal{N}_1 + \\mathcal{N}_2)$.",
            },
            {
              tag: "unnormalised-responsibilities",
              value: (weights[0] as number) * d1,
              message:
                "You stopped at the numerator $w_1\\mathcal{N}(x;\\mu_1,\\sigma_1^2)$. Divide by the sum over both components so the responsibilities add up to 1.",
            },
            { tag: "labels-swapped", value: 1 - truths.r1, message: "That is the responsibility of component 2. The two add up to 1." },
          ],
        };
      },
    },
    {
      id: "weight1",
      prompt: "M-step: the new mixing weight $w_1$ (compute every point's responsibility first).",
      hints: () => [
        "The new weight is the share of the data that component 1 is responsible for.",
        "$w_1 = N_1 / n$ with $N_1 = \\sum_i r_{i1}$, the sum of component 1's responsibilities over all points.",
      ],
      uses: ["r1"],
      truth: (data, earlier) => sum(responsibilitiesWith(data, earlier)) / data.sample.length,
      check: (data) => {
        const r = responsibilities1(data);
        return {
          range: WEIGHT_RANGE,
          mistakes: [
            {
              tag: "count-not-proportion",
              value: sum(r),
              message: "That is $N_1 = \\sum_i r_{i1}$, the expected number of points. The weight is a share: divide by $n$.",
            },
            {
              tag: "hard-assignments",
              value: r.filter((value) => value > 0.5).length / r.length,
              message: "You counted the points more likely from component 1 (a hard assignment). EM adds up the responsibilities instead.",
            },
            { tag: "labels-swapped", value: 1 - sum(r) / r.length, message: "That is the new weight of component 2." },
          ],
        };
      },
    },
    {
      id: "mean1",
      prompt: "M-step: the new mean $\\mu_1$.",
      hints: () => [
        "The mean is a weighted average of the points, the weights being component 1's responsibilities.",
        "$\\mu_1 = \\dfrac{\\sum_i r_{i1} x_i}{N_1}$ with $N_1 = n w_1$ from part 2.",
      ],
      uses: ["r1", "weight1"],
      truth: (data, earlier) => newMean(data, earlier, 1),
      check: (data, truths) => meanMistakes(data, truths, 1),
    },
    {
      id: "variance1",
      prompt: "M-step: the new variance $\\sigma_1^2$.",
      hints: () => [
        "Weighted spread about the new mean, each point weighted by its responsibility.",
        "$\\sigma_1^2 = \\dfrac{\\sum_i r_{i1} (x_i - \\mu_1)^2}{N_1}$, with $\\mu_1$ from part 3 (not the old mean) and $N_1$, not $N_1 - 1$.",
      ],
      uses: ["r1", "weight1", "mean1"],
      truth: (data, earlier) => newVariance(data, earlier, 1),
      check: (data, truths) => varianceMistakes(data, truths, 1),
    },
    {
      id: "mean2",
      prompt: "M-step: the new mean $\\mu_2$.",
      hints: () => [
        "Component 2's responsibilities are $r_{i2} = 1 - r_{i1}$.",
        "$\\mu_2 = \\dfrac{\\sum_i (1 - r_{i1}) x_i}{N_2}$ with $N_2 = n - N_1 = n(1 - w_1)$.",
      ],
      uses: ["r1", "weight1"],
      truth: (data, earlier) => newMean(data, earlier, 2),
      check: (data, truths) => meanMistakes(data, truths, 2),
    },
    {
      id: "variance2",
      prompt: "M-step: the new variance $\\sigma_2^2$.",
      hints: () => [
        "As for component 1, with responsibilities $1 - r_{i1}$ and the new mean $\\mu_2$.",
        "$\\sigma_2^2 = \\dfrac{\\sum_i (1 - r_{i1}) (x_i - \\mu_2)^2}{N_2}$.",
      ],
      uses: ["r1", "weight1", "mean2"],
      truth: (data, earlier) => newVariance(data, earlier, 2),
      check: (data, truths) => varianceMistakes(data, truths, 2),
    },
    {
      id: "logLikelihood",
      prompt:
        "The observed-data log-likelihood at your new parameters (natural log, with the $2\\pi$ terms): $\\ell = \\sum_i \\log\\big[w_1\\mathcal{N}(x_i;\\mu_1,\\sigma_1^2) + w_2\\mathcal{N}(x_i;\\mu_2,\\sigma_2^2)\\big]$, with $w_2 = 1 - w_1$.",
      hints: () => [
        "The label of each point is unknown, so its density is the weighted sum over both components; the log-likelihood adds the logs of those sums.",
        "Evaluate $w_1\\mathcal{N}(x_i;\\mu_1,\\sigma_1^2) + w_2\\mathcal{N}(x_i;\\mu_2,\\sigma_2^2)$ at every point with the new parameters, take logs and add.",
        "Compare with the same sum at the old parameters: EM never lowers it.",
      ],
      uses: ["weight1", "mean1", "variance1", "mean2", "variance2"],
      truth: (data, earlier) =>
        logLikelihoodAt("gmm", data.sample, {
          weights: [earlier("weight1"), 1 - earlier("weight1")],
          means: [earlier("mean1"), earlier("mean2")],
          variances: [earlier("variance1"), earlier("variance2")],
        }),
      check: (data, truths) => ({
        mistakes: [
          likelihoodNotLog(truths.logLikelihood),
          {
            tag: "old-parameters",
            value: stepOf(data).start.logLikelihood,
            message: "That is the log-likelihood at the old parameters. The question asks for it after the M-step.",
          },
        ],
      }),
    },
  ],
  solution: ({ data }, truths) => {
    const { weights, means, variances } = data.init;
    const r = responsibilities1(data);
    const rows = data.sample.map((x, i) => {
      const a = (weights[0] as number) * normalDensity(x, means[0] as number, variances[0] as number);
      const b = (weights[1] as number) * normalDensity(x, means[1] as number, variances[1] as number);
      return `- $x = ${x}$: $r_{1} = \\dfrac{${texNumber(a)}}{${texNumber(a)} + ${texNumber(b)}} = ${texNumber(r[i] as number)}$`;
    });
    const n = data.sample.length;
    const total1 = sum(r);
    return [
      `**E-step.** $r_{i1} = \\dfrac{w_1\\mathcal{N}(x_i;\\mu_1,\\sigma_1^2)}{w_1\\mathcal{N}(x_i;\\mu_1,\\sigma_1^2) + w_2\\mathcal{N}(x_i;\\mu_2,\\sigma_2^2)}$ at the current parameters:`,
      rows.join("\n"),
      `Part 1 (point ${data.point}): $r_1 = ${texNumber(truths.r1, 6)}$.`,
      `**M-step.** $N_1 = \\sum_i r_{i1} = ${texNumber(total1, 6)}$ and $N_2 = ${n} - N_1 = ${texNumber(n - total1, 6)}$, so $w_1 = N_1/${n} = ${texNumber(truths.weight1, 6)}$.`,
      `$$\\mu_1 = \\frac{\\sum_i r_{i1} x_i}{N_1} = \\frac{${texNumber(
        weightedSum(data, r, 1, (x) => x),
        6,
      )}}{${texNumber(total1, 6)}} = ${texNumber(truths.mean1, 6)}, \\qquad \\mu_2 = \\frac{\\sum_i (1-r_{i1}) x_i}{N_2} = \\frac{${texNumber(
        weightedSum(data, r, 2, (x) => x),
        6,
      )}}{${texNumber(n - total1, 6)}} = ${texNumber(truths.mean2, 6)}.$$`,
      `$$\\sigma_1^2 = \\frac{\\sum_i r_{i1}(x_i - \\mu_1)^2}{N_1} = ${texNumber(truths.variance1, 6)}, \\qquad \\sigma_2^2 = \\frac{\\sum_i (1-r_{i1})(x_i - \\mu_2)^2}{N_2} = ${texNumber(truths.variance2, 6)}.$$`,
      `**New log-likelihood.** $\\ell = \\sum_i \\log\\big[w_1\\mathcal{N}(x_i;\\mu_1,\\sigma_1^2) + w_2\\mathcal{N}(x_i;\\mu_2,\\sigma_2^2)\\big] = ${texNumber(truths.logLikelihood, 6)}$ at the new parameters, up from $${texNumber(stepOf(data).start.logLikelihood, 6)}$ at the old ones.`,
    ].join("\n\n");
  },
});
