/**
 * MLE vs EM side by side (content map 9), the deeper contrasts: global vs local optima, the k-means
 * limit, EM vs gradient and Newton methods, MAP and MAP-EM, standard errors, when to prefer direct
 * optimisation, and how to explain EM to an interviewer step by step.
 */
import { defineConcept } from "../../concept";

export const conceptVsGlobalVsLocal = defineConcept({
  id: "concept-vs-global-vs-local",
  title: "Global maximum vs local maximum",
  topic: "mle-vs-em",
  difficulty: "medium",
  tags: ["mle-vs-em", "local-optimum", "concavity", "label-switching", "gmm"],
  source: "Murphy (2012), MLAPP §11.3.1–11.3.2; Bishop (2006), PRML §9.2.1; Hastie, Tibshirani & Friedman (2009), ESL §8.5.1",
  scenarios: [
    { data: "adult heights" },
    { data: "customers' monthly spend" },
    { data: "reaction times in an experiment" },
    { data: "log incomes of households" },
  ],
  prompt:
    "Fitted to {{data}}, the closed-form MLE of a normal's mean and variance is the global maximum of its likelihood. EM for a two-component normal mixture, run from different starts on the same data, can end at different answers with different log-likelihoods.",
  parts: [
    {
      id: "answer",
      prompt: "What explains the difference?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "not-concave",
          correct: true,
          label: "The normal's log-likelihood has one stationary point; the mixture's has several local maxima.",
          explanation:
            "The shape of the objective is the reason: one peak for the normal, many for the mixture. EM guarantees ascent, not which peak.",
        },
        {
          id: "several-peaks",
          correct: true,
          label: "The mixture's likelihood has several peaks, and EM climbs the one nearest its start.",
          explanation:
            "EM guarantees ascent, not which peak: the mixture log-likelihood is not concave, while the normal's has a single stationary point, the global maximum the closed form gives.",
        },
        {
          id: "landscape",
          correct: true,
          label: "The objectives differ in shape: one peak for the normal, many local maxima for the mixture.",
          explanation:
            "The shape of the objective is the reason: $\\sum_i \\log \\sum_k \\pi_k \\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2)$ is not concave, so runs from different starts can end at different local maxima.",
        },
        {
          id: "wrong-model",
          correct: false,
          label: "The {{data}} are not really a mixture, so EM wanders; on genuinely mixed data every start would reach the same answer.",
          explanation:
            "Even data drawn from a true mixture give a non-concave likelihood with several local maxima; whether the model is right does not make EM's answer independent of the start.",
        },
        {
          id: "step-size",
          correct: false,
          label: "EM's step size was too large on some runs, so it overshot the maximum and settled on a different point.",
          explanation:
            "EM has no step size: each M-step jumps to the maximiser of $Q$ and never lowers the likelihood. Different answers are different local maxima, not overshoots.",
        },
        {
          id: "rounding",
          correct: false,
          label: "EM accumulates rounding errors over its many iterations, which push it off the maximum by different amounts.",
          explanation:
            "Floating-point error is tiny and does not create different answers with clearly different log-likelihoods; the different answers are genuine local maxima of the likelihood.",
        },
        {
          id: "lower-bound",
          correct: false,
          label: "EM maximises a lower bound on the log-likelihood, so it always converges to a point below the true maximum.",
          explanation:
            "The bound is made tight at every E-step, and EM's fixed points are stationary points of the log-likelihood itself. It can reach the global maximum; it is just not guaranteed to.",
        },
        {
          id: "no-maximum",
          correct: false,
          label: "The mixture likelihood has no maximum at all, so EM stops wherever it happens to be when the tolerance is met.",
          explanation:
            "The likelihood is unbounded near the degenerate points where a variance shrinks to 0, but that is a separate problem; away from them it has proper local maxima, and EM converges to one of them, not to an arbitrary point.",
        },
        {
          id: "label-switching-only",
          correct: false,
          label: "Only label switching: the different answers are the same fit with the two components' labels swapped round.",
          explanation:
            "Swapped labels give exactly the same log-likelihood. Different log-likelihoods mean genuinely different local maxima, which exist besides the $K!$ relabelled copies.",
        },
      ],
      hints: [
        "Sketch each log-likelihood as a landscape: how many peaks?",
        "If two runs end with different log-likelihood values, can they be the same fit with relabelled components?",
      ],
    },
  ],
  solution: [
    "For a normal sample, $\\ell(\\mu, \\sigma^2) = -\\tfrac n2 \\log(2\\pi\\sigma^2) - \\sum_i (x_i - \\mu)^2/(2\\sigma^2)$ has a single stationary point, $(\\bar x, \\tfrac1n \\sum_i (x_i - \\bar x)^2)$, and it is the global maximum.",
    "For a mixture, $\\ell(\\theta) = \\sum_i \\log \\sum_k \\pi_k \\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2)$ is not concave (Murphy, 2012, §11.3.2). It has $K!$ relabelled copies of each maximum (same value) and often genuinely different local maxima (different values), plus unbounded spikes as a variance goes to 0. EM increases $\\ell$ at each step and converges to a stationary point near its start, so the standard practice is several starts (e.g. k-means++ seeds) and keeping the run with the highest log-likelihood.",
  ].join("\n\n"),
});

