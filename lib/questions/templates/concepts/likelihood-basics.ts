/**
 * Concept questions on content-map topic 1, "Likelihood": probability vs likelihood, the likelihood is
 * not a density in θ, the i.i.d. product, why we maximise the log (monotone, sums, underflow), the
 * vocabulary of Bayes' theorem, and the likelihood principle.
 *
 * Each question varies with the seed (see `lib/questions/concept.ts`): a scenario fills the `{{name}}`
 * placeholders, and choice parts draw one of several keyed phrasings plus distractors from a pool.
 */
import type { ConceptSpec } from "../../concept";
import { matchOptions, right, wrong } from "./likelihood-options";

const probabilityVsLikelihood: ConceptSpec = {
  id: "concept-probability-vs-likelihood",
  title: "Probability or likelihood?",
  topic: "likelihood",
  difficulty: "easy",
  tags: ["likelihood", "probability", "binomial"],
  source: "Casella & Berger (2002), Statistical Inference §6.3.1; Wasserman (2004), All of Statistics §9.3",
  // The same 7 successes in 10 trials in every setting, so the numbers below hold in all of them.
  scenarios: [
    { setup: "A coin is tossed $n = 10$ times and lands heads $7$ times", successes: "heads", p: "the probability of heads" },
    {
      setup: "A basketball player takes $n = 10$ free throws and makes $7$ of them",
      successes: "made throws",
      p: "the player's success rate",
    },
    { setup: "Of $n = 10$ patients given a new drug, $7$ recover", successes: "recoveries", p: "the recovery probability" },
    { setup: "Of $n = 10$ marketing emails, $7$ are opened", successes: "opened emails", p: "the open rate" },
    { setup: "Of $n = 10$ seeds planted, $7$ germinate", successes: "germinations", p: "the germination probability" },
  ],
  prompt: "{{setup}}. With $p$ = {{p}}, the binomial model gives $$f(7 \\mid p) = \\binom{10}{7} p^7 (1-p)^3.$$",
  parts: [
    {
      id: "reading",
      prompt: "Which reading of $f(x \\mid p)$ is right?",
      input: "choice",
      show: 4,
      options: [
        right(
          "two-readings",
          "For fixed $p$ it is a mass function over outcomes $x$; for the observed $x = 7$ it is the likelihood $L(p)$.",
          "Same formula, two readings: a probability varies the data for a fixed parameter, a likelihood varies the parameter for the fixed, observed data.",
        ),
        right(
          "function-of-p",
          "Read as a function of $p$, with $x = 7$ held fixed, it is the likelihood.",
          "The likelihood is the model's probability of the observed data, read as a function of the parameter; with $x$ varying instead it is the mass function.",
        ),
        right(
          "one-formula",
          "One formula read two ways: vary $x$ and it is a probability, vary $p$ and it is a likelihood.",
          "Nothing changes in the formula: only which symbol is held fixed. The likelihood holds the observed data fixed.",
        ),
        right(
          "likelihood-once-fixed",
          "The likelihood, once $x = 7$ is fixed.",
          "Holding the observed $x = 7$ fixed and letting $p$ vary turns the mass function into the likelihood $L(p)$.",
        ),
        wrong(
          "probability-of-p",
          "$L(0.7) \\approx 0.267$ is the probability that $p = 0.7$.",
          "That would be a posterior probability of $p$, which needs a prior (Bayes' theorem). $L(0.7)$ is the probability of the observed 7 {{successes}} *if* $p$ were 0.7; and a continuous $p$ has probability 0 of equalling any single value.",
        ),
        wrong(
          "different-formula",
          "The likelihood is a different formula: it drops the binomial coefficient, so it is only $p^7(1-p)^3$, and $f(7 \\mid p)$ is the probability.",
          "Dropping $\\binom{10}{7}$ is allowed when maximising because it does not depend on $p$, but that is a convenience, not the definition: the likelihood is the same $f(x \\mid p)$ read with $x$ fixed.",
        ),
        wrong(
          "sums-to-one",
          "Read either way it is a distribution that sums or integrates to 1.",
          "Only the sum over outcomes $x = 0, \\dots, 10$ is 1. Over $p$, $\\int_0^1 \\binom{10}{7} p^7 (1-p)^3 \\, dp = 1/11$: a likelihood is not a distribution over the parameter.",
        ),
        wrong(
          "whatever-p",
          "It is the probability of 7 {{successes}}, whatever $p$ is.",
          "The probability of 7 {{successes}} depends on $p$. A 'whatever $p$ is' value needs an average over a prior, $\\int f(7 \\mid p)\\, \\pi(p)\\, dp$: that is the marginal likelihood (evidence), a different quantity.",
        ),
        wrong(
          "posterior-density",
          "With the data fixed and $p$ varying it is the posterior density of $p$, because conditioning on the data is what a posterior does.",
          "A posterior needs a prior and a normalising constant: $\\pi(p \\mid x) = f(x \\mid p)\\pi(p) / \\int f(x \\mid p')\\pi(p')\\,dp'$. The likelihood alone is neither.",
        ),
      ],
      hints: [
        "In each reading, which symbol is held fixed and which one varies?",
        "Try integrating $\\binom{10}{7} p^7(1-p)^3$ over $p \\in [0, 1]$: do you get 1?",
      ],
    },
    {
      id: "compare",
      prompt: "$L(0.7) \\approx 0.267$ and $L(0.5) \\approx 0.117$. What do these two numbers tell you?",
      input: "choice",
      show: 4,
      options: [
        right(
          "ratio",
          "The data are about 2.3 times as probable under $p = 0.7$ as under $p = 0.5$.",
          "Likelihoods compare parameter values on the same data: $0.267 / 0.117 \\approx 2.3$.",
        ),
        right(
          "support-ratio",
          "The observed data support $p = 0.7$ over $p = 0.5$ by a likelihood ratio of $0.267/0.117 \\approx 2.3$; neither number is a probability of $p$.",
          "The ratio $L(0.7)/L(0.5) \\approx 2.3$ is what carries meaning: how much better one value explains the same data than another.",
        ),
        wrong(
          "posterior-ratio",
          "$p = 0.7$ is about 2.3 times as probable as $p = 0.5$.",
          "That is a statement about $p$, which needs a prior: the posterior odds are the likelihood ratio times the prior odds. Only with equal prior weight on the two values would they coincide.",
        ),
        wrong(
          "threshold",
          "$p = 0.5$ is ruled out: its likelihood is below 0.5.",
          "There is no absolute threshold: likelihood values shrink as the sample grows (every particular sequence becomes less probable), so only comparisons on the same data mean something.",
        ),
        wrong(
          "mass-left",
          "The values $p = 0.7$ and $p = 0.5$ carry probability 0.267 and 0.117; the remaining 0.616 is spread over the other values of $p$.",
          "Likelihood values over different $p$ are not pieces of one distribution and do not add up to anything: each is the probability of the same data under a different model.",
        ),
        wrong(
          "difference",
          "$p = 0.7$ beats $p = 0.5$ by $0.267 - 0.117 = 0.15$ in probability.",
          "A difference of likelihoods is not a difference of probabilities of $p$; likelihoods are compared by their ratio (or by a difference of log-likelihoods).",
        ),
        wrong(
          "not-supported",
          "Even the best of the two, $p = 0.7$, has likelihood below one half, so the data are more likely to be wrong about it than right.",
          "A likelihood is the probability of the observed data, not of $p$ being right; with more trials every value would fall far below one half, the maximum included.",
        ),
      ],
      hints: [
        "Each value is a probability of the *data*, under a different value of $p$.",
        "Compare the two values by dividing one by the other. What would you need in order to talk about the probability of $p$ itself?",
      ],
    },
  ],
  solution: [
    "The formula $f(x \\mid p) = \\binom{10}{x} p^x (1-p)^{10-x}$ has two readings. With $p$ fixed and $x$ varying it is a **probability mass function**: it sums to 1 over $x = 0, \\dots, 10$. With the observed $x = 7$ fixed and $p$ varying it is the **likelihood** $L(p) = \\binom{10}{7} p^7 (1-p)^3$.",
    "The likelihood is not a distribution over $p$: $\\int_0^1 L(p)\\, dp = 1/11$. A statement such as 'the probability that $p = 0.7$' needs a prior and Bayes' theorem.",
    "What the likelihood does support is comparison on the same data: $$\\frac{L(0.7)}{L(0.5)} = \\frac{0.7^7\\, 0.3^3}{0.5^{10}} \\approx \\frac{0.267}{0.117} \\approx 2.3,$$ so the observed 7 {{successes}} are about 2.3 times as probable if $p = 0.7$ as if $p = 0.5$. The MLE is the $p$ with the largest likelihood, $\\hat p = 7/10$.",
  ].join("\n\n"),
};

