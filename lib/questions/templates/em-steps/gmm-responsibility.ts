/**
 * `gmm-responsibility` (content map 6): the E-step for one point of a two-component 1-D Gaussian
 * mixture, r₁ = w₁N(x | μ₁, σ₁²) / Σₖ wₖN(x | μₖ, σₖ²), by hand.
 *
 * The estimation library computes responsibilities only inside a whole EM fit (one E-step needs an
 * M-step after it, which one point cannot support), so the truth is the same Bayes'-rule formula in
 * `firstResponsibility` (shared.ts), checked against the library's `gmm` E-step in the tests. The
 * numbers are drawn so that r₁ stays in [0.05, 0.95] and every named mistake (unnormalised,
 * weights left out, the prior for the posterior, the labels swapped, variances read as standard
 * deviations, the density's 1/√(2πσ²) left out) gives a number of its own.
 */
import type { Rng } from "../../../estimation/random";
import { roundTo } from "../../../estimation/samplers";
import type { MistakeCandidate } from "../../../grading";
import { defineComputation } from "../../computation";
import { formatNumber } from "../../format";
import { drawUntil, firstResponsibility, integerBetween, isApartFrom, normalDensity, pick, texNumber } from "../shared/mixtures";

type ResponsibilityData = {
  x: number;
  weights: [number, number];
  means: [number, number];
  variances: [number, number];
};

interface Variant {
  data: ResponsibilityData;
}

const WEIGHTS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.6, 0.65, 0.7, 0.75, 0.8] as const;
const VARIANCES = [0.5, 1, 1.5, 2, 2.5, 3, 4] as const;

/** Used if 200 draws all fail the rules below (none of the first thousand seeds does); the tests check it passes them. */
export const FALLBACK_DATA: ResponsibilityData = { x: 1.5, weights: [0.3, 0.7], means: [0, 3], variances: [1, 2] };

/** The wrong values a learner may compute, each with its tag and what went wrong. */
function mistakesFor({ x, weights, means, variances }: ResponsibilityData, truth: number): MistakeCandidate[] {
  const [w1, w2] = weights;
  const [m1, m2] = means;
  const [v1, v2] = variances;
  const density1 = normalDensity(x, m1, v1);
  const density2 = normalDensity(x, m2, v2);
  const kernel1 = w1 * Math.exp(-((x - m1) ** 2) / (2 * v1));
  const kernel2 = w2 * Math.exp(-((x - m2) ** 2) / (2 * v2));
  return [
    {
      tag: "unnormalised-responsibilities",
      value: w1 * density1,
      message:
        "That is the numerator $w_1\\,\\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2)$ alone, a joint density rather than a probability. Divide it by the sum of both components' numerators.",
    },
    {
      tag: "weights-omitted",
      value: density1 / (density1 + density2),
      message:
        "You left the mixing weights out: the posterior multiplies each component's density by its weight, $r_1 \\propto w_1\\,\\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2)$.",
    },
    {
      tag: "prior-for-posterior",
      value: w1,
      message: `That is the prior weight $w_1 = ${w1}$, the probability of component 1 before seeing $x$. The responsibility is the posterior: update the prior with the densities at $x$.`,
    },
    {
      tag: "labels-swapped",
      value: 1 - truth,
      message: "That is the responsibility of component 2. The question asks for component 1, whose mean is $\\mu_1$.",
    },
    {
      tag: "sd-for-variance",
      value: firstResponsibility(x, { weights, means, variances: [v1 * v1, v2 * v2] }),
      message:
        "You used the variances as if they were standard deviations. The data give $\\sigma_k^2$: the density is $\\frac{1}{\\sqrt{2\\pi\\sigma_k^2}}\\exp\\!\\big(-\\frac{(x-\\mu_k)^2}{2\\sigma_k^2}\\big)$ with those numbers as $\\sigma_k^2$.",
    },
    {
      tag: "density-constant-omitted",
      value: kernel1 / (kernel1 + kernel2),
      message:
        "You dropped the factor $1/\\sqrt{2\\pi\\sigma_k^2}$ of the normal density. It cancels only when the two variances are equal; here they differ, so keep it.",
    },
  ];
}

/** r₁ not extreme, and every mistake at least 2 % from the truth and from the other mistakes. */
export function isClearVariant(data: ResponsibilityData): boolean {
  const truth = firstResponsibility(data.x, data);
  if (!(truth >= 0.05 && truth <= 0.95)) return false;
  const values = [truth, ...mistakesFor(data, truth).map((mistake) => mistake.value)];
  return values.every((value, i) =>
    isApartFrom(
      value,
      values.filter((_, j) => j !== i),
      0.02,
    ),
  );
}

/** One draw; null when both variances coincide (then x is not drawn, as the seeds have always had it). */
function draw(rng: Rng): Variant | null {
  const w1 = pick(rng, WEIGHTS);
  const first = integerBetween(rng, -2, 6);
  const second = first + integerBetween(rng, 2, 5) * (rng.next() < 0.5 ? 1 : -1);
  const v1 = pick(rng, VARIANCES);
  const v2 = pick(rng, VARIANCES);
  if (v1 === v2) return null;
  const low = Math.min(first, second);
  const high = Math.max(first, second);
  // x between the means (a little beyond, at most): where both components compete for it.
  const x = roundTo(low - 0.5 + rng.next() * (high - low + 1), 1);
  return { data: { x, weights: [w1, roundTo(1 - w1, 2)], means: [first, second], variances: [v1, v2] } };
}

