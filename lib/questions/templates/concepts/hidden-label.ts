/**
 * Concept question (content map 5–6): why plain MLE cannot fit a mixture whose component label is
 * unobserved, and what EM does instead. The setting is drawn from a pool (a person's sex behind
 * heights, a customer segment behind basket sizes, a topic behind word counts, the coin behind a count
 * of heads, ...), so that the idea is learned rather than one story; the keyed statement comes in
 * several phrasings and the misconceptions from a larger pool, each with its reason.
 */
import type { ChoiceOption } from "../../choice";
import { defineConcept, type ConceptScenario } from "../../concept";

/**
 * Placeholders: `setting` (the prompt, with the model), `label` (the hidden label), `unit` (one
 * observation), `datum` (what is recorded), `component` (component k's density at point i, TeX),
 * `single` (the one-component model), `mstep` (the weighted MLE of component k's parameter).
 */
const SCENARIOS: readonly ConceptScenario[] = [
  {
    setting:
      "Heights of adults are modelled as a mixture of two normals, one per sex: $p(x) = \\pi\\, \\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2) + (1-\\pi)\\, \\mathcal{N}(x \\mid \\mu_2, \\sigma_2^2)$. The data record each height but **not** the sex of the person.",
    label: "sex",
    unit: "person",
    datum: "height",
    component: "\\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2)",
    single: "normal",
    mstep: "$\\mu_k = \\sum_i r_{ik} x_i / \\sum_i r_{ik}$, and $\\sigma_k^2$ is the $r_{ik}$-weighted variance around the new $\\mu_k$",
  },
  {
    setting:
      "An online shop models the number of items in a basket as a mixture of two Poisson distributions, one per customer segment (occasional shoppers and bulk buyers): $P(x) = \\pi\\, \\mathrm{Pois}(x \\mid \\lambda_1) + (1-\\pi)\\, \\mathrm{Pois}(x \\mid \\lambda_2)$. The logs record every basket's size but **not** the segment of the customer.",
    label: "segment",
    unit: "basket",
    datum: "basket size",
    component: "\\mathrm{Pois}(x_i \\mid \\lambda_k)",
    single: "Poisson",
    mstep: "$\\lambda_k = \\sum_i r_{ik} x_i / \\sum_i r_{ik}$, the weighted mean basket size",
  },
  {
    setting:
      "A news archive models each article's word counts $x_i = (x_{i1}, \\dots, x_{iV})$ as a mixture of two multinomials, one per topic (sport and politics): $p(x_i) \\propto \\pi \\prod_w \\phi_{1w}^{x_{iw}} + (1-\\pi) \\prod_w \\phi_{2w}^{x_{iw}}$. The archive keeps every article's words but **not** its topic.",
    label: "topic",
    unit: "article",
    datum: "word counts",
    component: "\\prod_w \\phi_{kw}^{x_{iw}}",
    single: "multinomial",
    mstep: "$\\phi_{kw} = \\sum_i r_{ik} x_{iw} / \\sum_i r_{ik} \\sum_v x_{iv}$, the weighted share of word $w$",
  },
  {
    setting:
      "Each day a friend picks coin 1 (with probability $\\pi$) or coin 2, tosses it 10 times and tells you only the number of heads $x$: $P(x) = \\pi \\binom{10}{x} \\theta_1^{x} (1-\\theta_1)^{10-x} + (1-\\pi) \\binom{10}{x} \\theta_2^{x} (1-\\theta_2)^{10-x}$. You are **never** told which coin was tossed.",
    label: "coin",
    unit: "day",
    datum: "number of heads",
    component: "\\binom{10}{x_i} \\theta_k^{x_i} (1-\\theta_k)^{10-x_i}",
    single: "binomial",
    mstep: "$\\theta_k = \\sum_i r_{ik} x_i / (10 \\sum_i r_{ik})$, expected heads over expected tosses",
  },
  {
    setting:
      "A help desk models call durations as a mixture of two exponentials, one for quick questions and one for real faults: $p(x) = \\pi\\, \\lambda_1 e^{-\\lambda_1 x} + (1-\\pi)\\, \\lambda_2 e^{-\\lambda_2 x}$. The phone system logs each call's duration but **not** its type.",
    label: "call type",
    unit: "call",
    datum: "duration",
    component: "\\lambda_k e^{-\\lambda_k x_i}",
    single: "exponential",
    mstep: "$1/\\lambda_k = \\sum_i r_{ik} x_i / \\sum_i r_{ik}$, the weighted mean duration",
  },
  {
    setting:
      "Lengths of fish caught in a lake are modelled as a mixture of two normals, one per age class (one-year-olds and two-year-olds): $p(x) = \\pi\\, \\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2) + (1-\\pi)\\, \\mathcal{N}(x \\mid \\mu_2, \\sigma_2^2)$. The catch records each fish's length but **not** its age.",
    label: "age class",
    unit: "fish",
    datum: "length",
    component: "\\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2)",
    single: "normal",
    mstep: "$\\mu_k = \\sum_i r_{ik} x_i / \\sum_i r_{ik}$, and $\\sigma_k^2$ is the $r_{ik}$-weighted variance around the new $\\mu_k$",
  },
];