const iidProduct: ConceptSpec = {
  id: "concept-iid-likelihood-product",
  title: "Why the likelihood is a product",
  topic: "likelihood",
  difficulty: "easy",
  tags: ["likelihood", "iid", "independence"],
  source: "Wasserman (2004), All of Statistics §9.3; Casella & Berger (2002), Statistical Inference §7.2.2",
  scenarios: [
    { data: "the heights of $n$ adults" },
    { data: "the lifetimes of $n$ light bulbs" },
    { data: "the basket sizes of $n$ shoppers" },
    { data: "the word counts of $n$ documents" },
  ],
  prompt: "Observations $x_1, \\dots, x_n$, {{data}}, are modelled with a density $f(x \\mid \\theta)$.",
  parts: [
    {
      id: "formula",
      prompt: "If the observations are independent and identically distributed (i.i.d.), what is the likelihood?",
      input: "choice",
      show: 4,
      options: [
        right(
          "product",
          "$L(\\theta) = \\prod_{i=1}^n f(x_i \\mid \\theta)$.",
          "Independence factorises the joint density into one factor per observation; 'identically distributed' makes every factor the same $f$ with the same $\\theta$.",
        ),
        right(
          "product-written-out",
          "$L(\\theta) = f(x_1 \\mid \\theta)\\, f(x_2 \\mid \\theta) \\cdots f(x_n \\mid \\theta)$.",
          "The joint density of independent observations is the product of their densities, each with the common $\\theta$.",
        ),
        wrong(
          "sum",
          "$L(\\theta) = \\sum_{i=1}^n f(x_i \\mid \\theta)$.",
          "The joint probability of independent events is the product, not the sum, of their probabilities. A sum appears only after taking logs: $\\log L(\\theta) = \\sum_i \\log f(x_i \\mid \\theta)$.",
        ),
        wrong(
          "at-mean",
          "$L(\\theta) = f(\\bar x \\mid \\theta)$.",
          "That is the density of one observation evaluated at the sample mean. It is not the joint density of $x_1, \\dots, x_n$, and for most models it throws information away.",
        ),
        wrong(
          "own-theta",
          "$L(\\theta_1, \\dots, \\theta_n) = \\prod_{i=1}^n f(x_i \\mid \\theta_i)$, one parameter per observation.",
          "A parameter per observation drops 'identically distributed': each $\\theta_i$ would be fitted to a single point, and nothing would be learned about a common $\\theta$.",
        ),
        wrong(
          "power",
          "$L(\\theta) = f(x_1 \\mid \\theta)^n$.",
          "That would be right only if every observation equalled $x_1$: each factor must be evaluated at its own observation $x_i$.",
        ),
        wrong(
          "cdf-product",
          "$L(\\theta) = \\prod_{i=1}^n F(x_i \\mid \\theta)$, with the cumulative distribution function $F$.",
          "For exactly observed values each factor is the density $f(x_i \\mid \\theta)$; a factor $F$ (or $1 - F$) belongs to a censored observation, known only to lie below (or above) a value.",
        ),
        wrong(
          "reversed",
          "$L(\\theta) = \\prod_{i=1}^n f(\\theta \\mid x_i)$, the density of $\\theta$ given each observation.",
          "The conditioning is the wrong way round: the likelihood is built from the model $f(x_i \\mid \\theta)$ of the data; a density of $\\theta$ given data would need a prior.",
        ),
      ],
      hints: [
        "How does the probability of two independent events relate to their separate probabilities?",
        "'Identically distributed' tells you that every factor has the same form and the same parameter.",
      ],
    },
    {
      id: "when-not",
      prompt:
        "In which situations is the plain product $\\prod_i f(x_i \\mid \\theta)$, with one $f$ and one $\\theta$, **not** the right likelihood? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right(
          "time-series",
          "Daily temperatures of one city over a month.",
          "Consecutive days are dependent (today's temperature predicts tomorrow's), so the joint density does not factorise into marginals; a time-series model uses factors $f(x_t \\mid x_{t-1}, \\theta)$ instead.",
        ),
        right(
          "two-instruments",
          "Measurements of one length, half made with a precise instrument and half with a noisy one.",
          "The observations are independent but not identically distributed: the two groups have different noise variances, so the likelihood is a product of two different densities.",
        ),
        right(
          "repeated-patients",
          "Blood pressure of 5 patients, each measured 4 times.",
          "Readings of the same patient share that patient's level, so the 20 readings are correlated, not independent; a random-effects model handles this.",
        ),
        right(
          "classrooms",
          "Test scores of 90 pupils from 3 classes, each class taught by a different teacher.",
          "Pupils of one class share their teacher's effect, so scores within a class are correlated; a model with a class effect (or three distributions) is needed.",
        ),
        right(
          "stock-prices",
          "The closing price of one share on 250 consecutive trading days.",
          "Each day's price starts from the day before's, so the prices are strongly dependent; returns, not prices, are the usual candidates for an independence model.",
        ),
        wrong(
          "coin",
          "20 tosses of the same coin, tossed the same way.",
          "This is the textbook i.i.d. case: independent tosses with one common $p$, so the product of Bernoulli factors is the right likelihood.",
        ),
        wrong(
          "random-sample",
          "Heights of 50 unrelated adults drawn at random from one population.",
          "Random sampling from one population gives independent draws from one distribution, so the product is the right likelihood.",
        ),
        wrong(
          "die",
          "100 rolls of one die, each roll from a shaken cup.",
          "Separate rolls of the same die are independent and share one set of face probabilities: the i.i.d. product of categorical factors is right.",
        ),
        wrong(
          "decays",
          "Times between successive clicks of a Geiger counter near one radioactive source.",
          "Radioactive decays form a Poisson process, whose gaps are independent exponential times with one common rate: i.i.d.",
        ),
      ],
      hints: [
        "The product needs two things: independence and one common distribution.",
        "For each situation ask: could one observation tell you something about another? Do all observations come from the same distribution?",
      ],
    },
  ],
  solution: [
    "For independent observations the joint density factorises, and if they are also identically distributed every factor is the same density with the same parameter: $$L(\\theta) = f(x_1, \\dots, x_n \\mid \\theta) = \\prod_{i=1}^n f(x_i \\mid \\theta), \\qquad \\ell(\\theta) = \\sum_{i=1}^n \\log f(x_i \\mid \\theta).$$",
    "Both assumptions matter. Dependent data (a temperature series, share prices, repeated measures on the same patient, pupils sharing a teacher) need a joint model, for example $\\prod_t f(x_t \\mid x_{t-1}, \\theta)$ or a random effect per patient or class. Independent but differently distributed data (two instruments) still give a product, but of different densities, one per group. Independent coin tosses or die rolls, the gaps of a Poisson process and a random sample from one population are i.i.d., and the plain product is right.",
  ].join("\n\n"),
};

