/**
 * `mle-categorical-counts` (content map 2): the MLE of a category's probability from multinomial
 * counts is its share of the total (the Lagrange multiplier of Σp = 1 is the total count). The
 * second part, the probability of either of two categories, follows from invariance (the MLE of a sum of probabilities is the sum of the MLEs).
 */
import { fitCategorical } from "../../../estimation/models/categorical";
import type { Rng } from "../../../estimation/random";
import { categorical } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { integerBetween, pick, sum, texNumber, texRatio } from "../shared/mle";

const STORIES = [
  { setting: "A survey asks commuters how they get to work.", categories: ["car", "bus", "train", "bicycle", "walking"] },
  { setting: "A bag of sweets is sorted by colour.", categories: ["red", "green", "yellow", "orange", "purple"] },
  { setting: "A multiple-choice exam question is answered by a class of students.", categories: ["A", "B", "C", "D", "E"] },
] as const;

interface Variant {
  data: { categories: string[]; counts: number[]; target: string; other: string };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const k = integerBetween(rng, 3, 5);
  const categories = story.categories.slice(0, k);
  const weights = categories.map(() => 1 + rng.next() * 3);
  const total = integerBetween(rng, 12, 40);
  const counts = categories.map(() => 0);
  for (let i = 0; i < total; i += 1) {
    const index = categorical(rng, weights);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  // The two categories asked about are observed at least once: a zero count makes a dull fraction.
  const observed = categories.filter((_, index) => (counts[index] ?? 0) > 0);
  const target = pick(rng, observed);
  const others = observed.filter((name) => name !== target);
  const other = pick(rng, others.length > 0 ? others : categories.filter((name) => name !== target));
  return { data: { categories, counts, target, other }, story };
}

const countOf = (data: Variant["data"], name: string) => data.counts[data.categories.indexOf(name)] ?? 0;

/** The library's MLE of one category's probability. */
const probabilityOf = (data: Variant["data"], name: string) =>
  fitCategorical({ counts: data.counts }).params.probabilities[data.categories.indexOf(name)] ?? Number.NaN;

export const mleCategoricalCounts = defineComputation({
  id: "mle-categorical-counts",
  title: "Categorical (multinomial) MLE from counts",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["categorical", "multinomial", "closed-form", "lagrange"],
  source:
    "lib/estimation categorical; Bishop (2006), Pattern Recognition and Machine Learning, §2.2 (multinomial MLE by a Lagrange multiplier)",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} The counts per category are: ${data.categories.map((name, index) => `${name} ${data.counts[index]}`).join(", ")}. Model the answers as independent draws from a categorical distribution with probabilities $p_1, \\dots, p_${data.categories.length}$ that sum to 1.`,
  parts: [
    {
      id: "p",
      prompt: ({ data }) => `Give the MLE of the probability of **${data.target}**. A fraction or a decimal is fine.`,
      hints: ({ data }) => [
        "$\\ell(p) = \\sum_j c_j \\log p_j$ (plus a constant), to be maximised subject to $\\sum_j p_j = 1$.",
        "With a Lagrange multiplier, $c_j / p_j = \\lambda$ for every $j$, and the constraint gives $\\lambda = \\sum_j c_j$.",
        `So $\\hat p_j = c_j / N$ with $N = \\sum_j c_j$: the share of ${data.target} in the total.`,
      ],
      truth: (data) => probabilityOf(data, data.target),
      check: (data) => {
        const count = countOf(data, data.target);
        const total = sum(data.counts);
        return {
          range: { min: 0, max: 1, name: "a probability" },
          mistakes: [
            {
              tag: "count-not-proportion",
              value: count,
              message: `That is the count of ${data.target}. Divide it by the total count.`,
            },
            {
              tag: "add-one-smoothing",
              value: (count + 1) / (total + data.categories.length),
              message:
                "You added one to every count (Laplace smoothing). That is a posterior mean under a uniform Dirichlet prior, not the MLE.",
            },
            {
              tag: "ignores-data",
              value: 1 / data.categories.length,
              message: "That is one over the number of categories, which ignores the counts.",
            },
          ],
        };
      },
    },
    {
      id: "either",
      prompt: ({ data }) =>
        `Give the MLE of the probability that an answer is **${data.target}** or **${data.other}**. A decimal or a fraction is fine.`,
      hints: ({ data }) => [
        "By invariance, the MLE of a function of the parameters is that function of their MLEs.",
        `$P(\\text{${data.target} or ${data.other}}) = p_{${data.target}} + p_{${data.other}}$, and the categories are exclusive.`,
      ],
      truth: (data) => probabilityOf(data, data.target) + probabilityOf(data, data.other),
      // Part 1's share and the other category's share, each written down to 4 figures, added.
      routes: [
        (data, _earlier, round) =>
          round(countOf(data, data.target) / sum(data.counts)) + round(countOf(data, data.other) / sum(data.counts)),
      ],
      check: (data) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: [
          {
            tag: "product-not-sum",
            value: probabilityOf(data, data.target) * probabilityOf(data, data.other),
            message: "You multiplied the two probabilities. One answer cannot be both categories: for exclusive events, add.",
          },
        ],
      }),
    },
  ],
  solution: ({ data }, truths) => {
    const total = sum(data.counts);
    const count = countOf(data, data.target);
    const otherCount = countOf(data, data.other);
    return [
      `The total is $N = ${data.counts.join(" + ")} = ${total}$.`,
      "Maximising $\\sum_j c_j\\log p_j$ subject to $\\sum_j p_j = 1$ with a Lagrange multiplier $\\lambda$: $\\partial/\\partial p_j$ gives $c_j/p_j = \\lambda$, so $p_j = c_j/\\lambda$, and summing over $j$ gives $\\lambda = N$.",
      `$$\\hat p_{\\text{${data.target}}} = \\frac{${count}}{${total}} = ${texRatio(count, total)} = ${texNumber(truths.p)}.$$`,
      `By invariance, $\\hat P(\\text{${data.target} or ${data.other}}) = \\frac{${count} + ${otherCount}}{${total}} = ${texNumber(truths.either)}$.`,
    ].join("\n\n");
  },
});
