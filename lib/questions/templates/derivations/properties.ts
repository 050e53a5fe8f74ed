/**
 * Derivations around the MLE's properties and its neighbours (content map 3 and 4, and "what
 * interviewers also ask"): Fisher information and standard errors, MAP with a Beta prior and with a
 * Gaussian prior (= ridge), invariance, the Newton step, the log-loss gradient, the sigmoid from
 * Gaussian class-conditionals, likelihood-ratio and Wald statistics.
 */
import { defineDerivation } from "../../derivation";
import type { QuestionTemplate } from "../../types";
import { SYMBOL } from "./symbols";

const { n, nLarge, k, S, D, lambda, p, v } = SYMBOL;

const fisherBernoulli = defineDerivation({
  id: "derive-fisher-bernoulli",
  title: "Fisher information and standard error of a proportion",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["fisher-information", "standard-error", "bernoulli", "derivation"],
  source: "Casella & Berger (2002), Statistical Inference, §7.3.2 and §10.1.3; Wasserman (2004), §9.7",
  scenarios: [
    { story: "An A/B test shows a page to $n$ visitors", success: "converts" },
    { story: "A poll asks $n$ voters a yes/no question", success: "says yes" },
    { story: "A factory tests $n$ items", success: "is defective" },
  ],
  prompt: "{{story}}; each independently {{success}} with probability $p$. The log-likelihood is $\\ell(p) = k\\log p + (n-k)\\log(1-p)$.",
  parts: [
    {
      id: "information",
      prompt: "Write the Fisher information $I(p) = -\\mathbb E[\\ell''(p)]$ of the $n$ trials.",
      hints: ["$\\ell''(p) = -k/p^2 - (n-k)/(1-p)^2$.", "$\\mathbb E[k] = np$."],
      symbols: [nLarge, p],
      expected: "n/(p*(1-p))",
      mistakes: [
        {
          tag: "one-observation",
          expression: "1/(p*(1-p))",
          message: "That is the information of one trial; $n$ independent trials carry $n$ times as much.",
        },
      ],
    },
    {
      id: "standard-error",
      prompt: "Write the asymptotic standard error of $\\hat p$, evaluated at $p$.",
      hints: ["The asymptotic variance of the MLE is $1/I(p)$."],
      symbols: [nLarge, p],
      expected: "sqrt(p*(1-p)/n)",
      mistakes: [
        { tag: "variance-for-sd", expression: "p*(1-p)/n", message: "That is the variance; the standard error is its square root." },
      ],
    },
  ],
  solution: [
    "$$\\ell''(p) = -\\frac{k}{p^2} - \\frac{n-k}{(1-p)^2}, \\qquad I(p) = \\frac{np}{p^2} + \\frac{n(1-p)}{(1-p)^2} = \\frac{n}{p(1-p)}.$$",
    "$$\\operatorname{se}(\\hat p) \\approx \\sqrt{1/I(p)} = \\sqrt{\\frac{p(1-p)}{n}},$$ evaluated at $\\hat p$ in practice.",
  ].join("\n\n"),
});

