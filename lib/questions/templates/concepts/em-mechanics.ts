/**
 * Concept questions on topic 6 of the content map, "EM mechanics": the loop, what the E-step computes
 * (posteriors and expected sufficient statistics, not labels), the M-step as a weighted MLE, and the
 * worked models (two coins, Gaussian and exponential mixtures, zero-inflated Poisson, genetic linkage).
 */
import { defineConcept } from "../../concept";
import type { QuestionTemplate } from "../../types";
import { sharedOptions, type SharedOption } from "./em-shared-options";

const conceptEmLoop = defineConcept({
  id: "concept-em-loop-order",
  title: "The EM loop, step by step",
  topic: "em-mechanics",
  difficulty: "easy",
  tags: ["gmm", "em-loop", "convergence"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2.2; Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), Theorem 1",
  scenarios: [
    {
      model: "a $K$-component Gaussian mixture to a data set",
      params: "weights, means and variances",
      init: "for example from a k-means run",
      mstep: "$\\pi_k = N_k / n$, $\\mu_k = \\sum_i r_{ik} x_i / N_k$, $\\sigma_k^2 = \\sum_i r_{ik} (x_i - \\mu_k)^2 / N_k$",
    },
    {
      model: "a mixture of $K$ Poisson distributions to shoppers' basket sizes",
      params: "weights and rates",
      init: "for example from quantiles of the basket sizes",
      mstep: "$\\pi_k = N_k / n$, $\\lambda_k = \\sum_i r_{ik} x_i / N_k$",
    },
    {
      model: "a mixture of $K$ topics (multinomials over words) to a collection of articles",
      params: "topic weights and word probabilities",
      init: "for example from a random split of the articles",
      mstep: "$\\pi_k = N_k / n$, $\\phi_{kw} = \\sum_i r_{ik} x_{iw} / \\sum_i r_{ik} \\sum_v x_{iv}$",
    },
    {
      model: "a mixture of $K$ exponentials to call durations",
      params: "weights and rates",
      init: "for example by splitting the durations at their quartiles",
      mstep: "$\\pi_k = N_k / n$, $\\lambda_k = N_k / \\sum_i r_{ik} x_i$",
    },
  ],
  prompt: "You fit {{model}} by EM.",
  parts: [
    {
      id: "steps",
      prompt: "Put the steps of the algorithm in order.",
      input: "order",
      steps: [
        { id: "initialise", label: "Initialise the {{params}} ({{init}})" },
        { id: "e-step", label: "E-step: compute each point's responsibilities $r_{ik}$ under the current parameters" },
        { id: "m-step", label: "M-step: re-estimate the {{params}} as responsibility-weighted MLEs" },
        { id: "log-likelihood", label: "Evaluate the observed-data log-likelihood at the new parameters" },
        {
          id: "check",
          label: "Check convergence: stop if the log-likelihood rose by less than the tolerance, otherwise return to the E-step",
        },
      ],
      hints: [
        "Nothing can be computed before there are parameters to compute it with.",
        "The M-step needs the responsibilities; the convergence check compares log-likelihoods of successive iterations.",
      ],
    },
    {
      id: "monotone",
      prompt: "Compared with its value one iteration earlier, what can the log-likelihood computed in the fourth step do in exact EM?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "can-dip",
          correct: false,
          label: "It can fall slightly.",
          explanation:
            "Exact EM never lowers the observed-data log-likelihood, not even slightly; a small dip means a bug or a numerical problem.",
        },
        {
          id: "stays-same",
          correct: false,
          label: "It stays exactly the same.",
          explanation: "It stays the same only at a fixed point of EM; elsewhere the M-step raises the bound and $\\ell$ rises with it.",
        },
        {
          id: "never-down-bug",
          correct: true,
          label: "It cannot fall; a drop would mean a bug.",
          explanation:
            "Right: each exact EM iteration satisfies $\\ell(\\theta^{(t+1)}) \\ge \\ell(\\theta^{(t)})$, so a decrease signals an error such as unnormalised responsibilities or a wrong log-likelihood formula.",
        },
        {
          id: "overfit-peak",
          correct: false,
          label: "It rises for the first iterations, then falls once EM starts to overfit, so one should stop at its peak.",
          explanation:
            "The training log-likelihood never falls under exact EM. Overfitting shows on held-out data (or as a component collapsing onto a point while $\\ell$ keeps rising), not as a fall of $\\ell$ itself.",
        },
        {
          id: "equals-q-gain",
          correct: false,
          label: "It rises by exactly the amount by which the M-step raised $Q$, because the two functions differ by a constant.",
          explanation:
            "They differ by $H(\\theta \\mid \\theta^{(t)})$, which is not constant in $\\theta$ but smallest at $\\theta^{(t)}$: $\\ell$ rises by at least the gain in $Q$, usually more.",
        },
        {
          id: "never-down",
          correct: true,
          label: "It is greater than or equal to the previous value.",
          explanation: "EM never decreases the observed-data log-likelihood (Dempster, Laird and Rubin, 1977, Theorem 1).",
        },
        {
          id: "up-or-down",
          correct: false,
          label: "It may go up or down from one iteration to the next, as in stochastic gradient ascent, but trends upwards.",
          explanation:
            "Exact EM is deterministic and monotone; a decrease means a bug, typically an unnormalised E-step or a wrong log-likelihood formula.",
        },
        {
          id: "strictly-to-global",
          correct: false,
          label: "It strictly increases at every iteration until the global maximum is reached.",
          explanation:
            "It can stay level at any stationary point (a local maximum or a saddle point), which need not be the global maximum.",
        },
        {
          id: "decreases",
          correct: false,
          label: "It decreases, because EM minimises a loss, as k-means does with its sum of squares.",
          explanation:
            "EM is an ascent method for the log-likelihood. k-means' sum of squared distances decreases, but that is a different objective.",
        },
      ],
      hints: [
        "After the E-step, a lower bound on the log-likelihood touches it at the current parameters.",
        "The M-step maximises that bound: can its new maximum lie below the point where it touched?",
      ],
    },
  ],
  solution: [
    "The loop (Bishop §9.2.2 gives it for a Gaussian mixture; every mixture has the same shape):",
    "1. **Initialise** the {{params}}, {{init}}.",
    "2. **E-step**: $r_{ik} = \\dfrac{\\pi_k\\, p(x_i \\mid \\theta_k)}{\\sum_j \\pi_j\\, p(x_i \\mid \\theta_j)}$.",
    "3. **M-step**: with $N_k = \\sum_i r_{ik}$, set {{mstep}}.",
    "4. **Evaluate** $\\ell(\\theta) = \\sum_i \\log \\sum_k \\pi_k\\, p(x_i \\mid \\theta_k)$.",
    "5. **Check convergence**, otherwise go back to 2.",
    "The log-likelihood sequence is non-decreasing, $\\ell(\\theta^{(t+1)}) \\ge \\ell(\\theta^{(t)})$, which also makes it a free test of an implementation: any decrease is a bug.",
  ].join("\n\n"),
});

