/**
 * Concept questions on content-map topic 2, "MLE with closed forms": the steps of a derivation, the
 * closed form of each model and why, pooled binomial data, the normal variance, the uniform's boundary
 * maximum, the categorical constraint, the lognormal, and least squares as the Gaussian MLE.
 */
import type { ConceptSpec } from "../../concept";
import { matchOptions, right, wrong } from "./likelihood-options";

const derivationSteps: ConceptSpec = {
  id: "concept-mle-derivation-steps",
  title: "Deriving an MLE, step by step",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["derivation", "poisson", "score"],
  source: "Casella & Berger (2002), Statistical Inference §7.2.2; Wasserman (2004), All of Statistics §9.3",
  prompt:
    "Counts $x_1, \\dots, x_n$ of calls per minute are modelled as i.i.d. Poisson($\\lambda$), $f(x \\mid \\lambda) = e^{-\\lambda}\\lambda^x / x!$.",
  parts: [
    {
      id: "steps",
      prompt: "Put the steps of deriving $\\hat\\lambda$ in order.",
      input: "order",
      steps: [
        { id: "likelihood", label: "Write the likelihood as a product over observations: $L(\\lambda) = \\prod_i e^{-\\lambda}\\lambda^{x_i}/x_i!$." },
        { id: "log", label: "Take the log: $\\ell(\\lambda) = \\sum_i x_i \\log\\lambda - n\\lambda - \\sum_i \\log x_i!$." },
        { id: "differentiate", label: "Differentiate with respect to $\\lambda$: $\\ell'(\\lambda) = \\sum_i x_i/\\lambda - n$." },
        { id: "solve", label: "Set the derivative to zero and solve: $\\hat\\lambda = \\bar x$." },
        { id: "check", label: "Check it is a maximum: $\\ell''(\\lambda) = -\\sum_i x_i/\\lambda^2 < 0$." },
      ],
      hints: [
        "Start from the model of one observation and combine the observations.",
        "You cannot differentiate a function you have not written down, and you cannot check a maximum before you have a candidate.",
      ],
    },
    {
      id: "drop",
      prompt: "Which term of $\\ell(\\lambda)$ can be ignored when maximising?",
      input: "choice",
      options: [
        right(
          "factorials",
          "$-\\sum_i \\log x_i!$",
          "It does not depend on $\\lambda$: it shifts $\\ell$ up or down by a constant and cannot move the maximiser.",
        ),
        wrong(
          "linear",
          "$-n\\lambda$",
          "It depends on $\\lambda$: without it $\\ell'(\\lambda) = \\sum_i x_i/\\lambda$ would never be 0 and $\\ell$ would increase for ever.",
        ),
        wrong(
          "log-term",
          "$\\sum_i x_i \\log\\lambda$",
          "Without it $\\ell = -n\\lambda + \\text{const}$ would be maximised at $\\lambda = 0$, ignoring the data entirely: this is the term that carries the data.",
        ),
        wrong(
          "none",
          "None: every term changes where the maximum is.",
          "A term free of $\\lambda$ adds the same amount at every $\\lambda$, so it cannot change which $\\lambda$ is best.",
        ),
      ],
      hints: ["Which terms contain $\\lambda$?", "Adding a constant to a function does not move its maximum."],
    },
    {
      id: "all-zero",
      prompt: "Every count in the sample is 0. What is the MLE?",
      input: "choice",
      options: [
        right(
          "boundary",
          "$\\hat\\lambda = 0$, on the boundary: $\\ell(\\lambda) = -n\\lambda$ decreases, so its maximum over $\\lambda \\ge 0$ is at 0, even though $\\ell'(0) = -n \\neq 0$.",
          "With $\\sum_i x_i = 0$ the score $-n$ never vanishes; the maximum sits at the edge of the parameter space, and the formula $\\bar x = 0$ happens to give it.",
        ),
        wrong(
          "score-root",
          "$\\hat\\lambda = 0$, the root of the score equation $\\ell'(\\lambda) = 0$.",
          "The value is right, the route is not: with all counts 0, $\\ell'(\\lambda) = -n$ has no root. The maximum is at the boundary $\\lambda = 0$, where the derivative is not 0.",
        ),
        wrong(
          "none",
          "There is no MLE, because $\\ell'(\\lambda)$ is never 0.",
          "A maximum need not be a stationary point: $\\ell(\\lambda) = -n\\lambda$ is largest at the smallest allowed value, $\\lambda = 0$.",
        ),
        wrong(
          "smoothed",
          "$\\hat\\lambda = 1/(2n)$, a small positive value, because a rate of 0 is impossible.",
          "That is a smoothing choice (a prior in disguise), not the maximiser of this likelihood, which is 0.",
        ),
      ],
      hints: ["Write $\\ell(\\lambda)$ when $\\sum_i x_i = 0$.", "Where is a decreasing function on $[0, \\infty)$ largest?"],
    },
  ],
  solution: [
    "1. Likelihood: $L(\\lambda) = \\prod_{i=1}^n e^{-\\lambda}\\lambda^{x_i}/x_i!$.",
    "2. Log: $\\ell(\\lambda) = \\sum_i x_i \\log\\lambda - n\\lambda - \\sum_i \\log x_i!$; the last term is free of $\\lambda$ and can be dropped.",
    "3. Score: $\\ell'(\\lambda) = \\sum_i x_i / \\lambda - n$.",
    "4. Solve $\\ell'(\\lambda) = 0$: $\\hat\\lambda = \\frac1n\\sum_i x_i = \\bar x$.",
    "5. Check: $\\ell''(\\lambda) = -\\sum_i x_i/\\lambda^2 < 0$ when $\\sum_i x_i > 0$, so it is a maximum.",
    "If every count is 0, $\\ell(\\lambda) = -n\\lambda$ has no stationary point; it decreases on $[0, \\infty)$, so the MLE is the boundary value $\\hat\\lambda = 0$. Always ask where the maximum is, not only where the derivative vanishes.",
  ].join("\n\n"),
};

