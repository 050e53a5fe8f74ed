/**
 * Derivations of closed-form MLEs, step by step as an interviewer asks for them: the likelihood of an
 * i.i.d. sample, its log, the score, and the estimator where the score is zero (content map 2).
 * Sources: Casella & Berger (2002), Statistical Inference, §7.2.2; Wasserman (2004), All of
 * Statistics, §9.3.
 */
import { defineDerivation } from "../../derivation";
import type { QuestionTemplate } from "../../types";
import { SYMBOL, xbar } from "./symbols";

const { n, nLarge, k, S, Q, D, lambda, p, mu, v, theta } = SYMBOL;

const WAITING = [
  { story: "A call centre records the times between consecutive calls", item: "waiting time" },
  { story: "An engineer records how long each power supply of a batch lasts", item: "lifetime" },
  { story: "A web server logs the gaps between consecutive requests", item: "gap" },
];

const COUNTS = [
  { story: "A help desk counts the tickets that arrive in each of $n$ hours", item: "hourly count" },
  { story: "A factory counts the defects on each of $n$ sheets of glass", item: "defect count" },
  { story: "A biologist counts the seedlings in each of $n$ plots", item: "seedling count" },
];

const TRIALS = [
  { story: "A website shows a new button to $n$ visitors and $k$ of them click it", success: "click" },
  { story: "A free-throw shooter takes $n$ shots and scores $k$", success: "basket" },
  { story: "A quality inspector tests $n$ chips and $k$ of them pass", success: "pass" },
];

const MEASUREMENTS = [
  { story: "A lab weighs $n$ samples of a reference material", item: "weight" },
  { story: "A sensor logs $n$ readings of a constant temperature", item: "reading" },
  { story: "A teacher records the scores of $n$ students on a standardised test", item: "score" },
];

const exponential = defineDerivation({
  id: "derive-exponential-mle",
  title: "Derive the MLE of an exponential rate",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["exponential", "derivation", "closed-form"],
  source: "Casella & Berger (2002), Statistical Inference, §7.2.2 (Example 7.2.7)",
  scenarios: WAITING,
  prompt:
    "{{story}}. Model each {{item}} $x_i$ as an independent draw from an exponential distribution with density $f(x \\mid \\lambda) = \\lambda e^{-\\lambda x}$, $x \\ge 0$. Write each answer in terms of the listed symbols.",
  parts: [
    {
      id: "likelihood",
      prompt: "Write the likelihood $L(\\lambda)$ of the whole sample.",
      hints: [
        "Independent draws: multiply the densities.",
        "$\\prod_i \\lambda e^{-\\lambda x_i}$ collects into a power of $\\lambda$ times one exponential.",
      ],
      symbols: [n, S, lambda],
      expected: "lambda^n * exp(-lambda*S)",
      mistakes: [
        {
          tag: "sum-for-product",
          expression: "n*lambda*exp(-lambda*S)",
          message: "Independent densities multiply: $\\lambda$ appears $n$ times as a factor, not as $n\\lambda$.",
        },
      ],
    },
    {
      id: "loglik",
      prompt: "Write the log-likelihood $\\ell(\\lambda) = \\log L(\\lambda)$.",
      hints: ["$\\log(a^n) = n \\log a$ and $\\log e^{u} = u$."],
      symbols: [n, S, lambda],
      expected: "n*log(lambda) - lambda*S",
      mistakes: [
        {
          tag: "log-base-10",
          expression: "n*log10(lambda) - lambda*S/log(10)",
          message: "Use the natural logarithm: with $\\log_{10}$ the two terms no longer come from the same log.",
        },
      ],
    },
    {
      id: "score",
      prompt: "Write the score $\\ell'(\\lambda) = \\dfrac{d\\ell}{d\\lambda}$.",
      hints: ["Differentiate term by term: $\\frac{d}{d\\lambda} n\\log\\lambda = n/\\lambda$."],
      symbols: [n, S, lambda],
      expected: "n/lambda - S",
      mistakes: [{ tag: "score-sign", expression: "S - n/lambda", message: "Check the sign: the derivative of $-\\lambda S$ is $-S$." }],
    },
    {
      id: "estimator",
      prompt: "Solve $\\ell'(\\lambda) = 0$: write the MLE $\\hat\\lambda$. You may use $\\bar x$.",
      hints: ["$n/\\lambda = S$."],
      symbols: [n, S, xbar],
      expected: "n/S",
      mistakes: [
        { tag: "mean-for-rate", expression: "S/n", message: "That is the mean waiting time; the rate is its reciprocal." },
        {
          tag: "n-minus-1",
          expression: "(n-1)/S",
          message: "$(n-1)/S$ is the unbiased estimator of the rate, not the MLE: the score has $n/\\lambda$.",
        },
      ],
    },
  ],
  solution: [
    "$$L(\\lambda) = \\prod_{i=1}^n \\lambda e^{-\\lambda x_i} = \\lambda^n e^{-\\lambda S},$$",
    "$$\\ell(\\lambda) = n \\log\\lambda - \\lambda S, \\qquad \\ell'(\\lambda) = \\frac{n}{\\lambda} - S.$$",
    "Setting the score to zero gives $\\hat\\lambda = n/S = 1/\\bar x$; $\\ell''(\\lambda) = -n/\\lambda^2 < 0$, so it is a maximum.",
  ].join("\n\n"),
});

