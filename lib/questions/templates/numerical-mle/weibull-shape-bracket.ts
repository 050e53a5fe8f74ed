/**
 * `weibull-shape-bracket` (content map 4): the Weibull scale has a closed form once the shape k is
 * fixed, λ̂(k) = (mean xᵢ^k)^{1/k}; the shape solves the profile equation
 * g(k) = Σ xᵢ^k log xᵢ / Σ xᵢ^k − 1/k − mean(log xᵢ) = 0, with no closed form. g increases in k, so
 * the sign of g at a trial shape tells which side the MLE is on: the first move of any bracketing
 * root-finder. The library's fit (`fitWeibull`) settles the side in the test.
 */
import type { Rng } from "../../../estimation/random";
import { roundTo } from "../../../estimation/samplers";
import type { ChoiceOption } from "../../choice";
import { defineComputation } from "../../computation";
import { drawSome, integerBetween, mean, pick, texSigned, sum, texNumber, texTuple } from "../shared/mle";

interface Variant {
  data: { sample: number[]; k0: number };
}

function draw(rng: Rng): Variant | null {
  const n = integerBetween(rng, 5, 6);
  const shape = pick(rng, [1, 1.5, 2, 3]);
  const scale = pick(rng, [1, 2, 5]);
  // Inversion: λ(−log U)^{1/k}, one decimal, never 0.
  const sample = Array.from({ length: n }, () => Math.max(0.1, roundTo(scale * Math.exp(Math.log(-Math.log(1 - rng.next())) / shape), 1)));
  const k0 = pick(rng, [1, 2]);
  // A clear sign, so that rounding in a hand computation cannot flip it.
  if (new Set(sample).size === 1 || Math.abs(profileScore(sample, k0)) < 0.05) return null;
  return { data: { sample, k0 } };
}

const makeVariant = (rng: Rng): Variant => drawSome(rng, draw);

const powerSum = (sample: readonly number[], k: number) => sum(sample.map((x) => x ** k));

/** λ̂(k) = (mean x^k)^{1/k}: the scale MLE for a fixed shape. */
const scaleAt = (sample: readonly number[], k: number) => (powerSum(sample, k) / sample.length) ** (1 / k);

/** g(k) = Σ x^k log x / Σ x^k − 1/k − mean(log x): the profile score, increasing in k. */
function profileScore(sample: readonly number[], k: number): number {
  const weighted = sum(sample.map((x) => x ** k * Math.log(x))) / powerSum(sample, k);
  return weighted - 1 / k - mean(sample.map(Math.log));
}

function directionOptions({ sample, k0 }: Variant["data"]): ChoiceOption[] {
  const g = profileScore(sample, k0);
  return [
    {
      id: "above",
      label: `$\\hat k > ${k0}$`,
      correct: g < 0,
      explanation:
        g < 0
          ? `$g(${k0}) < 0$ and $g$ increases in $k$, so its root lies above ${k0}.`
          : `$g(${k0}) > 0$ and $g$ increases in $k$, so its root lies below ${k0}, not above.`,
    },
    {
      id: "below",
      label: `$\\hat k < ${k0}$`,
      correct: g > 0,
      explanation:
        g > 0
          ? `$g(${k0}) > 0$ and $g$ increases in $k$, so its root lies below ${k0}.`
          : `$g(${k0}) < 0$ and $g$ increases in $k$, so its root lies above ${k0}, not below.`,
    },
    {
      id: "cannot-tell",
      label: "It cannot be told without solving the equation",
      correct: false,
      explanation:
        "$g$ is strictly increasing in $k$ (its derivative is a weighted variance of $\\log x$ plus $1/k^2$), so one sign tells which side the root is on.",
    },
  ];
}

