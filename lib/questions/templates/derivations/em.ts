/**
 * Derivations of EM's updates and of the parameter counts behind AIC/BIC (content map 6–8): the mixing
 * weights with a Lagrange multiplier, the weighted mean and variance, the two-coin and zero-inflated
 * updates, the E-step posterior, and the free parameters of mixtures and HMMs.
 */
import { defineDerivation } from "../../derivation";
import type { ExpressionSymbol } from "../../../grading/expression";
import type { QuestionTemplate } from "../../types";
import { SYMBOL } from "./symbols";

const { n, S, lambda } = SYMBOL;

const R: ExpressionSymbol = {
  name: "R",
  meaning: "the component's total responsibility $R_k = \\sum_i r_{ik}$",
  domain: { min: 0.5, max: 20 },
};
const Rx: ExpressionSymbol = {
  name: "Rx",
  meaning: "the responsibility-weighted sum $\\sum_i r_{ik} x_i$ (type `Rx`)",
  domain: { min: -20, max: 20 },
};
const Rxx: ExpressionSymbol = {
  name: "Rxx",
  meaning: "the responsibility-weighted sum of squares $\\sum_i r_{ik} x_i^2$ (type `Rxx`)",
  domain: { min: 0, max: 40 },
};

const MIXTURES = [
  { story: "Heights of adults are modelled as a mixture of $K$ Gaussians (the sex of each person is not recorded)" },
  { story: "Basket sizes of shoppers are modelled as a mixture of $K$ Gaussians (the customer segment is hidden)" },
  { story: "Reaction times are modelled as a mixture of $K$ Gaussians (attentive or distracted trials are not labelled)" },
];

const mixingWeight = defineDerivation({
  id: "derive-em-mixing-weight",
  title: "EM's mixing weight, with a Lagrange multiplier",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["em", "m-step", "lagrange", "gmm", "derivation"],
  source: "Bishop (2006), PRML §9.2.2 (eq. 9.20–9.22)",
  scenarios: MIXTURES,
  prompt:
    "{{story}}. In the M-step the weights maximise $\\sum_i \\sum_k r_{ik}\\log w_k + \\lambda\\big(1 - \\sum_k w_k\\big)$, where $r_{ik}$ are the responsibilities ($\\sum_k r_{ik} = 1$) of the $n$ points.",
  parts: [
    {
      id: "stationary",
      prompt: "Setting the derivative in $w_k$ to zero gives $w_k$ in terms of $R_k$ and $\\lambda$. Write it.",
      hints: ["$\\partial/\\partial w_k$: $R_k / w_k - \\lambda = 0$."],
      symbols: [R, lambda],
      expected: "R/lambda",
    },
    {
      id: "multiplier",
      prompt: "Write the multiplier $\\lambda$.",
      hints: ["Sum over $k$: $\\sum_k R_k = \\sum_i \\sum_k r_{ik}$."],
      symbols: [n],
      expected: "n",
    },
    {
      id: "weight",
      prompt: "Write the updated weight $w_k$.",
      hints: ["Substitute the multiplier."],
      symbols: [R, n],
      expected: "R/n",
      mistakes: [{ tag: "weights-omitted", expression: "R", message: "Normalise: the weights must sum to 1 over the components." }],
    },
  ],
  solution: [
    "$$\\frac{\\partial}{\\partial w_k}\\Big[\\sum_i\\sum_j r_{ij}\\log w_j + \\lambda\\big(1 - \\sum_j w_j\\big)\\Big] = \\frac{R_k}{w_k} - \\lambda = 0 \\;\\Rightarrow\\; w_k = \\frac{R_k}{\\lambda}.$$",
    "Since $\\sum_k R_k = \\sum_i 1 = n$, the constraint gives $\\lambda = n$ and $w_k = R_k/n$: the average responsibility.",
  ].join("\n\n"),
});

