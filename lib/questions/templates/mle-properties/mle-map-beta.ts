/**
 * `mle-map-beta` (content map 3): MLE versus MAP for a Bernoulli probability with a Beta(a, b)
 * prior. The posterior is Beta(k + a, n − k + b); its mode (the MAP) is (k + a − 1)/(n + a + b − 2)
 * and its mean (k + a)/(n + a + b). The prior acts as a − 1 and b − 1 pseudo-observations.
 */
import { fitBinomial } from "../../../estimation/models/binomial";
import type { Rng } from "../../../estimation/random";
import { binomial } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { drawSome, integerBetween, pick, texNumber, texRatio } from "../shared/mle";

const STORIES = [
  { setting: "A new landing page is shown to {n} visitors and {k} of them sign up.", prior: "sign-up rates of earlier pages" },
  { setting: "A new player makes {k} of {n} free throws in practice.", prior: "a coach's experience with new players" },
  { setting: "A startup's first {n} cold emails get {k} replies.", prior: "industry benchmarks" },
] as const;

interface Variant {
  data: { successes: number; trials: number; priorA: number; priorB: number };
  story: (typeof STORIES)[number];
}

function draw(rng: Rng): Variant | null {
  const story = pick(rng, STORIES);
  const trials = integerBetween(rng, 5, 20);
  const successes = binomial(rng, trials, pick(rng, [0.2, 0.4, 0.6, 0.8]));
  const priorA = integerBetween(rng, 2, 6);
  const priorB = integerBetween(rng, 2, 6);
  // MLE, MAP and posterior mean must differ, or the question cannot tell them apart.
  const mle = successes / trials;
  const map = (successes + priorA - 1) / (trials + priorA + priorB - 2);
  const posteriorMean = (successes + priorA) / (trials + priorA + priorB);
  const distinct = Math.min(Math.abs(mle - map), Math.abs(map - posteriorMean), Math.abs(mle - posteriorMean)) > 0.01;
  if (!distinct) return null;
  return { data: { successes, trials, priorA, priorB }, story };
}

const makeVariant = (rng: Rng): Variant => drawSome(rng, draw);

const mapOf = ({ successes, trials, priorA, priorB }: Variant["data"]) => (successes + priorA - 1) / (trials + priorA + priorB - 2);
const posteriorMeanOf = ({ successes, trials, priorA, priorB }: Variant["data"]) => (successes + priorA) / (trials + priorA + priorB);

export const mleMapBeta = defineComputation({
  id: "mle-map-beta",
  title: "MLE versus MAP with a Beta prior",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["bernoulli", "map", "prior", "beta", "bayes"],
  source:
    "lib/estimation binomial (MLE); Murphy (2012), Machine Learning: A Probabilistic Perspective, §3.3 (beta-binomial model: posterior mode and mean)",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting.replace("{n}", String(data.trials)).replace("{k}", String(data.successes))} Model the outcomes as independent Bernoulli($p$) trials. Prior knowledge (${story.prior}) is encoded as a Beta($a = ${data.priorA}$, $b = ${data.priorB}$) prior on $p$, with density proportional to $p^{a-1}(1-p)^{b-1}$.`,
  parts: [
    {
      id: "mle",
      prompt: "Compute the MLE $\\hat p_{\\text{MLE}}$ (no prior).",
      hints: () => ["The MLE maximises the likelihood alone: $k\\log p + (n-k)\\log(1-p)$.", "$\\hat p = k/n$."],
      truth: ({ successes, trials }) => fitBinomial({ successes: [successes], trials: [trials] }).params.p,
      // The complement names the failures' share; a variant with k = n/2, where the two agree, is drawn again.
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
      id: "map",
      prompt: "Compute the MAP estimate $\\hat p_{\\text{MAP}}$, the mode of the posterior.",
      hints: ({ data }) => [
        "Posterior $\\propto$ likelihood $\\times$ prior $= p^{k}(1-p)^{n-k} \\cdot p^{a-1}(1-p)^{b-1}$: a Beta($k + a$, $n - k + b$) density.",
        "Maximise $(k + a - 1)\\log p + (n - k + b - 1)\\log(1-p)$, exactly as for the MLE with extra counts.",
        `$\\hat p_{\\text{MAP}} = \\dfrac{k + a - 1}{n + a + b - 2}$ with $k = ${data.successes}$, $n = ${data.trials}$.`,
      ],
      truth: (data) => mapOf(data),
      check: (data) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: [
          {
            tag: "mean-not-mode",
            value: posteriorMeanOf(data),
            message: "That is the posterior mean $(k+a)/(n+a+b)$. The MAP is the posterior mode: $(k+a-1)/(n+a+b-2)$.",
          },
          {
            tag: "prior-for-posterior",
            value: (data.priorA - 1) / (data.priorA + data.priorB - 2),
            message: "That is the mode of the prior alone. The MAP is the mode of the posterior, which combines the prior with the data.",
          },
          {
            tag: "mle-not-map",
            value: data.successes / data.trials,
            message: "That is the MLE: it ignores the prior. Multiply the likelihood by the prior before maximising.",
          },
        ],
      }),
    },
    {
      id: "posteriorMean",
      prompt: "Compute the posterior mean $E[p \\mid \\text{data}]$.",
      hints: () => [
        "The posterior is Beta($k + a$, $n - k + b$).",
        "A Beta($\\alpha$, $\\beta$) distribution has mean $\\alpha/(\\alpha + \\beta)$.",
      ],
      truth: (data) => posteriorMeanOf(data),
      check: (data) => ({
        range: { min: 0, max: 1, name: "a probability" },
        mistakes: [
          {
            tag: "mode-not-mean",
            value: mapOf(data),
            message: "That is the posterior mode (the MAP). The mean of Beta($\\alpha$, $\\beta$) is $\\alpha/(\\alpha+\\beta)$.",
          },
          {
            tag: "prior-for-posterior",
            value: data.priorA / (data.priorA + data.priorB),
            message: "That is the prior mean. The posterior mean adds the data: $(k+a)/(n+a+b)$.",
          },
        ],
      }),
    },
  ],
  solution: ({ data }, truths) => {
    const { successes: k, trials: n, priorA: a, priorB: b } = data;
    return [
      `$\\hat p_{\\text{MLE}} = k/n = ${texRatio(k, n)} = ${texNumber(truths.mle)}$.`,
      `The posterior is proportional to $p^{${k}}(1-p)^{${n - k}} \\cdot p^{${a - 1}}(1-p)^{${b - 1}} = p^{${k + a - 1}}(1-p)^{${n - k + b - 1}}$: a Beta(${k + a}, ${n - k + b}) density.`,
      `$$\\hat p_{\\text{MAP}} = \\frac{k + a - 1}{n + a + b - 2} = \\frac{${k + a - 1}}{${n + a + b - 2}} = ${texNumber(truths.map)}, \\qquad E[p \\mid \\text{data}] = \\frac{k + a}{n + a + b} = \\frac{${k + a}}{${n + a + b}} = ${texNumber(truths.posteriorMean)}.$$`,
      `The prior acts like $a - 1 = ${a - 1}$ extra successes and $b - 1 = ${b - 1}$ extra failures: it pulls the estimate from the MLE towards the prior mode ${texNumber((a - 1) / (a + b - 2))}. With more data the likelihood dominates and MAP and MLE agree.`,
    ].join("\n\n");
  },
});
