/**
 * Explain questions on hidden labels and EM (content map 5–9 and the "also asked" themes): why EM, the
 * two steps, its guarantees and failure modes, and how it compares with k-means and with plain MLE.
 */
import { defineExplain } from "../../explain";
import type { QuestionTemplate } from "../../types";

const HIDDEN = [
  { data: "adults' heights", label: "each person's sex" },
  { data: "shoppers' basket sizes", label: "each customer's segment" },
  { data: "documents' word counts", label: "each document's topic" },
  { data: "sets of coin tosses", label: "which coin was tossed" },
];

const whyEm = defineExplain({
  id: "explain-why-em",
  title: "Explain: why EM when labels are hidden",
  topic: "why-labels-matter",
  difficulty: "easy",
  tags: ["em", "latent-variables", "explain"],
  source: "Dempster, Laird & Rubin (1977), JRSS B 39(1); Bishop (2006), PRML §9.2–9.3",
  scenarios: HIDDEN,
  prompt: "You model {{data}} as a mixture, but {{label}} is not recorded. *“Why can't you just do MLE like before? Why EM?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Write the likelihood of one point with and without its label.", "Where does the sum over the label sit?"],
      modelAnswer:
        "With {{label}} observed, the complete-data log-likelihood splits into separate pieces, one per group, and each group's MLE has a closed form (group means, variances and shares). Without it, each point's likelihood is a sum over the possible labels, $\\log \\sum_k w_k f_k(x_i)$: the log of a sum couples all the parameters and has no closed-form maximiser. EM handles this by alternating: the E-step computes, under the current parameters, the posterior probability of each label for each point (the responsibilities); the M-step maximises the expected complete-data log-likelihood, which is just the labelled MLE with each point counted fractionally. Each iteration never decreases the observed log-likelihood.",
      rubric: [
        { id: "labelled-easy", text: "With labels, the MLE splits by group and has closed forms", essential: true },
        { id: "log-of-sum", text: "Without labels, the log of a sum over labels couples the parameters: no closed form", essential: true },
        { id: "alternate", text: "EM alternates: posteriors of the labels (E), weighted MLE (M)", essential: true },
        { id: "monotone", text: "The observed log-likelihood never decreases", essential: false },
      ],
    },
  ],
});

const walkThrough = defineExplain({
  id: "explain-em-walk-through",
  title: "Explain: walk me through EM",
  topic: "em-mechanics",
  difficulty: "medium",
  tags: ["em", "e-step", "m-step", "gmm", "explain"],
  source: "Bishop (2006), PRML §9.2.2; Do & Batzoglou (2008), Nature Biotechnology 26(8)",
  scenarios: [{ model: "a two-component Gaussian mixture" }, { model: "the two-coin experiment" }, { model: "a mixture of two Poissons" }],
  prompt: "*“Walk me through the EM algorithm for {{model}}.”*",
  parts: [
    {
      id: "answer",
      prompt: "Walk through it step by step.",
      hints: ["Start: where do the first parameters come from?", "What exactly does the E-step output? What does the M-step do with it?"],
      modelAnswer:
        "1. Initialise the parameters (weights and component parameters), for example from k-means or random points; try several starts. 2. E-step: for every data point and every component, compute the responsibility $r_{ik} = w_k f_k(x_i) / \\sum_j w_j f_j(x_i)$, the posterior probability of the hidden label under the current parameters (in log space, with log-sum-exp). 3. M-step: re-estimate each component by a weighted MLE, with each point weighted by its responsibility (weighted means, variances or rates), and each weight as the average responsibility. 4. Evaluate the observed-data log-likelihood; it never decreases. Stop when its increase falls below a tolerance or after a maximum number of iterations, and keep the best of the starts.",
      rubric: [
        { id: "init", text: "Initialise (several starts)", essential: true },
        { id: "e-step", text: "E-step: responsibilities = posterior of the hidden label, normalised", essential: true },
        { id: "m-step", text: "M-step: weighted MLE; weights = average responsibility", essential: true },
        { id: "stop", text: "Iterate; monitor the log-likelihood (never decreases); stop on a tolerance", essential: true },
        { id: "log-space", text: "Compute in log space (log-sum-exp) for stability", essential: false },
      ],
    },
  ],
});