const conceptEStep = defineConcept({
  id: "concept-e-step-computes",
  title: "What the E-step computes",
  topic: "em-mechanics",
  difficulty: "easy",
  tags: ["e-step", "responsibilities", "posterior"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2.2 and §9.3; Murphy (2012), Machine Learning: A Probabilistic Perspective, §11.4.2",
  scenarios: [
    { model: "a Gaussian mixture to adults' heights (sex unrecorded)" },
    { model: "a Poisson mixture to basket sizes (customer segment unrecorded)" },
    { model: "a mixture of topics to articles' word counts (topic unrecorded)" },
    { model: "a two-coin binomial mixture to sets of tosses (coin unrecorded)" },
  ],
  prompt: "EM is fitting {{model}}; the current parameters are $\\theta^{(t)}$.",
  parts: [
    {
      id: "answer",
      prompt: "What does the E-step compute?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "posterior",
          correct: true,
          label: "For each point, the posterior probability of each component, $r_{ik} = P(z_i = k \\mid x_i, \\theta^{(t)})$.",
          explanation:
            "The E-step takes the expectation of the complete-data log-likelihood over the labels' posterior; for a mixture that log-likelihood is linear in the indicators, so their expectations, the responsibilities, are all it needs.",
        },
        {
          id: "posterior-short",
          correct: true,
          label: "Each point's posterior distribution over the components, under $\\theta^{(t)}$.",
          explanation:
            "Right: these are the responsibilities, the expected values of the label indicators; since the complete-data log-likelihood of a mixture is linear in the indicators, they define $Q(\\theta \\mid \\theta^{(t)})$.",
        },
        {
          id: "expected-statistics",
          correct: true,
          label: "The expected complete-data sufficient statistics under $\\theta^{(t)}$, such as soft counts $\\sum_i r_{ik}$.",
          explanation:
            "Right, in general form: the E-step gives the conditional expectations of whatever statistics the complete-data likelihood depends on; for a mixture these are built from the responsibilities.",
        },
        {
          id: "likelihood-only",
          correct: false,
          label:
            "Each point's likelihood under each component, $p(x_i \\mid \\theta_k^{(t)})$, which the M-step uses directly as the point's weight in component $k$.",
          explanation:
            "A likelihood is not a posterior: it ignores the weights $\\pi_k$ and is not normalised over $k$, so the weights would not sum to 1 per point and the M-step formulas would be wrong.",
        },
        {
          id: "gradient",
          correct: false,
          label:
            "The gradient of the observed-data log-likelihood at $\\theta^{(t)}$, which the M-step then follows with a step size found by line search.",
          explanation:
            "EM needs no gradient and no step size: the M-step maximises $Q$ outright. (The gradient of $\\ell$ at $\\theta^{(t)}$ does equal that of $Q$, but EM never computes it.)",
        },
        {
          id: "new-parameters",
          correct: false,
          label: "The new parameters $\\theta^{(t+1)}$ that maximise the expected complete-data log-likelihood under the current labels.",
          explanation:
            "Maximising is the M-step's job. The E-step only forms the expectation, through the posterior of the labels at $\\theta^{(t)}$.",
        },
        {
          id: "labels",
          correct: false,
          label: "Each point's label: the single component with the highest posterior probability under the current parameters.",
          explanation:
            "That is a hard assignment (classification EM, k-means). EM does not commit to a label: a point can be 70 % in one component and 30 % in another, and counts that way in the M-step.",
        },
        {
          id: "prior",
          correct: false,
          label: "Each component's weight $\\pi_k$, which is the probability that any given point belongs to that component.",
          explanation:
            "$\\pi_k$ is the prior probability of component $k$, the same for every point; the posterior also uses how well component $k$ explains $x_i$.",
        },
        {
          id: "parameters",
          correct: false,
          label: "The expected values of the parameters given the data, averaged over their posterior at $\\theta^{(t)}$.",
          explanation:
            "In EM the parameters are fixed unknowns that the M-step maximises over; the expectation is over the latent labels. An expectation over parameters would be a Bayesian posterior mean, a different computation.",
        },
        {
          id: "data",
          correct: false,
          label: "The expected value of each observation $x_i$ under the current model, to smooth out noise.",
          explanation: "The observations are known and stay as they are; only the labels are missing.",
        },
      ],
      hints: [
        "In a mixture, which quantity is unknown: the data, the parameters or the labels?",
        "“Expectation” of what, over which distribution, evaluated at which parameters?",
      ],
    },
  ],
  solution: [
    "The E-step computes the distribution of the missing data given the observed data at the current parameters, and through it",
    "$$Q(\\theta \\mid \\theta^{(t)}) = \\mathbb E_{z \\sim p(z \\mid x, \\theta^{(t)})}\\big[\\log p(x, z \\mid \\theta)\\big] = \\sum_i \\sum_k r_{ik} \\big[\\log \\pi_k + \\log p(x_i \\mid \\theta_k)\\big],$$",
    "with $r_{ik} = \\dfrac{\\pi_k^{(t)} p(x_i \\mid \\theta_k^{(t)})}{\\sum_j \\pi_j^{(t)} p(x_i \\mid \\theta_j^{(t)})}$. In general the E-step yields the **expected complete-data sufficient statistics**; for a mixture those are the soft counts and weighted sums built from $r_{ik}$. No label is chosen and no parameter is averaged.",
  ].join("\n\n"),
});

const conceptEStepNotPlugIn = defineConcept({
  id: "concept-e-step-not-plug-in",
  title: "Is filling in conditional means an E-step?",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["missing-data", "bivariate-normal", "sufficient-statistics", "imputation"],
  source:
    "Little & Rubin (2019), Statistical Analysis with Missing Data, 3rd ed., Ch. 8 and Ch. 11; Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), §4.1",
  scenarios: [
    { pair: "a person's (age, income)" },
    { pair: "a patient's (baseline, week-12) cholesterol" },
    { pair: "a student's (last year's, this year's) test score" },
    { pair: "a tree's (diameter, height)" },
  ],
  prompt:
    "Pairs $(x_i, y_i)$, such as {{pair}}, are modelled as bivariate normal. Every $x_i$ is observed; some $y_i$ are missing at random. A colleague proposes: “E-step: replace each missing $y_i$ by $\\hat y_i = \\mathbb E[y_i \\mid x_i, \\theta^{(t)}]$. M-step: compute the usual mean vector and divide-by-$n$ covariance matrix of the completed data.”",
  parts: [
    {
      id: "claim",
      prompt: "True or false: this is the EM algorithm? Pick the verdict with the right reason.",
      input: "choice",
      show: 5,
      options: [
        {
          id: "false-second-moment",
          correct: true,
          label:
            "False: $\\mathbb E[y_i^2 \\mid x_i] = \\hat y_i^2 + \\operatorname{Var}(y_i \\mid x_i)$, so the plug-in misses that variance and underestimates $\\sigma_y^2$.",
          explanation:
            "The normal complete-data log-likelihood depends on the data through $\\sum y_i$, $\\sum y_i^2$ and $\\sum x_i y_i$. The first and last are linear in $y_i$, so plugging in $\\hat y_i$ gets them right; the square is not, and EM adds $\\operatorname{Var}(y_i \\mid x_i)$ for each missing $y_i$.",
        },
        {
          id: "false-short",
          correct: true,
          label: "False: EM needs the expected sufficient statistics, including $\\mathbb E[y_i^2 \\mid x_i]$.",
          explanation:
            "Right: the bivariate-normal likelihood depends on $\\sum y_i^2$, and the expectation of a square is the square of the expectation plus the conditional variance, which the plug-in leaves out.",
        },
        {
          id: "true-mar",
          correct: false,
          label:
            "True: because under MAR any unbiased prediction of the missing $y_i$ can stand in for it without changing where the likelihood is maximised.",
          explanation:
            "MAR lets EM ignore the missingness mechanism, not the spread of the missing values: a prediction has less variance than the value it predicts, so the completed data understate $\\sigma_y^2$.",
        },
        {
          id: "false-least-squares",
          correct: false,
          label:
            "False: because EM must fit the regression of $y$ on $x$ once, by least squares on the complete pairs, and never update it afterwards.",
          explanation:
            "EM recomputes the conditional distribution of the missing $y_i$ from the current parameters at every E-step; fixing the regression once would be a single imputation, not an iteration to the MLE.",
        },
        {
          id: "true-like-mixture",
          correct: false,
          label: "True: because in a mixture the E-step also just replaces the unknown labels by their conditional expectations.",
          explanation:
            "In a mixture the complete-data log-likelihood is linear in the indicators $z_{ik}$, so their expectations suffice. Here it contains $y_i^2$, and $\\mathbb E[y_i^2] \\ne (\\mathbb E[y_i])^2$.",
        },
        {
          id: "true-best-predictor",
          correct: false,
          label: "True: because $\\hat y_i$ is the best predictor of $y_i$, so the completed data behave exactly like fully observed data.",
          explanation:
            "Best predictions are less spread out than the values they predict: treating them as data shrinks the variance of $y$ and inflates its correlation with $x$.",
        },
        {
          id: "false-complete-case",
          correct: false,
          label: "False: because EM drops the incomplete pairs and fits the mean and covariance to the complete pairs only.",
          explanation:
            "That is complete-case analysis. EM uses every pair, the incomplete ones through the conditional distribution of the missing $y_i$ given $x_i$.",
        },
        {
          id: "false-random-draw",
          correct: false,
          label: "False: because the E-step must draw each missing $y_i$ at random from its conditional distribution given $x_i$.",
          explanation:
            "Drawing values is stochastic EM or multiple imputation. EM computes conditional expectations exactly, with no random draws.",
        },
      ],
      hints: [
        "Write the complete-data log-likelihood of a bivariate normal in terms of the sums of $x_i$, $y_i$, $x_i^2$, $y_i^2$ and $x_i y_i$.",
        "Which of those sums is not linear in a missing $y_i$? What is the conditional expectation of a square?",
      ],
    },
  ],
  solution: [
    "The E-step computes the conditional expectations of the complete-data **sufficient statistics**. For a missing $y_i$, with $\\beta = \\sigma_{xy} / \\sigma_x^2$ at $\\theta^{(t)}$:",
    "$$\\mathbb E[y_i \\mid x_i] = \\mu_y + \\beta (x_i - \\mu_x), \\quad \\mathbb E[x_i y_i \\mid x_i] = x_i\\, \\mathbb E[y_i \\mid x_i], \\quad \\mathbb E[y_i^2 \\mid x_i] = \\mathbb E[y_i \\mid x_i]^2 + \\sigma_y^2 - \\frac{\\sigma_{xy}^2}{\\sigma_x^2}.$$",
    "The M-step then forms the means and the divide-by-$n$ covariances from these expected sums. The colleague's plug-in gets the means and $\\sigma_{xy}$ right but leaves out the residual variance $\\sigma_y^2 - \\sigma_{xy}^2 / \\sigma_x^2$ of each missing $y_i$, so $\\hat\\sigma_y^2$ is too small. Plugging in expectations is enough only when the complete-data log-likelihood is linear in the missing values, as it is for mixture indicators.",
  ].join("\n\n"),
});

