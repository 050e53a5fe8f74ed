/**
 * `mle-fisher-bernoulli` (content map 3): asymptotic normality in practice. From k successes in n
 * trials: p̂, the Fisher information of the sample at p̂, n/(p̂(1 − p̂)), the standard error 1/√I, and
 * the upper end of the 95 % Wald interval p̂ + 1.96·se. Each later part follows through.
 */
import { fitBinomial } from "../../../estimation/models/binomial";
import type { Rng } from "../../../estimation/random";
import { binomial } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { pick, texNumber, texRatio, Z_95 } from "../shared/mle";

const STORIES = [
  {
    setting: "In an A/B test, {n} visitors saw the new checkout page and {k} of them completed a purchase.",
    what: "the purchase probability",
  },
  { setting: "A poll asked {n} voters a yes/no question; {k} answered yes.", what: "the proportion answering yes" },
  { setting: "Of {n} patients given a vaccine, {k} developed a mild fever.", what: "the fever probability" },
] as const;

interface Variant {
  data: { successes: number; trials: number };
  story: (typeof STORIES)[number];
}

function makeVariant(rng: Rng): Variant {
  const story = pick(rng, STORIES);
  const trials = pick(rng, [40, 50, 60, 80, 100, 120, 150, 200]);
  const p = pick(rng, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  const successes = Math.min(trials - 1, Math.max(1, binomial(rng, trials, p)));
  return { data: { successes, trials }, story };
}

const setting = ({ data, story }: Variant) => story.setting.replace("{n}", String(data.trials)).replace("{k}", String(data.successes));

export const mleFisherBernoulli = defineComputation({
  id: "mle-fisher-bernoulli",
  title: "Fisher information, standard error and a Wald interval for a proportion",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["bernoulli", "fisher-information", "standard-error", "wald-interval", "asymptotic-normality"],
  source: "lib/estimation binomial; Casella & Berger (2002), Statistical Inference, §10.1.3 and Example 10.4.2 (Wald interval for p)",
  make: makeVariant,
  prompt: (variant) => `${setting(variant)} Model the outcomes as independent Bernoulli($p$) trials, where $p$ is ${variant.story.what}.`,
  parts: [
    {
      id: "p",
      prompt: "Compute the MLE $\\hat p$.",
      hints: () => ["Maximise $k\\log p + (n-k)\\log(1-p)$.", "$\\hat p = k/n$: the proportion of successes."],
      truth: ({ successes, trials }) => fitBinomial({ successes: [successes], trials: [trials] }).params.p,
      // The complement names the failures' share; a variant whose p̂ is too near ½ to tell them apart is drawn again.
      check: ({ successes, trials }) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: [
          {
            tag: "complement",
            value: (trials - successes) / trials,
            message: "That is the proportion of failures, $(n-k)/n$. The MLE of $p$ is the proportion of successes, $k/n$.",
          },
        ],
      }),
    },
    {
      id: "information",
      prompt: "Compute the Fisher information of the whole sample, $I_n(p) = n / (p(1-p))$, at $p = \\hat p$.",
      hints: ({ data }) => [
        "One trial has $\\ell(p) = x\\log p + (1-x)\\log(1-p)$ and $I_1(p) = -E[\\ell''(p)] = \\dfrac{1}{p(1-p)}$.",
        `Information adds over independent trials: multiply by $n = ${data.trials}$.`,
      ],
      uses: ["p"],
      truth: ({ trials }, earlier) => {
        const p = earlier("p");
        return trials / (p * (1 - p));
      },
      check: ({ trials }, truths) => ({
        range: { min: 0, name: "a Fisher information" },
        mistakes: [
          {
            tag: "per-observation-information",
            value: truths.information / trials,
            message: "That is the information in one trial. The sample has $n$ independent trials: multiply by $n$.",
          },
        ],
      }),
    },
    {
      id: "se",
      prompt: "Compute the standard error $\\operatorname{se}(\\hat p) = 1/\\sqrt{I_n(\\hat p)}$.",
      hints: () => [
        "Asymptotically $\\hat p \\approx N\\left(p, 1/I_n(p)\\right)$: the variance is the inverse information.",
        "Take one over the square root of your information; this is $\\sqrt{\\hat p(1-\\hat p)/n}$.",
      ],
      uses: ["information"],
      truth: (_data, earlier) => 1 / Math.sqrt(earlier("information")),
      check: (_data, truths) => ({
        range: { min: 0, name: "a standard error" },
        mistakes: [
          {
            tag: "variance-not-se",
            value: 1 / truths.information,
            message: "That is the variance $1/I_n$. The standard error is its square root.",
          },
        ],
      }),
    },
    {
      id: "upper",
      prompt: "Give the upper end of the 95 % Wald interval $\\hat p \\pm 1.96\\,\\operatorname{se}(\\hat p)$.",
      hints: () => [
        "Asymptotic normality: $\\hat p$ is approximately normal around $p$ with standard deviation $\\operatorname{se}(\\hat p)$.",
        "Add $1.96$ standard errors (your part 3) to $\\hat p$.",
      ],
      uses: ["p", "se"],
      truth: (_data, earlier) => earlier("p") + Z_95 * earlier("se"),
      check: (_data, truths) => ({
        mistakes: [
          {
            tag: "lower-not-upper",
            value: truths.p - Z_95 * truths.se,
            message: "That is the lower end. The upper end adds $1.96$ standard errors.",
          },
          {
            tag: "z-omitted",
            value: truths.p + truths.se,
            message: "You added one standard error. A 95 % interval reaches $1.96$ standard errors either side.",
          },
        ],
      }),
    },
  ],
  solution: ({ data: { successes, trials } }, truths) => {
    const p = truths.p;
    return [
      `$\\hat p = ${texRatio(successes, trials)} = ${texNumber(p)}$.`,
      "For one Bernoulli trial, $-\\ell''(p) = \\dfrac{x}{p^2} + \\dfrac{1-x}{(1-p)^2}$, whose expectation is $\\dfrac{1}{p} + \\dfrac{1}{1-p} = \\dfrac{1}{p(1-p)}$. Over $n$ independent trials,",
      `$$I_n(\\hat p) = \\frac{n}{\\hat p(1-\\hat p)} = \\frac{${trials}}{${texNumber(p)} \\times ${texNumber(1 - p)}} = ${texNumber(truths.information)}.$$`,
      `$$\\operatorname{se}(\\hat p) = \\frac{1}{\\sqrt{I_n(\\hat p)}} = \\sqrt{\\frac{\\hat p(1-\\hat p)}{n}} = ${texNumber(truths.se)}.$$`,
      `$$\\hat p + 1.96\\,\\operatorname{se} = ${texNumber(p)} + 1.96 \\times ${texNumber(truths.se)} = ${texNumber(truths.upper)}.$$`,
      `The 95 % Wald interval is $(${texNumber(p - Z_95 * truths.se)}, ${texNumber(truths.upper)})$. It rests on the asymptotic normality of the MLE, and is poor when $n\\hat p$ or $n(1-\\hat p)$ is small.`,
    ].join("\n\n");
  },
});
