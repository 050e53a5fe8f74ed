/**
 * "Match the model to the method" questions (content map 8): several choice parts that share one set
 * of options, each part with its own explanation of why every option is right or wrong for that model.
 */
import type { ChoiceOption } from "../../choice";
import { defineConcept, type ConceptChoicePart } from "../../concept";

type Method = "closed-form" | "iterative" | "em" | "variational-em";

/**
 * The method labels of the fully observed question. The options are shared by every part, so their
 * lengths are chosen to give nothing away: the methods this question keys (closed form, iterative) are
 * the shorter labels.
 */
const OBSERVED_METHOD_LABELS: Record<Method, string> = {
  "closed-form": "Closed-form MLE: solve the score equations by algebra",
  iterative: "Iterative MLE (Newton / IRLS): nothing hidden, no closed form",
  em: "EM: treat an unobserved quantity as a latent variable, alternate E- and M-steps",
  "variational-em": "Variational EM: approximate an intractable posterior over hidden variables, maximise a bound",
};

/** The method labels of the hidden-structure question, where EM and variational EM are keyed: they are the shorter labels there. */
const LATENT_METHOD_LABELS: Record<Method, string> = {
  "closed-form": "Closed-form MLE: solve the score equations directly",
  iterative: "Iterative MLE (Newton or gradient ascent) on the observed likelihood, using no hidden variable",
  em: "EM: hidden variable, exact posterior",
  "variational-em": "Variational EM: hidden variable, intractable posterior",
};

/** The options in the same order for every part (the seed shuffles them); `why` explains each one for this model. */
function methodPart(
  labels: Record<Method, string>,
  id: string,
  prompt: string,
  right: Method,
  why: Record<Method, string>,
  hints: readonly string[],
): ConceptChoicePart {
  const options: ChoiceOption[] = (Object.keys(labels) as Method[]).map((method) => ({
    id: method,
    label: labels[method],
    correct: method === right,
    explanation: why[method],
  }));
  return { id, prompt, input: "choice", options, hints };
}