const whyLog: ConceptSpec = {
  id: "concept-why-log-likelihood",
  title: "Why maximise the log-likelihood?",
  topic: "likelihood",
  difficulty: "easy",
  tags: ["log-likelihood", "underflow", "monotone"],
  source: "Bishop (2006), PRML §1.2.4; Casella & Berger (2002), Statistical Inference §7.2.2",
  scenarios: [
    { model: "a Poisson model of calls per minute", theta: "the rate $\\lambda$" },
    { model: "a normal model of adult heights", theta: "the mean $\\mu$" },
    { model: "a Bernoulli model of whether a customer buys", theta: "the purchase probability $p$" },
    { model: "an exponential model of bulb lifetimes", theta: "the failure rate $\\lambda$" },
  ],
  prompt:
    "Data $x_1, \\dots, x_n$ are fitted with {{model}}, whose parameter $\\theta$ is {{theta}}. For i.i.d. data the likelihood is $L(\\theta) = \\prod_{i=1}^n f(x_i \\mid \\theta)$. In practice we maximise $\\ell(\\theta) = \\log L(\\theta)$ instead.",
  parts: [
    {
      id: "reasons",
      prompt: "Why do we maximise $\\ell(\\theta)$ rather than $L(\\theta)$? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right(
          "monotone",
          "The logarithm is strictly increasing, so $\\ell$ and $L$ have their maximum at the same $\\theta$.",
          "If $L(\\theta_1) > L(\\theta_2)$ then $\\log L(\\theta_1) > \\log L(\\theta_2)$: the order of the values, and hence the argmax, is unchanged.",
        ),
        right(
          "sums",
          "The log turns the product over observations into a sum, which is much easier to differentiate.",
          "$\\log \\prod_i f(x_i \\mid \\theta) = \\sum_i \\log f(x_i \\mid \\theta)$: the derivative of a sum is a sum of derivatives, with no product rule over $n$ factors.",
        ),
        right(
          "underflow",
          "A product of many numbers below 1 underflows to 0 in floating point; a sum of their logs does not.",
          "With 1000 factors of about 0.1 the product is $10^{-1000}$, far below the smallest positive normal double ($\\approx 2.2 \\times 10^{-308}$; subnormals go down to $\\approx 4.9 \\times 10^{-324}$), while the log-likelihood is simply about $-2303$.",
        ),
        wrong(
          "always-concave",
          "The log-likelihood is always concave, so its stationary point is always the unique maximum.",
          "Not always: mixture models and the Cauchy location model have log-likelihoods with several local maxima. Concavity holds for some families (exponential families in their natural parameter), not in general.",
        ),
        wrong(
          "removes-bias",
          "Taking the log removes the bias of the maximum likelihood estimator.",
          "The log does not move the maximiser at all, so the estimator, and any bias it has, is exactly the same as for $L$.",
        ),
        wrong(
          "normalises",
          "The log-likelihood integrates to 1 over $\\theta$, so it can be read as a distribution of $\\theta$.",
          "Neither $L$ nor $\\log L$ is normalised over $\\theta$, and a log-likelihood is usually negative; a distribution over $\\theta$ needs a prior.",
        ),
        wrong(
          "better-estimator",
          "The maximiser of $\\ell$ is a more accurate estimator than the maximiser of $L$.",
          "They are the same point, because the log is strictly increasing; the log changes how easily we find the estimator, not the estimator.",
        ),
      ],
      hints: [
        "Three of the possible reasons are about the maximiser, the algebra and the computer; check each option against one of those.",
        "Does the log move the location of the maximum? Can a log-likelihood have several peaks?",
      ],
    },
    {
      id: "same-argmax",
      prompt: "True or false: the $\\theta$ that maximises $\\log L(\\theta)$ also maximises $L(\\theta)$.",
      input: "choice",
      show: 4,
      options: [
        right(
          "true-monotone",
          "True: because $\\log$ is strictly increasing on $(0, \\infty)$, so it keeps the order of the likelihood values.",
          "A strictly increasing transformation keeps the order of all values, so the argmax is the same.",
        ),
        right(
          "true-order",
          "True: because $\\log$ is increasing.",
          "If $L(\\theta_1) > L(\\theta_2) > 0$ then $\\log L(\\theta_1) > \\log L(\\theta_2)$, so the largest value stays the largest.",
        ),
        wrong(
          "true-same-derivative",
          "True: because $\\ell'$ and $L'$ are the same function.",
          "They are not: $\\ell'(\\theta) = L'(\\theta)/L(\\theta)$. They vanish at the same points where $L > 0$, but the maximisers agree because the log is monotone, not because the derivatives are equal.",
        ),
        wrong(
          "false-shift",
          "False: because the log shifts the maximiser by $\\log n$.",
          "The log changes the values of the function, not where its maximum is: there is no shift.",
        ),
        wrong(
          "false-minimum",
          "False: because the log turns a maximum into a minimum.",
          "That is true of $-\\log$, which is why optimisers minimise the negative log-likelihood; $\\log$ itself keeps a maximum a maximum.",
        ),
        wrong(
          "false-concave-only",
          "False: because they agree only when $\\log L$ is concave; otherwise the log can move the maximum to another peak.",
          "The log keeps the order of all values, so the highest peak of $L$ is the highest peak of $\\log L$ whatever their shape; concavity is about how many peaks there are, not about which is highest.",
        ),
        wrong(
          "true-large-n",
          "True: because for large $n$ the log-likelihood is approximately quadratic around its peak.",
          "The equality of maximisers is exact at every $n$, because the log is strictly increasing; the quadratic approximation concerns standard errors, not where the maximum is.",
        ),
      ],
      hints: [
        "Sketch $y = \\log u$ for $u > 0$: is it increasing or decreasing?",
        "If one likelihood value is larger than another, how do their logs compare?",
      ],
    },
  ],
  solution: [
    "For {{model}} we maximise $\\ell(\\theta) = \\sum_{i=1}^n \\log f(x_i \\mid \\theta)$ for three reasons.",
    "1. **Same maximiser.** $\\log$ is strictly increasing on $(0, \\infty)$, so $L(\\theta_1) > L(\\theta_2) \\iff \\ell(\\theta_1) > \\ell(\\theta_2)$ and $\\arg\\max \\ell = \\arg\\max L$.",
    "2. **Easier algebra.** A product of $n$ factors becomes a sum of $n$ terms, so $\\ell'(\\theta) = \\sum_i \\partial_\\theta \\log f(x_i \\mid \\theta)$.",
    "3. **Numerics.** A product of many small numbers underflows: 1000 factors of 0.1 give $10^{-1000}$, below the smallest positive normal double ($\\approx 2.2 \\times 10^{-308}$; subnormals go down to $\\approx 4.9 \\times 10^{-324}$), while their log-sum is about $-2303$.",
    "The log does *not* make every log-likelihood concave (mixtures, Cauchy) and does not change the estimator or its bias: it is the same maximiser.",
  ].join("\n\n"),
};

