/**
 * Concept questions on topic 5 of the content map, "why labels matter": complete- vs observed-data
 * likelihood, the sum inside the log, latent variables as a modelling device, missing-data mechanisms.
 */
import { defineConcept } from "../../concept";
import type { QuestionTemplate } from "../../types";
import { sharedOptions, type SharedOption } from "./em-shared-options";

const LIKELIHOOD_NAMES: readonly SharedOption[] = [
  {
    id: "observed",
    label: "The observed-data log-likelihood $\\ell(\\theta)$",
    meaning:
      "The observed-data log-likelihood is $\\sum_i \\log p(x_i \\mid \\theta)$, with the unknown label summed out inside the log and no responsibilities anywhere.",
  },
  {
    id: "complete",
    label: "The complete-data log-likelihood",
    meaning:
      "The complete-data log-likelihood picks each point's true component with the 0/1 indicator $z_{ik}$, so it can only be computed when the labels are known.",
  },
  {
    id: "q-function",
    label: "The expected complete-data log-likelihood $Q(\\theta \\mid \\theta^{(t)})$ of EM",
    meaning:
      "$Q(\\theta \\mid \\theta^{(t)})$ replaces each indicator $z_{ik}$ by its posterior expectation $r_{ik}$ and has no $\\log r_{ik}$ term.",
  },
  {
    id: "elbo",
    label: "The evidence lower bound $\\mathcal L(q, \\theta)$",
    meaning:
      "The lower bound is $Q$ plus the entropy of the responsibilities, so it has $r_{ik}$ inside the log as well as in front of it.",
  },
  {
    id: "kl",
    label: "A Kullback–Leibler divergence between the responsibilities and a posterior",
    meaning:
      "A KL divergence compares two distributions over the label, such as the responsibilities and the posterior at $\\theta$; it is never negative and is the gap between $\\ell$ and the bound, not a likelihood.",
  },
];

/** The component family varies with the seed; `f` is component k's density at point i (TeX). */
const MIXTURE_FAMILIES = [
  { family: "normal", f: "\\mathcal N(x_i \\mid \\mu_k, \\sigma_k^2)", theta: "(\\mu_k, \\sigma_k^2)" },
  { family: "Poisson", f: "\\mathrm{Pois}(x_i \\mid \\lambda_k)", theta: "\\lambda_k" },
  { family: "exponential", f: "\\lambda_k e^{-\\lambda_k x_i}", theta: "\\lambda_k" },
  { family: "general", f: "f_k(x_i \\mid \\theta_k)", theta: "\\theta_k" },
] as const;

const MIXTURE_SETUP =
  "A mixture of $K$ {{family}} components has weights $\\pi_k$ and component densities ${{f}}$ with parameters ${{theta}}$, $k = 1, \\dots, K$. Let $z_{ik} = 1$ if point $i$ came from component $k$ and 0 otherwise, and let $r_{ik} = P(z_{ik} = 1 \\mid x_i, \\theta^{(t)})$ be the responsibilities at the current parameters $\\theta^{(t)}$. Name each expression (a function of $\\theta$).";

const conceptCompleteVsObserved = defineConcept({
  id: "concept-complete-vs-observed-likelihood",
  title: "Four log-likelihoods of a mixture, by name",
  topic: "why-labels-matter",
  difficulty: "medium",
  tags: ["complete-data", "observed-data", "q-function", "elbo"],
  source: "Bishop (2006), Pattern Recognition and Machine Learning, §9.3 and §9.4",
  scenarios: MIXTURE_FAMILIES,
  prompt: MIXTURE_SETUP,
  parts: [
    {
      id: "sum-inside-log",
      prompt: "$$\\sum_{i=1}^n \\log \\sum_{k=1}^K \\pi_k\\, {{f}}$$",
      input: "choice",
      options: sharedOptions(
        LIKELIHOOD_NAMES,
        "observed",
        "This expression sums over every possible label inside the log: it is the observed-data log-likelihood, the quantity both MLE and EM maximise.",
      ),
      hints: [
        "Ask of each expression: does it need the true labels, the responsibilities, or neither?",
        "A log of a sum over $k$ means the label was summed out: nothing about it is known or guessed.",
      ],
    },
    {
      id: "indicators",
      prompt: "$$\\sum_{i=1}^n \\sum_{k=1}^K z_{ik} \\big[\\log \\pi_k + \\log {{f}}\\big]$$",
      input: "choice",
      options: sharedOptions(
        LIKELIHOOD_NAMES,
        "complete",
        "This expression uses the 0/1 indicators $z_{ik}$, one component per point: it is the complete-data log-likelihood, available only when the labels are observed.",
      ),
      hints: [
        "The $z_{ik}$ are 0 or 1: what must you know to evaluate them?",
        "With known labels the log applies to one term per point, so there is no sum inside it.",
      ],
    },
    {
      id: "weighted",
      prompt: "$$\\sum_{i=1}^n \\sum_{k=1}^K r_{ik} \\big[\\log \\pi_k + \\log {{f}}\\big]$$",
      input: "choice",
      options: sharedOptions(
        LIKELIHOOD_NAMES,
        "q-function",
        "This expression weights each component's complete-data term by the responsibility $r_{ik}$: it is $Q(\\theta \\mid \\theta^{(t)})$, the function the M-step maximises.",
      ),
      hints: [
        "Compare with the previous expression: what took the place of $z_{ik}$?",
        "$r_{ik} = \\mathbb E[z_{ik} \\mid x_i, \\theta^{(t)}]$, so this is an expectation of the complete-data log-likelihood.",
      ],
    },
    {
      id: "bound",
      prompt: "$$\\sum_{i=1}^n \\sum_{k=1}^K r_{ik} \\log \\frac{\\pi_k\\, {{f}}}{r_{ik}}$$",
      input: "choice",
      options: sharedOptions(
        LIKELIHOOD_NAMES,
        "elbo",
        "This expression is $Q$ plus the entropy $-\\sum_{i,k} r_{ik} \\log r_{ik}$: it is the evidence lower bound, which equals $\\ell$ at $\\theta^{(t)}$ and is never above it (Jensen's inequality).",
      ),
      hints: [
        "Split the log of the ratio into two sums: one is the previous expression, what is the other?",
        "$-\\sum_k r_{ik} \\log r_{ik}$ is an entropy; Jensen's inequality puts the whole expression below $\\ell(\\theta)$.",
      ],
    },
  ],
  solution: [
    "With labels known, the **complete-data** log-likelihood is $\\sum_i \\sum_k z_{ik}[\\log \\pi_k + \\log f_k(x_i \\mid \\theta_k)]$: one term per point, no sum inside the log, closed-form MLEs.",
    "Without labels, the **observed-data** log-likelihood is $\\ell(\\theta) = \\sum_i \\log \\sum_k \\pi_k f_k(x_i \\mid \\theta_k)$: the label is summed out inside the log.",
    "EM's E-step replaces each $z_{ik}$ by $r_{ik} = \\mathbb E[z_{ik} \\mid x_i, \\theta^{(t)}]$, giving $Q(\\theta \\mid \\theta^{(t)}) = \\sum_i \\sum_k r_{ik}[\\log \\pi_k + \\log f_k(x_i \\mid \\theta_k)]$.",
    "Adding the entropy of the responsibilities gives the **lower bound** $\\mathcal L(r, \\theta) = \\sum_i \\sum_k r_{ik} \\log \\dfrac{\\pi_k f_k(x_i \\mid \\theta_k)}{r_{ik}}$, and",
    "$$\\ell(\\theta) = \\mathcal L(r, \\theta) + \\sum_i \\mathrm{KL}\\big(r_{i\\cdot} \\,\\|\\, p(z_i \\mid x_i, \\theta)\\big),$$",
    "so the bound lies below $\\ell$ and touches it at $\\theta = \\theta^{(t)}$, where the responsibilities are the exact posterior.",
  ].join("\n\n"),
});