const M_STEP_FORMULAS: readonly SharedOption[] = [
  {
    id: "share",
    label: "$\\dfrac{1}{n} \\sum_{i=1}^{n} r_{ik}$",
    meaning: "$\\tfrac1n \\sum_i r_{ik} = N_k / n$ is the component's share of the points, a soft proportion.",
  },
  {
    id: "weighted-mean",
    label: "$\\dfrac{1}{N_k} \\sum_i r_{ik}\\, x_i$",
    meaning: "$\\tfrac{1}{N_k} \\sum_i r_{ik} x_i$ is the responsibility-weighted average of the data.",
  },
  {
    id: "weighted-variance",
    label: "$\\dfrac{1}{N_k} \\sum_i r_{ik}\\, (x_i - \\mu_k^{\\text{new}})^2$",
    meaning:
      "$\\tfrac{1}{N_k} \\sum_i r_{ik} (x_i - \\mu_k^{\\text{new}})^2$ is the responsibility-weighted mean squared deviation about the new mean.",
  },
  {
    id: "sum-over-n",
    label: "$\\dfrac{1}{n} \\sum_i r_{ik}\\, x_i$",
    meaning:
      "$\\tfrac1n \\sum_i r_{ik} x_i$ divides a weighted sum by all $n$ points instead of the component's soft count $N_k$, which shrinks it towards 0 by the factor $N_k / n$.",
  },
  {
    id: "minus-one",
    label: "$\\dfrac{1}{N_k - 1} \\sum_i r_{ik}\\, (x_i - \\mu_k^{\\text{new}})^2$",
    meaning:
      "Dividing by $N_k - 1$ imitates the unbiased sample variance, but the M-step maximises the expected log-likelihood, whose stationary point divides by $N_k$ as the MLE does.",
  },
];

const conceptMStepFormulas = defineConcept({
  id: "concept-gmm-m-step-formulas",
  title: "The M-step of a Gaussian mixture, formula by formula",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["gmm", "m-step", "weighted-mle"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2.2; Murphy (2012), Machine Learning: A Probabilistic Perspective, §11.4.2",
  scenarios: [
    { data: "adults' heights" },
    { data: "log incomes of households" },
    { data: "fish lengths from a mixed catch" },
    { data: "reaction times measured in a lab" },
  ],
  prompt:
    "The E-step of a 1-D, $K$-component Gaussian mixture fitted to {{data}} has produced responsibilities $r_{ik}$ for the points $x_1, \\dots, x_n$. Write $N_k = \\sum_{i=1}^n r_{ik}$. Pick the M-step update for each parameter of component $k$.",
  parts: [
    {
      id: "weight",
      prompt: "The mixing weight $\\pi_k$",
      input: "choice",
      options: sharedOptions(
        M_STEP_FORMULAS,
        "share",
        "The weight maximises $\\sum_k N_k \\log \\pi_k$ subject to $\\sum_k \\pi_k = 1$ (a Lagrange multiplier), giving $\\pi_k = N_k / n$: the labelled-data proportion with counts replaced by soft counts.",
      ),
      hints: [
        "Only the $\\log \\pi_k$ terms of $Q$ involve the weights: $\\sum_i \\sum_k r_{ik} \\log \\pi_k = \\sum_k N_k \\log \\pi_k$.",
        "Maximise under the constraint $\\sum_k \\pi_k = 1$; with labels the answer would be $n_k / n$.",
      ],
    },
    {
      id: "mean",
      prompt: "The mean $\\mu_k$",
      input: "choice",
      options: sharedOptions(
        M_STEP_FORMULAS,
        "weighted-mean",
        "Setting $\\partial Q / \\partial \\mu_k = \\sum_i r_{ik} (x_i - \\mu_k) / \\sigma_k^2 = 0$ gives the weighted mean $\\sum_i r_{ik} x_i / N_k$.",
      ),
      hints: [
        "Differentiate $\\sum_i r_{ik} \\log \\mathcal N(x_i \\mid \\mu_k, \\sigma_k^2)$ with respect to $\\mu_k$.",
        "With labels the answer would be the mean of the points in component $k$: replace membership by responsibility, in the sum and in the count.",
      ],
    },
    {
      id: "variance",
      prompt: "The variance $\\sigma_k^2$",
      input: "choice",
      options: sharedOptions(
        M_STEP_FORMULAS,
        "weighted-variance",
        "Setting $\\partial Q / \\partial \\sigma_k^2 = 0$ gives the weighted mean squared deviation about the new mean, divided by $N_k$: the labelled-data MLE with weights.",
      ),
      hints: [
        "The M-step maximises; it is the MLE with weights, not an unbiased estimator.",
        "Solve for the mean first; the variance's stationary point uses it and divides by the soft count.",
      ],
    },
  ],
  solution: [
    "The M-step maximises",
    "$$Q(\\theta \\mid \\theta^{(t)}) = \\sum_i \\sum_k r_{ik} \\Big[\\log \\pi_k - \\tfrac12 \\log(2\\pi\\sigma_k^2) - \\frac{(x_i - \\mu_k)^2}{2\\sigma_k^2}\\Big],$$",
    "which is the labelled-data log-likelihood with each point counted $r_{ik}$ times in component $k$. Its maximiser is the weighted MLE:",
    "$$\\pi_k = \\frac{N_k}{n}, \\qquad \\mu_k = \\frac{1}{N_k} \\sum_i r_{ik} x_i, \\qquad \\sigma_k^2 = \\frac{1}{N_k} \\sum_i r_{ik} (x_i - \\mu_k)^2,$$",
    "the variance taken about the new $\\mu_k$ and divided by $N_k$, not $N_k - 1$ and not $n$.",
  ].join("\n\n"),
});

const conceptResponsibilities = defineConcept({
  id: "concept-responsibilities-properties",
  title: "What responsibilities add up to",
  topic: "em-mechanics",
  difficulty: "easy",
  tags: ["responsibilities", "e-step", "normalisation"],
  source: "Bishop (2006), Pattern Recognition and Machine Learning, §9.2 and §9.2.2",
  scenarios: [
    { K: "3", n: "200", what: "points" },
    { K: "4", n: "500", what: "baskets" },
    { K: "2", n: "150", what: "articles" },
    { K: "5", n: "1000", what: "heights" },
  ],
  prompt:
    "A {{K}}-component mixture is being fitted to $n = {{n}}$ {{what}}. After an E-step, $r_{ik}$ is the responsibility of component $k$ for point $i$.",
  parts: [
    {
      id: "statements",
      prompt: "Which statements are true? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "equal-case",
          correct: true,
          label: "If every $\\pi_k$ is equal and every component gives $x_i$ the same density, then $r_{ik} = 1/{{K}}$ for that point.",
          explanation:
            "Bayes' rule with equal products $\\pi_k\\, p(x_i \\mid \\theta_k)$ for all {{K}} components gives each the same share, $1/{{K}}$: the data say nothing about the label.",
        },
        {
          id: "weight-orders",
          correct: false,
          label: "$r_{ik} > r_{ij}$ for every point whenever $\\pi_k > \\pi_j$: the heavier component is always more responsible.",
          explanation:
            "The posterior multiplies the weight by the component's density at $x_i$; a point far from a heavy component and close to a light one is mostly the light one's.",
        },
        {
          id: "parameter-probability",
          correct: false,
          label: "$r_{ik}$ is the probability that component $k$'s current parameters are the true ones, given point $i$.",
          explanation:
            "The responsibility is a probability about the point's label, $P(z_i = k \\mid x_i, \\theta)$, with the parameters held fixed; EM never puts probabilities on parameters.",
        },
        {
          id: "rows-sum-to-one",
          correct: true,
          label: "$\\sum_{k=1}^{ {{K}} } r_{ik} = 1$ for every point $i$.",
          explanation:
            "The responsibilities of one point are a posterior distribution over the components, so they sum to 1 across components.",
        },
        {
          id: "total-is-n",
          correct: true,
          label:
            "$\\sum_{i=1}^{ {{n}} } \\sum_{k=1}^{ {{K}} } r_{ik} = {{n}}$, and $\\sum_i r_{ik}$ is component $k$'s effective number of points.",
          explanation:
            "Summing {{n}} row totals of 1 gives {{n}}; each column total $N_k$ is a soft count, and $N_k / n$ becomes the new weight.",
        },
        {
          id: "bayes",
          correct: true,
          label: "$r_{ik}$ is proportional to $\\pi_k\\, p(x_i \\mid \\theta_k)$, normalised over $k$.",
          explanation:
            "Bayes' rule: prior weight times the component's likelihood for the point, divided by the sum of the same products over all components.",
        },
        {
          id: "columns-sum-to-one",
          correct: false,
          label: "$\\sum_{i=1}^{ {{n}} } r_{ik} = 1$ for every component $k$.",
          explanation:
            "That normalises over the wrong index, making each column a distribution over points. A column sums to the soft count $N_k$, anywhere between 0 and {{n}}.",
        },
        {
          id: "unnormalised",
          correct: false,
          label: "$r_{ik} = \\pi_k\\, p(x_i \\mid \\theta_k)$, without dividing by anything.",
          explanation:
            "That is the joint density of the point and the label, not the posterior. Without dividing by $\\sum_j \\pi_j p(x_i \\mid \\theta_j)$ the values do not sum to 1 and every M-step formula goes wrong: the unnormalised-responsibilities mistake.",
        },
      ],
      hints: [
        "A responsibility is a conditional probability: conditional on what, and ranging over what?",
        "Write Bayes' rule for $P(z_i = k \\mid x_i)$ and check which sum of it equals 1.",
      ],
    },
  ],
  solution: [
    "By Bayes' rule,",
    "$$r_{ik} = P(z_i = k \\mid x_i, \\theta) = \\frac{\\pi_k\\, p(x_i \\mid \\theta_k)}{\\sum_{j=1}^{ {{K}} } \\pi_j\\, p(x_i \\mid \\theta_j)}.$$",
    "Each row $(r_{i1}, \\dots, r_{i{{K}}})$ is a distribution over components and sums to 1; the columns sum to soft counts $N_k = \\sum_i r_{ik}$ with $N_1 + \\dots + N_{ {{K}} } = n = {{n}}$. Forgetting the denominator is the classic E-step bug: the M-step's $\\pi_k = N_k / n$ then no longer sums to 1.",
  ].join("\n\n"),
});