const notADensity: ConceptSpec = {
  id: "concept-likelihood-not-density",
  title: "The likelihood is not a density in θ",
  topic: "likelihood",
  difficulty: "medium",
  tags: ["likelihood", "normalisation", "density"],
  source:
    "Bishop (2006), PRML §1.2.3; Casella & Berger (2002), Statistical Inference §6.3.1; Fisher (1922), 'On the mathematical foundations of theoretical statistics', Phil. Trans. R. Soc. A 222",
  // ∫₀¹ p^k (1 − p)^(n−k) dp = k! (n − k)! / (n + 1)!, worked for each scenario.
  scenarios: [
    { data: "One toss of a coin lands heads", L: "p", integral: "\\int_0^1 p \\, dp = \\tfrac12" },
    { data: "Two tosses of a coin both land heads", L: "p^2", integral: "\\int_0^1 p^2 \\, dp = \\tfrac13" },
    { data: "Two tosses of a coin land heads, then tails", L: "p(1 - p)", integral: "\\int_0^1 p(1-p) \\, dp = \\tfrac16" },
    { data: "Three tosses of a coin all land tails", L: "(1 - p)^3", integral: "\\int_0^1 (1-p)^3 \\, dp = \\tfrac14" },
  ],
  prompt: "{{data}}. Under the Bernoulli model, with $p$ the probability of heads, the likelihood is $L(p) = {{L}}$ for $p \\in [0, 1]$.",
  parts: [
    {
      id: "integral",
      prompt: "True or false: for fixed data, a likelihood integrates to 1 over the parameter, $\\int L(\\theta)\\, d\\theta = 1$.",
      input: "choice",
      show: 4,
      options: [
        right(
          "false-density-in-x",
          "False: because $f(x \\mid \\theta)$ is normalised over $x$, not over $\\theta$; here ${{integral}}$.",
          "The normalisation $\\sum_x f(x \\mid \\theta) = 1$ holds for each $\\theta$; nothing forces the integral over $\\theta$ to be 1, as this example shows.",
        ),
        right(
          "false-example",
          "False: because here ${{integral}}$.",
          "One counterexample settles it: the model is normalised over the data, and the integral over the parameter is whatever it happens to be.",
        ),
        wrong(
          "true-inherits",
          "True: because a likelihood is built from a probability distribution, so it inherits that distribution's normalisation.",
          "It inherits the normalisation over $x$ only. Over $\\theta$ the integral is whatever it is: here ${{integral}}$.",
        ),
        wrong(
          "true-bayes",
          "True: because Bayes' theorem normalises it.",
          "Bayes' theorem normalises the *posterior*, $L(\\theta)\\pi(\\theta) / \\int L(\\theta')\\pi(\\theta')\\, d\\theta'$; the likelihood itself is left unnormalised.",
        ),
        wrong(
          "false-negative",
          "False: because likelihoods can be negative.",
          "Right verdict, wrong reason: a likelihood is a probability or a density value, never negative.",
        ),
        wrong(
          "false-integrates-to-n",
          "False: because it integrates to $n$.",
          "There is no such rule. With $n$ tosses and $k$ heads the binomial likelihood integrates to $1/(n+1)$ over $p$, whatever $k$ is; other models give other values.",
        ),
        wrong(
          "true-discrete-only",
          "True: because for discrete data such as coin tosses the probabilities sum to 1 (it fails only for continuous data).",
          "Discrete data make $f(x \\mid \\theta)$ sum to 1 over the outcomes $x$; over the parameter $p$, here ${{integral}}$.",
        ),
      ],
      hints: ["Compute $\\int_0^1 L(p)\\, dp$ for this example.", "Over which variable does $f(x \\mid \\theta)$ sum or integrate to 1?"],
    },
    {
      id: "consequences",
      prompt: "Because the likelihood is not a density in $\\theta$, which of these are true? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right(
          "constant",
          "Multiplying $L(\\theta)$ by a positive constant that does not depend on $\\theta$ changes neither the MLE nor any likelihood ratio.",
          "Such a constant cancels in every ratio and only shifts $\\log L$; it is why factors like $\\binom{n}{k}$ or $\\prod_i 1/x_i!$ can be dropped.",
        ),
        right(
          "above-one",
          "A likelihood value above 1 is possible with continuous data.",
          "Densities can exceed 1: one observation $x = 0$ from $\\mathcal N(0, 0.1^2)$ has likelihood $1/(0.1\\sqrt{2\\pi}) \\approx 3.99$.",
        ),
        right(
          "ratios",
          "Only comparisons of likelihood values on the same data (ratios, or differences of log-likelihoods) are meaningful.",
          "The absolute level of $L$ depends on the units of $x$ and on $n$; how much more one $\\theta$ explains the data than another does not.",
        ),
        right(
          "units",
          "Measuring continuous data in millimetres instead of metres changes every likelihood value, but not the MLE.",
          "Rescaling $x$ by 1000 divides each density by 1000, so $L$ is divided by $1000^n$ at every $\\theta$: a constant factor, which leaves the maximiser and all ratios alone.",
        ),
        wrong(
          "probability-of-mle",
          "$L(\\hat\\theta)$ is the probability that the MLE is the true value.",
          "No probability over $\\theta$ is defined without a prior, and a continuous $\\theta$ has probability 0 of equalling any single value under any continuous prior.",
        ),
        wrong(
          "choice-free",
          "Normalising $L$ over $\\theta$ gives a distribution for $\\theta$ that involves no choice.",
          "Normalising $L$ is the posterior under a flat prior, and 'flat' depends on the parameterisation: flat in $p$ is not flat in $\\log\\frac{p}{1-p}$, so the result does depend on a choice.",
        ),
        wrong(
          "area-confidence",
          "The area under $L$ between two values of $\\theta$ is the probability that $\\theta$ lies between them.",
          "That would need $L$ to be a normalised density in $\\theta$, which it is not; such a probability is a posterior statement and needs a prior.",
        ),
      ],
      hints: [
        "What stays the same when $L$ is scaled by a constant?",
        "A normal density with a small $\\sigma$ has a tall, narrow peak. And what would you need to talk about the probability of a value of $\\theta$?",
      ],
    },
  ],
  solution: [
    "The model $f(x \\mid \\theta)$ is normalised over the data: $\\sum_x f(x \\mid \\theta) = 1$ (or $\\int f(x \\mid \\theta)\\, dx = 1$) for every $\\theta$. The likelihood fixes $x$ and varies $\\theta$, and nothing normalises it: here $L(p) = {{L}}$ and $${{integral}}.$$",
    "Consequences: only ratios (or log-likelihood differences) on the same data carry meaning; a positive factor free of $\\theta$ (a binomial coefficient, a change of units) can be dropped without changing the MLE; a likelihood value can exceed 1 for continuous data ($1/(0.1\\sqrt{2\\pi}) \\approx 3.99$ for $x = 0$ under $\\mathcal N(0, 0.1^2)$). Turning $L$ into a distribution over $\\theta$ takes a prior, and the 'flat' prior is itself a parameterisation-dependent choice. Fisher (1922) introduced the word *likelihood* precisely to keep this quantity apart from probability.",
  ].join("\n\n"),
};