/** Several phrasings of the keyed statement (one is shown), then the misconceptions (four are shown). */
const OPTIONS: readonly ChoiceOption[] = [
  {
    id: "log-of-sum",
    correct: true,
    label:
      "Each term of the log-likelihood is $\\log \\sum_k \\pi_k\\, {{component}}$: a log of a sum, no closed form. EM alternates the {{label}}'s posterior (E) and a weighted MLE (M).",
    explanation:
      "The sum over the hidden {{label}} sits inside the log. EM replaces it by an expectation over the {{label}}'s posterior, which turns the M-step into a weighted version of the labelled-data MLE, and each iteration never lowers the observed log-likelihood.",
  },
  {
    id: "summed-out-short",
    correct: true,
    label:
      "The unknown {{label}} is summed out inside the log, so there is no closed form. EM weights each {{unit}} by its posterior {{label}} probabilities, then refits.",
    explanation:
      "Right, in short: the observed-data log-likelihood is a log of a sum over the {{label}}, whose derivatives have no closed-form root. EM's E-step computes the responsibilities $r_{ik} = P(z_i = k \\mid x_i)$ and its M-step is the labelled-data MLE with each {{unit}} counted with weight $r_{ik}$.",
  },
  {
    id: "expected-complete",
    correct: true,
    label:
      "With the {{label}} known, each component would have a closed-form MLE; without it the likelihood is a mixture with no closed form. EM maximises the expected complete-data log-likelihood instead, one iteration at a time.",
    explanation:
      "Right: EM takes the expectation of the complete-data log-likelihood over the posterior of the missing {{label}} (E-step) and maximises it (M-step), e.g. {{mstep}}. Repeating this never lowers the observed log-likelihood.",
  },
  {
    id: "hard-assignment",
    correct: false,
    label:
      "EM assigns each {{unit}} to its most likely {{label}} under the current parameters, then runs the ordinary labelled-data MLE on those groups, and repeats until no {{unit}} changes its assignment.",
    explanation:
      "That is hard assignment (classification EM, close to k-means). EM keeps the uncertainty: every {{unit}} contributes to every component, weighted by its responsibility $r_{ik} = P(z_i = k \\mid x_i)$.",
  },
  {
    id: "no-maximum",
    correct: false,
    label:
      "The likelihood of a mixture has no maximum at all once the {{label}} is hidden, so EM minimises the negative log-likelihood instead, which is bounded below and therefore always has a minimiser.",
    explanation:
      "Minimising the negative log-likelihood is the same problem as maximising the log-likelihood, so this changes nothing. EM is a maximiser: the observed log-likelihood never decreases from one iteration to the next.",
  },
  {
    id: "sample-size",
    correct: false,
    label:
      "MLE needs many more data points than EM to be well defined; with a sample of this size only EM's iterative averaging over the possible values of the {{label}} gives a stable, unique answer.",
    explanation:
      "Sample size is not the obstacle: EM maximises the very same likelihood as MLE would. The obstacle is the unobserved {{label}}, which puts a sum inside the log.",
  },
  {
    id: "faster",
    correct: false,
    label:
      "Plain MLE would work just as well here; EM is preferred only because it is faster than Newton's method, never needs derivatives of the log-likelihood and cannot stop at a local maximum.",
    explanation:
      "With hidden labels plain MLE has no closed form at all. EM is often slower than Newton-type methods near the optimum (its convergence is linear); its appeal is that each step is a simple, closed-form weighted MLE.",
  },
  {
    id: "threshold-then-fit",
    correct: false,
    label:
      "Guess each {{unit}}'s {{label}} once, for example by cutting the {{datum}} at its overall median, then fit each group by ordinary MLE; that two-step recipe is exactly the mixture's maximum-likelihood estimate.",
    explanation:
      "Cutting the data truncates both components: each group's fit is biased (its tails are cut off and the overlap is given to the wrong component), and the result does not maximise the mixture likelihood. EM never fixes the {{label}}; it keeps weighting by the posterior.",
  },
  {
    id: "single-model",
    correct: false,
    label:
      "Without the {{label}} the two components cannot be told apart, so the only maximum-likelihood fit is a single {{single}} for all the data; EM is a heuristic for splitting that fit in two afterwards.",
    explanation:
      "The mixture is identifiable up to swapping the two labels, and its likelihood has a well-defined (local) maximum that EM climbs to. A single {{single}} is a different, smaller model, not the mixture's MLE.",
  },
  {
    id: "sum-of-logs",
    correct: false,
    label:
      "The log-likelihood equals $\\sum_i \\sum_k \\log\\big[\\pi_k\\, {{component}}\\big]$, which separates by component, so EM simply maximises it one component at a time and needs no weights.",
    explanation:
      "The log of a sum is not the sum of the logs: $\\log(a + b) \\ne \\log a + \\log b$. That swap is not allowed, and its failure is exactly why the observed-data likelihood has no closed-form maximum.",
  },
  {
    id: "no-estimate",
    correct: false,
    label: "Without the {{label}} nothing can be estimated at all; EM guesses labels at random and keeps the best of many runs.",
    explanation:
      "The parameters are estimable from the {{datum}} alone, through the mixture likelihood; EM does not guess labels at random but weights every {{unit}} by its posterior probability of each {{label}}.",
  },
  {
    id: "bayesian",
    correct: false,
    label:
      "EM is a Bayesian method: it puts a prior on the {{label}} and reports the posterior mean of the parameters, because a maximum-likelihood estimate is undefined once a variable is latent.",
    explanation:
      "EM finds a maximum-likelihood estimate (or a MAP estimate if a prior is put on the parameters). The posterior over the {{label}} it computes is a step inside the algorithm, and the weight $\\pi$ is itself estimated by maximum likelihood.",
  },
];