const conceptLogOfSum = defineConcept({
  id: "concept-log-of-sum-consequences",
  title: "What the sum inside the log does",
  topic: "why-labels-matter",
  difficulty: "medium",
  tags: ["gmm", "log-of-sum", "multimodal", "singularity"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2.1; Hastie, Tibshirani & Friedman (2009), The Elements of Statistical Learning, §8.5.1",
  prompt:
    "For a two-component 1-D Gaussian mixture with all five parameters unknown, the observed-data log-likelihood is\n\n$$\\ell(\\theta) = \\sum_{i=1}^n \\log \\big[\\pi\\, \\mathcal N(x_i \\mid \\mu_1, \\sigma_1^2) + (1 - \\pi)\\, \\mathcal N(x_i \\mid \\mu_2, \\sigma_2^2)\\big].$$",
  parts: [
    {
      id: "consequences",
      prompt: "Which of these are consequences of the sum sitting inside the log? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "weights-are-responsibilities",
          correct: true,
          label:
            "In $\\partial \\ell / \\partial \\mu_1$ each point is weighted by its posterior probability of coming from component 1, the quantity EM calls a responsibility.",
          explanation:
            "Differentiating $\\log(a + b)$ gives $a'/(a + b)$, and $a/(a + b) = \\pi \\mathcal N_1 / (\\pi \\mathcal N_1 + (1 - \\pi) \\mathcal N_2)$ is Bayes' rule for the label: the score is a responsibility-weighted sum, which is why EM's M-step looks like a weighted MLE.",
        },
        {
          id: "separates",
          correct: false,
          label: "Taking logs separates $\\ell$ into one sum per component, so each component's parameters can be fitted on their own.",
          explanation:
            "That is true of the complete-data log-likelihood, where the log applies to one component per point. Here the log applies to the sum over components, and $\\log(a + b)$ does not split into $\\log a + \\log b$.",
        },
        {
          id: "nearest-mean",
          correct: false,
          label:
            "The MLE of $\\mu_1$ is the mean of the points that lie closer to $\\mu_1$ than to $\\mu_2$, found by alternating assignments.",
          explanation:
            "That is k-means, a hard-assignment method. At the MLE, $\\hat\\mu_1$ is a weighted mean of all the points, each weighted by its posterior probability of coming from component 1.",
        },
        {
          id: "relabellings-only",
          correct: false,
          label:
            "Every local maximum of $\\ell$ is a relabelling of the same fit, so any start of an optimiser leads to an equally good answer.",
          explanation:
            "Label switching produces equal maxima, but overlapping or oddly shaped data also create genuinely different local maxima with lower $\\ell$; that is why EM is run from several starts.",
        },
        {
          id: "coupled",
          correct: true,
          label:
            "Setting $\\partial \\ell / \\partial \\mu_1 = 0$ gives an equation that involves every parameter, so there is no closed-form solution.",
          explanation:
            "The derivative of $\\log(a + b)$ is $a'/(a + b)$: each point's term is weighted by $\\pi \\mathcal N_1 / (\\pi \\mathcal N_1 + (1 - \\pi) \\mathcal N_2)$, which depends on all five parameters. The score equations are fixed-point equations, and EM is one way to iterate them.",
        },
        {
          id: "multimodal",
          correct: true,
          label:
            "$\\ell$ can have several local maxima, and swapping the two components' parameters (with $\\pi \\leftrightarrow 1 - \\pi$) leaves its value unchanged.",
          explanation:
            "A log of a sum is not concave in general: the label symmetry alone gives two equal maxima, and overlapping data can create further, genuinely different local maxima.",
        },
        {
          id: "unbounded",
          correct: true,
          label:
            "$\\ell$ has no global maximum: putting $\\mu_1$ on a data point and letting $\\sigma_1 \\to 0$ sends $\\ell$ to $+\\infty$.",
          explanation:
            "That point's term grows like $\\log \\big(\\pi / \\sqrt{2\\pi\\sigma_1^2}\\big) \\to \\infty$ while the second component keeps every other point's term finite. With a single normal the other points' terms would fall to $-\\infty$ instead, which is why one normal has no such singularity.",
        },
        {
          id: "concave",
          correct: false,
          label: "The log makes $\\ell$ concave in the means, so any stationary point is the global maximum.",
          explanation:
            "The log of a sum of Gaussians is not concave in the means: the two labellings give two humps with a dip between them, so a stationary point can be a saddle or a merely local maximum.",
        },
        {
          id: "not-differentiable",
          correct: false,
          label: "$\\ell$ is not differentiable, so gradient methods cannot be used and EM is the only option.",
          explanation:
            "Each term is the log of a positive smooth function, so $\\ell$ is differentiable wherever the variances are positive. Gradient ascent and Newton's method work (with care for the constraints); EM is convenient, not the only option.",
        },
      ],
      hints: [
        "Differentiate $\\log(a + b)$ with respect to a parameter that appears only in $a$.",
        "Then ask what happens if the two components swap labels, and if one component shrinks onto a single data point.",
      ],
    },
  ],
  solution: [
    "The sum over the hidden label inside the log has three consequences.",
    "1. **No closed form.** $\\dfrac{\\partial \\ell}{\\partial \\mu_1} = \\sum_i w_i \\dfrac{x_i - \\mu_1}{\\sigma_1^2}$ with $w_i = \\dfrac{\\pi \\mathcal N(x_i \\mid \\mu_1, \\sigma_1^2)}{\\pi \\mathcal N(x_i \\mid \\mu_1, \\sigma_1^2) + (1-\\pi) \\mathcal N(x_i \\mid \\mu_2, \\sigma_2^2)}$; the weights depend on every parameter. Freezing them at the current values and solving is exactly EM's M-step: $\\mu_1 = \\sum_i w_i x_i / \\sum_i w_i$.",
    "2. **Several maxima.** Relabelling the components leaves $\\ell$ unchanged, so maxima come at least in pairs; with overlapping data there can be other local maxima too.",
    "3. **Unboundedness.** With $\\mu_1 = x_j$ and $\\sigma_1 \\to 0$, point $j$'s density is at least $\\pi / \\sqrt{2\\pi\\sigma_1^2} \\to \\infty$, while the second component keeps the others positive, so $\\ell \\to +\\infty$. The useful MLE is a local maximum in the interior.",
    "$\\ell$ is still smooth and is not concave, so gradient methods apply but find local maxima only, as EM does.",
  ].join("\n\n"),
});

const conceptLabelledMixture = defineConcept({
  id: "concept-labelled-mixture-mle",
  title: "A mixture whose labels were recorded",
  topic: "why-labels-matter",
  difficulty: "easy",
  tags: ["gmm", "complete-data", "labels"],
  source: "Bishop (2006), Pattern Recognition and Machine Learning, §9.3.1",
  scenarios: [
    {
      story: "A biologist measures the wing lengths of $n$ flies from two species and **records the species** of each fly",
      group: "species",
      units: "flies",
      measure: "wing length",
    },
    {
      story: "A shop measures the monthly spend of $n$ customers in two loyalty tiers and **records the tier** of each customer",
      group: "tier",
      units: "customers",
      measure: "monthly spend",
    },
    {
      story: "A teacher collects the exam scores of $n$ students from two schools and **records the school** of each student",
      group: "school",
      units: "students",
      measure: "exam score",
    },
    {
      story:
        "A fishery measures the lengths of $n$ fish from two age classes and **records the age class** of each fish (read from its scales)",
      group: "age class",
      units: "fish",
      measure: "length",
    },
  ],
  prompt:
    "{{story}}: $n_1$ in {{group}} 1 and $n_2 = n - n_1$ in {{group}} 2. The model for {{measure}} is $\\pi\\, \\mathcal N(\\mu_1, \\sigma_1^2) + (1 - \\pi)\\, \\mathcal N(\\mu_2, \\sigma_2^2)$.",
  parts: [
    {
      id: "estimate",
      prompt: "How should $(\\pi, \\mu_1, \\sigma_1^2, \\mu_2, \\sigma_2^2)$ be estimated by maximum likelihood?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "em-short",
          correct: false,
          label: "Run EM with two components.",
          explanation:
            "With the {{group}} recorded there is nothing hidden: the likelihood factorises and has a closed-form maximum, so no iteration is needed.",
        },
        {
          id: "single-normal",
          correct: false,
          label: "Fit one normal to all the {{units}}.",
          explanation:
            "A single normal ignores the recorded {{group}} and cannot recover two components; with labels each {{group}} gets its own mean and variance.",
        },
        {
          id: "split",
          correct: true,
          label:
            "$\\hat\\pi = n_1 / n$, and per {{group}}: the mean and the divide-by-$n_k$ variance of its own {{units}}, with no iteration.",
          explanation:
            "With the labels observed, the complete-data log-likelihood splits into a binomial term for $\\pi$ and one normal term per {{group}}, each maximised in closed form.",
        },
        {
          id: "split-short",
          correct: true,
          label: "Fit each {{group}} separately in closed form; $\\hat\\pi$ is the share in {{group}} 1.",
          explanation:
            "Right: the recorded {{group}} removes the sum from inside the log, so the likelihood factorises into the proportion $n_1/n$ and one ordinary normal MLE (mean, divide-by-$n_k$ variance) per {{group}}. No iteration is needed.",
        },
        {
          id: "pooled-variance",
          correct: false,
          label:
            "$\\hat\\pi = n_1/n$ and per-{{group}} means, but one variance pooled over all the {{units}}, as a mixture's MLE always pools.",
          explanation:
            "The model gives each component its own $\\sigma_k^2$, and with labels $\\sigma_1^2$ appears only in {{group}} 1's terms, so its MLE is that {{group}}'s own divide-by-$n_1$ variance. Pooling is right only if the model assumes a common variance.",
        },
        {
          id: "em-initialised",
          correct: false,
          label: "Run EM started from the per-{{group}} means; the recorded labels only give it a good start and speed it up.",
          explanation:
            "Once the labels are recorded they are data, not a starting guess: the likelihood has no hidden part, and its maximum is the closed-form per-{{group}} fit. EM that re-guessed the labels would be maximising the wrong (unlabelled) likelihood.",
        },
        {
          id: "em-anyway",
          correct: false,
          label: "Run EM until the log-likelihood stops rising, because any model written as a mixture of two normals needs it.",
          explanation:
            "EM is needed only when the label is hidden. Here the species is recorded, so there is no sum inside the log; EM with the responsibilities fixed at the known 0/1 labels would stop after one M-step, at the closed-form answer.",
        },
        {
          id: "equal-weights",
          correct: false,
          label: "$\\hat\\pi = 1/2$ and per-{{group}} fits, because nothing is known about the weight before the data are seen.",
          explanation:
            "The labels are data about $\\pi$: the species counts are a binomial sample, whose MLE is the observed proportion $n_1 / n$.",
        },
        {
          id: "pooled-mean",
          correct: false,
          label: "$\\hat\\mu_1 = \\hat\\mu_2 = \\bar x$, the mean of all the {{units}}, since that maximises a normal likelihood.",
          explanation:
            "The pooled mean is the MLE of a single normal. With labels, $\\mu_1$ appears only in {{group}} 1's terms, so its MLE is the mean of {{group}} 1's {{units}}.",
        },
        {
          id: "n-minus-1",
          correct: false,
          label: "The same split by {{group}}, but each variance divides by $n_k - 1$, because that is the maximum-likelihood estimate.",
          explanation: "Dividing by $n_k - 1$ gives the unbiased estimator, not the MLE; the MLE of a normal variance divides by $n_k$.",
        },
      ],
      hints: [
        "With the {{group}} known, write the log-likelihood: is there still a sum inside a log?",
        "The log-likelihood separates into a part for $\\pi$ (the counts per {{group}}) and a part per {{group}} (the {{measure}}s).",
      ],
    },
  ],
  solution: [
    "With labels $z_i$ the complete-data log-likelihood is",
    "$$\\sum_{i} \\big[\\log \\pi_{z_i} + \\log \\mathcal N(x_i \\mid \\mu_{z_i}, \\sigma_{z_i}^2)\\big] = n_1 \\log \\pi + n_2 \\log(1 - \\pi) + \\sum_{i: z_i = 1} \\log \\mathcal N(x_i \\mid \\mu_1, \\sigma_1^2) + \\sum_{i: z_i = 2} \\log \\mathcal N(x_i \\mid \\mu_2, \\sigma_2^2).$$",
    "Each piece involves its own parameters only, so $\\hat\\pi = n_1/n$, $\\hat\\mu_k = \\tfrac{1}{n_k} \\sum_{i: z_i = k} x_i$ and $\\hat\\sigma_k^2 = \\tfrac{1}{n_k} \\sum_{i: z_i = k} (x_i - \\hat\\mu_k)^2$. This is why labels matter: EM exists to recover the same recipe with soft counts when they are missing.",
  ].join("\n\n"),
});