const underflow: ConceptSpec = {
  id: "concept-log-likelihood-underflow",
  title: "A likelihood of exactly zero",
  topic: "likelihood",
  difficulty: "medium",
  tags: ["log-likelihood", "underflow", "numerics"],
  source:
    "Bishop (2006), PRML §1.2.4; Goldberg (1991), 'What every computer scientist should know about floating-point arithmetic', ACM Computing Surveys 23(1)",
  // E[log φ(X)] = −½ log(2π) − ½ ≈ −1.4189 per standard normal point: n × that is the log-likelihood,
  // and n × that / ln 10 is the power of ten of the product.
  scenarios: [
    { n: "800", data: "exam scores, standardised", power: "-493", ll: "-1135" },
    { n: "1000", data: "sensor errors", power: "-616", ll: "-1419" },
    { n: "2000", data: "daily temperature anomalies", power: "-1232", ll: "-2838" },
    { n: "5000", data: "measurement residuals", power: "-3081", ll: "-7095" },
  ],
  prompt:
    "A program fits a normal model to $n = {{n}}$ observations ({{data}}), whose standard deviation is about 1, by computing $L(\\mu, \\sigma) = \\prod_{i=1}^{ {{n}} } \\phi(x_i \\mid \\mu, \\sigma)$ in double precision over a grid of $(\\mu, \\sigma)$. It reports $L = 0$ at every grid point.",
  parts: [
    {
      id: "cause",
      prompt: "What went wrong, and what is the fix?",
      input: "choice",
      show: 4,
      options: [
        right(
          "underflow",
          "The product, about $10^{ {{power}} }$, is too small for a double; sum the log-densities instead.",
          "$0.24^{ {{n}} } \\approx 10^{ {{power}} }$ is far below the smallest positive normal double ($\\approx 2.2 \\times 10^{-308}$; subnormals go down to $\\approx 4.9 \\times 10^{-324}$), while $\\sum_i \\log \\phi(x_i \\mid \\mu, \\sigma) \\approx {{ll}}$ is an ordinary number.",
        ),
        right(
          "log-space",
          "The product of {{n}} densities of about 0.24 rounds to 0; work with the log-likelihood.",
          "Each factor is below 1, so the product shrinks geometrically, to about $10^{ {{power}} }$, which no double can hold; its log, about ${{ll}}$, is easy to represent.",
        ),
        right(
          "sum-logs",
          "The product rounds to 0; sum the logs instead.",
          "{{n}} factors of about 0.24 multiply to about $10^{ {{power}} }$, which rounds to 0 in double precision; the sum of the log-densities, about ${{ll}}$, does not.",
        ),
        wrong(
          "zero-density",
          "An outlier has density exactly 0; remove it.",
          "A normal density is positive everywhere, so no factor is exactly 0; {{n}} positive factors below 1 simply multiply to a number too small to represent.",
        ),
        wrong(
          "float32",
          "Switch to single precision (float32).",
          "Single precision has an even smaller range (its smallest positive normal value is $\\approx 1.2 \\times 10^{-38}$, subnormals $\\approx 1.4 \\times 10^{-45}$), so it underflows sooner; the grid spacing has nothing to do with it.",
        ),
        wrong(
          "standardise",
          "Standardise the data first; then every factor is close to 1 and the product of the densities stays representable.",
          "Standardised data still have densities of about 0.24 (never above $1/\\sqrt{2\\pi} \\approx 0.40$), so the product of {{n}} of them still underflows.",
        ),
        wrong(
          "reorder",
          "Multiply the factors in increasing order of size.",
          "The order of multiplication does not change the size of the result, about $10^{ {{power}} }$, which no ordering can represent in double precision.",
        ),
        wrong(
          "sigma-grid",
          "The grid must contain values of $\\sigma$ that are too small, making every density 0; start the $\\sigma$ grid at 1.",
          "Even at the best $\\sigma$ near 1 each density is about 0.24, and {{n}} such factors still multiply to about $10^{ {{power}} }$; the grid is not the problem.",
        ),
      ],
      hints: [
        "Estimate the size of one factor, then raise it to the power {{n}}.",
        "The smallest positive normal double is $\\approx 2.2 \\times 10^{-308}$; subnormals go down to $\\approx 4.9 \\times 10^{-324}$. Which operation turns a product of tiny numbers into a sum of moderate ones?",
      ],
    },
    {
      id: "magnitude",
      prompt:
        "After the fix, the maximised log-likelihood is about ${{ll}}$. True or false: such a large negative value means the model fits badly.",
      input: "choice",
      show: 4,
      options: [
        right(
          "false-scales-with-n",
          "False: because a log-likelihood is a sum of $n$ log-densities, so its size grows with $n$; only differences between parameter values or models on the same data carry meaning.",
          "For standard normal data the expected log-density of one point is $-\\tfrac12\\log(2\\pi) - \\tfrac12 \\approx -1.419$, and ${{n}} \\times (-1.419) \\approx {{ll}}$: exactly what a good fit gives.",
        ),
        right(
          "false-expected",
          "False: because $-1.42$ per point is typical.",
          "$E[\\log\\phi(X)] = -\\tfrac12\\log(2\\pi) - \\tfrac12 \\approx -1.419$ for standard normal data, so {{n}} points give about ${{ll}}$; only comparisons on the same data say whether a fit is better or worse.",
        ),
        wrong(
          "true-near-zero",
          "True: because a good fit has a log-likelihood near 0.",
          "A log-likelihood near 0 would mean a likelihood near 1, every point having density near 1. With thousands of points at unit scale a perfect model still sits in the thousands below 0.",
        ),
        wrong(
          "true-impossible",
          "True: because the likelihood is then $e^{ {{ll}} }$, essentially zero, so the data are essentially impossible under the model.",
          "Any particular sample of {{n}} continuous values has a tiny joint density under every model; what matters is how the models compare on these data.",
        ),
        wrong(
          "false-positive",
          "False: because a log-likelihood must be positive, so it is a bug.",
          "A log-density is negative whenever the density is below 1, which is typical at unit scale; a negative log-likelihood is normal.",
        ),
        wrong(
          "true-per-point",
          "True: because dividing by $n$ gives about $-1.42$ per point, and any average log-density below 0 signals a poor fit.",
          "An average log-density of $-1.42$ is exactly what the true standard normal model gives; negative values only mean densities below 1, which is normal at unit scale.",
        ),
      ],
      hints: [
        "How does $\\sum_{i=1}^n \\log f(x_i)$ grow with $n$?",
        "Compute the expected log-density of one standard normal point: $E[\\log\\phi(X)] = -\\tfrac12\\log(2\\pi) - \\tfrac12$.",
      ],
    },
  ],
  solution: [
    "For standard normal data $E[\\log\\phi(X)] = -\\tfrac12\\log(2\\pi) - \\tfrac12 \\approx -1.419$, so a typical factor is $e^{-1.419} \\approx 0.24$ and $$\\prod_{i=1}^{ {{n}} } \\phi(x_i) \\approx 0.24^{ {{n}} } \\approx 10^{ {{power}} },$$ far below the smallest positive normal double ($\\approx 2.2 \\times 10^{-308}$; subnormals go down to $\\approx 4.9 \\times 10^{-324}$). Every grid point underflows to 0, so the grid search cannot tell them apart.",
    "The fix is to work in log space: $\\ell(\\mu, \\sigma) = \\sum_i \\log\\phi(x_i \\mid \\mu, \\sigma) \\approx {{n}} \\times (-1.419) \\approx {{ll}}$, a perfectly ordinary number with the same maximiser.",
    "That value is not a sign of a bad fit: a log-likelihood is a sum over observations and scales with $n$. Compare log-likelihoods of different parameters or models on the same data; never judge one in isolation.",
  ].join("\n\n"),
};

