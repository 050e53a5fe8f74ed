/**
 * MLE vs EM side by side (content map 9), the core contrasts: labelled vs unlabelled data, one step vs
 * alternating steps, the same target (EM computes an MLE), k-means vs EM, and the classic interview
 * question "MLE or EM, and why?" with a model answer.
 */
import type { ChoiceOption } from "../../choice";
import { defineConcept, type ConceptChoicePart } from "../../concept";

export const conceptVsMleOrEmClassic = defineConcept({
  id: "concept-vs-mle-or-em-classic",
  title: "The classic: “MLE or EM, and why?”",
  topic: "mle-vs-em",
  difficulty: "easy",
  tags: ["mle-vs-em", "interview", "latent-variable", "model-answer"],
  source:
    "Bishop (2006), PRML §9.2–9.4; Hastie, Tibshirani & Friedman (2009), ESL §8.5; Dempster, Laird & Rubin (1977), Maximum likelihood from incomplete data via the EM algorithm, JRSS B 39",
  scenarios: [
    { asker: "An interviewer", job: "a model" },
    { asker: "A hiring manager", job: "a customer-segmentation model" },
    { asker: "A panel interviewer", job: "a model of sensor readings" },
    { asker: "A senior data scientist", job: "a churn model" },
  ],
  prompt: '{{asker}} asks: *"Would you use MLE or EM to fit {{job}}, and why?"*',
  parts: [
    {
      id: "answer",
      prompt: "Which answer would you give?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "em-computes-mle",
          correct: true,
          label: "Not either/or: EM computes an MLE when data are hidden; with complete data I maximise directly. EM needs restarts.",
          explanation:
            "This answer names the real distinction (complete vs incomplete data), places EM correctly as an optimiser of the same likelihood, and mentions its main caveat, local optima.",
        },
        {
          id: "em-is-how",
          correct: true,
          label: "EM is how I compute the MLE when something is hidden; otherwise I maximise directly.",
          explanation:
            "The real distinction is complete vs incomplete data: EM is an optimiser of the same likelihood, used when latent variables or missing values put a sum inside the log.",
        },
        {
          id: "depends-on-hidden",
          correct: true,
          label: "It depends on whether anything is unobserved: direct MLE for complete data, EM for latent or missing data.",
          explanation:
            "Right criterion: with nothing hidden the likelihood is maximised directly (closed form or Newton); with hidden variables EM maximises the same likelihood, from several starts because it finds a local maximum.",
        },
        {
          id: "em-faster-default",
          correct: false,
          label:
            "EM, because it converges faster than direct maximisation and never needs a closed form, so it is the safer default everywhere.",
          explanation:
            "EM converges only linearly, often more slowly than Newton-type methods, and with complete data it is pointless: it reproduces the closed form in one step.",
        },
        {
          id: "em-unbiased",
          correct: false,
          label: "EM, because the MLE is biased in small samples and EM averages over the hidden variables, which removes that bias.",
          explanation:
            "EM targets exactly the same maximum-likelihood estimate, bias included; averaging over the hidden variables is how it climbs the likelihood, not a bias correction.",
        },
        {
          id: "em-when-iterative",
          correct: false,
          label: "MLE when the score equations have a closed form, EM whenever they must be solved iteratively, as in logistic regression.",
          explanation:
            "Logistic regression has nothing hidden: it is fitted by Newton / IRLS, an iterative MLE. Iterating is not the criterion for EM; a hidden variable is.",
        },
        {
          id: "em-global",
          correct: false,
          label: "EM, because it is more general than MLE and always finds the global maximum of the likelihood, wherever it starts.",
          explanation:
            "EM only guarantees that the likelihood never decreases; it converges to a stationary point, often a local maximum that depends on the start. And it is not more general than MLE: it computes one.",
        },
        {
          id: "em-bayesian",
          correct: false,
          label: "MLE, because EM is a Bayesian method that needs a prior on the parameters before it can compute anything.",
          explanation:
            "EM maximises a likelihood and needs no prior; a prior is optional (MAP-EM). The E-step's posterior is over the hidden variables, not over the parameters.",
        },
        {
          id: "sample-size",
          correct: false,
          label: "EM for small samples and MLE for large ones, because EM regularises the estimate towards the E-step's posterior.",
          explanation:
            "Sample size is not the criterion and EM does not regularise: it targets exactly the maximum-likelihood estimate. The criterion is whether something is unobserved.",
        },
        {
          id: "gaussian-or-not",
          correct: false,
          label: "MLE when the data are Gaussian and EM for every other distribution, since only the Gaussian has closed forms.",
          explanation:
            "The distribution family is not the criterion: Poisson regression is plain MLE, while a mixture of Gaussians needs EM. What matters is a hidden variable.",
        },
      ],
      hints: [
        "Is EM an alternative *estimator* to MLE, or a way of *computing* one?",
        "What property of the data decides between maximising the likelihood directly and using EM?",
      ],
    },
  ],
  solution: [
    '**Model answer.** "They are not rivals: EM is an algorithm for finding a maximum-likelihood (or MAP) estimate. If the data are complete, I maximise the likelihood directly: in closed form for a normal, Poisson or multinomial, or with Newton / IRLS for logistic regression. If the model has latent variables or missing data (mixture labels, HMM states, unrecorded values), the observed log-likelihood',
    "$$\\ell(\\theta) = \\sum_i \\log \\sum_{z} p(x_i, z \\mid \\theta)$$",
    'has a sum inside the log and no closed form, but the complete-data problem is easy. Then I use EM: the E-step computes the posterior of the hidden variables, the M-step a weighted complete-data MLE, repeated until the log-likelihood stops rising. Each iteration never lowers the likelihood, but it converges to a local maximum, so I use several initialisations and keep the best."',
    "Bonus points: mention the trade-offs (EM needs no step size and respects constraints, but converges linearly) and the k-means connection (hard assignments).",
  ].join("\n\n"),
});

