/**
 * Concept questions on content-map topic 2, "MLE with closed forms": the steps of a derivation, the
 * closed form of each model and why, pooled binomial data, the normal variance, the uniform's boundary
 * maximum, the categorical constraint, the lognormal, and least squares as the Gaussian MLE.
 *
 * Each question varies with the seed (see `lib/questions/concept.ts`): a scenario fills the `{{name}}`
 * placeholders (numbers in a scenario are worked out for that scenario), and choice parts draw one of
 * several keyed phrasings plus distractors from a pool.
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
  scenarios: [
    { counts: "calls per minute at a help desk", zero: "no call came in any minute" },
    { counts: "typos per page of a manuscript", zero: "no page had a typo" },
    { counts: "goals per match of a football team", zero: "the team scored in no match" },
    { counts: "meteors per hour seen by an observer", zero: "no meteor was seen in any hour" },
  ],
  prompt:
    "Counts $x_1, \\dots, x_n$ of {{counts}} are modelled as i.i.d. Poisson($\\lambda$), $f(x \\mid \\lambda) = e^{-\\lambda}\\lambda^x / x!$.",
  parts: [
    {
      id: "steps",
      prompt: "Put the steps of deriving $\\hat\\lambda$ in order.",
      input: "order",
      steps: [
        {
          id: "likelihood",
          label: "Write the likelihood as a product over observations: $L(\\lambda) = \\prod_i e^{-\\lambda}\\lambda^{x_i}/x_i!$.",
        },
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
      show: 4,
      options: [
        right(
          "factorials",
          "$-\\sum_i \\log x_i!$",
          "It does not depend on $\\lambda$: it shifts $\\ell$ up or down by a constant and cannot move the maximiser.",
        ),
        right(
          "factorials-reason",
          "The factorial term, which is free of $\\lambda$",
          "$-\\sum_i \\log x_i!$ adds the same amount at every $\\lambda$, so dropping it leaves the maximiser where it was.",
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
          "None: every term changes where the maximum is",
          "A term free of $\\lambda$ adds the same amount at every $\\lambda$, so it cannot change which $\\lambda$ is best.",
        ),
        wrong(
          "both-data-free",
          "Both $-n\\lambda$ and $-\\sum_i \\log x_i!$, the terms that do not multiply $\\log\\lambda$",
          "$-n\\lambda$ depends on $\\lambda$; it balances $\\sum_i x_i\\log\\lambda$, and the maximum $\\bar x$ comes from that balance. Only the factorial term is free of $\\lambda$.",
        ),
      ],
      hints: ["Which terms contain $\\lambda$?", "Adding a constant to a function does not move its maximum."],
    },
    {
      id: "all-zero",
      prompt: "In the sample, {{zero}}: every count is 0. What is the MLE?",
      input: "choice",
      show: 4,
      options: [
        right(
          "boundary",
          "$\\hat\\lambda = 0$, on the boundary: $\\ell(\\lambda) = -n\\lambda$ decreases, so its maximum over $\\lambda \\ge 0$ is at 0, even though $\\ell'(0) = -n \\neq 0$.",
          "With $\\sum_i x_i = 0$, $\\ell(\\lambda) = -n\\lambda$ decreases, so its maximum over $\\lambda \\ge 0$ is at the edge; the score $-n$ never vanishes, and the formula $\\bar x = 0$ happens to give the same value.",
        ),
        right(
          "decreasing",
          "$\\hat\\lambda = 0$: $\\ell(\\lambda) = -n\\lambda$ is decreasing on $[0, \\infty)$.",
          "A decreasing function on $[0, \\infty)$ is largest at 0. The maximum is a boundary point, not a root of the score.",
        ),
        wrong(
          "score-root",
          "$\\hat\\lambda = 0$, found as the root of the score equation $\\ell'(\\lambda) = \\sum_i x_i/\\lambda - n = 0$.",
          "The value is right, the route is not: with all counts 0, $\\ell'(\\lambda) = -n$ has no root. The maximum is at the boundary $\\lambda = 0$, where the derivative is not 0.",
        ),
        wrong(
          "none",
          "There is no MLE.",
          "A maximum need not be a stationary point: $\\ell(\\lambda) = -n\\lambda$ is largest at the smallest allowed value, $\\lambda = 0$.",
        ),
        wrong(
          "smoothed",
          "$\\hat\\lambda = 1/(2n)$, a small positive rate.",
          "That is a smoothing choice (a prior in disguise), not the maximiser of this likelihood, which is 0.",
        ),
        wrong(
          "unbounded",
          "There is no MLE, because $\\ell(\\lambda)$ grows without bound as $\\lambda \\to 0$ and never attains its supremum.",
          "$\\ell(\\lambda) = -n\\lambda$ is bounded by its value $\\ell(0) = 0$, which is attained: the MLE exists and is 0.",
        ),
      ],
      hints: ["Write $\\ell(\\lambda)$ when $\\sum_i x_i = 0$.", "Where is a decreasing function on $[0, \\infty)$ largest?"],
    },
  ],
  solution: [
    "1. Likelihood: $L(\\lambda) = \\prod_{i=1}^n e^{-\\lambda}\\lambda^{x_i}/x_i!$.",
    "2. Log: $\\ell(\\lambda) = \\sum_i x_i \\log\\lambda - n\\lambda - \\sum_i \\log x_i!$; the last term is free of $\\lambda$ and can be dropped.",
    "3. Score: $\\ell'(\\lambda) = \\sum_i x_i / \\lambda - n$.",
    "4. Solve $\\ell'(\\lambda) = 0$: $\\hat\\lambda = \\frac1n\\sum_i x_i = \\bar x$, the mean number of {{counts}}.",
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
  // Each scenario's numbers: total successes S of N trials, pooled S/N, the mean and median of the three rates.
  scenarios: [
    {
      story:
        "Three clinics give one treatment, assumed to have the same success probability $p$ everywhere. Clinic 1: 3 successes in 4 patients; clinic 2: 10 in 20; clinic 3: 12 in 16",
      groups: "clinics",
      units: "patients",
      successes: "successes",
      S: "25",
      N: "40",
      F: "15",
      sum: "3 + 10 + 12",
      total: "4 + 20 + 16",
      pooled: "0.625",
      rates: "0.75 + 0.5 + 0.75",
      meanRate: "0.667",
      medianRate: "0.75",
      perGroup: "8.33",
      coefficients: "\\binom{4}{3}\\binom{20}{10}\\binom{16}{12}",
      big: "\\binom{20}{10}",
    },
    {
      story:
        "Three schools sit one exam, with the same pass probability $p$ assumed for every pupil. School 1: 2 passes among 5 pupils; school 2: 9 among 15; school 3: 21 among 30",
      groups: "schools",
      units: "pupils",
      successes: "passes",
      S: "32",
      N: "50",
      F: "18",
      sum: "2 + 9 + 21",
      total: "5 + 15 + 30",
      pooled: "0.64",
      rates: "0.4 + 0.6 + 0.7",
      meanRate: "0.567",
      medianRate: "0.6",
      perGroup: "10.67",
      coefficients: "\\binom{5}{2}\\binom{15}{9}\\binom{30}{21}",
      big: "\\binom{30}{21}",
    },
    {
      story:
        "Three shops run one promotion, with the same purchase probability $p$ assumed for every visitor. Shop 1: 1 purchase among 4 visitors; shop 2: 14 among 20; shop 3: 18 among 36",
      groups: "shops",
      units: "visitors",
      successes: "purchases",
      S: "33",
      N: "60",
      F: "27",
      sum: "1 + 14 + 18",
      total: "4 + 20 + 36",
      pooled: "0.55",
      rates: "0.25 + 0.7 + 0.5",
      meanRate: "0.483",
      medianRate: "0.5",
      perGroup: "11",
      coefficients: "\\binom{4}{1}\\binom{20}{14}\\binom{36}{18}",
      big: "\\binom{36}{18}",
    },
    {
      story:
        "Three batches of one seed variety are sown, with the same germination probability $p$ assumed for every seed. Batch 1: 6 germinate of 8 seeds; batch 2: 4 of 12; batch 3: 20 of 30",
      groups: "batches",
      units: "seeds",
      successes: "germinations",
      S: "30",
      N: "50",
      F: "20",
      sum: "6 + 4 + 20",
      total: "8 + 12 + 30",
      pooled: "0.6",
      rates: "0.75 + 0.333 + 0.667",
      meanRate: "0.583",
      medianRate: "0.667",
      perGroup: "10",
      coefficients: "\\binom{8}{6}\\binom{12}{4}\\binom{30}{20}",
      big: "\\binom{30}{20}",
    },
  ],
  prompt: "{{story}}.",
  parts: [
    {
      id: "estimate",
      prompt: "What is the MLE of $p$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "pooled",
          "$\\hat p = \\dfrac{ {{sum}} }{ {{total}} } = {{pooled}}$.",
          "The log-likelihood $\\sum_j \\big[s_j\\log p + (n_j - s_j)\\log(1-p)\\big]$ has score zero at total {{successes}} over total {{units}}.",
        ),
        right(
          "pooled-words",
          "Total {{successes}} over total {{units}}: $\\hat p = {{S}}/{{N}} = {{pooled}}$.",
          "With a common $p$ the three binomial likelihoods multiply into one with {{S}} {{successes}} and {{F}} failures, maximised at ${{S}}/{{N}}$.",
        ),
        wrong(
          "mean-of-rates",
          "$\\hat p = \\tfrac13({{rates}}) \\approx {{meanRate}}$, the average of the three rates.",
          "Averaging the three rates gives a small group as much weight as a large one. The likelihood weights every one of the {{units}} equally, which pools the counts.",
        ),
        wrong(
          "median-rate",
          "$\\hat p = {{medianRate}}$, the median rate.",
          "The median of per-group rates ignores how many {{units}} each group has and does not solve $\\sum_j s_j/p - \\sum_j (n_j - s_j)/(1-p) = 0$.",
        ),
        wrong("count", "$\\hat p = {{S}}$.", "That is a count, not a probability: divide it by the number of {{units}}, {{N}}."),
        wrong(
          "per-clinic",
          "$\\hat p = {{S}}/3 \\approx {{perGroup}}$.",
          "The parameter is a probability per unit; dividing by the 3 groups gives {{successes}} per group, which is not even in $[0, 1]$.",
        ),
        wrong(
          "logit-average",
          "$\\hat p = \\sigma\\big(\\tfrac13\\sum_j \\operatorname{logit}(s_j/n_j)\\big)$, the average of the groups' log-odds mapped back to a probability.",
          "That still averages groups rather than pooling {{units}}, and on another scale; the likelihood of a common $p$ is maximised by total {{successes}} over total {{units}}.",
        ),
      ],
      hints: [
        "Write the log-likelihood as a sum over groups of binomial log-probabilities.",
        "Collect the terms in $\\log p$ and in $\\log(1-p)$: what are their total coefficients?",
      ],
    },
    {
      id: "coefficients",
      prompt: "True or false: the binomial coefficients $\\binom{n_j}{s_j}$ in the likelihood change the MLE.",
      input: "choice",
      show: 4,
      options: [
        right(
          "false-constant",
          "False: because they do not depend on $p$.",
          "A factor free of $p$ adds a constant to the log-likelihood and cannot move the maximiser; the groups are weighted through the exponents $s_j$ and $n_j - s_j$, not through the coefficients.",
        ),
        right(
          "false-log-constant",
          "False: because in $\\log L$ they add a constant.",
          "$\\log\\binom{n_j}{s_j}$ is the same at every $p$, so it shifts $\\ell(p)$ without moving its peak.",
        ),
        wrong(
          "true-weights",
          "True: because they weight the groups.",
          "They multiply the whole likelihood by one constant, which cannot change where it is largest.",
        ),
        wrong(
          "true-large",
          "True: because they are huge for large groups.",
          "However large, a factor that does not depend on $p$ does not change where the maximum is.",
        ),
        wrong(
          "false-cancel",
          "False: because they cancel out.",
          "Right verdict, wrong reason: ${{coefficients}}$ does not cancel to 1; it is simply constant in $p$.",
        ),
        wrong(
          "true-small-group",
          "True: because the smallest group has the smallest coefficient, so it counts for less than its {{units}} would suggest.",
          "The coefficients never enter the score equation; every group counts exactly through its {{successes}} and failures.",
        ),
        wrong(
          "false-zero-log",
          "False: because in the log-likelihood each becomes $\\log\\binom{n_j}{s_j}$, which is 0 for binomial coefficients.",
          "Right verdict, wrong reason: $\\log\\binom{n_j}{s_j}$ is positive unless the coefficient is 1; it is dropped because it is constant in $p$, not because it is 0.",
        ),
      ],
      hints: ["Does ${{big}}$ contain $p$?", "What does a constant factor in $L$ become in $\\log L$?"],
    },
  ],
  solution: [
    "With a common $p$, the log-likelihood of the three groups is $$\\ell(p) = \\sum_{j=1}^3 \\Big[\\log\\binom{n_j}{s_j} + s_j\\log p + (n_j - s_j)\\log(1-p)\\Big] = \\text{const} + {{S}}\\log p + {{F}}\\log(1-p).$$",
    "Setting $\\ell'(p) = {{S}}/p - {{F}}/(1-p) = 0$ gives $\\hat p = {{S}}/{{N}} = {{pooled}}$: total {{successes}} over total {{units}}. The binomial coefficients are a constant and drop out.",
    "Averaging the rates (about {{meanRate}}) would weight a small group like a large one; that is not the maximiser of the likelihood, in which every one of the {{units}} counts once.",
  ].join("\n\n"),
};

const normalMle: ConceptSpec = {
  id: "concept-normal-mle",
  title: "The normal MLE of mean and variance",
  topic: "mle-closed-form",
  difficulty: "easy",
  tags: ["normal", "variance", "n-minus-1"],
  source: "Bishop (2006), PRML §1.2.4; Casella & Berger (2002), Statistical Inference §7.2.2",
  scenarios: [
    { data: "adult heights in centimetres" },
    { data: "reaction times in milliseconds" },
    { data: "daily returns of a stock index" },
    { data: "repeated weighings of one object" },
  ],
  prompt:
    "$x_1, \\dots, x_n$ ({{data}}) are modelled as i.i.d. $\\mathcal N(\\mu, \\sigma^2)$ with both parameters unknown. The log-likelihood is $$\\ell(\\mu, \\sigma^2) = -\\frac n2 \\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)^2.$$",
  parts: [
    {
      id: "variance",
      prompt: "What is the MLE of $\\sigma^2$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "divide-by-n",
          "$\\frac1n\\sum_i (x_i - \\bar x)^2$",
          "$\\partial\\ell/\\partial\\sigma^2 = -\\frac{n}{2\\sigma^2} + \\frac{1}{2\\sigma^4}\\sum_i (x_i - \\bar x)^2 = 0$ gives division by $n$.",
        ),
        right(
          "moments-form",
          "$\\frac1n\\sum_i x_i^2 - \\bar x^2$",
          "This is the same number as $\\frac1n\\sum_i (x_i - \\bar x)^2$ (expand the square), the root of the score for $\\sigma^2$: division by $n$.",
        ),
        wrong(
          "n-minus-1",
          "$\\frac{1}{n-1}\\sum_i (x_i - \\bar x)^2$, corrected for the fitted mean",
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
        wrong(
          "n-plus-1",
          "$\\frac{1}{n+1}\\sum_i (x_i - \\bar x)^2$, the smallest mean squared error",
          "Dividing by $n + 1$ does minimise the mean squared error among multiples of $\\sum_i (x_i - \\bar x)^2$ for normal data, but it is not the maximiser of the likelihood, which divides by $n$.",
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
      show: 4,
      options: [
        right(
          "factor-out",
          "Because the score $\\frac{1}{\\sigma^2}\\sum_i (x_i - \\mu)$ is 0 exactly when $\\sum_i (x_i - \\mu) = 0$.",
          "The positive factor $1/\\sigma^2$ cannot make the score zero, so its root $\\bar x$ does not depend on $\\sigma^2$, and the joint maximiser has $\\hat\\mu = \\bar x$.",
        ),
        right(
          "scales-only",
          "Because $\\sigma^2$ only scales the score for $\\mu$.",
          "$\\partial\\ell/\\partial\\mu = \\frac{1}{\\sigma^2}\\sum_i (x_i - \\mu)$: for every $\\sigma^2 > 0$ it vanishes at $\\mu = \\bar x$.",
        ),
        wrong(
          "assumed-known",
          "Because $\\sigma^2$ is assumed known.",
          "Nothing is assumed known here. The score for $\\mu$ vanishes at $\\bar x$ for every value of $\\sigma^2$, so no knowledge of $\\sigma^2$ is needed.",
        ),
        wrong(
          "always-unbiased",
          "Because $\\bar x$ is unbiased, and MLEs are unbiased.",
          "MLEs are not always unbiased ($\\hat\\sigma^2$ in this very model is biased); $\\bar x$ is the MLE because it solves the score equation.",
        ),
        wrong(
          "symmetry",
          "Because the normal is symmetric.",
          "Symmetry does not choose the estimator (the sample median is also symmetric, and is not the normal MLE); maximising $\\ell$ means minimising $\\sum_i (x_i - \\mu)^2$, which $\\bar x$ does.",
        ),
        wrong(
          "clt",
          "Because by the central limit theorem $\\bar x$ is approximately normal around $\\mu$ whatever $\\sigma^2$ is.",
          "The central limit theorem describes how $\\bar x$ varies, not where the likelihood peaks; the reason is that $\\sigma^2$ only scales the score for $\\mu$.",
        ),
        wrong(
          "absolute-deviations",
          "Because $\\bar x$ minimises the sum of absolute deviations $\\sum_i |x_i - \\mu|$, which does not involve $\\sigma^2$.",
          "The sum of absolute deviations is minimised by the median, not the mean; the normal log-likelihood involves squared deviations, minimised by $\\bar x$.",
        ),
      ],
      hints: ["Differentiate $\\ell$ with respect to $\\mu$.", "Can a factor $1/\\sigma^2 > 0$ change where an expression equals zero?"],
    },
  ],
  solution: [
    "**Mean.** $\\dfrac{\\partial\\ell}{\\partial\\mu} = \\dfrac{1}{\\sigma^2}\\sum_i (x_i - \\mu) = 0 \\Rightarrow \\hat\\mu = \\bar x$, for any $\\sigma^2$.",
    "**Variance.** With $v = \\sigma^2$ and $\\mu = \\bar x$: $$\\frac{\\partial\\ell}{\\partial v} = -\\frac{n}{2v} + \\frac{1}{2v^2}\\sum_i (x_i - \\bar x)^2 = 0 \\Rightarrow \\hat\\sigma^2 = \\frac1n\\sum_{i=1}^n (x_i - \\bar x)^2 = \\frac1n\\sum_{i=1}^n x_i^2 - \\bar x^2.$$",
    "The MLE divides by $n$; the unbiased $s^2$ divides by $n - 1$ (and $n + 1$ gives the smallest mean squared error for normal data). All are sensible estimators, but only the first maximises the likelihood.",
  ].join("\n\n"),
};

/** "Match": each model's parameter to its closed-form MLE; the last option is the uniform's method-of-moments trap. */
const FORMULA_LABELS = {
  mean: "$\\bar x = \\tfrac1n \\sum_i x_i$",
  reciprocal: "$1/\\bar x$",
  geometric: "$1/(1 + \\bar x)$",
  maximum: "$\\max_i x_i$",
  twiceMean: "$2\\bar x = \\tfrac2n \\sum_i x_i$",
} as const;

