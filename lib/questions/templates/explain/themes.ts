/**
 * Explain questions on the themes interviewers ask around MLE and EM (`docs/content-map.md`, "What
 * interviewers also ask"): the likelihood as a loss, where the sigmoid comes from, using a fitted
 * mixture, beyond the posterior mode, other estimators, Jensen, HMM anatomy, latent-trait and
 * graphical-model cousins.
 */
import { defineExplain, type ExplainSpec } from "../../explain";
import type { QuestionTemplate } from "../../types";

const VOICES = [{ who: "An interviewer" }, { who: "A hiring manager" }, { who: "A senior data scientist" }];

/** One prompt with one part: most explain questions are a single spoken answer. */
function single(
  spec: Omit<ExplainSpec, "parts" | "scenarios"> & {
    scenarios?: ExplainSpec["scenarios"];
    hints: readonly string[];
    modelAnswer: string;
    rubric: ExplainSpec["parts"][number]["rubric"];
  },
): QuestionTemplate {
  const { hints, modelAnswer, rubric, scenarios, ...rest } = spec;
  return defineExplain({
    ...rest,
    scenarios: scenarios ?? VOICES,
    parts: [{ id: "answer", prompt: "Answer in your own words, as you would out loud.", hints, modelAnswer, rubric }],
  });
}