const gmmMean = defineDerivation({
  id: "derive-em-gmm-mean",
  title: "EM's mean update for a Gaussian mixture",
  topic: "em-mechanics",
  difficulty: "easy",
  tags: ["em", "m-step", "gmm", "derivation"],
  source: "Bishop (2006), PRML §9.2.2 (eq. 9.17)",
  scenarios: MIXTURES,
  prompt:
    "{{story}}. The M-step maximises the expected complete-data log-likelihood; for component $k$'s mean that is $\\sum_i r_{ik}\\log\\mathcal N(x_i \\mid \\mu_k, v_k)$.",
  parts: [
    {
      id: "mean",
      prompt: "Write the updated mean $\\mu_k$.",
      hints: ["Differentiate: $\\sum_i r_{ik}(x_i - \\mu_k)/v_k = 0$."],
      symbols: [R, Rx, n],
      expected: "Rx/R",
      mistakes: [
        {
          tag: "weights-omitted",
          expression: "Rx/n",
          message: "Divide by the component's total responsibility $R_k$, not by $n$: the mean is a weighted average.",
        },
      ],
    },
  ],
  solution:
    "$\\sum_i r_{ik}(x_i - \\mu_k) = 0$ gives $\\mu_k = \\dfrac{\\sum_i r_{ik}x_i}{\\sum_i r_{ik}} = R_x/R_k$: the MLE of a mean, with each point counted by its responsibility.",
});

const gmmVariance = defineDerivation({
  id: "derive-em-gmm-variance",
  title: "EM's variance update for a Gaussian mixture",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["em", "m-step", "gmm", "variance", "derivation"],
  source: "Bishop (2006), PRML §9.2.2 (eq. 9.19)",
  scenarios: MIXTURES,
  prompt:
    "{{story}}. Component $k$'s new mean is $m = R_x/R_k$. Its new variance maximises $\\sum_i r_{ik}\\log\\mathcal N(x_i \\mid m, v)$ over $v$.",
  parts: [
    {
      id: "variance",
      prompt: "Write the updated variance $v_k$ in terms of $R_k$, $R_x$ and $R_{xx}$.",
      hints: ["$v_k = \\sum_i r_{ik}(x_i - m)^2 / R_k$.", "Expand the square and use $m = R_x/R_k$."],
      symbols: [
        R,
        Rx,
        Rxx,
        { name: "mold", meaning: "the previous iteration's mean $m_{\\text{old}}$ (type `mold`)", domain: { min: -3, max: 3 } },
      ],
      expected: "Rxx/R - (Rx/R)^2",
      mistakes: [
        {
          tag: "old-mean",
          expression: "(Rxx - 2*mold*Rx + mold^2*R)/R",
          message: "Centre the squares on the new mean $R_x/R_k$, not on the previous iteration's mean.",
        },
        { tag: "not-centred", expression: "Rxx/R", message: "That is a weighted second moment: subtract the squared new mean." },
      ],
    },
  ],
  solution:
    "$$v_k = \\frac{\\sum_i r_{ik}(x_i - m)^2}{R_k} = \\frac{R_{xx} - 2mR_x + m^2R_k}{R_k} = \\frac{R_{xx}}{R_k} - \\Big(\\frac{R_x}{R_k}\\Big)^2.$$ (Numerically, compute it from centred data; the expanded form is for the derivation.)",
});

const gmmResponsibility = defineDerivation({
  id: "derive-em-responsibility",
  title: "The E-step: a responsibility from Bayes' rule",
  topic: "em-mechanics",
  difficulty: "easy",
  tags: ["em", "e-step", "responsibility", "gmm", "derivation"],
  source: "Bishop (2006), PRML §9.2 (eq. 9.13)",
  scenarios: MIXTURES,
  prompt:
    "{{story}} with $K = 2$. At a point $x$ the component densities are $f_1 = \\mathcal N(x \\mid \\mu_1, v_1)$ and $f_2 = \\mathcal N(x \\mid \\mu_2, v_2)$; the weights are $w$ and $1 - w$.",
  parts: [
    {
      id: "r1",
      prompt: "Write the responsibility $r_1$ of component 1 for the point.",
      hints: ["Posterior = prior × likelihood, normalised."],
      symbols: [
        { name: "w", meaning: "component 1's weight $w$", domain: { min: 0.1, max: 0.9 } },
        { name: "f1", meaning: "component 1's density at $x$, $f_1$", domain: { min: 0.01, max: 1 } },
        { name: "f2", meaning: "component 2's density at $x$, $f_2$", domain: { min: 0.01, max: 1 } },
      ],
      expected: "w*f1/(w*f1 + (1-w)*f2)",
      mistakes: [
        {
          tag: "weights-omitted",
          expression: "f1/(f1 + f2)",
          message: "The mixing weights are the priors: leave them out and the E-step ignores how common each component is.",
        },
        {
          tag: "unnormalised-responsibilities",
          expression: "w*f1",
          message: "Normalise: divide by the total over both components so the responsibilities sum to 1.",
        },
        {
          tag: "prior-for-posterior",
          expression: "w",
          message: "That is the prior weight; the responsibility also uses the point's density under each component.",
        },
      ],
    },
  ],
  solution: "$$r_1 = \\frac{w f_1}{w f_1 + (1-w) f_2}:$$ the posterior probability that the point came from component 1.",
});

