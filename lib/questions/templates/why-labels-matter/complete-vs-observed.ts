/**
 * `em-complete-vs-observed` (content map 5): the complete-data log-likelihood (labels known) against
 * the observed-data log-likelihood (labels summed out) of a two-component Gaussian mixture at fixed
 * parameters, and their gap, which is −Σ log P(zᵢ | xᵢ) ≥ 0. Truths: `runJob` gmm at the given
 * parameters (the observed log-likelihood and the E-step's responsibilities).
 */
import type { Gmm1dParams } from "../../../estimation/models/gmm";
import type { Rng } from "../../../estimation/random";
import { normal, roundTo } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import {
  emIteration,
  integerBetween,
  likelihoodNotLog,
  normalDensity,
  perData,
  pick,
  sum,
  texNumber,
  texTerm,
  drawUntil,
} from "../shared/em";

type Data = {
  sample: number[];
  /** The component (1 or 2) each point came from: known here, hidden in EM. */
  labels: number[];
  weights: number[];
  means: number[];
  variances: number[];
};

interface Variant {
  data: Data;
}

const paramsOf = (data: Data): Gmm1dParams => ({ weights: data.weights, means: data.means, variances: data.variances });

/** One E-step at the given parameters: its responsibilities and the observed log-likelihood. */
const stepOf = perData((data: Data) => emIteration<Gmm1dParams>("gmm", data.sample, paramsOf(data)));

/** log P(zᵢ | xᵢ) of each point's recorded label. */
const logPosteriorOfLabels = (data: Data) =>
  data.labels.map((label, i) => Math.log(stepOf(data).responsibilities[i]?.[label - 1] ?? Number.NaN));

function draw(rng: Rng): Variant {
  const n = integerBetween(rng, 4, 5);
  const mean1 = integerBetween(rng, 0, 2);
  const means = [mean1, mean1 + integerBetween(rng, 2, 4)];
  const variances = [pick(rng, [1, 2]), pick(rng, [1, 2])];
  const weight1 = pick(rng, [0.4, 0.5, 0.6]);
  const weights = [weight1, roundTo(1 - weight1, 1)];
  const labels: number[] = [];
  const sample: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const label = rng.next() < weight1 ? 1 : 2;
    labels.push(label);
    sample.push(roundTo(normal(rng, means[label - 1] as number, Math.sqrt(variances[label - 1] as number)), 1));
  }
  return { data: { sample, labels, weights, means, variances } };
}

/** Some point is ambiguous enough that the gap is worth computing, and both labels occur. */
function workable({ data }: Variant): boolean {
  try {
    return new Set(data.labels).size === 2 && -sum(logPosteriorOfLabels(data)) > 0.1;
  } catch {
    return false; // the library refused the iteration after the E-step (a collapsing component)
  }
}

function makeVariant(rng: Rng): Variant {
  return drawUntil(rng, draw, workable);
}

const observedLogLikelihood = (data: Data) => stepOf(data).start.logLikelihood;

/** log of w_k N(x; μ_k, σ_k²) for component k (1-based). */
function logJoint(data: Data, x: number, k: number, withWeight = true): number {
  const density = normalDensity(x, data.means[k - 1] as number, data.variances[k - 1] as number);
  return Math.log((withWeight ? (data.weights[k - 1] as number) : 1) * density);
}