const fisherPoisson = defineDerivation({
  id: "derive-fisher-poisson",
  title: "Fisher information of a Poisson rate",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["fisher-information", "standard-error", "poisson", "derivation"],
  source: "Casella & Berger (2002), Statistical Inference, §7.3.2; Wasserman (2004), §9.7",
  scenarios: [
    { story: "Calls to a hotline are counted in $n$ equal intervals" },
    { story: "Typos are counted on $n$ pages" },
    { story: "Goals are counted in $n$ matches" },
  ],
  prompt:
    "{{story}}, each count independent Poisson($\\lambda$): $\\ell(\\lambda) = S\\log\\lambda - n\\lambda - C$ with $S$ the total count.",
  parts: [
    {
      id: "observed",
      prompt: "Write the observed information $J(\\lambda) = -\\ell''(\\lambda)$.",
      hints: ["Differentiate the score $S/\\lambda - n$ once more."],
      symbols: [S, lambda],
      expected: "S/lambda^2",
      mistakes: [
        {
          tag: "score-sign",
          expression: "-S/lambda^2",
          message: "The information is minus the second derivative: it is positive at a maximum.",
        },
      ],
    },
    {
      id: "expected",
      prompt: "Write the expected (Fisher) information $I(\\lambda) = \\mathbb E[J(\\lambda)]$.",
      hints: ["$\\mathbb E[S] = n\\lambda$."],
      symbols: [n, lambda],
      expected: "n/lambda",
    },
    {
      id: "standard-error",
      prompt: "Write the standard error of $\\hat\\lambda$ at $\\lambda$.",
      hints: ["$1/\\sqrt{I(\\lambda)}$."],
      symbols: [n, lambda],
      expected: "sqrt(lambda/n)",
    },
  ],
  solution:
    "$J(\\lambda) = S/\\lambda^2$; its expectation is $I(\\lambda) = n\\lambda/\\lambda^2 = n/\\lambda$. At $\\hat\\lambda = S/n$ both equal $n^2/S$. The standard error is $\\sqrt{\\lambda/n}$.",
});

const fisherExponential = defineDerivation({
  id: "derive-fisher-exponential",
  title: "Fisher information of an exponential rate",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["fisher-information", "standard-error", "exponential", "derivation"],
  source: "Casella & Berger (2002), Statistical Inference, §7.3.2 and §10.1.3",
  scenarios: [
    { story: "Times between earthquakes in a region" },
    { story: "Lifetimes of $n$ light bulbs" },
    { story: "Gaps between buses at a stop" },
  ],
  prompt: "{{story}} are modelled as $n$ independent exponential($\\lambda$) values: $\\ell(\\lambda) = n\\log\\lambda - \\lambda S$.",
  parts: [
    {
      id: "information",
      prompt: "Write the Fisher information $I(\\lambda)$.",
      hints: ["$\\ell''(\\lambda) = -n/\\lambda^2$ does not depend on the data."],
      symbols: [n, lambda],
      expected: "n/lambda^2",
    },
    {
      id: "standard-error",
      prompt: "Write the standard error of $\\hat\\lambda$ at $\\lambda$.",
      hints: ["$1/\\sqrt{I}$."],
      symbols: [n, lambda],
      expected: "lambda/sqrt(n)",
      mistakes: [{ tag: "variance-for-sd", expression: "lambda^2/n", message: "That is the variance; take its square root." }],
    },
  ],
  solution:
    "$\\ell''(\\lambda) = -n/\\lambda^2$, so $I(\\lambda) = n/\\lambda^2$ and $\\operatorname{se}(\\hat\\lambda) \\approx \\lambda/\\sqrt n$, estimated by $\\hat\\lambda/\\sqrt n$.",
});

