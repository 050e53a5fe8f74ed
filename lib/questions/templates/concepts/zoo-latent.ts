/**
 * Model-zoo concept questions (content map 8) on the latent-variable models: what EM (or its
 * relatives) does in semi-supervised naive Bayes, HMMs, Bernoulli mixtures, factor analysis and
 * PPCA, missing data, LDA and IBM Model 1, and where a latent variable does not need EM at all.
 */
import { defineConcept } from "../../concept";

export const conceptZooSemiSupervisedNaiveBayes = defineConcept({
  id: "concept-zoo-semi-supervised-naive-bayes",
  title: "Naive Bayes with a few labels and many unlabelled documents",
  topic: "model-zoo",
  difficulty: "medium",
  tags: ["model-zoo", "naive-bayes", "semi-supervised", "em"],
  source:
    "Nigam, McCallum, Thrun & Mitchell (2000), Text classification from labeled and unlabeled documents using EM, Machine Learning 39; Murphy (2012), MLAPP §3.5 and §11.4",
  scenarios: [
    { classifier: "A naive Bayes document classifier", labelled: "500", unlabelled: "50,000", docs: "documents", doc: "document" },
    { classifier: "A naive Bayes spam filter", labelled: "300", unlabelled: "30,000", docs: "emails", doc: "email" },
    { classifier: "A naive Bayes sentiment classifier", labelled: "1,000", unlabelled: "200,000", docs: "reviews", doc: "review" },
    { classifier: "A naive Bayes ticket router", labelled: "200", unlabelled: "20,000", docs: "support tickets", doc: "ticket" },
  ],
  prompt:
    "{{classifier}} has {{labelled}} labelled {{docs}} and {{unlabelled}} unlabelled ones. You want to use the unlabelled {{docs}} too, by maximum likelihood.",
  parts: [
    {
      id: "answer",
      prompt: "How does EM use the unlabelled {{docs}}?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "soft-labels",
          correct: true,
          label: "From the labelled-only fit, alternate class posteriors for unlabelled {{docs}} and counts weighted by them.",
          explanation:
            "The class of an unlabelled document is the latent variable; its posterior weights that document's counts, and the labelled documents enter with their observed class (Nigam et al., 2000).",
        },
        {
          id: "soft-short",
          correct: true,
          label: "It treats their classes as latent and weights each {{doc}}'s counts by its class posterior.",
          explanation:
            "The class of an unlabelled {{doc}} is the hidden variable; the E-step's posterior $P(c \\mid d)$ weights that {{doc}}'s word counts in the M-step, while labelled {{docs}} keep their recorded class.",
        },
        {
          id: "soft-formula",
          correct: true,
          label: "E-step: $r_{dc} = P(c \\mid d)$ for unlabelled {{docs}}; M-step: naive Bayes counts weighted by $r_{dc}$.",
          explanation:
            "The standard semi-supervised EM of Nigam et al. (2000): recorded labels enter with weight 1, unlabelled {{docs}} with their posterior weights, and the two steps repeat until the likelihood stops rising.",
        },
        {
          id: "hard-em-iterate",
          correct: false,
          label: "Repeatedly give each unlabelled {{doc}} its most probable class and refit by counting, until no label changes any more.",
          explanation:
            "That is hard (classification) EM, like k-means: it maximises a different objective, the likelihood with the labels treated as parameters. EM keeps each {{doc}}'s uncertainty as a posterior weight.",
        },
        {
          id: "priors-only",
          correct: false,
          label:
            "Use the unlabelled {{docs}} only to re-estimate the class priors $\\pi_c$, keeping the word probabilities of the labelled fit.",
          explanation:
            "The unlabelled {{docs}}' likelihood $\\sum_c \\pi_c\\, p(d \\mid c)$ depends on the word probabilities too; EM's M-step updates both, using expected counts from every {{doc}}.",
        },
        {
          id: "self-training-once",
          correct: false,
          label:
            "Assign each unlabelled {{doc}} its most probable class once, then refit on everything by counting, as if the guesses were recorded.",
          explanation:
            "That is one round of hard-label self-training. EM keeps each document's uncertainty as a posterior weight and iterates until the likelihood stops rising.",
        },
        {
          id: "discard",
          correct: false,
          label: "Nothing: maximum likelihood cannot use {{docs}} without labels, so they are discarded and the labelled fit is kept.",
          explanation:
            "Under a generative model an unlabelled document has likelihood $\\sum_c \\pi_c\\, p(d \\mid c)$, which depends on the same parameters; EM maximises the likelihood of labelled and unlabelled data together.",
        },
        {
          id: "relabel-labelled",
          correct: false,
          label: "Every {{doc}}, labelled or not, gets E-step responsibilities, so the {{labelled}} given labels are re-estimated too.",
          explanation:
            "A recorded label is observed data, not a latent variable: its posterior is a point mass on the recorded class. Re-estimating it throws away the supervision.",
        },
        {
          id: "cluster-then-vote",
          correct: false,
          label: "Cluster the unlabelled {{docs}} with EM first, then name each cluster by a majority vote of the labelled {{docs}}.",
          explanation:
            "That ignores the labels while fitting, so the clusters may not line up with the classes at all; the semi-supervised EM uses both kinds of data in one likelihood.",
        },
      ],
      hints: [
        "Which quantity is missing for an unlabelled {{doc}}, and which is missing for a labelled one?",
        "The E-step gives a posterior over what is missing. What is the posterior of a class that was recorded?",
      ],
    },
  ],
  solution: [
    "The observed-data log-likelihood has two kinds of terms:",
    "$$\\ell(\\theta) = \\sum_{d \\in L} \\log \\big[\\pi_{c_d}\\, p(d \\mid c_d)\\big] + \\sum_{d \\in U} \\log \\sum_c \\pi_c\\, p(d \\mid c).$$",
    "EM treats the class of each unlabelled {{doc}} as latent. **E-step:** $r_{dc} = P(c \\mid d, \\theta)$ for $d \\in U$; $r_{dc} = 1$ for the recorded class of $d \\in L$. **M-step:** $\\pi_c$ and the word probabilities are the naive Bayes counts with every document weighted by $r_{dc}$. Start from the labelled-only estimates and iterate.",
    "Nigam et al. (2000) found this improves accuracy when labels are scarce, and also that unlabelled data can hurt when the generative model is badly wrong; they down-weight the unlabelled documents in that case.",
  ].join("\n\n"),
});