const pooledBinomial: ConceptSpec = {
  id: "concept-binomial-pooled-mle",
  title: "Pooling binomial groups",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["binomial", "pooling", "proportion"],
  source: "Casella & Berger (2002), Statistical Inference §7.2.2; Bishop (2006), PRML §2.1",
  prompt:
    "Three clinics give one treatment, assumed to have the same success probability $p$ everywhere. Clinic 1: 3 successes in 4 patients; clinic 2: 10 in 20; clinic 3: 12 in 16.",
  parts: [
    {
      id: "estimate",
      prompt: "What is the MLE of $p$?",
      input: "choice",
      options: [
        right(
          "pooled",
          "$\\hat p = \\dfrac{3 + 10 + 12}{4 + 20 + 16} = \\dfrac{25}{40} = 0.625$.",
          "The log-likelihood $\\sum_j \\big[s_j\\log p + (n_j - s_j)\\log(1-p)\\big]$ has score zero at total successes over total trials.",
        ),
        wrong(
          "mean-of-rates",
          "$\\hat p = \\tfrac13(0.75 + 0.5 + 0.75) \\approx 0.667$.",
          "Averaging the three rates gives clinic 1's 4 patients as much weight as clinic 2's 20. The likelihood weights every patient equally, which pools the counts.",
        ),
        wrong(
          "median-rate",
          "$\\hat p = 0.75$, the median of the three rates.",
          "The median of per-clinic rates ignores how many patients each clinic treated and does not solve $\\sum_j s_j/p - \\sum_j (n_j - s_j)/(1-p) = 0$.",
        ),
        wrong(
          "count",
          "$\\hat p = 25$, the total number of successes.",
          "That is a count, not a probability: divide it by the number of trials, 40.",
        ),
        wrong(
          "per-clinic",
          "$\\hat p = 25/3 \\approx 8.33$, the successes per clinic.",
          "The parameter is a probability per patient; dividing by the 3 clinics gives successes per clinic, which is not even in $[0, 1]$.",
        ),
      ],
      hints: [
        "Write the log-likelihood as a sum over clinics of binomial log-probabilities.",
        "Collect the terms in $\\log p$ and in $\\log(1-p)$: what are their total coefficients?",
      ],
    },
    {
      id: "coefficients",
      prompt: "True or false: the binomial coefficients $\\binom{n_j}{s_j}$ in the likelihood change the MLE.",
      input: "choice",
      options: [
        right(
          "false-constant",
          "False: because they do not depend on $p$; in the log-likelihood they add a constant.",
          "A term free of $p$ cannot move the maximiser; the clinics are weighted through the exponents $s_j$ and $n_j - s_j$, not through the coefficients.",
        ),
        wrong(
          "true-weights",
          "True: because they weight each clinic by the number of ways its successes could be arranged.",
          "They multiply the whole likelihood by one constant, which cannot change where it is largest.",
        ),
        wrong(
          "true-large",
          "True: because for large $n_j$ they dominate the likelihood.",
          "However large, a factor that does not depend on $p$ does not change where the maximum is.",
        ),
        wrong(
          "false-cancel",
          "False: because the coefficients of the three clinics cancel each other out.",
          "Right verdict, wrong reason: $\\binom{4}{3}\\binom{20}{10}\\binom{16}{12}$ does not cancel to 1; it is simply constant in $p$.",
        ),
      ],
      hints: ["Does $\\binom{20}{10}$ contain $p$?", "What does a constant factor in $L$ become in $\\log L$?"],
    },
  ],
  solution: [
    "With a common $p$, the log-likelihood of the three clinics is $$\\ell(p) = \\sum_{j=1}^3 \\Big[\\log\\binom{n_j}{s_j} + s_j\\log p + (n_j - s_j)\\log(1-p)\\Big] = \\text{const} + 25\\log p + 15\\log(1-p).$$",
    "Setting $\\ell'(p) = 25/p - 15/(1-p) = 0$ gives $\\hat p = 25/40 = 0.625$: total successes over total trials. The binomial coefficients are a constant and drop out.",
    "Averaging the rates (0.667) would weight the 4-patient clinic like the 20-patient one; that is not the maximiser of the likelihood, in which every patient counts once.",
  ].join("\n\n"),
};

