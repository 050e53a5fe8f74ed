/**
 * Model-zoo concept questions (content map 8), the easy end: which models are plain MLE problems
 * (closed form or Newton/IRLS) and which have something hidden that calls for EM.
 */
import { defineConcept } from "../../concept";

export const conceptZooWhichNeedEm = defineConcept({
  id: "concept-zoo-which-need-em",
  title: "Which of these fits call for EM?",
  topic: "model-zoo",
  difficulty: "easy",
  tags: ["model-zoo", "latent-variable", "gmm", "hmm", "factor-analysis", "naive-bayes", "logistic"],
  source:
    "Bishop (2006), PRML §9.2 (mixtures), §12.2.4 (factor analysis) and §13.2 (HMMs); Murphy (2012), MLAPP §3.5 (naive Bayes) and §8.3 (logistic regression)",
  prompt: "A team has five modelling jobs. Each is fitted by maximum likelihood.",
  parts: [
    {
      id: "answer",
      prompt: "For which of them is EM (or a variant of it) the textbook fitting method? Select all that apply.",
      input: "multi",
      options: [
        {
          id: "gmm-heights",
          correct: true,
          label: "A two-component Gaussian mixture for adult heights, with nobody's sex recorded.",
          explanation:
            "The component label of each height is hidden, so the log-likelihood is a log of a sum; EM alternates responsibilities and weighted Gaussian MLEs.",
        },
        {
          id: "hmm-speech",
          correct: true,
          label: "A hidden Markov model for speech, where the phoneme sequence was never annotated.",
          explanation:
            "The state sequence is hidden; HMMs are fitted by Baum–Welch, which is EM with the forward–backward algorithm as its E-step.",
        },
        {
          id: "logistic-loans",
          correct: false,
          label: "Logistic regression for default or no default, on loans whose outcome is recorded.",
          explanation:
            "Nothing is hidden. Logistic regression is fitted iteratively (Newton / IRLS) only because its score equations are nonlinear: that is numerical MLE, not EM.",
        },
        {
          id: "naive-bayes-labelled",
          correct: false,
          label: "A naive Bayes spam filter trained on emails each marked spam or ham.",
          explanation:
            "With every class label observed, naive Bayes is fitted by counting (class frequencies and per-class word frequencies): a closed-form MLE, no EM.",
        },
        {
          id: "factor-analysis",
          correct: true,
          label: "Factor analysis of test scores, explained by a few unobserved abilities.",
          explanation:
            "The ability factors $z_i$ are continuous latent variables, and the factor-analysis MLE has no closed form; EM (Rubin & Thayer, 1982) is the standard method.",
        },
      ],
      hints: [
        "For each job ask: is some variable part of the model but absent from the data?",
        "Iterating is not the test: logistic regression iterates too. The test is whether a hidden variable puts a sum inside the log.",
      ],
    },
  ],
  solution: [
    "EM is for models with a **latent variable**: the Gaussian mixture (hidden component label), the HMM (hidden state sequence, Baum–Welch) and factor analysis (hidden continuous factors).",
    "Logistic regression and labelled naive Bayes have everything observed. Naive Bayes has a closed-form MLE (counts); logistic regression needs Newton / IRLS because $\\sum_i (y_i - \\sigma(x_i^\\top \\beta))x_i = 0$ is nonlinear, but that is an iterative MLE, not EM.",
    "The quick test in an interview: *if I knew the hidden variable, would the fit be an ordinary MLE?* If there is no hidden variable to know, it is plain MLE.",
  ].join("\n\n"),
});