const conceptLatentDevice = defineConcept({
  id: "concept-latent-variable-device",
  title: "Must a latent variable be real?",
  topic: "why-labels-matter",
  difficulty: "hard",
  tags: ["latent-variable", "data-augmentation", "genetic-linkage"],
  source:
    "Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), §1; McLachlan & Krishnan (2008), The EM Algorithm and Extensions, Ch. 1",
  scenarios: [
    { example: "the sex of a person whose height we measured" },
    { example: "the species of a fish whose length we measured" },
    { example: "the topic of an article whose words we counted" },
    { example: "which of two coins produced a set of tosses" },
  ],
  prompt: "A colleague says: “A latent variable in EM must be something real that was not recorded, such as {{example}}.”",
  parts: [
    {
      id: "claim",
      prompt: "True or false, and why?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "false-device",
          correct: true,
          label:
            "False: because any $z$ with $\\sum_z p(x, z \\mid \\theta) = p(x \\mid \\theta)$ will do, even an invented one such as a split multinomial cell.",
          explanation:
            "EM only needs a complete-data model whose marginal is the observed model. Choosing that augmentation is a modelling device, and a good choice makes the M-step closed-form.",
        },
        {
          id: "false-marginal-only",
          correct: true,
          label: "False: because EM only needs a joint model whose marginal is the observed-data model.",
          explanation:
            "Right: the E-step uses $p(z \\mid x, \\theta)$ and the monotonicity proof uses only $p(x, z \\mid \\theta)$ and its marginal. Whether $z$ exists in the world never enters; data augmentation invents $z$ freely to make the complete-data MLE easy.",
        },
        {
          id: "true-changes-likelihood",
          correct: false,
          label:
            "True: because adding an invented variable changes the likelihood being maximised, so the EM estimate would no longer be the MLE of the observed-data model.",
          explanation:
            "If the invented $z$ sums out to the observed model, $\\sum_z p(x, z \\mid \\theta) = p(x \\mid \\theta)$, the observed-data likelihood is unchanged and EM climbs exactly it, so its fixed points are the same stationary points as for direct maximisation.",
        },
        {
          id: "false-only-mixtures",
          correct: false,
          label:
            "False: because EM is only defined for mixture models, where the latent variable is by definition the component label, real or not.",
          explanation:
            "EM covers much more than mixtures: censored and grouped data, factor analysis, hidden Markov models, the genetic-linkage split of a multinomial cell. The verdict is right but the reason is wrong.",
        },
        {
          id: "true-measured",
          correct: false,
          label:
            "True: because the E-step needs the true population distribution of a real quantity, which an invented variable can never have.",
          explanation:
            "The E-step needs only $p(z \\mid x, \\theta)$, which any augmentation defines through its joint model $p(x, z \\mid \\theta)$; whether $z$ exists in the world never enters the algebra.",
        },
        {
          id: "true-identifiable",
          correct: false,
          label:
            "True: because an invented variable can never be estimated from the data, so EM would have nothing to converge to and would wander.",
          explanation:
            "EM never estimates the latent values themselves, only their posterior, and its convergence is governed by the observed-data likelihood, which the augmentation leaves unchanged.",
        },
        {
          id: "false-continuous",
          correct: false,
          label:
            "False: because latent variables in EM must be continuous quantities, and a discrete label like this one cannot be latent.",
          explanation:
            "Latent variables can be discrete (mixture labels, HMM states) or continuous (factor scores). The verdict is right but the reason is wrong.",
        },
        {
          id: "false-no-latent",
          correct: false,
          label:
            "False: because EM does not use latent variables at all; it works only with missing data that were planned but not recorded.",
          explanation:
            "To EM, latent variables and missing data are the same thing: the part of the complete data that was not observed. The verdict is right but the reason is wrong.",
        },
      ],
      hints: [
        "What does EM need from the latent variable: its value in the world, or a joint model $p(x, z \\mid \\theta)$?",
        "Recall the genetic-linkage example: the cell with probability $\\tfrac12 + \\tfrac\\theta4$ is split into two sub-cells that nobody could ever observe.",
      ],
    },
  ],
  solution: [
    "EM needs a complete-data model $p(x, z \\mid \\theta)$ whose marginal is the model of what was observed:",
    "$$p(x \\mid \\theta) = \\sum_z p(x, z \\mid \\theta).$$",
    "Nothing requires $z$ to exist. Dempster, Laird and Rubin's first example splits the multinomial cell with probability $\\tfrac12 + \\tfrac\\theta4$ into two imaginary sub-cells with probabilities $\\tfrac12$ and $\\tfrac\\theta4$; the split count is the “missing data”, and with it the MLE of $\\theta$ is a binomial proportion. The same model can often be augmented in several ways; a good augmentation gives a closed-form M-step and, since less information is then missing, faster convergence.",
  ].join("\n\n"),
});

const MECHANISMS: readonly SharedOption[] = [
  {
    id: "mcar",
    label: "Missing completely at random (MCAR)",
    meaning: "MCAR means the chance of being missing depends on nothing in the data, observed or missing.",
  },
  {
    id: "mar",
    label: "Missing at random (MAR), but not MCAR",
    meaning:
      "MAR means the chance of being missing may depend on observed values (here, {{always}}) but not on the missing value once those are known.",
  },
  {
    id: "mnar",
    label: "Missing not at random (MNAR), non-ignorable",
    meaning: "MNAR means the chance of being missing depends on the missing value itself, even given the observed values.",
  },
  {
    id: "cannot-tell",
    label: "Cannot be classified: the data alone never reveal the mechanism",
    meaning:
      "It is true that the observed data cannot tell MAR from MNAR, which is why the mechanism is an assumption argued from how the data were collected; but this scenario says what the missingness depends on, so it can be classified.",
  },
];