const normalMle: ConceptSpec = {
  id: "concept-normal-mle",
  title: "The normal MLE of mean and variance",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["normal", "variance", "n-minus-1"],
  source: "Bishop (2006), PRML §1.2.4; Casella & Berger (2002), Statistical Inference §7.2.2",
  prompt:
    "$x_1, \\dots, x_n$ are i.i.d. $\\mathcal N(\\mu, \\sigma^2)$ with both parameters unknown. The log-likelihood is $$\\ell(\\mu, \\sigma^2) = -\\frac n2 \\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)^2.$$",
  parts: [
    {
      id: "variance",
      prompt: "What is the MLE of $\\sigma^2$?",
      input: "choice",
      options: [
        right(
          "divide-by-n",
          "$\\hat\\sigma^2 = \\frac1n\\sum_i (x_i - \\bar x)^2$",
          "$\\partial\\ell/\\partial\\sigma^2 = -\\frac{n}{2\\sigma^2} + \\frac{1}{2\\sigma^4}\\sum_i (x_i - \\bar x)^2 = 0$ gives division by $n$.",
        ),
        wrong(
          "n-minus-1",
          "$s^2 = \\frac{1}{n-1}\\sum_i (x_i - \\bar x)^2$",
          "That is the unbiased sample variance, not the maximiser: the score equation for $\\sigma^2$ has $n$, not $n - 1$.",
        ),
        wrong(
          "raw-second-moment",
          "$\\frac1n\\sum_i x_i^2$",
          "That is the MLE only when $\\mu = 0$ is known; with $\\mu$ unknown the deviations are taken from $\\hat\\mu = \\bar x$.",
        ),
        wrong(
          "absolute",
          "$\\frac1n\\sum_i |x_i - \\bar x|$",
          "A mean absolute deviation belongs to a Laplace likelihood; the normal log-likelihood involves squared deviations.",
        ),
        wrong(
          "standard-deviation",
          "$\\sqrt{\\frac1n\\sum_i (x_i - \\bar x)^2}$",
          "That is $\\hat\\sigma$, the MLE of the standard deviation (by invariance), not of the variance $\\sigma^2$.",
        ),
      ],
      hints: [
        "Differentiate $\\ell$ with respect to $\\sigma^2$ (treat $v = \\sigma^2$ as the variable) and set it to zero.",
        "You get $-\\frac{n}{2v} + \\frac{1}{2v^2}\\sum_i (x_i - \\bar x)^2 = 0$. Solve for $v$.",
      ],
    },
    {
      id: "mean",
      prompt: "Why is $\\hat\\mu = \\bar x$ whatever the value of $\\sigma^2$?",
      input: "choice",
      options: [
        right(
          "factor-out",
          "$\\partial\\ell/\\partial\\mu = \\frac{1}{\\sigma^2}\\sum_i (x_i - \\mu)$; the positive factor $1/\\sigma^2$ cannot make it zero, so the equation is $\\sum_i (x_i - \\mu) = 0$ for every $\\sigma^2$.",
          "The root of the score for $\\mu$ does not depend on $\\sigma^2$, so the joint maximiser has $\\hat\\mu = \\bar x$.",
        ),
        wrong(
          "assumed-known",
          "Because $\\sigma^2$ is assumed known when estimating $\\mu$.",
          "Nothing is assumed known here. The score for $\\mu$ vanishes at $\\bar x$ for every value of $\\sigma^2$, so no knowledge of $\\sigma^2$ is needed.",
        ),
        wrong(
          "always-unbiased",
          "Because $\\bar x$ is unbiased, and an MLE is always unbiased.",
          "MLEs are not always unbiased ($\\hat\\sigma^2$ in this very model is biased); $\\bar x$ is the MLE because it solves the score equation.",
        ),
        wrong(
          "symmetry",
          "Because the normal is symmetric, so its mean equals its median.",
          "Symmetry does not choose the estimator (the sample median is also symmetric, and is not the normal MLE); maximising $\\ell$ means minimising $\\sum_i (x_i - \\mu)^2$, which $\\bar x$ does.",
        ),
      ],
      hints: ["Differentiate $\\ell$ with respect to $\\mu$.", "Can a factor $1/\\sigma^2 > 0$ change where an expression equals zero?"],
    },
  ],
  solution: [
    "**Mean.** $\\dfrac{\\partial\\ell}{\\partial\\mu} = \\dfrac{1}{\\sigma^2}\\sum_i (x_i - \\mu) = 0 \\Rightarrow \\hat\\mu = \\bar x$, for any $\\sigma^2$.",
    "**Variance.** With $v = \\sigma^2$ and $\\mu = \\bar x$: $$\\frac{\\partial\\ell}{\\partial v} = -\\frac{n}{2v} + \\frac{1}{2v^2}\\sum_i (x_i - \\bar x)^2 = 0 \\Rightarrow \\hat\\sigma^2 = \\frac1n\\sum_{i=1}^n (x_i - \\bar x)^2.$$",
    "The MLE divides by $n$; the unbiased $s^2$ divides by $n - 1$. Both are sensible estimators, but only the first maximises the likelihood.",
  ].join("\n\n"),
};

/** "Match": each model's parameter to its closed-form MLE; the last option is the uniform's method-of-moments trap. */
const FORMULA_LABELS = {
  mean: "$\\bar x$",
  reciprocal: "$1/\\bar x$",
  geometric: "$1/(1 + \\bar x)$",
  maximum: "$x_{(n)} = \\max_i x_i$",
  twiceMean: "$2\\bar x$",
} as const;