const poisson = defineDerivation({
  id: "derive-poisson-mle",
  title: "Derive the MLE of a Poisson mean",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["poisson", "derivation", "closed-form"],
  source: "Casella & Berger (2002), Statistical Inference, §7.2.2; Wasserman (2004), All of Statistics, §9.3",
  scenarios: COUNTS,
  prompt:
    "{{story}}. Model each {{item}} $x_i$ as an independent Poisson($\\lambda$) count, $P(x \\mid \\lambda) = \\lambda^{x} e^{-\\lambda} / x!$. Let $C = \\sum_i \\log(x_i!)$.",
  parts: [
    {
      id: "loglik",
      prompt: "Write the full log-likelihood $\\ell(\\lambda)$, keeping every constant.",
      hints: ["$\\log P(x_i \\mid \\lambda) = x_i \\log\\lambda - \\lambda - \\log(x_i!)$; add over $i$."],
      symbols: [n, S, lambda, { name: "C", meaning: "the constant $C = \\sum_i \\log(x_i!)$", domain: { min: 0, max: 20 } }],
      expected: "S*log(lambda) - n*lambda - C",
      mistakes: [
        {
          tag: "dropped-constant",
          expression: "S*log(lambda) - n*lambda",
          message:
            "The question asks for the full log-likelihood: $-\\sum_i \\log(x_i!)$ does not move the maximum, but it is part of $\\ell$ (and of AIC, BIC and likelihood ratios across models).",
        },
      ],
    },
    {
      id: "score",
      prompt: "Write the score $\\ell'(\\lambda)$.",
      hints: ["The constant $C$ does not depend on $\\lambda$."],
      symbols: [n, S, lambda],
      expected: "S/lambda - n",
      mistakes: [{ tag: "score-sign", expression: "n - S/lambda", message: "Check the sign: the derivative of $-n\\lambda$ is $-n$." }],
    },
    {
      id: "estimator",
      prompt: "Write the MLE $\\hat\\lambda$.",
      hints: ["Solve $S/\\lambda = n$."],
      symbols: [n, S],
      expected: "S/n",
      mistakes: [{ tag: "n-minus-1", expression: "S/(n-1)", message: "There is no $n - 1$ here: the score is $S/\\lambda - n$." }],
    },
  ],
  solution: [
    "$$\\ell(\\lambda) = \\sum_i \\big(x_i \\log\\lambda - \\lambda - \\log x_i!\\big) = S\\log\\lambda - n\\lambda - C.$$",
    "$$\\ell'(\\lambda) = \\frac{S}{\\lambda} - n = 0 \\;\\Rightarrow\\; \\hat\\lambda = \\frac{S}{n} = \\bar x.$$",
    "$C$ does not change where the maximum is, but it is part of the log-likelihood's value.",
  ].join("\n\n"),
});