const conceptMissingMechanisms = defineConcept({
  id: "concept-missing-data-mechanisms",
  title: "Missing-data mechanisms and what EM may ignore",
  topic: "why-labels-matter",
  difficulty: "medium",
  tags: ["missing-data", "mar", "mcar", "mnar", "ignorability"],
  source:
    "Rubin (1976), Biometrika 63(3), “Inference and missing data”; Little & Rubin (2019), Statistical Analysis with Missing Data, 3rd ed., §1.3 and Ch. 8",
  scenarios: [
    {
      setting: "A survey records each respondent's age (always answered) and income (sometimes missing).",
      always: "age",
      value: "income",
      values: "incomes",
      lost: "A box of paper forms, picked up without regard to their content, was lost before data entry.",
      lostWhy: "Losing forms regardless of their content",
      mar: "Older people skip the income question more often; among people of the same age, whether income is missing is unrelated to the income itself.",
      marShort: "older people skip the income question more often",
      mnar: "People with high incomes skip the question more often, even among people of the same age.",
      mnarShort: "high earners withholding their income",
    },
    {
      setting:
        "A clinical trial records each patient's baseline cholesterol (always measured) and cholesterol at week 12 (sometimes missing).",
      always: "baseline cholesterol",
      value: "week-12 cholesterol",
      values: "week-12 values",
      lost: "A freezer failure destroyed a batch of week-12 samples, picked out by nothing but where they happened to be stored.",
      lostWhy: "Losing samples by where they happened to be stored",
      mar: "Patients with high baseline cholesterol miss the week-12 visit more often; among patients with the same baseline, missing the visit is unrelated to the week-12 value itself.",
      marShort: "patients with high baseline cholesterol miss the visit more often",
      mnar: "Patients whose cholesterol rose by week 12 feel unwell and miss the visit more often, even among patients with the same baseline.",
      mnarShort: "patients missing the visit because their week-12 value was high",
    },
    {
      setting: "A weather station logs the hour of each reading (always recorded) and the temperature (sometimes missing).",
      always: "hour",
      value: "temperature",
      values: "temperatures",
      lost: "A network fault dropped random packets of readings, whatever they contained.",
      lostWhy: "Dropping packets whatever they contained",
      mar: "A battery saver skips readings more often at night; within the same hour, whether a reading is missing is unrelated to the temperature itself.",
      marShort: "readings are skipped more often at night",
      mnar: "The sensor overheats and drops its hottest readings, even among readings taken at the same hour.",
      mnarShort: "the sensor dropping readings because they were hot",
    },
    {
      setting: "A school records each student's grade from last year (always known) and score on this year's test (sometimes missing).",
      always: "last year's grade",
      value: "test score",
      values: "test scores",
      lost: "A bag holding a random bundle of marked tests was stolen before the scores were entered.",
      lostWhy: "Losing a random bundle of tests",
      mar: "Students with low grades last year miss the test more often; among students with the same grade, missing the test is unrelated to the score they would have got.",
      marShort: "students with low grades last year miss the test more often",
      mnar: "Students who would score badly stay home on test day more often, even among students with the same grade last year.",
      mnarShort: "students staying home because they would have scored badly",
    },
  ],
  prompt: "{{setting}} Classify each way the {{values}} could have gone missing, then decide what EM may ignore.",
  parts: [
    {
      id: "lost-forms",
      prompt: "{{lost}}",
      input: "choice",
      options: sharedOptions(MECHANISMS, "mcar", "{{lostWhy}} makes missingness independent of both {{always}} and {{value}}: MCAR."),
      hints: [
        "Does the chance that a value is lost depend on anything recorded, or on the value itself?",
        "MCAR: no dependence at all; MAR: only on observed values; MNAR: on the missing value itself.",
      ],
    },
    {
      id: "older-skip",
      prompt: "{{mar}}",
      input: "choice",
      options: sharedOptions(
        MECHANISMS,
        "mar",
        "Missingness depends on {{always}}, which is always observed, and not on the {{value}} once {{always}} is known: MAR, and not MCAR because it does depend on {{always}}.",
      ),
      hints: [
        "What does the chance of a missing {{value}} depend on, and is that variable observed?",
        "“At random” in MAR means random given the observed values, not random overall.",
      ],
    },
    {
      id: "rich-skip",
      prompt: "{{mnar}}",
      input: "choice",
      options: sharedOptions(MECHANISMS, "mnar", "Missingness depends on the unrecorded {{value}} itself, even given {{always}}: MNAR."),
      hints: [
        "Is the variable that drives the missingness observed for the people who skipped?",
        "If the missing value itself matters after conditioning on everything observed, the mechanism is not ignorable.",
      ],
    },
    {
      id: "ignore",
      prompt:
        "Under the scenario of the second part ({{marShort}}), you fit a joint model for ({{always}}, {{value}}) by EM using only the observed-data likelihood, with no model for why {{values}} are missing. True or false: this gives valid maximum-likelihood estimates?",
      input: "choice",
      options: [
        {
          id: "false-mnar",
          correct: false,
          label: "False: the data are MNAR.",
          explanation:
            "Here missingness depends on {{always}}, which is always observed, and not on the missing {{value}} itself: that is MAR, not MNAR.",
        },
        {
          id: "true-ignores-values",
          correct: false,
          label: "True: EM ignores the missing values.",
          explanation:
            "EM does not ignore the missing values: its E-step averages over their conditional distribution. What may be ignored under MAR is the mechanism that made them missing.",
        },
        {
          id: "true-ignorable",
          correct: true,
          label:
            "True: under MAR the missingness factor of the likelihood does not involve $\\theta$, so the observed-data likelihood alone gives the MLE.",
          explanation:
            "This is Rubin's ignorability: under MAR the joint likelihood of the observed values and the missingness indicators $R$ factors as $p(R \\mid x_{\\text{obs}}, \\psi)\\, p(x_{\\text{obs}} \\mid \\theta)$, and the first factor is constant in $\\theta$.",
        },
        {
          id: "true-ignorable-short",
          correct: true,
          label: "True: under MAR the mechanism is ignorable for likelihood inference.",
          explanation:
            "Right: with the mechanism's parameters distinct from $\\theta$, the factor $p(R \\mid x_{\\text{obs}}, \\psi)$ does not involve $\\theta$, so maximising the observed-data likelihood, as EM does, gives the MLE.",
        },
        {
          id: "false-need-mechanism",
          correct: false,
          label:
            "False: because EM must be given a model of why values go missing, or its E-step has no distribution to average the missing {{values}} over.",
          explanation:
            "The E-step averages over $p(x_{\\text{mis}} \\mid x_{\\text{obs}}, \\theta)$, which comes from the data model alone. A model of the mechanism is needed under MNAR, not under MAR.",
        },
        {
          id: "false-too-many",
          correct: false,
          label:
            "False: because with more than a few per cent of the {{values}} missing, EM's estimates are biased under any mechanism, MAR included.",
          explanation:
            "Validity under MAR does not depend on how much is missing: a larger missing fraction makes EM converge more slowly and the standard errors larger, but the MLE is still consistent.",
        },
        {
          id: "true-any",
          correct: false,
          label: "True: because EM gives valid maximum-likelihood estimates under any missingness mechanism, MNAR included.",
          explanation:
            "Under MNAR the missingness factor depends on the missing values and cannot be dropped; EM on the observed-data likelihood alone would then be biased, for example misjudging {{values}} that went missing because of their own size.",
        },
        {
          id: "true-mean-impute",
          correct: false,
          label:
            "True: because EM fills each missing {{value}} with the mean of the observed {{values}}, which keeps every estimate unbiased.",
          explanation:
            "That is mean imputation, which EM does not do and which shrinks the variance and the correlation. EM's E-step uses the conditional distribution of {{value}} given {{always}} under the current parameters.",
        },
        {
          id: "false-mcar",
          correct: false,
          label: "False: because EM needs the data to be MCAR; under MAR only an analysis of the complete cases gives valid estimates.",
          explanation:
            "It is the other way round: complete-case estimates of the income mean are biased unless the data are MCAR (here the complete cases are unrepresentative in {{always}}), while likelihood methods such as EM are valid under MAR.",
        },
        {
          id: "false-not-random",
          correct: false,
          label: "False: because the {{values}} are not missing at random when {{marShort}}.",
          explanation:
            "“Missing at random” is a technical term: missingness may depend on observed variables such as {{always}}. That is exactly MAR, the case in which the mechanism can be ignored.",
        },
      ],
      hints: [
        "Write the joint likelihood of the observed values and the missingness indicators $R$, and factor it.",
        "Under MAR, which factor contains the model parameters $\\theta$, and which only the mechanism's parameters?",
      ],
      show: 5,
    },
  ],
  solution: [
    "Rubin's three mechanisms, with $R$ the indicator of which values are missing:",
    "- **MCAR**: $p(R \\mid x_{\\text{obs}}, x_{\\text{mis}}) = p(R)$. The first part: {{lost}}",
    "- **MAR**: $p(R \\mid x_{\\text{obs}}, x_{\\text{mis}}) = p(R \\mid x_{\\text{obs}})$: missingness depends on {{always}}, which is observed.",
    "- **MNAR**: $R$ depends on $x_{\\text{mis}}$ itself: {{mnarShort}}.",
    "Under MAR, with the mechanism's parameters $\\psi$ distinct from $\\theta$, the likelihood factors as",
    "$$p(x_{\\text{obs}}, R \\mid \\theta, \\psi) = p(R \\mid x_{\\text{obs}}, \\psi) \\int p(x_{\\text{obs}}, x_{\\text{mis}} \\mid \\theta)\\, dx_{\\text{mis}},$$",
    "so maximising the observed-data likelihood over $\\theta$, which is what EM does, gives the MLE without modelling the mechanism. Under MNAR the mechanism must be modelled (a selection or pattern-mixture model), and the data alone cannot tell MAR from MNAR.",
  ].join("\n\n"),
});