const matchClosedForms: ConceptSpec = {
  id: "concept-match-closed-form-mle",
  title: "Match each model to its MLE",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["closed-form", "match", "poisson", "exponential", "geometric", "uniform", "bernoulli"],
  source: "Casella & Berger (2002), Statistical Inference §7.2.2; Wasserman (2004), All of Statistics §9.3",
  prompt:
    "Each model below is fitted by maximum likelihood to an i.i.d. sample $x_1, \\dots, x_n$ with mean $\\bar x$ and largest value $x_{(n)}$. Match each parameter to its MLE (an option may be used more than once, or not at all).",
  parts: [
    {
      id: "poisson",
      prompt: "Poisson rate $\\lambda$: $f(x) = e^{-\\lambda}\\lambda^x/x!$ for $x = 0, 1, 2, \\dots$",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "mean", {
        mean: "$\\ell'(\\lambda) = \\sum_i x_i/\\lambda - n = 0$ gives $\\hat\\lambda = \\bar x$: the rate is the mean count, $E[X] = \\lambda$.",
        reciprocal: "$1/\\bar x$ is the exponential rate, where $\\bar x$ is a mean waiting time; a Poisson $\\lambda$ is itself a mean count.",
        geometric: "$1/(1+\\bar x)$ solves the geometric score equation; the Poisson score $\\sum_i x_i/\\lambda - n = 0$ gives $\\bar x$.",
        maximum: "The largest value is the MLE only when the parameter bounds the support (the uniform); every Poisson count has positive probability for every $\\lambda > 0$.",
        twiceMean: "$2\\bar x$ is the method-of-moments estimate of a uniform upper end; it has nothing to do with the Poisson likelihood.",
      }),
      hints: ["What is $E[X]$ for a Poisson?", "Differentiate $\\sum_i (x_i\\log\\lambda - \\lambda)$."],
    },
    {
      id: "exponential",
      prompt: "Exponential rate $\\lambda$: $f(x) = \\lambda e^{-\\lambda x}$ for $x \\ge 0$.",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "reciprocal", {
        mean: "$\\bar x$ estimates the mean waiting time $1/\\lambda$, not the rate; by invariance the rate's MLE is $1/\\bar x$.",
        reciprocal: "$\\ell(\\lambda) = n\\log\\lambda - \\lambda\\sum_i x_i$, so $n/\\lambda - \\sum_i x_i = 0$ and $\\hat\\lambda = 1/\\bar x$: a rate is the reciprocal of the mean waiting time.",
        geometric: "$1/(1+\\bar x)$ comes from the geometric $(1-p)^x p$; the exponential score $n/\\lambda - \\sum_i x_i = 0$ has no '1 +'.",
        maximum: "The exponential's support $[0, \\infty)$ does not depend on $\\lambda$, so the largest value plays no special role.",
        twiceMean: "$2\\bar x$ has the units of time, while a rate has units of 1/time; it is the uniform's method-of-moments estimate.",
      }),
      hints: ["A rate of 2 per hour means a mean wait of half an hour.", "Differentiate $n\\log\\lambda - \\lambda\\sum_i x_i$."],
    },
    {
      id: "geometric",
      prompt: "Geometric success probability $p$, counting failures before the first success: $f(x) = (1-p)^x p$ for $x = 0, 1, 2, \\dots$",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "geometric", {
        mean: "$\\bar x$ is the mean number of failures, which can exceed 1; a probability is estimated by successes per trial.",
        reciprocal: "$1/\\bar x$ would be right if $x$ counted trials including the success ($x = 1, 2, \\dots$); counting failures, observation $i$ took $x_i + 1$ trials.",
        geometric: "$\\ell(p) = n\\log p + \\sum_i x_i\\log(1-p)$; $n/p - \\sum_i x_i/(1-p) = 0$ gives $\\hat p = n/(n + \\sum_i x_i) = 1/(1+\\bar x)$: successes over total trials.",
        maximum: "The geometric support $0, 1, 2, \\dots$ does not depend on $p$, so the largest count has no special role.",
        twiceMean: "$2\\bar x$ can exceed 1, so it is not even a probability.",
      }),
      hints: ["There are $n$ successes in $\\sum_i (x_i + 1)$ trials.", "Differentiate $n\\log p + \\sum_i x_i \\log(1-p)$."],
    },
    {
      id: "uniform",
      prompt: "Uniform upper end $\\theta$: $f(x) = 1/\\theta$ for $0 \\le x \\le \\theta$.",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "maximum", {
        mean: "$\\bar x$ is below $x_{(n)}$ (unless all values are equal), and there the likelihood is 0: the largest observation would be impossible.",
        reciprocal: "$1/\\bar x$ has the wrong units for an upper end and ignores that $\\theta$ must be at least every observation.",
        geometric: "$1/(1+\\bar x)$ is the geometric MLE of a probability; $\\theta$ is the end of the support.",
        maximum: "$L(\\theta) = \\theta^{-n}$ for $\\theta \\ge x_{(n)}$ and 0 below: it decreases in $\\theta$, so it is largest at the smallest allowed value, $x_{(n)}$.",
        twiceMean: "$2\\bar x$ is the method-of-moments estimate (from $E[X] = \\theta/2$), not the maximiser; it can even fall below $x_{(n)}$, where the likelihood is 0.",
      }),
      hints: ["For which $\\theta$ is the likelihood 0?", "On the values of $\\theta$ where it is positive, is $\\theta^{-n}$ increasing or decreasing?"],
    },
    {
      id: "bernoulli",
      prompt: "Bernoulli probability $p$ from 0/1 data: $f(x) = p^x(1-p)^{1-x}$.",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "mean", {
        mean: "$\\sum_i x_i/p - (n - \\sum_i x_i)/(1-p) = 0$ gives $\\hat p = \\bar x$, the proportion of ones: the same formula as the Poisson rate.",
        reciprocal: "For 0/1 data $1/\\bar x \\ge 1$, so it is not a probability.",
        geometric: "$1/(1+\\bar x)$ is the geometric MLE, where $x$ counts failures before a success; here $x$ is one trial's outcome.",
        maximum: "The largest 0/1 value is 1 as soon as there is one success: that would estimate $p = 1$ from a single success.",
        twiceMean: "$2\\bar x$ can exceed 1 and does not solve the Bernoulli score equation.",
      }),
      hints: ["The MLE of a probability from 0/1 data is a proportion.", "Is the proportion of ones the same as $\\bar x$ for 0/1 data?"],
    },
  ],
  solution: [
    "Each closed form comes from setting the score to zero, except the uniform's:",
    "- **Poisson** $\\lambda$: $\\sum_i x_i/\\lambda - n = 0 \\Rightarrow \\hat\\lambda = \\bar x$.\n- **Exponential** $\\lambda$: $n/\\lambda - \\sum_i x_i = 0 \\Rightarrow \\hat\\lambda = 1/\\bar x$.\n- **Geometric** $p$ (failures): $n/p - \\sum_i x_i/(1-p) = 0 \\Rightarrow \\hat p = 1/(1+\\bar x)$.\n- **Bernoulli** $p$: $\\hat p = \\bar x$, the proportion of ones.\n- **Uniform** $\\theta$: $L(\\theta) = \\theta^{-n}\\mathbf 1\\{\\theta \\ge x_{(n)}\\}$ decreases where it is positive, so $\\hat\\theta = x_{(n)}$, a boundary maximum with no zero derivative.",
    "$2\\bar x$ is the uniform's method-of-moments estimate, not its MLE.",
  ].join("\n\n"),
};