export const conceptVsKmeansLimit = defineConcept({
  id: "concept-vs-kmeans-limit",
  title: "k-means as a limit of EM",
  topic: "mle-vs-em",
  difficulty: "hard",
  tags: ["mle-vs-em", "k-means", "hard-assignments", "small-variance-limit", "true-false"],
  source: "Bishop (2006), PRML §9.3.2 (relation to K-means); Hastie, Tibshirani & Friedman (2009), ESL §14.3.7",
  scenarios: [
    { data: "customer feature vectors" },
    { data: "pixel colours" },
    { data: "document embeddings" },
    { data: "GPS positions of deliveries" },
  ],
  prompt:
    "Consider EM for a Gaussian mixture of {{data}} in which every component has the same covariance $\\epsilon I$, with $\\epsilon$ fixed (not estimated) and the mixing weights all positive.",
  parts: [
    {
      id: "answer",
      prompt: 'True or false: *"As $\\epsilon \\to 0$, this EM becomes the k-means algorithm."*',
      input: "choice",
      show: 4,
      options: [
        {
          id: "true-responsibilities",
          correct: true,
          label: "True: because $r_{ik} \\propto \\pi_k e^{-\\lVert x_i - \\mu_k \\rVert^2 / 2\\epsilon} \\to 1$ for the nearest centre.",
          explanation:
            "The term with the smallest distance dominates the softmax as $\\epsilon \\to 0$, whatever the (positive) weights: soft responsibilities become hard ones, and the expected complete-data log-likelihood becomes a multiple of minus the k-means distortion, plus a constant.",
        },
        {
          id: "true-short",
          correct: true,
          label: "True: because the responsibilities become hard nearest-centre assignments.",
          explanation:
            "As $\\epsilon \\to 0$ the nearest centre's term dominates every responsibility, so the E-step assigns each point wholly to its nearest centre and the M-step averages the assigned points: k-means.",
        },
        {
          id: "true-dominates",
          correct: true,
          label: "True: because the nearest centre's term dominates the softmax, whatever the weights.",
          explanation:
            "With covariance $\\epsilon I$ the responsibilities are a softmax of $-\\lVert x_i - \\mu_k\\rVert^2/2\\epsilon + \\log\\pi_k$; as $\\epsilon \\to 0$ the distance term swamps the fixed $\\log \\pi_k$, giving hard assignments.",
        },
        {
          id: "false-weights-tilt",
          correct: false,
          label: "False: because the mixing weights $\\pi_k$ still tilt every assignment towards large clusters, which k-means never does.",
          explanation:
            "The weights enter as $\\log \\pi_k$, a fixed amount, while the distance term grows like $1/\\epsilon$; in the limit the weights no longer affect any assignment.",
        },
        {
          id: "false-stays-soft",
          correct: false,
          label:
            "False: because for any positive $\\epsilon$ the responsibilities stay strictly between 0 and 1, so they never become hard.",
          explanation:
            "True for each fixed $\\epsilon$, but the statement is about the limit: as $\\epsilon \\to 0$ the responsibilities converge to 0 and 1.",
        },
        {
          id: "false-variances",
          correct: false,
          label: "False: because k-means also estimates a variance for each cluster, which this EM keeps fixed at $\\epsilon$.",
          explanation:
            "k-means estimates only the centres; it implicitly treats every cluster as spherical with the same spread, which is what the fixed $\\epsilon I$ encodes.",
        },
        {
          id: "true-learned-variances",
          correct: false,
          label: "True: because k-means is EM with each component's variance estimated from the points assigned to it.",
          explanation:
            "Right verdict, wrong reason: the limit needs the covariance fixed and shared, shrinking to zero. With estimated variances EM is a full Gaussian-mixture fit, not k-means.",
        },
        {
          id: "false-no-responsibilities",
          correct: false,
          label: "False: because k-means has no responsibilities at all, so it cannot be the limit of any EM algorithm.",
          explanation:
            "k-means has responsibilities: the 0/1 assignments $r_{ik} \\in \\{0, 1\\}$, which are exactly the limit of EM's soft responsibilities.",
        },
      ],
      hints: [
        "Write the responsibility $r_{ik}$ with covariance $\\epsilon I$: the normalising constants cancel.",
        "As $\\epsilon \\to 0$, which term of $\\sum_j \\pi_j \\exp(-\\lVert x_i - \\mu_j \\rVert^2 / 2\\epsilon)$ dominates?",
      ],
    },
  ],
  solution: [
    "With covariance $\\epsilon I$ for every component, the $(2\\pi\\epsilon)^{-d/2}$ factors cancel and",
    "$$r_{ik} = \\frac{\\pi_k \\exp\\!\\big(-\\lVert x_i - \\mu_k\\rVert^2 / 2\\epsilon\\big)}{\\sum_j \\pi_j \\exp\\!\\big(-\\lVert x_i - \\mu_j\\rVert^2 / 2\\epsilon\\big)} \\;\\xrightarrow{\\;\\epsilon \\to 0\\;}\\; \\begin{cases} 1 & k = \\arg\\min_j \\lVert x_i - \\mu_j \\rVert^2 \\\\ 0 & \\text{otherwise.} \\end{cases}$$",
    "The M-step $\\mu_k = \\sum_i r_{ik} x_i / \\sum_i r_{ik}$ becomes the mean of the points assigned to $k$, and $\\epsilon\\, Q \\to -\\tfrac12 \\sum_i \\sum_k r_{ik} \\lVert x_i - \\mu_k \\rVert^2 + \\text{const}$: k-means (Bishop, 2006, §9.3.2). The statement is **true**. It is also why k-means is called *hard* EM.",
  ].join("\n\n"),
});