/** "Match": the four quantities of Bayes' theorem; the prior is the distractor no part asks for. */
const BAYES_LABELS = {
  sampling: "The sampling distribution of $x$.",
  likelihood: "The likelihood function of $\\theta$.",
  prior: "The prior distribution of $\\theta$.",
  posterior: "The posterior distribution of $\\theta$.",
  evidence: "The marginal likelihood (evidence).",
} as const;

const bayesVocabulary: ConceptSpec = {
  id: "concept-likelihood-prior-posterior",
  title: "Likelihood, prior, posterior, evidence",
  topic: "likelihood",
  difficulty: "medium",
  tags: ["likelihood", "bayes", "posterior", "match"],
  source: "Bishop (2006), PRML §1.2.3 and §2.1.1; Murphy (2012), MLAPP §3.3",
  scenarios: [
    { setting: "A coin has unknown heads probability $\\theta$; $x$ is the number of heads in $n$ tosses" },
    { setting: "An online ad has unknown click-through rate $\\theta$; $x$ is the number of clicks in $n$ impressions" },
    { setting: "A factory line has unknown defect rate $\\theta$; $x$ is the number of defective parts among $n$ inspected" },
    {
      setting:
        "A vaccine has unknown probability $\\theta$ of protecting a person; $x$ is the number protected among $n$ exposed volunteers",
    },
  ],
  prompt:
    "{{setting}}. Bayes' theorem reads $$p(\\theta \\mid x) = \\frac{p(x \\mid \\theta)\\, p(\\theta)}{p(x)}.$$ Match each expression to its name (an option may fit none of them).",
  parts: [
    {
      id: "as-function-of-x",
      prompt: "$p(x \\mid \\theta)$ as a function of $x$, with $\\theta$ fixed.",
      input: "choice",
      options: matchOptions(BAYES_LABELS, "sampling", {
        sampling:
          "With $\\theta$ fixed and $x$ varying, $p(x \\mid \\theta)$ is a binomial mass function over $x = 0, \\dots, n$, summing to 1.",
        likelihood:
          "The likelihood is the same expression read the other way, as a function of $\\theta$ with the observed $x$ fixed; here $x$ varies.",
        prior: "The prior $p(\\theta)$ does not involve the data at all; this expression is a distribution of $x$.",
        posterior: "The posterior is a distribution over $\\theta$ given $x$; this one is over $x$ given $\\theta$.",
        evidence: "The evidence has $\\theta$ integrated out; here $\\theta$ is fixed at one value.",
      }),
      hints: [
        "Which variable is free to vary here?",
        "A function of the data for a fixed parameter, summing to 1 over outcomes, is what kind of object?",
      ],
    },
    {
      id: "as-function-of-theta",
      prompt: "$p(x \\mid \\theta)$ as a function of $\\theta$, with the observed $x$ fixed.",
      input: "choice",
      options: matchOptions(BAYES_LABELS, "likelihood", {
        sampling: "A sampling distribution varies $x$; here $x$ is fixed at the observed count and $\\theta$ varies.",
        likelihood:
          "The observed data fixed, the parameter varying: that is the likelihood $L(\\theta)$, which need not integrate to 1 over $\\theta$.",
        prior: "The prior is what we believe about $\\theta$ before the data; this expression is built from the data $x$.",
        posterior:
          "The posterior is proportional to this expression times the prior, and normalised; without the prior it is only the likelihood.",
        evidence: "The evidence is a single number for the observed $x$, with $\\theta$ integrated out; this is a function of $\\theta$.",
      }),
      hints: ["Same expression as before, but now the data are fixed.", "This is the function the MLE maximises."],
    },
    {
      id: "posterior",
      prompt: "$p(\\theta \\mid x)$, as a function of $\\theta$.",
      input: "choice",
      options: matchOptions(BAYES_LABELS, "posterior", {
        sampling: "A sampling distribution is over the data $x$; this is over $\\theta$, conditioned on the data.",
        likelihood:
          "The likelihood is $p(x \\mid \\theta)$, with the conditioning the other way round, and is not normalised over $\\theta$.",
        prior: "The prior is $p(\\theta)$ before the data; conditioning on $x$ makes this the updated belief.",
        posterior:
          "The distribution of $\\theta$ after seeing $x$: prior times likelihood, normalised by the evidence. Its mode is the MAP estimate.",
        evidence: "The evidence $p(x)$ is the normalising constant, with no $\\theta$ left in it.",
      }),
      hints: ["Which way does the conditioning go?", "This is what Bayes' theorem computes on the left-hand side."],
    },
    {
      id: "evidence",
      prompt: "$p(x) = \\int_0^1 p(x \\mid \\theta)\\, p(\\theta)\\, d\\theta$.",
      input: "choice",
      options: matchOptions(BAYES_LABELS, "evidence", {
        sampling:
          "It is a distribution over $x$, but averaged over the prior rather than at one fixed $\\theta$: the prior predictive, called the evidence once $x$ is observed.",
        likelihood:
          "The likelihood is a function of $\\theta$; here $\\theta$ has been integrated out, leaving a single number for the observed $x$.",
        prior: "The prior appears inside the integral, but the result is a probability of the data, not of $\\theta$.",
        posterior: "The posterior is a function of $\\theta$; this integral removes $\\theta$ and is the posterior's normalising constant.",
        evidence:
          "The likelihood averaged over the prior: the marginal likelihood of the data, the denominator of Bayes' theorem, used to compare models.",
      }),
      hints: ["Is $\\theta$ still present after the integral?", "This is the denominator of Bayes' theorem."],
    },
  ],
  solution: [
    "The same expression $p(x \\mid \\theta) = \\binom{n}{x}\\theta^x(1-\\theta)^{n-x}$ is the **sampling distribution** when $x$ varies with $\\theta$ fixed, and the **likelihood** when $\\theta$ varies with the observed $x$ fixed.",
    "The **prior** $p(\\theta)$ is the belief about $\\theta$ before the data. The **posterior** $p(\\theta \\mid x) \\propto p(x \\mid \\theta)\\, p(\\theta)$ is the belief after them; its mode is the MAP estimate. The **evidence** $p(x) = \\int p(x \\mid \\theta) p(\\theta)\\, d\\theta$ normalises the posterior and measures how well the model as a whole (prior included) predicted the data.",
    "The MLE uses only the likelihood; MAP uses likelihood times prior; a fully Bayesian answer keeps the whole posterior.",
  ].join("\n\n"),
};