const bernoulli = defineDerivation({
  id: "derive-bernoulli-mle",
  title: "Derive the MLE of a Bernoulli probability",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["bernoulli", "derivation", "closed-form"],
  source: "Casella & Berger (2002), Statistical Inference, §7.2.2 (Example 7.2.7); Murphy (2012), MLAPP §3.3",
  scenarios: TRIALS,
  prompt: "{{story}}. Each outcome is an independent Bernoulli($p$) trial, where $p$ is the probability of a {{success}}.",
  parts: [
    {
      id: "loglik",
      prompt: "Write the log-likelihood $\\ell(p)$ of the $n$ outcomes.",
      hints: ["The likelihood is $p^k (1-p)^{n-k}$: no binomial coefficient, since the order of the outcomes is observed."],
      symbols: [nLarge, k, p],
      expected: "k*log(p) + (n-k)*log(1-p)",
      mistakes: [
        {
          tag: "complement",
          expression: "(n-k)*log(p) + k*log(1-p)",
          message: "You swapped the roles: $p$ is the probability of the success, which happened $k$ times.",
        },
      ],
    },
    {
      id: "score",
      prompt: "Write the score $\\ell'(p)$.",
      hints: ["$\\frac{d}{dp}\\log(1-p) = -\\frac{1}{1-p}$."],
      symbols: [nLarge, k, p],
      expected: "k/p - (n-k)/(1-p)",
      mistakes: [
        {
          tag: "score-sign",
          expression: "k/p + (n-k)/(1-p)",
          message: "The chain rule gives a minus sign: $\\frac{d}{dp}\\log(1-p) = -1/(1-p)$.",
        },
      ],
    },
    {
      id: "estimator",
      prompt: "Write the MLE $\\hat p$.",
      hints: ["Multiply the score by $p(1-p)$ and solve."],
      symbols: [nLarge, k],
      expected: "k/n",
      mistakes: [
        { tag: "complement", expression: "(n-k)/n", message: "That is the share of failures: $\\hat p$ is the share of successes." },
        { tag: "n-minus-1", expression: "k/(n-1)", message: "There is no $n - 1$ in the MLE of a proportion." },
      ],
    },
  ],
  solution: [
    "$$\\ell(p) = k\\log p + (n-k)\\log(1-p), \\qquad \\ell'(p) = \\frac{k}{p} - \\frac{n-k}{1-p}.$$",
    "$\\ell'(p) = 0 \\iff k(1-p) = (n-k)p \\iff \\hat p = k/n$, the share of successes.",
  ].join("\n\n"),
});

const geometric = defineDerivation({
  id: "derive-geometric-mle",
  title: "Derive the MLE of a geometric probability",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["geometric", "derivation", "closed-form", "support"],
  source: "Casella & Berger (2002), Statistical Inference, §3.2 and §7.2.2",
  scenarios: [
    { story: "A salesperson records, for each of $n$ days, how many calls failed before the first sale", failure: "failed call" },
    { story: "A gamer records, for each of $n$ sessions, how many loot boxes were empty before the first rare item", failure: "empty box" },
    { story: "A tester records, for each of $n$ builds, how many runs passed before the first crash", failure: "passing run" },
  ],
  prompt:
    "{{story}}: $x_i \\in \\{0, 1, 2, \\dots\\}$ counts each {{failure}} before the first success, so $P(x \\mid p) = (1-p)^{x} p$. Let $S = \\sum_i x_i$.",
  parts: [
    {
      id: "loglik",
      prompt: "Write the log-likelihood $\\ell(p)$.",
      hints: ["Each day contributes $\\log p + x_i \\log(1-p)$."],
      symbols: [n, S, p],
      expected: "n*log(p) + S*log(1-p)",
    },
    {
      id: "estimator",
      prompt: "Write the MLE $\\hat p$.",
      hints: ["$\\ell'(p) = n/p - S/(1-p)$."],
      symbols: [n, S],
      expected: "n/(n+S)",
      mistakes: [
        {
          tag: "wrong-support",
          expression: "n/S",
          message: "That is the MLE when $x_i$ counts trials including the success (support 1, 2, …); here $x_i$ counts only the failures.",
        },
      ],
    },
  ],
  solution: [
    "$$\\ell(p) = n\\log p + S\\log(1-p), \\qquad \\ell'(p) = \\frac{n}{p} - \\frac{S}{1-p} = 0 \\;\\Rightarrow\\; \\hat p = \\frac{n}{n + S} = \\frac{1}{1 + \\bar x}.$$",
    "Counting trials instead ($y_i = x_i + 1$) the same data give $\\hat p = n / \\sum_i y_i$: the support matters.",
  ].join("\n\n"),
});