export const conceptZooHmmFitting = defineConcept({
  id: "concept-zoo-hmm-fitting",
  title: "Fitting an HMM with and without state labels",
  topic: "model-zoo",
  difficulty: "medium",
  tags: ["model-zoo", "hmm", "baum-welch", "forward-backward", "counting"],
  source:
    "Rabiner (1989), A tutorial on hidden Markov models and selected applications in speech recognition, Proc. IEEE 77(2), §III.C; Bishop (2006), PRML §13.2.1; Murphy (2012), MLAPP §17.5",
  scenarios: [
    { model: "A part-of-speech tagger", state: "tag", symbol: "word", corpus: "corpus", states: "tags" },
    { model: "A gene finder", state: "region type", symbol: "nucleotide", corpus: "genome", states: "region types" },
    { model: "A speech recogniser", state: "phoneme", symbol: "acoustic frame", corpus: "recording set", states: "phonemes" },
    { model: "A market-regime model", state: "regime", symbol: "daily return", corpus: "price history", states: "regimes" },
  ],
  prompt:
    "{{model}} is a hidden Markov model with transition probabilities $a_{ij} = P(z_{t+1} = j \\mid z_t = i)$ between {{states}} and emission probabilities $P(\\text{{{symbol}}} \\mid \\text{{{state}}})$.",
  parts: [
    {
      id: "labelled",
      prompt:
        "The training {{corpus}} has **every {{symbol}} labelled with its {{state}}**. How is $a_{ij}$ estimated by maximum likelihood?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "count-short",
          correct: true,
          label: "By normalised counts: $n_{ij}$ divided by its row total $\\sum_k n_{ik}$.",
          explanation:
            "With the states observed, each row of the transition matrix is a categorical distribution whose MLE is a normalised count: transitions $i \\to j$ over all transitions out of $i$.",
        },
        {
          id: "count-words",
          correct: true,
          label: "How often {{state}} $i$ is followed by {{state}} $j$, over how often $i$ is followed by anything.",
          explanation:
            "The complete-data log-likelihood is $\\sum_{ij} n_{ij} \\log a_{ij}$ plus emission terms; maximising each row under $\\sum_j a_{ij} = 1$ gives the normalised count.",
        },
        {
          id: "count-over-all",
          correct: false,
          label: "$\\hat a_{ij} = n_{ij} / \\sum_{k, l} n_{kl}$, the share of all transitions in the {{corpus}} that go from $i$ to $j$.",
          explanation:
            "That estimates the joint frequency of the pair $(i, j)$, not the conditional probability of $j$ given $i$; each row of $a$ must sum to 1, so the count is divided by its row total.",
        },
        {
          id: "state-frequency",
          correct: false,
          label:
            "$\\hat a_{ij}$ is the share of positions whose {{state}} is $j$, since the next {{state}}'s frequency is its transition probability.",
          explanation:
            "That ignores the current state $i$ altogether: it estimates the marginal frequency of $j$, the right answer only if the {{states}} were independent, which an HMM does not assume.",
        },
        {
          id: "count-ratio",
          correct: true,
          label: "$\\hat a_{ij} = n_{ij} / \\sum_k n_{ik}$, where $n_{ij}$ counts {{state}} $i$ followed by {{state}} $j$.",
          explanation:
            "With the states observed, the complete-data log-likelihood is $\\sum_{ij} n_{ij} \\log a_{ij}$ plus emission terms: each row of the transition matrix is a categorical MLE, a normalised count.",
        },
        {
          id: "baum-welch",
          correct: false,
          label: "Run Baum–Welch from a random start until the likelihood converges, as for any hidden Markov model.",
          explanation:
            "Baum–Welch is for unobserved states. Here the {{states}} are recorded, so the posterior over states is a point mass and the answer is the normalised counts directly.",
        },
        {
          id: "viterbi",
          correct: false,
          label: "Run the Viterbi algorithm on each sequence and read $a_{ij}$ off the most probable paths it returns.",
          explanation:
            "Viterbi finds the most probable {{state}} sequence for given parameters (decoding). It estimates nothing, and the {{states}} are already known.",
        },
        {
          id: "forward",
          correct: false,
          label: "Use the forward algorithm, whose probabilities $\\alpha_t(i)$ summarise every path, to compute $a_{ij}$.",
          explanation:
            "The forward algorithm computes the likelihood $p(x_{1:T})$ (and filtered state probabilities) for given parameters; it does not estimate $a_{ij}$.",
        },
      ],
      hints: [
        "With the {{states}} recorded, is anything hidden?",
        "Each row $a_{i\\cdot}$ is a categorical distribution: what is the MLE of a categorical from counts?",
      ],
    },
    {
      id: "unlabelled",
      prompt: "Now the {{corpus}} is **unlabelled**: no {{state}} is recorded. What does the E-step of Baum–Welch compute?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "forward-backward-posteriors",
          correct: true,
          label: "By forward–backward: $\\gamma_t(i) = P(z_t = i \\mid x_{1:T})$ and the pair posteriors $\\xi_t(i, j)$.",
          explanation:
            "These give expected counts: the M-step sets $a_{ij} = \\sum_t \\xi_t(i,j) / \\sum_t \\gamma_t(i)$ (over $t < T$), the labelled formula with counts replaced by expectations.",
        },
        {
          id: "posteriors-short",
          correct: true,
          label: "Posteriors of each {{state}} and each pair of neighbouring {{states}}, given the whole sequence.",
          explanation:
            "Those posteriors, $\\gamma_t(i)$ and $\\xi_t(i, j)$, computed by forward–backward, give the expected counts that the M-step normalises.",
        },
        {
          id: "expected-counts",
          correct: true,
          label: "Expected transition and emission counts under the current parameters, via forward–backward.",
          explanation:
            "Summing $\\xi_t(i, j)$ over $t$ gives the expected number of $i \\to j$ transitions, and summing $\\gamma_t(i)$ the expected visits to $i$: the labelled formula with counts replaced by expectations.",
        },
        {
          id: "backward-only",
          correct: false,
          label: "The backward probabilities $\\beta_t(i) = p(x_{t+1:T} \\mid z_t = i)$ alone, which already condition on the future.",
          explanation:
            "The backward pass conditions only on the future. A state's posterior needs both halves, $\\gamma_t(i) \\propto \\alpha_t(i)\\,\\beta_t(i)$, which takes the forward pass as well.",
        },
        {
          id: "parameter-posterior",
          correct: false,
          label: "The posterior distribution of the transition matrix given the sequences, under a Dirichlet prior on each row.",
          explanation:
            "EM's E-step is a posterior over the hidden {{states}}, not over the parameters; the transition matrix is a point estimate updated in the M-step.",
        },
        {
          id: "viterbi-path",
          correct: false,
          label: "The single most probable {{state}} sequence (the Viterbi path), whose transitions the M-step then counts.",
          explanation:
            "That is Viterbi training, a hard-assignment variant (like k-means for mixtures). Baum–Welch averages over all paths with their posterior probabilities.",
        },
        {
          id: "forward-only",
          correct: false,
          label: "The forward probabilities $\\alpha_t(i) = p(x_{1:t}, z_t = i)$ alone, normalised over $i$ at each time.",
          explanation:
            "The forward pass conditions only on the past. The E-step needs each state's posterior given the *whole* sequence, which takes the backward pass as well.",
        },
        {
          id: "independent-mixture",
          correct: false,
          label: "Each {{symbol}}'s {{state}} posterior on its own, as in a mixture model, ignoring the neighbouring {{states}}.",
          explanation:
            "That drops the Markov dependence: a {{state}}'s posterior depends on its neighbours through the transitions, and the M-step needs pair posteriors $\\xi_t(i, j)$, which a mixture-style E-step cannot give.",
        },
        {
          id: "enumerate-paths",
          correct: false,
          label: "Expected counts obtained by enumerating all $K^T$ {{state}} sequences, the only way to get them exactly.",
          explanation:
            "The quantities are right but the method is not: forward–backward computes the same exact posteriors in $O(K^2 T)$ operations by dynamic programming.",
        },
      ],
      hints: [
        "The M-step needs expected numbers of each transition $i \\to j$. Which posterior probabilities give those?",
        "A posterior given the whole sequence needs information from both the past and the future of time $t$.",
      ],
    },
  ],
  solution: [
    "**Labelled {{corpus}}.** The {{states}} are observed, so the likelihood factorises into categorical pieces: $\\hat a_{ij} = n_{ij} / \\sum_k n_{ik}$, and emissions likewise. Counting, no EM.",
    "**Unlabelled {{corpus}}.** The {{states}} are latent, and Baum–Welch is EM for HMMs. The E-step runs forward–backward with the current parameters to get",
    "$$\\gamma_t(i) = \\frac{\\alpha_t(i)\\,\\beta_t(i)}{p(x_{1:T})}, \\qquad \\xi_t(i,j) = \\frac{\\alpha_t(i)\\, a_{ij}\\, b_j(x_{t+1})\\, \\beta_{t+1}(j)}{p(x_{1:T})},$$",
    "with emission probabilities $b_j(\\cdot)$; the M-step replaces counts by expected counts: $a_{ij} = \\sum_{t<T} \\xi_t(i,j) \\big/ \\sum_{t<T} \\gamma_t(i)$. Viterbi decodes; the forward algorithm alone gives the likelihood.",
  ].join("\n\n"),
});