export const conceptVsEmIsAnAlgorithm = defineConcept({
  id: "concept-vs-em-is-an-algorithm",
  title: "Is EM a different estimator?",
  topic: "mle-vs-em",
  difficulty: "medium",
  tags: ["mle-vs-em", "true-false", "stationary-point", "estimator-vs-algorithm"],
  source:
    "Dempster, Laird & Rubin (1977), JRSS B 39, §3; Wu (1983), On the convergence properties of the EM algorithm, Annals of Statistics 11; Bishop (2006), PRML §9.4",
  scenarios: [
    { who: "A candidate", model: "a Gaussian mixture" },
    { who: "A colleague", model: "a hidden Markov model" },
    { who: "A blog post", model: "a model with missing values" },
    { who: "A textbook exercise", model: "a mixture of Poissons" },
  ],
  prompt:
    '{{who}} says: *"EM is a different estimator from MLE: on the same model and data, say {{model}}, it converges to a different answer from the MLE."*',
  parts: [
    {
      id: "answer",
      prompt: "True or false?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "false-same-target",
          correct: true,
          label: "False: because EM climbs the same likelihood; at its global maximum EM's answer *is* the MLE.",
          explanation:
            "EM is an optimisation algorithm, not an estimator. Any difference from the MLE comes from stopping at a local maximum or a saddle point, not from a different criterion.",
        },
        {
          id: "false-short",
          correct: true,
          label: "False: because EM is an algorithm, not an estimator.",
          explanation:
            "EM computes a maximum-likelihood estimate: its fixed points are stationary points of the observed-data likelihood. It differs from the MLE only when it stops at a local maximum.",
        },
        {
          id: "false-local-only",
          correct: true,
          label: "False: because EM can differ from the MLE only by stopping at a local maximum of the same likelihood.",
          explanation:
            "Same objective, different route: each EM iteration never lowers $\\ell(\\theta)$, and a run that reaches the global maximum returns the MLE itself.",
        },
        {
          id: "true-lower-bound",
          correct: false,
          label:
            "True: because EM maximises a lower bound on the likelihood, so its answer always lies strictly below the MLE's likelihood.",
          explanation:
            "The bound is made tight at every E-step, so EM's fixed points are stationary points of the likelihood itself; it can end exactly at the MLE.",
        },
        {
          id: "true-map",
          correct: false,
          label: "True: because EM's E-step brings in a prior over the parameters, so what it returns is a MAP estimate, not the MLE.",
          explanation:
            "Plain EM uses no prior: its E-step is a posterior over the hidden variables given the parameters. MAP-EM exists, but only if you add a prior on purpose.",
        },
        {
          id: "true-q",
          correct: false,
          label: "True: because EM maximises the expected complete-data log-likelihood $Q$, not the observed-data likelihood.",
          explanation:
            "$Q(\\theta \\mid \\theta^{\\text{old}})$ is a surrogate rebuilt at every iteration; raising it raises the observed log-likelihood, and EM's fixed points are stationary points of that log-likelihood.",
        },
        {
          id: "true-posterior-mean",
          correct: false,
          label: "True: because EM returns the posterior mean of the parameters, averaged over the hidden variables, not their maximiser.",
          explanation:
            "EM returns a point that maximises (locally) the likelihood. The posterior it computes is over the hidden variables $z$, never over the parameters $\\theta$.",
        },
        {
          id: "false-always-identical",
          correct: false,
          label: "False: because EM and MLE always give identical answers, whatever the starting point of the iterations.",
          explanation:
            "Right verdict, wrong reason: EM can stop at different local maxima from different starts, and only the best of them is the MLE.",
        },
      ],
      hints: [
        "Which function does each EM iteration provably increase?",
        "If EM and a perfect global optimiser both maximise that same function, where can their answers differ?",
      ],
    },
  ],
  solution: [
    "EM is a way to *compute* a maximum-likelihood estimate. Each iteration maximises $Q(\\theta \\mid \\theta^{(t)}) = \\mathbb{E}_{z \\mid x, \\theta^{(t)}}[\\log p(x, z \\mid \\theta)]$, and Dempster, Laird & Rubin (1977) show this never lowers",
    "$$\\ell(\\theta) = \\log p(x \\mid \\theta).$$",
    "At a fixed point $\\nabla \\ell = 0$, so EM stops at a stationary point of the same likelihood a direct maximiser would use (Wu, 1983, gives the conditions). The statement is **false**: EM's answer is the MLE whenever it reaches the global maximum, and differs only when it stops at a local maximum or saddle, which is why several starts are used.",
  ].join("\n\n"),
});

type Side = "direct" | "em" | "both" | "neither";

/** The two methods' labels have the same length on purpose: the options are shared, so length must not point to a key. */
const SIDE_LABELS: Record<Side, string> = {
  direct: "Direct MLE: complete data, closed form",
  em: "EM: incomplete data, a hidden variable",
  both: "Both",
  neither: "Neither",
};