const twoCoins = defineDerivation({
  id: "derive-em-two-coins",
  title: "The two-coin EM updates",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["em", "two-coins", "derivation"],
  source: "Do & Batzoglou (2008), Nature Biotechnology 26(8), 897–899",
  scenarios: [
    { story: "Sets of 10 tosses come from one of two coins, A or B, picked at random with equal probability; which coin is not recorded" },
    { story: "Batches of 10 free throws come from one of two players sharing a shirt number; which player is not recorded" },
    { story: "Runs of 10 sensor readings come from one of two machines; which machine is not recorded" },
  ],
  prompt: "{{story}}. A set with $h$ heads and $t$ tails is scored under the current biases $a$ (coin A) and $b$ (coin B).",
  parts: [
    {
      id: "posterior",
      prompt: "Write the E-step posterior that a set with $h$ heads and $t$ tails came from coin A.",
      hints: ["The binomial coefficient is the same for both coins and cancels.", "Equal priors cancel too."],
      symbols: [
        { name: "h", meaning: "the heads $h$ in the set", domain: { min: 0, max: 10, integer: true } },
        { name: "t", meaning: "the tails $t$ in the set", domain: { min: 0, max: 10, integer: true } },
        { name: "a", meaning: "coin A's current bias $a$", domain: { min: 0.1, max: 0.9 } },
        { name: "b", meaning: "coin B's current bias $b$", domain: { min: 0.1, max: 0.9 } },
      ],
      expected: "a^h*(1-a)^t / (a^h*(1-a)^t + b^h*(1-b)^t)",
      mistakes: [{ tag: "unnormalised-responsibilities", expression: "a^h*(1-a)^t", message: "Normalise over the two coins." }],
    },
    {
      id: "update",
      prompt: "After the E-step, coin A is credited with $H_A$ expected heads and $T_A$ expected tails over all sets. Write its new bias.",
      hints: ["A weighted MLE of a proportion."],
      symbols: [
        { name: "HA", meaning: "the expected heads credited to coin A, $H_A$ (type `HA`)", domain: { min: 0.5, max: 30 } },
        { name: "TA", meaning: "the expected tails credited to coin A, $T_A$ (type `TA`)", domain: { min: 0.5, max: 30 } },
      ],
      expected: "HA/(HA + TA)",
      mistakes: [{ tag: "complement", expression: "TA/(HA + TA)", message: "The bias is the share of heads." }],
    },
  ],
  solution: [
    "$$P(A \\mid h, t) = \\frac{a^h(1-a)^t}{a^h(1-a)^t + b^h(1-b)^t}$$ (the binomial coefficient and the equal priors cancel).",
    "The M-step is a proportion with fractional counts: $a_{\\text{new}} = H_A / (H_A + T_A)$.",
  ].join("\n\n"),
});