export const conceptZooBernoulliMixture = defineConcept({
  id: "concept-zoo-bernoulli-mixture",
  title: "Mixtures of Bernoullis",
  topic: "model-zoo",
  difficulty: "medium",
  tags: ["model-zoo", "bernoulli-mixture", "m-step", "singularities", "true-false"],
  source: "Bishop (2006), PRML §9.3.3 (mixtures of Bernoulli distributions)",
  scenarios: [
    { items: "Binary images of handwritten digits", item: "image", feature: "pixel" },
    { items: "Yes/no answers to a $D$-question survey", item: "respondent's answer vector", feature: "question" },
    { items: "Shopping baskets, recording which of $D$ products were bought", item: "basket", feature: "product" },
    { items: "Symptom checklists of patients", item: "checklist", feature: "symptom" },
  ],
  prompt:
    "{{items}}, $x_n \\in \\{0, 1\\}^D$, $n = 1, \\dots, N$, are modelled as a mixture of $K$ products of Bernoullis: $p(x) = \\sum_k \\pi_k \\prod_{d} \\mu_{kd}^{x_d} (1 - \\mu_{kd})^{1 - x_d}$. The E-step has produced responsibilities $r_{nk}$; write $N_k = \\sum_n r_{nk}$.",
  parts: [
    {
      id: "m-step",
      prompt: "What is the M-step update of the {{feature}} probabilities $\\mu_k$?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "weighted-ratio",
          correct: true,
          label: "$\\mu_{kd} = \\sum_n r_{nk}\\, x_{nd} \\big/ \\sum_n r_{nk}$",
          explanation:
            "For each component and {{feature}}, the weighted Bernoulli MLE is the responsibility-weighted share of ones, divided by the component's total weight $N_k$.",
        },
        {
          id: "squared-weights",
          correct: false,
          label: "$\\mu_k = \\dfrac{\\sum_n r_{nk}^2\\, x_n}{\\sum_n r_{nk}^2}$",
          explanation:
            "The responsibilities enter the expected complete-data log-likelihood linearly, as weights $r_{nk}$; squaring them has no basis and over-weights the {{item}}s the component is already sure of.",
        },
        {
          id: "unweighted-mean",
          correct: false,
          label: "$\\mu_k = \\dfrac{1}{N} \\sum_n x_n$ for every $k$",
          explanation:
            "Ignoring the responsibilities gives every component the same overall average, so the components can never separate: the M-step must weight each {{item}} by $r_{nk}$.",
        },
        {
          id: "weighted-mean",
          correct: true,
          label: "$\\mu_k = \\dfrac{1}{N_k} \\sum_n r_{nk}\\, x_n$",
          explanation:
            "Each {{feature}} of component $k$ is a Bernoulli whose weighted MLE is the responsibility-weighted share of ones: the same form as a Gaussian mixture's mean update.",
        },
        {
          id: "divide-by-n",
          correct: false,
          label: "$\\mu_k = \\dfrac{1}{N} \\sum_{n=1}^{N} r_{nk}\\, x_n$",
          explanation:
            "Dividing by all $N$ {{item}}s instead of the component's effective count $N_k$ shrinks every $\\mu_k$ by the factor $N_k/N$; the weighted average must divide by the total weight.",
        },
        {
          id: "hard-mean",
          correct: false,
          label: "$\\mu_k$ = the plain average of the {{item}}s with $r_{nk} > 0.5$",
          explanation:
            "That rounds the responsibilities to 0 or 1 (hard assignment). EM's M-step keeps the soft weights, so every {{item}} contributes to every component.",
        },
        {
          id: "weight-as-mu",
          correct: false,
          label: "$\\mu_{kd} = N_k / N$ for every {{feature}} $d$",
          explanation:
            "$N_k/N$ is the update of the mixing weight $\\pi_k$, not of the {{feature}} probabilities; it does not even look at the data.",
        },
      ],
      hints: [
        "For one component and one {{feature}}, the weighted log-likelihood is $\\sum_n r_{nk}[x_{nd}\\log\\mu_{kd} + (1-x_{nd})\\log(1-\\mu_{kd})]$.",
        "Set its derivative to zero: a weighted proportion of ones, divided by the total weight of the component.",
      ],
    },
    {
      id: "singularities",
      prompt:
        'True or false: *"Like a Gaussian mixture, a mixture of Bernoullis has singularities where the likelihood goes to infinity."*',
      input: "choice",
      show: 4,
      options: [
        {
          id: "false-bounded",
          correct: true,
          label: "False: because every Bernoulli probability is at most 1, so the likelihood is bounded above.",
          explanation:
            "Each $p(x_n)$ is a weighted average of probabilities of a discrete outcome, so it is at most 1 and the log-likelihood is at most 0. A Gaussian density has no such cap: it grows without bound as a variance shrinks onto one point.",
        },
        {
          id: "false-short",
          correct: true,
          label: "False: because a probability mass cannot exceed 1.",
          explanation:
            "Each {{item}}'s likelihood is a probability of a discrete outcome, at most 1, so the log-likelihood is at most 0; only a density, like the Gaussian's, can grow without bound.",
        },
        {
          id: "false-log-at-most-zero",
          correct: true,
          label: "False: because each $p(x_n) \\le 1$, so the log-likelihood is at most 0.",
          explanation:
            "A mixture of probability masses is a probability mass: bounded by 1. The Gaussian mixture's singularities come from densities $(2\\pi\\sigma^2)^{-1/2}$ that grow as $\\sigma \\to 0$.",
        },
        {
          id: "true-many-features",
          correct: false,
          label:
            "True: because with many {{feature}}s the product of Bernoullis can grow without bound as a component sharpens onto one {{item}}.",
          explanation:
            "A product of probabilities, each at most 1, is at most 1 however many {{feature}}s there are; sharpening a component can only push one {{item}}'s probability up to 1, not beyond.",
        },
        {
          id: "true-every-mixture",
          correct: false,
          label: "True: because every mixture fitted by EM inherits the Gaussian mixture's singularities at collapsed components.",
          explanation:
            "The singularities belong to the Gaussian density, which is unbounded as its variance shrinks; mixtures of discrete distributions have bounded likelihoods.",
        },
        {
          id: "true-collapse",
          correct: false,
          label: "True: because a component can collapse onto a single {{item}} and give it probability 1.",
          explanation:
            "Probability 1 is the ceiling, not infinity: a collapsed component contributes at most $\\log 1 = 0$ to that {{item}}'s log-likelihood.",
        },
        {
          id: "true-zero-one",
          correct: false,
          label: "True: because some $\\mu_{kd}$ can reach 0 or 1, where the log terms of the likelihood blow up.",
          explanation:
            "A $\\mu_{kd}$ of 0 or 1 can send the log-likelihood to $-\\infty$ (any {{item}} that disagrees gets probability 0), never to $+\\infty$.",
        },
        {
          id: "false-global",
          correct: false,
          label: "False: because EM for Bernoulli mixtures always reaches the global maximum, where nothing is infinite.",
          explanation:
            "Right verdict, wrong reason: the likelihood is bounded, but it still has local maxima, so EM can stop at one and restarts are still advised.",
        },
      ],
      hints: [
        "What is the largest value a probability mass can take? And a probability density?",
        "Compare $\\prod_d \\mu_{kd}^{x_d}(1 - \\mu_{kd})^{1 - x_d}$ with $\\mathcal{N}(x \\mid x, \\sigma^2)$ as $\\sigma \\to 0$.",
      ],
    },
  ],
  solution: [
    "**M-step.** For component $k$ and {{feature}} $d$, maximise $\\sum_n r_{nk}\\big[x_{nd}\\log\\mu_{kd} + (1 - x_{nd})\\log(1 - \\mu_{kd})\\big]$: setting the derivative to zero gives",
    "$$\\mu_k = \\frac{1}{N_k}\\sum_{n=1}^N r_{nk}\\, x_n, \\qquad \\pi_k = \\frac{N_k}{N}.$$",
    "**No singularities.** Each term $p(x_n) = \\sum_k \\pi_k \\prod_d \\mu_{kd}^{x_{nd}}(1-\\mu_{kd})^{1-x_{nd}}$ is a probability, so $p(x_n) \\le 1$ and the log-likelihood is bounded above by 0. A Gaussian mixture's likelihood is unbounded because a density $\\mathcal{N}(x_n \\mid x_n, \\sigma^2) = (2\\pi\\sigma^2)^{-1/2}$ grows without limit as $\\sigma \\to 0$ (Bishop, 2006, §9.3.3). Local maxima remain, so several starts are still wise.",
  ].join("\n\n"),
});

