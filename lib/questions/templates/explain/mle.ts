/**
 * Explain questions on likelihood and MLE (content map 1–4 and the "also asked" themes): the classic
 * prompts an interviewer asks out loud, each with a model answer and a rubric of key points.
 */
import { defineExplain } from "../../explain";
import type { QuestionTemplate } from "../../types";

const SETTINGS = [
  { who: "A hiring manager", context: "in a data-science screen" },
  { who: "A senior ML engineer", context: "in a technical interview" },
  { who: "A statistician on the panel", context: "in an on-site interview" },
];

const probabilityVsLikelihood = defineExplain({
  id: "explain-probability-vs-likelihood",
  title: "Explain: probability versus likelihood",
  topic: "likelihood",
  difficulty: "easy",
  tags: ["likelihood", "probability", "explain"],
  source: "Casella & Berger (2002), Statistical Inference, §6.3.1; Wasserman (2004), All of Statistics, §9.3",
  scenarios: [
    { example: "a coin that landed heads 7 times in 10 tosses" },
    { example: "a call centre that received 12 calls in an hour" },
    { example: "a test that 18 of 25 students passed" },
  ],
  prompt: "An interviewer asks: *“What is the difference between probability and likelihood?”* Use {{example}} to illustrate.",
  parts: [
    {
      id: "answer",
      prompt: "Answer in a few sentences, as you would out loud.",
      hints: ["Same formula $f(x \\mid \\theta)$: what is fixed and what varies?", "Does a likelihood integrate to 1 over $\\theta$?"],
      modelAnswer:
        "Both come from the same model $f(x \\mid \\theta)$. A **probability** fixes the parameter and asks how likely different data are: it is a distribution over outcomes and sums (or integrates) to 1. A **likelihood** fixes the observed data and reads the same formula as a function of the parameter, $L(\\theta) = f(x_{\\text{obs}} \\mid \\theta)$: it ranks parameter values by how well they explain the data, but it is not a distribution over $\\theta$ and need not integrate to 1. For {{example}}, the probability asks what counts we might see for a given rate or bias; the likelihood asks which rate or bias makes the count we did see most plausible, and its maximiser is the MLE.",
      rubric: [
        { id: "same-function", text: "The same function $f(x \\mid \\theta)$, read two ways", essential: true },
        { id: "probability-fixed-theta", text: "Probability: $\\theta$ fixed, data vary; sums to 1 over outcomes", essential: true },
        { id: "likelihood-fixed-data", text: "Likelihood: data fixed, a function of $\\theta$", essential: true },
        {
          id: "not-a-density",
          text: "A likelihood is not a probability distribution over $\\theta$ (no need to integrate to 1)",
          essential: true,
        },
        { id: "mle-link", text: "The MLE maximises the likelihood; a posterior over $\\theta$ needs a prior", essential: false },
      ],
    },
  ],
});

const whyLog = defineExplain({
  id: "explain-why-log-likelihood",
  title: "Explain: why maximise the log-likelihood?",
  topic: "likelihood",
  difficulty: "easy",
  tags: ["log-likelihood", "numerics", "explain"],
  source: "Murphy (2012), Machine Learning: A Probabilistic Perspective, §8.3; Goldberg (1991), ACM Computing Surveys 23(1)",
  scenarios: SETTINGS,
  prompt: "{{who}} asks {{context}}: *“Why do we maximise the log-likelihood instead of the likelihood?”*",
  parts: [
    {
      id: "answer",
      prompt: "Give your answer.",
      hints: ["Does taking a log move the maximum?", "What happens to a product of 10 000 numbers below 1 on a computer?"],
      modelAnswer:
        "Because the log is strictly increasing, the log-likelihood has its maximum at the same $\\theta$, so nothing is lost. It helps in three ways: an i.i.d. likelihood is a product, and the log turns it into a sum, which is easier to differentiate and to average (per-example losses, stochastic gradients); products of many small probabilities underflow to 0 in floating point, while sums of logs stay representable; and for exponential families the log-likelihood is concave in the natural parameters, so setting the derivative to zero gives closed forms or a well-behaved optimisation.",
      rubric: [
        { id: "monotone", text: "The log is monotone: same maximiser", essential: true },
        {
          id: "product-to-sum",
          text: "Products of independent terms become sums (easier derivatives, per-example averages)",
          essential: true,
        },
        { id: "underflow", text: "Numerical stability: products of many small numbers underflow", essential: true },
        { id: "concavity", text: "Often concave (exponential families), so optimisation is easier", essential: false },
      ],
    },
  ],
});