export const conceptHiddenLabel = defineConcept({
  id: "concept-hidden-label",
  title: "Why EM when the label is hidden?",
  topic: "why-labels-matter",
  difficulty: "easy",
  tags: ["gmm", "hidden-label", "log-of-sum"],
  source: "Bishop (2006), Pattern Recognition and Machine Learning, §9.2 and §9.3",
  scenarios: SCENARIOS,
  prompt: "{{setting}}",
  parts: [
    {
      id: "answer",
      prompt: "Why can't plain MLE be used here the way it is when the {{label}} is recorded, and what does EM do instead?",
      input: "choice",
      show: 5,
      options: OPTIONS,
      hints: [
        "Write the log-likelihood of one {{unit}} when its {{label}} is unknown: you must sum over both possibilities.",
        "Where does that sum end up relative to the log? What does that do to the derivative?",
      ],
    },
  ],
  solution: [
    "With the {{label}} recorded, the complete-data log-likelihood splits by component, $\\sum_i \\big[\\log \\pi_{z_i} + \\log p(x_i \\mid z_i)\\big]$, and each component's MLE is the familiar closed form on its own {{unit}}s.",
    "Without the {{label}}, the observed-data log-likelihood is",
    "$$\\ell(\\theta) = \\sum_{i=1}^n \\log \\sum_{k=1}^2 \\pi_k\\, {{component}},$$",
    "a log of a sum: setting its derivatives to zero couples every parameter and has no closed-form solution.",
    "EM works around the sum. **E-step:** with the current parameters, compute each {{unit}}'s responsibility $r_{ik} = P(z_i = k \\mid x_i) = \\pi_k\\, {{component}} \\big/ \\sum_j \\pi_j\\, p(x_i \\mid z_i = j)$. **M-step:** maximise the expected complete-data log-likelihood, which is the labelled MLE with each {{unit}} weighted by $r_{ik}$: $\\pi_k = \\tfrac1n \\sum_i r_{ik}$ and {{mstep}}. Repeat until the log-likelihood stops rising; each iteration never lowers it.",
  ].join("\n\n"),
});