function sidePart(id: string, statement: string, right: Side, why: Record<Side, string>, hints: readonly string[]): ConceptChoicePart {
  const options: ChoiceOption[] = (Object.keys(SIDE_LABELS) as Side[]).map((side) => ({
    id: side,
    label: SIDE_LABELS[side],
    correct: side === right,
    explanation: why[side],
  }));
  return { id, prompt: `*${statement}*`, input: "choice", options, hints };
}

export const conceptVsSideBySide = defineConcept({
  id: "concept-vs-side-by-side",
  title: "MLE vs EM: which one does this describe?",
  topic: "mle-vs-em",
  difficulty: "medium",
  tags: ["mle-vs-em", "match", "closed-form", "alternating-steps", "map"],
  source: "Bishop (2006), PRML §2.3.4, §9.2.2 and §9.4; Murphy (2012), MLAPP §11.4",
  scenarios: [
    {
      direct: "each sex's mean and variance of adult height, with every person's sex recorded",
      em: "the same two-component normal mixture with nobody's sex recorded",
    },
    {
      direct: "each segment's mean spend, with every customer's segment recorded",
      em: "a mixture of segments fitted to customers whose segments were never recorded",
    },
    {
      direct: "each species' mean petal length, with every flower's species recorded",
      em: "a two-species mixture fitted to petal lengths from unlabelled flowers",
    },
    {
      direct: "each machine's Poisson defect rate, with every batch's machine recorded",
      em: "a Poisson mixture fitted to defect counts whose machine was not recorded",
    },
  ],
  prompt:
    "Compare a direct maximum-likelihood fit with a closed form (here: {{direct}}) and EM (here: {{em}}). For each statement, pick which of them it describes.",
  parts: [
    sidePart(
      "needs-labels",
      "Needs every label or hidden value to be observed.",
      "direct",
      {
        direct: "The closed forms are per-group averages and counts: they can only be computed when every label is recorded.",
        em: "EM exists precisely for the case where labels are not observed: it replaces them by their posterior probabilities.",
        both: "EM does not need the labels; only the direct closed-form fit does.",
        neither: "The direct closed-form fit does need them: without labels you cannot split the data into groups to average.",
      },
      [
        "Which method would you choose *because* the labels are missing?",
        "What does a closed-form per-component mean need to know about each point?",
      ],
    ),
    sidePart(
      "alternates",
      "Alternates between a posterior over hidden quantities and a weighted maximisation.",
      "em",
      {
        direct: "A closed-form MLE is a single computation on the data; there is no hidden quantity to take a posterior over.",
        em: "That is EM: the E-step computes the posterior of the hidden variables, the M-step a weighted complete-data MLE, in turn until convergence.",
        both: "Only EM alternates: the direct fit is one computation on complete data, with no posterior to update.",
        neither: "EM does exactly this: E-step (posterior) then M-step (weighted MLE).",
      },
      ["Which method has two named steps?", "What does the E in E-step stand for?"],
    ),
    sidePart(
      "same-target",
      "Targets the maximiser of the likelihood of the data actually observed.",
      "both",
      {
        direct: "EM targets it too: it is an algorithm for maximising the observed-data likelihood, not a different criterion.",
        em: "The direct fit targets it too: with complete data the observed data include the labels, and the closed form is the maximiser of their likelihood.",
        both: "Both are maximum likelihood: the direct fit reaches the maximiser in one step, EM climbs towards it iteratively.",
        neither: "Both are maximum-likelihood methods; they differ in how the maximiser is computed, not in what it is.",
      },
      ["Is EM an estimator of its own or a way of computing one?", "What does each method maximise?"],
    ),
    sidePart(
      "depends-on-start",
      "The answer can depend on the starting values.",
      "em",
      {
        direct: "A closed form has no starting values: the same data always give the same answer.",
        em: "EM converges to a stationary point near where it starts, often a local maximum, so different starts can give different answers.",
        both: "Only EM has starting values; a closed form is computed, not iterated.",
        neither: "EM's answer does depend on its start: the mixture likelihood has several local maxima.",
      },
      ["Which method needs an initial guess at all?", "Can the mixture likelihood have more than one local maximum?"],
    ),
    sidePart(
      "map",
      "Becomes a MAP estimate by adding a log-prior to what it maximises.",
      "both",
      {
        direct: "EM can do it too: MAP-EM adds $\\log p(\\theta)$ to the M-step's objective and leaves the E-step unchanged.",
        em: "A direct fit can do it too: e.g. a Beta prior turns $k/n$ into $(k + a - 1)/(n + a + b - 2)$.",
        both: "Either way, maximising $\\log p(x \\mid \\theta) + \\log p(\\theta)$ gives the MAP estimate; in EM only the M-step changes.",
        neither: "Both can: a prior adds $\\log p(\\theta)$ to the objective of the direct fit or to EM's M-step.",
      },
      [
        "A MAP estimate maximises likelihood times prior. Which of the two methods could include an extra $\\log p(\\theta)$ term?",
        "In EM, which step maximises over $\\theta$?",
      ],
    ),
    sidePart(
      "hessian",
      "Uses the Hessian of the observed-data log-likelihood at every step.",
      "neither",
      {
        direct: "A closed form has no steps and needs no Hessian (it is useful afterwards, for standard errors).",
        em: "EM never forms the Hessian of the observed log-likelihood; that is one reason it needs no step size but also why it gives no standard errors for free.",
        both: "Neither does: that describes Newton's method (or IRLS), a third way to compute an MLE.",
        neither:
          "Right: that is Newton's method or IRLS, used when the data are complete but the score equations are nonlinear (logistic regression).",
      },
      ["Which algorithm for an MLE does use second derivatives at every iteration?", "Is that algorithm one of the two being compared?"],
    ),
  ],
  solution: [
    "| statement | answer |\n|---|---|\n| needs every label observed | direct MLE |\n| alternates posterior and weighted maximisation | EM |\n| targets the maximiser of the observed-data likelihood | both |\n| answer can depend on the start | EM |\n| becomes MAP with a log-prior | both |\n| uses the Hessian every step | neither (Newton / IRLS) |",
    "The one-line summary: **same target, different route.** Direct MLE needs complete data and gives the global maximiser in one step when a closed form exists; EM handles hidden data by alternating an E-step, $r_{ik} = P(z_i = k \\mid x_i, \\theta)$, and a weighted M-step, and reaches a local maximum that depends on the start.",
  ].join("\n\n"),
});