export const conceptVsEmVsGradient = defineConcept({
  id: "concept-vs-em-vs-gradient",
  title: "EM vs gradient and Newton methods",
  topic: "mle-vs-em",
  difficulty: "hard",
  tags: ["mle-vs-em", "gradient-ascent", "newton", "convergence-rate", "missing-information"],
  source:
    "Dempster, Laird & Rubin (1977), JRSS B 39, §3; Redner & Walker (1984), Mixture densities, maximum likelihood and the EM algorithm, SIAM Review 26; Xu & Jordan (1996), On convergence properties of the EM algorithm for Gaussian mixtures, Neural Computation 8; Salakhutdinov, Roweis & Ghahramani (2003), Optimization with EM and expectation-conjugate-gradient, ICML",
  scenarios: [{ data: "customer spend" }, { data: "flow-cytometry measurements" }, { data: "audio features" }],
  prompt:
    "A Gaussian mixture's observed-data log-likelihood $\\ell(\\theta)$ for {{data}} can be maximised by EM or directly, by gradient ascent or a (quasi-)Newton method.",
  parts: [
    {
      id: "answer",
      prompt: "Which statements are right? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "scaled-gradient",
          correct: true,
          label: "For Gaussian mixtures an EM step equals a gradient step multiplied by a positive-definite matrix.",
          explanation:
            "Xu & Jordan (1996) show $\\theta^{(t+1)} - \\theta^{(t)} = P(\\theta^{(t)})\\, \\nabla \\ell(\\theta^{(t)})$ with $P$ positive definite: EM is a preconditioned gradient ascent that needs no step size.",
        },
        {
          id: "newton-simplex",
          correct: false,
          label:
            "Newton's method keeps the mixing weights on the simplex and the variances positive automatically, with no reparameterisation.",
          explanation:
            "A Newton step can leave the feasible region: weights may go negative and variances below zero unless the problem is reparameterised (softmax, log-variances) or the step is constrained.",
        },
        {
          id: "em-uses-hessian",
          correct: false,
          label: "EM uses the Hessian of the observed log-likelihood at every step, which is why it needs no step size.",
          explanation:
            "EM never forms that Hessian; it needs no step size because each M-step maximises $Q$ in closed form. That is also why its standard errors cost an extra computation.",
        },
        {
          id: "constraints-no-step",
          correct: true,
          label:
            "Each EM step keeps the parameters valid automatically (weights on the simplex, variances positive) and needs no step size.",
          explanation:
            "The M-step is a weighted MLE, so it always returns valid weights and positive variances. Gradient methods need a step size and a reparameterisation (softmax weights, log-variances) or projections.",
        },
        {
          id: "linear-rate",
          correct: true,
          label:
            "EM converges linearly, slowly when the hidden labels carry a large share of the information (heavily overlapping components); Newton-type methods converge quadratically near the maximum.",
          explanation:
            "Dempster, Laird & Rubin (1977) show EM's rate is governed by the fraction of missing information; with much overlap that fraction is near 1 and EM crawls.",
        },
        {
          id: "fisher-identity",
          correct: true,
          label:
            "At the current parameters, the gradient of $\\ell$ equals the gradient of EM's $Q(\\theta \\mid \\theta^{\\text{old}})$ at $\\theta = \\theta^{\\text{old}}$.",
          explanation:
            "Because $\\ell(\\theta) = Q(\\theta \\mid \\theta^{\\text{old}}) - \\mathbb{E}_{z \\mid x, \\theta^{\\text{old}}}[\\log p(z \\mid x, \\theta)]$ and the last term is smallest at $\\theta = \\theta^{\\text{old}}$ (Gibbs' inequality), the two functions have equal slopes there (Fisher's identity): EM and gradient ascent start from the same local information.",
        },
        {
          id: "no-gradient-mixture",
          correct: false,
          label: "Gradient ascent cannot be used for mixtures, because the log-likelihood has a sum inside the log.",
          explanation:
            "The gradient exists and is easy: $\\partial \\ell / \\partial \\mu_k = \\sum_i r_{ik}(x_i - \\mu_k)/\\sigma_k^2$. The sum inside the log prevents a closed form, not differentiation.",
        },
        {
          id: "em-always-faster",
          correct: false,
          label: "EM always needs less time than a quasi-Newton method.",
          explanation:
            "Not always: EM is often fast early on and on well-separated components, but near the optimum with much missing information quasi-Newton or conjugate-gradient methods can be much faster (Salakhutdinov et al., 2003).",
        },
      ],
      hints: [
        "What does an M-step return for the weights and variances, and what can a gradient step return?",
        "Think about how EM's speed depends on how much the hidden labels matter, and about what $Q$ and $\\ell$ share at $\\theta^{\\text{old}}$.",
      ],
    },
  ],
  solution: [
    "Right: constraints for free and no step size, linear convergence set by the missing information, the shared gradient (Fisher's identity), and an EM step as a preconditioned gradient step. Wrong: gradient methods work for mixtures, EM is not always faster, Newton steps can leave the feasible region, and EM never uses the Hessian.",
    "**EM's advantages:** each M-step is a closed-form weighted MLE, so no step size, no line search, and constraints (weights summing to 1, positive variances) hold automatically; every iteration raises $\\ell$.",
    "**Its cost:** linear convergence, with rate set by the fraction of missing information, $\\theta^{(t+1)} - \\hat\\theta \\approx J\\,(\\theta^{(t)} - \\hat\\theta)$ where the largest eigenvalue of $J$ is that fraction (Dempster, Laird & Rubin, 1977): near 1 for heavily overlapping components.",
    "**The link:** by Fisher's identity, $\\nabla \\ell(\\theta^{\\text{old}}) = \\nabla_\\theta Q(\\theta \\mid \\theta^{\\text{old}})\\big|_{\\theta = \\theta^{\\text{old}}} = \\sum_z p(z \\mid x, \\theta^{\\text{old}})\\, \\nabla \\log p(x, z \\mid \\theta^{\\text{old}})$; Xu & Jordan (1996) show an EM step is a gradient step multiplied by a positive-definite matrix. Gradient ascent is perfectly possible for mixtures; it is just not automatically faster or slower.",
  ].join("\n\n"),
});