export const conceptZooMatchPlainMle = defineConcept({
  id: "concept-zoo-match-plain-mle",
  title: "Match the model to the method: fully observed data",
  topic: "model-zoo",
  difficulty: "medium",
  tags: ["model-zoo", "match", "closed-form", "newton", "irls", "naive-bayes", "glm"],
  source:
    "McCullagh & Nelder (1989), Generalized Linear Models, §2.5 (IRLS); Bishop (2006), PRML §3.1.1 and §4.3.3; Murphy (2012), MLAPP §3.5.1 (naive Bayes)",
  scenarios: [
    {
      team: "An insurer",
      linear: "repair costs on vehicle age and mileage",
      logistic: "whether a policy lapses, on each policy's record",
      poisson: "daily claim counts",
      multinomial: "The shares $p_1, \\dots, p_K$ of $K$ claim types, from the counts $n_1, \\dots, n_K$ of $n$ claims.",
      nb: "claim notes, each labelled fraudulent or genuine",
    },
    {
      team: "A retailer",
      linear: "weekly sales on price and advertising spend",
      logistic: "whether a customer churns, on each customer's history",
      poisson: "the number of returns per day",
      multinomial: "The probabilities $p_1, \\dots, p_K$ that a shopper picks each of $K$ brands, from $n$ recorded purchases.",
      nb: "product reviews, each labelled positive or negative",
    },
    {
      team: "A hospital",
      linear: "blood pressure on age and dose",
      logistic: "whether a patient is readmitted, on discharge records",
      poisson: "the number of admissions per night",
      multinomial: "The probabilities $p_1, \\dots, p_K$ of $K$ blood groups, from the counts $n_1, \\dots, n_K$ of $n$ donors.",
      nb: "referral letters, each labelled urgent or routine",
    },
    {
      team: "A bank",
      linear: "loan amounts on income and age",
      logistic: "default or no default, on loans whose outcome is recorded",
      poisson: "the number of card disputes per branch and month",
      multinomial: "The probabilities $p_1, \\dots, p_K$ of a die, from the counts $n_1, \\dots, n_K$ of $n$ rolls.",
      nb: "emails, each labelled spam or ham",
    },
  ],
  prompt:
    "{{team}} fits every model below by maximum likelihood to **fully observed** data: every response, count and class label is recorded. For each one, pick how its maximum-likelihood estimate is computed.",
  parts: [
    methodPart(
      OBSERVED_METHOD_LABELS,
      "linear",
      "Linear regression of {{linear}}: $y = X\\beta + \\varepsilon$ with $\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 I)$.",
      "closed-form",
      {
        "closed-form":
          "The log-likelihood is $-\\tfrac n2 \\log(2\\pi\\sigma^2) - \\lVert y - X\\beta\\rVert^2 / (2\\sigma^2)$; its score equations in $\\beta$ are the linear normal equations, so $\\hat\\beta = (X^\\top X)^{-1} X^\\top y$ and $\\hat\\sigma^2 = \\mathrm{RSS}/n$.",
        iterative:
          "Gradient descent would creep towards the same answer, but there is no need: the score equations are linear in $\\beta$ (the normal equations) and are solved in one step.",
        em: "Nothing is hidden: every $y_i$ and every row of $X$ is observed, so there is no latent variable to take an expectation over.",
        "variational-em":
          "Variational EM approximates an intractable posterior over latent variables; this model has no latent variables at all.",
      },
      [
        "Write the log-likelihood: for fixed $\\sigma^2$, which familiar criterion does maximising it over $\\beta$ minimise?",
        "Setting the gradient of $\\lVert y - X\\beta \\rVert^2$ to zero gives equations that are linear in $\\beta$.",
      ],
    ),
    methodPart(
      OBSERVED_METHOD_LABELS,
      "logistic",
      "Logistic regression $P(y_i = 1 \\mid x_i) = \\sigma(x_i^\\top \\beta)$ of {{logistic}}.",
      "iterative",
      {
        "closed-form":
          "The score equations $\\sum_i \\big(y_i - \\sigma(x_i^\\top\\beta)\\big) x_i = 0$ are nonlinear in $\\beta$: in general there is no closed-form solution.",
        iterative:
          "Nothing is hidden, but the score equations are nonlinear, so $\\beta$ is found by Newton's method, which for this model is iteratively reweighted least squares; the log-likelihood is concave, so it reaches the global maximum when one exists.",
        em: "Every label $y_i$ is observed; the probability $\\sigma(x_i^\\top\\beta)$ is a function of the parameters, not a latent variable, so there is nothing for an E-step to do.",
        "variational-em":
          "There is no latent variable, so there is no posterior to approximate; the difficulty is only that the score equations are nonlinear.",
      },
      [
        "Is anything unobserved here? If not, EM is out.",
        "Write the score equations: can you solve $\\sum_i (y_i - \\sigma(x_i^\\top \\beta)) x_i = 0$ for $\\beta$ with algebra alone?",
      ],
    ),
    methodPart(
      OBSERVED_METHOD_LABELS,
      "poisson",
      "Poisson regression of {{poisson}}, $y_i \\sim \\text{Poisson}(\\mu_i)$ with $\\log \\mu_i = x_i^\\top \\beta$.",
      "iterative",
      {
        "closed-form":
          "The score equations $\\sum_i \\big(y_i - e^{x_i^\\top\\beta}\\big) x_i = 0$ are nonlinear in $\\beta$, so apart from special designs (an intercept alone) there is no closed form.",
        iterative:
          "A generalised linear model with canonical log link: its log-likelihood $\\sum_i \\big(y_i x_i^\\top\\beta - e^{x_i^\\top\\beta}\\big)$ (plus a constant) is concave and is maximised by IRLS (Fisher scoring, which equals Newton's method for a canonical link).",
        em: "Every count is observed. The mean $\\mu_i$ is a function of $\\beta$, not a hidden variable, so there is no E-step to run.",
        "variational-em":
          "Nothing is latent and the likelihood is easy to evaluate exactly: there is no intractable posterior to approximate.",
      },
      [
        "Counts are discrete, but is anything *hidden*?",
        "Differentiate $\\sum_i (y_i x_i^\\top\\beta - e^{x_i^\\top\\beta})$: is the equation you get linear in $\\beta$?",
      ],
    ),
    methodPart(
      OBSERVED_METHOD_LABELS,
      "multinomial",
      "{{multinomial}}",
      "closed-form",
      {
        "closed-form":
          "Maximising $\\sum_k n_k \\log p_k$ subject to $\\sum_k p_k = 1$ with a Lagrange multiplier gives $\\hat p_k = n_k / n$ directly.",
        iterative:
          "An iterative optimiser would have to handle the constraint $\\sum_k p_k = 1$ and would only reproduce what a Lagrange multiplier gives in one line: $\\hat p_k = n_k / n$.",
        em: "Each outcome is recorded, so there is no hidden variable; EM would converge in a single step to the counting answer.",
        "variational-em":
          "There is no latent variable and no posterior to approximate: the likelihood depends on the data only through the counts.",
      },
      [
        "The log-likelihood is $\\sum_k n_k \\log p_k$; what constraint do the $p_k$ satisfy?",
        "Use a Lagrange multiplier for $\\sum_k p_k = 1$.",
      ],
    ),
    methodPart(
      OBSERVED_METHOD_LABELS,
      "naive-bayes",
      "A naive Bayes classifier with binary word features, trained on {{nb}}.",
      "closed-form",
      {
        "closed-form":
          "With labels observed, the joint log-likelihood splits into one Bernoulli or categorical piece per class and per feature, each solved by counting: class prior $=$ class frequency, $\\hat\\theta_{w \\mid c}$ $=$ share of class-$c$ documents containing $w$.",
        iterative:
          "That is how logistic regression, the discriminative partner of naive Bayes, is fitted. Naive Bayes maximises the joint likelihood $p(x, y)$, which separates into independent pieces with closed forms.",
        em: "The class of every training document is recorded, so nothing is hidden. EM is what naive Bayes needs when some documents are unlabelled (semi-supervised learning).",
        "variational-em":
          "The conditional-independence assumption makes every posterior trivial; there is no latent variable and nothing intractable.",
      },
      [
        "Are the class labels of the training documents observed?",
        "Under the naive assumption the log-likelihood is a sum of separate terms: one for the class prior, one per (class, word).",
      ],
    ),
  ],
  solution: [
    "Nothing is hidden in any of these models, so EM and its variational relative have no role: the only question is whether the score equations can be solved by algebra.",
    "- **Linear regression:** the normal equations are linear, $\\hat\\beta = (X^\\top X)^{-1}X^\\top y$, $\\hat\\sigma^2 = \\mathrm{RSS}/n$ (closed form).",
    "- **Logistic regression:** $\\sum_i (y_i - \\sigma(x_i^\\top\\beta)) x_i = 0$ is nonlinear; Newton's method (IRLS) on a concave log-likelihood (iterative).",
    "- **Poisson regression:** $\\sum_i (y_i - e^{x_i^\\top\\beta}) x_i = 0$ is nonlinear; IRLS / Fisher scoring (iterative).",
    "- **Multinomial counts:** $\\hat p_k = n_k/n$ from a Lagrange multiplier (closed form).",
    "- **Naive Bayes with labels:** counting per class and feature (closed form).",
    "Iterative is not the same as EM: logistic and Poisson regression iterate because their equations are nonlinear, not because anything is unobserved.",
  ].join("\n\n"),
});

