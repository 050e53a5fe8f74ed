/**
 * `mle-lognormal` (content map 2): the lognormal MLE is the normal MLE of the logs (meanlog, and
 * sdlog dividing by n); the MLE of the lognormal's mean then follows by invariance,
 * exp(μ̂ + σ̂²/2), which is neither the sample mean nor exp(μ̂) (the median).
 */
import { fitLognormal } from "../../../estimation/models/lognormal";
import type { Rng } from "../../../estimation/random";
import { normal, roundTo } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { integerBetween, isTrueValue, mean, pick, sum, texNumber, texTuple } from "../shared/mle";

const STORIES = [
  { setting: "Household incomes in a small survey, in thousands of euros:", unit: "thousand euros" },
  { setting: "Repair times of a machine, in hours:", unit: "hours" },
  { setting: "File sizes downloaded from a server, in megabytes:", unit: "MB" },
] as const;

interface Variant {
  data: { sample: number[] };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 5, 8);
  const meanlog = pick(rng, [0.5, 1, 1.5, 2, 2.5]);
  const sdlog = pick(rng, [0.3, 0.5, 0.7]);
  // One decimal; at least 0.1. The truth is computed from exactly these rounded values.
  const sample = Array.from({ length: n }, () => Math.max(0.1, roundTo(Math.exp(normal(rng, meanlog, sdlog)), 1)));
  if (new Set(sample).size === 1) sample[0] = (sample[0] ?? 1) + 0.5;
  return { data: { sample }, story };
}

const logsOf = (sample: readonly number[]) => sample.map(Math.log);

/** √(mean of (log x − m)²): the sdlog MLE given a centre m (the learner's meanlog, for follow-through). */
const sdAround = (sample: readonly number[], centre: number) => Math.sqrt(mean(logsOf(sample).map((y) => (y - centre) ** 2)));

export const mleLognormal = defineComputation({
  id: "mle-lognormal",
  title: "Lognormal MLE and the MLE of its mean",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["lognormal", "closed-form", "invariance", "transformation"],
  source: "lib/estimation lognormal; Johnson, Kotz & Balakrishnan (1994), Continuous Univariate Distributions vol. 1, ch. 14",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} $x = ${texTuple(data.sample)}$. Model them as independent lognormal draws: $\\log X \\sim N(\\mu, \\sigma^2)$. Use natural logs, and keep at least four decimals in intermediate results.`,
  parts: [
    {
      id: "meanlog",
      prompt: "Compute the MLE $\\hat\\mu$ (the meanlog).",
      hints: () => [
        "The Jacobian $1/x$ of the transformation does not involve $\\mu$ or $\\sigma$: the likelihood in $(\\mu, \\sigma)$ is that of a normal sample $y_i = \\log x_i$.",
        "So $\\hat\\mu = \\frac{1}{n}\\sum_i \\log x_i$: take the log of each value first, then average.",
      ],
      truth: ({ sample }) => fitLognormal(sample).params.meanlog,
      // Each log written down to 4 figures, then averaged (a meanlog near 0 averages logs of either sign).
      routes: [({ sample }, _earlier, round) => mean(sample.map((x) => round(Math.log(x))))],
      check: ({ sample }) => ({
        mistakes: [
          {
            tag: "log-of-mean",
            value: Math.log(mean(sample)),
            message:
              "You took the log of the sample mean. The MLE averages the logs: $\\frac1n\\sum_i \\log x_i$, which is smaller (Jensen).",
          },
        ],
      }),
    },
    {
      id: "sdlog",
      prompt: "Compute the MLE $\\hat\\sigma$ (the sdlog).",
      hints: () => [
        "$\\hat\\sigma^2 = \\frac{1}{n}\\sum_i (\\log x_i - \\hat\\mu)^2$: the normal variance MLE of the logs, divided by $n$.",
        "Then take the square root.",
      ],
      uses: ["meanlog"],
      // The logs and their squared deviations written down to 4 figures, the variance, then its root.
      routes: [
        ({ sample }, earlier, round) => {
          const centre = earlier("meanlog");
          return Math.sqrt(round(mean(sample.map((x) => round((round(Math.log(x)) - centre) ** 2)))));
        },
      ],
      truth: ({ sample }, earlier) => {
        const centre = earlier("meanlog");
        return isTrueValue(centre, fitLognormal(sample).params.meanlog) ? fitLognormal(sample).params.sdlog : sdAround(sample, centre);
      },
      check: ({ sample }, truths) => {
        const n = sample.length;
        const sdlog = truths.sdlog;
        return {
          range: { min: 0, name: "a standard deviation" },
          mistakes: [
            {
              tag: "n-minus-1",
              value: sdlog * Math.sqrt(n / (n - 1)),
              message: "You divided by $n - 1$. The MLE of $\\sigma^2$ divides by $n$.",
            },
            {
              tag: "variance-not-sd",
              value: sdlog ** 2,
              message: "That is $\\hat\\sigma^2$. The question asks for $\\hat\\sigma$: take the square root.",
            },
          ],
        };
      },
    },
    {
      id: "mean",
      prompt: "The mean of a lognormal distribution is $e^{\\mu + \\sigma^2/2}$. Give its MLE.",
      hints: () => [
        "Invariance: the MLE of a function of the parameters is the function evaluated at the MLEs.",
        "Plug $\\hat\\mu$ and $\\hat\\sigma$ into $e^{\\mu + \\sigma^2/2}$.",
      ],
      uses: ["meanlog", "sdlog"],
      truth: (_data, earlier) => Math.exp(earlier("meanlog") + earlier("sdlog") ** 2 / 2),
      // The band follows from the rounding of parts 1 and 2 (they are in `uses`), and from σ̂² written down.
      routes: [(_data, earlier, round) => Math.exp(earlier("meanlog") + round(earlier("sdlog") ** 2) / 2)],
      check: ({ sample }, truths) => ({
        range: { min: 0, name: "a mean of positive values" },
        mistakes: [
          {
            tag: "median-not-mean",
            value: Math.exp(truths.meanlog),
            message: "That is $e^{\\hat\\mu}$, the estimated median. The mean adds $\\hat\\sigma^2/2$ in the exponent.",
          },
          {
            tag: "sample-mean",
            value: mean(sample),
            message:
              "That is the sample mean, a fine estimator but not the MLE under the lognormal model: plug the MLEs into $e^{\\mu + \\sigma^2/2}$.",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { sample }, story }, truths) => {
    const logs = logsOf(sample);
    const meanlog = truths.meanlog;
    const sdlog = truths.sdlog;
    return [
      `The logs are $y = (${logs.map((y) => texNumber(y)).join(", ")})$, with sum $${texNumber(sum(logs))}$ over $n = ${sample.length}$ values.`,
      `$$\\hat\\mu = \\bar y = ${texNumber(meanlog)}, \\qquad \\hat\\sigma^2 = \\frac1n\\sum_i (y_i - \\bar y)^2 = ${texNumber(sdlog ** 2)}, \\qquad \\hat\\sigma = ${texNumber(sdlog)}.$$`,
      "By invariance,",
      `$$\\widehat{E[X]} = e^{\\hat\\mu + \\hat\\sigma^2/2} = e^{${texNumber(meanlog)} + ${texNumber(sdlog ** 2 / 2)}} = ${texNumber(truths.mean)}\\ \\text{${story.unit}}.$$`,
      `Compare the estimated median $e^{\\hat\\mu} = ${texNumber(Math.exp(meanlog))}$ and the sample mean $${texNumber(mean(sample))}$: a right-skewed model puts its mean above its median.`,
    ].join("\n\n");
  },
});
