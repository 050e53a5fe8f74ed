/**
 * Concept questions on content-map topic 3, "MLE properties": the biased variance MLE, invariance,
 * consistency (and the Neyman–Scott failure), asymptotic normality and standard errors, Fisher
 * information, the Cramér–Rao bound, MLE vs MAP (an L2 penalty is a Gaussian prior), and the
 * overfitting of MLE on small samples (zero counts, Laplace smoothing).
 *
 * Each question varies with the seed (see `lib/questions/concept.ts`): a scenario fills the `{{name}}`
 * placeholders (numbers in a scenario are worked out for that scenario), and choice parts draw one of
 * several keyed phrasings plus distractors from a pool.
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
  scenarios: [
    { data: "adult heights" },
    { data: "measurement errors of a scale" },
    { data: "daily temperature deviations" },
    { data: "test scores" },
  ],
  prompt:
    "For an i.i.d. $\\mathcal N(\\mu, \\sigma^2)$ sample ({{data}}) the MLE of the variance is $\\hat\\sigma^2 = \\frac1n\\sum_{i=1}^n (x_i - \\bar x)^2$, and $E[\\hat\\sigma^2] = \\frac{n-1}{n}\\sigma^2$.",
  parts: [
    {
      id: "why-biased",
      prompt: "Why does $\\hat\\sigma^2$ underestimate $\\sigma^2$ on average?",
      input: "choice",
      show: 4,
      options: [
        right(
          "fitted-mean",
          "Because deviations from $\\bar x$ are smaller on average than deviations from $\\mu$.",
          "$\\bar x$ minimises $\\sum_i (x_i - c)^2$, so $\\sum_i (x_i - \\mu)^2 = \\sum_i (x_i - \\bar x)^2 + n(\\bar x - \\mu)^2$; the first sum is short of $n\\sigma^2$ by the expected $n(\\bar x - \\mu)^2 = \\sigma^2$.",
        ),
        right(
          "degree-of-freedom",
          "Because $\\bar x$ uses up a degree of freedom.",
          "The deviations $x_i - \\bar x$ sum to 0, so only $n - 1$ of them are free: $E\\big[\\sum_i (x_i - \\bar x)^2\\big] = (n-1)\\sigma^2$.",
        ),
        wrong(
          "outliers",
          "Because squaring exaggerates the outliers in a sample, and the estimate is inflated by them in small samples.",
          "The bias goes the other way (it underestimates) and has nothing to do with outliers: it holds exactly for normal data.",
        ),
        wrong(
          "log",
          "Because the log-likelihood was maximised instead.",
          "The log does not move the maximiser, so the same $\\hat\\sigma^2$ maximises both.",
        ),
        wrong(
          "all-mles",
          "Because every MLE is biased by $(n-1)/n$.",
          "There is no such rule: $\\bar x$ is an unbiased MLE, and other MLEs have other biases (the uniform's $x_{(n)}$ has the factor $n/(n+1)$).",
        ),
        wrong(
          "root-first",
          "Because it should have been square-rooted first.",
          "Square-rooting gives $\\hat\\sigma$, a different quantity; the bias of $\\hat\\sigma^2$ comes from using $\\bar x$ in place of the unknown $\\mu$.",
        ),
        wrong(
          "skewed",
          "Because the sum of squares has a right-skewed chi-squared distribution, whose typical value lies below its mean.",
          "Skewness moves the median, not the mean; the statement $E[\\hat\\sigma^2] = \\frac{n-1}{n}\\sigma^2$ is about the mean, and comes from measuring deviations from $\\bar x$.",
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
      show: 4,
      options: [
        right(
          "false-vanishes",
          "False: because its bias, $-\\sigma^2/n$, vanishes as $n$ grows.",
          "$\\hat\\sigma^2$ is consistent, and for normal data it even has a smaller mean squared error: $\\frac{2n-1}{n^2}\\sigma^4 < \\frac{2}{n-1}\\sigma^4 = \\text{MSE}(s^2)$ for every $n \\ge 2$.",
        ),
        right(
          "false-mse",
          "False: because it is consistent, and for normal data its mean squared error is even smaller than that of the unbiased $s^2$ at every $n$.",
          "The bias $-\\sigma^2/n$ goes to 0, and $\\text{MSE}(\\hat\\sigma^2) = \\frac{2n-1}{n^2}\\sigma^4$ is below $\\text{MSE}(s^2) = \\frac{2}{n-1}\\sigma^4$ for normal data.",
        ),
        wrong(
          "true-grows",
          "True: because the bias grows with $n$.",
          "$E[\\hat\\sigma^2] - \\sigma^2 = -\\sigma^2/n$, which shrinks to 0: the sum grows, but so does the divisor.",
        ),
        wrong(
          "true-unbiased-better",
          "True: because an unbiased estimator always has a smaller error than a biased one, whatever the sample size.",
          "Unbiasedness is not accuracy: for normal data $\\hat\\sigma^2$ has a smaller mean squared error than the unbiased $s^2$ at every $n \\ge 2$.",
        ),
        wrong(
          "false-unbiased",
          "False: because $\\hat\\sigma^2$ is exactly unbiased once $\\mu$ has been estimated from the same data.",
          "Right verdict, wrong reason: estimating $\\mu$ is exactly what causes the bias; for large $n$ the bias is small, not absent.",
        ),
        wrong(
          "true-inconsistent",
          "True: because a biased estimator cannot be consistent.",
          "Consistency allows bias at every finite $n$ as long as bias and variance vanish; here both do, so $\\hat\\sigma^2 \\to \\sigma^2$.",
        ),
      ],
      hints: [
        "Write the bias $E[\\hat\\sigma^2] - \\sigma^2$ as a function of $n$.",
        "Is a small bias with a smaller variance better or worse in mean squared error?",
      ],
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
  // Every value below is worked out from the scenario's σ̂² and p̂.
  scenarios: [
    {
      v: "4",
      sd: "2",
      vsq: "16",
      p: "0.3",
      q: "0.7",
      odds: "0.3/0.7 \\approx 0.429",
      varToss: "0.3 \\times 0.7 = 0.21",
      sdToss: "\\sqrt{0.21} \\approx 0.458",
      p2: "0.09",
      logOdds: "\\log(0.3/0.7) \\approx -0.847",
      logP: "\\log 0.3 \\approx -1.204",
      none3: "0.7^3 = 0.343",
      notThree: "1 - 0.3^3 = 0.973",
      atLeastOne: "1 - 0.7^2 = 0.51",
      twoP: "2 \\times 0.3 = 0.6",
    },
    {
      v: "9",
      sd: "3",
      vsq: "81",
      p: "0.2",
      q: "0.8",
      odds: "0.2/0.8 = 0.25",
      varToss: "0.2 \\times 0.8 = 0.16",
      sdToss: "\\sqrt{0.16} = 0.4",
      p2: "0.04",
      logOdds: "\\log(0.2/0.8) \\approx -1.386",
      logP: "\\log 0.2 \\approx -1.609",
      none3: "0.8^3 = 0.512",
      notThree: "1 - 0.2^3 = 0.992",
      atLeastOne: "1 - 0.8^2 = 0.36",
      twoP: "2 \\times 0.2 = 0.4",
    },
    {
      v: "2.25",
      sd: "1.5",
      vsq: "5.0625",
      p: "0.4",
      q: "0.6",
      odds: "0.4/0.6 \\approx 0.667",
      varToss: "0.4 \\times 0.6 = 0.24",
      sdToss: "\\sqrt{0.24} \\approx 0.490",
      p2: "0.16",
      logOdds: "\\log(0.4/0.6) \\approx -0.405",
      logP: "\\log 0.4 \\approx -0.916",
      none3: "0.6^3 = 0.216",
      notThree: "1 - 0.4^3 = 0.936",
      atLeastOne: "1 - 0.6^2 = 0.64",
      twoP: "2 \\times 0.4 = 0.8",
    },
    {
      v: "16",
      sd: "4",
      vsq: "256",
      p: "0.25",
      q: "0.75",
      odds: "0.25/0.75 \\approx 0.333",
      varToss: "0.25 \\times 0.75 = 0.1875",
      sdToss: "\\sqrt{0.1875} \\approx 0.433",
      p2: "0.0625",
      logOdds: "\\log(0.25/0.75) \\approx -1.099",
      logP: "\\log 0.25 \\approx -1.386",
      none3: "0.75^3 \\approx 0.422",
      notThree: "1 - 0.25^3 \\approx 0.984",
      atLeastOne: "1 - 0.75^2 = 0.4375",
      twoP: "2 \\times 0.25 = 0.5",
    },
  ],
  prompt: "A normal sample gives $\\hat\\sigma^2 = {{v}}$. A Bernoulli sample (coin tosses) gives $\\hat p = {{p}}$.",
  parts: [
    {
      id: "sigma",
      prompt: "What is the MLE of the standard deviation $\\sigma$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "root",
          "$\\sqrt{ {{v}} } = {{sd}}$",
          "Invariance: the MLE of $g(\\theta)$ is $g(\\hat\\theta)$, so the MLE of $\\sigma = \\sqrt{\\sigma^2}$ is $\\sqrt{\\hat\\sigma^2}$.",
        ),
        right(
          "root-invariance",
          "${{sd}}$, by invariance",
          "The likelihood at $\\sigma$ is the likelihood at $\\sigma^2$, so its maximum in $\\sigma$ is at $\\sqrt{\\hat\\sigma^2} = {{sd}}$.",
        ),
        wrong(
          "refit",
          "None without refitting the model in $\\sigma$",
          "Reparameterising moves nothing: the likelihood at $\\sigma$ is the likelihood at $\\sigma^2$, so its maximum is at $\\sqrt{\\hat\\sigma^2}$ with no refitting.",
        ),
        wrong(
          "unbiased-root",
          "$\\sqrt{s^2}$, the root of the unbiased variance",
          "$s^2$ is not the MLE; invariance applies to the MLE $\\hat\\sigma^2$, giving {{sd}}. (And $\\sqrt{s^2}$ is not unbiased for $\\sigma$: a square root does not preserve unbiasedness.)",
        ),
        wrong(
          "square",
          "${{v}}^2 = {{vsq}}$",
          "Squaring goes the wrong way: $\\sigma = \\sqrt{\\sigma^2}$, so $\\hat\\sigma = \\sqrt{ {{v}} } = {{sd}}$.",
        ),
        wrong(
          "corrected-root",
          "$\\sqrt{\\tfrac{n}{n-1}\\hat\\sigma^2}$, correcting the biased variance before taking the root",
          "That is $\\sqrt{s^2}$ again: a sensible estimator, but not the MLE, which by invariance is $\\sqrt{\\hat\\sigma^2} = {{sd}}$.",
        ),
      ],
      hints: [
        "How is $\\sigma$ related to $\\sigma^2$?",
        "If $\\hat\\theta$ maximises $L$, where is the maximum of the same likelihood written in terms of $g(\\theta)$?",
      ],
    },
    {
      id: "functions",
      prompt: "From $\\hat p = {{p}}$, which of these are maximum likelihood estimates? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right("odds", "The odds $p/(1-p)$: ${{odds}}$.", "By invariance the MLE of the odds is $\\hat p/(1 - \\hat p)$."),
        right(
          "variance",
          "The variance of one toss, $p(1-p)$: ${{varToss}}$.",
          "Invariance holds for any function, one-to-one or not (through the induced likelihood, Zehna 1966), so the MLE of $p(1-p)$ is $\\hat p(1 - \\hat p)$.",
        ),
        right("two-heads", "The probability of two heads in a row, $p^2$: ${{p2}}$.", "$g(p) = p^2$, so its MLE is $\\hat p^2 = {{p2}}$."),
        right(
          "sd-toss",
          "The standard deviation of one toss, $\\sqrt{p(1-p)}$: ${{sdToss}}$.",
          "A function of a function of $p$ is still a function of $p$: its MLE is $\\sqrt{\\hat p(1-\\hat p)}$.",
        ),
        wrong(
          "log-odds",
          "The log-odds $\\log\\frac{p}{1-p}$: ${{logP}}$.",
          "The MLE of the log-odds is ${{logOdds}}$; ${{logP}}$ is the log of $\\hat p$ alone.",
        ),
        wrong(
          "no-heads",
          "The probability of no heads in 3 tosses, $(1-p)^3$: ${{notThree}}$.",
          "$(1-p)^3$ at $\\hat p$ is ${{none3}}$; $1 - p^3$ is the probability of *not* getting three heads.",
        ),
        wrong(
          "at-least-one",
          "The probability of at least one head in 2 tosses, $1 - (1-p)^2$: ${{twoP}}$.",
          "At $\\hat p$ it is ${{atLeastOne}}$; $2p$ counts the two-head outcome twice.",
        ),
      ],
      hints: [
        "The MLE of $g(p)$ is $g(\\hat p)$ for any function $g$.",
        "Evaluate each function at ${{p}}$ and compare with the number given.",
      ],
    },
  ],
  solution: [
    "**Invariance.** If $\\hat\\theta$ is the MLE of $\\theta$, then for any function $g$, the MLE of $g(\\theta)$ is $g(\\hat\\theta)$. For a one-to-one $g$ this is immediate (the likelihood as a function of $\\eta = g(\\theta)$ is the same function, relabelled); for any $g$ it holds with the induced likelihood $L^*(\\eta) = \\sup_{\\theta: g(\\theta) = \\eta} L(\\theta)$.",
    "So $\\hat\\sigma = \\sqrt{ {{v}} } = {{sd}}$; the odds ${{odds}}$; the log-odds ${{logOdds}}$; $p(1-p)$ gives ${{varToss}}$ and its root ${{sdToss}}$; $p^2$ gives ${{p2}}$; $(1-p)^3$ gives ${{none3}}$; $1 - (1-p)^2$ gives ${{atLeastOne}}$.",
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
  // The Neyman–Scott pairs take a setting: two readings per unit, each unit with its own mean.
  scenarios: [
    { unit: "patient", readings: "two blood-pressure readings" },
    { unit: "pair of twins", readings: "two heights" },
    { unit: "specimen", readings: "two lab measurements" },
    { unit: "field plot", readings: "two half-plot yields" },
  ],
  prompt: "An estimator $\\hat\\theta_n$ is *consistent* if $\\hat\\theta_n \\to \\theta$ in probability as $n \\to \\infty$.",
  parts: [
    {
      id: "vs-unbiased",
      prompt: "True or false: a consistent estimator is unbiased at every sample size.",
      input: "choice",
      show: 4,
      options: [
        right(
          "false-large-sample",
          "False: because $\\hat\\sigma^2 = \\frac1n\\sum_i (x_i - \\bar x)^2$ is biased at every $n$, yet consistent.",
          "Consistency is a large-sample property: the bias and the variance only need to vanish as $n \\to \\infty$.",
        ),
        right(
          "false-limit",
          "False: because consistency is only about the limit $n \\to \\infty$: the bias and the variance need only vanish as the sample grows, not be zero at every $n$.",
          "An estimator may be biased at every finite $n$, as long as its bias and variance vanish; the variance MLE $\\frac1n\\sum_i (x_i - \\bar x)^2$ is an example.",
        ),
        wrong(
          "true-centred",
          "True: because converging to $\\theta$ means being centred on $\\theta$, and an estimator centred on $\\theta$ is unbiased.",
          "Centred in the limit, not at each $n$: the bias may be nonzero at every finite $n$ as long as it (and the variance) vanish.",
        ),
        wrong(
          "false-always-biased",
          "False: because consistent estimators are always biased.",
          "Right verdict, wrong reason: $\\bar x$ is both unbiased and consistent for a normal mean.",
        ),
        wrong(
          "true-same",
          "True: because unbiased and consistent mean the same.",
          "They differ both ways: the first observation $x_1$ is unbiased for the mean but not consistent, and $\\hat\\sigma^2$ is consistent but biased.",
        ),
        wrong(
          "true-lln",
          "True: because by the law of large numbers a consistent estimator is an average, and averages are unbiased.",
          "Consistent estimators need not be averages ($x_{(n)}$ for a uniform, $\\hat\\sigma^2$), and these are biased at every $n$.",
        ),
      ],
      hints: [
        "Consistency is a statement about $n \\to \\infty$; unbiasedness about each fixed $n$.",
        "Think of the variance MLE that divides by $n$.",
      ],
    },
    {
      id: "which",
      prompt: "Which estimators are consistent? Select all that apply.",
      input: "multi",
      show: 5,
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
        right(
          "cauchy-median",
          "The sample median for the location of a Cauchy distribution.",
          "The Cauchy density is positive at its centre, so the sample median is asymptotically normal around it with variance $\\pi^2/(4n)$ at unit scale: consistent, although the sample mean is not.",
        ),
        right(
          "poisson-mean",
          "$\\bar x$ for the rate of i.i.d. Poisson counts.",
          "By the law of large numbers $\\bar x \\to E[X] = \\lambda$; its variance $\\lambda/n$ vanishes.",
        ),
        wrong(
          "first-observation",
          "$x_1$, the first observation, for the mean of i.i.d. data.",
          "Its distribution does not change with $n$, so it never concentrates at the mean: unbiased but not consistent.",
        ),
        wrong(
          "neyman-scott",
          "The MLE of $\\sigma^2$ from $n$ pairs $(x_{i1}, x_{i2})$, {{readings}} per {{unit}}, where pair $i$ is $\\mathcal N(\\mu_i, \\sigma^2)$ with its own unknown mean $\\mu_i$.",
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
      prompt:
        "In the Neyman–Scott example each {{unit}} gives {{readings}}, $\\mathcal N(\\mu_i, \\sigma^2)$ with its own $\\mu_i$, and the MLE of $\\sigma^2$ tends to $\\sigma^2/2$. Which condition of the standard consistency theorem for the MLE does it break?",
      input: "choice",
      show: 4,
      options: [
        right(
          "fixed-dimension",
          "A fixed, finite number of parameters while $n \\to \\infty$.",
          "With one nuisance mean per {{unit}}, the information about each $\\mu_i$ never grows, and the error in the $\\hat\\mu_i$ biases $\\hat\\sigma^2$ by a factor $1/2$ that does not go away (identifiability and regularity hold).",
        ),
        right(
          "parameters-grow",
          "The number of parameters must not grow with $n$.",
          "Each new {{unit}} adds a new $\\mu_i$ informed by only 2 readings; the usual theorem assumes a fixed parameter dimension.",
        ),
        wrong(
          "normal",
          "Normally distributed data.",
          "The Neyman–Scott data are normal; normality is neither needed for consistency nor the problem here.",
        ),
        wrong(
          "unbiased",
          "An unbiased MLE at every $n$, which fails because $\\hat\\sigma^2$ divides by the number of readings.",
          "Consistency does not need unbiasedness: the normal $\\hat\\sigma^2$ and the uniform's $x_{(n)}$ are biased and consistent.",
        ),
        wrong(
          "closed-form",
          "A closed-form MLE, so that its limit can be computed; without one the theorem has nothing to work with.",
          "The Neyman–Scott MLE has a closed form; conversely, MLEs computed by Newton's method (logistic regression, gamma shape) are consistent.",
        ),
        wrong(
          "thirty",
          "At least 30 observations.",
          "There is no magic sample size; here $\\hat\\sigma^2 \\to \\sigma^2/2$ however many pairs are observed.",
        ),
        wrong(
          "independence",
          "Independent observations, since the two readings of each {{unit}} share the mean $\\mu_i$ and are therefore dependent.",
          "Given the parameters, the two readings are independent; sharing a parameter is not dependence. The trouble is that the parameters multiply with $n$.",
        ),
      ],
      hints: ["As you add pairs, what else do you add to the model?", "How many observations inform each $\\mu_i$, however large $n$ is?"],
    },
  ],
  solution: [
    "Consistency means $\\hat\\theta_n \\to \\theta$ in probability; it allows bias at every finite $n$. Under regularity conditions (a fixed number of identifiable parameters, a smooth likelihood) the MLE is consistent.",
    "$\\hat\\sigma^2$ and $x_{(n)}$ are consistent (biased, but the bias and variance vanish), and so are the Poisson $\\bar x$ and the Cauchy sample median. $x_1$ is unbiased but never concentrates. The Cauchy sample mean has the Cauchy distribution for every $n$.",
    "**Neyman–Scott.** With pairs $x_{i1}, x_{i2} \\sim \\mathcal N(\\mu_i, \\sigma^2)$ ({{readings}} per {{unit}}), the MLE is $\\hat\\mu_i = \\bar x_i$ and $$\\hat\\sigma^2 = \\frac{1}{2n}\\sum_{i=1}^n\\sum_{j=1}^2 (x_{ij} - \\bar x_i)^2, \\qquad E[\\hat\\sigma^2] = \\frac{\\sigma^2}{2},$$ and by the law of large numbers $\\hat\\sigma^2 \\to \\sigma^2/2$. The number of parameters grows with $n$, so the usual theorem does not apply.",
  ].join("\n\n"),
};

const standardError: ConceptSpec = {
  id: "concept-standard-error-fisher",
  title: "Standard error from the Fisher information",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["fisher-information", "standard-error", "asymptotic-normality", "wald"],
  source: "Wasserman (2004), All of Statistics §9.7; Casella & Berger (2002), Statistical Inference §10.1",
  // Each scenario's numbers: v = p̂(1 − p̂), se = √(v/n), the Wald interval p̂ ± 1.96 se, and the
  // values the distractors give (variance, one observation's spread, inverted information, 1.645).
  scenarios: [
    {
      story: "A coin tossed $n = 100$ times lands heads 30 times",
      k: "30",
      n: "100",
      p: "0.3",
      v: "0.21",
      se: "0.0458",
      var: "0.0021",
      sd1: "0.458",
      inv: "0.218",
      pn: "0.0548",
      lo: "0.210",
      hi: "0.390",
      olo: "-0.60",
      ohi: "1.20",
      z90lo: "0.225",
      z90hi: "0.375",
    },
    {
      story: "Of $n = 400$ visitors to a web page, 80 sign up",
      k: "80",
      n: "400",
      p: "0.2",
      v: "0.16",
      se: "0.0200",
      var: "0.0004",
      sd1: "0.400",
      inv: "0.125",
      pn: "0.0224",
      lo: "0.161",
      hi: "0.239",
      olo: "-0.58",
      ohi: "0.98",
      z90lo: "0.167",
      z90hi: "0.233",
    },
    {
      story: "Of $n = 200$ patients, 50 report a side effect",
      k: "50",
      n: "200",
      p: "0.25",
      v: "0.1875",
      se: "0.0306",
      var: "0.00094",
      sd1: "0.433",
      inv: "0.163",
      pn: "0.0354",
      lo: "0.190",
      hi: "0.310",
      olo: "-0.60",
      ohi: "1.10",
      z90lo: "0.200",
      z90hi: "0.300",
    },
    {
      story: "Of $n = 250$ voters polled, 100 back a proposal",
      k: "100",
      n: "250",
      p: "0.4",
      v: "0.24",
      se: "0.0310",
      var: "0.00096",
      sd1: "0.490",
      inv: "0.129",
      pn: "0.0400",
      lo: "0.339",
      hi: "0.461",
      olo: "-0.56",
      ohi: "1.36",
      z90lo: "0.349",
      z90hi: "0.451",
    },
  ],
  prompt:
    "{{story}}. Treating these as $n = {{n}}$ Bernoulli observations with {{k}} successes, $\\hat p = {{p}}$. For large $n$, $\\hat p$ is approximately $\\mathcal N\\big(p, 1/(n\\,I(p))\\big)$, where $I(p)$ is the Fisher information of one observation.",
  parts: [
    {
      id: "information",
      prompt: "What is $I(p)$ for one Bernoulli observation?",
      input: "choice",
      show: 4,
      options: [
        right(
          "reciprocal",
          "$I(p) = \\dfrac{1}{p(1-p)}$",
          "$\\log f = x\\log p + (1-x)\\log(1-p)$; $-\\partial_p^2 \\log f = x/p^2 + (1-x)/(1-p)^2$, whose expectation is $1/p + 1/(1-p) = 1/(p(1-p))$.",
        ),
        right(
          "sum-form",
          "$I(p) = \\dfrac1p + \\dfrac{1}{1-p}$",
          "The expectation of $x/p^2 + (1-x)/(1-p)^2$ with $E[x] = p$ is $1/p + 1/(1-p)$, which equals $1/(p(1-p))$.",
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
          "That keeps only the success term $x/p^2$ (at $x = 1$) and skips the expectation: $E[x/p^2 + (1-x)/(1-p)^2] = 1/p + 1/(1-p)$.",
        ),
        wrong(
          "no-expectation",
          "$I(p) = \\dfrac{1}{p^2} + \\dfrac{1}{(1-p)^2}$, adding both curvature terms",
          "Each term must be weighted by its probability: $E[x] = p$ and $E[1-x] = 1-p$ turn $x/p^2 + (1-x)/(1-p)^2$ into $1/p + 1/(1-p)$.",
        ),
        wrong(
          "inverse-sd",
          "$I(p) = \\dfrac{1}{\\sqrt{p(1-p)}}$, one over the standard deviation",
          "Information is the reciprocal of a variance-like quantity, not of a standard deviation: $I(p) = 1/(p(1-p))$.",
        ),
      ],
      hints: [
        "Differentiate $\\log f(x \\mid p) = x\\log p + (1-x)\\log(1-p)$ twice.",
        "Take the expectation using $E[x] = p$, and change the sign.",
      ],
    },
    {
      id: "standard-error",
      prompt: "What is the (estimated) standard error of $\\hat p$?",
      input: "choice",
      show: 4,
      options: [
        right("sqrt", "$\\sqrt{ {{v}}/{{n}} } \\approx {{se}}$", "$1/\\sqrt{n\\,I(\\hat p)} = \\sqrt{\\hat p(1-\\hat p)/n}$."),
        right(
          "sqrt-information",
          "$1/\\sqrt{n\\,I(\\hat p)} \\approx {{se}}$",
          "$n\\,I(\\hat p) = {{n}}/{{v}}$, so the standard error is $\\sqrt{ {{v}}/{{n}} } \\approx {{se}}$.",
        ),
        wrong(
          "variance",
          "$\\hat p(1-\\hat p)/n \\approx {{var}}$",
          "That is the estimated variance; the standard error is its square root.",
        ),
        wrong(
          "no-n",
          "$\\sqrt{ {{v}} } \\approx {{sd1}}$",
          "That is the standard deviation of a single observation; an average of $n$ of them varies $\\sqrt n$ times less.",
        ),
        wrong(
          "inverted",
          "$\\sqrt{1/(n\\,\\hat p(1-\\hat p))} \\approx {{inv}}$",
          "That uses $p(1-p)$ as if it were the information; the asymptotic variance is $1/(n\\,I(p)) = p(1-p)/n$.",
        ),
        wrong(
          "poisson-form",
          "$\\sqrt{\\hat p/n} \\approx {{pn}}$, the square root of the mean over $n$",
          "$\\sqrt{\\lambda/n}$ is the Poisson standard error; a Bernoulli observation has variance $p(1-p)$, not $p$.",
        ),
      ],
      hints: ["The asymptotic variance is $1/(n\\,I(p))$.", "A standard error is a square root of a variance."],
    },
    {
      id: "interval",
      prompt: "Which is the approximate 95 % (Wald) confidence interval for $p$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "wald",
          "${{p}} \\pm 1.96 \\times {{se}}$, about $({{lo}}, {{hi}})$",
          "Asymptotic normality of the MLE: estimate $\\pm\\, z_{0.975}$ standard errors, about $({{lo}}, {{hi}})$.",
        ),
        right(
          "wald-interval",
          "About $({{lo}}, {{hi}})$",
          "${{p}} \\pm 1.96 \\times {{se}}$: the estimate plus or minus 1.96 standard errors.",
        ),
        wrong(
          "variance",
          "${{p}} \\pm 1.96 \\times {{var}}$",
          "That uses the variance as if it were the standard error, giving an interval far too narrow.",
        ),
        wrong(
          "one-toss",
          "${{p}} \\pm 1.96 \\times {{sd1}}$, the spread of one observation",
          "That uses the spread of one observation, ignoring $n$: the interval, about $({{olo}}, {{ohi}})$, even spills outside $[0, 1]$.",
        ),
        wrong("one-se", "${{p}} \\pm {{se}}$", "One standard error on each side covers only about 68 %; 95 % needs 1.96 standard errors."),
        wrong(
          "one-sided-z",
          "${{p}} \\pm 1.645 \\times {{se}}$, about $({{z90lo}}, {{z90hi}})$",
          "1.645 is the 95 % point of a one-sided test; a two-sided 95 % interval leaves 2.5 % in each tail and needs 1.96 (1.645 gives a 90 % interval).",
        ),
      ],
      hints: [
        "A normal distribution puts 95 % of its mass within 1.96 standard deviations of its mean.",
        "Use the standard error from the previous part.",
      ],
    },
  ],
  solution: [
    "For one Bernoulli observation, $-\\partial_p^2\\log f(x \\mid p) = \\frac{x}{p^2} + \\frac{1-x}{(1-p)^2}$, whose expectation is $$I(p) = \\frac1p + \\frac{1}{1-p} = \\frac{1}{p(1-p)}.$$",
    "The MLE is asymptotically $\\mathcal N\\big(p, 1/(n\\,I(p))\\big)$, so $$\\widehat{\\text{se}}(\\hat p) = \\frac{1}{\\sqrt{n\\,I(\\hat p)}} = \\sqrt{\\frac{\\hat p(1-\\hat p)}{n}} = \\sqrt{\\frac{ {{v}} }{ {{n}} }} \\approx {{se}}.$$",
    "The 95 % Wald interval is ${{p}} \\pm 1.96 \\times {{se}} \\approx ({{lo}}, {{hi}})$.",
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
  // Poisson part: se = √(λ̂/n); the distractors' values are λ̂/n, √(1/(nλ̂)), √λ̂ and λ̂/√n.
  scenarios: [
    {
      counts: "calls per hour",
      n: "50",
      lambda: "4",
      se: "\\sqrt{4/50} \\approx 0.283",
      var: "4/50 = 0.08",
      inv: "\\sqrt{1/(50 \\times 4)} \\approx 0.0707",
      one: "\\sqrt 4 = 2",
      overRoot: "4/\\sqrt{50} \\approx 0.566",
      total: "50/4",
    },
    {
      counts: "typos per page",
      n: "100",
      lambda: "2.5",
      se: "\\sqrt{2.5/100} \\approx 0.158",
      var: "2.5/100 = 0.025",
      inv: "\\sqrt{1/(100 \\times 2.5)} \\approx 0.0632",
      one: "\\sqrt{2.5} \\approx 1.58",
      overRoot: "2.5/\\sqrt{100} = 0.25",
      total: "100/2.5",
    },
    {
      counts: "customers per minute",
      n: "40",
      lambda: "9",
      se: "\\sqrt{9/40} \\approx 0.474",
      var: "9/40 = 0.225",
      inv: "\\sqrt{1/(40 \\times 9)} \\approx 0.0527",
      one: "\\sqrt 9 = 3",
      overRoot: "9/\\sqrt{40} \\approx 1.42",
      total: "40/9",
    },
    {
      counts: "emails per hour",
      n: "200",
      lambda: "8",
      se: "\\sqrt{8/200} = 0.2",
      var: "8/200 = 0.04",
      inv: "\\sqrt{1/(200 \\times 8)} = 0.025",
      one: "\\sqrt 8 \\approx 2.83",
      overRoot: "8/\\sqrt{200} \\approx 0.566",
      total: "200/8",
    },
  ],
  prompt:
    "The Fisher information of one observation is $I(\\theta) = E\\big[(\\partial_\\theta \\log f(X \\mid \\theta))^2\\big]$. The observed information at the MLE is $J(\\hat\\theta) = -\\ell''(\\hat\\theta)$, from the log-likelihood of all $n$ observations.",
  parts: [
    {
      id: "statements",
      prompt: "Which statements are true under the usual regularity conditions? Select all that apply.",
      input: "multi",
      show: 5,
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
        right(
          "sharp-peak",
          "A more sharply peaked log-likelihood gives a smaller standard error.",
          "Sharper peak, larger curvature $-\\ell''$, more information, and the standard error $1/\\sqrt{\\text{information}}$ shrinks.",
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
        wrong(
          "depends-on-data",
          "Like $J(\\hat\\theta)$, the expected information $I(\\theta)$ changes with the observed sample.",
          "$I(\\theta)$ is an expectation over the model, a function of $\\theta$ alone; only the observed information $J$ depends on the sample.",
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
      show: 4,
      options: [
        right(
          "true-both-curvature",
          "True: because both estimate the same curvature and agree for large $n$.",
          "$J(\\hat\\theta)/n \\to I(\\theta)$ by the law of large numbers, and $J$ is what Newton's method computes anyway; Efron and Hinkley (1978) argue that the observed one is often the better choice.",
        ),
        right(
          "true-converges",
          "True: because $J(\\hat\\theta)/n \\to I(\\theta)$.",
          "Both are consistent estimates of the curvature at the peak, so both give valid large-sample standard errors.",
        ),
        wrong(
          "false-expected-only",
          "False: because only the expected information gives a valid standard error; the observed one is a noisy shortcut.",
          "Both are consistent estimates of the same curvature, and the observed information is widely used (it is the Hessian an optimiser returns).",
        ),
        wrong(
          "true-identical",
          "True: because the two are always equal.",
          "They coincide in some models (for the Bernoulli and Poisson at the MLE, for instance) but not in general; for the Cauchy location model they differ.",
        ),
        wrong(
          "false-negative",
          "False: because $-\\ell''(\\hat\\theta)$ is negative.",
          "At a maximum $\\ell''(\\hat\\theta) < 0$, so $-\\ell''(\\hat\\theta)$ is positive.",
        ),
        wrong(
          "false-bayesian",
          "False: because the observed information is a Bayesian quantity, which gives a credible interval rather than a standard error.",
          "$J(\\hat\\theta)$ is just the negative second derivative of the log-likelihood at its peak; no prior is involved, and it is a standard frequentist choice.",
        ),
      ],
      hints: [
        "Both quantities measure how sharply the log-likelihood curves at its maximum.",
        "What does $J(\\hat\\theta)/n$ converge to?",
      ],
    },
    {
      id: "poisson-se",
      prompt:
        "For a Poisson model of {{counts}}, $I(\\lambda) = 1/\\lambda$. A sample of $n = {{n}}$ counts gives $\\hat\\lambda = {{lambda}}$. What is the standard error of $\\hat\\lambda$?",
      input: "choice",
      show: 4,
      options: [
        right("sqrt", "${{se}}$", "$1/\\sqrt{n\\,I(\\hat\\lambda)} = \\sqrt{\\hat\\lambda/n}$."),
        right(
          "sqrt-formula",
          "$\\sqrt{\\hat\\lambda/n}$, about ${{se}}$",
          "The total information is $n\\,I(\\hat\\lambda) = n/\\hat\\lambda$, so the standard error is $\\sqrt{\\hat\\lambda/n}$.",
        ),
        wrong("variance", "${{var}}$", "That is the estimated variance $\\hat\\lambda/n$; the standard error is its square root."),
        wrong(
          "inverted",
          "${{inv}}$, using $\\lambda$ as the information",
          "That uses $\\lambda$ as the information; the Poisson information per observation is $1/\\lambda$, so $n\\,I = {{total}}$.",
        ),
        wrong(
          "one-count",
          "${{one}}$",
          "That is the standard deviation of a single count; the mean of {{n}} counts varies $\\sqrt{ {{n}} }$ times less.",
        ),
        wrong(
          "over-root-n",
          "${{overRoot}}$, the estimate over $\\sqrt n$",
          "$\\hat\\lambda/\\sqrt n$ would be the standard error if the standard deviation of one count were $\\lambda$; for a Poisson it is $\\sqrt\\lambda$, giving $\\sqrt{\\hat\\lambda/n}$.",
        ),
      ],
      hints: ["Total information: $n\\,I(\\hat\\lambda) = {{total}}$.", "The standard error is $1/\\sqrt{n\\,I(\\hat\\lambda)}$."],
    },
  ],
  solution: [
    "Under regularity conditions the score has mean 0 and $$I(\\theta) = \\operatorname{Var}\\big(\\partial_\\theta\\log f(X \\mid \\theta)\\big) = -E\\big[\\partial_\\theta^2\\log f(X \\mid \\theta)\\big],$$ the expected curvature. Information adds over i.i.d. observations ($n\\,I(\\theta)$), and the MLE is asymptotically $\\mathcal N\\big(\\theta, 1/(n\\,I(\\theta))\\big)$: more curvature, smaller standard error.",
    "In practice either $n\\,I(\\hat\\theta)$ or the observed information $J(\\hat\\theta) = -\\ell''(\\hat\\theta)$ is used; they agree asymptotically (exactly for the Bernoulli and Poisson at the MLE), and Efron & Hinkley (1978) favour $J$.",
    "Poisson ({{counts}}): $n\\,I(\\hat\\lambda) = {{total}}$, so $\\widehat{\\text{se}} = {{se}}$.",
  ].join("\n\n"),
};

const cramerRao: ConceptSpec = {
  id: "concept-cramer-rao-bound",
  title: "The Cramér–Rao bound",
  topic: "mle-properties",
  difficulty: "hard",
  tags: ["cramer-rao", "efficiency", "fisher-information"],
  source: "Casella & Berger (2002), Statistical Inference §7.3.2; Wasserman (2004), All of Statistics §9.8",
  scenarios: [
    { counts: "calls per hour" },
    { counts: "defects per metre of fabric" },
    { counts: "goals per match" },
    { counts: "photons per detector pixel" },
  ],
  prompt:
    "The Cramér–Rao bound: for an unbiased estimator $T$ of $\\theta$ from $n$ i.i.d. observations, under regularity conditions, $$\\operatorname{Var}(T) \\ge \\frac{1}{n\\,I(\\theta)}.$$",
  parts: [
    {
      id: "poisson",
      prompt:
        "For i.i.d. Poisson($\\lambda$) counts of {{counts}}, $I(\\lambda) = 1/\\lambda$. What is the bound, and does $\\bar x$ attain it?",
      input: "choice",
      show: 4,
      options: [
        right(
          "attained",
          "$\\lambda/n$, and $\\bar x$ attains it exactly.",
          "$1/(n\\,I(\\lambda)) = \\lambda/n$ and $\\operatorname{Var}(\\bar x) = \\operatorname{Var}(X)/n = \\lambda/n$: $\\bar x$ is efficient, so no unbiased estimator does better.",
        ),
        right(
          "efficient",
          "The bound is $\\lambda/n = \\operatorname{Var}(\\bar x)$: $\\bar x$ is efficient.",
          "A Poisson count has variance $\\lambda$, so the mean of $n$ counts has variance $\\lambda/n$, exactly the bound $1/(n \\cdot 1/\\lambda)$.",
        ),
        wrong(
          "inverted",
          "$1/(n\\lambda)$, and $\\bar x$ stays above it.",
          "$1/(n\\,I(\\lambda)) = 1/(n/\\lambda) = \\lambda/n$: the information is inverted once, not twice.",
        ),
        wrong(
          "asymptotic-only",
          "The bound is $\\lambda/n$, but no estimator attains it at any finite $n$; the MLE $\\bar x$ reaches it only asymptotically.",
          "Here it is attained exactly, for every $n$: $\\operatorname{Var}(\\bar x) = \\lambda/n$.",
        ),
        wrong(
          "exponential",
          "$\\lambda^2/n$, as for every rate parameter.",
          "$\\lambda^2/n$ is the bound for an exponential rate, whose information is $1/\\lambda^2$; the Poisson's information is $1/\\lambda$.",
        ),
        wrong(
          "biased-mle",
          "The bound is $\\lambda/n$; $\\bar x$ cannot attain it, because the bound is for unbiased estimators and MLEs are biased.",
          "$E[\\bar x] = \\lambda$: the Poisson MLE is unbiased, and its variance $\\lambda/n$ equals the bound.",
        ),
      ],
      hints: ["Compute $1/(n\\,I(\\lambda))$.", "What is the variance of a Poisson count, and of a mean of $n$ of them?"],
    },
    {
      id: "statements",
      prompt: "Which statements are true? Select all that apply.",
      input: "multi",
      show: 5,
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
        right(
          "bernoulli",
          "For Bernoulli data, $\\hat p$ attains the bound $p(1-p)/n$ exactly.",
          "$I(p) = 1/(p(1-p))$ and $\\operatorname{Var}(\\hat p) = p(1-p)/n$: the sample proportion is efficient.",
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
        wrong(
          "any-estimator",
          "No estimator, biased or not, can have variance below $1/(n\\,I(\\theta))$ in a regular model.",
          "The bound binds unbiased estimators only; a biased one can go below it, down to the constant estimator with variance 0.",
        ),
      ],
      hints: [
        "Read the bound's assumptions carefully: unbiasedness and regularity.",
        "Look for estimators that break an assumption (biased, or a support that depends on $\\theta$) and see whether the bound still binds.",
      ],
    },
  ],
  solution: [
    "For Poisson data ({{counts}}) $I(\\lambda) = 1/\\lambda$, so the bound is $\\lambda/n$; since $\\operatorname{Var}(\\bar x) = \\lambda/n$, the MLE $\\bar x$ is efficient. So is the Bernoulli $\\hat p$, with variance $p(1-p)/n = 1/(n\\,I(p))$.",
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
  scenarios: [
    { task: "predicting house prices from 40 features" },
    { task: "predicting crop yield from weather records" },
    { task: "predicting a patient's blood pressure from lab results" },
    { task: "predicting energy use of buildings from sensor readings" },
  ],
  prompt:
    "Linear regression for {{task}}, with Gaussian noise, $y_i \\sim \\mathcal N(\\mathbf x_i^\\top\\mathbf w, \\sigma^2)$, and a prior on the weights. The MLE maximises $\\log p(\\mathbf y \\mid \\mathbf w)$; the MAP estimate maximises $\\log p(\\mathbf y \\mid \\mathbf w) + \\log p(\\mathbf w)$.",
  parts: [
    {
      id: "ridge",
      prompt:
        "Ridge regression minimises $\\sum_i (y_i - \\mathbf x_i^\\top\\mathbf w)^2 + \\lambda\\lVert\\mathbf w\\rVert_2^2$. Which prior makes it the MAP estimate?",
      input: "choice",
      show: 4,
      options: [
        right(
          "gaussian",
          "Independent $\\mathcal N(0, \\tau^2)$ priors, with $\\lambda = \\sigma^2/\\tau^2$.",
          "$-\\log$ posterior $= \\frac{1}{2\\sigma^2}\\text{RSS} + \\frac{1}{2\\tau^2}\\lVert\\mathbf w\\rVert^2 + \\text{const}$; multiplying by $2\\sigma^2$ gives the ridge objective with $\\lambda = \\sigma^2/\\tau^2$.",
        ),
        right(
          "gaussian-short",
          "A zero-mean Gaussian prior on each weight.",
          "$-\\log \\mathcal N(w_j \\mid 0, \\tau^2) = w_j^2/(2\\tau^2) + \\text{const}$: a squared (L2) penalty, with $\\lambda = \\sigma^2/\\tau^2$ once the RSS has coefficient 1.",
        ),
        wrong("laplace", "Independent Laplace priors.", "A Laplace prior adds $\\sum_j |w_j|/b$: an L1 penalty, the lasso, not ridge."),
        wrong(
          "flat",
          "A flat (uniform) prior.",
          "A flat prior adds a constant, so MAP = MLE = ordinary least squares, with no penalty at all.",
        ),
        wrong(
          "ratio-flipped",
          "Independent $\\mathcal N(0, \\tau^2)$ priors on the weights, with $\\lambda = \\tau^2/\\sigma^2$.",
          "The ratio is upside down: a tighter prior (smaller $\\tau^2$) must mean a stronger penalty, so $\\lambda = \\sigma^2/\\tau^2$.",
        ),
        wrong(
          "centred-on-ols",
          "Independent Gaussian priors centred on the least-squares weights, so that the penalty measures the distance from them.",
          "Ridge shrinks towards 0, so the prior is centred at 0; a prior centred on an estimate from the same data would also use the data twice.",
        ),
        wrong(
          "cauchy",
          "Independent Cauchy priors, $p(w_j) \\propto 1/(1 + w_j^2/\\tau^2)$, whose log is quadratic near 0.",
          "The Cauchy prior adds $\\sum_j \\log(1 + w_j^2/\\tau^2)$, which is quadratic only near 0 and grows like a log for large weights: not the ridge penalty.",
        ),
      ],
      hints: [
        "Write $-\\log p(\\mathbf w)$ for a zero-mean Gaussian prior.",
        "Scale the negative log-posterior so that the RSS has coefficient 1.",
      ],
    },
    {
      id: "statements",
      prompt: "Which statements about MAP and MLE are true? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right("flat-prior", "With a flat prior, MAP and MLE coincide.", "A constant log-prior does not move the maximiser."),
        right(
          "large-n",
          "As $n$ grows, the MAP estimate approaches the MLE.",
          "The log-likelihood is a sum of $n$ terms while the log-prior stays fixed, so the data eventually dominate.",
        ),
        right(
          "tighter-prior",
          "A tighter prior (smaller $\\tau^2$) shrinks the MAP weights more towards 0.",
          "Smaller $\\tau^2$ means a larger $\\lambda = \\sigma^2/\\tau^2$, a heavier penalty on $\\lVert\\mathbf w\\rVert^2$, and more shrinkage.",
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
        wrong(
          "unbiased",
          "The ridge (MAP) weights are unbiased, like the least-squares ones.",
          "Shrinkage towards 0 biases the weights; ridge trades that bias for a lower variance.",
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
    "The log-prior is fixed while the log-likelihood grows with $n$, so MAP $\\to$ MLE for large samples; the prior matters most when data are scarce, and a tighter prior shrinks more (at the price of bias). MAP is a posterior mode: it carries no uncertainty, and, unlike the MLE, it changes under reparameterisation because the prior density picks up a Jacobian.",
  ].join("\n\n"),
};

const zeroCounts: ConceptSpec = {
  id: "concept-zero-counts-smoothing",
  title: "All heads, no tails",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["overfitting", "laplace-smoothing", "beta-prior", "naive-bayes"],
  source: "Bishop (2006), PRML §2.1 and §2.1.1; Murphy (2012), MLAPP §3.3 and §3.5",
  // n heads in n tosses: add-one (n + 1)/(n + 2), Jeffreys (n + ½)/(n + 1), posterior Beta(n + 1, 1).
  scenarios: [
    {
      n: "2",
      words: "twice",
      laplace: "\\frac{2 + 1}{2 + 2} = 0.75",
      a: "3",
      jeffreys: "(2 + 1/2)/(2 + 1) \\approx 0.833",
      median: "0.5^{1/3} \\approx 0.794",
    },
    {
      n: "3",
      words: "3 times",
      laplace: "\\frac{3 + 1}{3 + 2} = 0.8",
      a: "4",
      jeffreys: "(3 + 1/2)/(3 + 1) = 0.875",
      median: "0.5^{1/4} \\approx 0.841",
    },
    {
      n: "4",
      words: "4 times",
      laplace: "\\frac{4 + 1}{4 + 2} \\approx 0.833",
      a: "5",
      jeffreys: "(4 + 1/2)/(4 + 1) = 0.9",
      median: "0.5^{1/5} \\approx 0.871",
    },
    {
      n: "5",
      words: "5 times",
      laplace: "\\frac{5 + 1}{5 + 2} \\approx 0.857",
      a: "6",
      jeffreys: "(5 + 1/2)/(5 + 1) \\approx 0.917",
      median: "0.5^{1/6} \\approx 0.891",
    },
  ],
  prompt: "A coin is tossed {{words}} and lands heads all {{n}} times.",
  parts: [
    {
      id: "problem",
      prompt: "The MLE is $\\hat p = {{n}}/{{n}} = 1$. What is the problem with using it to predict the next tosses?",
      input: "choice",
      show: 4,
      options: [
        right(
          "zero-probability",
          "It gives tails probability 0, so any future sequence containing a tail gets likelihood 0 (log-likelihood $-\\infty$): the MLE overfits {{n}} tosses.",
          "With few data the MLE can sit on the boundary of the parameter space and declare unseen outcomes impossible: a future sequence with a tail has log-likelihood $-\\infty$. The MLE overfits {{n}} tosses.",
        ),
        right(
          "overfits",
          "It overfits: {{n}} tosses are taken as proof that tails never happen.",
          "$\\hat p = 1$ puts probability 0 on tails, so any future tail is 'impossible'; a prior (or smoothing) keeps some probability on the unseen outcome.",
        ),
        wrong(
          "biased",
          "It is biased.",
          "$E[\\hat p] = p$: the Bernoulli MLE is unbiased. The problem is an extreme estimate from very few data, not bias.",
        ),
        wrong(
          "really-half",
          "The MLE is actually 0.5.",
          "The likelihood $p^{ {{n}} }$ is largest at $p = 1$; no fair-coin default is built into the likelihood (that would be a prior).",
        ),
        wrong(
          "undefined",
          "The MLE is undefined, because the log-likelihood ${{n}}\\log p$ has no zero derivative on $[0, 1]$.",
          "The maximum is at the boundary $p = 1$, like the uniform's $x_{(n)}$: it exists, it is just extreme.",
        ),
        wrong(
          "log-zero",
          "The MLE does not exist, because the tails term $\\log(1 - p)$ is $-\\infty$ at $p = 1$.",
          "With no tails the tails term has count 0 and drops out: $\\ell(p) = {{n}}\\log p$ is finite at $p = 1$, where it is largest.",
        ),
      ],
      hints: [
        "What probability does $\\hat p = 1$ give to tails?",
        "What happens to the log-likelihood of a future sequence containing one tail?",
      ],
    },
    {
      id: "smoothed",
      prompt: "Laplace's rule of succession (add-one smoothing) gives ${{laplace}}$. What is its Bayesian reading?",
      input: "choice",
      show: 4,
      options: [
        right(
          "posterior-mean",
          "The posterior mean of $p$ under a uniform Beta(1, 1) prior.",
          "The posterior is Beta(1 + {{n}}, 1 + 0) = Beta({{a}}, 1), whose mean is ${{laplace}}$.",
        ),
        right(
          "map-beta22",
          "The MAP estimate under a Beta(2, 2) prior.",
          "The posterior is Beta({{n}} + 2, 2), whose mode is $({{n}} + 1)/({{n}} + 2)$: add-one is also the MAP under Beta(2, 2).",
        ),
        wrong(
          "map-uniform",
          "The MAP estimate under a uniform Beta(1, 1) prior.",
          "Under a flat prior the MAP equals the MLE, 1 (the mode of Beta({{a}}, 1)); ${{laplace}}$ is its mean. Add-one is the MAP only under a Beta(2, 2) prior.",
        ),
        wrong(
          "still-mle",
          "Still an MLE, after adding two imaginary tosses (one head, one tail), which also makes it unbiased.",
          "The pseudo-count reading is fine, but the result is not an MLE of the real data, and it is biased toward 1/2; its justification is the prior.",
        ),
        wrong(
          "jeffreys",
          "The posterior mean under a Jeffreys prior.",
          "That gives ${{jeffreys}}$ (add-one-half); add-one needs a Beta(1, 1) prior.",
        ),
        wrong(
          "posterior-median",
          "The posterior median of $p$ under a uniform Beta(1, 1) prior, the value with half the posterior on each side.",
          "The posterior Beta({{a}}, 1) has median ${{median}}$; add-one is its mean.",
        ),
      ],
      hints: [
        "A Beta($a$, $b$) prior with $k$ heads in $n$ tosses gives a Beta($a + k$, $b + n - k$) posterior.",
        "The mean of Beta($a$, $b$) is $a/(a+b)$; its mode is $(a-1)/(a+b-2)$.",
      ],
    },
    {
      id: "symptoms",
      prompt: "Which are symptoms of maximum likelihood overfitting a small sample? Select all that apply.",
      input: "multi",
      show: 5,
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
        right(
          "collapsing-component",
          "A Gaussian mixture component collapses onto a single data point, its variance shrinking to 0.",
          "The likelihood grows without bound as that component's variance goes to 0; a prior on the variances (or a floor) prevents it.",
        ),
        wrong(
          "poisson-biased",
          "The Poisson MLE $\\bar x$ is biased for small $n$.",
          "$E[\\bar x] = \\lambda$ at every $n$, so it is unbiased; with few data its weakness is variance (and $\\hat\\lambda = 0$ when every count is 0), not bias.",
        ),
        wrong(
          "thirty",
          "The MLE cannot be computed with fewer than 30 observations.",
          "There is no minimum sample size: {{n}} tosses give an MLE. Small samples make it extreme or noisy, not undefined.",
        ),
        wrong(
          "normal-approximation",
          "With 10 000 tosses, $\\hat p$ is approximately normally distributed.",
          "That is the large-sample behaviour the MLE is known for, not a symptom of overfitting a small sample.",
        ),
      ],
      hints: [
        "Overfitting here means trusting a small sample so much that unseen outcomes become impossible or the fit becomes degenerate.",
        "For each option, is the problem an extreme or degenerate estimate, or something else?",
      ],
    },
  ],
  solution: [
    "The Bernoulli log-likelihood ${{n}}\\log p$ is maximised at the boundary $\\hat p = 1$, which says tails can never happen: one future tail gives likelihood 0. With little data the MLE fits the sample too closely.",
    "A Beta(1, 1) (uniform) prior gives the posterior Beta({{a}}, 1), whose mean is $${{laplace}},$$ Laplace's rule of succession. (Its mode, the MAP, is still 1; add-one is the MAP under Beta(2, 2).) The same idea smooths word counts in naive Bayes, so that an unseen word does not zero a class.",
    "Other small-sample symptoms of the same kind: $\\hat\\sigma^2 = 0$ from one point, a mixture component collapsing onto one point, and infinite weights in logistic regression on separable data. Priors (MAP) or penalties fix them all.",
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