export const conceptZooMatchLatentModels = defineConcept({
  id: "concept-zoo-match-latent-models",
  title: "Match the model to the method: models with hidden structure",
  topic: "model-zoo",
  difficulty: "hard",
  tags: ["model-zoo", "match", "gmm", "hmm", "ppca", "lda", "ibm-model-1", "variational-em"],
  source:
    "Bishop (2006), PRML §9.2, §12.2.1 and §13.2.1; Tipping & Bishop (1999), Probabilistic principal component analysis, JRSS B 61; Blei, Ng & Jordan (2003), Latent Dirichlet allocation, JMLR 3; Brown et al. (1993), The mathematics of statistical machine translation, Computational Linguistics 19(2)",
  scenarios: [
    {
      gmm: "flower petal lengths from a meadow of two unrecorded species",
      hmm: "speech frames whose phoneme states were never annotated",
      ppca: "10,000 face images compressed to $q = 20$ dimensions",
      corpus: "news articles",
      pair: "English–French",
    },
    {
      gmm: "customers' yearly spend, their segments unrecorded",
      hmm: "a DNA sequence with unobserved coding and non-coding regions",
      ppca: "gene-expression profiles of 2,000 genes reduced to $q = 5$ dimensions",
      corpus: "scientific abstracts",
      pair: "German–English",
    },
    {
      gmm: "pixel intensities of scans with two unlabelled tissue types",
      hmm: "daily market returns driven by unobserved calm and turbulent regimes",
      ppca: "daily returns of 100 stocks reduced to $q = 3$ factors",
      corpus: "customer-support tickets",
      pair: "Spanish–English",
    },
    {
      gmm: "the sizes of insurance claims from two unrecorded kinds of incident",
      hmm: "a machine's vibration readings driven by unobserved healthy and worn states",
      ppca: "500 sensor channels of a factory line reduced to $q = 10$ dimensions",
      corpus: "parliamentary speeches",
      pair: "Italian–English",
    },
  ],
  prompt:
    "Each model below has (or seems to have) something unobserved. For each one, pick the **simplest** method that computes its maximum-likelihood estimate (for LDA: the fitting method of Blei, Ng & Jordan, 2003).",
  parts: [
    methodPart(
      LATENT_METHOD_LABELS,
      "gmm",
      "A Gaussian mixture fitted to {{gmm}}.",
      "em",
      {
        "closed-form":
          "The observed log-likelihood $\\sum_i \\log \\sum_k \\pi_k \\mathcal{N}(x_i \\mid \\mu_k, \\Sigma_k)$ has a sum inside the log; its score equations couple all parameters and have no closed-form solution.",
        iterative:
          "Something *is* hidden here (each point's component), which this option rules out; gradient ascent on the mixture likelihood is possible, but it is not the standard or the simplest method.",
        em: "The component label $z_i$ is hidden, its posterior (the responsibility) is exact and cheap, and the M-step is a weighted Gaussian MLE in closed form.",
        "variational-em":
          "The posterior of each label is a discrete distribution over $K$ components, computed exactly by Bayes' rule: nothing needs approximating.",
      },
      [
        "What is unobserved for each point?",
        "Can the posterior of that hidden label be computed exactly? If yes, no approximation is needed.",
      ],
    ),
    methodPart(
      LATENT_METHOD_LABELS,
      "hmm",
      "A hidden Markov model fitted to {{hmm}}.",
      "em",
      {
        "closed-form":
          "With the state sequence unobserved, the likelihood sums over all $K^T$ state paths inside the log; there is no closed form.",
        iterative: "The states are hidden, which this option rules out. The standard method is Baum–Welch, which is EM.",
        em: "Baum–Welch is EM: the forward–backward algorithm gives the exact posterior of every state and transition in $O(K^2 T)$, and the M-step turns expected counts into new probabilities.",
        "variational-em":
          "The chain structure makes the exact posterior tractable through forward–backward, so no variational approximation is needed (it would be for factorial HMMs with many coupled chains).",
      },
      [
        "What is hidden, and is its posterior tractable given the chain structure?",
        "Think of the forward–backward algorithm: exact or approximate?",
      ],
    ),
    methodPart(
      LATENT_METHOD_LABELS,
      "ppca",
      "Probabilistic PCA of {{ppca}}: $x = \\mu + W z + \\varepsilon$, $z \\sim \\mathcal{N}(0, I_q)$, $\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 I_d)$.",
      "closed-form",
      {
        "closed-form":
          "Tipping & Bishop (1999) solve the score equations: with $U_q, \\Lambda_q$ the top $q$ eigenvectors and eigenvalues of the sample covariance, $\\hat W = U_q(\\Lambda_q - \\hat\\sigma^2 I)^{1/2} R$ and $\\hat\\sigma^2$ is the mean of the $d - q$ discarded eigenvalues.",
        iterative: "No iterations are needed: the stationary points are known in closed form from an eigendecomposition.",
        em: "EM does converge to the PPCA solution and is useful when $d$ is large or entries are missing, but it is not needed: the MLE has a closed form, so EM is not the simplest method.",
        "variational-em": "The posterior of $z$ given $x$ is Gaussian and exact; besides, the MLE is available in closed form.",
      },
      [
        "Integrate out $z$: what is the marginal distribution of $x$?",
        "The marginal is $\\mathcal{N}(\\mu, WW^\\top + \\sigma^2 I)$: how does its MLE relate to the eigenvectors of the sample covariance?",
      ],
    ),
    methodPart(
      LATENT_METHOD_LABELS,
      "lda",
      "Latent Dirichlet allocation of {{corpus}}: topic proportions $\\theta_d$ per document, a topic $z_{dn}$ per word, topics $\\beta_k$ over the vocabulary.",
      "variational-em",
      {
        "closed-form":
          "The likelihood integrates over $\\theta_d$ and sums over every word's topic; it cannot even be evaluated exactly, let alone solved in closed form.",
        iterative:
          "The topic assignments and proportions are hidden, which this option rules out; besides, the likelihood itself is intractable, so Newton or gradient ascent on it is not available.",
        em: "Exact EM needs the posterior $p(\\theta_d, z_d \\mid w_d, \\alpha, \\beta)$, whose normaliser couples $\\theta$ and $\\beta$ and is intractable (Blei et al., 2003, §5).",
        "variational-em":
          "Blei, Ng & Jordan fit LDA by variational EM: the E-step fits a factorised $q(\\theta_d \\mid \\gamma_d) \\prod_n q(z_{dn} \\mid \\phi_{dn})$ per document, the M-step updates $\\alpha$ and $\\beta$ to maximise the evidence lower bound.",
      },
      [
        "Can the posterior over a document's topic proportions and word topics be computed exactly?",
        "When the E-step's posterior is intractable, what replaces it?",
      ],
    ),
    methodPart(
      LATENT_METHOD_LABELS,
      "ibm1",
      "IBM Model 1: word-translation probabilities $t(f \\mid e)$ learnt from {{pair}} sentence pairs with no word alignments.",
      "em",
      {
        "closed-form":
          "The alignments are hidden, so each sentence's likelihood is a product of sums over source positions; there is no closed-form maximiser.",
        iterative: "The word alignments are hidden, which this option rules out; Brown et al. (1993) estimate Model 1 with EM.",
        em: "The alignment $a_j$ of each target word is the latent variable; its posterior is exact and factorises over target positions, $P(a_j = i) \\propto t(f_j \\mid e_i)$, and the M-step normalises expected counts.",
        "variational-em":
          "The alignment posterior of Model 1 factorises over target words and is exact and cheap: nothing needs approximating.",
      },
      [
        "What is hidden in a sentence pair?",
        "Does the posterior over one target word's alignment depend on the other words' alignments in Model 1?",
      ],
    ),
  ],
  solution: [
    "A hidden variable does not automatically mean EM, and EM does not always suffice:",
    "- **Gaussian mixture:** hidden labels, exact responsibilities, closed-form weighted M-step: **EM**.",
    "- **HMM:** hidden state sequence, exact posteriors $\\gamma_t(i)$ and $\\xi_t(i,j)$ by forward–backward: **EM** (Baum–Welch).",
    "- **Probabilistic PCA:** the latent $z$ integrates out to $x \\sim \\mathcal{N}(\\mu, WW^\\top + \\sigma^2 I)$, and Tipping & Bishop solve its score equations: $$\\hat W = U_q(\\Lambda_q - \\hat\\sigma^2 I)^{1/2}R, \\qquad \\hat\\sigma^2 = \\frac{1}{d-q}\\sum_{j=q+1}^{d} \\lambda_j.$$ **Closed form**; EM is an optional alternative for large $d$ or missing entries.",
    "- **LDA:** the posterior over $(\\theta_d, z_d)$ is intractable, so the E-step is replaced by a mean-field approximation: **variational EM**.",
    "- **IBM Model 1:** hidden alignments with an exact, factorised posterior: **EM**.",
  ].join("\n\n"),
});

