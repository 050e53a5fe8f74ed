/**
 * `likelihood-normal-ratio` (content map 1): compare two candidate means of a normal model with known
 * σ through their log-likelihood ratio. The constants cancel, leaving half the difference of the sums
 * of squares over σ²; the ratio itself says how many times better one value explains the data.
 */
import type { Rng } from "../../../estimation/random";
import { normal, roundAll } from "../../../estimation/samplers";
import type { ChoiceOption } from "../../choice";
import { defineComputation } from "../../computation";
import { drawSome, integerBetween, mean, pick, sum, texNumber, texTuple } from "../shared/mle";

interface Variant {
  data: { sample: number[]; sigma: number; mu1: number; mu2: number };
}

function draw(rng: Rng): Variant | null {
  const n = integerBetween(rng, 5, 8);
  const sigma = pick(rng, [1, 2]);
  const centre = integerBetween(rng, 2, 8);
  const sample = roundAll(
    Array.from({ length: n }, () => normal(rng, centre + pick(rng, [-0.4, 0, 0.4]), sigma)),
    1,
  );
  // Two candidates half a unit or a unit apart, on either side of the sample mean or both on one side.
  const gap = pick(rng, [0.5, 1]);
  const low = centre - pick(rng, [0, 0.5, 1]);
  const [mu1, mu2] = rng.next() < 0.5 ? [low, low + gap] : [low + gap, low];
  // The two must not fit equally well: then neither is supported more.
  const difference = sumOfSquares(sample, mu2) - sumOfSquares(sample, mu1);
  // ... nor so differently that the ratio runs into the thousands and hides the idea.
  const logRatio = difference / (2 * sigma ** 2);
  if (Math.abs(difference) < 0.2 || Math.abs(logRatio) > 6) return null;
  return { data: { sample, sigma, mu1, mu2 } };
}

const makeVariant = (rng: Rng): Variant => drawSome(rng, draw);

function sumOfSquares(sample: readonly number[], mu: number): number {
  return sum(sample.map((x) => (x - mu) ** 2));
}

/** ℓ(μ₁) − ℓ(μ₂) for N(μ, σ²) with σ known: the 2π and σ terms cancel. */
function logRatioOf({ sample, sigma, mu1, mu2 }: Variant["data"]): number {
  return (sumOfSquares(sample, mu2) - sumOfSquares(sample, mu1)) / (2 * sigma ** 2);
}

type Round = (value: number) => number;

/**
 * ℓ(μ₁) − ℓ(μ₂) worked by hand, each written-down number through `round`: the hinted route (each squared
 * deviation and both sums), and the decomposition of part 3's hint, Σ(xᵢ − μ)² = Σ(xᵢ − x̄)² + n(x̄ − μ)²,
 * with x̄ and the two squares written down (only n(x̄ − μ)² differs between the candidates).
 */
const LOG_RATIO_ROUTES: readonly ((data: Variant["data"], round: Round) => number)[] = [
  ({ sample, sigma, mu1, mu2 }, round) => {
    const squares = (mu: number) => round(sum(sample.map((x) => round((x - mu) ** 2))));
    return (squares(mu2) - squares(mu1)) / (2 * sigma ** 2);
  },
  ({ sample, sigma, mu1, mu2 }, round) => {
    const centre = round(mean(sample));
    return (sample.length * (round((centre - mu2) ** 2) - round((centre - mu1) ** 2))) / (2 * sigma ** 2);
  },
];

function betterOptions(data: Variant["data"]): ChoiceOption[] {
  const logRatio = logRatioOf(data);
  const closer = logRatio > 0 ? data.mu1 : data.mu2;
  return [
    {
      id: "mu1",
      label: `$\\mu_1 = ${data.mu1}$`,
      correct: logRatio > 0,
      explanation:
        logRatio > 0
          ? `The log-likelihood ratio is positive, so $L(\\mu_1) > L(\\mu_2)$: $\\mu_1$ is nearer the sample mean $\\bar x = ${texNumber(mean(data.sample))}$.`
          : `The log-likelihood ratio is negative, so $L(\\mu_1) < L(\\mu_2)$: the data favour $\\mu_2 = ${closer}$.`,
    },
    {
      id: "mu2",
      label: `$\\mu_2 = ${data.mu2}$`,
      correct: logRatio < 0,
      explanation:
        logRatio < 0
          ? `The log-likelihood ratio is negative, so $L(\\mu_2) > L(\\mu_1)$: $\\mu_2$ is nearer the sample mean $\\bar x = ${texNumber(mean(data.sample))}$.`
          : `The log-likelihood ratio is positive, so $L(\\mu_1) > L(\\mu_2)$: the data favour $\\mu_1 = ${closer}$.`,
    },
    {
      id: "neither",
      label: "Neither: a likelihood is not a probability, so two values cannot be compared",
      correct: false,
      explanation:
        "Likelihoods of different parameter values on the same data can always be compared: their ratio says how much better one explains the data. What is not allowed is reading $L(\\mu)$ as the probability that $\\mu$ is true.",
    },
  ];
}