const normalMean = defineDerivation({
  id: "derive-normal-mean-mle",
  title: "Derive the MLE of a normal mean",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["normal", "derivation", "closed-form", "least-squares"],
  source: "Casella & Berger (2002), Statistical Inference, §7.2.2 (Example 7.2.11); Bishop (2006), PRML §2.3.4",
  scenarios: MEASUREMENTS,
  prompt:
    "{{story}}. Model each {{item}} as an independent $\\mathcal N(\\mu, v)$ draw with a known variance $v$. Let $S = \\sum_i x_i$ and $Q = \\sum_i x_i^2$.",
  parts: [
    {
      id: "loglik",
      prompt: "Write the log-likelihood $\\ell(\\mu)$, keeping every constant. Expand $\\sum_i (x_i - \\mu)^2$ with $S$ and $Q$.",
      hints: [
        "$\\log \\mathcal N(x \\mid \\mu, v) = -\\tfrac12 \\log(2\\pi v) - \\dfrac{(x-\\mu)^2}{2v}$.",
        "$\\sum_i (x_i - \\mu)^2 = Q - 2\\mu S + n\\mu^2$.",
      ],
      symbols: [n, S, Q, mu, v],
      expected: "-n/2*log(2*pi*v) - (Q - 2*mu*S + n*mu^2)/(2*v)",
      mistakes: [
        {
          tag: "dropped-constant",
          expression: "-(Q - 2*mu*S + n*mu^2)/(2*v)",
          message: "Keep the normalising constant $-\\tfrac n2 \\log(2\\pi v)$: the question asks for the full log-likelihood.",
        },
      ],
    },
    {
      id: "score",
      prompt: "Write the score $\\partial\\ell/\\partial\\mu$.",
      hints: ["Only the quadratic term depends on $\\mu$."],
      symbols: [n, S, mu, v],
      expected: "(S - n*mu)/v",
      mistakes: [
        {
          tag: "score-sign",
          expression: "(n*mu - S)/v",
          message: "Check the sign: $\\ell$ has $-\\frac{1}{2v}(\\dots)$, whose derivative is $(S - n\\mu)/v$.",
        },
      ],
    },
    {
      id: "estimator",
      prompt: "Write the MLE $\\hat\\mu$.",
      hints: ["The variance cancels."],
      symbols: [n, S],
      expected: "S/n",
    },
  ],
  solution: [
    "$$\\ell(\\mu) = -\\frac n2 \\log(2\\pi v) - \\frac{1}{2v}\\sum_i (x_i - \\mu)^2 = -\\frac n2 \\log(2\\pi v) - \\frac{Q - 2\\mu S + n\\mu^2}{2v}.$$",
    "$$\\frac{\\partial \\ell}{\\partial \\mu} = \\frac{S - n\\mu}{v} = 0 \\;\\Rightarrow\\; \\hat\\mu = \\frac{S}{n} = \\bar x.$$",
    "Maximising the Gaussian likelihood in $\\mu$ is minimising the sum of squares: least squares is MLE under Gaussian noise.",
  ].join("\n\n"),
});