const conceptZeroInflated = defineConcept({
  id: "concept-zero-inflated-poisson-em",
  title: "EM for zero-inflated Poisson counts",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["zip", "poisson", "e-step", "m-step"],
  source: "Lambert (1992), Technometrics 34(1), “Zero-inflated Poisson regression, with an application to defects in manufacturing”",
  scenarios: [
    { counts: "Insurance claim counts", zero: "a policyholder who never claims", y: "3", yfact: "3!" },
    {
      counts: "Defect counts on manufactured circuit boards",
      zero: "a board from a flawless production run, which never has a defect",
      y: "2",
      yfact: "2!",
    },
    { counts: "Numbers of fish caught by park visitors", zero: "a visitor who did not fish at all", y: "4", yfact: "4!" },
    { counts: "Yearly numbers of doctor visits", zero: "a person who never uses the service", y: "5", yfact: "5!" },
  ],
  prompt:
    "{{counts}} $y_1, \\dots, y_n$ are modelled as zero-inflated Poisson: with probability $\\pi$ the source is a structural zero ({{zero}}); otherwise the count is Poisson($\\lambda$). Let $r_i$ be the E-step's posterior probability that observation $i$ is a structural zero.",
  parts: [
    {
      id: "zero",
      prompt: "What is $r_i$ for an observation $y_i = 0$?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "poisson-zero-only",
          correct: false,
          label: "$e^{-\\lambda}$",
          explanation:
            "That is the probability that a Poisson count is zero; it leaves out both the weight $\\pi$ and the structural zeros.",
        },
        {
          id: "posterior-over-p0",
          correct: true,
          label: "$\\pi \\,/\\, P(y_i = 0)$",
          explanation:
            "Right: Bayes' rule with $P(y_i = 0) = \\pi + (1 - \\pi) e^{-\\lambda}$ (a structural zero gives 0 with probability 1), so $r_i = \\pi / (\\pi + (1 - \\pi) e^{-\\lambda})$.",
        },
        {
          id: "total-zero",
          correct: false,
          label: "$\\pi + (1 - \\pi)\\, e^{-\\lambda}$",
          explanation:
            "That is the total probability of a zero, $P(y_i = 0)$: the denominator of Bayes' rule, not the structural state's share of it.",
        },
        {
          id: "posterior-odds",
          correct: false,
          label: "$\\dfrac{\\pi}{(1 - \\pi)\\, e^{-\\lambda}}$",
          explanation:
            "That is the posterior odds of a structural zero against a Poisson zero; the probability divides by the sum of the two terms, not by the second alone.",
        },
        {
          id: "joint-poisson-zero",
          correct: false,
          label: "$(1 - \\pi)\\, e^{-\\lambda}$",
          explanation:
            "That is the probability that a count is a Poisson zero, a joint probability for the other state, not the posterior probability of a structural zero.",
        },
        {
          id: "poisson-zero",
          correct: false,
          label: "$1 - e^{-\\lambda}$",
          explanation:
            "That is the probability that a Poisson count is not zero, which says nothing about the structural state and ignores $\\pi$.",
        },
        {
          id: "posterior",
          correct: true,
          label: "$\\dfrac{\\pi}{\\pi + (1 - \\pi) e^{-\\lambda}}$",
          explanation:
            "A zero arises as a structural zero (probability $\\pi$) or as a Poisson zero (probability $(1 - \\pi) e^{-\\lambda}$); Bayes' rule divides the first by their sum.",
        },
        {
          id: "prior",
          correct: false,
          label: "$\\pi$",
          explanation: "That is the prior share of structural zeros. Seeing a zero raises it, because a Poisson count is not always zero.",
        },
        {
          id: "complement",
          correct: false,
          label: "$\\dfrac{(1 - \\pi) e^{-\\lambda}}{\\pi + (1 - \\pi) e^{-\\lambda}}$",
          explanation: "That is the posterior probability of the other state: that the zero came from the Poisson part.",
        },
        {
          id: "weights-omitted",
          correct: false,
          label: "$\\dfrac{1}{1 + e^{-\\lambda}}$",
          explanation:
            "This leaves out the weights $\\pi$ and $1 - \\pi$: the posterior needs prior times likelihood for each state (the structural state gives a zero with probability 1).",
        },
      ],
      hints: [
        "List the two ways a zero can happen and the probability of each.",
        "The posterior of the structural state is its share of the total probability of a zero.",
      ],
    },
    {
      id: "positive",
      prompt: "What is $r_i$ for an observation $y_i = {{y}}$?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "one",
          correct: false,
          label: "$1$",
          explanation:
            "A responsibility of 1 would make the count certainly structural, but a structural zero can only produce 0, never {{y}}.",
        },
        {
          id: "zero",
          correct: true,
          label: "$0$",
          explanation: "A structural zero can only produce the count 0, so a count of {{y}} certainly came from the Poisson part.",
        },
        {
          id: "poisson-probability",
          correct: false,
          label: "$(1 - \\pi)\\, e^{-\\lambda} \\lambda^{ {{y}} } / {{yfact}}$",
          explanation:
            "That is the probability of seeing a {{y}} at all, the denominator of Bayes' rule; the structural state's share of it is 0.",
        },
        {
          id: "prior-odds",
          correct: false,
          label: "$\\pi / (1 - \\pi)$",
          explanation:
            "That is the prior odds of the structural state, not a probability, and it ignores the count, which rules the structural state out.",
        },
        {
          id: "prior",
          correct: false,
          label: "$\\pi$",
          explanation: "The prior is updated by the data: the structural state's probability of a {{y}} is 0, so its posterior is 0.",
        },
        {
          id: "wrong-likelihood",
          correct: false,
          label: "$\\dfrac{\\pi}{\\pi + (1 - \\pi) e^{-\\lambda} \\lambda^{ {{y}} } / {{yfact}}}$",
          explanation:
            "This uses 1 as the structural state's probability of a {{y}}, but a structural zero gives 0 with probability 1 and {{y}} with probability 0: the numerator should be 0.",
        },
        {
          id: "half",
          correct: false,
          label: "$1/2$, since nothing says which state produced it",
          explanation: "The count itself says which: only the Poisson state can produce a {{y}}.",
        },
      ],
      hints: [
        "What is the probability that a structural zero shows the count {{y}}?",
        "Multiply that by the prior $\\pi$ to get the numerator of Bayes' rule.",
      ],
    },
    {
      id: "lambda",
      prompt: "Which M-step update for $\\lambda$ is right (the sums run over all $n$ observations)?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "n-minus-zeros",
          correct: true,
          label: "$\\lambda = \\dfrac{\\sum_i y_i}{n - \\sum_i r_i}$",
          explanation:
            "Right: $n - \\sum_i r_i = \\sum_i (1 - r_i)$ is the expected number of Poisson observations, and the structural zeros add nothing to the total count.",
        },
        {
          id: "structural-count",
          correct: false,
          label: "$\\lambda = \\dfrac{\\sum_i (1 - r_i)\\, y_i}{\\sum_i r_i}$",
          explanation:
            "$\\sum_i r_i$ is the expected number of structural zeros, the observations that are not Poisson draws; the denominator must count the Poisson draws, $\\sum_i (1 - r_i)$.",
        },
        {
          id: "soft-count",
          correct: true,
          label: "$\\lambda = \\dfrac{\\sum_i y_i}{\\sum_i (1 - r_i)}$",
          explanation:
            "Maximising $\\sum_i (1 - r_i)(y_i \\log \\lambda - \\lambda)$ gives $\\sum_i (1 - r_i) y_i / \\sum_i (1 - r_i)$, and $(1 - r_i) y_i = y_i$ because $r_i = 0$ whenever $y_i > 0$: total count over the expected number of Poisson observations.",
        },
        {
          id: "mean",
          correct: false,
          label: "$\\lambda = \\bar y = \\tfrac1n \\sum_i y_i$, the mean of all the counts",
          explanation:
            "That is the plain Poisson MLE, which counts the structural zeros as Poisson zeros and so underestimates $\\lambda$.",
        },
        {
          id: "nonzero-only",
          correct: false,
          label: "$\\lambda = \\sum_i y_i \\,/\\, \\#\\{i : y_i > 0\\}$",
          explanation:
            "That treats every zero as structural. Some zeros are ordinary Poisson zeros and belong in the denominator: in expectation $\\sum_{i: y_i = 0} (1 - r_i)$ of them.",
        },
        {
          id: "over-n",
          correct: false,
          label: "$\\lambda = \\sum_i (1 - r_i)\\, y_i \\,/\\, n$",
          explanation:
            "The weighted sum must be divided by the weighted count $\\sum_i (1 - r_i)$, not by all $n$ observations: structural zeros are not Poisson draws.",
        },
      ],
      hints: [
        "Write the expected complete-data log-likelihood's $\\lambda$ terms: each observation is a Poisson draw with probability $1 - r_i$.",
        "The Poisson MLE is total count over number of draws; use expected numbers of draws.",
      ],
    },
  ],
  solution: [
    "Let $z_i = 1$ mark a structural zero. **E-step:**",
    "$$r_i = P(z_i = 1 \\mid y_i) = \\begin{cases} \\dfrac{\\pi}{\\pi + (1 - \\pi) e^{-\\lambda}} & y_i = 0, \\\\[1ex] 0 & y_i > 0. \\end{cases}$$",
    "**M-step:** the expected complete-data log-likelihood is $\\sum_i \\big[r_i \\log \\pi + (1 - r_i)\\big(\\log(1 - \\pi) + y_i \\log \\lambda - \\lambda - \\log y_i!\\big)\\big]$, so",
    "$$\\pi = \\frac1n \\sum_i r_i, \\qquad \\lambda = \\frac{\\sum_i (1 - r_i)\\, y_i}{\\sum_i (1 - r_i)} = \\frac{\\sum_i y_i}{n - \\sum_i r_i}.$$",
    "Each is a labelled-data MLE with soft counts: the share of structural zeros, and the Poisson mean over the expected number of Poisson observations.",
  ].join("\n\n"),
});