export const conceptZooFactorAnalysisVsPpca = defineConcept({
  id: "concept-zoo-factor-analysis-vs-ppca",
  title: "Factor analysis vs probabilistic PCA",
  topic: "model-zoo",
  difficulty: "hard",
  tags: ["model-zoo", "factor-analysis", "ppca", "closed-form", "em"],
  source:
    "Bishop (2006), PRML §12.2.1 and §12.2.4; Tipping & Bishop (1999), Probabilistic principal component analysis, JRSS B 61; Rubin & Thayer (1982), EM algorithms for ML factor analysis, Psychometrika 47; Ghahramani & Hinton (1996), The EM algorithm for mixtures of factor analyzers",
  scenarios: [
    { data: "Pupils' scores on 12 tests" },
    { data: "Expression levels of 500 genes per sample" },
    { data: "Daily returns of 40 stocks" },
    { data: "Readings of 30 sensors on a machine" },
  ],
  prompt:
    "{{data}} are to be explained by $q$ hidden factors. Both candidate models write $x = \\mu + W z + \\varepsilon$ with $z \\sim \\mathcal{N}(0, I_q)$. In **factor analysis** $\\varepsilon \\sim \\mathcal{N}(0, \\Psi)$ with $\\Psi$ diagonal; in **probabilistic PCA** $\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 I)$.",
  parts: [
    {
      id: "answer",
      prompt: "Which statement about fitting them by maximum likelihood is right?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "ppca-closed-fa-em",
          correct: true,
          label: "PPCA: closed form from the sample covariance's eigenvectors. Factor analysis: iterative, usually EM.",
          explanation:
            "With isotropic noise the score equations are solved by eigenvectors (Tipping & Bishop, 1999); a general diagonal $\\Psi$ breaks that link, so factor analysis is fitted by EM (Rubin & Thayer, 1982) or another iterative method.",
        },
        {
          id: "ppca-eigen-short",
          correct: true,
          label: "Only PPCA has a closed-form MLE; factor analysis needs EM or another iterative method.",
          explanation:
            "The single noise variance $\\sigma^2$ lets the score equations be solved by eigenvectors (Tipping & Bishop, 1999); with a general diagonal $\\Psi$ no such solution exists, and EM (Rubin & Thayer, 1982) is the usual route.",
        },
        {
          id: "isotropic-noise",
          correct: true,
          label: "Isotropic noise makes PPCA an eigenproblem; diagonal noise leaves factor analysis to EM.",
          explanation:
            "With $\\sigma^2 I$ the MLE's $W$ lies along the top eigenvectors of the sample covariance; with $d$ separate variances the eigenvector link breaks and the maximiser is found iteratively.",
        },
        {
          id: "fa-correlation-eigen",
          correct: false,
          label:
            "Both have closed forms: PPCA from the covariance matrix's eigenvectors, factor analysis from the correlation matrix's eigenvectors.",
          explanation:
            "Standardising the variables does not make the noise variances equal to each other in the model; the factor-analysis MLE still has no eigenvector solution and is found iteratively.",
        },
        {
          id: "em-only-large-d",
          correct: false,
          label: "PPCA needs EM whenever there are more variables than data points; otherwise both models have closed-form MLEs.",
          explanation:
            "PPCA's closed form holds for any $d$ (EM is merely cheaper when $d$ is large), and factor analysis has no closed form at any size.",
        },
        {
          id: "both-closed",
          correct: false,
          label: "Both have closed-form MLEs, since both are linear-Gaussian models whose marginal of $x$ is Gaussian.",
          explanation:
            "Being linear-Gaussian makes the marginal $\\mathcal{N}(\\mu, WW^\\top + \\Psi)$ easy to write, not easy to maximise: with unequal noise variances there is no eigenvector solution.",
        },
        {
          id: "both-em",
          correct: false,
          label: "Both need EM, because both have a latent variable $z$ that has to be integrated out of the likelihood.",
          explanation:
            "A latent variable does not force EM: PPCA's MLE is available in closed form, with EM only an option (useful for large $d$ or missing entries).",
        },
        {
          id: "reversed",
          correct: false,
          label: "Factor analysis has the closed form and PPCA needs EM, because PPCA's noise has fewer parameters to pin down.",
          explanation:
            "The other way round: the single shared $\\sigma^2$ is what makes PPCA solvable by eigendecomposition; the $d$ separate variances of factor analysis are what prevent it.",
        },
        {
          id: "variational",
          correct: false,
          label: "Neither can be fitted by exact EM, because $z$ is continuous and its posterior intractable; both need variational EM.",
          explanation:
            "The posterior $p(z \\mid x)$ of a linear-Gaussian model is Gaussian, with mean and covariance in closed form: the E-step is exact.",
        },
      ],
      hints: [
        "Integrate out $z$: both models give $x \\sim \\mathcal{N}(\\mu, WW^\\top + \\text{noise covariance})$. For which noise covariance does the MLE relate to eigenvectors?",
        "PCA is an eigendecomposition. Which of the two models reduces to it as the noise vanishes?",
      ],
    },
  ],
  solution: [
    "Integrating out $z$ gives $x \\sim \\mathcal{N}(\\mu, C)$ with $C = WW^\\top + \\sigma^2 I$ (PPCA) or $C = WW^\\top + \\Psi$ (factor analysis); $\\hat\\mu = \\bar x$ in both.",
    "For **PPCA**, Tipping & Bishop (1999) solve the score equations: with $S = U\\Lambda U^\\top$,",
    "$$\\hat W = U_q(\\Lambda_q - \\hat\\sigma^2 I)^{1/2} R, \\qquad \\hat\\sigma^2 = \\frac{1}{d - q}\\sum_{j = q+1}^{d}\\lambda_j.$$",
    "For **factor analysis** no such solution exists: each variable has its own noise variance, and the maximiser is found iteratively, most often by EM: the E-step computes $\\mathbb{E}[z_n \\mid x_n]$ and $\\mathbb{E}[z_n z_n^\\top \\mid x_n]$ (exact Gaussian posteriors), the M-step updates $W$ and $\\Psi$ in closed form from those moments (Bishop, 2006, §12.2.4; Ghahramani & Hinton, 1996 extend it to mixtures of factor analysers).",
  ].join("\n\n"),
});