export const conceptVsMapEm = defineConcept({
  id: "concept-vs-map-em",
  title: "From MLE to MAP inside EM",
  topic: "mle-vs-em",
  difficulty: "medium",
  tags: ["mle-vs-em", "map", "prior", "dirichlet", "m-step"],
  source:
    "Murphy (2012), MLAPP §11.4.2 (EM for GMMs: MAP estimation); Bishop (2006), PRML §2.2.1 and §9.4; Dempster, Laird & Rubin (1977), §3",
  scenarios: [
    { data: "a few hundred customers' spend" },
    { data: "a small sample of gene-expression values" },
    { data: "sensor readings with some near-duplicate values" },
  ],
  prompt:
    "Fitting {{data}}, you want MAP rather than maximum-likelihood estimates for a $K$-component Gaussian mixture, with a $\\text{Dirichlet}(\\alpha_1, \\dots, \\alpha_K)$ prior on the weights and conjugate priors on the means and variances.",
  parts: [
    {
      id: "answer",
      prompt: "What changes in EM?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "m-step-adds-prior",
          correct: true,
          label: "The E-step is unchanged; the M-step maximises $Q(\\theta \\mid \\theta^{\\text{old}}) + \\log p(\\theta)$.",
          explanation:
            "The prior is over $\\theta$, so it enters only the maximisation over $\\theta$; each iteration then never lowers the log-posterior $\\log p(x \\mid \\theta) + \\log p(\\theta)$.",
        },
        {
          id: "only-m-step",
          correct: true,
          label: "Only the M-step: it adds $\\log p(\\theta)$ to what it maximises.",
          explanation:
            "The prior is over $\\theta$, so only the maximisation over $\\theta$ changes; with conjugate priors it stays closed form, and each iteration never lowers the log-posterior.",
        },
        {
          id: "pseudo-counts",
          correct: true,
          label: "The M-step gains the prior's pseudo-counts; the E-step stays exactly as it was.",
          explanation:
            "Conjugate priors act as pseudo-observations in the closed-form M-step, e.g. $\\alpha_k - 1$ extra counts for component $k$'s weight; the responsibilities are computed as before.",
        },
        {
          id: "both-steps",
          correct: false,
          label: "Both steps change: the E-step multiplies the responsibilities by the prior, and the M-step adds $\\log p(\\theta)$.",
          explanation:
            "Only the M-step changes. The responsibilities are the posterior of the labels given the current parameters, which a prior over the parameters does not alter.",
        },
        {
          id: "sampled-fake-data",
          correct: false,
          label:
            "Draw fake data points from the prior, add them to the sample, and run ordinary maximum-likelihood EM on the enlarged data.",
          explanation:
            "Random fake points give a noisy, different objective. A conjugate prior's effect is exact pseudo-counts in the M-step, not sampled data.",
        },
        {
          id: "e-step-prior",
          correct: false,
          label: "The E-step multiplies each responsibility by the prior density of the parameters, and the M-step stays as it was.",
          explanation:
            "The E-step computes the posterior of the hidden labels given the current parameters; the prior on $\\theta$ does not change that posterior (the weights $\\pi_k$ already act as the labels' prior).",
        },
        {
          id: "needs-mcmc",
          correct: false,
          label: "EM cannot compute a MAP estimate at all; with a prior on the parameters you need MCMC sampling instead.",
          explanation:
            "MCMC samples the whole posterior; a MAP point estimate is just a different objective to maximise, and EM maximises it with the same monotone guarantee (Dempster, Laird & Rubin, 1977).",
        },
        {
          id: "prior-at-end",
          correct: false,
          label: "Run ordinary EM to convergence, then combine its estimates with the prior means at the end, weighted by precision.",
          explanation:
            "Shrinking the final MLE towards the prior is not the MAP estimate: the prior must shape every M-step, because it changes where the posterior's maximum is.",
        },
        {
          id: "loses-monotone",
          correct: false,
          label: "Nothing in the steps changes, but the monotone ascent guarantee is lost once a prior is added.",
          explanation:
            "The M-step does change, and monotonicity is kept: MAP-EM never decreases the log-posterior, by the same argument as for the likelihood.",
        },
      ],
      hints: [
        "Is the prior over the hidden labels or over the parameters?",
        "Which step maximises over the parameters? Add $\\log p(\\theta)$ there and maximise $\\sum_k N_k \\log \\pi_k + \\sum_k (\\alpha_k - 1)\\log \\pi_k$ under $\\sum_k \\pi_k = 1$.",
      ],
    },
  ],
  solution: [
    "MAP maximises $\\log p(x \\mid \\theta) + \\log p(\\theta)$. In EM the prior only concerns $\\theta$, so the **E-step is unchanged** and the **M-step maximises**",
    "$$Q(\\theta \\mid \\theta^{\\text{old}}) + \\log p(\\theta).$$",
    "For the Dirichlet prior the weight update becomes $\\pi_k = (N_k + \\alpha_k - 1)/(N + \\sum_j \\alpha_j - K)$ with $N_k = \\sum_i r_{ik}$ (the MLE when every $\\alpha_k = 1$); conjugate priors on means and variances add pseudo-observations in the same way. The log-posterior never decreases. A prior on the variances also removes the collapse to zero variance (Murphy, 2012, §11.4.2).",
  ].join("\n\n"),
});