const conceptGeneticLinkage = defineConcept({
  id: "concept-genetic-linkage-em",
  title: "EM on Dempster, Laird and Rubin's genetic-linkage model",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["linkage", "multinomial", "data-augmentation"],
  source: "Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), §1 (data from Rao, 1965)",
  scenarios: [
    { n: "197", y1: "125", y2: "18", y3: "20", y4: "34", y23: "38", mle: "\\approx 0.6268" },
    { n: "200", y1: "130", y2: "22", y3: "18", y4: "30", y23: "40", mle: "= 0.6" },
    { n: "200", y1: "110", y2: "25", y3: "27", y4: "38", y23: "52", mle: "\\approx 0.5416" },
    { n: "200", y1: "140", y2: "15", y3: "19", y4: "26", y23: "34", mle: "\\approx 0.6377" },
  ],
  prompt:
    "{{n}} animals fall into four categories with counts $(y_1, y_2, y_3, y_4) = ({{y1}}, {{y2}}, {{y3}}, {{y4}})$ and probabilities $\\left(\\tfrac12 + \\tfrac\\theta4,\\ \\tfrac{1 - \\theta}{4},\\ \\tfrac{1 - \\theta}{4},\\ \\tfrac\\theta4\\right)$. EM treats the first category as two unobservable sub-categories with probabilities $\\tfrac12$ and $\\tfrac\\theta4$; let $x_2$ be the number of the {{y1}} animals in the $\\tfrac\\theta4$ sub-category.",
  parts: [
    {
      id: "missing",
      prompt: "What are the missing data here?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "last-three",
          correct: false,
          label: "The last three counts.",
          explanation: "Categories 2 to 4 are counted directly and their probabilities are single terms; nothing about them is missing.",
        },
        {
          id: "split",
          correct: true,
          label: "$x_2$: how the first category's {{y1}} animals split between its two sub-categories.",
          explanation: "Only the split of the first cell is unobserved; the other three counts are seen directly.",
        },
        {
          id: "split-short",
          correct: true,
          label: "The unobserved split of the first category.",
          explanation:
            "Right: only the first cell's division into its $\\tfrac12$ and $\\tfrac\\theta4$ parts is unobserved; with it the likelihood in $\\theta$ is binomial.",
        },
        {
          id: "last-category",
          correct: false,
          label: "How the {{y4}} animals of the last category split into two sub-categories, as the first category's animals do.",
          explanation:
            "The last category's probability $\\tfrac\\theta4$ is a single term, so nothing about it is hidden; the awkward cell is the first, whose probability is the sum $\\tfrac12 + \\tfrac\\theta4$.",
        },
        {
          id: "theta",
          correct: false,
          label: "$\\theta$ itself, the unknown parameter.",
          explanation:
            "$\\theta$ is the parameter being estimated. EM's missing data are unobserved parts of the data, which a parameter is not.",
        },
        {
          id: "all-genotypes",
          correct: false,
          label: "The sub-category of every one of the {{n}} animals, since none of them was observed at that level of detail.",
          explanation:
            "Categories 2 to 4 each have a single-term probability, so no split of them is needed for a closed-form M-step; only category 1, whose probability is a sum, is augmented.",
        },
        {
          id: "total",
          correct: false,
          label: "The total number of animals, since some may have died or escaped before they could be counted.",
          explanation: "The total of {{n}} is known, and nothing in the model says animals went uncounted.",
        },
      ],
      hints: [
        "Which category's probability is a sum of two terms, making the likelihood awkward?",
        "If you knew how that category splits, the likelihood in $\\theta$ would be a simple binomial.",
      ],
    },
    {
      id: "e-step",
      prompt: "E-step: what is the expected value of $x_2$ given the data and the current $\\theta^{(t)}$?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "probability-only",
          correct: false,
          label: "$\\theta^{(t)} / 4$",
          explanation:
            "That is a probability, the sub-category's share of all animals, not an expected count of animals; it must be conditioned on category 1 and multiplied by its {{y1}} animals.",
        },
        {
          id: "unnormalised",
          correct: false,
          label: "${{y1}}\\, \\theta^{(t)}$",
          explanation:
            "That multiplies the count by $\\theta$ without the factor $1/4$ and without dividing by $P(\\text{category } 1)$; the right share is $\\theta / (2 + \\theta)$.",
        },
        {
          id: "conditional",
          correct: true,
          label: "$\\dfrac{ {{y1}}\\, \\theta^{(t)}}{2 + \\theta^{(t)}}$",
          explanation:
            "Given that an animal is in category 1, it is in the $\\tfrac\\theta4$ sub-category with probability $(\\theta/4) / (1/2 + \\theta/4) = \\theta / (2 + \\theta)$; the {{y1}} animals split binomially with that probability.",
        },
        {
          id: "conditional-ratio",
          correct: true,
          label: "${{y1}} \\cdot \\dfrac{\\theta^{(t)} / 4}{1/2 + \\theta^{(t)} / 4}$",
          explanation:
            "Right: the {{y1}} animals of category 1 each belong to the $\\tfrac\\theta4$ sub-category with probability $P(\\text{sub-category}) / P(\\text{category } 1)$ at $\\theta^{(t)}$.",
        },
        {
          id: "other-sub",
          correct: false,
          label: "${{y1}} \\cdot \\dfrac{1/2}{1/2 + \\theta^{(t)} / 4} = \\dfrac{2 \\cdot {{y1}}}{2 + \\theta^{(t)}}$",
          explanation:
            "That is the expected size of the other sub-category, the one with probability $\\tfrac12$, which carries no information about $\\theta$.",
        },
        {
          id: "unconditional",
          correct: false,
          label: "${{n}} \\cdot \\theta^{(t)} / 4$, the expected count of the sub-category among all the animals",
          explanation:
            "That is the expected size of the sub-category before seeing any data. We know exactly {{y1}} animals are in category 1, so the expectation must condition on that.",
        },
        {
          id: "prior-share",
          correct: false,
          label: "${{y1}} \\cdot \\theta^{(t)} / 4$, the sub-category's probability applied to category 1",
          explanation:
            "This uses the unconditional probability of the sub-category; it forgets to divide by $P(\\text{category } 1) = \\tfrac12 + \\tfrac\\theta4$.",
        },
        {
          id: "half",
          correct: false,
          label: "${{y1}} / 2$, since an animal of category 1 is equally likely to be in either sub-category",
          explanation:
            "The two sub-categories are not equally likely: their probabilities are $\\tfrac12$ and $\\tfrac\\theta4$, so the split depends on $\\theta$.",
        },
      ],
      hints: [
        "Condition on what you know: the animal is in category 1.",
        "$P(\\text{sub-category} \\mid \\text{category } 1) = P(\\text{sub-category}) / P(\\text{category } 1)$.",
      ],
    },
    {
      id: "m-step",
      prompt: "M-step: with $x_2$ replaced by its expectation, what is $\\theta^{(t+1)}$?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "split-share",
          correct: false,
          label: "$x_2 / {{y1}}$",
          explanation:
            "That is the share of category 1 in the $\\tfrac\\theta4$ sub-category, which estimates $\\theta / (2 + \\theta)$, not $\\theta$; the binomial MLE uses successes over trials.",
        },
        {
          id: "binomial",
          correct: true,
          label: "$\\dfrac{x_2 + {{y4}}}{x_2 + {{y2}} + {{y3}} + {{y4}}}$",
          explanation:
            "The complete-data log-likelihood in $\\theta$ is $(x_2 + y_4) \\log \\theta + (y_2 + y_3) \\log(1 - \\theta)$: a binomial with $x_2 + y_4$ successes in $x_2 + y_2 + y_3 + y_4$ trials.",
        },
        {
          id: "binomial-collected",
          correct: true,
          label: "$\\dfrac{x_2 + {{y4}}}{x_2 + {{y4}} + {{y23}}}$",
          explanation:
            "Right: the successes are $x_2 + y_4$ and the failures $y_2 + y_3 = {{y23}}$, so this is the binomial MLE on the completed counts.",
        },
        {
          id: "all-first",
          correct: false,
          label: "$\\dfrac{ {{y1}} + {{y4}} }{ {{y1}} + {{y2}} + {{y3}} + {{y4}} }$",
          explanation:
            "That counts all {{y1}} animals of category 1 as successes; only the $x_2$ of them in the $\\tfrac\\theta4$ sub-category are, and the rest carry no information about $\\theta$.",
        },
        {
          id: "over-total",
          correct: false,
          label: "$\\dfrac{x_2 + {{y4}}}{ {{y1}} + {{y2}} + {{y3}} + {{y4}} }$",
          explanation:
            "The ${{y1}} - x_2$ animals of the $\\tfrac12$ sub-category carry no information about $\\theta$ (their probability does not involve it), so they do not belong in the denominator.",
        },
        {
          id: "ignore-first",
          correct: false,
          label: "$\\dfrac{ {{y4}} }{ {{y2}} + {{y3}} + {{y4}} }$",
          explanation:
            "That ignores category 1 entirely: a valid but wasteful estimate, not the maximiser of the expected complete-data log-likelihood, which includes the $x_2$ term.",
        },
        {
          id: "complement",
          correct: false,
          label: "$\\dfrac{ {{y2}} + {{y3}} }{x_2 + {{y2}} + {{y3}} + {{y4}}}$",
          explanation:
            "That is the estimate of $1 - \\theta$: categories 2 and 3 have probability $(1 - \\theta)/4$ each, so their counts are the failures, not the successes.",
        },
      ],
      hints: [
        "Collect the complete-data log-likelihood's terms in $\\log \\theta$ and in $\\log(1 - \\theta)$.",
        "The $\\tfrac12$ sub-category contributes only a constant; what is left is a binomial likelihood.",
      ],
    },
  ],
  solution: [
    "With the first cell split into $x_1$ (probability $\\tfrac12$) and $x_2$ (probability $\\tfrac\\theta4$), the complete-data log-likelihood is, up to a constant,",
    "$$(x_2 + y_4) \\log \\theta + (y_2 + y_3) \\log(1 - \\theta).$$",
    "**E-step:** $x_2^{(t)} = {{y1}} \\cdot \\dfrac{\\theta^{(t)}/4}{1/2 + \\theta^{(t)}/4} = \\dfrac{ {{y1}}\\, \\theta^{(t)}}{2 + \\theta^{(t)}}$.",
    "**M-step:** $\\theta^{(t+1)} = \\dfrac{x_2^{(t)} + {{y4}}}{x_2^{(t)} + {{y2}} + {{y3}} + {{y4}}}$.",
    "Iterating from any $\\theta^{(0)}$ in $(0, 1)$ converges to $\\hat\\theta {{mle}}$, the MLE of the observed-data likelihood $\\propto (2 + \\theta)^{ {{y1}} } (1 - \\theta)^{ {{y23}} } \\theta^{ {{y4}} }$.",
  ].join("\n\n"),
});