const uniformBoundary: ConceptSpec = {
  id: "concept-uniform-mle-boundary",
  title: "The uniform MLE sits on the boundary",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["uniform", "boundary", "regularity"],
  source: "Casella & Berger (2002), Statistical Inference §7.2.2 and §7.3; Wasserman (2004), All of Statistics ch. 9",
  prompt:
    "$x_1, \\dots, x_n$ are i.i.d. uniform on $[0, \\theta]$; the sample is $2.1,\\ 0.4,\\ 3.7,\\ 1.8$. The likelihood is $$L(\\theta) = \\prod_{i=1}^n \\frac{1}{\\theta}\\mathbf 1\\{x_i \\le \\theta\\} = \\begin{cases} \\theta^{-n} & \\theta \\ge x_{(n)} \\\\ 0 & \\theta < x_{(n)}. \\end{cases}$$",
  parts: [
    {
      id: "derivative",
      prompt: "True or false: the MLE is found by solving $\\frac{d}{d\\theta}\\log L(\\theta) = 0$.",
      input: "choice",
      options: [
        right(
          "false-boundary",
          "False: because $\\frac{d}{d\\theta}\\log L = -n/\\theta$ is never 0; $L$ decreases on $[x_{(n)}, \\infty)$ and is 0 below, so the maximum is at the boundary, $\\hat\\theta = x_{(n)} = 3.7$.",
          "The maximum is where the likelihood jumps from 0 to $x_{(n)}^{-n}$; a derivative cannot find it.",
        ),
        wrong(
          "true-always",
          "True: because every MLE is a root of the score equation.",
          "Only a maximum inside the parameter space where $L$ is differentiable is a root. Here $L$ jumps at $x_{(n)}$, and the maximum sits at that jump.",
        ),
        wrong(
          "true-moments",
          "True: because the score is zero at $\\theta = 2\\bar x = 4$.",
          "The score $-n/\\theta$ is zero nowhere. $2\\bar x$ is the method-of-moments estimate (from $E[X] = \\theta/2$), not a stationary point of this likelihood.",
        ),
        wrong(
          "false-no-maximum",
          "False: because $L$ has no maximum, only a supremum as $\\theta \\to 0$.",
          "$L$ is 0 for $\\theta < 3.7$ (the point 3.7 would be impossible), so small $\\theta$ is ruled out; on $[3.7, \\infty)$, $\\theta^{-4}$ is largest at 3.7, which is attained.",
        ),
      ],
      hints: [
        "Sketch $L(\\theta)$: what is it for $\\theta$ below the largest observation?",
        "A maximum can sit at the edge of the allowed region, where the derivative need not be 0.",
      ],
    },
    {
      id: "properties",
      prompt: "Which statements about $\\hat\\theta = x_{(n)}$ are true? Select all that apply.",
      input: "multi",
      options: [
        right(
          "never-over",
          "It never overestimates $\\theta$.",
          "Every observation is at most $\\theta$, so their maximum is too.",
        ),
        right(
          "biased",
          "It is biased: $E[x_{(n)}] = \\frac{n}{n+1}\\theta$, so $\\frac{n+1}{n}x_{(n)}$ is unbiased.",
          "From $P(x_{(n)} \\le t) = (t/\\theta)^n$, the density of $x_{(n)}$ is $n t^{n-1}/\\theta^n$ and its mean is $n\\theta/(n+1)$.",
        ),
        right(
          "fast",
          "Its error shrinks like $1/n$, faster than the usual $1/\\sqrt n$, because the support depends on $\\theta$.",
          "$P\\big(n(\\theta - x_{(n)}) > t\\theta\\big) = (1 - t/n)^n \\to e^{-t}$: the error is of order $1/n$. The usual theory needs a support free of $\\theta$.",
        ),
        wrong(
          "asymptotic-normal",
          "For large $n$, $\\sqrt n(\\hat\\theta - \\theta)$ is approximately normal with variance $1/I(\\theta)$.",
          "Asymptotic normality of the MLE needs regularity conditions, including a support that does not depend on $\\theta$. Here $n(\\theta - \\hat\\theta)/\\theta$ tends to an exponential, and $\\sqrt n(\\hat\\theta - \\theta) \\to 0$.",
        ),
        wrong(
          "moments-better",
          "$2\\bar x$ is the better estimator, because it is unbiased.",
          "$2\\bar x$ is unbiased but its variance $\\theta^2/(3n)$ is far larger than the $O(1/n^2)$ mean squared error of $x_{(n)}$; it can even fall below $x_{(n)}$, an impossible value.",
        ),
      ],
      hints: [
        "Compare $x_{(n)}$ with $\\theta$ in every possible sample.",
        "$P(x_{(n)} \\le t) = (t/\\theta)^n$: use it for $E[x_{(n)}]$ and for how far below $\\theta$ it typically falls.",
      ],
    },
  ],
  solution: [
    "Each factor is $\\frac1\\theta$ if $x_i \\le \\theta$ and 0 otherwise, so $L(\\theta) = \\theta^{-4}$ for $\\theta \\ge 3.7$ and 0 below. The log-likelihood's derivative $-4/\\theta$ never vanishes; $L$ is decreasing wherever it is positive, so it is maximised at the smallest admissible value: $$\\hat\\theta = x_{(n)} = 3.7.$$",
    "Its properties are unusual because the support depends on $\\theta$: $\\hat\\theta \\le \\theta$ always, $E[\\hat\\theta] = \\frac{n}{n+1}\\theta$ (biased; $\\frac{n+1}{n}x_{(n)}$ is unbiased), and the error is of order $1/n$ with an exponential, not normal, limit. The method-of-moments estimate $2\\bar x = 4.0$ is unbiased but far noisier, with variance $\\theta^2/(3n)$.",
  ].join("\n\n"),
};

