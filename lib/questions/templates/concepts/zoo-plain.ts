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
  scenarios: [{ team: "A data-science team" }, { team: "A consultancy" }, { team: "A research group" }, { team: "An analytics start-up" }],
  prompt: "{{team}} has five modelling jobs. Each is fitted by maximum likelihood.",
  parts: [
    {
      id: "answer",
      prompt: "For which of them is EM (or a variant of it) the textbook fitting method? Select all that apply.",
      input: "multi",
      show: 5,
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
        {
          id: "latent-class-survey",
          correct: true,
          label: "A latent class model of yes/no survey answers, where each respondent belongs to an unrecorded class.",
          explanation:
            "A latent class model is a mixture of products of Bernoullis: each respondent's class is the hidden label, and EM alternates class posteriors with weighted proportions.",
        },
        {
          id: "poisson-claims",
          correct: false,
          label: "Poisson regression of yearly claim counts on driver age and car type, every count recorded.",
          explanation:
            "A generalised linear model on complete data: the concave log-likelihood is maximised by IRLS. No count or covariate is hidden, so there is nothing for an E-step to do.",
        },
        {
          id: "multinomial-die",
          correct: false,
          label: "The face probabilities of a loaded die, from a tally of 600 recorded rolls.",
          explanation:
            "Every roll is recorded, so the MLE is the share of rolls showing each face, $n_k / n$, in closed form from a Lagrange multiplier.",
        },
        {
          id: "linear-prices",
          correct: false,
          label: "Linear regression of house prices on floor area, with both recorded for every sale.",
          explanation:
            "Under Gaussian noise the MLE of the coefficients is least squares, solved in one step from the normal equations; every variable is observed.",
        },
      ],
      hints: [
        "For each job ask: is some variable part of the model but absent from the data?",
        "Iterating is not the test: logistic regression iterates too. The test is whether a hidden variable puts a sum inside the log.",
      ],
    },
  ],
  solution: [
    "EM is for models with a **latent variable**: a Gaussian mixture (hidden component label), an HMM (hidden state sequence, Baum–Welch), factor analysis (hidden continuous factors) and a latent class model (hidden class per respondent).",
    "Logistic and Poisson regression, labelled naive Bayes, linear regression and a tally of die rolls have everything observed. Naive Bayes, the die and linear regression have closed-form MLEs (counts, proportions, least squares); logistic and Poisson regression need Newton / IRLS because their score equations, e.g. $\\sum_i (y_i - \\sigma(x_i^\\top \\beta))x_i = 0$, are nonlinear, but that is an iterative MLE, not EM.",
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
  scenarios: [{ who: "An interviewer" }, { who: "A colleague" }, { who: "Your manager" }],
  prompt:
    "{{who}} reminds you that EM applies whenever the data you have can be seen as part of a larger, *complete* data set whose likelihood would be easy to maximise.",
  parts: [
    {
      id: "answer",
      prompt: "In which of these problems is there a quantity that EM can treat as missing? Select all that apply.",
      input: "multi",
      show: 5,
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
        {
          id: "mixed-strains",
          correct: true,
          label: "Growth rates measured on plates that each hold one of two bacterial strains, the strain never recorded.",
          explanation:
            "Each plate's strain is a hidden label: with it, each strain's growth distribution would be a plain MLE; without it, the data follow a two-component mixture fitted by EM.",
        },
        {
          id: "absent-second-test",
          correct: true,
          label: "Pupils' scores on two tests, where some pupils were absent for the second test.",
          explanation:
            "The absent pupils' second scores are missing values; with a bivariate normal model, EM uses their first scores to fill in the expected sums and squares.",
        },
        {
          id: "bus-gaps",
          correct: false,
          label: "Waiting times between buses at a stop, every gap recorded, modelled as exponential.",
          explanation:
            "Every gap is recorded in full (no censoring), so the rate's MLE is one over the mean gap, in closed form; there is nothing to treat as missing.",
        },
        {
          id: "pass-rates",
          correct: false,
          label: "Each school's exam pass rate, from the recorded result of every pupil.",
          explanation:
            "Each pass rate is a binomial proportion of recorded results; the MLE is passes divided by pupils, with no hidden quantity anywhere.",
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
    "The problems that fit: unrecorded **segments** or **strains** (a mixture's labels), **skipped answers** and **absent test scores** (missing values under missing at random) and **censored lifetimes** (values known only to exceed 1000 hours).",
    "House prices on floor area, a click-through rate, pass rates and fully recorded bus gaps have every quantity recorded: their MLEs are least squares, $\\hat p = \\text{clicks}/\\text{impressions}$, passes over pupils and one over the mean gap.",
  ].join("\n\n"),
});

export const conceptZooNaiveBayesLabelled = defineConcept({
  id: "concept-zoo-naive-bayes-labelled",
  title: "Fitting naive Bayes with labels",
  topic: "model-zoo",
  difficulty: "easy",
  tags: ["model-zoo", "naive-bayes", "closed-form", "counting"],
  source: "Murphy (2012), MLAPP §3.5.1 (MLE for naive Bayes); Ng & Jordan (2002), On discriminative vs. generative classifiers, NIPS 14",
  scenarios: [
    { filter: "A spam filter", docs: "emails", doc: "email", classes: "spam or ham", count: "10,000" },
    { filter: "A review classifier", docs: "product reviews", doc: "review", classes: "positive or negative", count: "8,000" },
    { filter: "A news tagger", docs: "news articles", doc: "article", classes: "sport or politics", count: "20,000" },
    { filter: "A help-desk router", docs: "support tickets", doc: "ticket", classes: "urgent or routine", count: "5,000" },
  ],
  prompt:
    "{{filter}} uses naive Bayes with binary word features $x_{w} \\in \\{0, 1\\}$: $p(y = c) = \\pi_c$ and $p(x_w = 1 \\mid y = c) = \\theta_{wc}$, words independent given the class. It is trained on {{count}} {{docs}}, **each labelled** {{classes}}.",
  parts: [
    {
      id: "answer",
      prompt: "How are $\\pi_c$ and $\\theta_{wc}$ estimated by maximum likelihood?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "counting",
          correct: true,
          label: "By counting: $\\hat\\pi_c$ is class $c$'s share of {{docs}}, $\\hat\\theta_{wc}$ the share of those containing $w$.",
          explanation:
            "With the labels observed, the joint log-likelihood separates into one Bernoulli or categorical term per class and per (word, class); each has the familiar closed-form MLE, a proportion.",
        },
        {
          id: "counting-formula",
          correct: true,
          label: "In closed form: $\\hat\\pi_c = N_c / N$ and $\\hat\\theta_{wc} = N_{wc} / N_c$.",
          explanation:
            "$N_c$ counts the class-$c$ {{docs}} and $N_{wc}$ those of them containing $w$. The log-likelihood splits into separate Bernoulli and categorical pieces, each maximised by a proportion.",
        },
        {
          id: "counting-one-pass",
          correct: true,
          label: "By class frequencies and per-class word frequencies, in one pass.",
          explanation:
            "Nothing is hidden, and the joint log-likelihood is a sum of separate proportion problems: one for the class prior, one per (word, class). One pass of counting gives every MLE.",
        },
        {
          id: "em",
          correct: false,
          label: "By EM, treating the class of each {{doc}} as a latent variable whose posterior weights the word counts.",
          explanation:
            "The class of every training {{doc}} is recorded, so it is not latent. EM is what naive Bayes needs when some or all {{docs}} are unlabelled.",
        },
        {
          id: "newton-joint",
          correct: false,
          label:
            "By Newton's method on the joint log-likelihood, because the product over thousands of words has no closed-form maximiser.",
          explanation:
            "It does have one: the joint log-likelihood is a sum of separate Bernoulli and categorical log-likelihoods, each maximised by a proportion.",
        },
        {
          id: "gradient-conditional",
          correct: false,
          label: "By gradient ascent on the conditional likelihood $\\prod_i p(y_i \\mid x_i)$, the quantity the classifier is used for.",
          explanation:
            "Maximising the conditional likelihood is how the discriminative partner, logistic regression, is fitted. Naive Bayes is generative: it maximises the joint likelihood $p(x, y)$, which has a closed form.",
        },
        {
          id: "variational",
          correct: false,
          label: "By variational inference, because the words are not really independent and the exact likelihood is intractable.",
          explanation:
            "The model assumes the words are independent given the class, whatever the truth; under that assumption nothing is intractable and the MLE is a set of counts.",
        },
        {
          id: "laplace-mle",
          correct: false,
          label: "By add-one counts, $\\hat\\theta_{wc} = (N_{wc} + 1)/(N_c + 2)$, the MLE once unseen words are allowed for.",
          explanation:
            "Add-one (Laplace) smoothing is a MAP estimate under a $\\text{Beta}(2, 2)$ prior, not the MLE. The MLE is the raw share $N_{wc}/N_c$, which can be 0 for a word never seen in class $c$.",
        },
        {
          id: "share-of-words",
          correct: false,
          label: "By counting: $\\hat\\theta_{wc}$ is word $w$'s share of all word occurrences in class-$c$ {{docs}}, repeats included.",
          explanation:
            "That is the MLE for the multinomial event model, which counts occurrences. With binary features the model is a Bernoulli per word, whose MLE is the share of class-$c$ {{docs}} containing $w$ at least once.",
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
    "where $N_c$ counts class-$c$ {{docs}} and $N_{wc}$ those of them that contain word $w$. Each term is a Bernoulli or categorical log-likelihood, so $\\hat\\pi_c = N_c / N$ and $\\hat\\theta_{wc} = N_{wc} / N_c$: counting, in one pass, no iterations.",
    "Add-one (Laplace) smoothing, $(N_{wc} + 1)/(N_c + 2)$, is the MAP estimate under a $\\text{Beta}(2, 2)$ prior, not the MLE. Counting occurrences (with repeats) belongs to the multinomial event model, not to binary features. EM enters only when labels are missing.",
  ].join("\n\n"),
});

export const conceptZooPoissonRegression = defineConcept({
  id: "concept-zoo-poisson-regression",
  title: "Poisson regression: EM or not?",
  topic: "model-zoo",
  difficulty: "easy",
  tags: ["model-zoo", "poisson-regression", "glm", "irls", "true-false"],
  source: "McCullagh & Nelder (1989), Generalized Linear Models, §2.5 (IRLS) and ch. 6 (log-linear models); Murphy (2012), MLAPP §9.3",
  scenarios: [
    { counts: "Insurance claim counts", unit: "policy" },
    { counts: "Daily visits to a website", unit: "day" },
    { counts: "Defects per production batch", unit: "batch" },
    { counts: "Goals scored per match", unit: "match" },
  ],
  prompt:
    "{{counts}} $y_i$ are modelled by Poisson regression, $y_i \\sim \\text{Poisson}(\\mu_i)$ with $\\log \\mu_i = x_i^\\top \\beta$. Every count and covariate is recorded, one row per {{unit}}.",
  parts: [
    {
      id: "answer",
      prompt: 'True or false: *"Because the score equations have no closed form, Poisson regression is fitted with EM."*',
      input: "choice",
      show: 4,
      options: [
        {
          id: "false-nothing-hidden",
          correct: true,
          label: "False: because nothing is hidden; IRLS (Newton) maximises the concave log-likelihood iteratively.",
          explanation:
            "No closed form means *iterative*, not *EM*. EM needs a latent variable; Poisson regression has none, and its concave log-likelihood lets IRLS reach the global maximum.",
        },
        {
          id: "false-irls-short",
          correct: true,
          label: "False: because no latent variable exists; IRLS does the job.",
          explanation:
            "Every count is recorded, so EM has nothing to take an expectation over. The nonlinear score equations are solved by IRLS, Newton's method for this canonical link.",
        },
        {
          id: "false-iterate-not-em",
          correct: true,
          label: "False: because no closed form calls for an iterative optimiser such as Newton's method, not for EM.",
          explanation: "EM is for hidden variables; a missing closed form alone is handled by Newton / IRLS on the concave log-likelihood.",
        },
        {
          id: "true-no-closed-form",
          correct: false,
          label:
            "True: because any model without a closed-form MLE needs EM, which is the general method for iterative maximum likelihood.",
          explanation:
            "Lacking a closed form calls for a numerical optimiser (Newton, IRLS, gradient ascent), as for logistic regression. EM is for hidden variables, not for nonlinear equations.",
        },
        {
          id: "true-mean-latent",
          correct: false,
          label: "True: because the Poisson mean $\\mu_i$ of each {{unit}} is never observed, so it is latent and the E-step estimates it.",
          explanation:
            "$\\mu_i = e^{x_i^\\top\\beta}$ is a deterministic function of the parameters and the covariates, not a random hidden variable with a posterior: there is nothing for an E-step to average over.",
        },
        {
          id: "false-log-least-squares",
          correct: false,
          label:
            "False: because the MLE is in closed form, $\\hat\\beta = (X^\\top X)^{-1}X^\\top \\log y$, least squares on the log counts.",
          explanation:
            "That is least squares on $\\log y$, a different estimator (and undefined for zero counts). The Poisson score equations $\\sum_i (y_i - e^{x_i^\\top\\beta})x_i = 0$ are nonlinear and have no closed form.",
        },
        {
          id: "true-log-link-nonconcave",
          correct: false,
          label: "True: because the exponential in the log link makes the log-likelihood non-concave, and EM is the safe way to climb it.",
          explanation:
            "The log-likelihood is concave: its Hessian $-\\sum_i e^{x_i^\\top\\beta} x_i x_i^\\top$ is negative semi-definite. And EM is not a remedy for non-concavity; it needs a hidden variable.",
        },
        {
          id: "true-discrete-counts",
          correct: false,
          label: "True: because counts are discrete, so the likelihood cannot be differentiated in $\\beta$ and EM is used instead.",
          explanation:
            "The data are discrete but the parameters are continuous: $\\ell(\\beta)$ is a smooth function of $\\beta$, differentiated to give the score equations that IRLS solves.",
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
    "The statement is **false**: lacking a closed form is a reason to iterate, not a reason to use EM. EM is for models with a hidden variable; here every count, one per {{unit}}, is observed.",
  ].join("\n\n"),
});

export const conceptZooLinearRegressionMle = defineConcept({
  id: "concept-zoo-linear-regression-mle",
  title: "Linear regression as an MLE",
  topic: "model-zoo",
  difficulty: "easy",
  tags: ["model-zoo", "linear-regression", "least-squares", "closed-form", "true-false"],
  source: "Bishop (2006), PRML §3.1.1 (maximum likelihood and least squares); Murphy (2012), MLAPP §7.3",
  scenarios: [
    { setting: "House prices $y_i$ are regressed on floor area and age" },
    { setting: "Crop yields $y_i$ are regressed on rainfall and fertiliser" },
    { setting: "Salaries $y_i$ are regressed on years of experience and degree" },
    { setting: "Fuel use $y_i$ is regressed on engine size and weight" },
  ],
  prompt:
    "{{setting}}, as a linear regression with Gaussian noise: $y_i = x_i^\\top \\beta + \\varepsilon_i$, $\\varepsilon_i \\sim \\mathcal{N}(0, \\sigma^2)$ independent, $i = 1, \\dots, n$, with $p$ coefficients.",
  parts: [
    {
      id: "answer",
      prompt:
        'True or false: *"The MLE of $\\beta$ is the least-squares estimate, and the MLE of $\\sigma^2$ is the residual sum of squares divided by $n$."*',
      input: "choice",
      show: 4,
      options: [
        {
          id: "true-rss",
          correct: true,
          label:
            "True: because $\\ell = c - \\tfrac n2 \\log\\sigma^2 - \\mathrm{RSS}/(2\\sigma^2)$: least squares, then $\\mathrm{RSS}/n$.",
          explanation:
            "Under Gaussian noise maximising the likelihood over $\\beta$ is minimising the residual sum of squares, whatever $\\sigma^2$ is; then the variance MLE divides by $n$.",
        },
        {
          id: "true-gaussian-short",
          correct: true,
          label: "True: because the noise is Gaussian.",
          explanation:
            "Gaussian noise makes the log-likelihood $-\\tfrac n2 \\log(2\\pi\\sigma^2) - \\mathrm{RSS}/(2\\sigma^2)$: maximising over $\\beta$ minimises RSS, and the variance MLE is then $\\mathrm{RSS}/n$.",
        },
        {
          id: "true-profile",
          correct: true,
          label: "True: because $\\beta$ enters only through RSS, and $\\partial\\ell/\\partial\\sigma^2 = 0$ gives $\\mathrm{RSS}/n$.",
          explanation:
            "For any fixed $\\sigma^2$ the log-likelihood is a constant minus $\\mathrm{RSS}(\\beta)/(2\\sigma^2)$, so least squares is the MLE of $\\beta$; the variance MLE then divides by $n$.",
        },
        {
          id: "false-n-minus-p",
          correct: false,
          label:
            "False: because the MLE of $\\sigma^2$ divides the residual sum of squares by $n - p$, one degree of freedom lost per coefficient.",
          explanation:
            "Dividing by $n - p$ gives the unbiased estimator. The MLE divides by $n$ and is biased downwards, just as the MLE of a normal variance divides by $n$, not $n - 1$.",
        },
        {
          id: "false-gradient",
          correct: false,
          label: "False: because the Gaussian-noise MLE has no closed form and has to be found by gradient descent on the likelihood.",
          explanation:
            "The score equations in $\\beta$ are the normal equations $X^\\top X \\beta = X^\\top y$, linear and solved in closed form when $X^\\top X$ is invertible.",
        },
        {
          id: "true-any-noise",
          correct: false,
          label: "True: because least squares is the MLE of $\\beta$ whatever the distribution of the noise, as long as it has mean zero.",
          explanation:
            "Right verdict, wrong reason: least squares is the MLE only under Gaussian noise. With Laplace noise, for example, the MLE minimises the sum of absolute residuals.",
        },
        {
          id: "false-n-minus-1",
          correct: false,
          label: "False: because the variance MLE divides the residual sum of squares by $n - 1$, like the sample variance does.",
          explanation:
            "Neither $n - 1$ nor $n - p$: setting $\\partial\\ell/\\partial\\sigma^2 = 0$ gives $\\mathrm{RSS}/n$. Dividing by $n - p$ makes it unbiased; $n - 1$ is right for neither.",
        },
        {
          id: "false-alternate",
          correct: false,
          label:
            "False: because $\\beta$ and $\\sigma^2$ must be estimated jointly, which takes alternating updates until they agree, like EM.",
          explanation:
            "The least-squares $\\beta$ does not depend on $\\sigma^2$ at all, so one step gives $\\hat\\beta$ and a second, closed-form step gives $\\hat\\sigma^2$: no alternation.",
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
