/**
 * Concept questions on content-map topic 3, "MLE properties": the biased variance MLE, invariance,
 * consistency (and the Neyman–Scott failure), asymptotic normality and standard errors, Fisher
 * information, the Cramér–Rao bound, MLE vs MAP (an L2 penalty is a Gaussian prior), and the
 * overfitting of MLE on small samples (zero counts, Laplace smoothing).
 */
import type { ConceptSpec } from "../../concept";
import { right, wrong } from "./likelihood-options";

const varianceBias: ConceptSpec = {
  id: "concept-variance-mle-bias",
  title: "Why the variance MLE is biased",
  topic: "mle-properties",
  difficulty: "easy",
  tags: ["variance", "bias", "n-minus-1"],
  source: "Bishop (2006), PRML §1.2.4; Casella & Berger (2002), Statistical Inference §7.3.1",
  prompt:
    "For an i.i.d. $\\mathcal N(\\mu, \\sigma^2)$ sample the MLE of the variance is $\\hat\\sigma^2 = \\frac1n\\sum_{i=1}^n (x_i - \\bar x)^2$, and $E[\\hat\\sigma^2] = \\frac{n-1}{n}\\sigma^2$.",
  parts: [
    {
      id: "why-biased",
      prompt: "Why does $\\hat\\sigma^2$ underestimate $\\sigma^2$ on average?",
      input: "choice",
      options: [
        right(
          "fitted-mean",
          "The deviations are measured from $\\bar x$, the value that minimises $\\sum_i (x_i - c)^2$, so they are on average smaller than deviations from the true $\\mu$: $E\\big[\\sum_i (x_i - \\bar x)^2\\big] = (n-1)\\sigma^2$.",
          "$\\sum_i (x_i - \\mu)^2 = \\sum_i (x_i - \\bar x)^2 + n(\\bar x - \\mu)^2$; the first sum is short of $n\\sigma^2$ by the expected $n(\\bar x - \\mu)^2 = \\sigma^2$.",
        ),
        wrong(
          "outliers",
          "Because squaring exaggerates outliers, which inflates the estimate.",
          "The bias goes the other way (it underestimates) and has nothing to do with outliers: it holds exactly for normal data.",
        ),
        wrong(
          "log",
          "Because the log-likelihood was maximised instead of the likelihood.",
          "The log does not move the maximiser, so the same $\\hat\\sigma^2$ maximises both.",
        ),
        wrong(
          "all-mles",
          "Because every MLE is biased by the factor $(n-1)/n$.",
          "There is no such rule: $\\bar x$ is an unbiased MLE, and other MLEs have other biases (the uniform's $x_{(n)}$ has the factor $n/(n+1)$).",
        ),
        wrong(
          "root-first",
          "Because it should have been square-rooted first.",
          "Square-rooting gives $\\hat\\sigma$, a different quantity; the bias of $\\hat\\sigma^2$ comes from using $\\bar x$ in place of the unknown $\\mu$.",
        ),
      ],
      hints: [
        "Which value $c$ makes $\\sum_i (x_i - c)^2$ as small as possible?",
        "Expand $\\sum_i (x_i - \\mu)^2$ around $\\bar x$ and take expectations.",
      ],
    },
    {
      id: "large-samples",
      prompt: "True or false: because of this bias, $\\hat\\sigma^2$ is a poor estimator for large samples.",
      input: "choice",
      options: [
        right(
          "false-vanishes",
          "False: because its bias, $-\\sigma^2/n$, vanishes as $n$ grows and $\\hat\\sigma^2$ is consistent; for normal data it even has a smaller mean squared error than $s^2$.",
          "$\\text{MSE}(\\hat\\sigma^2) = \\frac{2n-1}{n^2}\\sigma^4 < \\frac{2}{n-1}\\sigma^4 = \\text{MSE}(s^2)$ for every $n \\ge 2$.",
        ),
        wrong(
          "true-grows",
          "True: because the bias grows with $n$ as more squared deviations are summed.",
          "$E[\\hat\\sigma^2] - \\sigma^2 = -\\sigma^2/n$, which shrinks to 0: the sum grows, but so does the divisor.",
        ),
        wrong(
          "true-unbiased-better",
          "True: because an unbiased estimator always has a smaller error than a biased one.",
          "Unbiasedness is not accuracy: for normal data $\\hat\\sigma^2$ has a smaller mean squared error than the unbiased $s^2$ at every $n \\ge 2$.",
        ),
        wrong(
          "false-unbiased",
          "False: because $\\hat\\sigma^2$ is unbiased once $\\mu$ has been estimated.",
          "Right verdict, wrong reason: estimating $\\mu$ is exactly what causes the bias; for large $n$ the bias is small, not absent.",
        ),
      ],
      hints: ["Write the bias $E[\\hat\\sigma^2] - \\sigma^2$ as a function of $n$.", "Is a small bias with a smaller variance better or worse in mean squared error?"],
    },
  ],
  solution: [
    "Decompose around the sample mean: $$\\sum_{i=1}^n (x_i - \\mu)^2 = \\sum_{i=1}^n (x_i - \\bar x)^2 + n(\\bar x - \\mu)^2.$$ Taking expectations, $n\\sigma^2 = E\\big[\\sum_i (x_i - \\bar x)^2\\big] + \\sigma^2$, so $E[\\hat\\sigma^2] = \\frac{n-1}{n}\\sigma^2$. The fitted mean $\\bar x$ sits closer to the data than $\\mu$ does, so deviations from it are too small on average; $s^2$ divides by $n - 1$ to correct that.",
    "The bias $-\\sigma^2/n$ vanishes as $n \\to \\infty$, so $\\hat\\sigma^2$ is consistent, and for normal data its mean squared error $\\frac{2n-1}{n^2}\\sigma^4$ is below that of $s^2$, $\\frac{2}{n-1}\\sigma^4$.",
  ].join("\n\n"),
};