export const conceptZooSpotTheLatent = defineConcept({
  id: "concept-zoo-spot-the-latent",
  title: "Spot what is hidden",
  topic: "model-zoo",
  difficulty: "easy",
  tags: ["model-zoo", "latent-variable", "missing-data", "censoring"],
  source:
    "Dempster, Laird & Rubin (1977), Maximum likelihood from incomplete data via the EM algorithm, JRSS B 39, §1 and §4; Little & Rubin (2019), Statistical Analysis with Missing Data, ch. 1 and ch. 8",
  prompt:
    "EM applies whenever the data you have can be seen as part of a larger, *complete* data set whose likelihood would be easy to maximise.",
  parts: [
    {
      id: "answer",
      prompt: "In which of these problems is there a quantity that EM can treat as missing? Select all that apply.",
      input: "multi",
      options: [
        {
          id: "segments",
          correct: true,
          label: "Purchase histories of customers who belong to a few unrecorded segments.",
          explanation:
            "Each customer's segment is a hidden label: with it, each segment's parameters would be a plain MLE; without it, a mixture model and EM.",
        },
        {
          id: "skipped-income",
          correct: true,
          label: "A survey in which some respondents skipped the income question (missing at random).",
          explanation:
            "The skipped answers are literally missing data; under missing at random EM maximises the likelihood of what was observed, using the other answers to fill in expected sufficient statistics.",
        },
        {
          id: "house-prices",
          correct: false,
          label: "House prices regressed on floor area, with both recorded for every house.",
          explanation:
            "Every variable in the model is recorded: this is linear regression, fitted by least squares in closed form. Nothing is hidden.",
        },
        {
          id: "click-rate",
          correct: false,
          label: "The click-through rate of an advert, from a log of impressions and clicks.",
          explanation:
            "Every impression and click is recorded: the MLE is clicks divided by impressions (a binomial proportion). Nothing is hidden.",
        },
        {
          id: "censored-bulbs",
          correct: true,
          label: "Bulb lifetimes from a test stopped at 1000 hours, so some lifetimes are only known to exceed 1000.",
          explanation:
            "The exact lifetimes of the surviving bulbs are missing (censored); Dempster, Laird & Rubin list censoring among EM's applications. For an exponential model a closed form also exists (failures divided by total time on test), but the censored values are still missing data.",
        },
      ],
      hints: [
        "For each problem, imagine the ideal data set. Is anything in it absent from what was collected?",
        "Missing can mean a label (segment), a value (income) or an exact number known only to exceed a bound (censoring).",
      ],
    },
  ],
  solution: [
    "EM's setting is **incomplete data**: observed $x$, missing $z$, and a complete-data likelihood $p(x, z \\mid \\theta)$ that would be easy to maximise.",
    "Three problems fit: unrecorded **segments** (a mixture's labels), **skipped answers** (missing values under missing at random) and **censored lifetimes** (values known only to exceed 1000 hours).",
    "House prices on floor area and a click-through rate have every quantity recorded: their MLEs are least squares and $\\hat p = \\text{clicks}/\\text{impressions}$.",
  ].join("\n\n"),
});

export const conceptZooNaiveBayesLabelled = defineConcept({
  id: "concept-zoo-naive-bayes-labelled",
  title: "Fitting naive Bayes with labels",
  topic: "model-zoo",
  difficulty: "easy",
  tags: ["model-zoo", "naive-bayes", "closed-form", "counting"],
  source: "Murphy (2012), MLAPP §3.5.1 (MLE for naive Bayes); Ng & Jordan (2002), On discriminative vs. generative classifiers, NIPS 14",
  prompt:
    "A spam filter uses naive Bayes with binary word features $x_{w} \\in \\{0, 1\\}$: $p(y = c) = \\pi_c$ and $p(x_w = 1 \\mid y = c) = \\theta_{wc}$, words independent given the class. It is trained on 10,000 emails, **each labelled** spam or ham.",
  parts: [
    {
      id: "answer",
      prompt: "How are $\\pi_c$ and $\\theta_{wc}$ estimated by maximum likelihood?",
      input: "choice",
      options: [
        {
          id: "counting",
          correct: true,
          label:
            "By counting: $\\hat\\pi_c$ is the share of emails in class $c$ and $\\hat\\theta_{wc}$ is the share of class-$c$ emails that contain word $w$.",
          explanation:
            "With the labels observed, the joint log-likelihood separates into one Bernoulli or categorical term per class and per (word, class); each has the familiar closed-form MLE, a proportion.",
        },
        {
          id: "em",
          correct: false,
          label: "By EM, treating the class of each email as a latent variable.",
          explanation:
            "The class of every training email is recorded, so it is not latent. EM is what naive Bayes needs when some or all emails are unlabelled.",
        },
        {
          id: "newton-joint",
          correct: false,
          label: "By Newton's method on the joint log-likelihood, because it has no closed form.",
          explanation:
            "It does have one: the joint log-likelihood is a sum of separate Bernoulli and categorical log-likelihoods, each maximised by a proportion.",
        },
        {
          id: "gradient-conditional",
          correct: false,
          label: "By gradient ascent on the conditional likelihood $\\prod_i p(y_i \\mid x_i)$.",
          explanation:
            "Maximising the conditional likelihood is how the discriminative partner, logistic regression, is fitted. Naive Bayes is generative: it maximises the joint likelihood $p(x, y)$, which has a closed form.",
        },
        {
          id: "variational",
          correct: false,
          label: "By variational inference, because the words are not really independent.",
          explanation:
            "The model assumes the words are independent given the class, whatever the truth; under that assumption nothing is intractable and the MLE is a set of counts.",
        },
      ],
      hints: [
        "Is anything unobserved in the training data?",
        "Write the log-likelihood as $\\sum_i \\log \\pi_{y_i} + \\sum_i \\sum_w \\log p(x_{iw} \\mid y_i)$: how many separate problems is that?",
      ],
    },
  ],
  solution: [
    "With labels, the joint log-likelihood separates:",
    "$$\\ell = \\sum_c N_c \\log \\pi_c + \\sum_{w,c} \\big[ N_{wc} \\log \\theta_{wc} + (N_c - N_{wc}) \\log(1 - \\theta_{wc}) \\big],$$",
    "where $N_c$ counts class-$c$ emails and $N_{wc}$ those of them that contain word $w$. Each term is a Bernoulli or categorical log-likelihood, so $\\hat\\pi_c = N_c / N$ and $\\hat\\theta_{wc} = N_{wc} / N_c$: counting, in one pass, no iterations.",
    "Add-one (Laplace) smoothing, $(N_{wc} + 1)/(N_c + 2)$, is the MAP estimate under a $\\text{Beta}(2, 2)$ prior, not the MLE. EM enters only when labels are missing.",
  ].join("\n\n"),
});