const localOptima = defineExplain({
  id: "explain-em-local-optima",
  title: "Explain: convergence and local optima",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["em", "convergence", "local-optima", "initialisation", "explain"],
  source: "Wu (1983), Annals of Statistics 11(1); McLachlan & Krishnan (2008), The EM Algorithm and Extensions, §3",
  scenarios: [{ data: "customer spending" }, { data: "gene expression levels" }, { data: "sensor readings" }],
  prompt: "You ran EM twice on {{data}} and got two different fits. *“Is EM broken? What does it guarantee?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["What does EM guarantee from one iteration to the next?", "Is the mixture log-likelihood concave?"],
      modelAnswer:
        "No: EM guarantees only that the observed-data log-likelihood never decreases, so it converges (under mild conditions) to a stationary point, usually a local maximum, sometimes a saddle point. The mixture log-likelihood is not concave and has many local maxima (and label-permuted copies of each), so the result depends on the starting values. The remedy is several starts (random, k-means++ or from a simpler model) and keeping the fit with the highest log-likelihood, while watching for degenerate solutions. Convergence can also be slow (linear, governed by the fraction of missing information), so stop on a small change in log-likelihood, not parameters alone.",
      rubric: [
        { id: "monotone", text: "EM never decreases the log-likelihood", essential: true },
        { id: "local", text: "It converges to a local optimum or stationary point, not necessarily the global", essential: true },
        {
          id: "init-dependence",
          text: "Results depend on initialisation: use several starts, keep the best log-likelihood",
          essential: true,
        },
        { id: "slow", text: "Convergence can be slow (linear rate)", essential: false },
      ],
    },
  ],
});

const monotoneWhy = defineExplain({
  id: "explain-em-lower-bound",
  title: "Explain: why EM never decreases the likelihood",
  topic: "em-properties",
  difficulty: "hard",
  tags: ["em", "jensen", "elbo", "lower-bound", "explain"],
  source: "Neal & Hinton (1998), in Learning in Graphical Models; Bishop (2006), PRML §9.4",
  scenarios: [{ who: "An interviewer" }, { who: "A research scientist" }, { who: "A professor on the panel" }],
  prompt: "{{who}} asks: *“Prove, or at least argue, that an EM iteration never decreases the log-likelihood.”*",
  parts: [
    {
      id: "answer",
      prompt: "Give the argument.",
      hints: ["Multiply and divide inside the log by any distribution $q(z)$, then use Jensen.", "When is the bound tight?"],
      modelAnswer:
        "For any distribution $q(z)$ over the hidden variables, Jensen's inequality (the log is concave) gives $\\log p(x \\mid \\theta) = \\log \\sum_z q(z)\\frac{p(x, z \\mid \\theta)}{q(z)} \\ge \\sum_z q(z)\\log\\frac{p(x, z \\mid \\theta)}{q(z)} = \\mathcal L(q, \\theta)$, the evidence lower bound; the gap is $\\mathrm{KL}(q \\,\\|\\, p(z \\mid x, \\theta))$. The E-step sets $q$ to the posterior under the current $\\theta_{\\text{old}}$, which makes the gap zero: the bound touches the log-likelihood at $\\theta_{\\text{old}}$. The M-step maximises the bound over $\\theta$, so $\\log p(x \\mid \\theta_{\\text{new}}) \\ge \\mathcal L(q, \\theta_{\\text{new}}) \\ge \\mathcal L(q, \\theta_{\\text{old}}) = \\log p(x \\mid \\theta_{\\text{old}})$.",
      rubric: [
        { id: "jensen", text: "Jensen's inequality gives a lower bound for any $q$", essential: true },
        { id: "tight", text: "The E-step (posterior $q$) makes the bound tight at the current parameters (KL gap = 0)", essential: true },
        { id: "m-step-raises", text: "The M-step raises the bound, so the log-likelihood cannot go down", essential: true },
        { id: "kl-gap", text: "The gap is a KL divergence", essential: false },
      ],
    },
  ],
});