export const conceptVsKmeansSoftHard = defineConcept({
  id: "concept-vs-kmeans-soft-hard",
  title: "EM for a Gaussian mixture vs k-means",
  topic: "mle-vs-em",
  difficulty: "easy",
  tags: ["mle-vs-em", "k-means", "soft-assignment", "hard-assignments", "gmm"],
  source: "Hastie, Tibshirani & Friedman (2009), ESL §14.3.6–14.3.7; Bishop (2006), PRML §9.1 and §9.3.2",
  scenarios: [
    { data: "customers' spending patterns" },
    { data: "pixel colours, to segment an image" },
    { data: "gene-expression profiles" },
    { data: "the locations of delivery addresses" },
  ],
  prompt: "You are clustering {{data}}. An interviewer asks how EM for a Gaussian mixture differs from k-means.",
  parts: [
    {
      id: "answer",
      prompt: "Which answer is right?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "soft-vs-hard",
          correct: true,
          label: "EM: soft responsibilities, weights, covariances. k-means: hard nearest-centre assignments.",
          explanation:
            "Soft vs hard assignment is the core difference; k-means is the limit of EM with shared spherical covariances shrinking to zero.",
        },
        {
          id: "soft-short",
          correct: true,
          label: "EM's assignments are soft probabilities; k-means' are hard.",
          explanation:
            "Soft vs hard assignment is the core difference; on top of it EM fits weights and covariances, and k-means is the limit of EM with shared spherical covariances shrinking to zero.",
        },
        {
          id: "soft-weighted",
          correct: true,
          label: "EM weights each point by its responsibility and fits covariances; k-means gives each point to one centre.",
          explanation:
            "EM's M-step uses every point with weight $r_{ik} \\in [0, 1]$ and estimates shapes and weights; k-means uses 0/1 weights and no covariances.",
        },
        {
          id: "kmeans-probabilities",
          correct: false,
          label: "k-means outputs a probability of membership for each point, while EM outputs only a single cluster index per point.",
          explanation: "The other way round: k-means gives a single index (a hard assignment), EM a responsibility for every component.",
        },
        {
          id: "em-no-init",
          correct: false,
          label: "EM needs no starting values because its E-step starts from the data, while k-means needs starting centres.",
          explanation:
            "The E-step needs current parameters to compute responsibilities, so EM needs initial values too; k-means is often used to provide them.",
        },
        {
          id: "objectives-swapped",
          correct: false,
          label: "k-means maximises a likelihood, while EM minimises the within-cluster sum of squared distances to the centres.",
          explanation:
            "The objectives are swapped: k-means minimises the within-cluster sum of squared distances, and EM maximises the mixture's likelihood.",
        },
        {
          id: "em-global",
          correct: false,
          label: "EM always finds the global optimum of its likelihood, while k-means can get stuck in a local one.",
          explanation:
            "Both are local methods: each can converge to a poor local optimum depending on the start, and both are usually run from several initialisations.",
        },
        {
          id: "em-chooses-k",
          correct: false,
          label: "k-means needs the number of clusters $K$ in advance, while EM works it out from the data as it goes.",
          explanation: "EM for a mixture also needs $K$; it is chosen from outside, e.g. by BIC or cross-validated likelihood.",
        },
        {
          id: "same-algorithm",
          correct: false,
          label: "They are the same algorithm under two names, one from statistics and one from machine learning.",
          explanation:
            "They share the alternating structure, but k-means uses hard assignments and no variances or weights; the two give different answers on overlapping or elongated clusters.",
        },
      ],
      hints: [
        "After one E-step, how much does a point halfway between two centres belong to each cluster under EM? Under k-means?",
        "Which parameters does EM estimate that k-means does not?",
      ],
    },
  ],
  solution: [
    "**k-means** alternates: assign each point to its nearest centre (hard, $r_{ik} \\in \\{0, 1\\}$), then move each centre to the mean of its points. It minimises $J = \\sum_i \\sum_k r_{ik} \\lVert x_i - \\mu_k \\rVert^2$.",
    "**EM for a Gaussian mixture** alternates: responsibilities $r_{ik} = \\pi_k \\mathcal{N}(x_i \\mid \\mu_k, \\Sigma_k) / \\sum_j \\pi_j \\mathcal{N}(x_i \\mid \\mu_j, \\Sigma_j) \\in [0, 1]$ (soft), then weighted means, covariances and weights. It maximises the likelihood.",
    "Both need $K$ and both find local optima. k-means is the limit of EM when every covariance is $\\epsilon I$, shared and fixed, and $\\epsilon \\to 0$ (Bishop, 2006, §9.3.2); that is why k-means often initialises EM.",
  ].join("\n\n"),
});