const invariance: ConceptSpec = {
  id: "concept-mle-invariance",
  title: "Invariance of the MLE",
  topic: "mle-properties",
  difficulty: "easy",
  tags: ["invariance", "reparameterisation"],
  source:
    "Casella & Berger (2002), Statistical Inference §7.2.2 (invariance of MLEs); Zehna (1966), 'Invariance of maximum likelihood estimators', Annals of Mathematical Statistics 37(3)",
  prompt: "A normal sample gives $\\hat\\sigma^2 = 4$. A Bernoulli sample gives $\\hat p = 0.3$.",
  parts: [
    {
      id: "sigma",
      prompt: "What is the MLE of the standard deviation $\\sigma$?",
      input: "choice",
      options: [
        right(
          "root",
          "$\\hat\\sigma = \\sqrt 4 = 2$",
          "Invariance: the MLE of $g(\\theta)$ is $g(\\hat\\theta)$, so the MLE of $\\sigma = \\sqrt{\\sigma^2}$ is $\\sqrt{\\hat\\sigma^2}$.",
        ),
        wrong(
          "refit",
          "It cannot be found from $\\hat\\sigma^2$; the likelihood must be maximised again in $\\sigma$.",
          "Reparameterising moves nothing: the likelihood at $\\sigma$ is the likelihood at $\\sigma^2$, so its maximum is at $\\sqrt{\\hat\\sigma^2}$ with no refitting.",
        ),
        wrong(
          "unbiased-root",
          "$\\sqrt{s^2}$, the square root of the unbiased variance.",
          "$s^2$ is not the MLE; invariance applies to the MLE $\\hat\\sigma^2$, giving 2. (And $\\sqrt{s^2}$ is not unbiased for $\\sigma$: a square root does not preserve unbiasedness.)",
        ),
        wrong(
          "square",
          "$4^2 = 16$",
          "Squaring goes the wrong way: $\\sigma = \\sqrt{\\sigma^2}$, so $\\hat\\sigma = \\sqrt 4 = 2$.",
        ),
      ],
      hints: ["How is $\\sigma$ related to $\\sigma^2$?", "If $\\hat\\theta$ maximises $L$, where is the maximum of the same likelihood written in terms of $g(\\theta)$?"],
    },
    {
      id: "functions",
      prompt: "From $\\hat p = 0.3$, which of these are maximum likelihood estimates? Select all that apply.",
      input: "multi",
      options: [
        right(
          "odds",
          "The odds $p/(1-p)$: $0.3/0.7 \\approx 0.429$.",
          "By invariance the MLE of the odds is $\\hat p/(1 - \\hat p)$.",
        ),
        right(
          "variance",
          "The variance of one toss, $p(1-p)$: $0.3 \\times 0.7 = 0.21$.",
          "Invariance holds for any function, one-to-one or not (through the induced likelihood, Zehna 1966), so the MLE of $p(1-p)$ is $\\hat p(1 - \\hat p)$.",
        ),
        right(
          "two-heads",
          "The probability of two heads in a row, $p^2$: $0.09$.",
          "$g(p) = p^2$, so its MLE is $\\hat p^2 = 0.09$.",
        ),
        wrong(
          "log-odds",
          "The log-odds $\\log\\frac{p}{1-p}$: $\\log 0.3 \\approx -1.204$.",
          "The MLE of the log-odds is $\\log(0.3/0.7) \\approx -0.847$; $\\log 0.3$ is the log of $\\hat p$ alone.",
        ),
        wrong(
          "no-heads",
          "The probability of no heads in 3 tosses, $(1-p)^3$: $1 - 0.3^3 = 0.973$.",
          "$(1-p)^3$ at $\\hat p$ is $0.7^3 = 0.343$; $1 - p^3$ is the probability of *not* getting three heads.",
        ),
      ],
      hints: ["The MLE of $g(p)$ is $g(\\hat p)$ for any function $g$.", "Evaluate each function at $0.3$ and compare with the number given."],
    },
  ],
  solution: [
    "**Invariance.** If $\\hat\\theta$ is the MLE of $\\theta$, then for any function $g$, the MLE of $g(\\theta)$ is $g(\\hat\\theta)$. For a one-to-one $g$ this is immediate (the likelihood as a function of $\\eta = g(\\theta)$ is the same function, relabelled); for any $g$ it holds with the induced likelihood $L^*(\\eta) = \\sup_{\\theta: g(\\theta) = \\eta} L(\\theta)$.",
    "So $\\hat\\sigma = \\sqrt{4} = 2$; the odds $0.3/0.7 \\approx 0.429$; the log-odds $\\log(3/7) \\approx -0.847$; $p(1-p)$ gives $0.21$; $p^2$ gives $0.09$; $(1-p)^3$ gives $0.343$.",
    "Invariance is a property of maximisers, not of expectations: unbiasedness is *not* preserved by nonlinear functions.",
  ].join("\n\n"),
};