const kmeansVsGmm = defineExplain({
  id: "explain-kmeans-vs-gmm",
  title: "Explain: k-means versus a Gaussian mixture",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["k-means", "gmm", "soft-assignment", "explain"],
  source: "Bishop (2006), PRML §9.1 and §9.3.2; Murphy (2012), MLAPP §11.4.2.5",
  scenarios: [{ data: "customer segments" }, { data: "image colours" }, { data: "geographic points" }],
  prompt: "*“How does k-means relate to fitting a Gaussian mixture with EM? When would you use each for {{data}}?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Hard versus soft assignments.", "What shape of cluster does each assume?"],
      modelAnswer:
        "k-means is the hard-assignment, equal-spherical-variance limit of EM for a Gaussian mixture: it assigns each point wholly to its nearest centre (instead of computing responsibilities) and moves each centre to the mean of its points; as the shared variance goes to 0, the GMM's responsibilities become 0/1 and EM becomes k-means. The GMM gives soft, probabilistic memberships, learns cluster shapes (covariances) and sizes (weights), and has a likelihood for model choice (BIC) and anomaly scores. k-means is faster and simpler, minimises within-cluster squared distance, and suits roughly round, similar-sized clusters; both need K and good initialisation, and both find local optima.",
      rubric: [
        { id: "hard-vs-soft", text: "k-means: hard assignments; GMM/EM: soft responsibilities", essential: true },
        { id: "limit", text: "k-means is a limiting case (spherical, equal, vanishing variance)", essential: true },
        { id: "shapes", text: "GMM learns covariances and weights (elliptical, unequal clusters) and gives a likelihood", essential: true },
        { id: "practical", text: "k-means is faster; both need K and several starts", essential: false },
      ],
    },
  ],
});

const labelSwitching = defineExplain({
  id: "explain-label-switching",
  title: "Explain: label switching",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["label-switching", "identifiability", "explain"],
  source: "Stephens (2000), JRSS B 62(4); McLachlan & Peel (2000), Finite Mixture Models, §1.14",
  scenarios: HIDDEN,
  prompt:
    "You fit a two-component mixture to {{data}} twice; the second run's component 1 is the first run's component 2. *“Is that a problem?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Does the likelihood change if you swap the components' names?"],
      modelAnswer:
        "No: it is label switching. The mixture likelihood is invariant to permuting the components' labels, so every fit has $K!$ equivalent copies with the same log-likelihood; EM lands on one depending on the start. The labels carry no meaning until we attach one ({{label}}), so compare fits up to a permutation, or impose an ordering (for example by mean) or match components to known groups. It matters more in Bayesian MCMC, where the sampler can switch labels mid-run and averaging over draws mixes components.",
      rubric: [
        { id: "invariant", text: "The likelihood is invariant to permuting labels ($K!$ equivalent maxima)", essential: true },
        { id: "not-a-problem", text: "Not an error: same fit, different numbering", essential: true },
        { id: "fix", text: "Compare up to permutation or impose an ordering/identifiability constraint", essential: true },
        { id: "mcmc", text: "More serious in Bayesian sampling (switching within a run)", essential: false },
      ],
    },
  ],
});