const zip = defineDerivation({
  id: "derive-em-zip",
  title: "EM for zero-inflated counts",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["em", "zip", "poisson", "derivation"],
  source: "Lambert (1992), Technometrics 34(1), 1–14",
  scenarios: [
    { story: "Fish caught per visitor to a park: some visitors did not fish at all" },
    { story: "Insurance claims per policy: some policies can never claim" },
    { story: "Cigarettes smoked per day in a survey: many respondents do not smoke" },
  ],
  prompt:
    "{{story}}. Each count is a structural zero with probability $\\pi$, else Poisson($\\lambda$). Of $n$ counts with total $S$, some are zeros.",
  parts: [
    {
      id: "posterior",
      prompt: "Write the E-step posterior that an observed zero is structural.",
      hints: ["A zero arises as a structural zero ($\\pi$) or as a Poisson zero ($(1-\\pi)e^{-\\lambda}$)."],
      symbols: [{ name: "pi0", meaning: "the current $\\pi$ (type `pi0`)", domain: { min: 0.05, max: 0.9 } }, lambda],
      expected: "pi0/(pi0 + (1-pi0)*exp(-lambda))",
      mistakes: [
        {
          tag: "prior-for-posterior",
          expression: "pi0",
          message: "That is the prior share; a zero is more likely structural than $\\pi$ says when Poisson zeros are rare.",
        },
      ],
    },
    {
      id: "pi",
      prompt: "The E-step's expected number of structural zeros is $Z$. Write the new $\\pi$.",
      hints: ["A weighted share of structural zeros."],
      symbols: [
        { name: "Z", meaning: "the expected number of structural zeros $Z$", domain: { min: 0.5, max: 10 } },
        { ...n, domain: { min: 12, max: 40, integer: true } },
      ],
      expected: "Z/n",
    },
    {
      id: "lambda",
      prompt: "Write the new $\\lambda$.",
      hints: ["Only the counts that are (expected to be) Poisson count: $n - Z$ of them, with total $S$."],
      symbols: [
        { name: "Z", meaning: "the expected number of structural zeros $Z$", domain: { min: 0.5, max: 10 } },
        { ...n, domain: { min: 12, max: 40, integer: true } },
        S,
      ],
      expected: "S/(n - Z)",
      mistakes: [
        {
          tag: "weights-omitted",
          expression: "S/n",
          message: "The structural zeros are not Poisson draws: divide by the expected number of Poisson counts, $n - Z$.",
        },
      ],
    },
  ],
  solution: [
    "$$P(\\text{structural} \\mid x = 0) = \\frac{\\pi}{\\pi + (1-\\pi)e^{-\\lambda}}.$$",
    "Summed over the zeros this gives $Z$; the M-step sets $\\pi = Z/n$ and $\\lambda = S/(n - Z)$ (the nonzero counts are certainly Poisson, the zeros partly).",
  ].join("\n\n"),
});

const gmmParameters = defineDerivation({
  id: "derive-gmm-parameter-count",
  title: "Free parameters of a Gaussian mixture",
  topic: "model-zoo",
  difficulty: "medium",
  tags: ["gmm", "bic", "aic", "parameters", "derivation"],
  source: "Fraley & Raftery (2002), JASA 97(458), 611–631 (mclust's models); Bishop (2006), PRML §9.2",
  scenarios: [
    { story: "You compare Gaussian mixtures for customer data with $d$ features using BIC" },
    { story: "You choose the number of clusters $K$ for $d$-dimensional sensor data by BIC" },
    { story: "An anomaly detector fits a $K$-component mixture to $d$ features" },
  ],
  prompt: "{{story}}. Count the free parameters of a $K$-component mixture in $d$ dimensions.",
  parts: [
    {
      id: "full",
      prompt: "With full covariance matrices.",
      hints: ["Weights: $K - 1$ (they sum to 1). Means: $Kd$.", "A symmetric $d \\times d$ covariance has $d(d+1)/2$ free entries."],
      symbols: [
        { name: "K", meaning: "the number of components $K$", domain: { min: 1, max: 8, integer: true } },
        { name: "d", meaning: "the dimension $d$", domain: { min: 1, max: 8, integer: true } },
      ],
      expected: "K - 1 + K*d + K*d*(d+1)/2",
      mistakes: [
        {
          tag: "weights-overcounted",
          expression: "K + K*d + K*d*(d+1)/2",
          message: "The weights sum to 1: only $K - 1$ of them are free.",
        },
        {
          tag: "covariance-overcounted",
          expression: "K - 1 + K*d + K*d^2",
          message: "A covariance matrix is symmetric: $d(d+1)/2$ free entries, not $d^2$.",
        },
      ],
    },
    {
      id: "diagonal",
      prompt: "With diagonal covariance matrices.",
      hints: ["A diagonal covariance has $d$ free entries."],
      symbols: [
        { name: "K", meaning: "the number of components $K$", domain: { min: 1, max: 8, integer: true } },
        { name: "d", meaning: "the dimension $d$", domain: { min: 1, max: 8, integer: true } },
      ],
      expected: "K - 1 + 2*K*d",
    },
    {
      id: "bic",
      prompt: "Write BIC for a model with $p$ free parameters, maximised log-likelihood $l$ and $N$ points (smaller is better).",
      hints: ["A penalty of $\\log N$ per parameter."],
      symbols: [
        { name: "p", meaning: "the number of free parameters $p$", domain: { min: 1, max: 50, integer: true } },
        { name: "l", meaning: "the maximised log-likelihood $l$", domain: { min: -500, max: -1 } },
        { name: "N", meaning: "the number of points $N$", domain: { min: 20, max: 2000, integer: true } },
      ],
      expected: "p*log(N) - 2*l",
      mistakes: [{ tag: "aic-for-bic", expression: "2*p - 2*l", message: "That is AIC: BIC's penalty grows with $\\log N$." }],
    },
  ],
  solution:
    "Full: $(K-1) + Kd + Kd(d+1)/2$. Diagonal: $(K-1) + 2Kd$. $\\text{BIC} = p\\log N - 2l$ (AIC $= 2p - 2l$); compare mixtures for several $K$ and covariance types and keep the smallest BIC.",
});