const isUsable = (variant: Variant | null): variant is Variant => variant !== null && isClearVariant(variant.data);

function makeVariant(rng: Rng): Variant {
  const variant = drawUntil(rng, draw, isUsable);
  return isUsable(variant) ? variant : { data: structuredClone(FALLBACK_DATA) };
}

/** A number after a minus sign: negative ones in brackets. */
const signed = (value: number) => (value < 0 ? `(${value})` : String(value));

const texComponent = (w: number, m: number, v: number, x: number) => `${w}\\,\\mathcal{N}(${x} \\mid ${m}, ${v})`;

export const gmmResponsibility = defineComputation({
  id: "gmm-responsibility",
  title: "Responsibility of a mixture component",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["gmm", "e-step", "responsibilities", "bayes-rule"],
  source: "Bishop (2006), Pattern Recognition and Machine Learning, eq. (9.13); agrees with the lib/estimation gmm E-step",
  make: makeVariant,
  prompt: ({ data: { x, weights, means, variances } }) =>
    [
      "EM is fitting a mixture of two normal distributions, $p(x) = w_1\\,\\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2) + w_2\\,\\mathcal{N}(x \\mid \\mu_2, \\sigma_2^2)$. Its current parameters are:",
      [
        "| Component $k$ | weight $w_k$ | mean $\\mu_k$ | variance $\\sigma_k^2$ |",
        "|---:|---:|---:|---:|",
        `| 1 | ${weights[0]} | ${means[0]} | ${variances[0]} |`,
        `| 2 | ${weights[1]} | ${means[1]} | ${variances[1]} |`,
      ].join("\n"),
      `The E-step now needs the responsibilities of the point $x = ${x}$.`,
    ].join("\n\n"),
  parts: [
    {
      id: "r1",
      prompt: "Compute $r_1 = P(z = 1 \\mid x)$, the responsibility of component 1 for this point.",
      hints: ({ data: { x, weights, means, variances } }) => [
        "Use Bayes' rule with the weights as prior probabilities: $r_1 = \\dfrac{w_1\\,\\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2)}{w_1\\,\\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2) + w_2\\,\\mathcal{N}(x \\mid \\mu_2, \\sigma_2^2)}$.",
        "The normal density is $\\mathcal{N}(x \\mid \\mu, \\sigma^2) = \\dfrac{1}{\\sqrt{2\\pi\\sigma^2}}\\exp\\!\\left(-\\dfrac{(x-\\mu)^2}{2\\sigma^2}\\right)$. The table gives variances $\\sigma^2$, not standard deviations.",
        `Compute the two numerators, $${texComponent(weights[0], means[0], variances[0], x)}$ and $${texComponent(weights[1], means[1], variances[1], x)}$, then divide the first by their sum.`,
      ],
      truth: ({ x, weights, means, variances }) => firstResponsibility(x, { weights, means, variances }),
      // The two numerators w_k N(x | μ_k, σ_k²) written down to 4 figures, then the first over their sum.
      routes: [
        ({ x, weights, means, variances }, _earlier, round) => {
          const first = round((weights[0] ?? 0) * normalDensity(x, means[0] ?? 0, variances[0] ?? 1));
          const second = round((weights[1] ?? 0) * normalDensity(x, means[1] ?? 0, variances[1] ?? 1));
          return first / (first + second);
        },
      ],
      check: (data, truths) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: mistakesFor(data, truths.r1),
      }),
    },
  ],
  solution: ({ data: { x, weights, means, variances } }, truths) => {
    const numerators = [0, 1].map((k) => (weights[k] as number) * normalDensity(x, means[k] as number, variances[k] as number));
    const densities = [0, 1].map((k) => normalDensity(x, means[k] as number, variances[k] as number));
    const [first, second] = numerators as [number, number];
    const line = (k: 0 | 1) =>
      `$$w_${k + 1}\\,\\mathcal{N}(x \\mid \\mu_${k + 1}, \\sigma_${k + 1}^2) = ${weights[k]} \\times \\frac{1}{\\sqrt{2\\pi \\times ${variances[k]}}}\\, e^{-(${x} - ${signed(means[k] as number)})^2 / (2 \\times ${variances[k]})} = ${weights[k]} \\times ${texNumber(densities[k] as number)} = ${texNumber(numerators[k] as number)}$$`;
    return [
      "By Bayes' rule, with the mixing weights as prior probabilities of the components,",
      "$$r_1 = P(z = 1 \\mid x) = \\frac{w_1\\,\\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2)}{w_1\\,\\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2) + w_2\\,\\mathcal{N}(x \\mid \\mu_2, \\sigma_2^2)}.$$",
      `The two numerators at $x = ${x}$ (the table gives variances, so $\\sigma_k^2$ is used as it stands):`,
      line(0),
      line(1),
      `$$r_1 = \\frac{${texNumber(first)}}{${texNumber(first)} + ${texNumber(second)}} \\approx ${formatNumber(truths.r1)}, \\qquad r_2 = 1 - r_1 \\approx ${formatNumber(1 - truths.r1)}.$$`,
      `The prior probability of component 1 was $w_1 = ${weights[0]}$; seeing $x = ${x}$ moved it to ${formatNumber(truths.r1)}.`,
    ].join("\n\n");
  },
});