const leastSquares: ConceptSpec = {
  id: "concept-least-squares-gaussian-mle",
  title: "Least squares is a Gaussian MLE",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["linear-regression", "least-squares", "gaussian-noise"],
  source: "Hastie, Tibshirani & Friedman (2009), ESL §2.6.3 and §8.2.2; Bishop (2006), PRML §3.1.1",
  prompt:
    "Linear regression $y_i = \\mathbf x_i^\\top\\boldsymbol\\beta + \\varepsilon_i$, $i = 1, \\dots, n$, with $p$ coefficients and noise $\\varepsilon_i$ i.i.d. $\\mathcal N(0, \\sigma^2)$.",
  parts: [
    {
      id: "why",
      prompt: "Why is the MLE of $\\boldsymbol\\beta$ the least-squares fit?",
      input: "choice",
      options: [
        right(
          "quadratic",
          "The log-likelihood is $-\\frac n2\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_i (y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)^2$; for any fixed $\\sigma^2$, maximising it over $\\boldsymbol\\beta$ means minimising the residual sum of squares.",
          "The Gaussian density puts the squared residual in its exponent, so the log-likelihood is a negative multiple of the RSS plus terms free of $\\boldsymbol\\beta$.",
        ),
        wrong(
          "gauss-markov",
          "Because of the Gauss–Markov theorem, which says least squares is the MLE.",
          "Gauss–Markov says least squares is the best *linear unbiased* estimator under uncorrelated, equal-variance noise, with no normality assumed; it says nothing about likelihood.",
        ),
        wrong(
          "any-noise",
          "Because least squares is the MLE for any zero-mean noise distribution.",
          "Only Gaussian noise puts the squared residual in the log-density: Laplace noise gives least absolute deviations, Student-$t$ noise a robust fit.",
        ),
        wrong(
          "sigma-known",
          "Only because $\\sigma^2$ is assumed known; with $\\sigma^2$ unknown the MLE of $\\boldsymbol\\beta$ differs.",
          "Whatever $\\sigma^2$ is, the $\\boldsymbol\\beta$ that minimises the RSS maximises the log-likelihood, so the joint MLE keeps the least-squares $\\hat{\\boldsymbol\\beta}$.",
        ),
      ],
      hints: ["Write the log of the normal density of one residual $y_i - \\mathbf x_i^\\top\\boldsymbol\\beta$.", "Which terms of the sum over $i$ depend on $\\boldsymbol\\beta$?"],
    },
    {
      id: "breaks",
      prompt: "Which changes to the noise model make the MLE of $\\boldsymbol\\beta$ differ from ordinary least squares? Select all that apply.",
      input: "multi",
      options: [
        right(
          "laplace",
          "Laplace noise, $f(\\varepsilon) \\propto e^{-|\\varepsilon|/b}$.",
          "The log-likelihood becomes $-\\sum_i |y_i - \\mathbf x_i^\\top\\boldsymbol\\beta|/b$ plus constants: the MLE minimises absolute deviations (median regression).",
        ),
        right(
          "heteroscedastic",
          "Gaussian noise whose known variance $\\sigma_i^2$ differs from point to point.",
          "Each squared residual is then weighted by $1/\\sigma_i^2$: the MLE is weighted least squares.",
        ),
        right(
          "student-t",
          "Student-$t$ noise with 3 degrees of freedom.",
          "The $t$ log-density grows like $-\\log(1 + \\varepsilon^2/\\text{const})$, not quadratically, so large residuals are down-weighted: a robust fit, computed iteratively.",
        ),
        wrong(
          "unknown-variance",
          "Gaussian noise with unknown $\\sigma^2$, estimated jointly with $\\boldsymbol\\beta$.",
          "For every $\\sigma^2$ the best $\\boldsymbol\\beta$ is the least-squares one, so the joint MLE keeps it and adds $\\hat\\sigma^2 = \\text{RSS}/n$.",
        ),
        wrong(
          "offset",
          "Gaussian noise with a constant nonzero mean, in a model with an intercept.",
          "The constant mean is absorbed by the intercept; the MLE is still least squares, with a shifted intercept.",
        ),
      ],
      hints: [
        "Least squares appears exactly when $-\\log f(\\varepsilon)$ is a quadratic in $\\varepsilon$ with the same weight for every point.",
        "For each option, write $-\\log f(y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)$ and check whether it is $c\\,(y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)^2$ + const with one $c$ for all $i$.",
      ],
    },
    {
      id: "noise-variance",
      prompt: "What is the MLE of $\\sigma^2$, with $\\text{RSS} = \\sum_i (y_i - \\mathbf x_i^\\top\\hat{\\boldsymbol\\beta})^2$?",
      input: "choice",
      options: [
        right(
          "rss-over-n",
          "$\\text{RSS}/n$",
          "Setting $\\partial\\ell/\\partial\\sigma^2 = 0$ gives division by $n$, as for the normal variance; like it, this MLE is biased downward.",
        ),
        wrong(
          "rss-over-n-p",
          "$\\text{RSS}/(n - p)$",
          "That is the unbiased estimate regression software reports; the MLE divides by $n$ and makes no correction for the $p$ fitted coefficients.",
        ),
        wrong(
          "root",
          "$\\sqrt{\\text{RSS}/n}$",
          "That is $\\hat\\sigma$, the MLE of the standard deviation, not of the variance.",
        ),
        wrong(
          "rss",
          "$\\text{RSS}$ itself",
          "The RSS grows with $n$; a variance is an average squared residual, so divide by $n$.",
        ),
      ],
      hints: ["The $\\sigma^2$ part of $\\ell$ is $-\\frac n2\\log\\sigma^2 - \\text{RSS}/(2\\sigma^2)$.", "Differentiate in $\\sigma^2$ and solve."],
    },
  ],
  solution: [
    "With Gaussian noise, $$\\ell(\\boldsymbol\\beta, \\sigma^2) = -\\frac n2\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)^2.$$ For every $\\sigma^2$ the $\\boldsymbol\\beta$-part is $-\\text{RSS}(\\boldsymbol\\beta)/(2\\sigma^2)$, so $\\hat{\\boldsymbol\\beta}$ minimises the RSS: $\\hat{\\boldsymbol\\beta} = (X^\\top X)^{-1}X^\\top\\mathbf y$. Then $\\partial\\ell/\\partial\\sigma^2 = 0$ gives $\\hat\\sigma^2 = \\text{RSS}/n$ (biased; $\\text{RSS}/(n-p)$ is unbiased).",
    "The equivalence is tied to the Gaussian: Laplace noise gives least absolute deviations, unequal known variances give weighted least squares, Student-$t$ noise gives a robust, iteratively reweighted fit. An unknown $\\sigma^2$ or a constant noise mean absorbed by the intercept leaves the least-squares $\\hat{\\boldsymbol\\beta}$ unchanged.",
  ].join("\n\n"),
};