const normalVariance = defineDerivation({
  id: "derive-normal-variance-mle",
  title: "Derive the MLE of a normal variance",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["normal", "variance", "derivation", "bias"],
  source: "Casella & Berger (2002), Statistical Inference, §7.2.2 (Example 7.2.11); Bishop (2006), PRML §1.2.4",
  scenarios: MEASUREMENTS,
  prompt:
    "{{story}}. Model each {{item}} as an independent $\\mathcal N(\\mu, v)$ draw. First take the mean $\\mu$ as known, and let $D = \\sum_i (x_i - \\mu)^2$.",
  parts: [
    {
      id: "loglik",
      prompt: "Write the log-likelihood as a function of the variance, $\\ell(v)$.",
      hints: ["$\\log \\mathcal N(x \\mid \\mu, v) = -\\tfrac12 \\log(2\\pi v) - (x-\\mu)^2/(2v)$."],
      symbols: [n, D, v],
      expected: "-n/2*log(2*pi*v) - D/(2*v)",
      mistakes: [
        {
          tag: "variance-as-sd",
          expression: "-n*log(sqrt(2*pi)*v) - D/(2*v^2)",
          message: "That treats $v$ as the standard deviation: here $v = \\sigma^2$ is the variance.",
        },
      ],
    },
    {
      id: "score",
      prompt: "Write $\\partial\\ell/\\partial v$.",
      hints: ["Differentiate with respect to $v$ itself, not $\\sigma$."],
      symbols: [n, D, v],
      expected: "-n/(2*v) + D/(2*v^2)",
    },
    {
      id: "estimator",
      prompt:
        "Write the MLE $\\hat v$ (with $\\mu$ known; with $\\mu$ estimated by $\\bar x$ the same formula holds with $D = \\sum_i (x_i - \\bar x)^2$).",
      hints: ["Multiply the score by $2v^2$."],
      symbols: [n, D],
      expected: "D/n",
      mistakes: [
        {
          tag: "n-minus-1",
          expression: "D/(n-1)",
          message: "Dividing by $n - 1$ gives the unbiased sample variance, not the MLE: the score is zero at $D/n$.",
        },
      ],
    },
  ],
  solution: [
    "$$\\ell(v) = -\\frac n2\\log(2\\pi v) - \\frac{D}{2v}, \\qquad \\frac{\\partial\\ell}{\\partial v} = -\\frac{n}{2v} + \\frac{D}{2v^2} = 0 \\;\\Rightarrow\\; \\hat v = \\frac Dn.$$",
    "With $\\bar x$ in place of $\\mu$ the MLE still divides by $n$; it is biased, $\\mathbb E[\\hat v] = \\frac{n-1}{n}\\sigma^2$.",
  ].join("\n\n"),
});

const uniform = defineDerivation({
  id: "derive-uniform-mle",
  title: "Derive the MLE of a uniform upper bound",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["uniform", "derivation", "boundary"],
  source: "Casella & Berger (2002), Statistical Inference, §7.2.2 (Example 7.2.8 style); Wasserman (2004), §9.3",
  scenarios: [
    { story: "A bus arrives at a uniformly random moment within its scheduled window of unknown length $\\theta$", item: "delay" },
    { story: "A random number generator is believed to draw uniformly from $[0, \\theta]$", item: "draw" },
    { story: "Serial numbers are drawn uniformly from $[0, \\theta]$ (a continuous German-tank problem)", item: "serial number" },
  ],
  prompt: "{{story}}. $n$ independent values $x_i$ from Uniform$(0, \\theta)$ are observed; $M = \\max_i x_i$.",
  parts: [
    {
      id: "likelihood",
      prompt: "For $\\theta \\ge M$, write the likelihood $L(\\theta)$.",
      hints: ["Each density is $1/\\theta$ on $[0, \\theta]$."],
      symbols: [n, theta],
      expected: "theta^(-n)",
    },
    {
      id: "estimator",
      prompt: "The likelihood is 0 for $\\theta < M$. Write the MLE $\\hat\\theta$.",
      hints: [
        "$\\theta^{-n}$ decreases in $\\theta$: take the smallest $\\theta$ the data allow.",
        "The score is never zero here: the maximum is at a boundary.",
      ],
      symbols: [n, { name: "M", meaning: "the largest observation $M$", domain: { min: 0.5, max: 10 } }, S],
      expected: "M",
      mistakes: [
        {
          tag: "method-of-moments",
          expression: "2*S/n",
          message: "$2\\bar x$ is the method-of-moments estimator; the likelihood is maximised at the boundary $\\theta = M$.",
        },
      ],
    },
  ],
  solution: [
    "$$L(\\theta) = \\prod_i \\frac{1}{\\theta}\\,\\mathbb 1[x_i \\le \\theta] = \\theta^{-n}\\,\\mathbb 1[\\theta \\ge M].$$",
    "It decreases in $\\theta$ on $[M, \\infty)$ and is 0 below, so $\\hat\\theta = M = \\max_i x_i$. Setting a derivative to zero finds nothing: the maximum is on the boundary of the support.",
  ].join("\n\n"),
});