export const conceptVsLabelsKnownOneStep = defineConcept({
  id: "concept-vs-labels-known-one-step",
  title: "Running EM when the labels are known",
  topic: "mle-vs-em",
  difficulty: "easy",
  tags: ["mle-vs-em", "complete-data", "one-step", "gmm"],
  source: "Bishop (2006), PRML §9.2.2 and §9.3.1; Hastie, Tibshirani & Friedman (2009), ESL §8.5.1",
  scenarios: [
    { data: "adult heights", label: "sex", labels: "sexes", group: "female", person: "person" },
    { data: "customers' yearly spend", label: "segment", labels: "segments", group: "premium", person: "customer" },
    { data: "petal lengths", label: "species", labels: "species", group: "setosa", person: "flower" },
    { data: "daily returns", label: "market regime", labels: "regimes", group: "calm", person: "day" },
  ],
  prompt:
    'You have {{data}} **and** each {{person}}\'s recorded {{label}}. A colleague fits the two-component normal mixture with EM anyway, giving it the recorded {{labels}} as the values of the "hidden" label.',
  parts: [
    {
      id: "answer",
      prompt: "What happens?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "one-step",
          correct: true,
          label: "The E-step returns the recorded {{labels}} with probability 1, so EM stops after one step at the labelled MLE.",
          explanation:
            "With $z_i$ observed the responsibilities are 0 or 1 and fixed, so EM reduces to the one-step complete-data MLE; further iterations change nothing.",
        },
        {
          id: "one-step-short",
          correct: true,
          label: "It converges in one iteration, to the labelled closed-form MLE.",
          explanation:
            "With $z_i$ observed the responsibilities are 0 or 1 and never change, so the first M-step gives the per-group proportions, means and variances, and the next iteration changes nothing.",
        },
        {
          id: "fixed-responsibilities",
          correct: true,
          label: "The responsibilities are the recorded 0/1 labels, so EM returns the per-group MLE and stays there.",
          explanation:
            "A recorded label's posterior is a point mass: the M-step is then the complete-data MLE, and further iterations reproduce it exactly.",
        },
        {
          id: "oscillates",
          correct: false,
          label:
            "EM oscillates between the recorded {{labels}} and its own soft assignments, so it never converges and must be stopped by hand.",
          explanation: "With the labels recorded the E-step returns them every time; nothing competes with them, and EM converges at once.",
        },
        {
          id: "variance-collapse",
          correct: false,
          label: "Each iteration sharpens the variances further, because the labels are certain, until one of them collapses to zero.",
          explanation:
            "Fixed responsibilities give the same M-step every time: the per-group variances are the usual complete-data MLEs, computed once and never shrunk further.",
        },
        {
          id: "local-optimum",
          correct: false,
          label: "EM converges to a local optimum that can differ from the labelled MLE, depending on where it starts.",
          explanation:
            "With the labels fixed nothing depends on the start: the responsibilities never change, and the M-step gives the unique complete-data MLE.",
        },
        {
          id: "better-uncertainty",
          correct: false,
          label: "EM gives a better estimate than the labelled MLE because it accounts for uncertainty about each {{person}}'s {{label}}.",
          explanation:
            "There is no uncertainty about a recorded {{label}}. EM would only add value if the labels were missing or noisy (and noisy labels need a different model).",
        },
        {
          id: "needs-random-responsibilities",
          correct: false,
          label: "EM cannot run: it needs random initial responsibilities, and the labels leave nothing to initialise.",
          explanation:
            "EM starts from parameters (or from responsibilities); with the labels recorded the E-step simply returns them, so it runs and stops after one iteration.",
        },
        {
          id: "ignores-labels",
          correct: false,
          label: "EM ignores the labels and clusters the {{data}}, so it estimates something else entirely.",
          explanation:
            "Only if the colleague throws the labels away: then EM fits the unlabelled mixture, a harder problem with less information. Fed the labels, EM uses them.",
        },
      ],
      hints: [
        "What is $P(z_i = \\text{{{group}}} \\mid x_i, z_i = \\text{{{group}}})$?",
        "If the responsibilities are 0 or 1 and never change, what does the M-step compute?",
      ],
    },
  ],
  solution: [
    "With labels, the complete-data log-likelihood $\\sum_i \\big[\\log \\pi_{z_i} + \\log \\mathcal{N}(x_i \\mid \\mu_{z_i}, \\sigma^2_{z_i})\\big]$ is maximised in **one step**:",
    "$$\\hat\\pi_k = \\frac{n_k}{n}, \\qquad \\hat\\mu_k = \\frac{1}{n_k}\\sum_{i: z_i = k} x_i, \\qquad \\hat\\sigma_k^2 = \\frac{1}{n_k}\\sum_{i: z_i = k}(x_i - \\hat\\mu_k)^2.$$",
    "EM with observed labels has responsibilities $r_{ik} = \\mathbb{1}[z_i = k]$, so its M-step is exactly this, and the next E-step returns the same responsibilities: it converges after one iteration to the same answer. Direct MLE is one step; EM's alternation is only needed when the labels are hidden.",
  ].join("\n\n"),
});