const categorical: ConceptSpec = {
  id: "concept-categorical-mle-constraint",
  title: "Categorical MLE under a constraint",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["categorical", "multinomial", "lagrange-multiplier"],
  source: "Bishop (2006), PRML §2.2; Murphy (2012), MLAPP §3.4",
  prompt:
    "A die is rolled $n = 60$ times with face counts $(n_1, \\dots, n_6) = (8, 12, 9, 11, 6, 14)$. Under the categorical model the log-likelihood is $\\ell(\\mathbf p) = \\sum_{k=1}^6 n_k\\log p_k$ (plus a constant), with $p_k \\ge 0$ and $\\sum_k p_k = 1$.",
  parts: [
    {
      id: "constraint",
      prompt: "Why can't you simply set $\\partial\\ell/\\partial p_k = 0$ for each $k$?",
      input: "choice",
      options: [
        right(
          "lagrange",
          "$\\partial\\ell/\\partial p_k = n_k/p_k$ is never 0: without the constraint, $\\ell$ grows by making every $p_k$ larger. Maximise $\\sum_k n_k\\log p_k + \\lambda(1 - \\sum_k p_k)$ instead, which gives $p_k = n_k/\\lambda$ and, from the constraint, $\\lambda = n$.",
          "The constraint $\\sum_k p_k = 1$ is what stops the probabilities growing; a Lagrange multiplier (or substituting $p_6 = 1 - \\sum_{k<6} p_k$) enforces it.",
        ),
        wrong(
          "not-concave",
          "Because $\\ell$ is not concave in $\\mathbf p$, so the stationary point would be a minimum.",
          "$\\ell$ is concave (a sum of $n_k\\log p_k$); the trouble is that without the constraint it has no stationary point at all.",
        ),
        wrong(
          "integer-counts",
          "Because the counts are integers, so $\\ell$ is not differentiable.",
          "$\\ell$ is differentiated in $\\mathbf p$, not in the counts, and it is smooth for $p_k > 0$.",
        ),
        wrong(
          "fix-last",
          "Because only 5 of the 6 parameters are free; set $p_6 = 1/6$ and solve for the others.",
          "Eliminating a parameter works only by substituting $p_6 = 1 - \\sum_{k<6} p_k$; fixing $p_6 = 1/6$ assumes the die is fair on that face.",
        ),
      ],
      hints: ["Compute $\\partial\\ell/\\partial p_k$: can it be 0?", "What stops every $p_k$ from growing? How do you build that into the maximisation?"],
    },
    {
      id: "estimate",
      prompt: "What is $\\hat p_6$?",
      input: "choice",
      options: [
        right("proportion", "$14/60 = 7/30 \\approx 0.233$", "The MLE of each category probability is its observed proportion, $\\hat p_k = n_k/n$."),
        wrong("fair", "$1/6 \\approx 0.167$", "That is the fair-die value, assumed rather than estimated; the MLE is the observed proportion, 14/60."),
        wrong("odds", "$14/46 \\approx 0.304$", "That divides by the other rolls ($60 - 14$), an odds-like ratio, not a proportion of all 60 rolls."),
        wrong("per-face", "$14/6 \\approx 2.33$", "Dividing by the number of faces gives a count per face, not a probability; the six estimates must sum to 1, so divide by the 60 rolls."),
      ],
      hints: ["From $p_k = n_k/\\lambda$ and $\\sum_k p_k = 1$, what is $\\lambda$?", "Divide the count of sixes by the number of rolls."],
    },
  ],
  solution: [
    "Unconstrained, $\\partial\\ell/\\partial p_k = n_k/p_k > 0$, so $\\ell$ has no maximum. With a Lagrange multiplier, $$\\frac{\\partial}{\\partial p_k}\\Big[\\sum_j n_j\\log p_j + \\lambda\\big(1 - \\sum_j p_j\\big)\\Big] = \\frac{n_k}{p_k} - \\lambda = 0 \\Rightarrow p_k = \\frac{n_k}{\\lambda},$$ and $\\sum_k p_k = 1$ gives $\\lambda = \\sum_k n_k = n$. So $\\hat p_k = n_k/n$.",
    "Here $\\hat p_6 = 14/60 = 7/30 \\approx 0.233$. (A face never rolled would get $\\hat p_k = 0$, which is the overfitting that smoothing fixes.)",
  ].join("\n\n"),
};