/** Data sets for the two-coin question, with the answers worked out (EM run from (0.6, 0.5)). */
const TWO_COIN_DATA = [
  {
    heads: "5, 9, 8, 4 and 7",
    labels: "B, A, A, B, A",
    aSets: "sets 2, 3 and 5",
    bSets: "sets 1 and 4",
    aSum: "9 + 8 + 7",
    bSum: "5 + 4",
    aH: "24",
    aN: "30",
    bH: "9",
    bN: "20",
    aHat: "= 0.80",
    bHat: "= 0.45",
    aCount: "3",
    total: "33",
    pooled: "= 0.66",
    aAll: "= 0.48",
    bAll: "= 0.18",
    shareA: "0.60",
    shareB: "0.40",
    shareAFrac: "3/5",
    shareBFrac: "2/5",
    iter1: "(0.71, 0.58)",
    conv: "(0.80, 0.52)",
  },
  {
    heads: "8, 3, 9, 2 and 7",
    labels: "A, B, A, B, A",
    aSets: "sets 1, 3 and 5",
    bSets: "sets 2 and 4",
    aSum: "8 + 9 + 7",
    bSum: "3 + 2",
    aH: "24",
    aN: "30",
    bH: "5",
    bN: "20",
    aHat: "= 0.80",
    bHat: "= 0.25",
    aCount: "3",
    total: "29",
    pooled: "= 0.58",
    aAll: "= 0.48",
    bAll: "= 0.10",
    shareA: "0.60",
    shareB: "0.40",
    shareAFrac: "3/5",
    shareBFrac: "2/5",
    iter1: "(0.71, 0.43)",
    conv: "(0.80, 0.25)",
  },
  {
    heads: "6, 2, 3, 9 and 8",
    labels: "B, B, B, A, A",
    aSets: "sets 4 and 5",
    bSets: "sets 1, 2 and 3",
    aSum: "9 + 8",
    bSum: "6 + 2 + 3",
    aH: "17",
    aN: "20",
    bH: "11",
    bN: "30",
    aHat: "= 0.85",
    bHat: "\\approx 0.37",
    aCount: "2",
    total: "28",
    pooled: "= 0.56",
    aAll: "= 0.34",
    bAll: "= 0.22",
    shareA: "0.40",
    shareB: "0.60",
    shareAFrac: "2/5",
    shareBFrac: "3/5",
    iter1: "(0.69, 0.42)",
    conv: "(0.78, 0.28)",
  },
  {
    heads: "4, 8, 3, 9 and 6",
    labels: "B, A, B, A, A",
    aSets: "sets 2, 4 and 5",
    bSets: "sets 1 and 3",
    aSum: "8 + 9 + 6",
    bSum: "4 + 3",
    aH: "23",
    aN: "30",
    bH: "7",
    bN: "20",
    aHat: "\\approx 0.77",
    bHat: "= 0.35",
    aCount: "3",
    total: "30",
    pooled: "= 0.60",
    aAll: "= 0.46",
    bAll: "= 0.14",
    shareA: "0.60",
    shareB: "0.40",
    shareAFrac: "3/5",
    shareBFrac: "2/5",
    iter1: "(0.69, 0.50)",
    conv: "(0.80, 0.42)",
  },
  {
    heads: "7, 2, 9, 3 and 4",
    labels: "A, B, A, B, B",
    aSets: "sets 1 and 3",
    bSets: "sets 2, 4 and 5",
    aSum: "7 + 9",
    bSum: "2 + 3 + 4",
    aH: "16",
    aN: "20",
    bH: "9",
    bN: "30",
    aHat: "= 0.80",
    bHat: "= 0.30",
    aCount: "2",
    total: "25",
    pooled: "= 0.50",
    aAll: "= 0.32",
    bAll: "= 0.18",
    shareA: "0.40",
    shareB: "0.60",
    shareAFrac: "2/5",
    shareBFrac: "3/5",
    iter1: "(0.63, 0.39)",
    conv: "(0.80, 0.31)",
  },
] as const;

const conceptTwoCoinsLabels = defineConcept({
  id: "concept-two-coins-labels",
  title: "Two coins: with labels, then without",
  topic: "why-labels-matter",
  difficulty: "easy",
  tags: ["two-coins", "binomial", "labels"],
  source: "Do & Batzoglou (2008), Nature Biotechnology 26(8), “What is the expectation maximization algorithm?”, Figure 1",
  scenarios: TWO_COIN_DATA,
  prompt:
    "Two coins A and B have unknown head probabilities $\\theta_A$ and $\\theta_B$. Five times, one coin is picked at random (each with probability $\\tfrac12$) and tossed 10 times. The numbers of heads in the five sets are {{heads}}.",
  parts: [
    {
      id: "labelled",
      prompt: "Suppose you are told which coin made each set: {{labels}}. What are the maximum-likelihood estimates?",
      input: "choice",
      options: [
        {
          id: "per-coin",
          correct: true,
          label: "$\\hat\\theta_A = {{aH}}/{{aN}} {{aHat}}$ and $\\hat\\theta_B = {{bH}}/{{bN}} {{bHat}}$",
          explanation: "With labels, each coin's tosses form a binomial sample: the MLE is that coin's heads over that coin's tosses.",
        },
        {
          id: "pooled",
          correct: false,
          label: "$\\hat\\theta_A = \\hat\\theta_B = {{total}}/50 {{pooled}}$",
          explanation: "That pools all 50 tosses and fits one coin, ignoring the labels that say which tosses belong to which coin.",
        },
        {
          id: "over-all-tosses",
          correct: false,
          label: "$\\hat\\theta_A = {{aH}}/50 {{aAll}}$ and $\\hat\\theta_B = {{bH}}/50 {{bAll}}$",
          explanation:
            "This divides each coin's heads by all 50 tosses; coin A was tossed only {{aN}} times, so its proportion of heads is {{aH}}/{{aN}}.",
        },
        {
          id: "set-shares",
          correct: false,
          label: "$\\hat\\theta_A = {{shareA}}$ and $\\hat\\theta_B = {{shareB}}$, the shares of the sets made by each coin",
          explanation:
            "{{shareAFrac}} and {{shareBFrac}} estimate how often each coin is picked (a mixing weight), not how often it lands heads.",
        },
        {
          id: "needs-em",
          correct: false,
          label: "They cannot be found without EM, because the coin was chosen at random.",
          explanation:
            "The random choice does not matter once it is recorded: the complete-data likelihood factorises by coin and has a closed-form maximum.",
        },
      ],
      hints: [
        "With the coin known, what kind of sample do coin A's tosses form?",
        "Count coin A's heads and coin A's tosses ({{aCount}} sets of 10).",
      ],
    },
    {
      id: "hidden",
      prompt: "Now the coin identities are hidden. Starting from a guess $(\\theta_A, \\theta_B)$, what does one EM iteration do?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "soft-short",
          correct: true,
          label: "Weight each set by its posterior chance of being coin A or B, then refit each $\\theta$ from the weighted counts.",
          explanation:
            "Right: the E-step gives each set's posterior $P(A \\mid h)$ under the current guess, the M-step sets each $\\theta$ to its expected heads over its expected tosses.",
        },
        {
          id: "theta-split",
          correct: false,
          label:
            "Credit each set's heads to A and B in proportion to $\\theta_A$ and $\\theta_B$, then set each $\\theta$ to its credited heads over its credited tosses.",
          explanation:
            "The split must be the posterior of the whole set, $P(A \\mid h) \\propto \\theta_A^h (1 - \\theta_A)^{10 - h}$, which uses the set's tails as well as its heads; a share proportional to $\\theta$ ignores how likely the set is under each coin.",
        },
        {
          id: "refit-prior-only",
          correct: false,
          label:
            "Re-estimate only the chance of picking each coin from the sets' posteriors, and keep $\\theta_A, \\theta_B$ fixed until that chance stops changing.",
          explanation:
            "The M-step maximises over all unknown parameters at once; here the picking chance is known (1/2), and the unknowns $\\theta_A, \\theta_B$ are exactly what each iteration updates from the expected counts.",
        },
        {
          id: "soft",
          correct: true,
          label:
            "Split each set's heads and tails between A and B by its posterior under the current guess; then set each $\\theta$ to its expected heads over its expected tosses.",
          explanation:
            "That is Do and Batzoglou's EM: the E-step gives the posterior of the hidden coin and the expected counts, the M-step is the binomial MLE on expected counts.",
        },
        {
          id: "hard",
          correct: false,
          label:
            "Give each set wholly to the coin under which its heads are more likely, then compute heads over tosses for each coin and repeat until stable.",
          explanation:
            "That is hard (classification) EM. EM keeps the uncertainty: a set with 5 heads out of 10 is nearly as likely under both coins and is split between them, not given to one.",
        },
        {
          id: "prior-split",
          correct: false,
          label:
            "Credit every set half to A and half to B, since each coin is picked with probability 1/2, then compute each coin's heads over its tosses.",
          explanation:
            "1/2 is the prior; the E-step needs the posterior, which also uses how likely the set's heads are under each coin's current $\\theta$. With the prior both coins would get the same estimate.",
        },
        {
          id: "pool",
          correct: false,
          label:
            "Average the heads fractions of the five sets and give both coins that value, since with the coins hidden they cannot be told apart.",
          explanation:
            "That fits a single coin. It is a fixed point of EM (with $\\theta_A = \\theta_B$ every posterior stays at 1/2), but it is not what an iteration from an asymmetric guess does.",
        },
      ],
      hints: [
        "The missing piece of information is which coin made each set: what can you compute about it from a guess of $\\theta_A, \\theta_B$?",
        "EM never commits to a coin for a set: it uses probabilities as weights.",
      ],
    },
  ],
  solution: [
    "**With labels**, coin A made {{aSets}}: ${{aSum}} = {{aH}}$ heads in {{aN}} tosses, so $\\hat\\theta_A {{aHat}}$; coin B made {{bSets}}: ${{bSum}} = {{bH}}$ heads in {{bN}} tosses, so $\\hat\\theta_B {{bHat}}$.",
    "**Without labels**, EM alternates. E-step: for a set with $h$ heads, $P(A \\mid h) = \\dfrac{\\theta_A^h (1-\\theta_A)^{10-h}}{\\theta_A^h (1-\\theta_A)^{10-h} + \\theta_B^h (1-\\theta_B)^{10-h}}$ (equal priors cancel); the set contributes $P(A \\mid h)\\, h$ expected heads and $P(A \\mid h)(10 - h)$ expected tails to coin A, the rest to B. M-step: $\\theta_A = $ expected heads of A over expected tosses of A, likewise for B.",
    "From $(0.6, 0.5)$ one iteration gives about ${{iter1}}$, and EM settles near ${{conv}}$: close to, but not the same as, the labelled answer, because the labels are now inferred.",
  ].join("\n\n"),
});