const conceptVarianceNewMean = defineConcept({
  id: "concept-m-step-variance-new-mean",
  title: "Which mean goes into the variance update?",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["gmm", "m-step", "variance", "generalised-em"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2.2; Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), §3",
  scenarios: [
    { data: "heights", reason: "because the responsibilities were computed with the old parameters" },
    { data: "log incomes", reason: "because the responsibilities were computed with the old parameters" },
    { data: "reaction times", reason: "so that the mean and the variance are updated from the same E-step" },
    { data: "fish lengths", reason: "so that the mean and the variance are updated from the same E-step" },
  ],
  prompt:
    "In the M-step of a 1-D Gaussian mixture fitted to {{data}}, a student updates the mean to $\\mu_k^{\\text{new}} = \\sum_i r_{ik} x_i / N_k$ but the variance to $\\sigma_k^2 = \\tfrac{1}{N_k} \\sum_i r_{ik} (x_i - \\mu_k^{\\text{old}})^2$, with the previous iteration's mean, “{{reason}}”.",
  parts: [
    {
      id: "claim",
      prompt: "True or false: the student's update is the M-step? Pick the verdict with the right reason.",
      input: "choice",
      show: 5,
      options: [
        {
          id: "false-joint",
          correct: true,
          label:
            "False: because the M-step maximises $Q$ jointly over means and variances, and the joint maximum puts $\\mu_k^{\\text{new}}$ into the variance.",
          explanation:
            "Only the responsibilities come from $\\theta^{(t)}$; $\\mu_k$ and $\\sigma_k^2$ are both free in the maximisation, and solving both stationarity equations puts $\\mu_k^{\\text{new}}$ into the variance. The student's update still cannot lower the likelihood (it is a generalised EM step), but it is not the maximiser.",
        },
        {
          id: "false-short",
          correct: true,
          label: "False: only the responsibilities come from the old parameters.",
          explanation:
            "Right: $\\theta^{(t)}$ enters the M-step only through $r_{ik}$; the mean and the variance are both maximised over, and the variance's maximiser is the spread about the new mean.",
        },
        {
          id: "true-consistent",
          correct: false,
          label:
            "True: because mixing the new mean with old responsibilities would make the update inconsistent, so the old mean must be kept throughout.",
          explanation:
            "Nothing is inconsistent: the M-step maximises $Q(\\theta \\mid \\theta^{(t)})$, a function of the new parameters with the old ones fixed inside $r_{ik}$. Its maximiser uses the new mean in the variance.",
        },
        {
          id: "false-order",
          correct: false,
          label:
            "False: because the variance must be updated before the mean, so that the mean can then be weighted by the new precision of each point.",
          explanation:
            "In a 1-D Gaussian mixture the mean's stationary point, $\\sum_i r_{ik} x_i / N_k$, does not depend on $\\sigma_k^2$ at all; solve for the mean first and put it into the variance.",
        },
        {
          id: "true-old-params",
          correct: false,
          label:
            "True: because everything in the M-step must use the parameters that the E-step used, including the means inside the variances.",
          explanation:
            "The E-step's parameters enter only through the responsibilities. The M-step maximises over all the parameters at once, so the new mean belongs in the new variance.",
        },
        {
          id: "true-bias",
          correct: false,
          label: "True: because the variance about the new mean would be biased downwards, and the old mean corrects that bias.",
          explanation:
            "The M-step seeks the maximiser, not an unbiased estimator; and the spread about the old mean is larger than the maximising value, not a bias correction.",
        },
        {
          id: "false-pooled",
          correct: false,
          label: "False: because the variance update uses the overall sample mean of all the points, not a component mean.",
          explanation: "The overall mean ignores the responsibilities; each component's variance is measured about its own weighted mean.",
        },
        {
          id: "false-fixed-variance",
          correct: false,
          label: "False: because EM keeps the variances fixed at their starting values and updates only the means and weights.",
          explanation:
            "That describes a restricted model (k-means implicitly fixes equal spherical variances); a Gaussian mixture with free variances updates them in every M-step.",
        },
      ],
      hints: [
        "During the M-step, which quantities are held fixed and which are maximised over?",
        "For fixed $r_{ik}$, does the solution of $\\partial Q / \\partial \\mu_k = 0$ depend on $\\sigma_k^2$? Then solve for $\\sigma_k^2$ at that $\\mu_k$.",
      ],
    },
  ],
  solution: [
    "The M-step maximises $Q(\\theta \\mid \\theta^{(t)}) = \\sum_i \\sum_k r_{ik} [\\log \\pi_k + \\log \\mathcal N(x_i \\mid \\mu_k, \\sigma_k^2)]$ with the $r_{ik}$ fixed. The mean's equation gives $\\mu_k = \\sum_i r_{ik} x_i / N_k$ whatever $\\sigma_k^2$ is; the variance's equation at that mean gives",
    "$$\\sigma_k^2 = \\frac{1}{N_k} \\sum_i r_{ik} \\big(x_i - \\mu_k^{\\text{new}}\\big)^2 .$$",
    "About the old mean the weighted spread is larger by $(\\mu_k^{\\text{new}} - \\mu_k^{\\text{old}})^2$, so the student's variance is too big. Their step still raises $Q$ (new mean, then the best variance for the old mean), so it is a valid generalised EM step and the likelihood does not fall, but each iteration gains less than the true M-step.",
  ].join("\n\n"),
});