export const THEME_EXPLANATIONS: readonly QuestionTemplate[] = [
  single({
    id: "explain-iid-product",
    title: "Explain: why the likelihood is a product",
    topic: "likelihood",
    difficulty: "easy",
    tags: ["iid", "likelihood", "explain"],
    source: "Wasserman (2004), All of Statistics, §9.3; Casella & Berger (2002), §6.3",
    prompt: "{{who}} asks: *“Why is the likelihood of a data set a product over the observations, and when is that wrong?”*",
    hints: ["What does independence say about a joint density?", "Think of time series or repeated measures on one person."],
    modelAnswer:
      "If the observations are independent and identically distributed given the parameter, their joint density factorises into the product of the individual densities, $L(\\theta) = \\prod_i f(x_i \\mid \\theta)$, and the log-likelihood is a sum. It is wrong when the observations are dependent: a time series (use the chain rule, $\\prod_t f(x_t \\mid x_{<t}, \\theta)$, as in an AR model or an HMM), clustered or repeated measurements on the same unit (random effects), or when they come from different distributions (then each factor has its own parameters or covariates, as in regression, which assumes independence given $x$).",
    rubric: [
      { id: "independence", text: "Independence (given $\\theta$) makes the joint density a product", essential: true },
      {
        id: "identical",
        text: "Identically distributed: the same $f(\\cdot \\mid \\theta)$ in each factor (or covariates in regression)",
        essential: true,
      },
      { id: "dependence", text: "Wrong for dependent data (time series, clusters): use conditionals or random effects", essential: true },
    ],
  }),
  single({
    id: "explain-mle-kl",
    title: "Explain: MLE minimises a KL divergence",
    topic: "likelihood",
    difficulty: "hard",
    tags: ["kl-divergence", "entropy", "training-loss", "explain"],
    source: "Goodfellow, Bengio & Courville (2016), Deep Learning, §5.5; Murphy (2012), MLAPP §2.8",
    prompt: "{{who}} asks: *“In what sense does maximum likelihood fit the model to the data distribution?”*",
    hints: ["Divide the log-likelihood by $n$: what does it estimate?", "Cross-entropy = entropy + KL."],
    modelAnswer:
      "The average log-likelihood $\\frac1n\\sum_i \\log p_\\theta(x_i)$ is the expectation of $\\log p_\\theta$ under the empirical distribution $\\hat p$; its negative is the cross-entropy $H(\\hat p, p_\\theta) = H(\\hat p) + \\mathrm{KL}(\\hat p \\,\\|\\, p_\\theta)$. The entropy of the data does not depend on $\\theta$, so maximising the likelihood minimises $\\mathrm{KL}(\\hat p \\,\\|\\, p_\\theta)$, and as $n \\to \\infty$ the KL from the true distribution. This explains MLE under misspecification (it finds the model closest in this KL direction, which covers all the data's mass, mass-covering rather than mode-seeking) and why per-example NLL (cross-entropy) is the natural training loss.",
    rubric: [
      { id: "average", text: "The average log-likelihood is an expectation under the empirical distribution", essential: true },
      { id: "decomposition", text: "Cross-entropy = entropy of the data + KL(data ‖ model); the entropy is constant", essential: true },
      { id: "minimises-kl", text: "So MLE minimises KL(data ‖ model)", essential: true },
      { id: "misspecified", text: "Under misspecification: the closest model in that KL (mass-covering)", essential: false },
    ],
  }),
  single({
    id: "explain-sufficiency",
    title: "Explain: sufficient statistics",
    topic: "likelihood",
    difficulty: "hard",
    tags: ["sufficiency", "factorisation", "explain"],
    source: "Casella & Berger (2002), Statistical Inference, §6.2.1 (Factorization Theorem)",
    scenarios: [
      { example: "Poisson counts and their total" },
      { example: "Bernoulli outcomes and the number of successes" },
      { example: "normal data and $(\\sum x_i, \\sum x_i^2)$" },
    ],
    prompt: "*“What is a sufficient statistic? Explain with {{example}}, and say why it matters for MLE and EM.”*",
    hints: [
      "Factorisation: $f(x \\mid \\theta) = g(T(x), \\theta)\\,h(x)$.",
      "Two samples with the same statistic: what about their likelihoods?",
    ],
    modelAnswer:
      "A statistic $T(x)$ is sufficient for $\\theta$ if the data carry no further information about $\\theta$ once $T$ is known; by the factorisation theorem, $f(x \\mid \\theta) = g(T(x), \\theta)\\,h(x)$. Then two samples with the same $T$ have proportional likelihoods, so they give the same MLE (and the same posterior). For {{example}}, the likelihood depends on the data only through that statistic. This is why MLEs are functions of a few sums, and why EM's E-step only needs the expected sufficient statistics of the complete data (expected counts, weighted sums), not a guess of every hidden value.",
    rubric: [
      { id: "definition", text: "Sufficient: no more information about $\\theta$ in the data beyond $T$", essential: true },
      { id: "factorisation", text: "Factorisation $g(T, \\theta)h(x)$: likelihoods proportional for equal $T$", essential: true },
      { id: "mle-depends", text: "The MLE depends on the data only through $T$", essential: true },
      { id: "em", text: "EM's E-step computes expected sufficient statistics", essential: false },
    ],
  }),
  single({
    id: "explain-invariance",
    title: "Explain: invariance of the MLE",
    topic: "mle-properties",
    difficulty: "easy",
    tags: ["invariance", "reparameterisation", "explain"],
    source: "Casella & Berger (2002), Statistical Inference, Theorem 7.2.10",
    scenarios: [
      { example: "the standard deviation from the variance MLE" },
      { example: "the odds $p/(1-p)$ from a proportion" },
      { example: "the mean waiting time from an exponential rate" },
    ],
    prompt:
      "*“If you have the MLE of one parameter, how do you get the MLE of a function of it, say {{example}}? Does the same work for an unbiased estimator or for MAP?”*",
    hints: ["Reparameterise: does the maximum of the likelihood move?"],
    modelAnswer:
      "By invariance, the MLE of $g(\\theta)$ is $g(\\hat\\theta)$: reparameterising does not change the likelihood's values, only their labels, so its maximum is at the transformed point (for non-one-to-one $g$, via the induced likelihood). So {{example}} is the function applied to the MLE. Unbiasedness does not carry over: $\\mathbb E[g(\\hat\\theta)] \\ne g(\\mathbb E[\\hat\\theta])$ for nonlinear $g$ (e.g. $\\sqrt{s^2}$ is biased for $\\sigma$). MAP is not invariant either, because a density's mode moves under a nonlinear change of variables (the Jacobian).",
    rubric: [
      { id: "g-of-mle", text: "The MLE of $g(\\theta)$ is $g(\\hat\\theta)$", essential: true },
      { id: "why", text: "Why: reparameterising relabels the likelihood; the maximiser moves with it", essential: true },
      { id: "unbiased-not", text: "Unbiasedness is not preserved under nonlinear $g$", essential: true },
      { id: "map-not", text: "MAP is not invariant (the Jacobian moves the mode)", essential: false },
    ],
  }),
  single({
    id: "explain-sampling-bias",
    title: "Explain: bias from how a sample was drawn",
    topic: "mle-properties",
    difficulty: "medium",
    tags: ["selection-bias", "unbiasedness", "explain"],
    source: "Little & Rubin (2019), Statistical Analysis with Missing Data, §1.3; Heckman (1979), Econometrica 47(1)",
    scenarios: [
      { example: "average spend estimated from customers who answered a survey" },
      { example: "mean time-to-failure estimated from machines that already failed" },
      { example: "average class size estimated by asking students" },
    ],
    prompt: "*“You compute an MLE on {{example}}. The model is right and n is large. Can the estimate still be biased?”*",
    hints: ["Does the likelihood describe how the data were selected?"],
    modelAnswer:
      "Yes. The MLE is consistent for the distribution the data were actually drawn from; if the selection depends on the quantity measured (responders spend differently, failed machines are the short-lived ones, large classes contain more students to ask), the sample comes from a tilted distribution and the estimate is biased however large $n$ is. The fix is to model the selection: write the likelihood of what was observed, including the selection or censoring mechanism (censored-data likelihoods for survival, weighting by inverse selection probabilities, size-biased sampling corrections), or treat non-response as missing data and use EM under a missing-at-random assumption when it is plausible.",
    rubric: [
      { id: "yes", text: "Yes: large $n$ does not remove selection bias", essential: true },
      { id: "mechanism", text: "The sample is drawn from a tilted distribution because selection depends on the outcome", essential: true },
      { id: "fix", text: "Model the selection/censoring in the likelihood, or reweight", essential: true },
      { id: "missing", text: "Missing-data view: EM is valid under MAR, not when missingness depends on the value", essential: false },
    ],
  }),
  single({
    id: "explain-median-quantile",
    title: "Explain: estimating a median",
    topic: "mle-properties",
    difficulty: "medium",
    tags: ["median", "quantile", "laplace", "robustness", "explain"],
    source: "Koenker (2005), Quantile Regression, §1.3; Casella & Berger (2002), §10.2",
    scenarios: [{ example: "house prices" }, { example: "response times with a long tail" }, { example: "incomes" }],
    prompt:
      "*“You want a typical value of {{example}}. When is the sample median a maximum likelihood estimate, and why might you prefer it to the mean?”*",
    hints: ["Which distribution's log-likelihood is a sum of absolute deviations?"],
    modelAnswer:
      "The sample mean is the MLE of a normal location, minimising squared error; the sample median is the MLE of a Laplace (double-exponential) location, because the Laplace log-likelihood is $-\\sum_i |x_i - \\mu|/b$ plus constants, minimised by the median. The median is robust: a few extreme values (common for {{example}}) barely move it, while they drag the mean. Other quantiles come from the asymmetric absolute (pinball) loss, as in quantile regression. For a skewed variable the median also answers a different question (a typical value) than the mean (a total per unit).",
    rubric: [
      { id: "laplace", text: "The median is the MLE of a Laplace location (absolute deviations)", essential: true },
      { id: "mean-normal", text: "The mean is the normal MLE (squared error)", essential: true },
      { id: "robust", text: "The median is robust to outliers and heavy tails", essential: true },
      { id: "pinball", text: "Other quantiles via the pinball loss", essential: false },
    ],
  }),
  single({
    id: "explain-newton-vs-gradient",
    title: "Explain: Newton's method versus gradient ascent",
    topic: "mle-numerical",
    difficulty: "medium",
    tags: ["newton", "gradient-descent", "optimisation", "explain"],
    source: "Nocedal & Wright (2006), Numerical Optimization, §2.2 and §3.3",
    scenarios: [
      { example: "a gamma shape parameter" },
      { example: "a logistic regression with 20 features" },
      { example: "a neural network with a million weights" },
    ],
    prompt: "*“To compute an MLE numerically for {{example}}, would you use Newton's method or gradient ascent? Why?”*",
    hints: ["What does each need per step, and how fast does each converge?"],
    modelAnswer:
      "Gradient ascent uses only the score, takes cheap steps of a chosen size and converges linearly (slowly on ill-conditioned problems). Newton's method also uses the second derivative (the Hessian), rescales the step by the curvature and converges quadratically near the optimum, in a handful of iterations, but each step costs forming and solving with a $p \\times p$ Hessian, $O(p^3)$, and it can diverge from a far start unless damped (line search, step halving). So Newton (or IRLS) suits a few parameters, like a gamma shape or a modest logistic regression, while gradient methods (SGD, Adam, L-BFGS as a quasi-Newton compromise) suit millions of parameters and large data sets.",
    rubric: [
      { id: "gradient", text: "Gradient ascent: first derivatives, cheap steps, linear convergence, needs a step size", essential: true },
      { id: "newton", text: "Newton: uses the Hessian, quadratic convergence near the optimum", essential: true },
      {
        id: "tradeoff",
        text: "Newton costs $O(p^3)$ per step and needs damping: small $p$ → Newton, large $p$ → gradient methods",
        essential: true,
      },
      { id: "quasi", text: "Quasi-Newton (L-BFGS) in between", essential: false },
    ],
  }),
  single({
    id: "explain-complete-vs-observed",
    title: "Explain: complete-data versus observed-data likelihood",
    topic: "why-labels-matter",
    difficulty: "medium",
    tags: ["complete-data", "observed-data", "latent-variables", "explain"],
    source: "Dempster, Laird & Rubin (1977), JRSS B 39(1), §1; McLachlan & Krishnan (2008), §1.5",
    scenarios: [
      { example: "a Gaussian mixture with hidden memberships" },
      { example: "survey data with missing answers" },
      { example: "the two-coin experiment" },
    ],
    prompt: "*“What are the complete-data and observed-data likelihoods in {{example}}, and which one does EM maximise?”*",
    hints: ["Which one needs the hidden values?", "How are the two related?"],
    modelAnswer:
      "The complete-data likelihood $p(x, z \\mid \\theta)$ is what we would have if the hidden values $z$ were observed; it is usually simple (it factorises, with closed-form MLEs). The observed-data likelihood is its marginal, $p(x \\mid \\theta) = \\sum_z p(x, z \\mid \\theta)$ (an integral for continuous $z$): the quantity we actually want to maximise, and it is hard because of the sum inside the log. EM maximises the observed-data likelihood, using the complete-data one as a tool: the E-step takes its expectation over $z$ given $x$ and the current $\\theta$, and the M-step maximises that expectation.",
    rubric: [
      { id: "complete", text: "Complete-data: $p(x, z \\mid \\theta)$, as if $z$ were observed; simple", essential: true },
      { id: "observed", text: "Observed-data: marginal over $z$; log of a sum, hard", essential: true },
      { id: "em-target", text: "EM maximises the observed-data likelihood via the expected complete-data log-likelihood", essential: true },
    ],
  }),
  single({
    id: "explain-missing-data",
    title: "Explain: EM for missing values",
    topic: "why-labels-matter",
    difficulty: "hard",
    tags: ["missing-data", "mar", "imputation", "explain"],
    source: "Little & Rubin (2019), Statistical Analysis with Missing Data, ch. 8 and 11; Rubin (1976), Biometrika 63(3)",
    scenarios: [
      { example: "a bivariate normal with some incomes missing" },
      { example: "sensor data with gaps" },
      { example: "a survey where some ages are blank" },
    ],
    prompt:
      "*“How would you estimate a mean and covariance from {{example}}? Why not just drop incomplete rows or fill in the column mean?”*",
    hints: ["What does each shortcut do to the covariance?", "Under what assumption is EM's answer the MLE?"],
    modelAnswer:
      "Dropping incomplete rows wastes data and is biased unless the values are missing completely at random; filling in the column mean shrinks variances and correlations towards zero. EM treats the missing values as hidden: the E-step replaces each missing value's sufficient statistics by their conditional expectations given the observed values in that row and the current mean and covariance (conditional means, and conditional variances added to the squares, which mean imputation forgets), and the M-step recomputes the mean and covariance from those expected statistics. It converges to the MLE under the missing-at-random assumption (missingness may depend on observed values, not on the missing ones).",
    rubric: [
      { id: "shortcuts", text: "Dropping rows loses data/biases; mean imputation understates variance and correlation", essential: true },
      {
        id: "e-step",
        text: "E-step: conditional expectations of the missing sufficient statistics (including conditional variances)",
        essential: true,
      },
      { id: "m-step", text: "M-step: mean and covariance from the expected statistics", essential: true },
      { id: "mar", text: "Valid (MLE) under missing at random", essential: true },
    ],
  }),
  single({
    id: "explain-em-vs-gradient",
    title: "Explain: EM versus gradient ascent",
    topic: "em-properties",
    difficulty: "hard",
    tags: ["em", "gradient-ascent", "optimisation", "explain"],
    source: "Xu & Jordan (1996), Neural Computation 8(1); Salakhutdinov, Roweis & Ghahramani (2003), ICML",
    prompt: "{{who}} asks: *“Why use EM for a Gaussian mixture rather than gradient ascent on the log-likelihood?”*",
    hints: ["Constraints: weights on a simplex, positive-definite covariances.", "When is EM slow?"],
    modelAnswer:
      "EM needs no step size and never decreases the log-likelihood; its M-step has closed forms that keep every constraint automatically (weights sum to one, variances stay positive, covariances positive-definite), which gradient ascent has to enforce by reparameterisation or projection. Each iteration is cheap and simple to implement. Its drawbacks: convergence is linear and can be very slow when components overlap (much missing information), and the M-step must be tractable. Gradient-based or quasi-Newton methods (or hybrids that switch near the optimum) can converge faster there, and stochastic gradients scale to huge data sets; both find only local optima.",
    rubric: [
      { id: "no-step-size", text: "EM: no step size, monotone increase", essential: true },
      { id: "constraints", text: "Closed-form M-step keeps constraints (simplex, positive variances) automatically", essential: true },
      { id: "slow", text: "EM can be slow (linear rate, overlapping components); gradient/quasi-Newton can be faster", essential: true },
      { id: "local", text: "Both find local optima", essential: false },
    ],
  }),
  single({
    id: "explain-jensen",
    title: "Explain: Jensen's inequality",
    topic: "em-properties",
    difficulty: "medium",
    tags: ["jensen", "convexity", "lower-bound", "explain"],
    source: "Cover & Thomas (2006), Elements of Information Theory, §2.6; Bishop (2006), PRML §1.6.1",
    prompt: "{{who}} asks: *“State Jensen's inequality and tell me where it shows up in EM.”*",
    hints: ["A concave function of an average versus the average of the function.", "The log is concave."],
    modelAnswer:
      "For a convex function $\\varphi$, $\\varphi(\\mathbb E[X]) \\le \\mathbb E[\\varphi(X)]$; for a concave one such as the log the inequality reverses, $\\log \\mathbb E[X] \\ge \\mathbb E[\\log X]$, with equality when $X$ is constant. In EM, write $\\log p(x \\mid \\theta) = \\log \\mathbb E_{q(z)}\\big[p(x, z \\mid \\theta)/q(z)\\big]$ for any distribution $q$ over the hidden variables; Jensen gives the lower bound $\\mathbb E_q[\\log p(x, z \\mid \\theta) - \\log q(z)]$, tight when the ratio is constant in $z$, i.e. when $q$ is the posterior. That is the E-step; the M-step maximises the bound. (It also explains why the mean of logs is below the log of the mean, as in the lognormal MLE.)",
    rubric: [
      { id: "statement", text: "Convex: $\\varphi(\\mathbb E X) \\le \\mathbb E\\varphi(X)$; concave (log): reversed", essential: true },
      { id: "equality", text: "Equality when the variable is constant", essential: true },
      { id: "em-bound", text: "In EM it gives the lower bound (ELBO); tight at the posterior (E-step)", essential: true },
    ],
  }),
  single({
    id: "explain-gda-vs-logistic",
    title: "Explain: generative versus discriminative",
    topic: "model-zoo",
    difficulty: "medium",
    tags: ["generative", "discriminative", "gda", "naive-bayes", "logistic", "explain"],
    source: "Ng & Jordan (2002), NeurIPS 14; Bishop (2006), PRML §4.2–4.3",
    scenarios: [{ example: "spam filtering" }, { example: "medical diagnosis from a few lab values" }, { example: "fraud detection" }],
    prompt:
      "*“For {{example}}, compare Gaussian discriminant analysis (or naive Bayes) with logistic regression. Where does the sigmoid come from?”*",
    hints: ["Which joint or conditional does each model?", "Bayes' rule with shared-variance Gaussians."],
    modelAnswer:
      "GDA and naive Bayes are generative: they model $p(x \\mid y)$ and $p(y)$ by MLE (class means, a shared covariance, class shares; for naive Bayes, per-feature distributions assumed independent given the class) and classify with Bayes' rule. Logistic regression is discriminative: it models $p(y \\mid x)$ directly and maximises the conditional likelihood. With Gaussian class-conditionals sharing a covariance, Bayes' rule gives log-odds linear in $x$, so the posterior is a sigmoid of a linear function: the same form as logistic regression, which assumes only that form. Generative models need less data when their assumptions hold and handle missing features and unlabelled data (a GMM is GDA with hidden labels); logistic regression is more robust when they do not hold, and is better asymptotically.",
    rubric: [
      { id: "generative", text: "Generative: model $p(x \\mid y)p(y)$, classify by Bayes' rule", essential: true },
      { id: "discriminative", text: "Discriminative: model $p(y \\mid x)$ directly", essential: true },
      { id: "sigmoid", text: "Shared-covariance Gaussians give linear log-odds: the sigmoid", essential: true },
      { id: "tradeoff", text: "Generative: less data if assumptions hold; discriminative: more robust", essential: true },
      { id: "gmm-twin", text: "A GMM is GDA without the labels", essential: false },
    ],
  }),
  single({
    id: "explain-gmm-anomaly-detection",
    title: "Explain: anomaly detection with a mixture",
    topic: "model-zoo",
    difficulty: "medium",
    tags: ["anomaly-detection", "gmm", "density", "explain"],
    source: "Chandola, Banerjee & Kumar (2009), ACM Computing Surveys 41(3), §7; Bishop (2006), PRML §9.2",
    scenarios: [{ example: "card transactions" }, { example: "server metrics" }, { example: "sensor readings from a turbine" }],
    prompt: "*“How would you use a Gaussian mixture to flag unusual {{example}}, and what can go wrong?”*",
    hints: ["Score a new point by what?", "How do you pick the threshold?"],
    modelAnswer:
      "Fit the mixture by EM on (mostly) normal data, choosing K and the covariance type by BIC or held-out likelihood. Score each new point by its log-density under the fitted mixture, $\\log \\sum_k w_k \\mathcal N(x \\mid \\mu_k, \\Sigma_k)$ (computed with log-sum-exp), and flag points below a threshold chosen from a quantile of the training scores or from a target false-alarm rate on validation data. Pitfalls: anomalies in the training data get their own small component (then they look normal), degenerate components with tiny variances, the curse of dimensionality for densities in many dimensions, and scaling features differently changes which points look rare.",
    rubric: [
      { id: "fit", text: "Fit the mixture (EM) on normal data; choose K/covariance", essential: true },
      { id: "score", text: "Score by log-density under the mixture", essential: true },
      { id: "threshold", text: "Threshold from a quantile / target false-alarm rate", essential: true },
      { id: "pitfalls", text: "Pitfalls: anomalies absorbed by a component, collapse, high dimension, scaling", essential: false },
    ],
  }),
  single({
    id: "explain-covariance-types",
    title: "Explain: full, diagonal or spherical covariances",
    topic: "model-zoo",
    difficulty: "medium",
    tags: ["gmm", "covariance", "model-selection", "explain"],
    source: "Fraley & Raftery (2002), JASA 97(458); scikit-learn documentation, GaussianMixture covariance_type",
    scenarios: [
      { example: "50-dimensional embeddings" },
      { example: "two correlated measurements per patient" },
      { example: "colour pixels in RGB" },
    ],
    prompt: "*“When fitting a Gaussian mixture to {{example}}, how do you choose between full, diagonal, spherical and tied covariances?”*",
    hints: ["Count parameters per component.", "What shape can each express?"],
    modelAnswer:
      "Full covariances let each component be an arbitrary ellipsoid (any orientation and correlation) at $d(d+1)/2$ parameters each; diagonal ones are axis-aligned ellipsoids ($d$ each, no correlations within a component); spherical ones are balls ($1$ each); tied means one covariance shared by all components. More flexible shapes fit better but cost parameters, need more data per component and are more prone to singular covariances. Choose by BIC or held-out log-likelihood over both K and covariance type; in high dimensions prefer diagonal or tied (or reduce dimension first), and with correlated features and enough data prefer full, or several diagonal components can imitate one full one.",
    rubric: [
      { id: "shapes", text: "Full: any ellipsoid; diagonal: axis-aligned; spherical: balls; tied: shared", essential: true },
      { id: "parameters", text: "Parameter counts differ ($d(d+1)/2$ vs $d$ vs 1 per component)", essential: true },
      { id: "choose", text: "Choose by BIC / held-out likelihood, considering data size and dimension", essential: true },
    ],
  }),
  single({
    id: "explain-bayesian-mixture",
    title: "Explain: a Dirichlet prior on mixture weights",
    topic: "model-zoo",
    difficulty: "hard",
    tags: ["dirichlet", "bayesian", "mixtures", "explain"],
    source: "Bishop (2006), PRML §10.2.1 (variational mixture, Figure 10.6); Rousseau & Mengersen (2011), JRSS B 73(5)",
    prompt:
      "{{who}} asks: *“In a Bayesian Gaussian mixture, what does the Dirichlet prior's concentration do, and how can that help choose K?”*",
    hints: ["What does a concentration below 1 favour?"],
    modelAnswer:
      "The mixing weights get a Dirichlet prior with concentration $\\alpha$. A large $\\alpha$ favours balanced weights, so all components stay in use. A small $\\alpha$ (below 1) favours sparse weights: with more components than needed, the posterior (or variational fit) drives the weights of superfluous components to nearly zero and leaves them empty, so the effective number of components is learned from the data instead of being fixed by a BIC search. It also regularises against degenerate solutions. K is then an upper bound; Dirichlet-process mixtures take it to infinity.",
    rubric: [
      { id: "prior", text: "A Dirichlet prior on the mixing weights", essential: true },
      { id: "small-alpha", text: "Small concentration favours sparse weights: unneeded components empty out", essential: true },
      { id: "effective-k", text: "So the effective K is learned (K fixed only as an upper bound)", essential: true },
      { id: "dp", text: "Dirichlet-process mixtures as the infinite limit", essential: false },
    ],
  }),
  single({
    id: "explain-bimodal-mixture",
    title: "Explain: when a two-component mixture is bimodal",
    topic: "model-zoo",
    difficulty: "medium",
    tags: ["mixtures", "bimodality", "density", "explain"],
    source: "Schilling, Watkins & Watkins (2002), The American Statistician 56(3); McLachlan & Peel (2000), §1.5",
    scenarios: [
      { example: "adult heights of men and women" },
      { example: "Old Faithful's eruption durations" },
      { example: "response times of two user groups" },
    ],
    prompt:
      "*“You fit a two-component Gaussian mixture to {{example}}. Does that mean the distribution has two peaks? And does a good fit mean there really are two groups?”*",
    hints: ["Two equal-variance normals: how far apart must the means be?", "Can a mixture approximate a skewed single-group density?"],
    modelAnswer:
      "Not necessarily. An equal-weight mixture of two normals with equal variance $\\sigma^2$ is bimodal only when the means are more than $2\\sigma$ apart; closer than that it has one peak (men's and women's heights overlap so much that their mixture is unimodal). Conversely, a good mixture fit does not prove two real groups: Gaussian mixtures can approximate almost any smooth density, so a skewed or heavy-tailed single population is also fitted well by two or three components. Interpreting components as groups needs outside evidence (a covariate, domain knowledge, stability across samples), not the fit alone.",
    rubric: [
      { id: "separation", text: "Bimodal only if the means are far enough apart (> 2σ for equal weights and variances)", essential: true },
      { id: "approximator", text: "Mixtures approximate many densities: a good fit does not prove groups", essential: true },
      { id: "evidence", text: "Interpreting components needs outside evidence", essential: true },
    ],
  }),
  single({
    id: "explain-hmm-assumptions",
    title: "Explain: HMM assumptions versus naive Bayes",
    topic: "model-zoo",
    difficulty: "medium",
    tags: ["hmm", "naive-bayes", "conditional-independence", "explain"],
    source: "Rabiner (1989), Proc. IEEE 77(2); Jurafsky & Martin (2024), Speech and Language Processing, ch. 8 and App. A",
    prompt: "{{who}} asks: *“What independence assumptions does an HMM make, and how do they compare with naive Bayes?”*",
    hints: ["The state process, and each observation given its state.", "Naive Bayes: features given the class."],
    modelAnswer:
      "An HMM makes two assumptions: the Markov assumption (the next hidden state depends only on the current one) and output independence (each observation depends only on the state at its own time, not on other observations or states). Naive Bayes assumes that the features are conditionally independent given the class, with a single class per example and no sequence. So an HMM is like naive Bayes with one class per time step whose classes are chained by a Markov model; both factorise the joint distribution to make estimation and inference cheap, and both are wrong in detail (correlated words, long-range dependencies) yet often useful. Conditional models (CRFs, logistic regression) drop the assumptions about the observations.",
    rubric: [
      { id: "markov", text: "Markov assumption on the hidden states", essential: true },
      { id: "output", text: "Output independence: each observation depends only on its state", essential: true },
      { id: "nb", text: "Naive Bayes: features independent given the class (one class, no sequence)", essential: true },
      { id: "crf", text: "Discriminative alternatives (CRF) drop the observation assumptions", essential: false },
    ],
  }),
  single({
    id: "explain-latent-trait",
    title: "Explain: ability and difficulty as hidden traits",
    topic: "model-zoo",
    difficulty: "hard",
    tags: ["irt", "latent-trait", "selection-bias", "explain"],
    source: "Rasch (1960); Baker & Kim (2004), Item Response Theory, ch. 1 and 6 (marginal MLE via EM, Bock & Aitkin 1981)",
    scenarios: [
      { example: "students answering practice questions" },
      { example: "climbers attempting routes" },
      { example: "players solving puzzles" },
    ],
    prompt:
      "*“You model whether {{example}} succeed as $\\sigma(\\text{ability} - \\text{difficulty})$. How do you fit it, and why is the raw success rate a poor measure when people choose their own items?”*",
    hints: ["Abilities are hidden traits.", "Who attempts the hardest items?"],
    modelAnswer:
      "This is a Rasch (one-parameter logistic) item-response model. Abilities are latent traits: with many people one fits item difficulties by marginal maximum likelihood, integrating over an ability distribution, with EM (Bock–Aitkin) or by joint/conditional likelihood; abilities are then estimated per person. Raw success rates confound ability with the items attempted: if strong people choose harder items, their success rate looks no better than weaker people on easy items. The model separates the two, because each success is judged against the item's difficulty; it also needs identification (fix the mean difficulty or ability), and assumes one dimension and independent responses given ability.",
    rubric: [
      { id: "latent", text: "Ability is a latent trait; difficulty an item parameter (Rasch/IRT)", essential: true },
      { id: "fit", text: "Fit by (marginal) maximum likelihood, often with EM over the hidden abilities", essential: true },
      { id: "confounding", text: "Raw rates confound ability with self-chosen item difficulty", essential: true },
      { id: "identification", text: "Needs an identification constraint (location is arbitrary)", essential: false },
    ],
  }),
  single({
    id: "explain-mpe-vs-marginal-map",
    title: "Explain: most probable explanation versus marginal MAP",
    topic: "model-zoo",
    difficulty: "hard",
    tags: ["graphical-models", "map-inference", "viterbi", "explain"],
    source: "Koller & Friedman (2009), Probabilistic Graphical Models, §2.1.5 and §13.1",
    scenarios: [
      { example: "an HMM for part-of-speech tags" },
      { example: "a diagnosis network with symptoms and diseases" },
      { example: "a mixture model's component assignments" },
    ],
    prompt:
      "*“In {{example}}, what is the difference between the single most probable joint assignment of the hidden variables and the most probable value of each one separately?”*",
    hints: ["Maximise the joint, or marginalise then maximise?", "Viterbi versus forward–backward."],
    modelAnswer:
      "The most probable explanation (MPE, joint MAP) maximises the posterior over all hidden variables jointly, $\\arg\\max_z p(z \\mid x)$ (Viterbi in an HMM). Maximising each variable's own marginal posterior, $\\arg\\max_{z_t} p(z_t \\mid x)$ (from forward–backward), can give a different answer, and the combination of per-variable winners can even be a sequence with probability zero (an impossible transition). Marginal MAP maximises over a subset after summing out the rest, and is harder in general than either. Which one to use depends on the loss: the joint for whole-sequence correctness, marginals for per-position accuracy. EM's E-step uses marginal posteriors (soft), not a single MAP assignment (that would be hard EM).",
    rubric: [
      { id: "joint", text: "MPE: maximise the joint posterior (Viterbi)", essential: true },
      { id: "marginals", text: "Per-variable: maximise each marginal (forward–backward)", essential: true },
      { id: "differ", text: "They can differ; per-variable winners may be jointly impossible", essential: true },
      { id: "em", text: "EM uses marginal posteriors; hard EM uses a single assignment", essential: false },
    ],
  }),
  single({
    id: "explain-factor-analysis",
    title: "Explain: factor analysis and probabilistic PCA by EM",
    topic: "model-zoo",
    difficulty: "hard",
    tags: ["factor-analysis", "ppca", "continuous-latent", "explain"],
    source: "Tipping & Bishop (1999), JRSS B 61(3); Bishop (2006), PRML §12.2; Ghahramani & Hinton (1996)",
    scenarios: [{ example: "psychological test scores" }, { example: "stock returns" }, { example: "gene expression profiles" }],
    prompt:
      "*“{{example}} are modelled with a few continuous hidden factors. How does EM fit such a model, and how is it related to PCA?”*",
    hints: ["What is hidden here, and what is its posterior?", "What happens as the noise shrinks?"],
    modelAnswer:
      "In factor analysis $x = Wz + \\mu + \\varepsilon$ with a low-dimensional Gaussian factor $z \\sim \\mathcal N(0, I)$ and Gaussian noise (diagonal covariance; isotropic $\\sigma^2 I$ in probabilistic PCA). The hidden variables are continuous, so the E-step computes each point's Gaussian posterior over $z$ (its mean and covariance) instead of discrete responsibilities, and the M-step solves a regression of $x$ on the expected factors to update $W$ and the noise. Probabilistic PCA has a closed-form MLE whose columns span the top principal components; EM reaches it without forming the full covariance and handles missing values. As the noise goes to zero, PPCA becomes ordinary PCA.",
    rubric: [
      { id: "model", text: "Linear-Gaussian latent factor model (FA: diagonal noise; PPCA: isotropic)", essential: true },
      { id: "e-step", text: "E-step: Gaussian posterior of continuous factors (means and covariances)", essential: true },
      { id: "m-step", text: "M-step: regression-like update of the loadings and noise", essential: true },
      { id: "pca", text: "PPCA's MLE spans the principal subspace; PCA as the zero-noise limit", essential: false },
    ],
  }),
];