const consistency: ConceptSpec = {
  id: "concept-mle-consistency",
  title: "Consistency, and when it fails",
  topic: "mle-properties",
  difficulty: "hard",
  tags: ["consistency", "neyman-scott", "asymptotics"],
  source:
    "Wasserman (2004), All of Statistics §9.5; Neyman & Scott (1948), 'Consistent estimates based on partially consistent observations', Econometrica 16(1)",
  prompt: "An estimator $\\hat\\theta_n$ is *consistent* if $\\hat\\theta_n \\to \\theta$ in probability as $n \\to \\infty$.",
  parts: [
    {
      id: "vs-unbiased",
      prompt: "True or false: a consistent estimator is unbiased at every sample size.",
      input: "choice",
      options: [
        right(
          "false-large-sample",
          "False: because consistency is a large-sample property; $\\hat\\sigma^2 = \\frac1n\\sum_i (x_i - \\bar x)^2$ is biased at every $n$ yet consistent.",
          "The bias and the variance only need to vanish as $n \\to \\infty$.",
        ),
        wrong(
          "true-centred",
          "True: because converging to $\\theta$ means being centred on $\\theta$.",
          "Centred in the limit, not at each $n$: the bias may be nonzero at every finite $n$ as long as it (and the variance) vanish.",
        ),
        wrong(
          "false-always-biased",
          "False: because consistent estimators are always biased.",
          "Right verdict, wrong reason: $\\bar x$ is both unbiased and consistent for a normal mean.",
        ),
        wrong(
          "true-same",
          "True: because unbiasedness and consistency are the same property.",
          "They differ both ways: the first observation $x_1$ is unbiased for the mean but not consistent, and $\\hat\\sigma^2$ is consistent but biased.",
        ),
      ],
      hints: ["Consistency is a statement about $n \\to \\infty$; unbiasedness about each fixed $n$.", "Think of the variance MLE that divides by $n$."],
    },
    {
      id: "which",
      prompt: "Which estimators are consistent? Select all that apply.",
      input: "multi",
      options: [
        right(
          "variance-mle",
          "$\\hat\\sigma^2 = \\frac1n\\sum_i (x_i - \\bar x)^2$ for i.i.d. normal data.",
          "Its bias $-\\sigma^2/n$ and its variance both vanish, so it converges to $\\sigma^2$.",
        ),
        right(
          "uniform-max",
          "$x_{(n)}$ for $\\theta$ in uniform$(0, \\theta)$.",
          "$P(x_{(n)} < \\theta - \\epsilon) = (1 - \\epsilon/\\theta)^n \\to 0$ for every $\\epsilon > 0$.",
        ),
        wrong(
          "first-observation",
          "$x_1$, the first observation, for the mean of i.i.d. data.",
          "Its distribution does not change with $n$, so it never concentrates at the mean: unbiased but not consistent.",
        ),
        wrong(
          "neyman-scott",
          "The MLE of $\\sigma^2$ from $n$ pairs $(x_{i1}, x_{i2})$, where pair $i$ is $\\mathcal N(\\mu_i, \\sigma^2)$ with its own unknown mean $\\mu_i$.",
          "This is Neyman and Scott's example: the number of parameters grows with $n$, each $\\hat\\mu_i$ uses only 2 points, and $\\hat\\sigma^2 = \\frac{1}{2n}\\sum_i\\sum_j (x_{ij} - \\bar x_i)^2 \\to \\sigma^2/2$.",
        ),
        wrong(
          "cauchy-mean",
          "The sample mean $\\bar x$ for the location of a Cauchy distribution.",
          "The mean of $n$ i.i.d. Cauchy variables has the same Cauchy distribution as one of them, so it never concentrates (the Cauchy has no mean). The Cauchy location MLE, by contrast, is consistent.",
        ),
      ],
      hints: [
        "For each estimator, ask whether its spread shrinks to 0 around the right value as $n$ grows.",
        "Watch for an estimator whose distribution does not depend on $n$, and for a model whose number of parameters grows with $n$.",
      ],
    },
    {
      id: "condition",
      prompt: "Which condition of the standard consistency theorem for the MLE does the Neyman–Scott example break?",
      input: "choice",
      options: [
        right(
          "fixed-dimension",
          "A fixed, finite number of parameters while $n \\to \\infty$ (along with identifiability and regularity conditions).",
          "With one nuisance mean per pair, the information about each $\\mu_i$ never grows, and the error in the $\\hat\\mu_i$ biases $\\hat\\sigma^2$ by a factor $1/2$ that does not go away.",
        ),
        wrong(
          "normal",
          "Normally distributed data.",
          "The Neyman–Scott data are normal; normality is neither needed for consistency nor the problem here.",
        ),
        wrong(
          "unbiased",
          "An unbiased MLE at every $n$.",
          "Consistency does not need unbiasedness: the normal $\\hat\\sigma^2$ and the uniform's $x_{(n)}$ are biased and consistent.",
        ),
        wrong(
          "closed-form",
          "A closed-form MLE.",
          "The Neyman–Scott MLE has a closed form; conversely, MLEs computed by Newton's method (logistic regression, gamma shape) are consistent.",
        ),
        wrong(
          "thirty",
          "A sample of at least 30 observations.",
          "There is no magic sample size; here $\\hat\\sigma^2 \\to \\sigma^2/2$ however many pairs are observed.",
        ),
      ],
      hints: ["As you add pairs, what else do you add to the model?", "How many observations inform each $\\mu_i$, however large $n$ is?"],
    },
  ],
  solution: [
    "Consistency means $\\hat\\theta_n \\to \\theta$ in probability; it allows bias at every finite $n$. Under regularity conditions (a fixed number of identifiable parameters, a smooth likelihood) the MLE is consistent.",
    "$\\hat\\sigma^2$ and $x_{(n)}$ are consistent (biased, but the bias and variance vanish). $x_1$ is unbiased but never concentrates. The Cauchy sample mean has the Cauchy distribution for every $n$.",
    "**Neyman–Scott.** With pairs $x_{i1}, x_{i2} \\sim \\mathcal N(\\mu_i, \\sigma^2)$, the MLE is $\\hat\\mu_i = \\bar x_i$ and $$\\hat\\sigma^2 = \\frac{1}{2n}\\sum_{i=1}^n\\sum_{j=1}^2 (x_{ij} - \\bar x_i)^2, \\qquad E[\\hat\\sigma^2] = \\frac{\\sigma^2}{2},$$ and by the law of large numbers $\\hat\\sigma^2 \\to \\sigma^2/2$. The number of parameters grows with $n$, so the usual theorem does not apply.",
  ].join("\n\n"),
};