const conceptLatentIdentities = defineConcept({
  id: "concept-latent-identities",
  title: "Identities linking complete and observed likelihoods",
  topic: "why-labels-matter",
  difficulty: "hard",
  tags: ["complete-data", "observed-data", "bayes-rule", "entropy"],
  source:
    "Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), §3; Murphy (2012), Machine Learning: A Probabilistic Perspective, §11.4.7",
  prompt: "Let $x$ be the observed data, $z$ a **discrete** latent variable and $p(x, z \\mid \\theta)$ the complete-data model.",
  parts: [
    {
      id: "identities",
      prompt: "Which of these hold for every $\\theta$ (and, where $z$ appears on its own, for every value of $z$)? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "posterior",
          correct: true,
          label: "$p(z \\mid x, \\theta) = p(x, z \\mid \\theta) \\big/ \\sum_{z'} p(x, z' \\mid \\theta)$",
          explanation:
            "Bayes' rule with the marginal written out: the E-step's responsibilities are exactly this ratio, the joint normalised over the latent values.",
        },
        {
          id: "any-q",
          correct: true,
          label:
            "$\\log p(x \\mid \\theta) = \\mathbb E_q[\\log p(x, z \\mid \\theta)] - \\mathbb E_q[\\log q(z)] + \\mathrm{KL}\\big(q \\,\\|\\, p(z \\mid x, \\theta)\\big)$ for any distribution $q$ on $z$",
          explanation:
            "Average the Bayes identity over $q$ and add and subtract $\\mathbb E_q[\\log q(z)]$: the first two terms are the lower bound, the KL term the gap. This is the decomposition behind EM and variational inference.",
        },
        {
          id: "max-z",
          correct: false,
          label: "$\\log p(x \\mid \\theta) = \\max_z \\log p(x, z \\mid \\theta)$",
          explanation:
            "The marginal sums over every $z$, so it is at least the largest single term, and strictly more unless the posterior puts all its mass on one value. Using the max instead is hard EM (the classification likelihood).",
        },
        {
          id: "reversed",
          correct: false,
          label: "$\\log p(x \\mid \\theta) \\le \\log p(x, z \\mid \\theta)$ for every $z$",
          explanation:
            "The inequality points the other way: $p(x, z \\mid \\theta) = p(x \\mid \\theta)\\, p(z \\mid x, \\theta)$ and a discrete posterior probability is at most 1, so the joint can never exceed the marginal.",
        },
        {
          id: "marginal",
          correct: true,
          label: "$p(x \\mid \\theta) = \\sum_z p(x, z \\mid \\theta)$",
          explanation:
            "The observed-data likelihood is the complete-data likelihood with the latent variable summed out: the definition of a marginal.",
        },
        {
          id: "bayes",
          correct: true,
          label: "$\\log p(x \\mid \\theta) = \\log p(x, z \\mid \\theta) - \\log p(z \\mid x, \\theta)$ for every $z$",
          explanation:
            "This is Bayes' rule, $p(z \\mid x, \\theta) = p(x, z \\mid \\theta) / p(x \\mid \\theta)$, in logs; Dempster, Laird and Rubin start their monotonicity proof from it.",
        },
        {
          id: "dominates",
          correct: true,
          label: "$\\log p(x \\mid \\theta) \\ge \\log p(x, z \\mid \\theta)$ for every $z$",
          explanation:
            "For a discrete $z$, $p(z \\mid x, \\theta) \\le 1$, so $-\\log p(z \\mid x, \\theta) \\ge 0$ in the identity above: the data are never less likely than the data together with one particular labelling.",
        },
        {
          id: "sum-of-logs",
          correct: false,
          label: "$\\log p(x \\mid \\theta) = \\sum_z \\log p(x, z \\mid \\theta)$",
          explanation:
            "The log of a sum is not the sum of the logs. That swap is not allowed, and its failure is exactly what makes the observed-data likelihood hard.",
        },
        {
          id: "expected",
          correct: false,
          label: "$\\log p(x \\mid \\theta) = \\mathbb E_{z \\sim p(z \\mid x, \\theta)}\\big[\\log p(x, z \\mid \\theta)\\big]$",
          explanation:
            "Averaging the Bayes identity over the posterior gives $\\log p(x \\mid \\theta) = \\mathbb E[\\log p(x, z \\mid \\theta)] + H$, where $H = -\\mathbb E[\\log p(z \\mid x, \\theta)] \\ge 0$ is the posterior's entropy; the expectation alone falls short by $H$.",
        },
      ],
      hints: [
        "Start from Bayes' rule for $p(z \\mid x, \\theta)$ and take logs.",
        "A probability of a discrete value is at most 1, so its log is at most 0. Then average the identity over the posterior: what extra term appears?",
      ],
    },
  ],
  solution: [
    "Bayes' rule gives, for every $z$,",
    "$$\\log p(x \\mid \\theta) = \\log p(x, z \\mid \\theta) - \\log p(z \\mid x, \\theta),$$",
    "and for a discrete $z$ the last term is $\\ge 0$, so $\\log p(x \\mid \\theta) \\ge \\log p(x, z \\mid \\theta)$.",
    "Averaging over $z \\sim p(z \\mid x, \\theta')$ for any $\\theta'$:",
    "$$\\log p(x \\mid \\theta) = \\underbrace{\\mathbb E_{\\theta'}[\\log p(x, z \\mid \\theta)]}_{Q(\\theta \\mid \\theta')} + \\underbrace{\\big(-\\mathbb E_{\\theta'}[\\log p(z \\mid x, \\theta)]\\big)}_{H(\\theta \\mid \\theta')}.$$",
    "The second term is a cross-entropy, smallest at $\\theta = \\theta'$ (Gibbs' inequality). So raising $Q$ above $Q(\\theta' \\mid \\theta')$ raises $\\log p(x \\mid \\theta)$ at least as much: the heart of EM's monotonicity. The sum of logs $\\sum_z \\log p(x, z \\mid \\theta)$ has no such meaning.",
  ].join("\n\n"),
});