export const weibullShapeBracket = defineComputation({
  id: "weibull-shape-bracket",
  title: "Weibull MLE: closed-form scale, and which side the shape lies on",
  topic: "mle-numerical",
  difficulty: "hard",
  tags: ["weibull", "profile-likelihood", "root-finding", "no-closed-form"],
  source: "lib/estimation weibull; Johnson, Kotz & Balakrishnan (1994), Continuous Univariate Distributions vol. 1, ch. 21",
  make: makeVariant,
  prompt: ({ data }) =>
    `Lifetimes $x = ${texTuple(data.sample)}$ (in years) are modelled as independent Weibull draws with shape $k$ and scale $\\lambda$: $f(x) = \\frac{k}{\\lambda}\\left(\\frac{x}{\\lambda}\\right)^{k-1}e^{-(x/\\lambda)^k}$. Take the trial shape $k_0 = ${data.k0}$. Use natural logs.`,
  parts: [
    {
      id: "scale",
      prompt: "For the fixed shape $k_0$, compute the MLE of the scale, $\\hat\\lambda(k_0)$.",
      hints: ({ data }) => [
        "$\\ell(k, \\lambda) = n\\log k - nk\\log\\lambda + (k-1)\\sum_i\\log x_i - \\sum_i (x_i/\\lambda)^k$.",
        "$\\partial\\ell/\\partial\\lambda = 0$ gives $\\lambda^k = \\frac1n\\sum_i x_i^k$.",
        data.k0 === 1
          ? "With $k_0 = 1$ this is the sample mean."
          : "With $k_0 = 2$ this is the root mean square: $\\sqrt{\\frac1n\\sum_i x_i^2}$.",
      ],
      truth: ({ sample, k0 }) => scaleAt(sample, k0),
      routes: [({ sample, k0 }, _earlier, round) => round(sum(sample.map((x) => round(x ** k0))) / sample.length) ** (1 / k0)],
      check: ({ sample, k0 }) => ({
        range: { min: 0, name: "a Weibull scale" },
        mistakes: [
          {
            tag: "root-omitted",
            value: k0 === 1 ? Number.NaN : powerSum(sample, k0) / sample.length,
            message: "That is $\\frac1n\\sum_i x_i^k = \\lambda^k$. Take the $k$-th root.",
          },
          {
            tag: "mean-not-power-mean",
            value: k0 === 1 ? Number.NaN : mean(sample),
            message:
              "That is the sample mean, the scale MLE only when $k = 1$. With $k_0 = 2$ average the squares, then take the square root.",
          },
        ],
      }),
    },
    {
      id: "profileScore",
      prompt:
        "Substituting $\\hat\\lambda(k)$, the shape MLE solves $g(k) = \\dfrac{\\sum_i x_i^k\\log x_i}{\\sum_i x_i^k} - \\dfrac1k - \\dfrac1n\\sum_i\\log x_i = 0$. Compute $g(k_0)$.",
      hints: ({ data }) => [
        `Tabulate $\\log x_i$ and $x_i^{${data.k0}}$ for each value.`,
        "The first term is a weighted mean of $\\log x_i$ with weights $x_i^k$; subtract $1/k$ and the plain mean of the logs.",
      ],
      truth: ({ sample, k0 }) => profileScore(sample, k0),
      // The hinted table: logs and powers, their products, the two sums, the ratio and the mean log, each
      // written down. g is a difference of such numbers, so their rounding can move a small g by a few per cent.
      routes: [
        ({ sample, k0 }, _earlier, round) => {
          const logs = sample.map((x) => round(Math.log(x)));
          const powers = sample.map((x) => round(x ** k0));
          const weighted = round(sum(powers.map((power, i) => round(power * (logs[i] ?? 0)))));
          return round(weighted / round(sum(powers))) - 1 / k0 - round(mean(logs));
        },
      ],
      check: ({ sample, k0 }) => ({
        mistakes: [
          {
            tag: "term-omitted",
            value: profileScore(sample, k0) + 1 / k0,
            message: "You left out the $-1/k$ term (it comes from differentiating $n\\log k$).",
          },
        ],
      }),
    },
    {
      id: "direction",
      input: "choice",
      prompt: "Where is the shape MLE $\\hat k$?",
      hints: () => [
        "$g$ increases with $k$: its weighted mean of $\\log x$ puts more weight on large values as $k$ grows, and $-1/k$ rises too.",
        "So if $g(k_0) < 0$ the root is to the right of $k_0$; if $g(k_0) > 0$, to the left.",
      ],
      options: directionOptions,
    },
  ],
  solution: ({ data: { sample, k0 } }, truths) => {
    const logs = sample.map(Math.log);
    const powers = sample.map((x) => x ** k0);
    const g = truths.profileScore;
    return [
      `The logs are $(${logs.map((y) => texNumber(y)).join(", ")})$ with mean $${texNumber(mean(logs))}$, and $x_i^{${k0}} = (${powers.map((p) => texNumber(p)).join(", ")})$ with sum $${texNumber(sum(powers))}$.`,
      `$$\\hat\\lambda(${k0}) = \\left(\\frac{${texNumber(sum(powers))}}{${sample.length}}\\right)^{1/${k0}} = ${texNumber(truths.scale)}.$$`,
      `$$g(${k0}) = \\frac{${texNumber(sum(sample.map((x, i) => (powers[i] as number) * Math.log(x))))}}{${texNumber(sum(powers))}} - \\frac{1}{${k0}} ${texSigned(-mean(logs))} = ${texNumber(g)}.$$`,
      `$g$ is increasing, and $g(${k0}) ${g < 0 ? "< 0" : "> 0"}$, so $\\hat k ${g < 0 ? ">" : "<"} ${k0}$. A root-finder (Newton with a bracket, as in the library) would now search ${g < 0 ? "above" : "below"} ${k0}; no closed form exists for $\\hat k$.`,
    ].join("\n\n");
  },
});