const standardError: ConceptSpec = {
  id: "concept-standard-error-fisher",
  title: "Standard error from the Fisher information",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["fisher-information", "standard-error", "asymptotic-normality", "wald"],
  source: "Wasserman (2004), All of Statistics §9.7; Casella & Berger (2002), Statistical Inference §10.1",
  prompt:
    "A Bernoulli sample of $n = 100$ tosses has 30 heads, so $\\hat p = 0.3$. For large $n$, $\\hat p$ is approximately $\\mathcal N\\big(p, 1/(n\\,I(p))\\big)$, where $I(p)$ is the Fisher information of one observation.",
  parts: [
    {
      id: "information",
      prompt: "What is $I(p)$ for one Bernoulli observation?",
      input: "choice",
      options: [
        right(
          "reciprocal",
          "$I(p) = \\dfrac{1}{p(1-p)}$",
          "$\\log f = x\\log p + (1-x)\\log(1-p)$; $-\\partial_p^2 \\log f = x/p^2 + (1-x)/(1-p)^2$, whose expectation is $1/p + 1/(1-p) = 1/(p(1-p))$.",
        ),
        wrong(
          "variance",
          "$I(p) = p(1-p)$",
          "That is the variance of one observation; here the information is its reciprocal (a noisier observation carries less information).",
        ),
        wrong(
          "total",
          "$I(p) = \\dfrac{n}{p(1-p)}$",
          "That is the information of all $n$ observations, $n\\,I(p)$; the question asks for one observation.",
        ),
        wrong(
          "heads-only",
          "$I(p) = 1/p^2$",
          "That keeps only the heads term $x/p^2$ (at $x = 1$) and skips the expectation: $E[x/p^2 + (1-x)/(1-p)^2] = 1/p + 1/(1-p)$.",
        ),
      ],
      hints: ["Differentiate $\\log f(x \\mid p) = x\\log p + (1-x)\\log(1-p)$ twice.", "Take the expectation using $E[x] = p$, and change the sign."],
    },
    {
      id: "standard-error",
      prompt: "What is the (estimated) standard error of $\\hat p$?",
      input: "choice",
      options: [
        right(
          "sqrt",
          "$\\sqrt{\\hat p(1-\\hat p)/n} = \\sqrt{0.21/100} \\approx 0.0458$",
          "$1/\\sqrt{n\\,I(\\hat p)} = \\sqrt{\\hat p(1-\\hat p)/n}$.",
        ),
        wrong(
          "variance",
          "$\\hat p(1-\\hat p)/n = 0.0021$",
          "That is the estimated variance; the standard error is its square root.",
        ),
        wrong(
          "no-n",
          "$\\sqrt{\\hat p(1-\\hat p)} \\approx 0.458$",
          "That is the standard deviation of a single toss; an average of $n$ tosses varies $\\sqrt n$ times less.",
        ),
        wrong(
          "inverted",
          "$\\sqrt{1/(n\\,\\hat p(1-\\hat p))} \\approx 0.218$",
          "That uses $p(1-p)$ as if it were the information; the asymptotic variance is $1/(n\\,I(p)) = p(1-p)/n$.",
        ),
      ],
      hints: ["The asymptotic variance is $1/(n\\,I(p))$.", "A standard error is a square root of a variance."],
    },
    {
      id: "interval",
      prompt: "Which is the approximate 95 % (Wald) confidence interval for $p$?",
      input: "choice",
      options: [
        right(
          "wald",
          "$0.3 \\pm 1.96 \\times 0.0458$, about $(0.210, 0.390)$",
          "Asymptotic normality of the MLE: estimate $\\pm\\, z_{0.975}$ standard errors.",
        ),
        wrong(
          "variance",
          "$0.3 \\pm 1.96 \\times 0.0021$",
          "That uses the variance as if it were the standard error, giving an interval far too narrow.",
        ),
        wrong(
          "one-toss",
          "$0.3 \\pm 1.96 \\times 0.458$",
          "That uses the spread of one toss, ignoring $n$: the interval, about $(-0.6, 1.2)$, even spills outside $[0, 1]$.",
        ),
        wrong(
          "one-se",
          "$0.3 \\pm 0.0458$",
          "One standard error on each side covers only about 68 %; 95 % needs 1.96 standard errors.",
        ),
      ],
      hints: ["A normal distribution puts 95 % of its mass within 1.96 standard deviations of its mean.", "Use the standard error from the previous part."],
    },
  ],
  solution: [
    "For one Bernoulli observation, $-\\partial_p^2\\log f(x \\mid p) = \\frac{x}{p^2} + \\frac{1-x}{(1-p)^2}$, whose expectation is $$I(p) = \\frac1p + \\frac{1}{1-p} = \\frac{1}{p(1-p)}.$$",
    "The MLE is asymptotically $\\mathcal N\\big(p, 1/(n\\,I(p))\\big)$, so $$\\widehat{\\text{se}}(\\hat p) = \\frac{1}{\\sqrt{n\\,I(\\hat p)}} = \\sqrt{\\frac{\\hat p(1-\\hat p)}{n}} = \\sqrt{\\frac{0.21}{100}} \\approx 0.0458.$$",
    "The 95 % Wald interval is $0.3 \\pm 1.96 \\times 0.0458 \\approx (0.210, 0.390)$.",
  ].join("\n\n"),
};