export const conceptZooPoissonRegression = defineConcept({
  id: "concept-zoo-poisson-regression",
  title: "Poisson regression: EM or not?",
  topic: "model-zoo",
  difficulty: "easy",
  tags: ["model-zoo", "poisson-regression", "glm", "irls", "true-false"],
  source: "McCullagh & Nelder (1989), Generalized Linear Models, §2.5 (IRLS) and ch. 6 (log-linear models); Murphy (2012), MLAPP §9.3",
  prompt:
    "Claim counts $y_i$ are modelled by Poisson regression, $y_i \\sim \\text{Poisson}(\\mu_i)$ with $\\log \\mu_i = x_i^\\top \\beta$. Every count and covariate is recorded.",
  parts: [
    {
      id: "answer",
      prompt: "True or false: *\"Because the score equations have no closed form, Poisson regression is fitted with EM.\"*",
      input: "choice",
      options: [
        {
          id: "false-nothing-hidden",
          correct: true,
          label:
            "False: because nothing is hidden; the concave log-likelihood $\\sum_i (y_i x_i^\\top\\beta - e^{x_i^\\top\\beta})$ (plus a constant) is maximised iteratively by IRLS (Newton / Fisher scoring).",
          explanation:
            "No closed form means *iterative*, not *EM*. EM needs a latent variable; Poisson regression has none, and its concave log-likelihood lets IRLS reach the global maximum.",
        },
        {
          id: "true-no-closed-form",
          correct: false,
          label: "True: because any model without a closed-form MLE needs EM.",
          explanation:
            "Lacking a closed form calls for a numerical optimiser (Newton, IRLS, gradient ascent), as for logistic regression. EM is for hidden variables, not for nonlinear equations.",
        },
        {
          id: "true-mean-latent",
          correct: false,
          label: "True: because the Poisson mean $\\mu_i$ of each observation is never observed, so it is latent.",
          explanation:
            "$\\mu_i = e^{x_i^\\top\\beta}$ is a deterministic function of the parameters and the covariates, not a random hidden variable with a posterior: there is nothing for an E-step to average over.",
        },
        {
          id: "false-log-least-squares",
          correct: false,
          label: "False: because the MLE is in closed form, $\\hat\\beta = (X^\\top X)^{-1}X^\\top \\log y$.",
          explanation:
            "That is least squares on $\\log y$, a different estimator (and undefined for zero counts). The Poisson score equations $\\sum_i (y_i - e^{x_i^\\top\\beta})x_i = 0$ are nonlinear and have no closed form.",
        },
      ],
      hints: [
        "What does EM need that a regression with all its counts recorded does not have?",
        "Without a closed form, which tool solves the nonlinear score equations of a generalised linear model?",
      ],
    },
  ],
  solution: [
    "The Poisson regression log-likelihood is",
    "$$\\ell(\\beta) = \\sum_i \\big( y_i x_i^\\top \\beta - e^{x_i^\\top \\beta} - \\log y_i! \\big),$$",
    "with score $\\sum_i (y_i - e^{x_i^\\top\\beta}) x_i$ and Hessian $-\\sum_i e^{x_i^\\top\\beta} x_i x_i^\\top$, which is negative semi-definite: $\\ell$ is concave. The score equations are nonlinear, so $\\hat\\beta$ is found by IRLS (Newton's method for this canonical link).",
    "The statement is **false**: lacking a closed form is a reason to iterate, not a reason to use EM. EM is for models with a hidden variable; here every quantity is observed.",
  ].join("\n\n"),
});