export const conceptVsMapRemovesSingularities = defineConcept({
  id: "concept-vs-map-removes-singularities",
  title: "Does a prior cure the variance collapse?",
  topic: "mle-vs-em",
  difficulty: "hard",
  tags: ["mle-vs-em", "map", "singularities", "inverse-gamma", "true-false"],
  source:
    "Murphy (2012), MLAPP §11.4.2 (MAP estimation); Fraley & Raftery (2007), Bayesian regularization for normal mixture estimation and model-based clustering, Journal of Classification 24; Bishop (2006), PRML §9.2.1",
  scenarios: [
    { data: "reaction times" },
    { data: "daily temperatures" },
    { data: "blood-test values" },
    { data: "exam marks (a few of them repeated)" },
  ],
  prompt:
    "Maximum-likelihood EM for a one-dimensional Gaussian mixture of {{data}} can collapse: a component sits on one data point, $\\mu_k = x_n$, its variance $\\sigma_k^2 \\to 0$, and the likelihood goes to infinity. Suppose instead you run MAP-EM with an inverse-gamma prior $p(\\sigma_k^2) \\propto (\\sigma_k^2)^{-(a+1)} e^{-b/\\sigma_k^2}$, $a, b > 0$, on each variance.",
  parts: [
    {
      id: "answer",
      prompt: 'True or false: *"The log-posterior no longer has these singularities."*',
      input: "choice",
      show: 4,
      options: [
        {
          id: "true-prior-dominates",
          correct: true,
          label: "True: because $-b/\\sigma_k^2 \\to -\\infty$ faster than the spike $-\\tfrac12 \\log \\sigma_k^2 \\to +\\infty$.",
          explanation:
            "The prior puts vanishing density on tiny variances, fast enough to cancel the collapsing component's spike; the M-step variance gets pseudo-observations that keep it away from 0.",
        },
        {
          id: "true-short",
          correct: true,
          label: "True: because the prior's $-b/\\sigma_k^2$ term beats the spike.",
          explanation:
            "Near $\\sigma_k^2 = 0$ the log-prior falls like $-b/\\sigma_k^2$, faster than the collapsing component's $-\\tfrac12\\log\\sigma_k^2$ rises, so the log-posterior stays bounded there.",
        },
        {
          id: "true-density-vanishes",
          correct: true,
          label: "True: because the prior density vanishes fast enough near $\\sigma_k^2 = 0$ to cancel the spike.",
          explanation:
            "$e^{-b/\\sigma_k^2}$ goes to 0 faster than any power of $\\sigma_k^2$, so likelihood times prior tends to 0 at the collapse instead of to infinity.",
        },
        {
          id: "false-log-prior-finite",
          correct: false,
          label:
            "False: because a log-prior is a finite number at every $\\sigma_k^2$, so it cannot cancel an infinite spike in the log-likelihood.",
          explanation:
            "It is finite at every positive $\\sigma_k^2$, but so is the spike; what matters is the limit, and there the log-prior tends to $-\\infty$ faster than the spike tends to $+\\infty$.",
        },
        {
          id: "true-means-fixed",
          correct: false,
          label: "True: because the prior keeps every mean away from the data points, so no component can sit exactly on one of them.",
          explanation:
            "The prior here is on the variances only and says nothing about the means; a mean can still sit on a data point. What the prior prevents is the variance shrinking to 0.",
        },
        {
          id: "false-order-1-over-n",
          correct: false,
          label: "False: because a prior shifts estimates only by $O(1/n)$, which cannot cancel an infinite spike in the likelihood.",
          explanation:
            "The $O(1/n)$ rule describes the prior's effect near a well-behaved maximum. Near $\\sigma_k^2 = 0$ the log-prior itself tends to $-\\infty$, which is what cancels the spike.",
        },
        {
          id: "true-positive-responsibilities",
          correct: false,
          label: "True: because the prior makes every responsibility strictly positive, so no component can own a single point.",
          explanation:
            "Responsibilities are already positive under a Gaussian mixture, and they are not the cause: the singularity comes from a variance shrinking to 0 while its component keeps a point.",
        },
        {
          id: "false-e-step",
          correct: false,
          label: "False: because the singularities come from the E-step, which MAP-EM leaves exactly as it was.",
          explanation:
            "The singularities are a property of the objective (the likelihood is unbounded), not of the E-step. Changing the objective to the log-posterior is what removes them.",
        },
      ],
      hints: [
        "Write the collapsing component's contribution to the log-likelihood as $\\sigma_k^2 \\to 0$: it behaves like $-\\tfrac12 \\log \\sigma_k^2$.",
        "Now add $\\log p(\\sigma_k^2) = -(a+1)\\log\\sigma_k^2 - b/\\sigma_k^2 + \\text{const}$. Which term wins as $\\sigma_k^2 \\to 0$?",
      ],
    },
  ],
  solution: [
    "With $\\mu_k = x_n$, the $n$-th term of the log-likelihood contains $\\log\\big(\\pi_k (2\\pi\\sigma_k^2)^{-1/2}\\big)$, which grows like $-\\tfrac12 \\log \\sigma_k^2 \\to +\\infty$ (the other points keep a finite contribution from the other components). The inverse-gamma log-prior adds",
    "$$-(a+1)\\log \\sigma_k^2 - \\frac{b}{\\sigma_k^2},$$",
    "and $-b/\\sigma_k^2$ tends to $-\\infty$ faster than any multiple of $\\log \\sigma_k^2$ tends to $+\\infty$. So the log-posterior is bounded near the collapse: the statement is **true**. This is the practical fix recommended by Fraley & Raftery (2007): MAP-EM with a weak conjugate prior; the M-step variance becomes a weighted variance plus a pseudo-count term in $b$.",
  ].join("\n\n"),
});