type Latent = "label" | "state-sequence" | "factor" | "alignment" | "missing";

const LATENT_LABELS: Record<Latent, string> = {
  label: "A discrete label $z_i$ per observation, independent across observations",
  "state-sequence": "A sequence of discrete states $z_1, \\dots, z_T$ linked by a Markov chain",
  factor: "A continuous low-dimensional vector $z_i \\sim \\mathcal{N}(0, I)$ per observation",
  alignment: "For each target word, the position of the source word that generated it",
  missing: "The entries of the data table that were never recorded",
};

/** Why an option is wrong when it belongs to another model: whose latent variable it is. */
const LATENT_OWNER: Record<Latent, string> = {
  label: "A single independent label per observation is the latent variable of a mixture model.",
  "state-sequence": "A Markov chain of states is the latent variable of a hidden Markov model.",
  factor: "A continuous Gaussian factor is the latent variable of factor analysis and probabilistic PCA.",
  alignment: "Word alignments are the latent variable of IBM Model 1.",
  missing: "Unrecorded entries are the latent variable of a missing-data problem.",
};

function latentPart(id: string, prompt: string, right: Latent, rightWhy: string, hints: readonly string[]): ConceptChoicePart {
  const options: ChoiceOption[] = (Object.keys(LATENT_LABELS) as Latent[]).map((latent) => ({
    id: latent,
    label: LATENT_LABELS[latent],
    correct: latent === right,
    explanation: latent === right ? rightWhy : `${LATENT_OWNER[latent]} Here the hidden quantity is different: ${rightWhy}`,
  }));
  return { id, prompt, input: "choice", options, hints };
}