export const conceptZooPpcaClosedForm = defineConcept({
  id: "concept-zoo-ppca-closed-form",
  title: "A latent variable, yet no EM needed",
  topic: "model-zoo",
  difficulty: "hard",
  tags: ["model-zoo", "ppca", "closed-form", "latent-variable", "true-false"],
  source: "Tipping & Bishop (1999), Probabilistic principal component analysis, JRSS B 61, §3; Bishop (2006), PRML §12.2.1–12.2.2",
  scenarios: [
    { data: "$N$ face images of $d$ pixels each" },
    { data: "$N$ gene-expression profiles over $d$ genes" },
    { data: "$N$ days of returns on $d$ stocks" },
    { data: "$N$ documents as $d$-dimensional word-frequency vectors" },
  ],
  prompt:
    "Probabilistic PCA, $x = \\mu + Wz + \\varepsilon$ with $z \\sim \\mathcal{N}(0, I_q)$ and $\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 I_d)$, is fitted to {{data}}.",
  parts: [
    {
      id: "answer",
      prompt: 'True or false: *"PPCA has a latent variable, so its maximum-likelihood estimate can only be found with EM."*',
      input: "choice",
      show: 4,
      options: [
        {
          id: "false-eigen",
          correct: true,
          label: "False: because $\\hat W = U_q(\\Lambda_q - \\hat\\sigma^2 I)^{1/2}R$ from the top eigenvectors, a closed form.",
          explanation:
            "Tipping & Bishop (1999) solve the score equations exactly. EM is an alternative: it avoids forming the $d \\times d$ covariance (about $O(Ndq)$ per iteration) and handles missing entries.",
        },
        {
          id: "false-short",
          correct: true,
          label: "False: because an eigendecomposition gives the MLE directly.",
          explanation:
            "Tipping & Bishop (1999) solve the score equations: $W$ from the top $q$ eigenvectors and eigenvalues of the sample covariance, $\\sigma^2$ the mean of the discarded eigenvalues. EM is an option, not a necessity.",
        },
        {
          id: "false-marginal",
          correct: true,
          label: "False: because $z$ integrates out to $x \\sim \\mathcal{N}(\\mu, WW^\\top + \\sigma^2 I)$, maximised in closed form.",
          explanation:
            "A latent variable makes EM possible, not necessary: the marginal Gaussian's likelihood is maximised by eigenvectors of the sample covariance.",
        },
        {
          id: "true-sigma-coupled",
          correct: false,
          label:
            "True: because $W$ and $\\sigma^2$ enter the covariance together, so they can only be found by alternating updates until they agree.",
          explanation:
            "They are coupled, but the coupled equations are solved exactly: $\\hat\\sigma^2$ is the mean of the discarded eigenvalues and $\\hat W$ follows from it, with no alternation.",
        },
        {
          id: "true-latent-rule",
          correct: false,
          label: "True: because every model with a latent variable has a log of a sum or an integral, which has no closed-form maximiser.",
          explanation:
            "That rule of thumb fails here: the Gaussian integral over $z$ is done in closed form, leaving a Gaussian likelihood whose maximiser is an eigendecomposition.",
        },
        {
          id: "true-log-integral",
          correct: false,
          label: "True: because the likelihood integrates over $z$, which puts an integral inside the log that only EM can handle.",
          explanation:
            "The integral of a linear-Gaussian model is done in closed form: $x \\sim \\mathcal{N}(\\mu, WW^\\top + \\sigma^2 I)$. There is no log of an intractable sum left.",
        },
        {
          id: "true-rotation",
          correct: false,
          label: "True: because $W$ is identifiable only up to a rotation $R$, so it must be found iteratively from a random start.",
          explanation:
            "The rotation ambiguity means the MLE is a family of matrices, not that it cannot be written down: every $R$ gives the same likelihood, and the closed form includes it.",
        },
        {
          id: "false-no-likelihood",
          correct: false,
          label: "False: because PPCA is ordinary PCA under another name, and has no likelihood to maximise at all.",
          explanation:
            "Right verdict, wrong reason: PPCA defines a proper Gaussian likelihood, which is its point. Ordinary PCA is recovered in the limit $\\sigma^2 \\to 0$.",
        },
      ],
      hints: [
        "What is the marginal distribution of $x$ once $z$ is integrated out?",
        "Maximising a Gaussian likelihood with covariance $WW^\\top + \\sigma^2 I$ over $W$: how does the answer relate to the sample covariance's eigenvectors?",
      ],
    },
  ],
  solution: [
    "A latent variable makes EM *possible*, not *necessary*. Integrating out $z$,",
    "$$x \\sim \\mathcal{N}(\\mu,\\; WW^\\top + \\sigma^2 I_d),$$",
    "and Tipping & Bishop (1999) show that the stationary points of this likelihood have $W$'s columns along eigenvectors of the sample covariance $S$; at the maximum, $\\hat W = U_q(\\Lambda_q - \\hat\\sigma^2 I)^{1/2}R$ with the $q$ largest eigenvalues and $\\hat\\sigma^2 = \\frac{1}{d-q}\\sum_{j>q}\\lambda_j$. So the statement is **false**.",
    "EM for PPCA (Bishop, 2006, §12.2.2) is still worth knowing: each iteration costs about $O(Ndq)$ without forming $S$, which helps when $d$ is large and $q$ small, and it copes with missing entries.",
  ].join("\n\n"),
});