export const conceptVsWhatEmMaximises = defineConcept({
  id: "concept-vs-what-em-maximises",
  title: "Which function does EM maximise?",
  topic: "mle-vs-em",
  difficulty: "medium",
  tags: ["mle-vs-em", "observed-likelihood", "complete-data", "q-function"],
  source:
    "Bishop (2006), PRML §9.4; Neal & Hinton (1998), A view of the EM algorithm that justifies incremental, sparse, and other variants; Hastie, Tibshirani & Friedman (2009), ESL §8.5.2",
  scenarios: [
    { model: "a Gaussian mixture", z: "each point's component" },
    { model: "a hidden Markov model", z: "the state sequence" },
    { model: "a bivariate normal with missing values", z: "the unrecorded entries" },
    { model: "a latent class model of survey answers", z: "each respondent's class" },
  ],
  prompt:
    "EM is fitting {{model}}. Write $x$ for the observed data, $z$ for the hidden variables ({{z}}) and $\\theta$ for the parameters.",
  parts: [
    {
      id: "answer",
      prompt: "Which function is EM an algorithm for maximising?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "observed",
          correct: true,
          label: "$\\ell(\\theta) = \\log \\sum_z p(x, z \\mid \\theta)$, raised at every M-step through the surrogate $Q$.",
          explanation: "The same objective as a direct MLE. $Q$ is a means to that end, rebuilt at every iteration.",
        },
        {
          id: "observed-short",
          correct: true,
          label: "The observed-data log-likelihood $\\log p(x \\mid \\theta)$.",
          explanation:
            "The same objective as a direct MLE. Each M-step maximises the surrogate $Q$, which guarantees that $\\log p(x \\mid \\theta)$ does not decrease.",
        },
        {
          id: "marginal",
          correct: true,
          label: "The log-likelihood of what was observed, with $z$ summed out.",
          explanation:
            "That is $\\log p(x \\mid \\theta) = \\log \\sum_z p(x, z \\mid \\theta)$; $Q$ is only a means to raise it, rebuilt at every iteration.",
        },
        {
          id: "uniform-elbo",
          correct: false,
          label: "The evidence lower bound for one fixed distribution over $z$, chosen uniform before the first iteration.",
          explanation:
            "EM updates the distribution over $z$ at every E-step to the current posterior, which makes the bound touch $\\log p(x \\mid \\theta)$; a fixed $q$ gives a loose bound with a different maximiser.",
        },
        {
          id: "best-filling",
          correct: false,
          label: "$\\max_z \\log p(x, z \\mid \\theta)$, the complete-data log-likelihood at the best filling-in of the hidden variables.",
          explanation:
            "Maximising over $z$ instead of averaging is hard-assignment (classification) EM, a different objective; EM sums over $z$ with posterior weights.",
        },
        {
          id: "complete",
          correct: false,
          label: "The complete-data log-likelihood $\\log p(x, z \\mid \\theta)$, with $z$ set to its true, unknown values.",
          explanation:
            "It cannot be evaluated because $z$ is unknown; EM maximises its *expectation* under the posterior of $z$ in each M-step, as a step towards maximising $\\log p(x \\mid \\theta)$.",
        },
        {
          id: "fixed-q",
          correct: false,
          label: "The function $Q(\\theta \\mid \\theta^{(0)})$ built once from the starting values and then maximised to convergence.",
          explanation:
            "$Q$ changes at every iteration as $\\theta^{\\text{old}}$ moves; maximising the first $Q$ once is a single EM step, not the EM answer.",
        },
        {
          id: "label-posterior",
          correct: false,
          label: "The posterior probability of the hidden variables, $p(z \\mid x, \\theta)$, maximised over $z$ at each step.",
          explanation:
            "The E-step computes that posterior; it does not maximise it over $z$ (picking the best $z$ is hard-assignment EM, as in k-means).",
        },
        {
          id: "distortion",
          correct: false,
          label: "The negative sum of squared distances from each observation to the centre of the cluster it is assigned to.",
          explanation:
            "That is the k-means objective, which EM for a Gaussian mixture approaches only in the limit of vanishing, shared spherical variances.",
        },
      ],
      hints: [
        "Which of these can you compute without knowing $z$?",
        "$Q(\\theta \\mid \\theta^{\\text{old}})$ is maximised in each M-step; what does that buy for the function of $\\theta$ alone?",
      ],
    },
  ],
  solution: [
    "EM maximises the **observed-data** log-likelihood, the same function as a direct MLE:",
    "$$\\ell(\\theta) = \\log \\sum_z p(x, z \\mid \\theta) = \\underbrace{\\mathbb{E}_{q}[\\log p(x, z \\mid \\theta)] + H(q)}_{\\mathcal{L}(q, \\theta)} + \\mathrm{KL}\\big(q \\,\\Vert\\, p(z \\mid x, \\theta)\\big).$$",
    "The E-step sets $q(z) = p(z \\mid x, \\theta^{\\text{old}})$, making the bound $\\mathcal{L}$ touch $\\ell$; the M-step maximises $Q(\\theta \\mid \\theta^{\\text{old}}) = \\mathbb{E}_q[\\log p(x, z \\mid \\theta)]$, which raises $\\mathcal{L}$ and therefore $\\ell$. The complete-data log-likelihood needs $z$, and maximising it over $z$ is hard EM; the posterior of $z$ is an intermediate result; the distortion is k-means; a fixed $q$ gives a loose bound.",
  ].join("\n\n"),
});