export const conceptZooLinearRegressionMle = defineConcept({
  id: "concept-zoo-linear-regression-mle",
  title: "Linear regression as an MLE",
  topic: "model-zoo",
  difficulty: "easy",
  tags: ["model-zoo", "linear-regression", "least-squares", "closed-form", "true-false"],
  source: "Bishop (2006), PRML §3.1.1 (maximum likelihood and least squares); Murphy (2012), MLAPP §7.3",
  prompt:
    "Linear regression with Gaussian noise: $y_i = x_i^\\top \\beta + \\varepsilon_i$, $\\varepsilon_i \\sim \\mathcal{N}(0, \\sigma^2)$ independent, $i = 1, \\dots, n$, with $p$ coefficients.",
  parts: [
    {
      id: "answer",
      prompt:
        "True or false: *\"The MLE of $\\beta$ is the least-squares estimate, and the MLE of $\\sigma^2$ is the residual sum of squares divided by $n$.\"*",
      input: "choice",
      options: [
        {
          id: "true-rss",
          correct: true,
          label:
            "True: because $\\ell = -\\tfrac n2 \\log(2\\pi\\sigma^2) - \\mathrm{RSS}(\\beta)/(2\\sigma^2)$, so for every $\\sigma^2$ the best $\\beta$ minimises RSS, and then $\\partial\\ell/\\partial\\sigma^2 = 0$ gives $\\mathrm{RSS}/n$.",
          explanation:
            "Under Gaussian noise maximising the likelihood over $\\beta$ is minimising the residual sum of squares, whatever $\\sigma^2$ is; then the variance MLE divides by $n$.",
        },
        {
          id: "false-n-minus-p",
          correct: false,
          label: "False: because the MLE of $\\sigma^2$ divides the residual sum of squares by $n - p$.",
          explanation:
            "Dividing by $n - p$ gives the unbiased estimator. The MLE divides by $n$ and is biased downwards, just as the MLE of a normal variance divides by $n$, not $n - 1$.",
        },
        {
          id: "false-gradient",
          correct: false,
          label: "False: because the Gaussian-noise MLE has to be found by gradient descent.",
          explanation:
            "The score equations in $\\beta$ are the normal equations $X^\\top X \\beta = X^\\top y$, linear and solved in closed form when $X^\\top X$ is invertible.",
        },
        {
          id: "true-any-noise",
          correct: false,
          label: "True: because least squares is the MLE of $\\beta$ whatever the distribution of the noise.",
          explanation:
            "Right verdict, wrong reason: least squares is the MLE only under Gaussian noise. With Laplace noise, for example, the MLE minimises the sum of absolute residuals.",
        },
      ],
      hints: [
        "Write the log-likelihood of $n$ independent normal residuals.",
        "Maximise over $\\beta$ first (which term depends on it?), then differentiate with respect to $\\sigma^2$.",
      ],
    },
  ],
  solution: [
    "With independent Gaussian noise,",
    "$$\\ell(\\beta, \\sigma^2) = -\\frac n2 \\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2} \\sum_{i=1}^n (y_i - x_i^\\top\\beta)^2.$$",
    "For any $\\sigma^2$, $\\beta$ enters only through the residual sum of squares, so $\\hat\\beta = (X^\\top X)^{-1}X^\\top y$, the least-squares estimate. Setting $\\partial \\ell / \\partial \\sigma^2 = 0$ then gives $\\hat\\sigma^2 = \\mathrm{RSS}(\\hat\\beta)/n$.",
    "So the statement is **true**, for the right reason: Gaussian noise. The unbiased estimator divides by $n - p$; the MLE divides by $n$. A plain, closed-form MLE: no iterations, no EM.",
  ].join("\n\n"),
});

export const ZOO_PLAIN_CONCEPTS = [
  conceptZooWhichNeedEm,
  conceptZooSpotTheLatent,
  conceptZooNaiveBayesLabelled,
  conceptZooPoissonRegression,
  conceptZooLinearRegressionMle,
];