/** Mixtures of two unit-variance normals, with their moments worked out. */
const MIXTURE_STORIES = [
  {
    w: "0.3",
    w2: "0.7",
    m1: "0",
    m2: "4",
    mean: "2.8",
    meanTerms: "0.3 \\cdot 0 + 0.7 \\cdot 4",
    sumvar: "0.58",
    total: "4.36",
    between: "3.36",
    diff: "4",
    diffExpr: "4 - 0",
    batchA: "3",
    batchB: "7",
  },
  {
    w: "0.2",
    w2: "0.8",
    m1: "1",
    m2: "6",
    mean: "5",
    meanTerms: "0.2 \\cdot 1 + 0.8 \\cdot 6",
    sumvar: "0.68",
    total: "5",
    between: "4",
    diff: "5",
    diffExpr: "6 - 1",
    batchA: "2",
    batchB: "8",
  },
  {
    w: "0.4",
    w2: "0.6",
    m1: "-2",
    m2: "3",
    mean: "1",
    meanTerms: "0.4 \\cdot (-2) + 0.6 \\cdot 3",
    sumvar: "0.52",
    total: "7",
    between: "6",
    diff: "5",
    diffExpr: "3 - (-2)",
    batchA: "4",
    batchB: "6",
  },
  {
    w: "0.1",
    w2: "0.9",
    m1: "0",
    m2: "5",
    mean: "4.5",
    meanTerms: "0.1 \\cdot 0 + 0.9 \\cdot 5",
    sumvar: "0.82",
    total: "3.25",
    between: "2.25",
    diff: "5",
    diffExpr: "5 - 0",
    batchA: "1",
    batchB: "9",
  },
] as const;

const conceptMixtureStory = defineConcept({
  id: "concept-mixture-generative-story",
  title: "The latent label behind a mixture density",
  topic: "why-labels-matter",
  difficulty: "medium",
  tags: ["gmm", "latent-variable", "generative-model", "total-variance"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2; Murphy (2012), Machine Learning: A Probabilistic Perspective, §11.2",
  scenarios: MIXTURE_STORIES,
  prompt: "A model says $p(x) = {{w}}\\, \\mathcal N(x \\mid {{m1}}, 1) + {{w2}}\\, \\mathcal N(x \\mid {{m2}}, 1)$.",
  parts: [
    {
      id: "story",
      prompt: "Which data-generating process gives independent draws with exactly this density?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "two-stage-short",
          correct: true,
          label: "Pick component 1 with probability {{w}}, else component 2; draw $x$ from the picked normal.",
          explanation:
            "Right: a latent label chosen with the mixing weights, then one draw from that component. Summing $p(z)\\, p(x \\mid z)$ over the label gives the mixture density.",
        },
        {
          id: "component-mean",
          correct: false,
          label: "Draw a label $z$ with $P(z = 1) = {{w}}$, then report the mean of component $z$, which is {{m1}} or {{m2}}.",
          explanation:
            "That gives only two possible values, a discrete distribution with no spread around each mean. Each draw must be a full random draw from the chosen component, $\\mathcal N(\\mu_z, 1)$.",
        },
        {
          id: "uniform-mean",
          correct: false,
          label:
            "Draw a mean $m$ uniformly between {{m1}} and {{m2}}, then draw $x$ from $\\mathcal N(m, 1)$, so both components are covered.",
          explanation:
            "That is a continuous mixture over the mean, a smeared single hump; the model has exactly two means, chosen with probabilities {{w}} and {{w2}}.",
        },
        {
          id: "two-stage",
          correct: true,
          label:
            "Draw $z$ with $P(z = 1) = {{w}}$, $P(z = 2) = {{w2}}$; then draw $x$ from $\\mathcal N({{m1}}, 1)$ if $z = 1$, from $\\mathcal N({{m2}}, 1)$ if $z = 2$.",
          explanation:
            "Summing the joint $p(z)\\, p(x \\mid z)$ over the two labels gives the mixture density; the label is the latent variable EM reasons about.",
        },
        {
          id: "weighted-sum",
          correct: false,
          label:
            "Draw $u \\sim \\mathcal N({{m1}}, 1)$ and $v \\sim \\mathcal N({{m2}}, 1)$ independently, then report the weighted sum $x = {{w}}u + {{w2}}v$.",
          explanation:
            "A weighted sum of independent normals is a single normal, here $\\mathcal N({{mean}}, {{sumvar}})$: one hump, nothing like the two-humped mixture. Mixing densities is not mixing variables.",
        },
        {
          id: "moment-matched",
          correct: false,
          label: "Draw $x$ from one normal with the mixture's mean, ${{meanTerms}} = {{mean}}$, and variance 1.",
          explanation:
            "That has the mixture's mean but a single hump and too small a variance: the spread between the component means adds to the mixture's variance.",
        },
        {
          id: "fixed-batches",
          correct: false,
          label:
            "In every batch of 10, draw exactly {{batchA}} points from $\\mathcal N({{m1}}, 1)$ and {{batchB}} from $\\mathcal N({{m2}}, 1)$.",
          explanation:
            "Fixing the proportions in each batch makes the points dependent (stratified sampling). Under the mixture the number of points from component 1 in a batch of 10 is Binomial(10, {{w}}), not always {{batchA}}.",
        },
      ],
      hints: [
        "The density is a weighted sum of densities: what random choice could the weights be the probabilities of?",
        "Compare with a weighted sum of random variables: is a sum of normals bimodal?",
      ],
    },
    {
      id: "variance",
      prompt: "What is the variance of $x$ under this mixture?",
      input: "choice",
      options: [
        {
          id: "total",
          correct: true,
          label: "${{total}}$",
          explanation:
            "Law of total variance: $\\mathbb E[\\operatorname{Var}(x \\mid z)] + \\operatorname{Var}(\\mathbb E[x \\mid z]) = 1 + {{w}} \\cdot {{w2}} \\cdot ({{diffExpr}})^2 = 1 + {{between}}$.",
        },
        {
          id: "within",
          correct: false,
          label: "$1$",
          explanation:
            "That is only the within-component part $\\mathbb E[\\operatorname{Var}(x \\mid z)]$; the spread of the component means adds $\\operatorname{Var}(\\mathbb E[x \\mid z]) = {{between}}$.",
        },
        {
          id: "between",
          correct: false,
          label: "${{between}}$",
          explanation: "That is only the between-component part; each component's own variance of 1 must be added.",
        },
        {
          id: "sum-variance",
          correct: false,
          label: "${{sumvar}}$",
          explanation:
            "${{w}}^2 \\cdot 1 + {{w2}}^2 \\cdot 1 = {{sumvar}}$ is the variance of the weighted sum ${{w}}u + {{w2}}v$, a different random variable.",
        },
        {
          id: "two",
          correct: false,
          label: "$2$",
          explanation:
            "Adding the two component variances treats $x$ as a sum of one draw from each component; $x$ is one draw from one component.",
        },
      ],
      hints: [
        "Condition on the label: $\\operatorname{Var}(x) = \\mathbb E[\\operatorname{Var}(x \\mid z)] + \\operatorname{Var}(\\mathbb E[x \\mid z])$.",
        "$\\mathbb E[x \\mid z]$ is {{m1}} with probability {{w}} and {{m2}} with probability {{w2}}: a shifted, scaled Bernoulli with variance ${{w}} \\cdot {{w2}} \\cdot {{diff}}^2$.",
      ],
    },
  ],
  solution: [
    "A mixture is a two-stage story: draw the latent label $z$ with probabilities $({{w}}, {{w2}})$, then draw $x$ from component $z$. Summing out $z$,",
    "$$p(x) = \\sum_{k} P(z = k)\\, p(x \\mid z = k) = {{w}}\\, \\mathcal N(x \\mid {{m1}}, 1) + {{w2}}\\, \\mathcal N(x \\mid {{m2}}, 1).$$",
    "By the law of total variance,",
    "$$\\operatorname{Var}(x) = \\underbrace{ {{w}} \\cdot 1 + {{w2}} \\cdot 1 }_{\\text{within}} + \\underbrace{ {{w}} \\cdot {{w2}} \\cdot ({{diffExpr}})^2 }_{\\text{between}} = 1 + {{between}} = {{total}}.$$",
    "A weighted sum ${{w}}u + {{w2}}v$ of independent normals is instead $\\mathcal N({{mean}}, {{sumvar}})$: unimodal. EM's E-step asks the reverse question of the story: given $x$, which $z$ produced it?",
  ].join("\n\n"),
});