const fisherInformation: ConceptSpec = {
  id: "concept-fisher-information-curvature",
  title: "Fisher information as curvature",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["fisher-information", "observed-information", "standard-error"],
  source:
    "Casella & Berger (2002), Statistical Inference §7.3.2 and §10.1.3; Efron & Hinkley (1978), 'Assessing the accuracy of the maximum likelihood estimator: observed versus expected Fisher information', Biometrika 65(3)",
  prompt:
    "The Fisher information of one observation is $I(\\theta) = E\\big[(\\partial_\\theta \\log f(X \\mid \\theta))^2\\big]$. The observed information at the MLE is $J(\\hat\\theta) = -\\ell''(\\hat\\theta)$, from the log-likelihood of all $n$ observations.",
  parts: [
    {
      id: "statements",
      prompt: "Which statements are true under the usual regularity conditions? Select all that apply.",
      input: "multi",
      options: [
        right(
          "curvature",
          "$I(\\theta) = -E\\big[\\partial^2_\\theta \\log f(X \\mid \\theta)\\big]$: information is the expected curvature of the log-likelihood.",
          "Differentiating $E[\\partial_\\theta \\log f] = 0$ once more under the integral gives this identity.",
        ),
        right(
          "score-variance",
          "$I(\\theta)$ is the variance of the score $\\partial_\\theta \\log f(X \\mid \\theta)$, whose mean is 0 at the true $\\theta$.",
          "The definition is the second moment of the score, and since its mean is 0 that is its variance.",
        ),
        right(
          "additive",
          "$n$ i.i.d. observations carry information $n\\,I(\\theta)$.",
          "The log-likelihood is a sum of $n$ independent terms, so the variances of their scores add.",
        ),
        wrong(
          "variance-of-mle",
          "$I(\\theta)$ is the variance of $\\hat\\theta$.",
          "It is the other way round: the asymptotic variance of $\\hat\\theta$ is $1/(n\\,I(\\theta))$, the inverse of the information.",
        ),
        wrong(
          "flat",
          "A flatter log-likelihood near its peak means more information and a smaller standard error.",
          "Flat means the data barely distinguish nearby values of $\\theta$: small curvature, little information, a large standard error.",
        ),
      ],
      hints: [
        "A sharply peaked log-likelihood pins $\\theta$ down; a flat one does not.",
        "How is the variance of the MLE related to the information: proportional or inverse?",
      ],
    },
    {
      id: "observed",
      prompt:
        "True or false: the standard error $1/\\sqrt{J(\\hat\\theta)}$ from the observed information is a valid alternative to $1/\\sqrt{n\\,I(\\hat\\theta)}$.",
      input: "choice",
      options: [
        right(
          "true-both-curvature",
          "True: because both estimate the curvature of the log-likelihood at its peak and agree for large $n$; Efron and Hinkley (1978) argue that the observed one is often the better choice.",
          "$J(\\hat\\theta)/n \\to I(\\theta)$ by the law of large numbers, and $J$ is what Newton's method computes anyway.",
        ),
        wrong(
          "false-expected-only",
          "False: because only the expected information gives a valid standard error.",
          "Both are consistent estimates of the same curvature, and the observed information is widely used (it is the Hessian an optimiser returns).",
        ),
        wrong(
          "true-identical",
          "True: because the two are always exactly equal.",
          "They coincide in some models (for the Bernoulli and Poisson at the MLE, for instance) but not in general; for the Cauchy location model they differ.",
        ),
        wrong(
          "false-negative",
          "False: because $-\\ell''(\\hat\\theta)$ is negative at a maximum.",
          "At a maximum $\\ell''(\\hat\\theta) < 0$, so $-\\ell''(\\hat\\theta)$ is positive.",
        ),
      ],
      hints: ["Both quantities measure how sharply the log-likelihood curves at its maximum.", "What does $J(\\hat\\theta)/n$ converge to?"],
    },
    {
      id: "poisson-se",
      prompt:
        "For a Poisson model, $I(\\lambda) = 1/\\lambda$. A sample of $n = 50$ counts gives $\\hat\\lambda = 4$. What is the standard error of $\\hat\\lambda$?",
      input: "choice",
      options: [
        right("sqrt", "$\\sqrt{4/50} \\approx 0.283$", "$1/\\sqrt{n\\,I(\\hat\\lambda)} = \\sqrt{\\hat\\lambda/n}$."),
        wrong("variance", "$4/50 = 0.08$", "That is the estimated variance $\\hat\\lambda/n$; the standard error is its square root."),
        wrong(
          "inverted",
          "$\\sqrt{1/(50 \\times 4)} \\approx 0.0707$",
          "That uses $\\lambda$ as the information; the Poisson information per observation is $1/\\lambda$, so $n\\,I = 50/4$.",
        ),
        wrong("one-count", "$\\sqrt 4 = 2$", "That is the standard deviation of a single count; the mean of 50 counts varies $\\sqrt{50}$ times less."),
      ],
      hints: ["Total information: $n\\,I(\\hat\\lambda) = 50/4$.", "The standard error is $1/\\sqrt{n\\,I(\\hat\\lambda)}$."],
    },
  ],
  solution: [
    "Under regularity conditions the score has mean 0 and $$I(\\theta) = \\operatorname{Var}\\big(\\partial_\\theta\\log f(X \\mid \\theta)\\big) = -E\\big[\\partial_\\theta^2\\log f(X \\mid \\theta)\\big],$$ the expected curvature. Information adds over i.i.d. observations ($n\\,I(\\theta)$), and the MLE is asymptotically $\\mathcal N\\big(\\theta, 1/(n\\,I(\\theta))\\big)$: more curvature, smaller standard error.",
    "In practice either $n\\,I(\\hat\\theta)$ or the observed information $J(\\hat\\theta) = -\\ell''(\\hat\\theta)$ is used; they agree asymptotically (exactly for the Bernoulli and Poisson at the MLE), and Efron & Hinkley (1978) favour $J$.",
    "Poisson: $n\\,I(\\hat\\lambda) = 50/4$, so $\\widehat{\\text{se}} = \\sqrt{4/50} \\approx 0.283$.",
  ].join("\n\n"),
};