const mleVsMap = defineExplain({
  id: "explain-mle-vs-map",
  title: "Explain: MLE versus MAP",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["map", "prior", "regularisation", "explain"],
  source: "Murphy (2012), MLAPP §5.2.1 and §7.5; Bishop (2006), PRML §1.2.5",
  scenarios: [
    { example: "a click-through rate estimated from 3 impressions" },
    { example: "a linear model with more features than rows" },
    { example: "a rare-disease prevalence estimated from a small sample" },
  ],
  prompt: "*“What is the difference between MLE and MAP, and when would you prefer MAP?”* Ground your answer in {{example}}.",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Which one uses a prior?", "What does a Gaussian prior on weights look like in the loss?"],
      modelAnswer:
        "MLE picks the parameter that maximises $p(\\text{data} \\mid \\theta)$. MAP maximises the posterior $p(\\theta \\mid \\text{data}) \\propto p(\\text{data} \\mid \\theta)\\,p(\\theta)$, so it adds the log-prior to the log-likelihood. The prior acts as a regulariser: a Gaussian prior on weights is an L2 (ridge) penalty, a Laplace prior is L1; a Beta prior on a proportion adds pseudo-counts. MAP helps when data are scarce or the model is over-parameterised, as with {{example}}, where the MLE is extreme or unstable. As the sample grows the likelihood dominates and MAP approaches the MLE. MAP is still a point estimate (the posterior mode), not the full posterior, and unlike the MLE it is not invariant to reparameterisation.",
      rubric: [
        { id: "definitions", text: "MLE maximises the likelihood; MAP maximises likelihood × prior (the posterior mode)", essential: true },
        { id: "regulariser", text: "The prior acts as a regulariser (Gaussian prior = L2/ridge, or pseudo-counts)", essential: true },
        { id: "small-data", text: "MAP helps with little data or many parameters; converges to the MLE as $n$ grows", essential: true },
        {
          id: "point-estimate",
          text: "MAP is still a point estimate, not the full posterior; not reparameterisation-invariant",
          essential: false,
        },
      ],
    },
  ],
});

const varianceBias = defineExplain({
  id: "explain-variance-mle-bias",
  title: "Explain: why the variance MLE divides by n",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["variance", "bias", "n-minus-1", "explain"],
  source: "Casella & Berger (2002), Statistical Inference, Example 7.3.3; Bishop (2006), PRML §1.2.4",
  scenarios: SETTINGS,
  prompt:
    "{{who}} asks {{context}}: *“The MLE of a normal variance divides by $n$, but software divides by $n - 1$. Why, and does it matter?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Where does the score of the variance vanish?", "Deviations from $\\bar x$ are smaller than deviations from $\\mu$."],
      modelAnswer:
        "Setting the derivative of the log-likelihood in $\\sigma^2$ to zero gives $\\hat\\sigma^2 = \\frac1n\\sum_i (x_i - \\bar x)^2$: that is what maximises the likelihood. It is biased low, $\\mathbb E[\\hat\\sigma^2] = \\frac{n-1}{n}\\sigma^2$, because the deviations are measured from $\\bar x$, which is fitted to the same data and sits closer to them than the true mean (one degree of freedom is used up). Dividing by $n - 1$ (Bessel's correction) gives an unbiased estimator, but it is not the MLE and has a larger mean squared error. The difference vanishes as $n$ grows, so it matters only for small samples; the MLE is still consistent.",
      rubric: [
        { id: "mle-divides-by-n", text: "The MLE divides by $n$ (the score is zero there)", essential: true },
        { id: "biased", text: "It is biased low by the factor $(n-1)/n$", essential: true },
        { id: "why-bias", text: "Why: deviations are from $\\bar x$, fitted to the same data (a lost degree of freedom)", essential: true },
        { id: "small-n", text: "The difference matters only for small $n$; the MLE is consistent", essential: true },
        { id: "mse", text: "Unbiased is not always better: the $n$ version has lower mean squared error", essential: false },
      ],
    },
  ],
});