export const conceptVsExplainEmOrder = defineConcept({
  id: "concept-vs-explain-em-order",
  title: "Explain EM to an interviewer, in order",
  topic: "mle-vs-em",
  difficulty: "medium",
  tags: ["mle-vs-em", "interview", "order", "e-step", "m-step"],
  source:
    "Bishop (2006), PRML §9.2.2 (EM for Gaussian mixtures, steps 1–4) and §9.4; Hastie, Tibshirani & Friedman (2009), ESL §8.5 (Algorithms 8.1 and 8.2)",
  scenarios: [
    {
      model: "a Gaussian mixture of customers' spend",
      hidden: "each customer's segment $z_i$",
      init: "e.g. from k-means or randomly chosen customers",
      mstep: "weighted means, variances and weights",
    },
    {
      model: "a mixture of Poissons for daily call counts",
      hidden: "which regime $z_i$ produced each day's count",
      init: "e.g. rates spread across the range of the counts",
      mstep: "weighted mean counts as rates, and weights",
    },
    {
      model: "a mixture of Bernoullis for survey answers",
      hidden: "each respondent's latent class $z_i$",
      init: "e.g. random answer probabilities near one half",
      mstep: "weighted shares of yes answers, and weights",
    },
    {
      model: "a mixture of exponentials for machine lifetimes",
      hidden: "which failure mode $z_i$ each machine had",
      init: "e.g. rates from the short and the long lifetimes",
      mstep: "weighted mean lifetimes, inverted as rates, and weights",
    },
  ],
  prompt: 'An interviewer says: *"Walk me through the EM algorithm for {{model}}."* Give a structured answer.',
  parts: [
    {
      id: "steps",
      prompt: "Put the steps of a good answer in order.",
      input: "order",
      steps: [
        {
          id: "model",
          label: "State the model and what is hidden ({{hidden}}), and why direct MLE is hard: the log-likelihood is a log of a sum.",
        },
        { id: "init", label: "Initialise the parameters, {{init}}." },
        {
          id: "e-step",
          label: "E-step: with the current parameters, compute the posterior of the hidden variables (the responsibilities $r_{ik}$).",
        },
        {
          id: "m-step",
          label: "M-step: maximise the expected complete-data log-likelihood, i.e. a weighted MLE using the responsibilities ({{mstep}}).",
        },
        {
          id: "check",
          label: "Compute the observed-data log-likelihood; stop when it rises by less than a tolerance, otherwise go back to the E-step.",
        },
        {
          id: "caveats",
          label:
            "Add the properties: the log-likelihood never decreases, but EM reaches a local maximum, so use several starts and keep the best.",
        },
      ],
      hints: [
        "An answer starts with *why* EM is needed before *how* it works.",
        "The E-step needs parameters to compute a posterior, and the convergence check needs both steps done.",
      ],
    },
  ],
  solution: [
    "1. **Model and motivation:** the observed log-likelihood $\\ell(\\theta) = \\sum_i \\log \\sum_k \\pi_k\\, p(x_i \\mid \\theta_k)$ has a sum inside the log; with the labels it would be an easy MLE.",
    "2. **Initialise** $\\theta^{(0)}$ ({{init}}).",
    "3. **E-step:** $r_{ik} = \\dfrac{\\pi_k\\, p(x_i \\mid \\theta_k)}{\\sum_j \\pi_j\\, p(x_i \\mid \\theta_j)}$.",
    "4. **M-step:** $\\theta^{(t+1)} = \\arg\\max_\\theta \\sum_i \\sum_k r_{ik} \\log\\big[\\pi_k\\, p(x_i \\mid \\theta_k)\\big]$, here {{mstep}}, e.g. $\\pi_k = N_k/n$.",
    "5. **Check convergence** on $\\ell(\\theta^{(t+1)}) - \\ell(\\theta^{(t)})$ and loop.",
    "6. **Properties:** monotone ascent, local optimum, restarts; and, if asked, the lower-bound (ELBO) view that justifies it.",
  ].join("\n\n"),
});