export const conceptZooMissingDataImputation = defineConcept({
  id: "concept-zoo-missing-data-imputation",
  title: "EM for a normal sample with missing values",
  topic: "model-zoo",
  difficulty: "hard",
  tags: ["model-zoo", "missing-data", "imputation", "mvn", "sufficient-statistics"],
  source:
    "Little & Rubin (2019), Statistical Analysis with Missing Data, 3rd ed., ch. 8 and §11.2; Murphy (2012), MLAPP §11.6.1; Dempster, Laird & Rubin (1977), §4",
  scenarios: [
    { pair: "each patient's age $x_i$ and cholesterol $y_i$", xname: "age", yname: "cholesterol reading" },
    { pair: "each household's spending $x_i$ and income $y_i$", xname: "spending", yname: "income" },
    { pair: "each pupil's first exam score $x_i$ and second exam score $y_i$", xname: "first score", yname: "second score" },
    { pair: "each field's rainfall $x_i$ and soil moisture $y_i$", xname: "rainfall", yname: "moisture reading" },
  ],
  prompt:
    "Pairs $(x_i, y_i)$, {{pair}}, are modelled as bivariate normal with mean $\\mu$ and covariance $\\Sigma$. Every {{xname}} $x_i$ is recorded; some of the {{yname}}s $y_i$ are missing at random. EM is used to find the MLE of $(\\mu, \\Sigma)$.",
  parts: [
    {
      id: "answer",
      prompt: "For a row whose $y_i$ is missing, what does the E-step hand to the M-step?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "expected-statistics",
          correct: true,
          label: "$\\hat y_i = \\mathbb{E}[y_i \\mid x_i]$, $x_i \\hat y_i$ and $\\hat y_i^{\\,2} + \\mathrm{Var}(y_i \\mid x_i)$.",
          explanation:
            "The normal log-likelihood depends on the data through $\\sum y$, $\\sum xy$ and $\\sum y^2$; EM replaces each missing term by its conditional expectation, including the conditional variance in the square.",
        },
        {
          id: "ess-short",
          correct: true,
          label: "The expected sufficient statistics of the row, given its $x_i$.",
          explanation:
            "The normal log-likelihood depends on the data through $\\sum y$, $\\sum xy$ and $\\sum y^2$; the E-step gives their conditional expectations, the square including the conditional variance.",
        },
        {
          id: "conditional-moments",
          correct: true,
          label: "The conditional mean and second moment of $y_i$ given $x_i$, under the current parameters.",
          explanation:
            "Those two moments fill in $\\sum y$, $\\sum xy$ and $\\sum y^2$ exactly in expectation: $\\mathbb{E}[y_i^2 \\mid x_i]$ carries the conditional variance that plain imputation drops.",
        },
        {
          id: "nearest-neighbour",
          correct: false,
          label: "The {{yname}} of the complete row whose {{xname}} is closest to $x_i$ (hot-deck imputation), fixed for every iteration.",
          explanation:
            "Hot-deck imputation copies one observed value; it ignores the model, never updates with the parameters and drops the conditional spread, so it does not maximise the likelihood.",
        },
        {
          id: "parameter-posterior",
          correct: false,
          label:
            "A posterior distribution over $(\\mu, \\Sigma)$ given the complete rows, which the M-step then averages to get new estimates.",
          explanation:
            "EM's E-step averages over the missing data, not over the parameters; $(\\mu, \\Sigma)$ is a point estimate updated by the M-step.",
        },
        {
          id: "plug-in-mean",
          correct: false,
          label:
            "The regression prediction $\\mathbb{E}[y_i \\mid x_i]$ alone, then treated as an observed value when computing the sample covariance.",
          explanation:
            "Squaring a prediction misses the conditional variance: $\\mathbb{E}[y^2 \\mid x] \\ne \\mathbb{E}[y \\mid x]^2$. Filled-in values lie exactly on the regression line, so the variance of $y$ comes out too small.",
        },
        {
          id: "random-draw",
          correct: false,
          label: "One random draw $y_i \\sim p(y_i \\mid x_i, \\mu, \\Sigma)$ per missing value, redrawn at every iteration.",
          explanation:
            "Drawing values is stochastic EM or a step of multiple imputation. EM's E-step takes expectations, which is what makes each iteration deterministic and the likelihood non-decreasing.",
        },
        {
          id: "drop-rows",
          correct: false,
          label: "Nothing: rows with a missing $y_i$ are dropped before the M-step, which uses the complete rows only.",
          explanation:
            "That is complete-case analysis. It discards the recorded $x_i$ of those rows, and under missing at random (rather than completely at random) it can be biased; it does not maximise the likelihood of all the observed data.",
        },
        {
          id: "observed-mean",
          correct: false,
          label: "The mean of the recorded {{yname}}s, filled in for every missing $y_i$ whatever its {{xname}}.",
          explanation:
            "Mean imputation ignores the correlation with $x_i$ and piles values at one point, shrinking both the variance of $y$ and its covariance with $x$.",
        },
      ],
      hints: [
        "Which sums of the data does the bivariate normal log-likelihood depend on?",
        "For the sum of squares, is $\\mathbb{E}[y^2 \\mid x]$ equal to $(\\mathbb{E}[y \\mid x])^2$?",
      ],
    },
  ],
  solution: [
    "The complete-data log-likelihood of a normal depends on the data only through $\\sum_i x_i$, $\\sum_i y_i$, $\\sum_i x_i^2$, $\\sum_i x_i y_i$ and $\\sum_i y_i^2$. For a row with $y_i$ missing, the **E-step** computes, under the current parameters,",
    "$$\\hat y_i = \\mu_y + \\frac{\\Sigma_{xy}}{\\Sigma_{xx}}(x_i - \\mu_x), \\qquad \\mathbb{E}[y_i^2 \\mid x_i] = \\hat y_i^{\\,2} + \\Sigma_{yy} - \\frac{\\Sigma_{xy}^2}{\\Sigma_{xx}},$$",
    "and $\\mathbb{E}[x_i y_i \\mid x_i] = x_i \\hat y_i$. The **M-step** computes the mean and covariance from these completed sums, dividing by $n$.",
    "The conditional-variance term is what separates EM from naive regression imputation, which understates $\\mathrm{Var}(y)$. Complete-case analysis and mean imputation are not the MLE; a random draw is stochastic EM, not EM. All of this rests on the data being missing at random, which makes the missingness mechanism ignorable (Little & Rubin, 2019).",
  ].join("\n\n"),
});