const conceptExponentialMStep = defineConcept({
  id: "concept-exponential-mixture-m-step",
  title: "Deriving the M-step for a mixture of exponentials",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["exponential", "m-step", "weighted-mle"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.3 and §9.4; Murphy (2012), Machine Learning: A Probabilistic Perspective, §11.4",
  scenarios: [
    { times: "Waiting times at a bus stop", total: "total waiting time" },
    { times: "Call durations at a help desk", total: "total call time" },
    { times: "Lifetimes of light bulbs from two factories", total: "total lifetime" },
    { times: "Times between visits to a website", total: "total time" },
  ],
  prompt:
    "{{times}} are modelled as a mixture of two exponential distributions, $p(x) = \\sum_{k=1}^{2} \\pi_k \\lambda_k e^{-\\lambda_k x}$ for $x > 0$. With labels, the MLE of a rate is $\\hat\\lambda_k = n_k / \\sum_{i \\in k} x_i$: the count over the {{total}}.",
  parts: [
    {
      id: "rate",
      prompt: "The E-step gave responsibilities $r_{ik}$. What is the M-step update for $\\lambda_k$?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "soft-counts-nk",
          correct: true,
          label: "$\\lambda_k = \\sum_i r_{ik} \\big/ \\sum_i r_{ik}\\, x_i$",
          explanation:
            "Right: the labelled MLE, count over total, with the count and the total replaced by their responsibility-weighted versions.",
        },
        {
          id: "unweighted-total",
          correct: false,
          label: "$\\lambda_k = \\dfrac{\\sum_i r_{ik}}{\\sum_i x_i}$",
          explanation:
            "The soft count is right but the total is not: it must be component $k$'s weighted total $\\sum_i r_{ik} x_i$, not the total of every point.",
        },
        {
          id: "squared-weights",
          correct: false,
          label: "$\\lambda_k = \\dfrac{\\sum_i r_{ik}^2}{\\sum_i r_{ik}^2\\, x_i}$",
          explanation:
            "Each point enters $Q$ once, with weight $r_{ik}$; squaring the weights has no basis in the expected complete-data log-likelihood.",
        },
        {
          id: "soft-counts",
          correct: true,
          label: "$\\lambda_k = \\dfrac{\\sum_i r_{ik}}{\\sum_i r_{ik}\\, x_i}$",
          explanation:
            "Maximising $\\sum_i r_{ik} (\\log \\lambda_k - \\lambda_k x_i)$ gives $N_k / \\sum_i r_{ik} x_i$: the labelled MLE with the count and the total replaced by their responsibility-weighted versions.",
        },
        {
          id: "weighted-mean",
          correct: false,
          label: "$\\lambda_k = \\dfrac{\\sum_i r_{ik}\\, x_i}{\\sum_i r_{ik}}$",
          explanation: "That is the weighted mean of the times, which estimates $1 / \\lambda_k$, not the rate.",
        },
        {
          id: "n-numerator",
          correct: false,
          label: "$\\lambda_k = \\dfrac{n}{\\sum_i r_{ik}\\, x_i}$",
          explanation:
            "The numerator must be the component's soft count $N_k = \\sum_i r_{ik}$; all $n$ points credits component $k$ with points it does not own.",
        },
        {
          id: "mean-reciprocal",
          correct: false,
          label: "$\\lambda_k = \\dfrac{1}{N_k} \\sum_i r_{ik} \\dfrac{1}{x_i}$",
          explanation:
            "Averaging reciprocals is not the MLE: the exponential's sufficient statistic is the sum of the $x_i$, so the rate is a count over a total (and $\\mathbb E[1/x]$ is infinite for an exponential).",
        },
        {
          id: "prior-weights",
          correct: false,
          label: "$\\lambda_k = \\dfrac{\\pi_k\\, n}{\\sum_i \\pi_k\\, x_i}$",
          explanation:
            "This weights every point by the prior $\\pi_k$ instead of its own posterior $r_{ik}$; the $\\pi_k$ cancel and every component gets the same rate $n / \\sum_i x_i$.",
        },
      ],
      hints: [
        "Write component $k$'s part of $Q$: $\\sum_i r_{ik} [\\log \\pi_k + \\log \\lambda_k - \\lambda_k x_i]$.",
        "Differentiate with respect to $\\lambda_k$, or take the labelled MLE and replace each count and each sum by its responsibility-weighted version.",
      ],
    },
  ],
  solution: [
    "The general recipe: the M-step is the complete-data MLE with every indicator $z_{ik}$ replaced by $r_{ik}$. Here",
    "$$\\frac{\\partial}{\\partial \\lambda_k} \\sum_i r_{ik} \\big(\\log \\lambda_k - \\lambda_k x_i\\big) = \\frac{N_k}{\\lambda_k} - \\sum_i r_{ik} x_i = 0 \\quad\\Longrightarrow\\quad \\lambda_k = \\frac{N_k}{\\sum_i r_{ik} x_i},$$",
    "the soft count over the soft {{total}}, with $N_k = \\sum_i r_{ik}$; the weights are $\\pi_k = N_k / n$ as in every mixture.",
  ].join("\n\n"),
});

const conceptInitialisation = defineConcept({
  id: "concept-em-initialisation",
  title: "Starting EM for a Gaussian mixture",
  topic: "em-mechanics",
  difficulty: "easy",
  tags: ["gmm", "initialisation", "k-means", "restarts"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2.2; Hastie, Tibshirani & Friedman (2009), The Elements of Statistical Learning, §8.5.1",
  scenarios: [
    { K: "3", data: "2-D data", covariance: "covariance", covariances: "covariances" },
    { K: "4", data: "1-D data", covariance: "variance", covariances: "variances" },
    { K: "2", data: "5-D data", covariance: "covariance", covariances: "covariances" },
    { K: "5", data: "3-D data", covariance: "covariance", covariances: "covariances" },
  ],
  prompt: "You are about to run EM for a {{K}}-component Gaussian mixture on {{data}}.",
  parts: [
    {
      id: "starts",
      prompt: "Which are sensible ways to start? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "spread-quantiles",
          correct: true,
          label:
            "Spread the {{K}} means over the range of the data (for example at quantiles along the main axis), with the overall {{covariance}} and equal weights.",
          explanation:
            "Any plausible, distinct, non-degenerate start works; EM then refines it. Spreading the means breaks the symmetry between components.",
        },
        {
          id: "one-run",
          correct: false,
          label: "Run EM once from any start: because EM never lowers the likelihood, one run always reaches the best fit.",
          explanation:
            "Monotone is not global: each run climbs to the local maximum its start leads to. Several starts, keeping the highest final log-likelihood, are the standard guard.",
        },
        {
          id: "far-outside",
          correct: false,
          label: "Put the means far outside the data, so that EM can pull each one in towards its cluster without bias.",
          explanation:
            "A mean far from every point gets responsibilities near zero, so its component can die (a soft count near 0) or drift arbitrarily; starting means should lie among the data.",
        },
        {
          id: "k-means",
          correct: true,
          label:
            "Run k-means, then use each cluster's share of points, mean and {{covariance}} as the starting weights, means and {{covariances}}.",
          explanation:
            "A common default (Bishop §9.2.2): k-means is cheap and puts the means in plausible places, and EM then refines them with soft assignments.",
        },
        {
          id: "random-points",
          correct: true,
          label:
            "Pick {{K}} data points at random as means, with the overall {{covariance}} and equal weights; restart several times and keep the best final log-likelihood.",
          explanation:
            "Each run reaches a local maximum that depends on its start; restarts and the best final observed log-likelihood pick among them. Hastie, Tibshirani and Friedman suggest random data points as starting means.",
        },
        {
          id: "random-responsibilities",
          correct: true,
          label: "Give the points random responsibilities and begin with an M-step.",
          explanation:
            "Starting from the M-step with random soft assignments is equally valid: it produces the first parameters and the loop continues; different random draws give the restarts.",
        },
        {
          id: "identical",
          correct: false,
          label:
            "Give all {{K}} components the sample mean, the sample {{covariance}} and equal weights, so that no component is favoured.",
          explanation:
            "A symmetric start is a fixed point: every responsibility is $1/{{K}}$, so the M-step returns the same parameters for every component, and EM never separates them.",
        },
        {
          id: "tiny-covariances",
          correct: false,
          label: "Put each mean on a data point and start each {{covariance}} near zero, so that the components begin sharp.",
          explanation:
            "Near-zero covariances start EM next to the singularity where a component collapses onto its data point and the likelihood runs to infinity; starting covariances should reflect the spread of the data.",
        },
      ],
      hints: [
        "EM only needs parameters that are plausible, not symmetric and not degenerate; it improves them itself.",
        "What does EM do when all components are identical? And what happens to the likelihood as a covariance tends to 0?",
      ],
    },
  ],
  solution: [
    "EM climbs from wherever it starts to a nearby stationary point, so the start matters. Sound choices:",
    "- a k-means solution (weights, means and covariances of its clusters);",
    "- random data points as means, the overall covariance for every component and equal weights (Hastie, Tibshirani and Friedman, §8.5.1);",
    "- random responsibilities followed by an M-step;",
    "each with several restarts, keeping the run with the highest final observed log-likelihood.",
    "Two starts fail: identical components are a fixed point ($r_{ik} = 1/K$ forever), and near-zero covariances invite the singularity where $\\ell \\to +\\infty$.",
  ].join("\n\n"),
});