const asymptotics = defineExplain({
  id: "explain-mle-asymptotics",
  title: "Explain: why we trust the MLE in large samples",
  topic: "mle-properties",
  difficulty: "hard",
  tags: ["consistency", "asymptotic-normality", "fisher-information", "explain"],
  source: "Casella & Berger (2002), Statistical Inference, §10.1; Wasserman (2004), All of Statistics, §9.4–9.7",
  scenarios: SETTINGS,
  prompt: "{{who}} asks {{context}}: *“What are the large-sample properties of the MLE, and how do you get a standard error from it?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Consistency, asymptotic normality, efficiency.", "Curvature of the log-likelihood at its peak."],
      modelAnswer:
        "Under regularity conditions (a correctly specified, identifiable model with a smooth likelihood and the true value inside the parameter space) the MLE is **consistent**: it converges to the true parameter. It is **asymptotically normal**: $\\sqrt n(\\hat\\theta - \\theta) \\to \\mathcal N(0, I_1(\\theta)^{-1})$, where $I_1$ is the Fisher information of one observation, and it is **asymptotically efficient**, reaching the Cramér–Rao bound. In practice the standard error is $1/\\sqrt{I(\\hat\\theta)}$ or uses the observed information, minus the second derivative of the log-likelihood at its maximum: a sharply curved peak means a precise estimate. It is also invariant: the MLE of $g(\\theta)$ is $g(\\hat\\theta)$, with the delta method for its standard error. These are large-sample results and can fail for small samples, at a boundary (the uniform's upper bound) or when the number of parameters grows with $n$.",
      rubric: [
        { id: "consistent", text: "Consistent (converges to the true value)", essential: true },
        { id: "normal", text: "Asymptotically normal with variance the inverse Fisher information", essential: true },
        { id: "se-from-curvature", text: "Standard error from the curvature (observed or expected information)", essential: true },
        { id: "conditions", text: "Needs regularity conditions; can fail at boundaries or with few data", essential: false },
        { id: "efficient", text: "Asymptotically efficient (Cramér–Rao)", essential: false },
      ],
    },
  ],
});

const logisticNoClosedForm = defineExplain({
  id: "explain-logistic-no-closed-form",
  title: "Explain: fitting logistic regression",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["logistic", "newton", "irls", "convexity", "explain"],
  source: "Hastie, Tibshirani & Friedman (2009), ESL §4.4.1; Bishop (2006), PRML §4.3.3",
  scenarios: [{ example: "a churn model" }, { example: "a credit-default model" }, { example: "a click-prediction model" }],
  prompt: "*“Linear regression has a closed-form MLE. Why doesn't logistic regression, and how is {{example}} fitted instead?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Write the score: is it linear in the weights?", "Is the log-likelihood concave?"],
      modelAnswer:
        "The score of logistic regression is $\\sum_i (y_i - \\sigma(w^\\top x_i))x_i$: the weights sit inside the sigmoid, so setting it to zero gives nonlinear equations with no closed-form solution (unlike least squares, whose normal equations are linear). The log-likelihood is concave, though, so any stationary point is the global maximum and iterative methods work well: Newton's method, which for this model is iteratively reweighted least squares (IRLS), converges in a few iterations on moderate data; gradient methods (SGD, L-BFGS) scale to large data. Two caveats: with perfectly separable data the MLE does not exist (the weights grow without bound), which regularisation fixes; and undamped Newton can overshoot, so implementations add step halving or a line search.",
      rubric: [
        { id: "nonlinear-score", text: "The score is nonlinear in the weights (inside the sigmoid): no closed form", essential: true },
        { id: "concave", text: "The log-likelihood is concave: a stationary point is the global maximum", essential: true },
        { id: "iterative", text: "Fitted iteratively: Newton/IRLS or gradient methods", essential: true },
        { id: "separation", text: "Perfect separation: the MLE does not exist without regularisation", essential: false },
      ],
    },
  ],
});