export const conceptZooLdaVariationalEm = defineConcept({
  id: "concept-zoo-lda-variational-em",
  title: "Why LDA uses variational EM",
  topic: "model-zoo",
  difficulty: "hard",
  tags: ["model-zoo", "lda", "variational-em", "elbo", "topic-model"],
  source: "Blei, Ng & Jordan (2003), Latent Dirichlet allocation, JMLR 3, §5; Murphy (2012), MLAPP §27.3",
  scenarios: [
    { corpus: "a news archive" },
    { corpus: "a collection of scientific abstracts" },
    { corpus: "a million product reviews" },
    { corpus: "a forum's posts" },
  ],
  prompt:
    "A topic model is fitted to {{corpus}}. In latent Dirichlet allocation each document $d$ has topic proportions $\\theta_d \\sim \\text{Dirichlet}(\\alpha)$, each word $n$ has a topic $z_{dn} \\sim \\text{Categorical}(\\theta_d)$, and the word is drawn from topic $z_{dn}$'s distribution $\\beta_{z_{dn}}$ over the vocabulary. The parameters $\\alpha$ and $\\beta$ are estimated from a corpus.",
  parts: [
    {
      id: "answer",
      prompt: "Why do Blei, Ng & Jordan fit it with *variational* EM rather than exact EM?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "intractable-posterior",
          correct: true,
          label: "The E-step's posterior $p(\\theta_d, z_d \\mid w_d)$ is intractable, so a factorised $q$ and a lower bound replace it.",
          explanation:
            "Exactly the obstacle: the posterior cannot be computed, so the E-step fits a mean-field approximation per document, and the M-step updates $\\alpha$ and $\\beta$ against the bound rather than the exact likelihood.",
        },
        {
          id: "intractable-short",
          correct: true,
          label: "The exact posterior of each document's hidden variables cannot be computed.",
          explanation:
            "Its normaliser $p(w_d \\mid \\alpha, \\beta)$ couples $\\theta$ and $\\beta$ and is intractable, so exact EM's E-step is impossible; variational EM fits a mean-field $q$ instead and maximises the evidence lower bound.",
        },
        {
          id: "evidence-intractable",
          correct: true,
          label: "Because $p(w_d \\mid \\alpha, \\beta)$, the normaliser of the E-step's posterior, has no tractable form.",
          explanation:
            "Without the evidence the posterior over $(\\theta_d, z_d)$ cannot be normalised, so the exact E-step is unavailable; a factorised approximation and a lower bound take its place (Blei et al., 2003, §5).",
        },
        {
          id: "discrete-topics",
          correct: false,
          label:
            "Because the word topics $z_{dn}$ are discrete, the likelihood is not differentiable, and only variational methods handle discrete variables.",
          explanation:
            "Exact EM handles discrete hidden variables all the time (mixture labels, HMM states). The obstacle is the coupling of $\\theta_d$ and $\\beta$ in the posterior's normaliser, not discreteness.",
        },
        {
          id: "dirichlet-not-exponential",
          correct: false,
          label:
            "Because the Dirichlet is not in the exponential family, the M-step has no closed form, and variational EM approximates the M-step.",
          explanation:
            "The Dirichlet is in the exponential family (and conjugate to the categorical). Variational EM approximates the E-step's posterior, not the M-step.",
        },
        {
          id: "too-many-documents",
          correct: false,
          label: "Exact EM would work but is too slow on many documents; variational EM is a faster approximation of the same steps.",
          explanation:
            "The problem is not corpus size: even for one document the exact posterior's normaliser is intractable. Variational EM is needed, not merely faster.",
        },
        {
          id: "no-latent",
          correct: false,
          label: "LDA has no latent variables at all, so EM does not apply and a variational method is used in its place.",
          explanation:
            "LDA is full of latent variables: the proportions $\\theta_d$ and every word's topic $z_{dn}$. That is why an EM-type method is used at all.",
        },
        {
          id: "exact-likelihood",
          correct: false,
          label: "Variational EM maximises the exact likelihood, like EM, but with a Dirichlet prior added.",
          explanation:
            "It maximises a lower bound on the log-likelihood (the evidence lower bound). When the approximate posterior is not exact, the bound is not tight, so the result need not be the exact MLE.",
        },
        {
          id: "conjugacy-closed-form",
          correct: false,
          label:
            "Because the Dirichlet is conjugate to the categorical, the MLE of $\\alpha$ and $\\beta$ is in closed form, and the variational step only computes the topics.",
          explanation:
            "Conjugacy makes each mean-field update closed form, but the exact posterior still couples $\\theta$ and $\\beta$; and the update of $\\alpha$ itself needs Newton's method.",
        },
      ],
      hints: [
        "What does an exact E-step need to compute for each document?",
        "If that posterior cannot be computed, what can you optimise instead, and what does the M-step then maximise?",
      ],
    },
  ],
  solution: [
    "Exact EM needs the posterior of each document's hidden variables,",
    "$$p(\\theta_d, z_d \\mid w_d, \\alpha, \\beta) = \\frac{p(\\theta_d, z_d, w_d \\mid \\alpha, \\beta)}{p(w_d \\mid \\alpha, \\beta)},$$",
    "and the evidence $p(w_d \\mid \\alpha, \\beta) = \\int p(\\theta \\mid \\alpha) \\prod_n \\sum_k \\theta_k \\beta_{k, w_{dn}}\\, d\\theta$ couples $\\theta$ and $\\beta$ and has no tractable form (Blei et al., 2003, §5.1).",
    "**Variational EM:** E-step, for each document, fit $q(\\theta_d \\mid \\gamma_d)\\prod_n q(z_{dn} \\mid \\phi_{dn})$ by coordinate ascent on the evidence lower bound; M-step, update $\\beta$ from expected word–topic counts and $\\alpha$ by Newton's method. It maximises a lower bound on the log-likelihood, not the log-likelihood itself. Collapsed Gibbs sampling (Griffiths & Steyvers, 2004) is the common alternative.",
  ].join("\n\n"),
});

