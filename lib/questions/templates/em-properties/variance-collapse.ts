/**
 * `em-variance-collapse` (content map 7): the singularity of Gaussian mixture likelihoods. A component
 * centred on one data point gains ½ log 100 ≈ 2.3 of log-likelihood each time its variance shrinks
 * a hundredfold, without bound: the "maximum likelihood" is infinite there, and EM can fall into it.
 * Truths: `runJob` gmm, the log-likelihood at the given parameters.
 */
import type { Rng } from "../../../estimation/random";
import { normal, roundTo } from "../../../estimation/samplers";
import type { ChoiceOption } from "../../choice";
import { defineComputation } from "../../computation";
import { drawUntil, integerBetween, likelihoodNotLog, logLikelihoodAt, normalDensity, pick, sum, texNumber } from "../shared/em";

type Data = {
  sample: number[];
  /** Component 1: a broad component over all the data. */
  broad: { weight: number; mean: number; variance: number };
  /** Component 2 sits on this data point (1-based). */
  point: number;
  weight2: number;
  /** Component 2's variance in part 1, then in part 2. */
  variances: number[];
};

interface Variant {
  data: Data;
}

function paramsAt(data: Data, variance: number) {
  return {
    weights: [data.broad.weight, data.weight2],
    means: [data.broad.mean, data.sample[data.point - 1] as number],
    variances: [data.broad.variance, variance],
  };
}

const logLikelihood = (data: Data, variance: number) => logLikelihoodAt("gmm", data.sample, paramsAt(data, variance));

function makeVariant(rng: Rng): Variant {
  const n = integerBetween(rng, 5, 6);
  const centre = integerBetween(rng, 2, 8);
  // Component 2 sits on a point with no other point within 0.5, so that only its own term changes.
  const isolatedOf = (values: readonly number[]) =>
    values.map((x, i) => (values.every((y, j) => j === i || Math.abs(x - y) >= 0.5) ? i : -1)).filter((i) => i >= 0);
  const sample = drawUntil(
    rng,
    (stream) => Array.from({ length: n }, () => roundTo(normal(stream, centre, 1.5), 1)),
    (values) => isolatedOf(values).length > 0,
  );
  const isolated = isolatedOf(sample);
  const mean = sum(sample) / n;
  const variance = Math.max(0.5, roundTo(sum(sample.map((x) => (x - mean) ** 2)) / n, 1));
  // w₂ ≥ 0.3, so that the narrow component's spike dominates its point and the gain stays near ½ log 100.
  const weight = pick(rng, [0.5, 0.6, 0.7]);
  return {
    data: {
      sample,
      broad: { weight, mean: roundTo(mean, 1), variance },
      point: (isolated.length > 0 ? pick(rng, isolated) : 0) + 1,
      weight2: roundTo(1 - weight, 1),
      variances: pick(rng, [
        [0.001, 0.00001],
        [0.0001, 0.000001],
      ]),
    },
  };
}

const first = (data: Data) => data.variances[0] as number;
const second = (data: Data) => data.variances[1] as number;

/** The log-likelihood with the variance typed where the standard deviation belongs (σ = v, so σ² = v²). */
const varianceAsSd = (data: Data, variance: number) => logLikelihood(data, variance * variance);

const OPTIONS: readonly ChoiceOption[] = [
  {
    id: "unbounded",
    correct: true,
    label:
      "The likelihood is unbounded: letting $\\sigma_2^2 \\to 0$ on one point sends it to $+\\infty$, so the MLE does not exist; guard EM against it (a variance floor, a prior on the variances, or restarting a collapsed component).",
    explanation:
      "The point under the narrow component contributes about $\\log\\big(w_2/\\sqrt{2\\pi\\sigma_2^2}\\big)$, which grows without bound, while the broad component keeps every other point's density positive. This is a degenerate solution, not a good fit.",
  },
  {
    id: "better-fit",
    correct: false,
    label: "The narrower component fits the data better, so EM should be run until $\\sigma_2^2$ reaches 0.",
    explanation:
      "A component on a single point describes no structure: its likelihood grows because the density of one value is unbounded, not because the model explains the data.",
  },
  {
    id: "bug",
    correct: false,
    label: "A larger log-likelihood with a smaller variance means a mistake in the computation: densities cannot exceed 1.",
    explanation:
      "Densities can exceed 1 (probabilities cannot): a normal density with variance 0.0001 has height about 40 at its mean, so its log is positive.",
  },
  {
    id: "monotone",
    correct: false,
    label: "Nothing to worry about: EM's log-likelihood never decreases, so EM cannot get stuck here.",
    explanation:
      "Monotonicity is exactly why EM can slide into the singularity: shrinking a variance on one point keeps increasing the likelihood.",
  },
];