const likelihoodPrinciple: ConceptSpec = {
  id: "concept-likelihood-principle",
  title: "Same data, different stopping rules",
  topic: "likelihood",
  difficulty: "hard",
  tags: ["likelihood-principle", "binomial", "negative-binomial"],
  source:
    "Casella & Berger (2002), Statistical Inference §6.3; Lindley & Phillips (1976), 'Inference for a Bernoulli process (a Bayesian view)', The American Statistician 30(3)",
  scenarios: [
    { who: "Two experimenters", A: "Ada", B: "Ben" },
    { who: "Two students", A: "Amira", B: "Bruno" },
    { who: "Two labs", A: "Lab A", B: "Lab B" },
    { who: "Two analysts", A: "Alex", B: "Bea" },
  ],
  prompt:
    "{{who}} estimate the heads probability $p$ of the same coin. **{{A}}** decides in advance to toss 10 times, and sees 7 heads. **{{B}}** decides to toss until the third tail; the third tail comes on toss 10, after 7 heads.",
  parts: [
    {
      id: "likelihoods",
      prompt: "What are their likelihood functions?",
      input: "choice",
      show: 4,
      options: [
        right(
          "proportional",
          "{{A}}: $\\binom{10}{7}p^7(1-p)^3$; {{B}}: $\\binom{9}{7}p^7(1-p)^3$. Proportional in $p$.",
          "{{B}}'s last toss must be the third tail, so only the first 9 tosses are arranged (7 heads among them): a negative binomial. The constants differ, the parts that depend on $p$ agree.",
        ),
        right(
          "same-kernel",
          "Both are a constant times $p^7(1-p)^3$: binomial for {{A}}, negative binomial for {{B}}, whose last toss is forced to be a tail.",
          "The constants are $\\binom{10}{7} = 120$ and $\\binom{9}{7} = 36$; the factor that depends on $p$ is the same.",
        ),
        wrong(
          "identical",
          "Both are exactly $\\binom{10}{7}p^7(1-p)^3$.",
          "{{B}}'s tenth toss is forced to be a tail by the stopping rule, so the 7 heads can only be arranged among the first 9 tosses: the constant is $\\binom{9}{7} = 36$, not $\\binom{10}{7} = 120$.",
        ),
        wrong(
          "tails-swapped",
          "{{A}}: $\\binom{10}{7}p^7(1-p)^3$; {{B}}: $\\binom{9}{2}p^3(1-p)^7$, because {{B}}'s experiment counts tails, not heads.",
          "Counting tails does not swap the roles: $p$ is still the heads probability, and {{B}} still saw 7 heads (factor $p^7$) and 3 tails (factor $(1-p)^3$).",
        ),
        wrong(
          "no-likelihood",
          "{{A}}: $\\binom{10}{7}p^7(1-p)^3$; {{B}} has no likelihood.",
          "A random sample size is no obstacle: the probability of {{B}}'s exact outcome (7 heads before the third tail) is a negative binomial mass function, and that is {{B}}'s likelihood.",
        ),
        wrong(
          "geometric-b",
          "{{A}}: $\\binom{10}{7}p^7(1-p)^3$; {{B}}: $p^7(1-p)$, since only the final, stopping tail is random in {{B}}'s design.",
          "Every toss is random in both designs; {{B}}'s outcome has 3 tails in all, so the factor is $(1-p)^3$, times the $\\binom{9}{7}$ arrangements of the first 9 tosses.",
        ),
      ],
      hints: [
        "For {{B}}, what must the last toss be? Where can the 7 heads be?",
        "Write both as a constant times a function of $p$ and compare the functions of $p$.",
      ],
    },
    {
      id: "mle",
      prompt: "What are their maximum likelihood estimates of $p$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "both-0.7",
          "{{A}}: 0.7; {{B}}: 0.7.",
          "The likelihoods differ only by a constant factor that does not depend on $p$, so both are maximised where $p^7(1-p)^3$ is: at $7/10$.",
        ),
        right(
          "same-mle",
          "{{A}}: 0.7; {{B}}: 0.7 too, because a constant factor does not move the maximum.",
          "Maximising $c\\,p^7(1-p)^3$ gives $7/(7+3) = 0.7$ for every constant $c > 0$.",
        ),
        wrong(
          "b-first-nine",
          "{{A}}: 0.7; {{B}}: $7/9 \\approx 0.78$.",
          "The last toss (a tail) is in {{B}}'s likelihood too, as one of the factors of $(1-p)^3$; maximising $p^7(1-p)^3$ gives $7/10$ for {{B}} as well.",
        ),
        wrong(
          "b-needs-stopping-model",
          "{{A}}: 0.7; {{B}}: none, until the stopping rule has been modelled separately and its own likelihood multiplied in.",
          "The stopping rule depends only on the tosses seen, not on $p$, so it adds no factor involving $p$: {{B}}'s MLE is also 0.7.",
        ),
        wrong(
          "constant-rescales",
          "{{A}}: 0.7; {{B}}: $0.7 \\times 36/120 = 0.21$.",
          "A constant factor scales the height of the likelihood, not the location of its maximum: the argmax of $c\\,p^7(1-p)^3$ is 0.7 for every $c > 0$.",
        ),
        wrong(
          "b-counts-tails",
          "{{A}}: 0.7; {{B}}: $3/10 = 0.3$, because {{B}}'s design counts tails, so {{B}}'s estimate is the share of tails.",
          "$p$ is the heads probability in both designs; {{B}}'s likelihood $\\propto p^7(1-p)^3$ peaks at $p = 0.7$. The share of tails, 0.3, estimates $1 - p$.",
        ),
      ],
      hints: [
        "Does a constant factor move the maximiser?",
        "Maximise $p^7(1-p)^3$: set the derivative of $7\\log p + 3\\log(1-p)$ to zero.",
      ],
    },
    {
      id: "p-value",
      prompt: "True or false: the one-sided p-values for $H_0: p = 0.5$ against $p > 0.5$ are the same for {{A}} and {{B}}.",
      input: "choice",
      show: 4,
      options: [
        right(
          "false-design",
          "False: because a p-value sums the probabilities of unobserved outcomes at least as extreme, and those depend on the design: about 0.172 for {{A}}, 0.090 for {{B}}.",
          "{{A}}: $P(X \\ge 7) = 176/1024 \\approx 0.172$ (binomial). {{B}}: $P(\\text{7 or more heads before the third tail}) = 46/512 \\approx 0.090$ (negative binomial). Proportional likelihoods, different p-values.",
        ),
        right(
          "false-short",
          "False: because a p-value depends on the stopping rule.",
          "A p-value adds up probabilities of outcomes at least as extreme as the one seen, and the stopping rule decides what those outcomes are: $176/1024 \\approx 0.172$ for {{A}}, $46/512 \\approx 0.090$ for {{B}}.",
        ),
        wrong(
          "true-proportional",
          "True: because the likelihoods are proportional.",
          "Inferences that use only the likelihood (MLE, likelihood ratios, Bayesian posteriors) agree. A p-value also sums probabilities of outcomes that were *not* observed, and those differ between the two designs.",
        ),
        wrong(
          "true-same-sequence",
          "True: because both saw the same tosses.",
          "Same observed sequence, but different sets of outcomes that *could* have happened; a p-value sums over those, so it differs.",
        ),
        wrong(
          "false-no-p-value",
          "False: because {{B}}'s experiment has no p-value at all, its sample size being random rather than fixed in advance.",
          "{{B}}'s p-value exists: sum the negative binomial probabilities of 7 or more heads before the third tail, $46/512 \\approx 0.090$.",
        ),
        wrong(
          "false-constant",
          "False: because {{B}}'s p-value is {{A}}'s scaled by the ratio of the constants, $36/120$, giving about 0.052.",
          "A p-value is not the likelihood times a constant; it is a tail sum over outcomes, $46/512 \\approx 0.090$ for {{B}}, not $0.172 \\times 0.3$.",
        ),
      ],
      hints: [
        "A p-value sums over outcomes 'at least as extreme' as the observed one. What are those outcomes in each design?",
        "For {{A}}: 7, 8, 9 or 10 heads in 10 tosses. For {{B}}: 7 or more heads before the third tail, $1 - \\sum_{k=0}^{6}\\binom{k+2}{2}0.5^{k+3}$.",
      ],
    },
  ],
  solution: [
    "{{A}}'s count is binomial: $L_A(p) = \\binom{10}{7}p^7(1-p)^3$. {{B}}'s is negative binomial: the tenth toss is the third tail, and the 7 heads fall among the first 9 tosses, so $L_B(p) = \\binom{9}{7}p^7(1-p)^3$. The likelihoods are proportional ($120$ vs $36$ times the same $p^7(1-p)^3$), so both MLEs are $\\hat p = 7/10$, and any likelihood-based or Bayesian inference agrees: the **likelihood principle**.",
    "A p-value is not a function of the likelihood alone. For {{A}}, $P(X \\ge 7 \\mid p = 0.5) = (120 + 45 + 10 + 1)/1024 = 176/1024 \\approx 0.172$. For {{B}}, $$P(\\text{at most 6 heads before the third tail}) = \\sum_{k=0}^{6}\\binom{k+2}{2}\\Big(\\frac12\\Big)^{k+3} = \\frac{466}{512},$$ so the p-value is $46/512 \\approx 0.090$. Same data, same likelihood shape, different p-values: the stopping rule matters to significance tests but not to the MLE.",
  ].join("\n\n"),
};

export const LIKELIHOOD_SPECS: readonly ConceptSpec[] = [
  probabilityVsLikelihood,
  iidProduct,
  whyLog,
  notADensity,
  underflow,
  bayesVocabulary,
  likelihoodPrinciple,
];