export const conceptZooIbmModel1 = defineConcept({
  id: "concept-zoo-ibm-model-1",
  title: "EM for IBM Model 1",
  topic: "model-zoo",
  difficulty: "hard",
  tags: ["model-zoo", "ibm-model-1", "machine-translation", "alignment", "em"],
  source:
    "Brown, Della Pietra, Della Pietra & Mercer (1993), The mathematics of statistical machine translation: parameter estimation, Computational Linguistics 19(2), §4",
  scenarios: [
    { source: "English", target: "French" },
    { source: "German", target: "English" },
    { source: "Spanish", target: "Portuguese" },
    { source: "Japanese", target: "English" },
  ],
  prompt:
    "IBM Model 1 learns word-translation probabilities $t(f \\mid e)$ from {{source}}–{{target}} sentence pairs. For a sentence $(e_0 = \\text{NULL}, e_1, \\dots, e_l)$ in {{source}} and its {{target}} translation $(f_1, \\dots, f_m)$ it gives $p(f \\mid e) = \\frac{\\epsilon}{(l+1)^m}\\prod_{j=1}^m \\sum_{i=0}^{l} t(f_j \\mid e_i)$.",
  parts: [
    {
      id: "answer",
      prompt: "Which statements about fitting it are right? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "concave-global",
          correct: true,
          label: "Its log-likelihood is concave in $t$, so EM reaches a global maximum from any start with every $t > 0$.",
          explanation:
            "Brown et al. (1993) note that $\\sum_j \\log \\sum_i t(f_j \\mid e_i)$ is a sum of logs of linear functions of $t$, hence concave: every local maximum is global (though not necessarily unique).",
        },
        {
          id: "viterbi-alignment",
          correct: false,
          label: "The E-step keeps only the single most probable alignment of each sentence pair and counts its links.",
          explanation:
            "That is hard (Viterbi) training. EM's E-step spreads each {{target}} word's count over all {{source}} positions in proportion to its posterior.",
        },
        {
          id: "joint-alignments",
          correct: false,
          label: "The E-step must weigh all $(l+1)^m$ alignments of a sentence pair jointly, because the words' alignments are coupled.",
          explanation:
            "In Model 1 the alignments of different {{target}} words are independent given the sentences, so the posterior factorises and costs only $O(lm)$ per pair.",
        },
        {
          id: "variational-needed",
          correct: false,
          label: "Its alignment posterior is intractable, so Model 1 is fitted by variational EM with a factorised approximation.",
          explanation:
            "The posterior is exact and cheap: a normalisation over the $l + 1$ {{source}} positions for each {{target}} word. No approximation is needed.",
        },
        {
          id: "latent-alignment",
          correct: true,
          label: "The latent variable is the alignment $a_j$: which {{source}} position generated each {{target}} word $f_j$.",
          explanation: "Sentence pairs are given, word links are not; knowing the alignment would make $t(f \\mid e)$ a normalised count.",
        },
        {
          id: "factorised-posterior",
          correct: true,
          label:
            "The E-step's posterior factorises over {{target}} positions: $P(a_j = i \\mid e, f) = t(f_j \\mid e_i) / \\sum_{i'=0}^{l} t(f_j \\mid e_{i'})$.",
          explanation:
            "Because the alignments of different {{target}} words are independent in Model 1, the posterior of each one is a simple normalisation over the $l + 1$ {{source}} positions.",
        },
        {
          id: "normalised-counts",
          correct: true,
          label:
            "The M-step sets $t(f \\mid e)$ to the expected number of $(f, e)$ links divided by the expected number of links from $e$ to any {{target}} word.",
          explanation: "The complete-data MLE of a conditional categorical is a normalised count; EM uses expected counts from the E-step.",
        },
        {
          id: "many-random-starts",
          correct: false,
          label: "Its log-likelihood has many poor local maxima, so Model 1 is run from many random starts.",
          explanation:
            "Brown et al. (1993) show Model 1's log-likelihood is concave in $t$, so every local maximum is global; a uniform start is standard, and Model 1 is itself used to start the harder models 2–5.",
        },
        {
          id: "alignments-observed",
          correct: false,
          label: "Parallel corpora record which words translate which, so Model 1 is fitted by counting, without EM.",
          explanation: "Parallel corpora are aligned at the sentence level only. The word alignments are hidden, which is why EM is used.",
        },
      ],
      hints: [
        "What would you need to know to estimate $t(f \\mid e)$ by counting?",
        "In Model 1, does the alignment of $f_1$ depend on the alignment of $f_2$? And what shape does $\\sum_j \\log \\sum_i t(f_j \\mid e_i)$ have as a function of $t$?",
      ],
    },
  ],
  solution: [
    "IBM Model 1 is a mixture problem in disguise: each {{target}} word $f_j$ was generated by one of the $l + 1$ {{source}} positions (including NULL), and that alignment $a_j$ is hidden.",
    "**E-step:** $P(a_j = i \\mid e, f) = \\dfrac{t(f_j \\mid e_i)}{\\sum_{i'=0}^{l} t(f_j \\mid e_{i'})}$, independently for each $j$. **M-step:** $t(f \\mid e) = c(f, e) / \\sum_{f'} c(f', e)$, where $c$ sums these posteriors over all sentence pairs.",
    "Brown et al. (1993) note that the log-likelihood is concave in $t$ (a sum of logs of linear functions), so EM reaches a global maximum from any start with all $t > 0$ (the maximiser need not be unique). Word alignments are never observed in a sentence-aligned corpus, so counting is not an option.",
  ].join("\n\n"),
});

export const ZOO_LATENT_CONCEPTS = [
  conceptZooSemiSupervisedNaiveBayes,
  conceptZooHmmFitting,
  conceptZooBernoulliMixture,
  conceptZooFactorAnalysisVsPpca,
  conceptZooPpcaClosedForm,
  conceptZooMissingDataImputation,
  conceptZooLdaVariationalEm,
  conceptZooIbmModel1,
];