const hmmParameters = defineDerivation({
  id: "derive-hmm-parameter-count",
  title: "Free parameters of a discrete HMM",
  topic: "model-zoo",
  difficulty: "medium",
  tags: ["hmm", "parameters", "baum-welch", "derivation"],
  source: "Rabiner (1989), Proc. IEEE 77(2), 257–286, §III; Bishop (2006), PRML §13.2",
  scenarios: [
    { story: "A part-of-speech tagger has $N$ hidden tags and a vocabulary of $M$ words" },
    { story: "A weather model has $N$ hidden regimes and $M$ observed conditions" },
    { story: "A gene finder has $N$ hidden states and emits $M$ symbols" },
  ],
  prompt: "{{story}}: an HMM with an initial distribution, an $N \\times N$ transition matrix and an $N \\times M$ emission matrix.",
  parts: [
    {
      id: "count",
      prompt: "Count its free parameters.",
      hints: ["Every row of probabilities loses one degree of freedom to summing to 1."],
      symbols: [
        { name: "N", meaning: "the number of hidden states $N$", domain: { min: 1, max: 10, integer: true } },
        { name: "M", meaning: "the number of symbols $M$", domain: { min: 2, max: 12, integer: true } },
      ],
      expected: "(N - 1) + N*(N - 1) + N*(M - 1)",
      mistakes: [
        { tag: "rows-overcounted", expression: "N + N^2 + N*M", message: "Each probability vector sums to 1: subtract one per row." },
      ],
    },
    {
      id: "viterbi",
      prompt: "Viterbi decoding of $T$ observations costs how many operations, to leading order?",
      hints: ["For each of $T$ steps and each of $N$ states, a maximum over $N$ predecessors."],
      symbols: [
        { name: "N", meaning: "the number of hidden states $N$", domain: { min: 1, max: 10, integer: true } },
        { name: "T", meaning: "the length $T$ of the sequence", domain: { min: 5, max: 100, integer: true } },
      ],
      expected: "N^2*T",
      mistakes: [
        {
          tag: "exhaustive",
          expression: "N^T",
          message: "That is enumerating every path; dynamic programming reuses the best path into each state.",
        },
      ],
    },
  ],
  solution:
    "Free parameters: $(N-1) + N(N-1) + N(M-1)$. Viterbi is $O(N^2T)$: at each step, each state takes the best of $N$ predecessors.",
});

export const EM_DERIVATIONS: readonly QuestionTemplate[] = [
  mixingWeight,
  gmmMean,
  gmmVariance,
  gmmResponsibility,
  twoCoins,
  zip,
  gmmParameters,
  hmmParameters,
];