const matchClosedForms: ConceptSpec = {
  id: "concept-match-closed-form-mle",
  title: "Match each model to its MLE",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["closed-form", "match", "poisson", "exponential", "geometric", "uniform", "bernoulli"],
  source: "Casella & Berger (2002), Statistical Inference §7.2.2; Wasserman (2004), All of Statistics §9.3",
  scenarios: [
    {
      counts: "calls per hour",
      waits: "waiting times between buses",
      failures: "failed login attempts before a successful one",
      uniform: "arrival times of guests, spread evenly over a party lasting $\\theta$ hours",
      binary: "whether each visitor clicks",
    },
    {
      counts: "typos per page",
      waits: "times between earthquakes in a region",
      failures: "games lost before a team's first win",
      uniform: "positions of flaws along a cable of unknown length $\\theta$",
      binary: "whether each patient recovers",
    },
    {
      counts: "goals per match",
      waits: "service times at a counter",
      failures: "sales calls made before the first sale",
      uniform: "delays of a train, uniform between 0 and $\\theta$ minutes",
      binary: "whether each part is defective",
    },
    {
      counts: "accidents per week at a junction",
      waits: "lifetimes of light bulbs",
      failures: "tails before the first head",
      uniform: "numbers drawn by a random generator on $[0, \\theta]$",
      binary: "whether each email is opened",
    },
  ],
  prompt:
    "Each model below is fitted by maximum likelihood to an i.i.d. sample $x_1, \\dots, x_n$ with mean $\\bar x$ and largest value $x_{(n)} = \\max_i x_i$. Match each parameter to its MLE (an option may be used more than once, or not at all).",
  parts: [
    {
      id: "poisson",
      prompt: "Poisson rate $\\lambda$ of {{counts}}: $f(x) = e^{-\\lambda}\\lambda^x/x!$ for $x = 0, 1, 2, \\dots$",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "mean", {
        mean: "$\\ell'(\\lambda) = \\sum_i x_i/\\lambda - n = 0$ gives $\\hat\\lambda = \\bar x$: the rate is the mean count, $E[X] = \\lambda$.",
        reciprocal:
          "$1/\\bar x$ is the exponential rate, where $\\bar x$ is a mean waiting time; a Poisson $\\lambda$ is itself a mean count.",
        geometric: "$1/(1+\\bar x)$ solves the geometric score equation; the Poisson score $\\sum_i x_i/\\lambda - n = 0$ gives $\\bar x$.",
        maximum:
          "The largest value is the MLE only when the parameter bounds the support (the uniform); every Poisson count has positive probability for every $\\lambda > 0$.",
        twiceMean: "$2\\bar x$ is the method-of-moments estimate of a uniform upper end; it has nothing to do with the Poisson likelihood.",
      }),
      hints: ["What is $E[X]$ for a Poisson?", "Differentiate $\\sum_i (x_i\\log\\lambda - \\lambda)$."],
    },
    {
      id: "exponential",
      prompt: "Exponential rate $\\lambda$ for {{waits}}: $f(x) = \\lambda e^{-\\lambda x}$ for $x \\ge 0$.",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "reciprocal", {
        mean: "$\\bar x$ estimates the mean waiting time $1/\\lambda$, not the rate; by invariance the rate's MLE is $1/\\bar x$.",
        reciprocal:
          "$\\ell(\\lambda) = n\\log\\lambda - \\lambda\\sum_i x_i$, so $n/\\lambda - \\sum_i x_i = 0$ and $\\hat\\lambda = 1/\\bar x$: a rate is the reciprocal of the mean waiting time.",
        geometric:
          "$1/(1+\\bar x)$ comes from the geometric $(1-p)^x p$; the exponential score $n/\\lambda - \\sum_i x_i = 0$ has no '1 +'.",
        maximum: "The exponential's support $[0, \\infty)$ does not depend on $\\lambda$, so the largest value plays no special role.",
        twiceMean: "$2\\bar x$ has the units of time, while a rate has units of 1/time; it is the uniform's method-of-moments estimate.",
      }),
      hints: ["A rate of 2 per hour means a mean wait of half an hour.", "Differentiate $n\\log\\lambda - \\lambda\\sum_i x_i$."],
    },
    {
      id: "geometric",
      prompt: "Geometric success probability $p$, counting {{failures}}: $f(x) = (1-p)^x p$ for $x = 0, 1, 2, \\dots$",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "geometric", {
        mean: "$\\bar x$ is the mean number of failures, which can exceed 1; a probability is estimated by successes per trial.",
        reciprocal:
          "$1/\\bar x$ would be right if $x$ counted trials including the success ($x = 1, 2, \\dots$); counting failures, observation $i$ took $x_i + 1$ trials.",
        geometric:
          "$\\ell(p) = n\\log p + \\sum_i x_i\\log(1-p)$; $n/p - \\sum_i x_i/(1-p) = 0$ gives $\\hat p = n/(n + \\sum_i x_i) = 1/(1+\\bar x)$: successes over total trials.",
        maximum: "The geometric support $0, 1, 2, \\dots$ does not depend on $p$, so the largest count has no special role.",
        twiceMean: "$2\\bar x$ can exceed 1, so it is not even a probability.",
      }),
      hints: ["There are $n$ successes in $\\sum_i (x_i + 1)$ trials.", "Differentiate $n\\log p + \\sum_i x_i \\log(1-p)$."],
    },
    {
      id: "uniform",
      prompt: "Uniform upper end $\\theta$ for {{uniform}}: $f(x) = 1/\\theta$ for $0 \\le x \\le \\theta$.",
      input: "choice",
      options: matchOptions(FORMULA_LABELS, "maximum", {
        mean: "$\\bar x$ is below $x_{(n)}$ (unless all values are equal), and there the likelihood is 0: the largest observation would be impossible.",
        reciprocal: "$1/\\bar x$ has the wrong units for an upper end and ignores that $\\theta$ must be at least every observation.",
        geometric: "$1/(1+\\bar x)$ is the geometric MLE of a probability; $\\theta$ is the end of the support.",
        maximum:
          "$L(\\theta) = \\theta^{-n}$ for $\\theta \\ge x_{(n)}$ and 0 below: it decreases in $\\theta$, so it is largest at the smallest allowed value, $x_{(n)}$.",
        twiceMean:
          "$2\\bar x$ is the method-of-moments estimate (from $E[X] = \\theta/2$), not the maximiser; it can even fall below $x_{(n)}$, where the likelihood is 0.",
      }),
      hints: [
        "For which $\\theta$ is the likelihood 0?",
        "On the values of $\\theta$ where it is positive, is $\\theta^{-n}$ increasing or decreasing?",
      ],
    },
    {
      id: "bernoulli",
      prompt: "Bernoulli probability $p$ from 0/1 data ({{binary}}): $f(x) = p^x(1-p)^{1-x}$.",
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
    "- **Poisson** $\\lambda$ ({{counts}}): $\\sum_i x_i/\\lambda - n = 0 \\Rightarrow \\hat\\lambda = \\bar x$.\n- **Exponential** $\\lambda$ ({{waits}}): $n/\\lambda - \\sum_i x_i = 0 \\Rightarrow \\hat\\lambda = 1/\\bar x$.\n- **Geometric** $p$ ({{failures}}): $n/p - \\sum_i x_i/(1-p) = 0 \\Rightarrow \\hat p = 1/(1+\\bar x)$.\n- **Bernoulli** $p$ ({{binary}}): $\\hat p = \\bar x$, the proportion of ones.\n- **Uniform** $\\theta$: $L(\\theta) = \\theta^{-n}\\mathbf 1\\{\\theta \\ge x_{(n)}\\}$ decreases where it is positive, so $\\hat\\theta = x_{(n)}$, a boundary maximum with no zero derivative.",
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
  // Four observations in every scenario; max and 2 × mean worked out for each sample.
  scenarios: [
    { what: "waiting times in minutes", sample: "2.1,\\ 0.4,\\ 3.7,\\ 1.8", max: "3.7", twice: "4.0" },
    { what: "delays of a train in minutes", sample: "1.2,\\ 4.6,\\ 3.3,\\ 0.9", max: "4.6", twice: "5.0" },
    { what: "positions of flaws along a cable, in metres", sample: "5.2,\\ 1.1,\\ 2.9,\\ 0.8", max: "5.2", twice: "5.0" },
    { what: "outputs of a random number generator", sample: "0.7,\\ 2.6,\\ 1.5,\\ 3.0", max: "3.0", twice: "3.9" },
  ],
  prompt:
    "$x_1, \\dots, x_n$ ({{what}}) are i.i.d. uniform on $[0, \\theta]$; the sample is ${{sample}}$. The likelihood is $$L(\\theta) = \\prod_{i=1}^n \\frac{1}{\\theta}\\mathbf 1\\{x_i \\le \\theta\\} = \\begin{cases} \\theta^{-n} & \\theta \\ge x_{(n)} \\\\ 0 & \\theta < x_{(n)}. \\end{cases}$$",
  parts: [
    {
      id: "derivative",
      prompt: "True or false: the MLE is found by solving $\\frac{d}{d\\theta}\\log L(\\theta) = 0$.",
      input: "choice",
      show: 4,
      options: [
        right(
          "false-boundary",
          "False: because $-n/\\theta$ is never 0; the maximum is at the jump, $\\hat\\theta = x_{(n)} = {{max}}$.",
          "$\\frac{d}{d\\theta}\\log L = -n/\\theta$ on $[x_{(n)}, \\infty)$, where $L$ decreases; below $x_{(n)}$, $L = 0$. The maximum is where the likelihood jumps from 0 to $x_{(n)}^{-n}$; a derivative cannot find it.",
        ),
        right(
          "false-edge",
          "False: because the maximum sits at an edge, $x_{(n)} = {{max}}$.",
          "$L$ is 0 below the largest observation and decreasing above it, so it peaks exactly at $x_{(n)}$, where it is not differentiable; the score $-n/\\theta$ has no root.",
        ),
        right(
          "false-never-zero",
          "False: because $-n/\\theta \\neq 0$.",
          "On $[x_{(n)}, \\infty)$ the derivative of $\\log L$ is $-n/\\theta$, which is never 0; the maximum is the boundary point $x_{(n)} = {{max}}$, where $L$ jumps up from 0.",
        ),
        wrong(
          "true-always",
          "True: because every MLE is a root of the score.",
          "Only a maximum inside the parameter space where $L$ is differentiable is a root. Here $L$ jumps at $x_{(n)}$, and the maximum sits at that jump.",
        ),
        wrong(
          "true-moments",
          "True: because the score vanishes at $2\\bar x = {{twice}}$.",
          "The score $-n/\\theta$ is zero nowhere. $2\\bar x$ is the method-of-moments estimate (from $E[X] = \\theta/2$), not a stationary point of this likelihood.",
        ),
        wrong(
          "false-no-maximum",
          "False: because $L$ has no maximum at all.",
          "$L$ is 0 for $\\theta < {{max}}$ (the point {{max}} would be impossible), so small $\\theta$ is ruled out; on $[{{max}}, \\infty)$, $\\theta^{-4}$ is largest at {{max}}, which is attained.",
        ),
        wrong(
          "false-numerical",
          "False: because the score equation does have a root, but it can only be found numerically, by Newton's method.",
          "The score $-n/\\theta$ has no root at all, numerically or otherwise; the maximum is the boundary value $x_{(n)}$, found by reasoning about where $L$ is positive.",
        ),
        wrong(
          "true-concave",
          "True: because $\\log L = -n\\log\\theta$ is concave, so its single stationary point is the maximum.",
          "$-n\\log\\theta$ is convex, not concave, and it has no stationary point; the maximum is at the edge $x_{(n)}$ of the region where $L > 0$.",
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
      show: 5,
      options: [
        right("never-over", "It never overestimates $\\theta$.", "Every observation is at most $\\theta$, so their maximum is too."),
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
        right(
          "sufficient",
          "The likelihood depends on the data only through $x_{(n)}$, so $x_{(n)}$ is sufficient for $\\theta$.",
          "$L(\\theta) = \\theta^{-n}\\mathbf 1\\{\\theta \\ge x_{(n)}\\}$: given $n$, the largest value is all the likelihood uses.",
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
        wrong(
          "overestimates",
          "On average it overestimates $\\theta$, by $\\theta/(n+1)$.",
          "It can never exceed $\\theta$; on average it falls short by $\\theta - \\frac{n}{n+1}\\theta = \\theta/(n+1)$.",
        ),
      ],
      hints: [
        "Compare $x_{(n)}$ with $\\theta$ in every possible sample.",
        "$P(x_{(n)} \\le t) = (t/\\theta)^n$: use it for $E[x_{(n)}]$ and for how far below $\\theta$ it typically falls.",
      ],
    },
  ],
  solution: [
    "Each factor is $\\frac1\\theta$ if $x_i \\le \\theta$ and 0 otherwise, so $L(\\theta) = \\theta^{-4}$ for $\\theta \\ge {{max}}$ and 0 below. The log-likelihood's derivative $-4/\\theta$ never vanishes; $L$ is decreasing wherever it is positive, so it is maximised at the smallest admissible value: $$\\hat\\theta = x_{(n)} = {{max}}.$$",
    "Its properties are unusual because the support depends on $\\theta$: $\\hat\\theta \\le \\theta$ always, $E[\\hat\\theta] = \\frac{n}{n+1}\\theta$ (biased; $\\frac{n+1}{n}x_{(n)}$ is unbiased), and the error is of order $1/n$ with an exponential, not normal, limit. The method-of-moments estimate, here $2\\bar x = {{twice}}$, is unbiased but far noisier, with variance $\\theta^2/(3n)$, and can even fall below $x_{(n)}$.",
  ].join("\n\n"),
};

const leastSquares: ConceptSpec = {
  id: "concept-least-squares-gaussian-mle",
  title: "Least squares is a Gaussian MLE",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["linear-regression", "least-squares", "gaussian-noise"],
  source: "Hastie, Tibshirani & Friedman (2009), ESL §2.6.3 and §8.2.2; Bishop (2006), PRML §3.1.1",
  scenarios: [
    { y: "house prices", x: "floor area, age and distance to the centre" },
    { y: "crop yields", x: "rainfall, temperature and fertiliser" },
    { y: "exam scores", x: "hours studied and attendance" },
    { y: "fuel consumption of cars", x: "weight, engine size and speed" },
  ],
  prompt:
    "Linear regression of {{y}} on {{x}}: $y_i = \\mathbf x_i^\\top\\boldsymbol\\beta + \\varepsilon_i$, $i = 1, \\dots, n$, with $p$ coefficients and noise $\\varepsilon_i$ i.i.d. $\\mathcal N(0, \\sigma^2)$.",
  parts: [
    {
      id: "why",
      prompt: "Why is the MLE of $\\boldsymbol\\beta$ the least-squares fit?",
      input: "choice",
      show: 4,
      options: [
        right(
          "quadratic",
          "Because for any fixed $\\sigma^2$ the $\\boldsymbol\\beta$-part of $\\ell$ is $-\\text{RSS}(\\boldsymbol\\beta)/(2\\sigma^2)$.",
          "The log-likelihood is $-\\frac n2\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_i (y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)^2$: a negative multiple of the RSS plus terms free of $\\boldsymbol\\beta$, so maximising it minimises the RSS.",
        ),
        right(
          "squared-exponent",
          "Because the Gaussian density has the squared residual in its exponent.",
          "Taking logs, each observation contributes $-(y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)^2/(2\\sigma^2)$ plus a constant, so the log-likelihood is largest where the sum of squared residuals is smallest.",
        ),
        wrong(
          "gauss-markov",
          "Because of the Gauss–Markov theorem.",
          "Gauss–Markov says least squares is the best *linear unbiased* estimator under uncorrelated, equal-variance noise, with no normality assumed; it says nothing about likelihood.",
        ),
        wrong(
          "any-noise",
          "Because least squares is the MLE for any zero-mean noise.",
          "Only Gaussian noise puts the squared residual in the log-density: Laplace noise gives least absolute deviations, Student-$t$ noise a robust fit.",
        ),
        wrong(
          "sigma-known",
          "Only because $\\sigma^2$ is assumed known.",
          "Whatever $\\sigma^2$ is, the $\\boldsymbol\\beta$ that minimises the RSS maximises the log-likelihood, so the joint MLE keeps the least-squares $\\hat{\\boldsymbol\\beta}$.",
        ),
        wrong(
          "clt",
          "Because by the central limit theorem the estimates are approximately normal whatever the noise, which makes least squares the MLE.",
          "The central limit theorem concerns the sampling distribution of $\\hat{\\boldsymbol\\beta}$, not the likelihood; with non-Gaussian noise the MLE is a different estimator.",
        ),
        wrong(
          "projection",
          "Because least squares projects $\\mathbf y$ onto the column space of $X$, and an orthogonal projection always maximises a likelihood.",
          "The projection is the geometry of least squares, not a reason for it to be an MLE; a projection maximises the Gaussian likelihood only because that likelihood is a function of the squared distance.",
        ),
      ],
      hints: [
        "Write the log of the normal density of one residual $y_i - \\mathbf x_i^\\top\\boldsymbol\\beta$.",
        "Which terms of the sum over $i$ depend on $\\boldsymbol\\beta$?",
      ],
    },
    {
      id: "breaks",
      prompt:
        "Which changes to the noise model make the MLE of $\\boldsymbol\\beta$ differ from ordinary least squares? Select all that apply.",
      input: "multi",
      show: 5,
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
        right(
          "correlated",
          "Gaussian noise correlated between neighbouring observations, with a known correlation.",
          "The log-likelihood becomes $-\\frac12\\boldsymbol\\varepsilon^\\top\\Sigma^{-1}\\boldsymbol\\varepsilon$ + const with a non-diagonal $\\Sigma$: the MLE is generalised least squares.",
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
        wrong(
          "rescaled",
          "Gaussian noise, with the features measured in other units (each column of $X$ rescaled).",
          "Rescaling a column rescales its coefficient; the fitted values, and the least-squares solution, are unchanged up to that relabelling.",
        ),
      ],
      hints: [
        "Least squares appears exactly when $-\\log f(\\varepsilon)$ is a quadratic in $\\varepsilon$ with the same weight for every point.",
        "For each option, write $-\\log f(y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)$ and check whether it is $c\\,(y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)^2$ + const with one $c$ for all $i$, and no cross terms between points.",
      ],
    },
    {
      id: "noise-variance",
      prompt: "What is the MLE of $\\sigma^2$, with $\\text{RSS} = \\sum_i (y_i - \\mathbf x_i^\\top\\hat{\\boldsymbol\\beta})^2$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "rss-over-n",
          "$\\text{RSS}/n$",
          "Setting $\\partial\\ell/\\partial\\sigma^2 = 0$ gives division by $n$, as for the normal variance; like it, this MLE is biased downward.",
        ),
        right(
          "mean-squared-residual",
          "The average of the squared residuals",
          "$\\partial\\ell/\\partial\\sigma^2 = -\\frac{n}{2\\sigma^2} + \\frac{\\text{RSS}}{2\\sigma^4} = 0$ gives $\\text{RSS}/n$: the average squared residual.",
        ),
        wrong(
          "rss-over-n-p",
          "$\\text{RSS}/(n - p)$",
          "That is the unbiased estimate regression software reports; the MLE divides by $n$ and makes no correction for the $p$ fitted coefficients.",
        ),
        wrong("root", "$\\sqrt{\\text{RSS}/n}$", "That is $\\hat\\sigma$, the MLE of the standard deviation, not of the variance."),
        wrong("rss", "$\\text{RSS}$", "The RSS grows with $n$; a variance is an average squared residual, so divide by $n$."),
        wrong(
          "rss-over-2n",
          "$\\text{RSS}/(2n)$, from the factor $\\tfrac12$ in the Gaussian exponent",
          "The $\\tfrac12$ appears in both terms of $\\partial\\ell/\\partial\\sigma^2 = -\\frac{n}{2\\sigma^2} + \\frac{\\text{RSS}}{2\\sigma^4}$ and cancels: the root is $\\text{RSS}/n$.",
        ),
      ],
      hints: [
        "The $\\sigma^2$ part of $\\ell$ is $-\\frac n2\\log\\sigma^2 - \\text{RSS}/(2\\sigma^2)$.",
        "Differentiate in $\\sigma^2$ and solve.",
      ],
    },
  ],
  solution: [
    "With Gaussian noise, $$\\ell(\\boldsymbol\\beta, \\sigma^2) = -\\frac n2\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (y_i - \\mathbf x_i^\\top\\boldsymbol\\beta)^2.$$ For every $\\sigma^2$ the $\\boldsymbol\\beta$-part is $-\\text{RSS}(\\boldsymbol\\beta)/(2\\sigma^2)$, so $\\hat{\\boldsymbol\\beta}$ minimises the RSS: $\\hat{\\boldsymbol\\beta} = (X^\\top X)^{-1}X^\\top\\mathbf y$. Then $\\partial\\ell/\\partial\\sigma^2 = 0$ gives $\\hat\\sigma^2 = \\text{RSS}/n$ (biased; $\\text{RSS}/(n-p)$ is unbiased).",
    "The equivalence is tied to independent Gaussian noise of one variance: Laplace noise gives least absolute deviations, unequal known variances give weighted least squares, correlated noise gives generalised least squares, Student-$t$ noise gives a robust, iteratively reweighted fit. An unknown $\\sigma^2$, a constant noise mean absorbed by the intercept, or features in other units leave the least-squares fit unchanged.",
  ].join("\n\n"),
};

const categorical: ConceptSpec = {
  id: "concept-categorical-mle-constraint",
  title: "Categorical MLE under a constraint",
  topic: "mle-closed-form",
  difficulty: "medium",
  tags: ["categorical", "multinomial", "lagrange-multiplier"],
  source: "Bishop (2006), PRML §2.2; Murphy (2012), MLAPP §3.4",
  // For each scenario: n₆/n, n₆/(n − n₆), n₆/6 and the add-one estimate (n₆ + 1)/(n + 6).
  scenarios: [
    {
      n: "60",
      counts: "(8, 12, 9, 11, 6, 14)",
      six: "14",
      rest: "46",
      prop: "14/60 = 7/30 \\approx 0.233",
      odds: "14/46 \\approx 0.304",
      perFace: "14/6 \\approx 2.33",
      addOne: "15/66 \\approx 0.227",
    },
    {
      n: "60",
      counts: "(10, 7, 13, 9, 12, 9)",
      six: "9",
      rest: "51",
      prop: "9/60 = 0.15",
      odds: "9/51 \\approx 0.176",
      perFace: "9/6 = 1.5",
      addOne: "10/66 \\approx 0.152",
    },
    {
      n: "120",
      counts: "(18, 22, 19, 21, 16, 24)",
      six: "24",
      rest: "96",
      prop: "24/120 = 0.2",
      odds: "24/96 = 0.25",
      perFace: "24/6 = 4",
      addOne: "25/126 \\approx 0.198",
    },
    {
      n: "50",
      counts: "(5, 9, 7, 11, 8, 10)",
      six: "10",
      rest: "40",
      prop: "10/50 = 0.2",
      odds: "10/40 = 0.25",
      perFace: "10/6 \\approx 1.67",
      addOne: "11/56 \\approx 0.196",
    },
  ],
  prompt:
    "A die is rolled $n = {{n}}$ times with face counts $(n_1, \\dots, n_6) = {{counts}}$. Under the categorical model the log-likelihood is $\\ell(\\mathbf p) = \\sum_{k=1}^6 n_k\\log p_k$ (plus a constant), with $p_k \\ge 0$ and $\\sum_k p_k = 1$.",
  parts: [
    {
      id: "constraint",
      prompt: "Why can't you simply set $\\partial\\ell/\\partial p_k = 0$ for each $k$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "lagrange",
          "Because $n_k/p_k$ is never 0; the constraint $\\sum_k p_k = 1$ must be built in, e.g. with a Lagrange multiplier.",
          "Unconstrained, $\\ell$ grows by making every $p_k$ larger. Maximising $\\sum_k n_k\\log p_k + \\lambda(1 - \\sum_k p_k)$ gives $p_k = n_k/\\lambda$ and, from the constraint, $\\lambda = n$.",
        ),
        right(
          "unbounded",
          "Because without $\\sum_k p_k = 1$, $\\ell$ increases in every $p_k$.",
          "Each partial derivative $n_k/p_k$ is positive; only the constraint (a Lagrange multiplier, or substituting $p_6 = 1 - \\sum_{k<6} p_k$) stops the probabilities growing.",
        ),
        wrong(
          "not-concave",
          "Because $\\ell$ is not concave in $\\mathbf p$.",
          "$\\ell$ is concave (a sum of $n_k\\log p_k$); the trouble is that without the constraint it has no stationary point at all.",
        ),
        wrong(
          "integer-counts",
          "Because the counts are integers.",
          "$\\ell$ is differentiated in $\\mathbf p$, not in the counts, and it is smooth for $p_k > 0$.",
        ),
        wrong(
          "fix-last",
          "Because only 5 of the 6 parameters are free; set $p_6 = 1/6$ and solve the five remaining equations.",
          "Eliminating a parameter works only by substituting $p_6 = 1 - \\sum_{k<6} p_k$; fixing $p_6 = 1/6$ assumes the die is fair on that face.",
        ),
        wrong(
          "log-zero",
          "Because $\\log p_k$ is undefined at $p_k = 0$, so the derivative cannot be set to zero on the boundary of the simplex.",
          "The maximum is inside the simplex whenever every face was seen; the real obstacle is that $n_k/p_k$ is positive everywhere, so without the constraint there is no maximum.",
        ),
      ],
      hints: [
        "Compute $\\partial\\ell/\\partial p_k$: can it be 0?",
        "What stops every $p_k$ from growing? How do you build that into the maximisation?",
      ],
    },
    {
      id: "estimate",
      prompt: "What is $\\hat p_6$?",
      input: "choice",
      show: 4,
      options: [
        right("proportion", "${{prop}}$", "The MLE of each category probability is its observed proportion, $\\hat p_k = n_k/n$."),
        right(
          "proportion-words",
          "$n_6/n$, the share of sixes",
          "From $p_k = n_k/\\lambda$ and $\\lambda = n$: the MLE is the observed proportion, here ${{prop}}$.",
        ),
        wrong(
          "fair",
          "$1/6 \\approx 0.167$, the value for a fair die",
          "That is the fair-die value, assumed rather than estimated; the MLE is the observed proportion, ${{prop}}$.",
        ),
        wrong(
          "odds",
          "${{odds}}$",
          "That divides by the other rolls (${{n}} - {{six}} = {{rest}}$), an odds-like ratio, not a proportion of all {{n}} rolls.",
        ),
        wrong(
          "per-face",
          "${{perFace}}$",
          "Dividing by the number of faces gives a count per face, not a probability; the six estimates must sum to 1, so divide by the {{n}} rolls.",
        ),
        wrong(
          "add-one",
          "${{addOne}}$, with one extra roll of each face",
          "Adding one pseudo-count per face (Laplace smoothing) is a posterior mean under a uniform Dirichlet prior, not the maximiser of this likelihood.",
        ),
      ],
      hints: ["From $p_k = n_k/\\lambda$ and $\\sum_k p_k = 1$, what is $\\lambda$?", "Divide the count of sixes by the number of rolls."],
    },
  ],
  solution: [
    "Unconstrained, $\\partial\\ell/\\partial p_k = n_k/p_k > 0$, so $\\ell$ has no maximum. With a Lagrange multiplier, $$\\frac{\\partial}{\\partial p_k}\\Big[\\sum_j n_j\\log p_j + \\lambda\\big(1 - \\sum_j p_j\\big)\\Big] = \\frac{n_k}{p_k} - \\lambda = 0 \\Rightarrow p_k = \\frac{n_k}{\\lambda},$$ and $\\sum_k p_k = 1$ gives $\\lambda = \\sum_k n_k = n$. So $\\hat p_k = n_k/n$.",
    "Here $\\hat p_6 = {{prop}}$. (A face never rolled would get $\\hat p_k = 0$, which is the overfitting that smoothing fixes.)",
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
  scenarios: [
    { what: "Insurance claim sizes", mean: "the mean claim" },
    { what: "Household incomes", mean: "the mean income" },
    { what: "Sizes of files on a server", mean: "the mean file size" },
    { what: "Times to repair a machine", mean: "the mean repair time" },
  ],
  prompt: "{{what}} $x_1, \\dots, x_n > 0$ are modelled as lognormal: $\\log x_i$ i.i.d. $\\mathcal N(\\mu, \\sigma^2)$.",
  parts: [
    {
      id: "mu",
      prompt: "What is the MLE of $\\mu$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "mean-of-logs",
          "$\\frac1n\\sum_i \\log x_i$",
          "The lognormal density is the normal density of $\\log x$ times the Jacobian $1/x$, which involves neither $\\mu$ nor $\\sigma$; so the MLE is the normal MLE computed on the logs.",
        ),
        right(
          "log-geometric-mean",
          "The log of the geometric mean of the $x_i$, $\\log\\big(\\prod_i x_i\\big)^{1/n}$, which is the mean of the logs",
          "$\\log\\big(\\prod_i x_i\\big)^{1/n} = \\frac1n\\sum_i \\log x_i$: the mean of the logs, which is the normal MLE of $\\mu$ computed on the $\\log x_i$.",
        ),
        wrong(
          "log-of-mean",
          "$\\log\\bar x$",
          "The log of the mean exceeds the mean of the logs (Jensen's inequality, strictly unless all $x_i$ are equal); the likelihood is the normal likelihood of the $\\log x_i$, maximised by their mean.",
        ),
        wrong(
          "sample-mean",
          "$\\bar x$",
          "$\\mu = E[\\log X]$ lives on the log scale, while $\\bar x$ estimates $E[X]$ on the original scale.",
        ),
        wrong(
          "median-of-logs",
          "The median of the $\\log x_i$, robust to a few extreme values",
          "The median of the logs is a robust alternative, but the normal likelihood of the logs is maximised by their mean.",
        ),
        wrong(
          "log-mean-corrected",
          "$\\log\\bar x - \\hat\\sigma^2/2$, undoing the lognormal mean $e^{\\mu + \\sigma^2/2}$",
          "That is a moment-matching estimate (it solves $\\bar x = e^{\\mu + \\sigma^2/2}$), not the maximiser; the likelihood of the logs is maximised by their mean.",
        ),
      ],
      hints: [
        "If $Y = \\log X$, what is the density of $X$ in terms of that of $Y$?",
        "Does the Jacobian factor $1/x$ depend on the parameters?",
      ],
    },
    {
      id: "mean-claim",
      prompt:
        "With $\\hat\\mu$ and $\\hat\\sigma^2 = \\frac1n\\sum_i (\\log x_i - \\hat\\mu)^2$, what is the MLE of {{mean}} $E[X] = e^{\\mu + \\sigma^2/2}$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "invariance",
          "$e^{\\hat\\mu + \\hat\\sigma^2/2}$",
          "By the invariance of the MLE, the MLE of a function of the parameters is that function of their MLEs.",
        ),
        right(
          "invariance-words",
          "Plug the MLEs into $e^{\\mu + \\sigma^2/2}$ (invariance)",
          "Invariance: the MLE of $g(\\mu, \\sigma^2)$ is $g(\\hat\\mu, \\hat\\sigma^2)$, here $e^{\\hat\\mu + \\hat\\sigma^2/2}$.",
        ),
        wrong(
          "sample-mean",
          "$\\bar x$",
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
        wrong(
          "unbiased-variance",
          "$e^{\\hat\\mu + s^2/2}$, with $s^2$ the unbiased ($n - 1$) variance of the logs",
          "Invariance plugs in the MLEs, and the MLE of $\\sigma^2$ divides by $n$; with $s^2$ the result is a reasonable estimator, but not the MLE.",
        ),
      ],
      hints: [
        "The mean is a function of $(\\mu, \\sigma^2)$. What does invariance say about functions of parameters?",
        "Plug the MLEs into $e^{\\mu + \\sigma^2/2}$.",
      ],
    },
    {
      id: "unbiased",
      prompt: "True or false: $e^{\\hat\\mu + \\hat\\sigma^2/2}$ is an unbiased estimator of $E[X]$.",
      input: "choice",
      show: 4,
      options: [
        right(
          "false-nonlinear",
          "False: because invariance preserves maximisers, not unbiasedness.",
          "Since $\\hat\\mu \\sim \\mathcal N(\\mu, \\sigma^2/n)$, $E[e^{\\hat\\mu}] = e^{\\mu + \\sigma^2/(2n)} \\neq e^{\\mu}$, and $\\hat\\sigma^2$ is itself biased; a nonlinear function of estimators is biased in general. The estimator is consistent, so the bias vanishes as $n \\to \\infty$.",
        ),
        right(
          "false-jensen",
          "False: because $E[e^{\\hat\\mu}] = e^{\\mu + \\sigma^2/(2n)}$, not $e^{\\mu}$.",
          "Expectations do not pass through the nonlinear $e^{(\\cdot)}$ (Jensen); the plug-in estimator is biased at every finite $n$, though consistent.",
        ),
        right(
          "false-convex",
          "False: because $e^{(\\cdot)}$ is convex.",
          "Expectations do not pass through a convex function (Jensen): already $E[e^{\\hat\\mu}] = e^{\\mu + \\sigma^2/(2n)} > e^{\\mu}$, and $\\hat\\sigma^2$ is biased as well. The bias vanishes as $n \\to \\infty$.",
        ),
        wrong(
          "true-mles-unbiased",
          "True: because MLEs are unbiased.",
          "MLEs are often biased ($\\hat\\sigma^2$ divides by $n$), and a nonlinear function of unbiased estimators is biased in general (Jensen).",
        ),
        wrong(
          "true-invariance",
          "True: because invariance keeps unbiasedness.",
          "Invariance is about where the likelihood is maximised; expectations do not commute with nonlinear functions like $e^{(\\cdot)}$.",
        ),
        wrong(
          "false-inconsistent",
          "False: because it does not even converge to $E[X]$ as $n$ grows, the bias of $\\hat\\sigma^2$ being carried into the exponent.",
          "Right verdict, wrong reason: $\\hat\\mu \\to \\mu$ and $\\hat\\sigma^2 \\to \\sigma^2$, so by continuity the estimator is consistent; it is biased only for finite $n$.",
        ),
        wrong(
          "true-consistent",
          "True: because it converges to $E[X]$ as $n$ grows, and a consistent estimator is unbiased.",
          "Consistency is a limit statement and allows bias at every finite $n$; here $E[e^{\\hat\\mu}] = e^{\\mu + \\sigma^2/(2n)}$ already differs from $e^{\\mu}$.",
        ),
        wrong(
          "false-median",
          "False: because it estimates the median $e^{\\mu}$ of the lognormal, not its mean.",
          "Right verdict, wrong reason: $e^{\\hat\\mu + \\hat\\sigma^2/2}$ targets the mean $e^{\\mu + \\sigma^2/2}$; it is biased because $e^{(\\cdot)}$ is nonlinear.",
        ),
      ],
      hints: [
        "Is $E[g(\\hat\\theta)] = g(E[\\hat\\theta])$ for a convex $g$?",
        "Compute $E[e^{\\hat\\mu}]$ using $\\hat\\mu \\sim \\mathcal N(\\mu, \\sigma^2/n)$.",
      ],
    },
  ],
  solution: [
    "With $y_i = \\log x_i$, the lognormal density is $f(x) = \\phi(\\log x \\mid \\mu, \\sigma^2)/x$; the factor $1/x$ is free of the parameters, so $$\\hat\\mu = \\frac1n\\sum_i \\log x_i, \\qquad \\hat\\sigma^2 = \\frac1n\\sum_i (\\log x_i - \\hat\\mu)^2.$$",
    "For {{mean}}, $E[X] = e^{\\mu + \\sigma^2/2}$, so by invariance its MLE is $e^{\\hat\\mu + \\hat\\sigma^2/2}$: not $\\bar x$ (unbiased, but not the MLE), not $e^{\\hat\\mu}$ (the median).",
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