const lognormal = defineDerivation({
  id: "derive-lognormal-mle",
  title: "Derive the MLE of a lognormal location",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["lognormal", "derivation", "invariance"],
  source: "Johnson, Kotz & Balakrishnan (1994), Continuous Univariate Distributions vol. 1, ch. 14; Casella & Berger §7.2.2",
  scenarios: [
    { story: "Incomes of $n$ households", item: "income" },
    { story: "File sizes of $n$ uploads", item: "file size" },
    { story: "Times to complete a task for $n$ users", item: "time" },
  ],
  prompt: "{{story}} are modelled as lognormal: $\\log x_i \\sim \\mathcal N(\\mu, v)$. Let $T = \\sum_i \\log x_i$ and $S = \\sum_i x_i$.",
  parts: [
    {
      id: "estimator",
      prompt: "Write the MLE $\\hat\\mu$ of the location $\\mu$ (the mean of $\\log x$).",
      hints: [
        "The $\\log x_i$ are a normal sample: the MLE of its mean is its sample mean.",
        "The Jacobian $1/x_i$ does not involve $\\mu$.",
      ],
      symbols: [n, { name: "T", meaning: "the sum of the logs, $T = \\sum_i \\log x_i$", domain: { min: -5, max: 20 } }, S],
      expected: "T/n",
      mistakes: [
        {
          tag: "log-of-mean",
          expression: "log(S/n)",
          message: "That is the log of the mean; the MLE is the mean of the logs (they differ by Jensen's inequality).",
        },
      ],
    },
  ],
  solution: [
    "The density of $x$ is $\\mathcal N(\\log x \\mid \\mu, v)\\,/\\,x$; the factor $1/x$ does not depend on $\\mu$, so $\\hat\\mu$ is the MLE of a normal mean on the logs:",
    "$$\\hat\\mu = \\frac1n \\sum_i \\log x_i = \\frac Tn.$$",
    "It is not $\\log \\bar x$: by Jensen, $\\frac1n\\sum_i \\log x_i \\le \\log \\bar x$.",
  ].join("\n\n"),
});

const categorical = defineDerivation({
  id: "derive-categorical-mle",
  title: "Derive the MLE of category probabilities (Lagrange)",
  topic: "mle-closed-form",
  difficulty: "hard",
  tags: ["categorical", "multinomial", "lagrange", "derivation"],
  source: "Bishop (2006), PRML §2.2 (eq. 2.31–2.33); Murphy (2012), MLAPP §3.4",
  scenarios: [
    { story: "Survey answers fall into $K$ categories", item: "answers" },
    { story: "Rolls of a possibly loaded die land on its $K$ faces", item: "rolls" },
    { story: "Words of a corpus are counted over a vocabulary of $K$ words", item: "tokens" },
  ],
  prompt:
    "{{story}}: of $n$ {{item}}, $n_j$ fall in category $j$. The log-likelihood is $\\ell(\\pi) = \\sum_j n_j \\log \\pi_j$, to be maximised subject to $\\sum_j \\pi_j = 1$ with the Lagrangian $\\ell(\\pi) + \\lambda\\big(1 - \\sum_j \\pi_j\\big)$.",
  parts: [
    {
      id: "stationary",
      prompt: "Setting $\\partial/\\partial\\pi_j$ of the Lagrangian to zero gives $\\pi_j$ in terms of $n_j$ and $\\lambda$. Write it.",
      hints: ["$\\frac{\\partial}{\\partial \\pi_j}: \\; n_j/\\pi_j - \\lambda = 0$."],
      symbols: [{ name: "nj", meaning: "the count $n_j$ of category $j$ (type `nj`)", domain: { min: 1, max: 30, integer: true } }, lambda],
      expected: "nj/lambda",
    },
    {
      id: "multiplier",
      prompt: "Use the constraint to find the multiplier $\\lambda$.",
      hints: ["Sum $\\pi_j = n_j/\\lambda$ over $j$ and set the total to 1."],
      symbols: [n],
      expected: "n",
    },
    {
      id: "estimator",
      prompt: "Write the MLE $\\hat\\pi_j$.",
      hints: ["Substitute the multiplier."],
      symbols: [{ name: "nj", meaning: "the count $n_j$ of category $j$ (type `nj`)", domain: { min: 1, max: 30, integer: true } }, n],
      expected: "nj/n",
    },
  ],
  solution: [
    "$$\\frac{\\partial}{\\partial\\pi_j}\\Big[\\sum_k n_k\\log\\pi_k + \\lambda\\big(1 - \\sum_k \\pi_k\\big)\\Big] = \\frac{n_j}{\\pi_j} - \\lambda = 0 \\;\\Rightarrow\\; \\pi_j = \\frac{n_j}{\\lambda}.$$",
    "Summing, $1 = \\sum_j n_j / \\lambda = n/\\lambda$, so $\\lambda = n$ and $\\hat\\pi_j = n_j/n$: the observed shares. The same multiplier step gives EM's mixing weights.",
  ].join("\n\n"),
});