export const conceptVsWhenDirectOptimisation = defineConcept({
  id: "concept-vs-when-direct-optimisation",
  title: "Latent variables, yet no EM?",
  topic: "mle-vs-em",
  difficulty: "hard",
  tags: ["mle-vs-em", "gradient-ascent", "autodiff", "generalised-em", "when-to-use"],
  source:
    "Bishop (2006), PRML §5.6 (mixture density networks) and §9.4; Salakhutdinov, Roweis & Ghahramani (2003), Optimization with EM and expectation-conjugate-gradient, ICML; Meng & Rubin (1993), Maximum likelihood estimation via the ECM algorithm, Biometrika 80",
  scenarios: [
    { model: "A mixture model of customer behaviour" },
    { model: "A latent-class model of survey answers" },
    { model: "A mixture model of sensor readings" },
  ],
  prompt:
    "{{model}} has latent variables that can be summed out, so its observed-data log-likelihood can be written down and differentiated.",
  parts: [
    {
      id: "answer",
      prompt:
        "In which situations would you prefer to maximise that log-likelihood directly (gradient or quasi-Newton methods, e.g. with automatic differentiation) rather than with EM? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "tied-parameters",
          correct: true,
          label:
            "The components share parameters through a nonlinear link, so the M-step becomes a coupled optimisation with no closed form.",
          explanation:
            "Then each EM iteration needs an inner numerical optimiser and loses its main appeal; optimising the observed log-likelihood directly is often simpler and no slower.",
        },
        {
          id: "guaranteed-ascent",
          correct: false,
          label: "You need every iteration to be guaranteed not to lower the log-likelihood, with nothing to tune.",
          explanation:
            "That is an argument *for* EM: its monotone ascent needs no step size or line search, whereas a gradient step can overshoot unless tuned.",
        },
        {
          id: "well-separated",
          correct: false,
          label: "The components are well separated, so the hidden labels carry little missing information.",
          explanation:
            "Little missing information is when EM is fast (its rate is the missing fraction) and its closed-form steps shine; it is not a reason to leave EM.",
        },
        {
          id: "no-closed-m-step",
          correct: true,
          label: "The M-step has no closed form, so every EM iteration would contain its own inner optimisation.",
          explanation:
            "EM's appeal is a cheap, closed-form M-step. Without it, generalised EM or ECM still work, but optimising the log-likelihood directly is often simpler and no slower.",
        },
        {
          id: "high-missing-information",
          correct: true,
          label: "The hidden variables carry most of the information (heavily overlapping components), so EM crawls near the optimum.",
          explanation:
            "EM's linear rate is governed by the fraction of missing information; when it is near 1, quasi-Newton or conjugate-gradient methods converge much faster (Salakhutdinov et al., 2003).",
        },
        {
          id: "inside-network",
          correct: true,
          label: "The mixture is the output layer of a neural network trained end to end by gradient descent.",
          explanation:
            "A mixture density network has its mixture parameters computed by the network, so there is no closed-form M-step; its log-likelihood is simply backpropagated (Bishop, 2006, §5.6).",
        },
        {
          id: "intractable-posterior",
          correct: false,
          label: "The posterior of the latent variables is intractable.",
          explanation:
            "Then the observed-data likelihood, which has the same normaliser, is intractable too, so it cannot be maximised directly either; that calls for variational EM or Monte Carlo EM, not plain gradient ascent.",
        },
        {
          id: "keep-constraints",
          correct: false,
          label: "You need the weights and variances to stay valid at every step without any reparameterisation.",
          explanation:
            "That is an argument *for* EM: its M-step returns valid weights and positive variances automatically, while gradient steps need softmax and log reparameterisations or projections.",
        },
      ],
      hints: [
        "What makes EM attractive in the first place? Which situations remove that advantage?",
        "If you cannot compute the posterior of the latent variables, can you compute the likelihood whose gradient you would follow?",
      ],
    },
  ],
  solution: [
    "EM shines when the E-step is exact and cheap and the M-step is a closed-form weighted MLE: no step sizes, constraints for free, monotone ascent. Direct optimisation of",
    "$$\\ell(\\theta) = \\sum_i \\log \\sum_z p(x_i, z \\mid \\theta)$$",
    "is preferable when that advantage disappears: the **M-step needs its own optimiser** (generalised EM / ECM are the EM-side answers), **EM is slow** because much information is missing, or the model is **trained end to end** by gradient descent (mixture density networks, mixtures inside deep models).",
    "Parameters tied through a nonlinear link are a case of the first point. An intractable posterior does not favour direct optimisation: the likelihood is then intractable as well, and the tools are variational EM, Monte Carlo EM or sampling. Keeping constraints automatically, monotone ascent with nothing to tune, and fast convergence on well-separated components are EM's strengths, not reasons to leave it.",
  ].join("\n\n"),
});

