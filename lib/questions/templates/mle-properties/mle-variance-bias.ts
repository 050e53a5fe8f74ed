/**
 * `mle-variance-bias` (content map 3): the variance MLE divides by n and is biased,
 * E[σ̂²] = (n − 1)/n · σ². The learner computes σ̂² on a small sample, rescales it to the unbiased s²,
 * and gives the expected value of σ̂² for samples of this size under a stated true variance.
 */
import { fitNormal } from "../../../estimation/models/normal";
import type { Rng } from "../../../estimation/random";
import { normal, roundAll } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { integerBetween, mean, pick, sum, texNumber, texTuple, texTerm } from "../shared/mle";

interface Variant {
  data: { sample: number[]; trueVariance: number };
}

function makeVariant(rng: Rng): Variant {
  const n = integerBetween(rng, 4, 8);
  const centre = integerBetween(rng, 5, 20);
  const trueVariance = pick(rng, [1, 2, 4, 9]);
  const sample = roundAll(
    Array.from({ length: n }, () => normal(rng, centre, Math.sqrt(trueVariance))),
    1,
  );
  if (new Set(sample).size === 1) sample[0] = (sample[0] ?? 0) + 1;
  return { data: { sample, trueVariance } };
}

export const mleVarianceBias = defineComputation({
  id: "mle-variance-bias",
  title: "The variance MLE is biased: by how much?",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["normal", "variance", "bias", "n-minus-1"],
  source: "lib/estimation normal; Casella & Berger (2002), Statistical Inference, Example 7.3.3 (bias of the variance MLE)",
  make: makeVariant,
  prompt: ({ data }) =>
    `A sample $x = ${texTuple(data.sample)}$ is modelled as independent $N(\\mu, \\sigma^2)$ draws with both parameters unknown.`,
  parts: [
    {
      id: "variance",
      prompt: "Compute the MLE $\\hat\\sigma^2$.",
      hints: ({ data }) => [
        "With $\\mu$ unknown, it is replaced by its MLE $\\bar x$.",
        `$\\hat\\sigma^2 = \\frac{1}{n}\\sum_i (x_i - \\bar x)^2$ with $n = ${data.sample.length}$.`,
      ],
      truth: ({ sample }) => fitNormal(sample).params.variance,
      check: ({ sample }, truths) => {
        const n = sample.length;
        return {
          range: { min: 0, name: "a variance" },
          mistakes: [
            {
              tag: "n-minus-1",
              value: (truths.variance * n) / (n - 1),
              message: "You divided by $n - 1$: that is the unbiased $s^2$. The MLE divides by $n$.",
            },
            {
              tag: "sd-not-variance",
              value: Math.sqrt(truths.variance),
              message: "That is $\\hat\\sigma$, the square root. This part asks for the variance $\\hat\\sigma^2$.",
            },
          ],
        };
      },
    },
    {
      id: "unbiased",
      prompt: "Rescale $\\hat\\sigma^2$ to the unbiased estimate $s^2$.",
      hints: ({ data }) => [
        "$s^2$ divides the same sum of squares by $n - 1$ instead of $n$.",
        `So $s^2 = \\dfrac{n}{n-1}\\hat\\sigma^2 = \\dfrac{${data.sample.length}}{${data.sample.length - 1}}\\hat\\sigma^2$.`,
      ],
      uses: ["variance"],
      truth: ({ sample }, earlier) => (earlier("variance") * sample.length) / (sample.length - 1),
      check: ({ sample }, truths) => {
        const n = sample.length;
        return {
          range: { min: 0, name: "a variance" },
          mistakes: [
            {
              tag: "factor-inverted",
              value: (truths.variance * (n - 1)) / n,
              message: "You multiplied by $(n-1)/n$, which shrinks the estimate further. $s^2$ is larger: multiply by $n/(n-1)$.",
            },
            {
              tag: "sd-not-variance",
              value: Math.sqrt(truths.unbiased),
              message: "That is $s$, the square root. This part asks for the variance $s^2$.",
            },
          ],
        };
      },
    },
    {
      id: "expectation",
      prompt: ({ data }) =>
        `Suppose the true variance is $\\sigma^2 = ${data.trueVariance}$. What is $E[\\hat\\sigma^2]$, the average of the MLE over many samples of this size?`,
      hints: ({ data }) => [
        "$\\sum_i (X_i - \\bar X)^2/\\sigma^2$ has a $\\chi^2_{n-1}$ distribution, with mean $n - 1$: one degree of freedom is used up by $\\bar X$.",
        `So $E[\\hat\\sigma^2] = \\dfrac{n-1}{n}\\sigma^2$, here with $n = ${data.sample.length}$.`,
      ],
      truth: ({ sample, trueVariance }) => ((sample.length - 1) / sample.length) * trueVariance,
      check: ({ sample, trueVariance }) => {
        const n = sample.length;
        return {
          range: { min: 0, name: "an expected variance" },
          mistakes: [
            {
              tag: "unbiased-assumed",
              value: trueVariance,
              message:
                "That would make $\\hat\\sigma^2$ unbiased. Dividing by $n$ makes it too small on average: $E[\\hat\\sigma^2] = \\frac{n-1}{n}\\sigma^2$.",
            },
            {
              tag: "factor-inverted",
              value: (n / (n - 1)) * trueVariance,
              message: "The factor is upside down: $\\hat\\sigma^2$ underestimates, $E[\\hat\\sigma^2] = \\frac{n-1}{n}\\sigma^2$.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data: { sample, trueVariance } }, truths) => {
    const n = sample.length;
    const xBar = mean(sample);
    const squares = sum(sample.map((x) => (x - xBar) ** 2));
    return [
      `$\\bar x = ${texNumber(xBar)}$ and $\\sum_i (x_i - \\bar x)^2 = ${texNumber(squares)}$, so`,
      `$$\\hat\\sigma^2 = \\frac{${texNumber(squares)}}{${n}} = ${texNumber(truths.variance)}, \\qquad s^2 = \\frac{${texNumber(squares)}}{${n - 1}} = \\frac{${n}}{${n - 1}} \\times ${texTerm(truths.variance)} = ${texNumber(truths.unbiased)}.$$`,
      "Replacing $\\mu$ by $\\bar x$ makes the squared deviations smaller than they would be around the true mean; on average $\\sum_i (X_i - \\bar X)^2 = (n-1)\\sigma^2$. Hence",
      `$$E[\\hat\\sigma^2] = \\frac{n-1}{n}\\sigma^2 = \\frac{${n - 1}}{${n}} \\times ${trueVariance} = ${texNumber(truths.expectation)},$$`,
      `a bias of $-\\sigma^2/n = ${texNumber(-trueVariance / n)}$, which vanishes as $n$ grows: the MLE is biased but consistent.`,
    ].join("\n\n");
  },
});