const mapBeta = defineDerivation({
  id: "derive-map-beta",
  title: "MAP of a proportion with a Beta prior",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["map", "beta", "prior", "derivation"],
  source: "Murphy (2012), Machine Learning: A Probabilistic Perspective, §3.3.2 and §5.2.1",
  scenarios: [
    { story: "A new ad is shown $n$ times and clicked $k$ times", prior: "past ads" },
    { story: "A new player takes $n$ penalties and scores $k$", prior: "the league's players" },
    { story: "A new drug cures $k$ of $n$ patients", prior: "similar drugs" },
  ],
  prompt: "{{story}}. A Beta($a$, $b$) prior on $p$ summarises {{prior}}: $\\pi(p) \\propto p^{a-1}(1-p)^{b-1}$.",
  parts: [
    {
      id: "map",
      prompt: "Write the MAP estimate $\\hat p_{\\text{MAP}}$ (assume $a, b > 1$).",
      hints: [
        "The posterior is Beta($a + k$, $b + n - k$).",
        "The mode of Beta($\\alpha$, $\\beta$) is $(\\alpha - 1)/(\\alpha + \\beta - 2)$.",
      ],
      symbols: [
        nLarge,
        k,
        { name: "a", meaning: "the prior's first shape $a$", domain: { min: 1.5, max: 10 } },
        { name: "b", meaning: "the prior's second shape $b$", domain: { min: 1.5, max: 10 } },
      ],
      expected: "(k + a - 1)/(n + a + b - 2)",
      mistakes: [
        { tag: "posterior-mean", expression: "(k + a)/(n + a + b)", message: "That is the posterior mean; the MAP is the posterior mode." },
        {
          tag: "prior-for-posterior",
          expression: "(a - 1)/(a + b - 2)",
          message: "That is the prior's mode: the data have not been used.",
        },
      ],
    },
    {
      id: "pseudo-counts",
      prompt: "The MAP equals the MLE of an augmented sample. How many extra successes does the prior add?",
      hints: ["Write your MAP as (successes + something) / (trials + something else) and compare it with $k/n$."],
      symbols: [
        { name: "a", meaning: "the prior's first shape $a$", domain: { min: 1.5, max: 10 } },
        { name: "b", meaning: "the prior's second shape $b$", domain: { min: 1.5, max: 10 } },
      ],
      expected: "a - 1",
    },
  ],
  solution: [
    "$$\\log\\pi(p \\mid \\text{data}) = (k + a - 1)\\log p + (n - k + b - 1)\\log(1-p) + \\text{const},$$",
    "maximised at $\\hat p_{\\text{MAP}} = \\dfrac{k + a - 1}{n + a + b - 2}$: the MLE of a sample with $a - 1$ extra successes and $b - 1$ extra failures. As $n$ grows the prior's pull fades and MAP → MLE.",
  ].join("\n\n"),
});

const mapGaussianRidge = defineDerivation({
  id: "derive-map-gaussian-ridge",
  title: "A Gaussian prior is an L2 penalty",
  topic: "mle-properties",
  difficulty: "hard",
  tags: ["map", "ridge", "regularisation", "derivation", "training-loss"],
  source: "Bishop (2006), PRML §3.3.1 (eq. 3.55); Murphy (2012), MLAPP §7.5",
  scenarios: [
    { story: "A sensor's offset $\\mu$ is estimated from $n$ readings" },
    { story: "A store's mean daily profit change $\\mu$ is estimated from $n$ days" },
    { story: "A treatment effect $\\mu$ is estimated from $n$ paired differences" },
  ],
  prompt:
    "{{story}}, each $\\mathcal N(\\mu, v)$ with known $v$; the prior is $\\mu \\sim \\mathcal N(0, t)$. Let $S$ be the sum of the readings.",
  parts: [
    {
      id: "map",
      prompt: "Write the MAP estimate $\\hat\\mu_{\\text{MAP}}$.",
      hints: ["Maximise $-\\frac{1}{2v}\\sum_i (x_i - \\mu)^2 - \\frac{\\mu^2}{2t}$.", "The derivative is $(S - n\\mu)/v - \\mu/t$."],
      symbols: [n, S, v, { name: "t", meaning: "the prior variance $t$", domain: { min: 0.2, max: 5 } }],
      expected: "S/(n + v/t)",
      mistakes: [
        {
          tag: "prior-ignored",
          expression: "S/n",
          message: "That is the MLE: the prior's term $-\\mu^2/(2t)$ shrinks the estimate towards 0.",
        },
      ],
    },
    {
      id: "penalty",
      prompt:
        "Written as least squares plus a penalty, the MAP minimises $\\sum_i (x_i - \\mu)^2 + \\alpha\\,\\mu^2$. Write the penalty weight $\\alpha$.",
      hints: ["Multiply the negative log-posterior by $2v$."],
      symbols: [v, { name: "t", meaning: "the prior variance $t$", domain: { min: 0.2, max: 5 } }],
      expected: "v/t",
      mistakes: [{ tag: "inverted", expression: "t/v", message: "A wider prior (larger $t$) must penalise less, not more." }],
    },
  ],
  solution: [
    "$$-\\log \\pi(\\mu \\mid x) = \\frac{1}{2v}\\sum_i (x_i - \\mu)^2 + \\frac{\\mu^2}{2t} + \\text{const}.$$",
    "Setting the derivative to zero: $(S - n\\mu)/v = \\mu/t$, so $\\hat\\mu_{\\text{MAP}} = \\dfrac{S}{n + v/t}$. Multiplying by $2v$ shows the penalty weight $\\alpha = v/t$: ridge regression is MAP with a Gaussian prior.",
  ].join("\n\n"),
});