export const conceptVsTrueStatements = defineConcept({
  id: "concept-vs-true-statements",
  title: "Grade the candidate's claims",
  topic: "mle-vs-em",
  difficulty: "medium",
  tags: ["mle-vs-em", "interview", "monotonicity", "local-optimum"],
  source: "Dempster, Laird & Rubin (1977), JRSS B 39, §3; Bishop (2006), PRML §9.2 and §9.4; Murphy (2012), MLAPP §11.3 and §11.4",
  scenarios: [
    { who: "A candidate", where: "in an interview" },
    { who: "A colleague", where: "in a design review" },
    { who: "A student", where: "in an exam answer" },
  ],
  prompt: "{{who}} makes five claims about MLE and EM {{where}}.",
  parts: [
    {
      id: "answer",
      prompt: "Which claims are correct? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "restarts",
          correct: true,
          label: "Because EM can stop at a local maximum, it is run from several starts and the best log-likelihood is kept.",
          explanation:
            "Standard practice: EM guarantees ascent, not a global maximum, so several initialisations (e.g. k-means++ seeds) are compared by their final log-likelihood.",
        },
        {
          id: "e-step-posterior",
          correct: true,
          label: "The E-step computes the posterior of the hidden variables under the current parameters.",
          explanation:
            "That is the E-step: $p(z \\mid x, \\theta^{\\text{old}})$, e.g. the responsibilities of a mixture, which weight the M-step's complete-data MLE.",
        },
        {
          id: "needs-prior",
          correct: false,
          label: "EM needs a prior on the parameters, since its E-step computes a posterior.",
          explanation:
            "The E-step's posterior is over the hidden variables given the parameters, by Bayes' rule within the model; no prior on the parameters is needed (adding one gives MAP-EM).",
        },
        {
          id: "different-estimator",
          correct: false,
          label: "EM and direct maximisation define different estimators, so they disagree even at the global maximum.",
          explanation:
            "They maximise the same observed-data likelihood; at its global maximum both give the MLE. They can disagree only when EM stops at a local maximum.",
        },
        {
          id: "quadratic",
          correct: false,
          label: "Near the maximum EM converges quadratically, like Newton's method.",
          explanation:
            "EM converges linearly, at a rate set by the fraction of missing information (Dempster, Laird & Rubin, 1977); quadratic convergence is Newton's.",
        },
        {
          id: "same-target",
          correct: true,
          label: "EM and direct maximisation target the same quantity: the maximiser of the observed-data likelihood.",
          explanation: "EM is an algorithm for computing an MLE; its fixed points are stationary points of the observed-data likelihood.",
        },
        {
          id: "monotone",
          correct: true,
          label: "Each EM iteration never decreases the observed-data log-likelihood.",
          explanation:
            "That is EM's defining guarantee (Dempster, Laird & Rubin, 1977): the E-step makes the lower bound tight and the M-step raises it.",
        },
        {
          id: "global",
          correct: false,
          label: "Because the likelihood rises at every step, EM is guaranteed to reach the global maximum.",
          explanation:
            "Rising at every step only means it climbs to *some* stationary point; a mixture likelihood has several local maxima, and which one EM reaches depends on the start.",
        },
        {
          id: "needs-labels",
          correct: false,
          label: "EM needs labelled training data to compute the responsibilities.",
          explanation:
            "The responsibilities are computed from the current parameters and the unlabelled data by Bayes' rule; EM exists for the case where labels are missing.",
        },
        {
          id: "unnecessary",
          correct: true,
          label: "With complete data and a closed-form MLE, EM is unnecessary.",
          explanation:
            "With nothing hidden the E-step is trivial and EM reproduces the closed form in one iteration; you may as well compute it directly.",
        },
      ],
      hints: [
        "Separate what EM guarantees (the direction of each step) from what it does not (where it ends up).",
        "What does EM do with data that are already complete?",
      ],
    },
  ],
  solution: [
    "Correct: **same target** (EM computes an MLE), **monotone** ($\\ell(\\theta^{(t+1)}) \\ge \\ell(\\theta^{(t)})$) and **unnecessary with complete data** (the E-step returns the known labels and EM stops after one step).",
    "Also correct: EM is **run from several starts** for that reason, and its **E-step computes the posterior** of the hidden variables.",
    "Wrong: monotone ascent does not imply a global maximum: the mixture log-likelihood $\\sum_i \\log \\sum_k \\pi_k \\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2)$ is not concave and EM stops at a stationary point near its start. And EM does not need labels or a prior on the parameters; it replaces the labels by posteriors computed with Bayes' rule. It targets the same estimator as direct maximisation, and it converges linearly, not quadratically.",
  ].join("\n\n"),
});