/** Guesses and one set for an EM iteration on the two coins (sets of 5, 9, 8, 4, 7 heads), worked out. */
const COIN_ITERATIONS = [
  {
    tA: "0.6",
    tB: "0.5",
    omA: "0.4",
    omB: "0.5",
    h: "5",
    t: "5",
    la: "0.000796",
    lb: "0.000977",
    total: "0.001773",
    p: "0.45",
    comp: "0.55",
    hard: "0",
    likelier: "B",
    headsA: "2.2",
    tailsA: "2.2",
    eAh: "21.3",
    eAt: "8.6",
    eBh: "11.7",
    eBt: "8.4",
    nA: "29.9",
    nB: "20.1",
    newA: "0.71",
    newB: "0.58",
  },
  {
    tA: "0.6",
    tB: "0.5",
    omA: "0.4",
    omB: "0.5",
    h: "7",
    t: "3",
    la: "0.00179",
    lb: "0.000977",
    total: "0.002768",
    p: "0.65",
    comp: "0.35",
    hard: "1",
    likelier: "A",
    headsA: "4.5",
    tailsA: "1.9",
    eAh: "21.3",
    eAt: "8.6",
    eBh: "11.7",
    eBt: "8.4",
    nA: "29.9",
    nB: "20.1",
    newA: "0.71",
    newB: "0.58",
  },
  {
    tA: "0.7",
    tB: "0.4",
    omA: "0.3",
    omB: "0.6",
    h: "5",
    t: "5",
    la: "0.000408",
    lb: "0.000796",
    total: "0.001205",
    p: "0.34",
    comp: "0.66",
    hard: "0",
    likelier: "B",
    headsA: "1.7",
    tailsA: "1.7",
    eAh: "24.8",
    eAt: "8.0",
    eBh: "8.2",
    eBt: "9.0",
    nA: "32.7",
    nB: "17.3",
    newA: "0.76",
    newB: "0.48",
  },
  {
    tA: "0.8",
    tB: "0.6",
    omA: "0.2",
    omB: "0.4",
    h: "7",
    t: "3",
    la: "0.00168",
    lb: "0.00179",
    total: "0.003469",
    p: "0.48",
    comp: "0.52",
    hard: "0",
    likelier: "B",
    headsA: "3.4",
    tailsA: "1.5",
    eAh: "17.7",
    eAt: "4.6",
    eBh: "15.3",
    eBt: "12.4",
    nA: "22.3",
    nB: "27.7",
    newA: "0.79",
    newB: "0.55",
  },
  {
    tA: "0.4",
    tB: "0.7",
    omA: "0.6",
    omB: "0.3",
    h: "6",
    t: "4",
    la: "0.000531",
    lb: "0.000953",
    total: "0.001484",
    p: "0.36",
    comp: "0.64",
    hard: "0",
    likelier: "B",
    headsA: "2.1",
    tailsA: "1.4",
    eAh: "8.2",
    eAt: "9.0",
    eBh: "24.8",
    eBt: "8.0",
    nA: "17.3",
    nB: "32.7",
    newA: "0.48",
    newB: "0.76",
  },
] as const;

const conceptTwoCoinsIteration = defineConcept({
  id: "concept-two-coins-iteration",
  title: "One EM iteration on the two-coin experiment",
  topic: "em-mechanics",
  difficulty: "easy",
  tags: ["two-coins", "binomial", "e-step", "m-step"],
  source: "Do & Batzoglou (2008), Nature Biotechnology 26(8), “What is the expectation maximization algorithm?”, Figure 1b",
  scenarios: COIN_ITERATIONS,
  prompt:
    "Five sets of 10 tosses (with 5, 9, 8, 4 and 7 heads) were each made with coin A or coin B, each picked with probability $\\tfrac12$; which coin made which set was not recorded. The current guesses are $\\theta_A^{(t)}$ and $\\theta_B^{(t)}$.",
  parts: [
    {
      id: "steps",
      prompt: "Put the steps of one EM iteration in order.",
      input: "order",
      steps: [
        {
          id: "likelihoods",
          label:
            "For each set with $h$ heads, compute its likelihood under each coin, $\\theta^h (1 - \\theta)^{10 - h}$, with the current guesses",
        },
        { id: "posteriors", label: "Normalise the two likelihoods of each set into the probabilities that A or B made it" },
        { id: "credit", label: "Split each set's heads and tails between the coins in proportion to those probabilities" },
        { id: "totals", label: "Add up the expected heads and expected tails credited to each coin over all five sets" },
        { id: "update", label: "Set each coin's new $\\theta$ to its expected heads divided by its expected tosses" },
      ],
      hints: [
        "The E-step ends with expected counts; the M-step turns counts into estimates.",
        "You cannot split a set's heads until you know how probable each coin is for that set.",
      ],
    },
    {
      id: "share",
      prompt:
        "With $\\theta_A^{(t)} = {{tA}}$ and $\\theta_B^{(t)} = {{tB}}$, about what share of a set with {{h}} heads in 10 tosses is credited to coin A?",
      input: "choice",
      options: [
        {
          id: "posterior",
          correct: true,
          label: "${{p}}$",
          explanation:
            "${{tA}}^{ {{h}} } \\cdot {{omA}}^{ {{t}} } \\approx {{la}}$ and ${{tB}}^{ {{h}} } \\cdot {{omB}}^{ {{t}} } \\approx {{lb}}$, so $P(A) \\approx {{la}} / {{total}} \\approx {{p}}$.",
        },
        {
          id: "complement",
          correct: false,
          label: "${{comp}}$",
          explanation: "That is the share credited to coin B, the complement of coin A's posterior.",
        },
        {
          id: "prior",
          correct: false,
          label: "$0.5$",
          explanation: "That is the prior probability of picking coin A; the posterior also uses how likely 5 heads are under each coin.",
        },
        {
          id: "theta",
          correct: false,
          label: "${{tA}}$",
          explanation: "${{tA}}$ is coin A's head probability, not the probability that coin A made this set.",
        },
        {
          id: "hard",
          correct: false,
          label: "${{hard}}$, since the set is more likely under coin {{likelier}}",
          explanation:
            "That is a hard assignment. EM credits the set fractionally, in proportion to how likely {{h}} heads in 10 are under each coin.",
        },
      ],
      hints: [
        "Compute ${{tA}}^{ {{h}} } \\cdot {{omA}}^{ {{t}} }$ and ${{tB}}^{ {{h}} } \\cdot {{omB}}^{ {{t}} }$: the binomial coefficient is the same for both and cancels.",
        "Divide coin A's likelihood by the sum of the two (equal priors cancel too).",
      ],
    },
  ],
  solution: [
    "**E-step.** For a set with $h$ heads, $P(A \\mid h) = \\dfrac{\\theta_A^h (1 - \\theta_A)^{10-h}}{\\theta_A^h (1 - \\theta_A)^{10-h} + \\theta_B^h (1 - \\theta_B)^{10-h}}$. For $h = {{h}}$ at $({{tA}}, {{tB}})$: $\\dfrac{ {{la}} }{ {{la}} + {{lb}} } \\approx {{p}}$, so the set gives about ${{p}} \\cdot {{h}} \\approx {{headsA}}$ heads and ${{tailsA}}$ tails to A and the rest to B.",
    "Summing over the five sets (5, 9, 8, 4 and 7 heads) gives coin A about {{eAh}} expected heads and {{eAt}} expected tails, coin B about {{eBh}} and {{eBt}}.",
    "**M-step.** $\\theta_A^{(t+1)} \\approx {{eAh}} / {{nA}} \\approx {{newA}}$ and $\\theta_B^{(t+1)} \\approx {{eBh}} / {{nB}} \\approx {{newB}}$: the binomial MLE on expected counts.",
  ].join("\n\n"),
});

export const EM_MECHANICS_CONCEPTS: readonly QuestionTemplate[] = [
  conceptEmLoop,
  conceptEStep,
  conceptEStepNotPlugIn,
  conceptMStepFormulas,
  conceptResponsibilities,
  conceptZeroInflated,
  conceptGeneticLinkage,
  conceptVarianceNewMean,
  conceptExponentialMStep,
  conceptInitialisation,
  conceptTwoCoinsIteration,
];