const collapse = defineExplain({
  id: "explain-variance-collapse",
  title: "Explain: collapsing variances",
  topic: "em-properties",
  difficulty: "hard",
  tags: ["singularity", "variance-collapse", "regularisation", "explain"],
  source: "Bishop (2006), PRML §9.2.1; Fraley & Raftery (2007), Journal of Classification 24",
  scenarios: [
    { data: "measurements with repeated values" },
    { data: "a small sample of incomes" },
    { data: "pixel intensities with many exact duplicates" },
  ],
  prompt:
    "EM on {{data}} reports a log-likelihood that shoots towards $+\\infty$ while one component's variance goes to 0. *“What is happening, and what do you do?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["What is a Gaussian density at its mean when the variance is tiny?"],
      modelAnswer:
        'A component has collapsed onto a single point (or a few identical points): its density at that point, $1/\\sqrt{2\\pi\\sigma^2}$, grows without bound as $\\sigma^2 \\to 0$, so the mixture likelihood is unbounded and the "maximum" is a degenerate singularity, not a meaningful fit. The MLE of a Gaussian mixture with free variances does not exist in that sense; EM finds a local maximum away from these points only if it avoids them. Remedies: a floor on the variances (or adding a small ridge to covariances), a prior on them (MAP, e.g. an inverse-gamma or Wishart prior), tying or restricting covariances, fewer components, removing duplicates, and restarting from another initialisation when a component collapses.',
      rubric: [
        { id: "single-point", text: "A component collapses onto one or few points", essential: true },
        { id: "unbounded", text: "The likelihood is unbounded (density at the mean → ∞ as variance → 0)", essential: true },
        { id: "remedies", text: "Remedies: variance floor, prior/MAP, restricted covariances, restart", essential: true },
        { id: "no-mle", text: "So the global MLE is degenerate; we want a local maximum", essential: false },
      ],
    },
  ],
});

const chooseK = defineExplain({
  id: "explain-choosing-k",
  title: "Explain: how to choose K",
  topic: "model-zoo",
  difficulty: "medium",
  tags: ["model-selection", "bic", "aic", "mixtures", "explain"],
  source: "Fraley & Raftery (2002), JASA 97(458); Hastie, Tibshirani & Friedman (2009), ESL §7.7",
  scenarios: [
    { data: "customer segments" },
    { data: "a bimodal-looking histogram of waiting times" },
    { data: "latent topics in documents" },
  ],
  prompt: "*“You fit Gaussian mixtures to {{data}}. How do you choose the number of components K?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["Why not pick the K with the highest training log-likelihood?", "Count the free parameters."],
      modelAnswer:
        "The training log-likelihood always rises with K (more components can only fit better), so it cannot choose K by itself. Penalise complexity: fit several K (each with several starts) and compare BIC $= p\\log n - 2\\ell$ or AIC $= 2p - 2\\ell$, where $p$ is the number of free parameters (for a full-covariance mixture in $d$ dimensions, $(K-1) + Kd + Kd(d+1)/2$); BIC penalises more and is consistent for K. Alternatively use held-out log-likelihood (cross-validation), or a Bayesian mixture with a sparse Dirichlet prior that empties unneeded components. Also compare covariance structures, and check that the chosen clusters are stable and make sense for the problem; the likelihood-ratio test's $\\chi^2$ reference does not hold for K.",
      rubric: [
        { id: "training-ll", text: "The training likelihood always improves with K: not a criterion alone", essential: true },
        { id: "ic", text: "Use BIC/AIC with the number of free parameters (BIC penalises more)", essential: true },
        { id: "held-out", text: "Or held-out likelihood / cross-validation", essential: true },
        { id: "dirichlet", text: "Bayesian alternative: a Dirichlet prior empties components", essential: false },
        { id: "lrt-fails", text: "The usual LRT $\\chi^2$ does not apply to K", essential: false },
      ],
    },
  ],
});