const crossEntropy = defineExplain({
  id: "explain-cross-entropy",
  title: "Explain: cross-entropy is a negative log-likelihood",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["cross-entropy", "training-loss", "kl-divergence", "explain"],
  source: "Goodfellow, Bengio & Courville (2016), Deep Learning, §5.5 and §6.2.2",
  scenarios: [
    { model: "a binary classifier with a sigmoid output" },
    { model: "a neural network with a softmax output" },
    { model: "a logistic-regression spam filter" },
  ],
  prompt: "*“Why do we train {{model}} with cross-entropy and not squared error?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: [
        "Write the Bernoulli log-likelihood of one example.",
        "What does the gradient look like when the model is confidently wrong?",
      ],
      modelAnswer:
        "Cross-entropy is the negative log-likelihood of the labels under the model: for a binary label, $-[y\\log p + (1-y)\\log(1-p)]$ is minus the Bernoulli log-probability, so minimising the average cross-entropy is maximum likelihood. Equivalently, it minimises the KL divergence from the empirical label distribution to the model. With a sigmoid or softmax output its gradient with respect to the logits is simply $p - y$, which stays large when the model is confidently wrong; squared error on the probability multiplies that by $p(1-p)$, which vanishes at saturation, so learning stalls. For logistic regression cross-entropy is also convex in the weights, while squared error on the sigmoid is not.",
      rubric: [
        { id: "nll", text: "Cross-entropy = negative log-likelihood (Bernoulli/categorical): minimising it is MLE", essential: true },
        { id: "gradient", text: "Gradient $p - y$ on the logits: no vanishing when confidently wrong", essential: true },
        { id: "convex", text: "Convex for logistic regression; squared error on a sigmoid is not", essential: true },
        { id: "kl", text: "Equivalently minimises the KL divergence to the data distribution", essential: false },
      ],
    },
  ],
});

const methodOfMoments = defineExplain({
  id: "explain-method-of-moments",
  title: "Explain: method of moments versus MLE",
  topic: "mle-properties",
  difficulty: "medium",
  tags: ["method-of-moments", "estimators", "explain"],
  source: "Casella & Berger (2002), Statistical Inference, §7.2.1–7.2.2; Wasserman (2004), §9.2",
  scenarios: [
    { example: "the upper bound $\\theta$ of a Uniform(0, $\\theta$)" },
    { example: "the shape of a gamma distribution" },
    { example: "the parameters of a two-component mixture" },
  ],
  prompt: "*“How does the method of moments differ from maximum likelihood? Illustrate with {{example}}.”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Which equations does each solve?", "Which one is efficient in large samples?"],
      modelAnswer:
        "The method of moments equates sample moments to their theoretical expressions ($\\bar x = \\mathbb E_\\theta[X]$, …) and solves for $\\theta$; maximum likelihood maximises the probability of the whole sample. Moments are often simpler, need no optimisation, and make good starting values (for Newton or for EM); but they can give estimates outside the parameter space or ignore information (for the uniform, $2\\bar x$ can be below the largest observation, while the MLE is the maximum itself). The MLE is asymptotically efficient under regularity conditions, so it is usually more precise; the two coincide for some models (the Poisson or normal mean).",
      rubric: [
        { id: "mom-definition", text: "Method of moments: match sample moments to theoretical moments and solve", essential: true },
        { id: "mle-definition", text: "MLE maximises the likelihood of the whole sample", essential: true },
        {
          id: "tradeoff",
          text: "Moments are simple (good starting values) but can be inefficient or out of range; the MLE is efficient asymptotically",
          essential: true,
        },
        { id: "example", text: "A concrete difference (e.g. $2\\bar x$ vs the maximum for the uniform)", essential: false },
      ],
    },
  ],
});