export const likelihoodNormalRatio = defineComputation({
  id: "likelihood-normal-ratio",
  title: "Which mean explains the data better? A likelihood ratio",
  topic: "likelihood",
  difficulty: "medium",
  tags: ["normal", "likelihood-ratio", "log-likelihood"],
  source: "Casella & Berger (2002), Statistical Inference, §8.2.1 (likelihood ratio); normal density with known variance",
  make: makeVariant,
  // Two whole log-likelihoods are large and close together: to 4 significant figures each, their
  // difference can lose the ratio (142 of 1000 variants), hence four decimals in intermediate results.
  prompt: ({ data }) =>
    `The measurements $x = ${texTuple(data.sample)}$ are modelled as independent $N(\\mu, \\sigma^2)$ draws with known $\\sigma = ${data.sigma}$. Compare two candidate means, $\\mu_1 = ${data.mu1}$ and $\\mu_2 = ${data.mu2}$. Use natural logs, and keep at least four decimals in intermediate results.`,
  parts: [
    {
      id: "logRatio",
      prompt: "Compute the log-likelihood ratio $\\ell(\\mu_1) - \\ell(\\mu_2)$.",
      hints: ({ data }) => [
        "$\\ell(\\mu) = -\\tfrac{n}{2}\\log(2\\pi\\sigma^2) - \\dfrac{1}{2\\sigma^2}\\sum_i (x_i - \\mu)^2$: the first term is the same for both candidates and cancels.",
        "So $\\ell(\\mu_1) - \\ell(\\mu_2) = \\dfrac{1}{2\\sigma^2}\\left[\\sum_i (x_i-\\mu_2)^2 - \\sum_i (x_i-\\mu_1)^2\\right]$.",
        `Compute both sums of squared deviations, subtract, and divide by $2\\sigma^2 = ${2 * data.sigma ** 2}$.`,
      ],
      truth: (data) => logRatioOf(data),
      routes: LOG_RATIO_ROUTES.map((route) => (data: Variant["data"], _earlier: unknown, round: Round) => route(data, round)),
      check: (data, truths) => {
        const logRatio = truths.logRatio;
        return {
          mistakes: [
            {
              tag: "ratio-inverted",
              value: -logRatio,
              message: "You computed $\\ell(\\mu_2) - \\ell(\\mu_1)$: the sign is reversed.",
            },
            {
              tag: "missing-half",
              value: 2 * logRatio,
              message: "You left out the $\\tfrac12$: the normal log-density has $-\\tfrac{(x-\\mu)^2}{2\\sigma^2}$.",
            },
            {
              tag: "sigma-omitted",
              value: data.sigma === 1 ? Number.NaN : logRatio * data.sigma ** 2,
              message: `You did not divide by $\\sigma^2 = ${data.sigma ** 2}$.`,
            },
          ],
        };
      },
    },
    {
      id: "ratio",
      prompt: "Compute the likelihood ratio $L(\\mu_1) / L(\\mu_2)$.",
      hints: () => [
        "The likelihood ratio is the exponential of the log-likelihood ratio.",
        "A ratio above 1 means $\\mu_1$ explains the data better; below 1, $\\mu_2$ does.",
      ],
      uses: ["logRatio"],
      truth: (_data, earlier) => Math.exp(earlier("logRatio")),
      // The exponential of the log-ratio as worked by either route and written down to 4 figures.
      routes: LOG_RATIO_ROUTES.map(
        (route) => (data: Variant["data"], _earlier: unknown, round: Round) => Math.exp(round(route(data, round))),
      ),
      check: (_data, truths) => ({
        // A log-ratio right to 0.5 % moves its exponential by 0.5 % × |log-ratio|: allow that much.
        tolerance: 0.005 * Math.max(1, 1.2 * Math.abs(truths.logRatio)),
        range: { min: 0, name: "a likelihood ratio" },
        mistakes: [
          {
            tag: "ratio-inverted",
            value: 1 / truths.ratio,
            message: "That is $L(\\mu_2)/L(\\mu_1)$: the ratio is upside down.",
          },
          {
            tag: "log-not-likelihood",
            value: truths.logRatio,
            message: "That is the log of the ratio (part 1). Exponentiate it to get the ratio of likelihoods.",
          },
        ],
      }),
    },
    {
      id: "better",
      input: "choice",
      prompt: "Which candidate do the data support more?",
      hints: () => [
        "Look at the sign of the log-likelihood ratio: positive favours $\\mu_1$, negative $\\mu_2$.",
        "Equivalently, $\\sum_i (x_i - \\mu)^2 = \\sum_i (x_i - \\bar x)^2 + n(\\bar x - \\mu)^2$: the candidate closer to $\\bar x$ has the higher likelihood.",
      ],
      options: betterOptions,
    },
  ],
  solution: ({ data }, truths) => {
    const { sample, sigma, mu1, mu2 } = data;
    const ss1 = sumOfSquares(sample, mu1);
    const ss2 = sumOfSquares(sample, mu2);
    const favoured = truths.logRatio > 0 ? `\\mu_1 = ${mu1}` : `\\mu_2 = ${mu2}`;
    return [
      "For $N(\\mu, \\sigma^2)$ with $\\sigma$ known, $\\ell(\\mu) = -\\tfrac{n}{2}\\log(2\\pi\\sigma^2) - \\tfrac{1}{2\\sigma^2}\\sum_i (x_i - \\mu)^2$. The first term cancels in a difference.",
      `The sums of squared deviations are $\\sum_i (x_i - ${mu1})^2 = ${texNumber(ss1)}$ and $\\sum_i (x_i - ${mu2})^2 = ${texNumber(ss2)}$.`,
      `$$\\ell(\\mu_1) - \\ell(\\mu_2) = \\frac{${texNumber(ss2)} - ${texNumber(ss1)}}{2 \\times ${sigma ** 2}} = ${texNumber(truths.logRatio)}.$$`,
      `$$\\frac{L(\\mu_1)}{L(\\mu_2)} = e^{${texNumber(truths.logRatio)}} = ${texNumber(truths.ratio)}.$$`,
      `The data support $${favoured}$ more: it is closer to the sample mean $\\bar x = ${texNumber(mean(sample))}$, and the MLE of $\\mu$ is $\\bar x$ itself.`,
    ].join("\n\n");
  },
});