export const emCompleteVsObserved = defineComputation({
  id: "em-complete-vs-observed",
  title: "Complete-data vs observed-data log-likelihood",
  topic: "why-labels-matter",
  difficulty: "medium",
  tags: ["complete-data", "observed-data", "gmm", "hidden-label", "log-likelihood"],
  source:
    "lib/estimation gmm (E-step at given parameters); Bishop (2006), Pattern Recognition and Machine Learning, §9.3 (eqs. 9.14 and 9.36)",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `A two-component Gaussian mixture has known parameters $w_1 = ${data.weights[0]}$, $\\mu_1 = ${data.means[0]}$, $\\sigma_1^2 = ${data.variances[0]}$ and $w_2 = ${data.weights[1]}$, $\\mu_2 = ${data.means[1]}$, $\\sigma_2^2 = ${data.variances[1]}$, with $\\mathcal{N}(x;\\mu,\\sigma^2) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}e^{-(x-\\mu)^2/(2\\sigma^2)}$.`,
      `The data, with the component each point came from: ${data.sample.map((x, i) => `$x = ${x}$ (component ${data.labels[i]})`).join(", ")}.`,
      "Use natural logs and keep the $2\\pi$ terms. Give at least 4 significant figures.",
    ].join("\n\n"),
  parts: [
    {
      id: "complete",
      prompt:
        "The complete-data log-likelihood, using the labels: $\\ell_c = \\sum_i \\log\\big[w_{z_i}\\,\\mathcal{N}(x_i;\\mu_{z_i},\\sigma_{z_i}^2)\\big]$.",
      hints: () => [
        "With the labels known, each point contributes the log of its own component's weight times density: the joint probability of the point and its label.",
        "$\\log\\big[w_k \\mathcal{N}(x;\\mu_k,\\sigma_k^2)\\big] = \\log w_k - \\tfrac12\\log(2\\pi\\sigma_k^2) - \\dfrac{(x-\\mu_k)^2}{2\\sigma_k^2}$.",
      ],
      truth: (data) => observedLogLikelihood(data) + sum(logPosteriorOfLabels(data)),
      check: (data, truths) => ({
        mistakes: [
          likelihoodNotLog(truths.complete),
          {
            tag: "weights-omitted",
            value: sum(data.sample.map((x, i) => logJoint(data, x, data.labels[i] as number, false))),
            message: "You left out $\\log w_{z_i}$: the complete data include the labels, and the probability of each label is its weight.",
          },
          {
            tag: "labels-swapped",
            value: sum(data.sample.map((x, i) => logJoint(data, x, 3 - (data.labels[i] as number)))),
            message: "You evaluated each point under the other component. Use the component it came from.",
          },
        ],
      }),
    },
    {
      id: "observed",
      prompt:
        "The observed-data log-likelihood, as if the labels were hidden: $\\ell = \\sum_i \\log\\big[w_1\\mathcal{N}(x_i;\\mu_1,\\sigma_1^2) + w_2\\mathcal{N}(x_i;\\mu_2,\\sigma_2^2)\\big]$.",
      hints: () => [
        "Without the label, each point's density sums over both components: the sum sits inside the log.",
        "Compute $w_1\\mathcal{N}(x_i;\\mu_1,\\sigma_1^2) + w_2\\mathcal{N}(x_i;\\mu_2,\\sigma_2^2)$ for every point, then add the logs.",
      ],
      truth: (data) => observedLogLikelihood(data),
      check: (data, truths) => ({
        mistakes: [
          likelihoodNotLog(truths.observed),
          {
            tag: "complete-for-observed",
            value: truths.complete,
            message:
              "That is the complete-data log-likelihood, which uses the labels. Without them, sum over both components inside the log.",
          },
          {
            tag: "weights-omitted",
            value: sum(data.sample.map((x) => Math.log(sum([1, 2].map((k) => Math.exp(logJoint(data, x, k, false))))))),
            message: "You left out the mixing weights inside the sum.",
          },
          {
            tag: "hard-assignments",
            value: sum(data.sample.map((x) => Math.max(logJoint(data, x, 1), logJoint(data, x, 2)))),
            message: "You kept only the larger of the two terms per point (a hard assignment). The observed density is their sum.",
          },
        ],
      }),
    },
    {
      id: "gap",
      prompt: "The difference $\\ell - \\ell_c$ (observed minus complete).",
      hints: () => [
        "Subtract part 1 from part 2.",
        "Point by point the difference is $-\\log P(z_i \\mid x_i)$, minus the log of the posterior probability of the recorded label: never negative.",
      ],
      uses: ["complete", "observed"],
      truth: (_data, earlier) => earlier("observed") - earlier("complete"),
      check: (_data, truths) => {
        const gap = truths.gap;
        return {
          // A difference of two numbers each given to 4 figures: allow 0.002 absolute.
          tolerance: Math.max(0.005, 0.002 / Math.abs(gap)),
          mistakes: [
            {
              tag: "gap-reversed",
              value: -gap,
              message: "You subtracted the other way round. Observed minus complete is $-\\sum_i \\log P(z_i \\mid x_i) \\ge 0$.",
            },
            {
              tag: "likelihood-not-log",
              value: Math.exp(gap),
              message: "That is the ratio of the likelihoods. The question asks for the difference of the log-likelihoods.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data }, truths) => {
    const responsibilities = stepOf(data).responsibilities;
    const rows = data.sample.map((x, i) => {
      const label = data.labels[i] as number;
      const a = Math.exp(logJoint(data, x, 1));
      const b = Math.exp(logJoint(data, x, 2));
      const own = label === 1 ? a : b;
      return `- $x = ${x}$ (component ${label}): $w_1\\mathcal{N}_1 = ${texNumber(a)}$, $w_2\\mathcal{N}_2 = ${texNumber(b)}$; complete term $\\log ${texNumber(own)} = ${texNumber(Math.log(own))}$, observed term $\\log(${texNumber(a)} + ${texNumber(b)}) = ${texNumber(Math.log(a + b))}$, $P(z_i \\mid x_i) = ${texNumber(responsibilities[i]?.[label - 1] ?? 0)}$.`;
    });
    return [
      "Per point, compute both weighted densities $w_k\\mathcal{N}(x_i;\\mu_k,\\sigma_k^2)$:",
      rows.join("\n"),
      `$$\\ell_c = \\sum_i \\log\\big[w_{z_i}\\mathcal{N}(x_i;\\mu_{z_i},\\sigma_{z_i}^2)\\big] = ${texNumber(truths.complete, 6)}, \\qquad \\ell = \\sum_i \\log \\sum_k w_k\\mathcal{N}(x_i;\\mu_k,\\sigma_k^2) = ${texNumber(truths.observed, 6)}.$$`,
      `The gap is $\\ell - \\ell_c = ${texNumber(truths.gap, 4)} = -\\sum_i \\log P(z_i \\mid x_i) \\ge 0$: summing over the label can only add probability. With labels, $\\ell_c$ splits into one term per component and each MLE has a closed form; without them, the sum inside the log couples everything, which is why EM maximises the expected $\\ell_c$ instead.`,
      `(Check: $${data.sample.map((_, i) => texTerm(-Math.log(responsibilities[i]?.[(data.labels[i] as number) - 1] ?? 1))).join(" + ")} = ${texNumber(-sum(logPosteriorOfLabels(data)), 4)}$.)`,
    ].join("\n\n");
  },
});