const confidenceVsCredible = defineExplain({
  id: "explain-confidence-vs-credible",
  title: "Explain: confidence versus credible intervals",
  topic: "mle-properties",
  difficulty: "hard",
  tags: ["confidence-interval", "credible-interval", "bayesian", "explain"],
  source: "Wasserman (2004), All of Statistics, §6.3.2 and §11.1; Gelman et al. (2013), Bayesian Data Analysis, §2.3",
  scenarios: [
    { example: "a conversion rate of 4.1 % with interval [3.6 %, 4.6 %]" },
    { example: "a treatment effect of 2.3 with interval [0.4, 4.2]" },
    { example: "a mean response time of 180 ms with interval [172, 188] ms" },
  ],
  prompt: "*“A report gives {{example}}. What does a 95 % confidence interval mean, and how does a 95 % credible interval differ?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Which one treats the parameter as random?", "What is random in a confidence interval?"],
      modelAnswer:
        "A frequentist treats the parameter as fixed and the interval as random: a 95 % confidence procedure produces intervals that contain the true value in 95 % of repeated samples; for one computed interval we cannot say there is a 95 % probability the parameter is inside it. A Bayesian treats the parameter as uncertain with a prior, and a 95 % credible interval holds 95 % of the posterior probability: given the model and prior, the parameter lies in it with probability 0.95. With flat-ish priors and large samples the two intervals are often numerically close (the MLE ± 1.96 standard errors), but they answer different questions, and with small samples or informative priors they differ.",
      rubric: [
        { id: "ci-repeated", text: "Confidence: the procedure covers the fixed true value in 95 % of repeated samples", essential: true },
        { id: "ci-not-probability", text: "Not a 95 % probability for the computed interval", essential: true },
        { id: "credible", text: "Credible: 95 % posterior probability, given a prior", essential: true },
        { id: "often-close", text: "Often numerically close with weak priors and large $n$", essential: false },
      ],
    },
  ],
});

const likelihoodRatio = defineExplain({
  id: "explain-likelihood-ratio-test",
  title: "Explain: the likelihood-ratio test",
  topic: "mle-properties",
  difficulty: "hard",
  tags: ["likelihood-ratio", "testing", "deviance", "explain"],
  source: "Casella & Berger (2002), Statistical Inference, §8.2.1 and §10.3.1 (Wilks' theorem)",
  scenarios: [
    { example: "whether a feature improves a logistic regression" },
    { example: "whether two groups share one Poisson rate" },
    { example: "whether a coin is fair" },
  ],
  prompt: "*“How would you use the likelihood to test {{example}}?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Fit two nested models.", "What distribution does twice the log-ratio follow?"],
      modelAnswer:
        "Fit the larger model and the nested smaller one (the null hypothesis as a constraint) by maximum likelihood, and compare their maximised log-likelihoods with the statistic $2(\\ell_1 - \\ell_0)$ (the drop in deviance). Under the null and regularity conditions, Wilks' theorem says it is approximately $\\chi^2$ with degrees of freedom equal to the number of extra parameters; a large value rejects the null. The Wald test ($\\hat\\beta/\\operatorname{se}$) and the score test are asymptotically equivalent alternatives. Caveat: the $\\chi^2$ approximation fails when the null puts a parameter on the boundary, such as testing the number of components of a mixture.",
      rubric: [
        { id: "nested", text: "Fit nested models by maximum likelihood", essential: true },
        { id: "statistic", text: "Statistic $2(\\ell_1 - \\ell_0)$", essential: true },
        { id: "chi-squared", text: "Approximately $\\chi^2$ with df = extra parameters (Wilks)", essential: true },
        {
          id: "boundary",
          text: "Fails at a boundary (e.g. number of mixture components); Wald and score tests are alternatives",
          essential: false,
        },
      ],
    },
  ],
});

export const MLE_EXPLANATIONS: readonly QuestionTemplate[] = [
  probabilityVsLikelihood,
  whyLog,
  mleVsMap,
  varianceBias,
  asymptotics,
  logisticNoClosedForm,
  crossEntropy,
  methodOfMoments,
  confidenceVsCredible,
  likelihoodRatio,
];