const invarianceSd = defineDerivation({
  id: "derive-invariance-sd",
  title: "Invariance: the MLE of a standard deviation",
  topic: "mle-properties",
  difficulty: "easy",
  tags: ["invariance", "normal", "derivation"],
  source: "Casella & Berger (2002), Statistical Inference, Theorem 7.2.10",
  scenarios: [
    { story: "Daily returns of a stock" },
    { story: "Heights of $n$ seedlings" },
    { story: "Measurement errors of an instrument" },
  ],
  prompt: "{{story}}: $n$ values modelled as $\\mathcal N(\\mu, \\sigma^2)$; $D = \\sum_i (x_i - \\bar x)^2$.",
  parts: [
    {
      id: "sd",
      prompt: "Write the MLE $\\hat\\sigma$ of the standard deviation.",
      hints: ["The MLE of $\\sigma^2$ is $D/n$.", "The MLE of a function of a parameter is that function of the MLE."],
      symbols: [n, D],
      expected: "sqrt(D/n)",
      mistakes: [
        {
          tag: "n-minus-1",
          expression: "sqrt(D/(n-1))",
          message: "The MLE divides by $n$, and invariance carries that through the square root.",
        },
      ],
    },
  ],
  solution: "By invariance, $\\hat\\sigma = \\sqrt{\\hat\\sigma^2} = \\sqrt{D/n}$ (biased low, like $\\hat\\sigma^2$).",
});

const newtonStep = defineDerivation({
  id: "derive-newton-step",
  title: "One Newton step on a log-likelihood",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["newton", "optimisation", "derivation"],
  source: "Nocedal & Wright (2006), Numerical Optimization, §3.3; Casella & Berger (2002), §7.2.2",
  scenarios: [
    { story: "A gamma shape is fitted numerically" },
    { story: "A Weibull shape is fitted numerically" },
    { story: "A Cauchy location is fitted numerically" },
  ],
  prompt:
    "{{story}}. At the current value $\\theta$ the score is $g = \\ell'(\\theta)$ and the second derivative is $h = \\ell''(\\theta) < 0$.",
  parts: [
    {
      id: "step",
      prompt: "Write the next Newton iterate $\\theta_{\\text{new}}$.",
      hints: ["Maximise the quadratic $\\ell(\\theta) + g\\,\\delta + \\tfrac12 h\\,\\delta^2$ over $\\delta$."],
      symbols: [
        { name: "theta", meaning: "the current value $\\theta$ (type `theta`)", domain: { min: -3, max: 3 } },
        { name: "g", meaning: "the score $g$", domain: { min: -5, max: 5 } },
        { name: "h", meaning: "the second derivative $h$ (negative)", domain: { min: -10, max: -0.5 } },
      ],
      expected: "theta - g/h",
      mistakes: [
        { tag: "score-sign", expression: "theta + g/h", message: "With $h < 0$, $\\theta + g/h$ steps against the score, downhill." },
      ],
    },
  ],
  solution:
    "The quadratic model $\\ell(\\theta) + g\\delta + \\tfrac12 h\\delta^2$ is maximised at $\\delta = -g/h$, so $\\theta_{\\text{new}} = \\theta - g/h$ (with $h < 0$ this moves in the direction of the score).",
});