const mleOrEm = defineExplain({
  id: "explain-mle-or-em",
  title: "Explain: MLE or EM, and why?",
  topic: "mle-vs-em",
  difficulty: "easy",
  tags: ["mle", "em", "comparison", "explain"],
  source: "Bishop (2006), PRML §9.2–9.4; Murphy (2012), MLAPP §11.4",
  scenarios: [
    { labelled: "patients whose disease status is recorded", unlabelled: "patients whose disease status is unknown" },
    { labelled: "emails marked spam or not", unlabelled: "an unlabelled email dump" },
    { labelled: "tosses where you know which coin was used", unlabelled: "tosses where the coin was not recorded" },
  ],
  prompt: "*“You have {{labelled}} and, separately, {{unlabelled}}. For each, would you fit the model by plain MLE or by EM, and why?”*",
  parts: [
    {
      id: "answer",
      prompt: "Answer as you would in the interview.",
      hints: ["Which variables are observed in each case?", "What does EM buy you, and what does it cost?"],
      modelAnswer:
        "EM is not a different estimator: it is an algorithm for computing the MLE when some variables are hidden. With {{labelled}}, everything in the model is observed, the likelihood factorises by group and the MLE has a closed form (or a convex problem): fit it directly, in one step, with a unique optimum. With {{unlabelled}}, the label is latent, the observed-data likelihood is a log of a sum over labels with no closed form, and EM maximises it by alternating posteriors of the labels and weighted MLEs. The price: it is iterative, converges only to a local optimum (so it needs several starts), can be slow, and has label switching and degenerate solutions to watch for. If only some labels are known, use them: EM with those points' responsibilities fixed to their labels (semi-supervised).",
      rubric: [
        { id: "em-computes-mle", text: "EM computes an MLE with hidden variables; it is not a different estimator", essential: true },
        { id: "labelled-direct", text: "Labelled data: direct MLE, closed form or convex, one step", essential: true },
        { id: "unlabelled-em", text: "Hidden labels: log of a sum, no closed form: EM", essential: true },
        { id: "costs", text: "EM's costs: iterative, local optima, initialisation, label switching", essential: true },
        { id: "semi-supervised", text: "With partial labels, fix those responsibilities (semi-supervised EM)", essential: false },
      ],
    },
  ],
});

const hmm = defineExplain({
  id: "explain-hmm-baum-welch",
  title: "Explain: HMMs and Baum–Welch",
  topic: "model-zoo",
  difficulty: "hard",
  tags: ["hmm", "baum-welch", "em", "viterbi", "explain"],
  source: "Rabiner (1989), Proc. IEEE 77(2); Bishop (2006), PRML §13.2",
  scenarios: [{ example: "part-of-speech tagging" }, { example: "detecting market regimes" }, { example: "speech recognition" }],
  prompt: "*“How is a hidden Markov model for {{example}} trained, and how does that relate to EM?”*",
  parts: [
    {
      id: "answer",
      prompt: "Explain.",
      hints: ["What are the hidden variables?", "Which algorithm computes the E-step's posteriors efficiently?"],
      modelAnswer:
        "An HMM has hidden states that follow a Markov chain (initial distribution and transition matrix) and observations that depend only on the current state (emission distributions). With labelled state sequences the MLE is counting: transition and emission frequencies. Without them, Baum–Welch is EM: the E-step runs the forward–backward algorithm to get each time step's state posterior and each pair of consecutive states' posterior, in $O(N^2T)$; the M-step re-estimates the initial, transition and emission probabilities as expected counts, normalised. Like any EM it increases the likelihood monotonically and finds a local optimum. Decoding the single best state path afterwards is Viterbi, also $O(N^2T)$.",
      rubric: [
        { id: "anatomy", text: "Hidden Markov chain of states; observations depend only on the current state", essential: true },
        { id: "baum-welch-is-em", text: "Baum–Welch is EM: forward–backward gives state posteriors (E-step)", essential: true },
        { id: "m-step-counts", text: "M-step: normalised expected transition and emission counts", essential: true },
        { id: "viterbi", text: "Viterbi decodes the best path; both are $O(N^2T)$", essential: false },
      ],
    },
  ],
});

export const EM_EXPLANATIONS: readonly QuestionTemplate[] = [
  whyEm,
  walkThrough,
  localOptima,
  monotoneWhy,
  kmeansVsGmm,
  labelSwitching,
  collapse,
  chooseK,
  mleOrEm,
  hmm,
];