const conceptSemiSupervised = defineConcept({
  id: "concept-semi-supervised-em",
  title: "Labelled and unlabelled data in one EM",
  topic: "why-labels-matter",
  difficulty: "medium",
  tags: ["semi-supervised", "naive-bayes", "labels", "responsibilities"],
  source:
    "Nigam, McCallum, Thrun & Mitchell (2000), Machine Learning 39, “Text classification from labeled and unlabeled {{items}} using EM”",
  scenarios: [
    {
      model:
        "A two-class naive Bayes text classifier (a mixture model with class weights $\\pi_k$ and class-conditional word models $p(x \\mid k)$)",
      item: "document",
      items: "documents",
      nL: "100",
      nU: "10 000",
    },
    {
      model:
        "A fraud detector, a two-class Gaussian mixture with class weights $\\pi_k$ and class-conditional densities $p(x \\mid k)$ of transaction features,",
      item: "transaction",
      items: "transactions",
      nL: "300",
      nU: "50 000",
    },
    {
      model:
        "A bird-song classifier, a two-species mixture with weights $\\pi_k$ and species-conditional models $p(x \\mid k)$ of call features,",
      item: "recording",
      items: "recordings",
      nL: "60",
      nU: "4 000",
    },
    {
      model: "A spam filter (a two-class mixture with class weights $\\pi_k$ and class-conditional word models $p(x \\mid k)$)",
      item: "e-mail",
      items: "e-mails",
      nL: "200",
      nU: "20 000",
    },
  ],
  prompt:
    "{{model}} is fitted by EM to a set $L$ of {{nL}} labelled {{items}}, with classes $z_i$, and a set $U$ of {{nU}} unlabelled ones.",
  parts: [
    {
      id: "labelled-role",
      prompt: "In each E-step, what responsibilities do the labelled {{items}} get?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "half-each",
          correct: false,
          label: "Responsibility 1/2 for each class.",
          explanation:
            "That ignores both the recorded class and the {{item}}'s features; a labelled {{item}}'s posterior is a point mass on its recorded class.",
        },
        {
          id: "predicted-hard",
          correct: false,
          label: "Their predicted class, rounded to 0 or 1.",
          explanation:
            "A predicted class can differ from the recorded one; the recorded class is data and is used as it is, with responsibility 1.",
        },
        {
          id: "fixed-short",
          correct: true,
          label: "A point mass on the recorded class, whatever the current parameters.",
          explanation:
            "Right: conditioning on an observed class leaves no uncertainty, so a labelled {{item}} has responsibility 1 for its class at every iteration and enters each M-step as complete data.",
        },
        {
          id: "blend",
          correct: false,
          label: "An average of the known class and the current posterior, so that labelling mistakes can be corrected as EM proceeds.",
          explanation:
            "That is a model of label noise, a different model with its own noise parameter. In the stated model the labels are exact observations, so the posterior given the label is the label itself.",
        },
        {
          id: "upweighted-posterior",
          correct: false,
          label: "Their posterior under the current parameters, counted {{nU}}/{{nL}} times over so that the two sets carry equal weight.",
          explanation:
            "Re-weighting does not bring back the labels: a posterior re-guesses a class that was observed. Each labelled {{item}} counts once, with responsibility 1 for its recorded class.",
        },
        {
          id: "fixed",
          correct: true,
          label: "Their known class, with responsibility 1, at every iteration.",
          explanation:
            "A labelled {{item}}'s class is observed, so its posterior is a point mass on that class whatever the parameters: it enters every M-step as complete data.",
        },
        {
          id: "posterior",
          correct: false,
          label:
            "Their posterior under the current parameters, exactly like the unlabelled {{items}}, since EM treats every class as hidden.",
          explanation:
            "That throws the labels away. A labelled {{item}} contributes $p(x_i, z_i)$ to the likelihood, not $\\sum_k p(x_i, k)$, so its class must not be re-guessed.",
        },
        {
          id: "dropped",
          correct: false,
          label: "None: the labelled {{items}} are used only to initialise the parameters, then left out of every later iteration.",
          explanation:
            "Using them to initialise is sensible, but dropping them afterwards loses the information they carry; their complete-data terms belong in the likelihood at every iteration.",
        },
        {
          id: "prior",
          correct: false,
          label: "The current class weights $\\pi_k$, the same for every labelled {{item}}, refreshed at each M-step.",
          explanation: "Those are prior probabilities, which ignore both the {{item}}'s words and its known label.",
        },
      ],
      hints: [
        "For a labelled {{item}}, what is $P(z_i = k \\mid x_i, z_i \\text{ observed})$?",
        "Posterior probabilities condition on everything observed, including the label when there is one.",
      ],
    },
    {
      id: "likelihood",
      prompt: "Which log-likelihood does this EM increase at every iteration?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "mixed-words",
          correct: true,
          label: "The likelihood of all that was observed: complete-data terms for $L$, summed-over-class terms for $U$.",
          explanation:
            "Right: $\\sum_{i \\in L} \\log \\pi_{z_i} p(x_i \\mid z_i) + \\sum_{j \\in U} \\log \\sum_k \\pi_k\\, p(x_j \\mid k)$, the likelihood of the classes where they were recorded and of the features everywhere.",
        },
        {
          id: "roles-swapped",
          correct: false,
          label:
            "$\\sum_{i \\in L} \\log \\sum_k \\pi_k\\, p(x_i \\mid k) + \\sum_{j \\in U} \\log \\pi_{\\hat z_j} p(x_j \\mid \\hat z_j)$, with $\\hat z_j$ the current guess",
          explanation:
            "The roles are swapped: the labelled {{items}} have observed classes and get complete-data terms, while the unlabelled ones have their class summed out; nothing is ever fixed at a guessed class.",
        },
        {
          id: "unlabelled-only",
          correct: false,
          label: "$\\sum_{j \\in U} \\log \\sum_k \\pi_k\\, p(x_j \\mid k)$, the likelihood of the unlabelled {{items}} on their own",
          explanation:
            "That leaves out the labelled {{items}}, which are the strongest evidence about the classes; they belong in the likelihood at every iteration.",
        },
        {
          id: "mixed",
          correct: true,
          label: "$\\sum_{i \\in L} \\log \\pi_{z_i} p(x_i \\mid z_i) + \\sum_{j \\in U} \\log \\sum_k \\pi_k\\, p(x_j \\mid k)$",
          explanation:
            "Labelled {{items}} contribute complete-data terms, unlabelled ones observed-data terms with the sum inside the log: the likelihood of everything actually observed.",
        },
        {
          id: "all-sum",
          correct: false,
          label: "$\\sum_{i \\in L \\cup U} \\log \\sum_k \\pi_k\\, p(x_i \\mid k)$, with every {{item}} treated alike",
          explanation: "That treats every {{item}} as unlabelled, ignoring the {{nL}} known classes.",
        },
        {
          id: "labelled-only",
          correct: false,
          label: "$\\sum_{i \\in L} \\log \\pi_{z_i} p(x_i \\mid z_i)$, the supervised likelihood of the labelled set",
          explanation: "That is the supervised likelihood: the unlabelled {{items}} would play no role and no EM would be needed.",
        },
        {
          id: "self-training",
          correct: false,
          label:
            "$\\sum_{i \\in L \\cup U} \\log \\pi_{\\hat z_i} p(x_i \\mid \\hat z_i)$, with $\\hat z_j$ the predicted class of each unlabelled {{item}}",
          explanation:
            "That is self-training with hard labels, a classification likelihood; it treats guesses as if they were observed, which EM does not do.",
        },
      ],
      hints: [
        "The likelihood is that of the data you actually observed: for which {{items}} did you observe the class?",
        "Observed class: complete-data term. Unobserved class: sum over classes inside the log.",
      ],
    },
  ],
  solution: [
    "EM maximises the likelihood of what was observed: features and classes for $L$, features only for $U$,",
    "$$\\ell(\\theta) = \\sum_{i \\in L} \\log \\pi_{z_i} p(x_i \\mid z_i) + \\sum_{j \\in U} \\log \\sum_k \\pi_k\\, p(x_j \\mid k).$$",
    "Only the unlabelled {{items}} have hidden classes, so only they get E-step posteriors $r_{jk} \\propto \\pi_k\\, p(x_j \\mid k)$; each labelled {{item}} keeps responsibility 1 for its own class. The M-step is the model's MLE with counts from both: labelled {{items}} count fully, unlabelled ones fractionally. (Nigam et al. also down-weight the unlabelled part when the model is misspecified.)",
  ].join("\n\n"),
});

export const LABELS_CONCEPTS: readonly QuestionTemplate[] = [
  conceptCompleteVsObserved,
  conceptLogOfSum,
  conceptLabelledMixture,
  conceptLatentDevice,
  conceptMissingMechanisms,
  conceptTwoCoinsLabels,
  conceptLatentIdentities,
  conceptMixtureStory,
  conceptSemiSupervised,
];