const logLossGradient = defineDerivation({
  id: "derive-log-loss-gradient",
  title: "The gradient of log loss on a sigmoid",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["logistic", "cross-entropy", "gradient", "derivation", "training-loss"],
  source: "Bishop (2006), PRML §4.3.2 (eq. 4.90–4.91); Murphy (2012), MLAPP §8.3.1",
  scenarios: [
    { story: "A spam filter scores an email", label: "spam" },
    { story: "A churn model scores a customer", label: "churned" },
    { story: "A fraud model scores a payment", label: "fraud" },
  ],
  prompt:
    "{{story}} with $p = \\sigma(w x)$ for a single feature $x$ and weight $w$; the label is $y \\in \\{0, 1\\}$ ($y = 1$: {{label}}). Recall $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$.",
  parts: [
    {
      id: "nll",
      prompt: "Write the example's negative log-likelihood (its binary cross-entropy) in terms of $y$ and $p$.",
      hints: ["$P(y \\mid x) = p^{y}(1-p)^{1-y}$."],
      symbols: [{ name: "y", meaning: "the label $y$ (0 or 1)", domain: { min: 0, max: 1 } }, p],
      expected: "-(y*log(p) + (1-y)*log(1-p))",
      mistakes: [
        { tag: "score-sign", expression: "y*log(p) + (1-y)*log(1-p)", message: "That is the log-likelihood; the loss is its negative." },
      ],
    },
    {
      id: "gradient",
      prompt: "Write $\\partial\\,\\text{NLL}/\\partial w$ in terms of $y$, $p$ and $x$.",
      hints: ["$\\partial p/\\partial w = p(1-p)x$; most factors cancel."],
      symbols: [
        { name: "y", meaning: "the label $y$ (0 or 1)", domain: { min: 0, max: 1 } },
        p,
        { name: "x", meaning: "the feature $x$", domain: { min: -3, max: 3 } },
      ],
      expected: "(p - y)*x",
      mistakes: [
        {
          tag: "score-sign",
          expression: "(y - p)*x",
          message: "That is the gradient of the log-likelihood; the loss's gradient has the opposite sign.",
        },
        {
          tag: "squared-error",
          expression: "(p - y)*p*(1-p)*x",
          message:
            "That is the gradient of squared error on the sigmoid output: the extra $p(1-p)$ vanishes when the model is confidently wrong.",
        },
      ],
    },
  ],
  solution: [
    "$$\\text{NLL} = -\\big(y\\log p + (1-y)\\log(1-p)\\big), \\qquad \\frac{\\partial\\,\\text{NLL}}{\\partial w} = -\\Big(\\frac yp - \\frac{1-y}{1-p}\\Big)p(1-p)x = (p - y)\\,x.$$",
    "The gradient is the error times the input: it stays large when the model is confidently wrong, unlike squared error on $\\sigma$, whose gradient carries $p(1-p) \\to 0$.",
  ].join("\n\n"),
});