const cramerRao: ConceptSpec = {
  id: "concept-cramer-rao-bound",
  title: "The Cramér–Rao bound",
  topic: "mle-properties",
  difficulty: "hard",
  tags: ["cramer-rao", "efficiency", "fisher-information"],
  source: "Casella & Berger (2002), Statistical Inference §7.3.2; Wasserman (2004), All of Statistics §9.8",
  prompt:
    "The Cramér–Rao bound: for an unbiased estimator $T$ of $\\theta$ from $n$ i.i.d. observations, under regularity conditions, $$\\operatorname{Var}(T) \\ge \\frac{1}{n\\,I(\\theta)}.$$",
  parts: [
    {
      id: "poisson",
      prompt: "For i.i.d. Poisson($\\lambda$) data, $I(\\lambda) = 1/\\lambda$. What is the bound, and does $\\bar x$ attain it?",
      input: "choice",
      options: [
        right(
          "attained",
          "The bound is $\\lambda/n$, and $\\operatorname{Var}(\\bar x) = \\lambda/n$: the MLE $\\bar x$ attains it, so no unbiased estimator does better.",
          "$1/(n\\,I(\\lambda)) = \\lambda/n$ and $\\operatorname{Var}(\\bar x) = \\operatorname{Var}(X)/n = \\lambda/n$: $\\bar x$ is efficient.",
        ),
        wrong(
          "inverted",
          "The bound is $1/(n\\lambda)$, and $\\bar x$ exceeds it.",
          "$1/(n\\,I(\\lambda)) = 1/(n/\\lambda) = \\lambda/n$: the information is inverted once, not twice.",
        ),
        wrong(
          "asymptotic-only",
          "The bound is $\\lambda/n$, but no estimator attains it at finite $n$, only asymptotically.",
          "Here it is attained exactly, for every $n$: $\\operatorname{Var}(\\bar x) = \\lambda/n$.",
        ),
        wrong(
          "exponential",
          "The bound is $\\lambda^2/n$, as for every rate parameter.",
          "$\\lambda^2/n$ is the bound for an exponential rate, whose information is $1/\\lambda^2$; the Poisson's information is $1/\\lambda$.",
        ),
      ],
      hints: ["Compute $1/(n\\,I(\\lambda))$.", "What is the variance of a Poisson count, and of a mean of $n$ of them?"],
    },
    {
      id: "statements",
      prompt: "Which statements are true? Select all that apply.",
      input: "multi",
      options: [
        right(
          "asymptotic-efficiency",
          "Under regularity conditions the MLE's variance approaches the bound as $n \\to \\infty$ (asymptotic efficiency), even when it does not attain it at finite $n$.",
          "$\\sqrt n(\\hat\\theta - \\theta) \\to \\mathcal N(0, 1/I(\\theta))$: asymptotically the MLE achieves the bound.",
        ),
        right(
          "biased-below",
          "A biased estimator can have variance below $1/(n\\,I(\\theta))$: the constant estimator $T = 5$ has variance 0.",
          "The bound as stated is for unbiased estimators; for an estimator with bias $b(\\theta)$ it becomes $(1 + b'(\\theta))^2/(n\\,I(\\theta))$.",
        ),
        right(
          "uniform",
          "For uniform$(0, \\theta)$ the unbiased $\\frac{n+1}{n}x_{(n)}$ has variance $\\frac{\\theta^2}{n(n+2)}$, below the formula's $\\theta^2/n$: the bound does not apply because the support depends on $\\theta$.",
          "The proof differentiates under the integral sign, which fails when the limits of integration depend on $\\theta$.",
        ),
        wrong(
          "always-attained",
          "The MLE attains the bound exactly, at every $n$, in every regular model.",
          "Rarely: only when the score is linear in the estimator (as for $\\bar x$ with a Poisson mean). The exponential rate's MLE $1/\\bar x$ is not even unbiased.",
        ),
        wrong(
          "smallest-mse",
          "An estimator that attains the bound has the smallest mean squared error of all estimators.",
          "Only among unbiased ones: a shrinkage estimator such as the posterior mean $(\\sum_i x_i + a)/(n + b)$ beats $\\bar x$ in mean squared error when $\\lambda$ is near $a/b$.",
        ),
      ],
      hints: [
        "Read the bound's assumptions carefully: unbiasedness and regularity.",
        "Look for estimators that break an assumption (biased, or a support that depends on $\\theta$) and see whether the bound still binds.",
      ],
    },
  ],
  solution: [
    "For Poisson data $I(\\lambda) = 1/\\lambda$, so the bound is $\\lambda/n$; since $\\operatorname{Var}(\\bar x) = \\lambda/n$, the MLE $\\bar x$ is efficient.",
    "The bound concerns *unbiased* estimators under regularity conditions. Biased estimators may go below it (a constant has variance 0; shrinkage can lower mean squared error), and models whose support depends on $\\theta$ escape it: for uniform$(0, \\theta)$, $\\operatorname{Var}\\big(\\frac{n+1}{n}x_{(n)}\\big) = \\frac{\\theta^2}{n(n+2)}$, far below $\\theta^2/n$.",
    "In regular models the MLE is **asymptotically efficient**: $\\sqrt n(\\hat\\theta - \\theta) \\to \\mathcal N\\big(0, 1/I(\\theta)\\big)$, even when it does not attain the bound at finite $n$.",
  ].join("\n\n"),
};