export const conceptVsStandardErrors = defineConcept({
  id: "concept-vs-standard-errors",
  title: "Standard errors after Newton and after EM",
  topic: "mle-vs-em",
  difficulty: "hard",
  tags: ["mle-vs-em", "standard-errors", "fisher-information", "missing-information", "louis"],
  source:
    "Louis (1982), Finding the observed information matrix when using the EM algorithm, JRSS B 44; Meng & Rubin (1991), Using EM to obtain asymptotic variance-covariance matrices: the SEM algorithm, JASA 86; Little & Rubin (2019), Statistical Analysis with Missing Data, ch. 9; McCullagh & Nelder (1989), Generalized Linear Models, §2.5",
  scenarios: [
    { logistic: "customer churn", mixture: "customers' spend" },
    { logistic: "loan default", mixture: "loan amounts" },
    { logistic: "hospital readmission", mixture: "blood-test values" },
    { logistic: "email opens", mixture: "reading times" },
  ],
  prompt:
    "You fitted a logistic regression of {{logistic}} by IRLS and a Gaussian mixture of {{mixture}} by EM. Now the interviewer asks for standard errors of the estimates.",
  parts: [
    {
      id: "answer",
      prompt: "Which statement is right?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "louis-sem",
          correct: true,
          label: "IRLS has them from $(X^\\top W X)^{-1}$; EM needs Louis's formula, SEM, a numerical Hessian or a bootstrap.",
          explanation:
            "Newton-type methods compute the curvature they need for their steps; EM avoids it, which is part of its simplicity and why its standard errors cost extra.",
        },
        {
          id: "extra-step-short",
          correct: true,
          label: "Newton-type fits already have the curvature; EM's need extra work.",
          explanation:
            "IRLS uses the information matrix $X^\\top W X$ at every step, so its inverse is at hand; EM never forms the observed-data Hessian, which must be computed afterwards (Louis, 1982; SEM; numerically; bootstrap).",
        },
        {
          id: "observed-information",
          correct: true,
          label: "After EM the observed information must be computed separately, e.g. by Louis's formula.",
          explanation:
            "Louis (1982): observed information $=$ expected complete information $-$ missing information, computable from EM's own quantities. IRLS has its information matrix already.",
        },
        {
          id: "irls-none-either",
          correct: false,
          label: "IRLS gives no standard errors either, because its weights change at every step; both fits need the bootstrap.",
          explanation:
            "At convergence the weights are fixed at $\\hat p_i(1 - \\hat p_i)$, and $(X^\\top W X)^{-1}$ is the usual estimate of $\\mathrm{Var}(\\hat\\beta)$; the bootstrap is an option, not a necessity.",
        },
        {
          id: "posterior-sd",
          correct: false,
          label: "For EM, the E-step's posterior gives each parameter's standard deviation directly, as in a Bayesian fit.",
          explanation:
            "The E-step's posterior is over the hidden labels, not over the parameters; it carries no standard error for $\\theta$.",
        },
        {
          id: "both-output",
          correct: false,
          label: "Both algorithms return the inverse Hessian of the observed log-likelihood as a by-product of their iterations.",
          explanation:
            "Only the Newton-type method does. EM's steps use the expected complete-data log-likelihood and never the observed-data Hessian.",
        },
        {
          id: "complete-information",
          correct: false,
          label: "For EM, use the complete-data information from the last M-step, as if the responsibilities were known labels.",
          explanation:
            "That overstates the precision: observed information $=$ complete information $-$ missing information (Louis, 1982), and ignoring the missing part makes the standard errors too small.",
        },
        {
          id: "no-standard-errors",
          correct: false,
          label: "EM estimates have no standard errors at all, because EM only ever finds local maxima of the likelihood.",
          explanation:
            "At a (local) maximum of the likelihood, the usual asymptotic theory applies: the inverse observed information estimates the variance. It just has to be computed separately.",
        },
        {
          id: "responsibility-variance",
          correct: false,
          label: "For EM, the standard error of each parameter is the standard deviation of the responsibilities.",
          explanation:
            "The responsibilities describe uncertainty about each point's label, not about the parameters; their spread is not a standard error of anything.",
        },
      ],
      hints: [
        "Which of the two algorithms computes second derivatives of the log-likelihood on its way?",
        "If you treated the responsibilities as known labels, would you be claiming more or less information than you have?",
      ],
    },
  ],
  solution: [
    "**IRLS / Newton:** each step uses the information matrix; at convergence $\\widehat{\\mathrm{Var}}(\\hat\\beta) = (X^\\top W X)^{-1}$ with $W = \\mathrm{diag}(\\hat p_i (1 - \\hat p_i))$, and the standard errors are the square roots of its diagonal.",
    "**EM:** the observed information is not computed. Louis (1982) gives it from complete-data quantities; at the MLE,",
    "$$I_{\\text{obs}}(\\hat\\theta) = \\mathbb{E}\\big[I_{\\text{complete}} \\mid x\\big] - \\mathrm{Var}\\big[S_{\\text{complete}} \\mid x\\big],$$",
    "complete information minus missing information. Alternatives: SEM (Meng & Rubin, 1991), which reads the missing-information fraction off EM's own convergence rate; a numerical Hessian of $\\ell$ at $\\hat\\theta$; or the bootstrap. Using the complete-data information alone makes the standard errors too small.",
  ].join("\n\n"),
});

export const VERSUS_ADVANCED_CONCEPTS = [
  conceptVsGlobalVsLocal,
  conceptVsKmeansLimit,
  conceptVsEmVsGradient,
  conceptVsMapEm,
  conceptVsMapRemovesSingularities,
  conceptVsExplainEmOrder,
  conceptVsWhenDirectOptimisation,
  conceptVsStandardErrors,
];