const gdaLogOdds = defineDerivation({
  id: "derive-gda-log-odds",
  title: "Where the sigmoid comes from",
  topic: "model-zoo",
  difficulty: "hard",
  tags: ["gda", "sigmoid", "generative", "logistic", "derivation"],
  source: "Bishop (2006), PRML §4.2.1 (eq. 4.57–4.67); Ng & Jordan (2002), NeurIPS",
  scenarios: [
    { story: "Emails (class 1: spam) are described by one score $x$" },
    { story: "Patients (class 1: ill) are described by one blood marker $x$" },
    { story: "Transactions (class 1: fraud) are described by one amount feature $x$" },
  ],
  prompt:
    "{{story}}. Class 1 has prior $q$ and class 0 has $1 - q$; given the class, $x \\sim \\mathcal N(m_1, v)$ or $\\mathcal N(m_0, v)$ with one shared variance $v$.",
  parts: [
    {
      id: "log-odds",
      prompt: "Write the log-odds $\\log \\dfrac{P(1 \\mid x)}{P(0 \\mid x)}$ as a function of $x$.",
      hints: [
        "Bayes: the log-odds is the log prior ratio plus the log density ratio.",
        "The $x^2$ terms cancel because the variance is shared.",
      ],
      symbols: [
        { name: "x", meaning: "the feature $x$", domain: { min: -3, max: 3 } },
        { name: "m1", meaning: "the class-1 mean $m_1$", domain: { min: -2, max: 2 } },
        { name: "m0", meaning: "the class-0 mean $m_0$", domain: { min: -2, max: 2 } },
        v,
        { name: "q", meaning: "the class-1 prior $q$", domain: { min: 0.1, max: 0.9 } },
      ],
      expected: "(m1 - m0)*x/v - (m1^2 - m0^2)/(2*v) + log(q/(1-q))",
      mistakes: [
        {
          tag: "prior-omitted",
          expression: "(m1 - m0)*x/v - (m1^2 - m0^2)/(2*v)",
          message: "The class priors add $\\log\\frac{q}{1-q}$ to the intercept.",
        },
      ],
    },
  ],
  solution: [
    "$$\\log\\frac{P(1 \\mid x)}{P(0 \\mid x)} = \\log\\frac{q}{1-q} - \\frac{(x - m_1)^2 - (x - m_0)^2}{2v} = \\frac{m_1 - m_0}{v}\\,x - \\frac{m_1^2 - m_0^2}{2v} + \\log\\frac{q}{1-q}.$$",
    "Linear in $x$: so $P(1 \\mid x) = \\sigma(wx + b)$, logistic regression's form. GDA fits $p(x, y)$ (generative); logistic regression fits $p(y \\mid x)$ directly (discriminative) and needs fewer assumptions.",
  ].join("\n\n"),
});

const likelihoodRatio = defineDerivation({
  id: "derive-likelihood-ratio",
  title: "The likelihood-ratio and Wald statistics",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["likelihood-ratio", "wald", "testing", "derivation"],
  source: "Casella & Berger (2002), Statistical Inference, §8.2.1 and §10.3; Wasserman (2004), §10.6",
  scenarios: [
    { story: "A model with an extra feature is compared with one without it" },
    { story: "A two-rate Poisson model is compared with a one-rate model" },
    { story: "A mixture's weight is tested against a fixed value" },
  ],
  prompt: "{{story}}. The maximised log-likelihoods are $l_1$ (the larger model) and $l_0$ (the nested, smaller one).",
  parts: [
    {
      id: "deviance",
      prompt: "Write the likelihood-ratio statistic that is compared with a $\\chi^2$ distribution.",
      hints: ["Twice the log of the likelihood ratio."],
      symbols: [
        { name: "l1", meaning: "the larger model's maximised log-likelihood $l_1$", domain: { min: -50, max: -1 } },
        { name: "l0", meaning: "the smaller model's maximised log-likelihood $l_0$", domain: { min: -50, max: -1 } },
      ],
      expected: "2*(l1 - l0)",
      mistakes: [{ tag: "missing-factor-2", expression: "l1 - l0", message: "Wilks' theorem is about twice the log-ratio." }],
    },
    {
      id: "wald",
      prompt: "For one parameter with MLE $b$ and standard error $s$, write the Wald statistic for $H_0: \\beta = 0$.",
      hints: ["Estimate over standard error."],
      symbols: [
        { name: "b", meaning: "the estimate $b$", domain: { min: -3, max: 3 } },
        { name: "s", meaning: "its standard error $s$", domain: { min: 0.1, max: 2 } },
      ],
      expected: "b/s",
      mistakes: [{ tag: "variance-for-sd", expression: "b/s^2", message: "Divide by the standard error, not the variance." }],
    },
  ],
  solution:
    "Under $H_0$ (nested models, regularity), $2(l_1 - l_0)$ is approximately $\\chi^2$ with as many degrees of freedom as extra parameters; the Wald statistic $b/s$ is approximately standard normal.",
});

export const PROPERTY_DERIVATIONS: readonly QuestionTemplate[] = [
  fisherBernoulli,
  fisherPoisson,
  fisherExponential,
  mapBeta,
  mapGaussianRidge,
  invarianceSd,
  newtonStep,
  logLossGradient,
  gdaLogOdds,
  likelihoodRatio,
];