export const conceptVsIterativeForDifferentReasons = defineConcept({
  id: "concept-vs-iterative-for-different-reasons",
  title: "Both iterate, for different reasons",
  topic: "mle-vs-em",
  difficulty: "medium",
  tags: ["mle-vs-em", "logistic", "newton", "gmm", "concavity", "local-optimum"],
  source:
    "Bishop (2006), PRML §4.3.3 (IRLS) and §9.2; Hastie, Tibshirani & Friedman (2009), ESL §4.4.1 and §8.5; Murphy (2012), MLAPP §8.3 and §11.3.2",
  scenarios: [
    { logistic: "whether each customer churns", mixture: "customers' spend with unrecorded segments" },
    { logistic: "whether each loan defaults", mixture: "loan amounts from two unrecorded kinds of borrower" },
    { logistic: "whether each patient is readmitted", mixture: "blood-test values from unrecorded healthy and ill patients" },
    { logistic: "whether each email is opened", mixture: "reading times from unrecorded skimmers and readers" },
  ],
  prompt:
    "A logistic regression of {{logistic}} (fitted by Newton's method) and a Gaussian mixture of {{mixture}} (fitted by EM) are both fitted iteratively.",
  parts: [
    {
      id: "answer",
      prompt: "What is the real difference between the two situations?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "nonlinear-vs-hidden",
          correct: true,
          label: "Logistic: nonlinear equations, concave, global maximum. Mixture: hidden labels, not concave, local maxima.",
          explanation:
            "Same word, *iterative*, for two different reasons, and with two different guarantees: global for the concave logistic problem, local for the mixture.",
        },
        {
          id: "reason-short",
          correct: true,
          label: "One iterates because of nonlinear equations, the other because of hidden labels.",
          explanation:
            "Logistic regression has nothing hidden and a concave log-likelihood, so Newton finds the global maximum when one exists; the mixture iterates because its labels are hidden, and its log-likelihood is not concave.",
        },
        {
          id: "concavity-guarantee",
          correct: true,
          label: "The logistic model hides nothing and is concave; the mixture hides its labels and is not concave.",
          explanation:
            "Same word, *iterative*, for two reasons and two guarantees: global for the concave logistic problem (when a maximum exists), only local for the mixture.",
        },
        {
          id: "both-concave-slow",
          correct: false,
          label:
            "Both log-likelihoods are concave, but EM converges more slowly, so it is usually stopped before it reaches the global maximum.",
          explanation:
            "The mixture log-likelihood is not concave: relabelling alone gives $K!$ equal maxima, and there are often worse local maxima. Slowness is a separate issue.",
        },
        {
          id: "newton-is-em",
          correct: false,
          label:
            "Newton's method for logistic regression is EM in disguise, with the fitted probabilities as its E-step and IRLS as its M-step.",
          explanation:
            "IRLS is Newton's method on a fully observed likelihood: its weights come from the curvature, not from a posterior over hidden variables. There is no E-step.",
        },
        {
          id: "neither-concave",
          correct: false,
          label: "Neither log-likelihood is concave, so both methods may stop at local maxima and both need several starts.",
          explanation:
            "The logistic log-likelihood is concave: its Hessian $-X^\\top W X$ with $W = \\mathrm{diag}(p_i(1 - p_i))$ is negative semi-definite, so every local maximum is global.",
        },
        {
          id: "logistic-latent",
          correct: false,
          label:
            "Logistic regression has a latent variable too, the probability $p_i$, which Newton estimates alongside $\\beta$ at each step.",
          explanation:
            "$p_i = \\sigma(x_i^\\top\\beta)$ is a deterministic function of the parameters, not a hidden random variable; there is no posterior to compute.",
        },
        {
          id: "second-derivatives",
          correct: false,
          label: "Newton finds the global maximum because it uses second derivatives, which EM never computes.",
          explanation:
            "Second derivatives speed up convergence near a maximum; they do not make it global. Newton on the mixture likelihood can also end at a local maximum: concavity, not the algorithm, gives the guarantee.",
        },
        {
          id: "both-global",
          correct: false,
          label: "Both reach the global maximum if they are run for long enough; only their speed of convergence differs.",
          explanation:
            "More iterations only bring EM closer to the stationary point it is already heading for; if that is a local maximum, it stays there.",
        },
      ],
      hints: [
        "Is anything unobserved in logistic regression?",
        "Which of the two log-likelihoods is concave, and what does concavity say about local maxima?",
      ],
    },
  ],
  solution: [
    "**Logistic regression:** everything is observed, but the score equations $\\sum_i (y_i - \\sigma(x_i^\\top\\beta))x_i = 0$ are nonlinear, so Newton's method (IRLS) iterates. The Hessian $-X^\\top W X$ is negative semi-definite, so the log-likelihood is concave and any maximum found is global (under perfect separation no finite maximum exists).",
    "**Gaussian mixture:** the labels are hidden and",
    "$$\\ell(\\theta) = \\sum_i \\log \\sum_k \\pi_k\\, \\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2)$$",
    "is not concave (relabelling the components alone gives $K!$ equal maxima, and there are often genuinely worse local maxima). EM iterates because of the hidden labels, and it guarantees only ascent to a stationary point.",
  ].join("\n\n"),
});

export const VERSUS_BASIC_CONCEPTS = [
  conceptVsMleOrEmClassic,
  conceptVsEmIsAnAlgorithm,
  conceptVsSideBySide,
  conceptVsKmeansSoftHard,
  conceptVsLabelsKnownOneStep,
  conceptVsWhatEmMaximises,
  conceptVsTrueStatements,
  conceptVsIterativeForDifferentReasons,
];