export const conceptZooLatentVariable = defineConcept({
  id: "concept-zoo-latent-variable",
  title: "What is the latent variable?",
  topic: "model-zoo",
  difficulty: "medium",
  tags: ["model-zoo", "match", "latent-variable", "gmm", "hmm", "factor-analysis", "ibm-model-1", "missing-data"],
  source:
    "Bishop (2006), PRML §9.2, §12.2.4 and §13.2; Rabiner (1989), A tutorial on hidden Markov models, Proc. IEEE 77(2); Brown et al. (1993), The mathematics of statistical machine translation; Little & Rubin (2019), Statistical Analysis with Missing Data, ch. 8",
  scenarios: [
    {
      gmm: "customers' annual spend",
      hmm: "a DNA sequence with unobserved coding and non-coding regions",
      fa: "ten test scores per pupil, driven by a few unobserved abilities",
      pair: "English–French",
      missing: "patient records where some cholesterol readings were never taken",
    },
    {
      gmm: "flower petal lengths from two unrecorded species",
      hmm: "a shop's daily umbrella sales, driven by unobserved wet and dry spells",
      fa: "answers to a 40-item personality questionnaire, driven by a few unobserved traits",
      pair: "German–English",
      missing: "household surveys where some incomes were not reported",
    },
    {
      gmm: "the arrival times of calls from two unrecorded kinds of caller",
      hmm: "a user's clicks on a website, driven by unobserved browsing and buying modes",
      fa: "the daily returns of 50 stocks, driven by a few unobserved market factors",
      pair: "Spanish–English",
      missing: "soil-sensor records where some moisture readings were lost in transmission",
    },
    {
      gmm: "the sizes of insurance claims from two unrecorded kinds of incident",
      hmm: "a machine's vibration readings, driven by unobserved healthy and worn states",
      fa: "ratings of 20 wines by each taster, driven by a few unobserved taste dimensions",
      pair: "Italian–English",
      missing: "weather-station records where some daily temperatures were not logged",
    },
  ],
  prompt: "EM needs a latent (hidden) variable whose posterior the E-step computes. For each model, pick what that latent variable is.",
  parts: [
    latentPart(
      "gmm",
      "A Gaussian mixture model of {{gmm}}.",
      "label",
      "in a Gaussian mixture each observation carries one discrete component label $z_i$, independent of the other observations; the E-step's responsibilities are its posterior.",
      [
        "Which piece of information, if it were recorded, would make the fit a set of ordinary per-group MLEs?",
        "Is that hidden quantity discrete or continuous, and does it depend on its neighbours?",
      ],
    ),
    latentPart(
      "hmm",
      "A hidden Markov model of {{hmm}}.",
      "state-sequence",
      "in an HMM the hidden states form a Markov chain, so each position's state depends on the previous one; forward–backward computes their posteriors.",
      [
        "How does an HMM differ from a mixture: are the hidden labels independent across positions?",
        "The word *Markov* in the name says what links them.",
      ],
    ),
    latentPart(
      "factor-analysis",
      "Factor analysis of {{fa}}.",
      "factor",
      "in factor analysis each observation has a continuous latent vector $z_i \\sim \\mathcal{N}(0, I_q)$ with $q$ smaller than the number of variables, and the E-step computes its Gaussian posterior mean and covariance.",
      [
        "Are the unobserved drivers discrete categories or continuous quantities?",
        "How many of them are there compared with the observed variables?",
      ],
    ),
    latentPart(
      "ibm1",
      "IBM Model 1 trained on {{pair}} sentence pairs.",
      "alignment",
      "in IBM Model 1 each target word $f_j$ has a hidden alignment $a_j$ saying which source word $e_{a_j}$ (or the empty word) generated it; the sentence pairs are given, the word links are not.",
      [
        "The sentences are paired up, but what is *not* in the data about individual words?",
        "Translation probabilities $t(f \\mid e)$ would be counts if you knew which source word each target word came from.",
      ],
    ),
    latentPart(
      "missing-data",
      "A multivariate normal fitted to {{missing}}.",
      "missing",
      "here the latent variables are simply the unrecorded entries; the E-step computes their conditional expectations (and second moments) given the recorded values.",
      [
        "Nothing in this model was invented to explain the data: what is literally absent from the table?",
        "EM treats that absent part exactly as it treats a mixture's labels.",
      ],
    ),
  ],
  solution: [
    "Every EM model becomes an ordinary MLE once its latent variable is filled in; naming that variable is the first step in deriving the algorithm.",
    "- **Gaussian mixture:** one discrete label $z_i \\in \\{1, \\dots, K\\}$ per point, independent across points; E-step $r_{ik} = P(z_i = k \\mid x_i)$.",
    "- **HMM:** a Markov chain of states $z_1, \\dots, z_T$; E-step $\\gamma_t(i)$ and $\\xi_t(i,j)$ by forward–backward.",
    "- **Factor analysis / PPCA:** a continuous $z_i \\sim \\mathcal{N}(0, I_q)$; E-step $\\mathbb{E}[z_i \\mid x_i]$ and $\\mathbb{E}[z_i z_i^\\top \\mid x_i]$.",
    "- **IBM Model 1:** the alignment $a_j$ of each target word; E-step $P(a_j = i \\mid e, f) = t(f_j \\mid e_i) / \\sum_{i'} t(f_j \\mid e_{i'})$.",
    "- **Missing data:** the unrecorded entries; E-step their conditional first and second moments.",
  ].join("\n\n"),
});

export const ZOO_MATCH_CONCEPTS = [conceptZooMatchPlainMle, conceptZooMatchLatentModels, conceptZooLatentVariable];