const mleVsMap: ConceptSpec = {
  id: "concept-mle-vs-map-regularisation",
  title: "MLE vs MAP: priors as regularisers",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["map", "prior", "ridge", "regularisation"],
  source: "Bishop (2006), PRML §1.2.5 and §3.3; Murphy (2012), MLAPP §5.2 and §7.5",
  prompt:
    "Linear regression with Gaussian noise, $y_i \\sim \\mathcal N(\\mathbf x_i^\\top\\mathbf w, \\sigma^2)$, and a prior on the weights. The MLE maximises $\\log p(\\mathbf y \\mid \\mathbf w)$; the MAP estimate maximises $\\log p(\\mathbf y \\mid \\mathbf w) + \\log p(\\mathbf w)$.",
  parts: [
    {
      id: "ridge",
      prompt:
        "Ridge regression minimises $\\sum_i (y_i - \\mathbf x_i^\\top\\mathbf w)^2 + \\lambda\\lVert\\mathbf w\\rVert_2^2$. Which prior makes it the MAP estimate?",
      input: "choice",
      options: [
        right(
          "gaussian",
          "Independent $\\mathcal N(0, \\tau^2)$ priors on the weights, with $\\lambda = \\sigma^2/\\tau^2$.",
          "$-\\log$ posterior $= \\frac{1}{2\\sigma^2}\\text{RSS} + \\frac{1}{2\\tau^2}\\lVert\\mathbf w\\rVert^2 + \\text{const}$; multiplying by $2\\sigma^2$ gives the ridge objective with $\\lambda = \\sigma^2/\\tau^2$.",
        ),
        wrong(
          "laplace",
          "Independent Laplace priors, $p(w_j) \\propto e^{-|w_j|/b}$.",
          "A Laplace prior adds $\\sum_j |w_j|/b$: an L1 penalty, the lasso, not ridge.",
        ),
        wrong(
          "flat",
          "A flat (uniform) prior.",
          "A flat prior adds a constant, so MAP = MLE = ordinary least squares, with no penalty at all.",
        ),
        wrong(
          "ratio-flipped",
          "Independent $\\mathcal N(0, \\tau^2)$ priors, with $\\lambda = \\tau^2/\\sigma^2$.",
          "The ratio is upside down: a tighter prior (smaller $\\tau^2$) must mean a stronger penalty, so $\\lambda = \\sigma^2/\\tau^2$.",
        ),
      ],
      hints: ["Write $-\\log p(\\mathbf w)$ for a zero-mean Gaussian prior.", "Scale the negative log-posterior so that the RSS has coefficient 1."],
    },
    {
      id: "statements",
      prompt: "Which statements about MAP and MLE are true? Select all that apply.",
      input: "multi",
      options: [
        right("flat-prior", "With a flat prior, MAP and MLE coincide.", "A constant log-prior does not move the maximiser."),
        right(
          "large-n",
          "As $n$ grows, the MAP estimate approaches the MLE.",
          "The log-likelihood is a sum of $n$ terms while the log-prior stays fixed, so the data eventually dominate.",
        ),
        wrong(
          "invariant",
          "Like the MLE, the MAP estimate is invariant to reparameterisation: the MAP of $g(\\theta)$ is $g(\\hat\\theta_{\\text{MAP}})$.",
          "The prior is a density, so a change of variables multiplies it by a Jacobian and its mode moves; the likelihood is not a density in $\\theta$ and has no Jacobian, which is why the MLE is invariant.",
        ),
        wrong(
          "uncertainty",
          "MAP gives the full posterior uncertainty about $\\theta$.",
          "MAP is a single point, the posterior mode; uncertainty needs the posterior's spread, or the whole posterior.",
        ),
        wrong(
          "always-better",
          "MAP always has a smaller error than the MLE.",
          "A prior centred in the wrong place pulls the estimate away from the truth; MAP helps when the prior is reasonable and the data are few.",
        ),
      ],
      hints: [
        "Compare how the log-likelihood and the log-prior scale with $n$.",
        "Under a change of variables $\\eta = g(\\theta)$, what happens to a density, and what happens to a likelihood?",
      ],
    },
  ],
  solution: [
    "With $p(\\mathbf w) = \\prod_j \\mathcal N(w_j \\mid 0, \\tau^2)$, $$-\\log p(\\mathbf w \\mid \\mathbf y) = \\frac{1}{2\\sigma^2}\\sum_i (y_i - \\mathbf x_i^\\top\\mathbf w)^2 + \\frac{1}{2\\tau^2}\\lVert\\mathbf w\\rVert_2^2 + \\text{const},$$ and multiplying by $2\\sigma^2$ gives ridge regression with $\\lambda = \\sigma^2/\\tau^2$. A Laplace prior gives the lasso (L1); a flat prior gives back the MLE.",
    "The log-prior is fixed while the log-likelihood grows with $n$, so MAP $\\to$ MLE for large samples; the prior matters most when data are scarce. MAP is a posterior mode: it carries no uncertainty, and, unlike the MLE, it changes under reparameterisation because the prior density picks up a Jacobian.",
  ].join("\n\n"),
};