const linearRegression = defineDerivation({
  id: "derive-linear-regression-mle",
  title: "Least squares is the Gaussian MLE",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["linear-regression", "least-squares", "derivation"],
  source: "Bishop (2006), PRML §3.1.1; Hastie, Tibshirani & Friedman (2009), ESL §2.6.3",
  scenarios: [
    { story: "Sales are modelled as proportional to advertising spend", x: "spend", y: "sales" },
    { story: "A spring's extension is modelled as proportional to the load", x: "load", y: "extension" },
    { story: "Energy use is modelled as proportional to floor area", x: "area", y: "energy use" },
  ],
  prompt:
    "{{story}}: $y_i = \\beta x_i + \\varepsilon_i$ with independent $\\varepsilon_i \\sim \\mathcal N(0, v)$ (a line through the origin). Let $A = \\sum_i x_i y_i$, $B = \\sum_i x_i^2$, and $R = \\sum_i (y_i - \\hat\\beta x_i)^2$ the residual sum of squares at the MLE.",
  parts: [
    {
      id: "score",
      prompt: "Write $\\partial\\ell/\\partial\\beta$ in terms of $A$, $B$, $\\beta$ and $v$.",
      hints: ["$\\ell = -\\frac n2\\log(2\\pi v) - \\frac{1}{2v}\\sum_i (y_i - \\beta x_i)^2$."],
      symbols: [
        { name: "A", meaning: "$A = \\sum_i x_i y_i$", domain: { min: -10, max: 10 } },
        { name: "B", meaning: "$B = \\sum_i x_i^2$", domain: { min: 0.5, max: 20 } },
        { name: "beta", meaning: "the slope $\\beta$ (type `beta`)", domain: { min: -3, max: 3 } },
        v,
      ],
      expected: "(A - beta*B)/v",
    },
    {
      id: "slope",
      prompt: "Write the MLE $\\hat\\beta$.",
      hints: ["The variance cancels: this is the least-squares slope."],
      symbols: [
        { name: "A", meaning: "$A = \\sum_i x_i y_i$", domain: { min: -10, max: 10 } },
        { name: "B", meaning: "$B = \\sum_i x_i^2$", domain: { min: 0.5, max: 20 } },
      ],
      expected: "A/B",
    },
    {
      id: "variance",
      prompt: "Write the MLE of the noise variance $\\hat v$.",
      hints: ["As for a normal variance: the residual sum of squares over the number of observations."],
      symbols: [n, { name: "R", meaning: "the residual sum of squares $R$", domain: { min: 0.5, max: 20 } }],
      expected: "R/n",
      mistakes: [
        { tag: "n-minus-1", expression: "R/(n-1)", message: "The MLE divides by $n$; $n - p$ (here $n - 1$) gives the unbiased estimate." },
      ],
    },
  ],
  solution: [
    "$$\\ell(\\beta, v) = -\\frac n2\\log(2\\pi v) - \\frac{1}{2v}\\sum_i (y_i - \\beta x_i)^2, \\qquad \\frac{\\partial\\ell}{\\partial\\beta} = \\frac{A - \\beta B}{v}.$$",
    "So $\\hat\\beta = A/B$, the least-squares slope, whatever $v$ is; then $\\hat v = R/n$.",
  ].join("\n\n"),
});

export const MLE_DERIVATIONS: readonly QuestionTemplate[] = [
  exponential,
  poisson,
  bernoulli,
  geometric,
  normalMean,
  normalVariance,
  uniform,
  lognormal,
  categorical,
  linearRegression,
];