export const emVarianceCollapse = defineComputation({
  id: "em-variance-collapse",
  title: "Collapsing variances: an unbounded likelihood",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["singularity", "collapse", "gmm", "degenerate", "log-likelihood"],
  source:
    "lib/estimation gmm (log-likelihood at given parameters); Bishop (2006), Pattern Recognition and Machine Learning, §9.2.1 (singularities)",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Points: $${data.sample.join(",\\ ")}$, modelled as a mixture of two normals.`,
      `Component 1 is broad: $w_1 = ${data.broad.weight}$, $\\mu_1 = ${data.broad.mean}$, $\\sigma_1^2 = ${data.broad.variance}$. Component 2 has $w_2 = ${data.weight2}$ and sits exactly on the point $\\mu_2 = ${data.sample[data.point - 1]}$.`,
      "Use natural logs with the $2\\pi$ terms, $\\mathcal{N}(x;\\mu,\\sigma^2) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}e^{-(x-\\mu)^2/(2\\sigma^2)}$. Give at least 4 significant figures.",
    ].join("\n\n"),
  parts: [
    {
      id: "wide",
      prompt: ({ data }) => `The observed-data log-likelihood when $\\sigma_2^2 = ${first(data)}$.`,
      hints: ({ data }) => [
        "Each point's density is $w_1\\mathcal{N}(x;\\mu_1,\\sigma_1^2) + w_2\\mathcal{N}(x;\\mu_2,\\sigma_2^2)$; add the logs.",
        `At every point but $x = ${data.sample[data.point - 1]}$ the narrow component's density is negligible; at that point it is $w_2/\\sqrt{2\\pi\\sigma_2^2}$, large.`,
      ],
      truth: (data) => logLikelihood(data, first(data)),
      check: (data, truths) => ({
        mistakes: [
          likelihoodNotLog(truths.wide),
          {
            tag: "variance-as-sd",
            value: varianceAsSd(data, first(data)),
            message:
              "You used $\\sigma_2^2$ where the standard deviation belongs: the density has $\\sqrt{2\\pi\\sigma^2}$ and $2\\sigma^2$.",
          },
        ],
      }),
    },
    {
      id: "narrow",
      prompt: ({ data }) => `The same log-likelihood when $\\sigma_2^2 = ${second(data)}$.`,
      hints: () => [
        "Only the term of the point under component 2 changes noticeably.",
        "That point's density is about $w_2/\\sqrt{2\\pi\\sigma_2^2}$ plus the broad component's small contribution.",
      ],
      truth: (data) => logLikelihood(data, second(data)),
      check: (data, truths) => ({
        mistakes: [
          likelihoodNotLog(truths.narrow),
          {
            tag: "variance-as-sd",
            value: varianceAsSd(data, second(data)),
            message:
              "You used $\\sigma_2^2$ where the standard deviation belongs: the density has $\\sqrt{2\\pi\\sigma^2}$ and $2\\sigma^2$.",
          },
        ],
      }),
    },
    {
      id: "gain",
      prompt: "The increase of the log-likelihood from part 1 to part 2.",
      hints: ({ data }) => [
        "Subtract part 1 from part 2.",
        `It is close to $\\tfrac12\\log(${first(data)}/${second(data)})$: the narrow component's height grows like $1/\\sigma_2$.`,
      ],
      uses: ["wide", "narrow"],
      truth: (_data, earlier) => earlier("narrow") - earlier("wide"),
      check: (data, truths) => {
        const gain = truths.gain;
        return {
          // A difference of two numbers each given to 4 figures: allow 0.002 absolute.
          tolerance: Math.max(0.005, 0.002 / Math.abs(gain)),
          mistakes: [
            { tag: "gain-reversed", value: -gain, message: "You subtracted the other way round: part 2 minus part 1." },
            {
              tag: "variance-as-sd",
              value: Math.log(first(data) / second(data)),
              message:
                "That is $\\log$ of the variance ratio. The density's height scales with $1/\\sigma$, so the gain is about half of that.",
            },
            {
              tag: "likelihood-not-log",
              value: Math.exp(gain),
              message: "That is the likelihood ratio; the question asks for the change of the log-likelihood.",
            },
          ],
        };
      },
    },
    {
      id: "meaning",
      input: "choice",
      prompt: "What does this mean for maximum likelihood and for EM?",
      hints: () => ["What happens to the log-likelihood as $\\sigma_2^2$ keeps shrinking?", "Is there a largest value?"],
      options: () => OPTIONS,
    },
  ],
  solution: ({ data }, truths) => {
    const x = data.sample[data.point - 1] as number;
    const heights = data.variances.map((variance) => data.weight2 * normalDensity(x, x, variance));
    return [
      `Each point contributes $\\log\\big[w_1\\mathcal{N}(x_i;\\mu_1,\\sigma_1^2) + w_2\\mathcal{N}(x_i;\\mu_2,\\sigma_2^2)\\big]$. For the point $x = ${x}$ under component 2, $w_2\\mathcal{N}(x;x,\\sigma_2^2) = w_2/\\sqrt{2\\pi\\sigma_2^2}$: $${texNumber(heights[0] ?? 0)}$ at $\\sigma_2^2 = ${first(data)}$ and $${texNumber(heights[1] ?? 0)}$ at $\\sigma_2^2 = ${second(data)}$. At the other points component 2 adds practically nothing.`,
      `$$\\ell(\\sigma_2^2 = ${first(data)}) = ${texNumber(truths.wide, 6)}, \\qquad \\ell(\\sigma_2^2 = ${second(data)}) = ${texNumber(truths.narrow, 6)}.$$`,
      `The gain is $${texNumber(truths.gain, 5)}$, close to $\\tfrac12\\log(${first(data)}/${second(data)}) = ${texNumber(0.5 * Math.log(first(data) / second(data)), 5)}$, and it repeats with every further hundredfold shrink: $\\ell \\to +\\infty$ as $\\sigma_2^2 \\to 0$. The mixture likelihood has no maximum; EM, which only climbs, can collapse a component onto one point. In practice: floor the variances, put a prior on them (MAP-EM), or restart a collapsing component elsewhere.`,
    ].join("\n\n");
  },
});