const zeroCounts: ConceptSpec = {
  id: "concept-zero-counts-smoothing",
  title: "Three heads out of three",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["overfitting", "laplace-smoothing", "beta-prior", "naive-bayes"],
  source: "Bishop (2006), PRML §2.1 and §2.1.1; Murphy (2012), MLAPP §3.3 and §3.5",
  prompt: "A coin is tossed 3 times and lands heads all 3 times.",
  parts: [
    {
      id: "problem",
      prompt: "The MLE is $\\hat p = 3/3 = 1$. What is the problem with using it to predict the next tosses?",
      input: "choice",
      options: [
        right(
          "zero-probability",
          "It gives tails probability 0, so any future sequence containing a tail gets likelihood 0 (log-likelihood $-\\infty$): the MLE overfits three tosses.",
          "With few data the MLE can sit on the boundary of the parameter space and declare unseen outcomes impossible.",
        ),
        wrong(
          "biased",
          "It is biased, since $\\hat p$ is always biased for Bernoulli data.",
          "$E[\\hat p] = p$: the Bernoulli MLE is unbiased. The problem is an extreme estimate from very few data, not bias.",
        ),
        wrong(
          "really-half",
          "The MLE is actually 0.5, because three tosses are too few to move away from a fair coin.",
          "The likelihood $p^3$ is largest at $p = 1$; no fair-coin default is built into the likelihood (that would be a prior).",
        ),
        wrong(
          "undefined",
          "The MLE is undefined, because the log-likelihood $3\\log p$ has no zero derivative.",
          "The maximum is at the boundary $p = 1$, like the uniform's $x_{(n)}$: it exists, it is just extreme.",
        ),
      ],
      hints: ["What probability does $\\hat p = 1$ give to tails?", "What happens to the log-likelihood of a future sequence containing one tail?"],
    },
    {
      id: "smoothed",
      prompt: "Laplace's rule of succession (add-one smoothing) gives $\\frac{3 + 1}{3 + 2} = 0.8$. What is its Bayesian reading?",
      input: "choice",
      options: [
        right(
          "posterior-mean",
          "The posterior mean of $p$ under a uniform Beta(1, 1) prior.",
          "The posterior is Beta(1 + 3, 1 + 0) = Beta(4, 1), whose mean is $4/5 = 0.8$.",
        ),
        wrong(
          "map-uniform",
          "The MAP estimate under a uniform Beta(1, 1) prior.",
          "Under a flat prior the MAP equals the MLE, 1 (the mode of Beta(4, 1)); 0.8 is its mean. Add-one is the MAP only under a Beta(2, 2) prior.",
        ),
        wrong(
          "still-mle",
          "Still the MLE, after adding two imaginary tosses (one head, one tail), so it is unbiased.",
          "The pseudo-count reading is fine, but the result is not an MLE of the real data, and it is biased toward 1/2; its justification is the prior.",
        ),
        wrong(
          "jeffreys",
          "The posterior mean under the Jeffreys Beta(1/2, 1/2) prior.",
          "That gives $(3 + 1/2)/(3 + 1) = 0.875$ (add-one-half); 0.8 needs a Beta(1, 1) prior.",
        ),
      ],
      hints: ["A Beta($a$, $b$) prior with $k$ heads in $n$ tosses gives a Beta($a + k$, $b + n - k$) posterior.", "The mean of Beta($a$, $b$) is $a/(a+b)$; its mode is $(a-1)/(a+b-2)$."],
    },
    {
      id: "symptoms",
      prompt: "Which are symptoms of maximum likelihood overfitting a small sample? Select all that apply.",
      input: "multi",
      options: [
        right(
          "unseen-word",
          "A naive Bayes spam filter gives spam probability 0 to any email containing a word never seen in the spam training set.",
          "The MLE of that word's probability in spam is 0, and one zero factor zeroes the whole product; add-one smoothing is the standard fix.",
        ),
        right(
          "one-point-variance",
          "A normal fitted to one observation has $\\hat\\sigma^2 = 0$: a spike at that point.",
          "With $n = 1$, $\\hat\\sigma^2 = \\frac11(x_1 - x_1)^2 = 0$ and the likelihood grows without bound as $\\sigma \\to 0$.",
        ),
        right(
          "separable",
          "Logistic regression on linearly separable data pushes the weights to infinity.",
          "The likelihood keeps rising as the fit gets more confident; a prior (an L2 penalty) keeps the weights finite.",
        ),
        wrong(
          "poisson-biased",
          "The Poisson MLE $\\bar x$ is biased for small $n$.",
          "$E[\\bar x] = \\lambda$ at every $n$, so it is unbiased; with few data its weakness is variance (and $\\hat\\lambda = 0$ when every count is 0), not bias.",
        ),
        wrong(
          "thirty",
          "The MLE cannot be computed with fewer than 30 observations.",
          "There is no minimum sample size: three tosses give an MLE. Small samples make it extreme or noisy, not undefined.",
        ),
      ],
      hints: ["Overfitting here means trusting a small sample so much that unseen outcomes become impossible or the fit becomes degenerate.", "For each option, is the problem an extreme or degenerate estimate, or something else?"],
    },
  ],
  solution: [
    "The Bernoulli log-likelihood $3\\log p$ is maximised at the boundary $\\hat p = 1$, which says tails can never happen: one future tail gives likelihood 0. With little data the MLE fits the sample too closely.",
    "A Beta(1, 1) (uniform) prior gives the posterior Beta(4, 1), whose mean is $$\\frac{3 + 1}{3 + 2} = 0.8,$$ Laplace's rule of succession. (Its mode, the MAP, is still 1; add-one is the MAP under Beta(2, 2).) The same idea smooths word counts in naive Bayes, so that an unseen word does not zero a class.",
    "Other small-sample symptoms of the same kind: $\\hat\\sigma^2 = 0$ from one point, and infinite weights in logistic regression on separable data. Priors (MAP) or penalties fix all three.",
  ].join("\n\n"),
};

export const MLE_PROPERTIES_SPECS: readonly ConceptSpec[] = [
  varianceBias,
  invariance,
  standardError,
  fisherInformation,
  mleVsMap,
  zeroCounts,
  consistency,
  cramerRao,
];