const lognormal: ConceptSpec = {
  id: "concept-lognormal-mle-invariance",
  title: "Lognormal MLE and the mean on the original scale",
  topic: "mle-closed-form",
  difficulty: "hard",
  tags: ["lognormal", "invariance", "jensen"],
  source:
    "Johnson, Kotz & Balakrishnan (1994), Continuous Univariate Distributions Vol. 1, ch. 14; Casella & Berger (2002), Statistical Inference §7.2.2 (invariance)",
  prompt: "Insurance claim sizes $x_1, \\dots, x_n > 0$ are modelled as lognormal: $\\log x_i$ i.i.d. $\\mathcal N(\\mu, \\sigma^2)$.",
  parts: [
    {
      id: "mu",
      prompt: "What is the MLE of $\\mu$?",
      input: "choice",
      options: [
        right(
          "mean-of-logs",
          "$\\hat\\mu = \\frac1n\\sum_i \\log x_i$, the mean of the logs.",
          "The lognormal density is the normal density of $\\log x$ times the Jacobian $1/x$, which involves neither $\\mu$ nor $\\sigma$; so the MLE is the normal MLE computed on the logs.",
        ),
        wrong(
          "log-of-mean",
          "$\\log\\bar x$, the log of the mean.",
          "The log of the mean exceeds the mean of the logs (Jensen's inequality, strictly unless all $x_i$ are equal); the likelihood is the normal likelihood of the $\\log x_i$, maximised by their mean.",
        ),
        wrong(
          "sample-mean",
          "$\\bar x$",
          "$\\mu = E[\\log X]$ lives on the log scale, while $\\bar x$ estimates $E[X]$ on the original scale.",
        ),
        wrong(
          "median-of-logs",
          "The median of the $\\log x_i$.",
          "The median of the logs is a robust alternative, but the normal likelihood of the logs is maximised by their mean.",
        ),
      ],
      hints: ["If $Y = \\log X$, what is the density of $X$ in terms of that of $Y$?", "Does the Jacobian factor $1/x$ depend on the parameters?"],
    },
    {
      id: "mean-claim",
      prompt:
        "With $\\hat\\mu$ and $\\hat\\sigma^2 = \\frac1n\\sum_i (\\log x_i - \\hat\\mu)^2$, what is the MLE of the mean claim $E[X] = e^{\\mu + \\sigma^2/2}$?",
      input: "choice",
      options: [
        right(
          "invariance",
          "$e^{\\hat\\mu + \\hat\\sigma^2/2}$",
          "By the invariance of the MLE, the MLE of a function of the parameters is that function of their MLEs.",
        ),
        wrong(
          "sample-mean",
          "$\\bar x$, since the sample mean estimates any mean.",
          "$\\bar x$ is unbiased for $E[X]$, but it is not the MLE under the lognormal model; invariance gives $e^{\\hat\\mu + \\hat\\sigma^2/2}$.",
        ),
        wrong(
          "median",
          "$e^{\\hat\\mu}$",
          "$e^{\\mu}$ is the *median* of a lognormal; the mean is larger by the factor $e^{\\sigma^2/2}$.",
        ),
        wrong(
          "full-variance",
          "$e^{\\hat\\mu + \\hat\\sigma^2}$",
          "For $Y \\sim \\mathcal N(\\mu, \\sigma^2)$, $E[e^Y] = e^{\\mu + \\sigma^2/2}$ (the normal moment generating function at 1): the exponent has $\\sigma^2/2$.",
        ),
      ],
      hints: ["The mean is a function of $(\\mu, \\sigma^2)$. What does invariance say about functions of parameters?", "Plug the MLEs into $e^{\\mu + \\sigma^2/2}$."],
    },
    {
      id: "unbiased",
      prompt: "True or false: $e^{\\hat\\mu + \\hat\\sigma^2/2}$ is an unbiased estimator of $E[X]$.",
      input: "choice",
      options: [
        right(
          "false-nonlinear",
          "False: because invariance preserves the maximum of the likelihood, not unbiasedness; a nonlinear function of estimators is biased in general (here $E[e^{\\hat\\mu}] = e^{\\mu + \\sigma^2/(2n)}$ alone already differs from $e^{\\mu}$), though the bias vanishes as $n \\to \\infty$.",
          "Since $\\hat\\mu \\sim \\mathcal N(\\mu, \\sigma^2/n)$, $E[e^{\\hat\\mu}] = e^{\\mu + \\sigma^2/(2n)}$, and $\\hat\\sigma^2$ is itself biased; the estimator is consistent but biased.",
        ),
        wrong(
          "true-mles-unbiased",
          "True: because it is built from MLEs, and MLEs are unbiased.",
          "MLEs are often biased ($\\hat\\sigma^2$ divides by $n$), and a nonlinear function of unbiased estimators is biased in general (Jensen).",
        ),
        wrong(
          "true-invariance",
          "True: because invariance carries unbiasedness over to functions of the parameters.",
          "Invariance is about where the likelihood is maximised; expectations do not commute with nonlinear functions like $e^{(\\cdot)}$.",
        ),
        wrong(
          "false-inconsistent",
          "False: because it does not even converge to $E[X]$ as $n$ grows.",
          "Right verdict, wrong reason: $\\hat\\mu \\to \\mu$ and $\\hat\\sigma^2 \\to \\sigma^2$, so by continuity the estimator is consistent; it is biased only for finite $n$.",
        ),
      ],
      hints: ["Is $E[g(\\hat\\theta)] = g(E[\\hat\\theta])$ for a convex $g$?", "Compute $E[e^{\\hat\\mu}]$ using $\\hat\\mu \\sim \\mathcal N(\\mu, \\sigma^2/n)$."],
    },
  ],
  solution: [
    "With $y_i = \\log x_i$, the lognormal density is $f(x) = \\phi(\\log x \\mid \\mu, \\sigma^2)/x$; the factor $1/x$ is free of the parameters, so $$\\hat\\mu = \\frac1n\\sum_i \\log x_i, \\qquad \\hat\\sigma^2 = \\frac1n\\sum_i (\\log x_i - \\hat\\mu)^2.$$",
    "The mean claim is $E[X] = e^{\\mu + \\sigma^2/2}$, so by invariance its MLE is $e^{\\hat\\mu + \\hat\\sigma^2/2}$: not $\\bar x$ (unbiased, but not the MLE), not $e^{\\hat\\mu}$ (the median).",
    "Invariance does not preserve unbiasedness: $E[e^{\\hat\\mu}] = e^{\\mu + \\sigma^2/(2n)}$, so the plug-in estimator is biased, though consistent.",
  ].join("\n\n"),
};

export const MLE_CLOSED_FORM_SPECS: readonly ConceptSpec[] = [
  pooledBinomial,
  normalMle,
  derivationSteps,
  matchClosedForms,
  uniformBoundary,
  leastSquares,
  categorical,
  lognormal,
];
