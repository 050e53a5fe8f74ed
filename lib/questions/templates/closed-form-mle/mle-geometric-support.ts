/**
 * `mle-geometric-support` (content map 2): the geometric MLE depends on what is counted. Counting
 * trials up to and including the first success (1, 2, …) gives p̂ = 1/x̄; counting the failures before
 * it (0, 1, …) gives p̂ = 1/(1 + x̄). Each variant says which; the other formula is the named mistake.
 */
import { fitGeometric, type GeometricSupport } from "../../../estimation/models/geometric";
import type { Rng } from "../../../estimation/random";
import { defineComputation } from "../../computation";
import { geometricFailures, integerBetween, isTrueValue, mean, pick, sum, texNumber, texRatio, texTuple } from "../shared/mle";

const STORIES: Record<GeometricSupport, readonly string[]> = {
  trials: [
    "A salesperson records, for each of several days, the number of calls made up to and including the first sale of the day.",
    "A gamer records how many attempts each level took, counting the successful attempt.",
  ],
  failures: [
    "A salesperson records, for each of several days, the number of calls that failed before the first sale of the day.",
    "A gamer records how many failed attempts came before clearing each level (0 if cleared at the first try).",
  ],
};

interface Variant {
  data: { sample: number[]; support: GeometricSupport };
  setting: string;
}

function makeVariant(rng: Rng): Variant {
  const support: GeometricSupport = rng.next() < 0.5 ? "trials" : "failures";
  const setting = pick(rng, STORIES[support]);
  const n = integerBetween(rng, 6, 10);
  const p = pick(rng, [0.2, 0.25, 0.3, 0.4, 0.5]);
  const failures = Array.from({ length: n }, () => geometricFailures(rng, p));
  // At least one failure overall, so that p̂ < 1.
  if (sum(failures) === 0) failures[0] = 1;
  const sample = support === "trials" ? failures.map((x) => x + 1) : failures;
  return { data: { sample, support }, setting };
}

/** p̂ from the sample mean under the stated support. */
const fromMean = (sampleMean: number, support: GeometricSupport) => (support === "trials" ? 1 / sampleMean : 1 / (1 + sampleMean));

export const mleGeometricSupport = defineComputation({
  id: "mle-geometric-support",
  title: "Geometric MLE: counting trials or failures",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["geometric", "closed-form", "support", "parametrisation"],
  source: "lib/estimation geometric (options.support); Casella & Berger (2002), Statistical Inference, §3.2 (geometric distribution)",
  make: makeVariant,
  prompt: ({ data, setting }) =>
    `${setting} The records are $x = ${texTuple(data.sample)}$. All attempts are independent with the same success probability $p$, so ${
      data.support === "trials"
        ? "$P(X = x) = (1-p)^{x-1}p$ for $x = 1, 2, \\dots$ (trials up to and including the first success)"
        : "$P(X = x) = (1-p)^{x}p$ for $x = 0, 1, \\dots$ (failures before the first success)"
    }.`,
  parts: [
    {
      id: "mean",
      prompt: "Compute the sample mean $\\bar x$.",
      hints: ({ data }) => [
        "The likelihood depends on the data only through $\\sum_i x_i$ and $n$, so the mean is all you need.",
        `Add the ${data.sample.length} values and divide by ${data.sample.length}.`,
      ],
      truth: ({ sample }) => mean(sample),
      check: () => ({ range: { min: 0, name: "a mean count" } }),
    },
    {
      id: "p",
      prompt: "Compute the maximum likelihood estimate $\\hat p$.",
      hints: ({ data }) =>
        data.support === "trials"
          ? [
              "$\\ell(p) = n\\log p + \\left(\\sum_i x_i - n\\right)\\log(1-p)$: each record has $x_i - 1$ failures and one success.",
              "$\\ell'(p) = \\dfrac{n}{p} - \\dfrac{\\sum_i x_i - n}{1-p} = 0$ gives $\\hat p = n / \\sum_i x_i$.",
              "That is $1/\\bar x$.",
            ]
          : [
              "$\\ell(p) = n\\log p + \\left(\\sum_i x_i\\right)\\log(1-p)$: each record has $x_i$ failures and one success.",
              "$\\ell'(p) = \\dfrac{n}{p} - \\dfrac{\\sum_i x_i}{1-p} = 0$ gives $\\hat p = n / \\left(n + \\sum_i x_i\\right)$.",
              "That is $1/(1 + \\bar x)$.",
            ],
      uses: ["mean"],
      truth: ({ sample, support }, earlier) => {
        const sampleMean = earlier("mean");
        return isTrueValue(sampleMean, mean(sample)) ? fitGeometric(sample, { support }).params.p : fromMean(sampleMean, support);
      },
      check: ({ sample, support }) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: [
          {
            tag: "wrong-support",
            value: fromMean(mean(sample), support === "trials" ? "failures" : "trials"),
            message:
              support === "trials"
                ? "You used the formula for counts of failures, $1/(1+\\bar x)$. These records count the trials including the success, so $\\hat p = 1/\\bar x$."
                : "You used the formula for counts of trials, $1/\\bar x$. These records count the failures before the success, so $\\hat p = 1/(1+\\bar x)$.",
          },
          {
            tag: "complement",
            value: 1 - fromMean(mean(sample), support),
            message: "That is the share of failures among all attempts, $1 - \\hat p$. $p$ is the probability of a success.",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { sample, support } }, truths) => {
    const n = sample.length;
    const total = sum(sample);
    const failures = support === "trials" ? total - n : total;
    return [
      `The sample has $n = ${n}$ records with $\\sum_i x_i = ${total}$, so $\\bar x = ${texNumber(truths.mean)}$.`,
      support === "trials"
        ? `Each record is $x_i - 1$ failures and one success: $n = ${n}$ successes and $\\sum_i (x_i - 1) = ${failures}$ failures in all.`
        : `Each record is $x_i$ failures and one success: $n = ${n}$ successes and $\\sum_i x_i = ${failures}$ failures in all.`,
      `$$\\ell(p) = ${n}\\log p + ${failures}\\log(1-p), \\qquad \\ell'(p) = \\frac{${n}}{p} - \\frac{${failures}}{1-p} = 0 \\;\\Longrightarrow\\; \\hat p = \\frac{${n}}{${n} + ${failures}} = ${texRatio(n, n + failures)} = ${texNumber(truths.p)}.$$`,
      support === "trials"
        ? "In terms of the mean, $\\hat p = 1/\\bar x$: the successes over all trials."
        : "In terms of the mean, $\\hat p = 1/(1 + \\bar x)$: the successes over all trials, failures plus successes.",
    ].join("\n\n");
  },
});
