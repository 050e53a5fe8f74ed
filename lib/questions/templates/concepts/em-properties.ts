/**
 * Concept questions on topic 7 of the content map, "EM properties": monotonicity and its proof (Jensen,
 * the lower bound, the Q function), local optima and saddle points, singularities, label switching,
 * stopping rules, the rate of convergence, EM vs gradient ascent, generalised EM, hard EM and k-means.
 */
import { defineConcept } from "../../concept";
import type { QuestionTemplate } from "../../types";

const conceptMonotone = defineConcept({
  id: "concept-em-monotone",
  title: "Why EM never lowers the log-likelihood",
  topic: "em-properties",
  difficulty: "easy",
  tags: ["monotonicity", "elbo", "jensen"],
  source:
    "Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), Theorem 1; Bishop (2006), Pattern Recognition and Machine Learning, §9.4",
  scenarios: [
    { model: "a Gaussian mixture" },
    { model: "a hidden Markov model" },
    { model: "a factor-analysis model" },
    { model: "a zero-inflated Poisson model" },
  ],
  prompt:
    "Claim: “Each EM iteration for {{model}} leaves the observed-data log-likelihood $\\ell(\\theta) = \\log p(x \\mid \\theta)$ at least as high as before.”",
  parts: [
    {
      id: "claim",
      prompt: "True or false? Pick the verdict with the right reason.",
      input: "choice",
      show: 5,
      options: [
        {
          id: "false-short",
          correct: false,
          label: "False: it can fall near a saddle.",
          explanation:
            "Near a saddle EM slows down, but each iteration still maximises a bound that touches $\\ell$, so $\\ell$ cannot fall.",
        },
        {
          id: "true-bound",
          correct: true,
          label:
            "True: after the E-step a lower bound touches $\\ell$ at $\\theta^{(t)}$; the M-step lifts it, and $\\ell$ stays above it.",
          explanation:
            "$\\ell(\\theta) = \\mathcal L(q, \\theta) + \\mathrm{KL}\\big(q \\,\\|\\, p(z \\mid x, \\theta)\\big)$ with KL $\\ge 0$, so $\\ell(\\theta^{(t+1)}) \\ge \\mathcal L(q, \\theta^{(t+1)}) \\ge \\mathcal L(q, \\theta^{(t)}) = \\ell(\\theta^{(t)})$.",
        },
        {
          id: "true-kl-short",
          correct: true,
          label: "True: $\\ell$ is a lower bound plus a KL gap that is never negative.",
          explanation:
            "Right: the E-step closes the gap at $\\theta^{(t)}$, the M-step raises the bound, and the reopened gap only adds, so $\\ell(\\theta^{(t+1)}) \\ge \\ell(\\theta^{(t)})$.",
        },
        {
          id: "true-same-gain",
          correct: false,
          label:
            "True: because $\\ell$ and $Q$ differ by a constant, so $\\ell$ rises by exactly as much as the M-step raises $Q$ in each iteration.",
          explanation:
            "The verdict is right but the reason is wrong: $\\ell - Q$ is a cross-entropy that depends on $\\theta$ and is smallest at $\\theta^{(t)}$, so $\\ell$ rises by at least the gain in $Q$, usually more.",
        },
        {
          id: "false-on-average",
          correct: false,
          label:
            "False: because the E-step only approximates the posterior of the latent variables, so the guarantee holds on average, not at every iteration.",
          explanation:
            "Exact EM computes the posterior exactly, and then the guarantee holds at every iteration. Only approximate E-steps (Monte Carlo or restricted variational ones) lose it.",
        },
        {
          id: "true-direct",
          correct: false,
          label: "True: because the M-step maximises $\\ell$ directly over all the parameters, with the responsibilities held fixed.",
          explanation:
            "If the M-step could maximise $\\ell$ directly there would be no need for EM. It maximises the surrogate $Q(\\theta \\mid \\theta^{(t)})$; the guarantee comes from the bound.",
        },
        {
          id: "true-concave",
          correct: false,
          label: "True: because the log-likelihood of a latent-variable model is concave, so any ascent step of any size works.",
          explanation:
            "Mixture log-likelihoods are not concave: relabelling the components alone gives several maxima. The guarantee holds without concavity.",
        },
        {
          id: "false-overshoot",
          correct: false,
          label: "False: because EM can jump past a local maximum when the M-step moves far, and land lower on the other side.",
          explanation:
            "Each iteration maximises a bound that equals $\\ell$ at the current point and never exceeds it, so it cannot land lower; what EM cannot promise is the global maximum.",
        },
        {
          id: "false-singularity",
          correct: false,
          label: "False: because near a collapsing component the log-likelihood can drop sharply from one iteration to the next.",
          explanation:
            "Near a singularity the log-likelihood rises towards $+\\infty$, not down. In exact EM a decrease always signals a bug.",
        },
      ],
      hints: [
        "Write $\\ell(\\theta)$ as a lower bound plus a KL divergence.",
        "What is the KL term right after the E-step, and what does the M-step do to the bound?",
      ],
    },
  ],
  solution: [
    "For any distribution $q$ over the latent variables,",
    "$$\\ell(\\theta) = \\underbrace{\\sum_z q(z) \\log \\frac{p(x, z \\mid \\theta)}{q(z)}}_{\\mathcal L(q, \\theta)} + \\mathrm{KL}\\big(q \\,\\|\\, p(z \\mid x, \\theta)\\big),$$",
    "and $\\mathcal L \\le \\ell$ (Jensen's inequality; equivalently KL $\\ge 0$). The E-step sets $q = p(z \\mid x, \\theta^{(t)})$, so the KL is 0 and $\\mathcal L(q, \\theta^{(t)}) = \\ell(\\theta^{(t)})$. The M-step maximises $\\mathcal L(q, \\theta)$ over $\\theta$ (the same as maximising $Q$), so",
    "$$\\ell(\\theta^{(t+1)}) \\ge \\mathcal L(q, \\theta^{(t+1)}) \\ge \\mathcal L(q, \\theta^{(t)}) = \\ell(\\theta^{(t)}).$$",
    "No concavity is needed, and nothing here says the limit is the global maximum.",
  ].join("\n\n"),
});

const conceptElbo = defineConcept({
  id: "concept-elbo-kl-decomposition",
  title: "The lower bound and the KL gap through one iteration",
  topic: "em-properties",
  difficulty: "hard",
  tags: ["elbo", "kl-divergence", "q-function", "monotonicity"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.4; Neal & Hinton (1998), “A view of the EM algorithm that justifies incremental, sparse, and other variants”, in Jordan (ed.), Learning in Graphical Models",
  prompt:
    "For any distribution $q(z)$ over the latent variables,\n\n$$\\ell(\\theta) = \\mathcal L(q, \\theta) + \\mathrm{KL}\\big(q(z) \\,\\|\\, p(z \\mid x, \\theta)\\big), \\qquad \\mathcal L(q, \\theta) = \\sum_z q(z) \\log \\frac{p(x, z \\mid \\theta)}{q(z)}.$$\n\nOne EM iteration starts at $\\theta^{(t)}$.",
  parts: [
    {
      id: "after-e-step",
      prompt: "Right after the E-step sets $q(z) = p(z \\mid x, \\theta^{(t)})$, which is true at $\\theta = \\theta^{(t)}$?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "kl-one",
          correct: false,
          label: "The KL term equals 1.",
          explanation:
            "A distribution's KL divergence from itself is 0, not 1; that is exactly why the bound touches $\\ell$ after the E-step.",
        },
        {
          id: "q-zero",
          correct: false,
          label: "$Q(\\theta^{(t)} \\mid \\theta^{(t)}) = 0$",
          explanation:
            "$Q$ at the current parameters is the expected complete-data log-likelihood, a (usually negative) number; nothing makes it 0.",
        },
        {
          id: "touch-short",
          correct: true,
          label: "The bound touches the log-likelihood: the gap is 0.",
          explanation:
            "Right: with $q$ equal to the posterior at $\\theta^{(t)}$, the KL term vanishes, so $\\mathcal L(q, \\theta^{(t)}) = \\ell(\\theta^{(t)})$.",
        },
        {
          id: "already-maximised",
          correct: false,
          label:
            "$\\mathcal L(q, \\theta)$ is already maximised over $\\theta$ at $\\theta^{(t)}$, so the M-step will leave the parameters unchanged.",
          explanation:
            "The E-step optimises over $q$, not over $\\theta$; unless $\\theta^{(t)}$ is a fixed point, the M-step finds a $\\theta$ with a larger bound.",
        },
        {
          id: "kl-is-entropy",
          correct: false,
          label: "The KL term equals the entropy $H(q)$ of the posterior, which is why the bound and $Q$ differ at $\\theta^{(t)}$.",
          explanation:
            "The KL term is 0 after the E-step. The bound and $Q$ differ by $H(q)$, but that is a separate term of $\\mathcal L$, not the KL gap.",
        },
        {
          id: "touch",
          correct: true,
          label: "The KL term is 0 and $\\mathcal L(q, \\theta^{(t)}) = \\ell(\\theta^{(t)})$.",
          explanation:
            "The KL divergence of a distribution from itself is 0, so the bound touches the log-likelihood at the current parameters.",
        },
        {
          id: "kl-largest",
          correct: false,
          label: "The KL term is at its largest, which is why an M-step is needed to bring it back down.",
          explanation: "The E-step minimises the KL over $q$ and drives it to 0; it does not maximise it.",
        },
        {
          id: "bound-above",
          correct: false,
          label: "$\\mathcal L(q, \\theta^{(t)}) > \\ell(\\theta^{(t)})$: the bound sits above the log-likelihood.",
          explanation: "$\\mathcal L$ is a lower bound: KL $\\ge 0$ means $\\mathcal L \\le \\ell$ always, with equality after the E-step.",
        },
        {
          id: "bound-is-q",
          correct: false,
          label: "$\\mathcal L(q, \\theta^{(t)}) = Q(\\theta^{(t)} \\mid \\theta^{(t)})$.",
          explanation:
            "$\\mathcal L = Q + H(q)$, where $H(q) = -\\sum_z q(z) \\log q(z)$ is the posterior's entropy; the two differ by $H(q)$, which is positive unless the posterior is certain.",
        },
      ],
      hints: [
        "What is $\\mathrm{KL}(p \\,\\|\\, p)$?",
        "Split $\\mathcal L$ into $\\sum_z q \\log p(x, z \\mid \\theta)$ and $-\\sum_z q \\log q$.",
      ],
    },
    {
      id: "after-m-step",
      prompt: "The M-step then moves $\\theta$ to $\\theta^{(t+1)}$, keeping $q$ fixed. Which statements hold? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "ell-rises",
          correct: true,
          label: "$\\ell(\\theta^{(t+1)}) \\ge \\ell(\\theta^{(t)})$",
          explanation: "The bound rose from $\\ell(\\theta^{(t)})$ and $\\ell$ lies above the bound, so $\\ell$ rose at least as much.",
        },
        {
          id: "q-updated",
          correct: false,
          label: "The M-step also resets $q$ to the posterior at $\\theta^{(t+1)}$, so the gap stays closed",
          explanation: "Resetting $q$ is the next E-step's job; during the M-step $q$ stays at the posterior of $\\theta^{(t)}$.",
        },
        {
          id: "bound-rises",
          correct: true,
          label: "$\\mathcal L(q, \\theta^{(t+1)}) \\ge \\mathcal L(q, \\theta^{(t)})$",
          explanation: "The M-step maximises $\\mathcal L(q, \\theta)$ over $\\theta$, so the bound cannot go down.",
        },
        {
          id: "gap-reopens",
          correct: true,
          label: "$\\mathrm{KL}\\big(q \\,\\|\\, p(z \\mid x, \\theta^{(t+1)})\\big) \\ge 0$, and it is usually positive",
          explanation:
            "$q$ is still the posterior at $\\theta^{(t)}$; at the new parameters the posterior has moved, so a gap reopens, and it adds to the gain in $\\ell$.",
        },
        {
          id: "same-as-q",
          correct: true,
          label: "Maximising $\\mathcal L(q, \\theta)$ over $\\theta$ is the same as maximising $Q(\\theta \\mid \\theta^{(t)})$",
          explanation:
            "$\\mathcal L(q, \\theta) = Q(\\theta \\mid \\theta^{(t)}) + H(q)$, and the entropy $H(q)$ does not involve $\\theta$.",
        },
        {
          id: "bound-tight",
          correct: false,
          label: "$\\ell(\\theta^{(t+1)}) = \\mathcal L(q, \\theta^{(t+1)})$",
          explanation:
            "Equality needs $q$ to be the posterior at $\\theta^{(t+1)}$, but it is the posterior at $\\theta^{(t)}$; in general $\\ell$ lies strictly above the bound until the next E-step.",
        },
        {
          id: "gain-equals-q-gain",
          correct: false,
          label:
            "$\\ell(\\theta^{(t+1)}) - \\ell(\\theta^{(t)})$ equals $Q(\\theta^{(t+1)} \\mid \\theta^{(t)}) - Q(\\theta^{(t)} \\mid \\theta^{(t)})$",
          explanation: "The gain in $\\ell$ is the gain in $Q$ plus the new KL term, so it is at least the gain in $Q$, and usually more.",
        },
      ],
      hints: [
        "During the M-step $q$ is fixed; only $\\theta$ moves. Which terms of the decomposition depend on $\\theta$?",
        "Write $\\ell(\\theta^{(t+1)}) - \\ell(\\theta^{(t)})$ using the decomposition at both points, remembering the KL was 0 at $\\theta^{(t)}$.",
      ],
    },
  ],
  solution: [
    "After the E-step, $q = p(z \\mid x, \\theta^{(t)})$, so the KL is 0 and the bound touches: $\\mathcal L(q, \\theta^{(t)}) = \\ell(\\theta^{(t)})$. Note $\\mathcal L(q, \\theta) = Q(\\theta \\mid \\theta^{(t)}) + H(q)$, so the bound and $Q$ differ by a constant in $\\theta$.",
    "After the M-step,",
    "$$\\ell(\\theta^{(t+1)}) - \\ell(\\theta^{(t)}) = \\underbrace{Q(\\theta^{(t+1)} \\mid \\theta^{(t)}) - Q(\\theta^{(t)} \\mid \\theta^{(t)})}_{\\ge 0 \\text{ (M-step)}} + \\underbrace{\\mathrm{KL}\\big(q \\,\\|\\, p(z \\mid x, \\theta^{(t+1)})\\big)}_{\\ge 0}.$$",
    "The log-likelihood gains at least what $Q$ gains; the bound is tight only again after the next E-step.",
  ].join("\n\n"),
});

const conceptQFunction = defineConcept({
  id: "concept-q-function",
  title: "The Q function and its gradient",
  topic: "em-properties",
  difficulty: "hard",
  tags: ["q-function", "fisher-identity", "gradient"],
  source:
    "Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), §2–3; McLachlan & Krishnan (2008), The EM Algorithm and Extensions, Ch. 3",
  prompt: "Observed data $x$, latent variables $z$, complete-data model $p(x, z \\mid \\theta)$, current parameters $\\theta^{(t)}$.",
  parts: [
    {
      id: "definition",
      prompt: "Which expression is $Q(\\theta \\mid \\theta^{(t)})$, the function the M-step maximises over $\\theta$?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "marginal-only",
          correct: false,
          label: "$\\log p(x \\mid \\theta)$",
          explanation:
            "That is the observed-data log-likelihood $\\ell(\\theta)$, which has the sum over $z$ inside the log; $Q$ averages the complete-data log-likelihood instead.",
        },
        {
          id: "sum-of-logs",
          correct: false,
          label: "$\\sum_z \\log p(x, z \\mid \\theta)$",
          explanation:
            "Summing logs over every value of $z$ weights each labelling equally, however implausible; $Q$ weights them by their posterior probability at $\\theta^{(t)}$.",
        },
        {
          id: "frozen-sum",
          correct: true,
          label: "$\\sum_z p(z \\mid x, \\theta^{(t)}) \\log p(x, z \\mid \\theta)$",
          explanation:
            "Right: the same expectation written as a sum, the posterior weights fixed at $\\theta^{(t)}$ and the complete-data log-likelihood free in $\\theta$.",
        },
        {
          id: "prior-weights",
          correct: false,
          label: "$\\mathbb E_{z \\sim p(z \\mid \\theta^{(t)})}\\big[\\log p(x, z \\mid \\theta)\\big]$",
          explanation:
            "That averages over the prior of $z$, ignoring what the data $x$ say about it; $Q$ uses the posterior $p(z \\mid x, \\theta^{(t)})$.",
        },
        {
          id: "log-posterior",
          correct: false,
          label: "$\\mathbb E_{z \\sim p(z \\mid x, \\theta^{(t)})}\\big[\\log p(z \\mid x, \\theta)\\big]$",
          explanation:
            "That is minus the cross-entropy term $H(\\theta \\mid \\theta^{(t)})$, the part of $\\ell$ that $Q$ leaves out; it is largest at $\\theta^{(t)}$ and is not what the M-step maximises.",
        },
        {
          id: "all-frozen",
          correct: false,
          label: "$\\mathbb E_{z \\sim p(z \\mid x, \\theta^{(t)})}\\big[\\log p(x, z \\mid \\theta^{(t)})\\big]$",
          explanation:
            "With $\\theta^{(t)}$ in both places this is a number, not a function of $\\theta$: there would be nothing for the M-step to maximise.",
        },
        {
          id: "frozen-posterior",
          correct: true,
          label: "$\\mathbb E_{z \\sim p(z \\mid x, \\theta^{(t)})}\\big[\\log p(x, z \\mid \\theta)\\big]$",
          explanation:
            "The complete-data log-likelihood as a function of the free $\\theta$, averaged over the latent variables' posterior at the fixed current $\\theta^{(t)}$.",
        },
        {
          id: "moving-posterior",
          correct: false,
          label: "$\\mathbb E_{z \\sim p(z \\mid x, \\theta)}\\big[\\log p(x, z \\mid \\theta)\\big]$",
          explanation:
            "Here the posterior moves with $\\theta$: this function equals $\\ell(\\theta)$ minus the posterior entropy at $\\theta$, and maximising it is not the M-step. EM freezes the posterior at $\\theta^{(t)}$.",
        },
        {
          id: "observed",
          correct: false,
          label: "$\\log \\sum_z p(x, z \\mid \\theta)$",
          explanation: "That is the observed-data log-likelihood $\\ell(\\theta)$ itself, the awkward function $Q$ is designed to replace.",
        },
        {
          id: "best-labelling",
          correct: false,
          label: "$\\max_z \\log p(x, z \\mid \\theta)$",
          explanation:
            "That is the classification (hard-assignment) log-likelihood, which commits to the best labelling; $Q$ averages over labellings.",
        },
        {
          id: "no-z",
          correct: false,
          label: "$\\mathbb E_{z \\sim p(z \\mid x, \\theta^{(t)})}\\big[\\log p(x \\mid \\theta)\\big]$",
          explanation:
            "$\\log p(x \\mid \\theta)$ does not involve $z$, so this is just $\\ell(\\theta)$ again; $Q$ averages the complete-data log-likelihood.",
        },
      ],
      hints: [
        "The E is an expectation over the latent variables: at which parameters is their posterior computed?",
        "In the M-step $\\theta$ varies while the posterior stays put.",
      ],
    },
    {
      id: "gradient",
      prompt:
        "Claim: “At $\\theta = \\theta^{(t)}$, the gradient of $Q(\\theta \\mid \\theta^{(t)})$ with respect to $\\theta$ equals the gradient of $\\ell(\\theta)$.” True or false? Pick the verdict with the right reason.",
      input: "choice",
      show: 5,
      options: [
        {
          id: "true-both-zero",
          correct: false,
          label: "True: both are zero there.",
          explanation:
            "The verdict is right but the reason is wrong: the gradients agree at every $\\theta^{(t)}$, but they are zero only at a stationary point; away from one, both are non-zero and equal.",
        },
        {
          id: "false-values-only",
          correct: false,
          label: "False: only their values agree there.",
          explanation:
            "It is the other way round: $Q$ and $\\ell$ differ in value at $\\theta^{(t)}$ (by the posterior entropy), while their gradients agree there.",
        },
        {
          id: "true-gibbs",
          correct: true,
          label: "True: $\\ell - Q$ is a cross-entropy minimised at $\\theta^{(t)}$ (Gibbs' inequality), so its gradient there is zero.",
          explanation:
            "This is Fisher's identity. It is why a fixed point of EM is a stationary point of $\\ell$, and why the E-step can also supply $\\nabla \\ell$ to a gradient method.",
        },
        {
          id: "true-fisher-short",
          correct: true,
          label: "True: this is Fisher's identity.",
          explanation:
            "Right: $\\nabla \\ell(\\theta^{(t)}) = \\mathbb E_{z \\sim p(z \\mid x, \\theta^{(t)})}\\big[\\nabla_\\theta \\log p(x, z \\mid \\theta)\\big|_{\\theta^{(t)}}\\big]$, which is the gradient of $Q$ at $\\theta^{(t)}$, because $\\ell - Q$ is minimised there.",
        },
        {
          id: "false-kl-gradient",
          correct: false,
          label:
            "False: because $\\ell$ and $Q$ differ by a KL divergence whose gradient at $\\theta^{(t)}$ is generally non-zero, so the two gradients differ by it.",
          explanation:
            "The difference $\\ell - Q$ is a cross-entropy that attains its minimum at $\\theta = \\theta^{(t)}$ (Gibbs' inequality), so its gradient there is exactly zero.",
        },
        {
          id: "true-concave-touch",
          correct: false,
          label:
            "True: because $Q$ and $\\ell$ are both concave near $\\theta^{(t)}$ and touch there, and two concave functions that touch share a gradient.",
          explanation:
            "The verdict is right but the reason is wrong: $Q$ and $\\ell$ do not touch at $\\theta^{(t)}$ (they differ by the posterior entropy), $\\ell$ need not be concave, and touching concave functions need not share a gradient anyway.",
        },
        {
          id: "true-equal",
          correct: false,
          label:
            "True: because $Q(\\theta \\mid \\theta^{(t)}) = \\ell(\\theta)$ for every $\\theta$, so all their derivatives agree everywhere.",
          explanation:
            "They differ by a cross-entropy term that depends on $\\theta$ (and even at $\\theta^{(t)}$ they differ by the posterior entropy); only their gradients agree, and only at $\\theta^{(t)}$.",
        },
        {
          id: "false-only-at-convergence",
          correct: false,
          label:
            "False: the gradients agree only once EM has converged, where both are zero; before that they point in different directions.",
          explanation: "They agree at every current point $\\theta^{(t)}$, converged or not; at convergence both are zero.",
        },
        {
          id: "false-more-information",
          correct: false,
          label:
            "False: because $Q$ is built from the complete data, whose gradient includes the missing information and is therefore larger.",
          explanation:
            "The missing information makes the curvature of $Q$ larger than that of $\\ell$ (hence EM's cautious steps), not its gradient at $\\theta^{(t)}$; the gradients coincide there.",
        },
      ],
      hints: [
        "Take logs of Bayes' rule, $\\log p(x \\mid \\theta) = \\log p(x, z \\mid \\theta) - \\log p(z \\mid x, \\theta)$, and average over $z \\sim p(z \\mid x, \\theta^{(t)})$.",
        "The leftover term compares the posterior at $\\theta^{(t)}$ with the posterior at $\\theta$: where is it smallest, and what is its gradient there?",
      ],
    },
  ],
  solution: [
    "$Q$ freezes the posterior at the current parameters:",
    "$$Q(\\theta \\mid \\theta^{(t)}) = \\mathbb E_{z \\sim p(z \\mid x, \\theta^{(t)})}\\big[\\log p(x, z \\mid \\theta)\\big].$$",
    "Averaging Bayes' rule over the same posterior gives",
    "$$\\ell(\\theta) = Q(\\theta \\mid \\theta^{(t)}) + H(\\theta \\mid \\theta^{(t)}), \\qquad H(\\theta \\mid \\theta^{(t)}) = -\\mathbb E_{\\theta^{(t)}}\\big[\\log p(z \\mid x, \\theta)\\big].$$",
    "By Gibbs' inequality $H(\\theta \\mid \\theta^{(t)}) \\ge H(\\theta^{(t)} \\mid \\theta^{(t)})$, so (i) any $\\theta$ that raises $Q$ raises $\\ell$ at least as much, and (ii) $H$ is minimised at $\\theta^{(t)}$, so $\\nabla_\\theta Q(\\theta \\mid \\theta^{(t)})\\big|_{\\theta = \\theta^{(t)}} = \\nabla \\ell(\\theta^{(t)})$. A fixed point of EM, where $\\theta^{(t)}$ maximises $Q(\\cdot \\mid \\theta^{(t)})$, is therefore a stationary point of $\\ell$.",
  ].join("\n\n"),
});

const conceptLocalOptima = defineConcept({
  id: "concept-em-local-optima",
  title: "Where EM stops",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["local-optima", "saddle-point", "restarts", "convergence"],
  source:
    "Wu (1983), Annals of Statistics 11(1), “On the convergence properties of the EM algorithm”; McLachlan & Krishnan (2008), The EM Algorithm and Extensions, Ch. 3",
  scenarios: [
    { model: "a Gaussian mixture" },
    { model: "a mixture of Poisson distributions" },
    { model: "a mixture of multinomials (a topic model)" },
    { model: "a two-coin binomial mixture" },
  ],
  prompt: "EM is run on {{model}} until the log-likelihood stops changing.",
  parts: [
    {
      id: "statements",
      prompt: "Which statements about where it stops are true? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "match-components",
          correct: true,
          label: "Two runs that end with the same log-likelihood may list the same components in a different order.",
          explanation:
            "Relabelling the components leaves $\\ell$ unchanged, so equal-likelihood runs are often one fit; compare them only after matching components.",
        },
        {
          id: "tolerance-higher",
          correct: false,
          label: "Tightening the tolerance always moves the end point to a higher local maximum.",
          explanation:
            "A smaller tolerance only follows the same path further towards the same stationary point; it cannot jump to another hill.",
        },
        {
          id: "kmeans-global",
          correct: false,
          label: "Starting from a k-means solution guarantees that EM reaches the global maximum.",
          explanation:
            "k-means gives a sensible start, but its own answer is a local optimum of a different objective; EM from there still climbs only the hill it starts on.",
        },
        {
          id: "stationary",
          correct: true,
          label: "It stops near a stationary point of $\\ell$, usually a local maximum, which need not be the global one.",
          explanation:
            "Under mild regularity conditions the limit points of EM are stationary points of the observed log-likelihood (Wu, 1983); monotonicity does not make them global.",
        },
        {
          id: "saddle",
          correct: true,
          label: "It can stall at a saddle point: started with all components identical, EM stays there forever.",
          explanation:
            "A symmetric start is a fixed point of the EM map; when the data are really multimodal that fixed point is a saddle of $\\ell$, not a maximum, and only an asymmetric start escapes it.",
        },
        {
          id: "restarts",
          correct: true,
          label: "Different starts can end at different log-likelihoods, so one runs several and keeps the highest final value.",
          explanation:
            "Because the end point depends on the start, several random (or k-means) starts with the best final observed log-likelihood are the standard defence.",
        },
        {
          id: "global",
          correct: false,
          label: "Because the log-likelihood never decreases, EM stops at the global maximum.",
          explanation: "Monotone ascent climbs the hill it starts on; it cannot cross a valley to a higher hill.",
        },
        {
          id: "parameters-converge",
          correct: false,
          label: "Once the log-likelihood values converge, the parameter values must converge too.",
          explanation:
            "Wu (1983) shows the log-likelihood values converge; the parameters need extra conditions (for example isolated stationary points) and can drift along a ridge of equal likelihood.",
        },
      ],
      hints: [
        "Monotone ascent guarantees something about the path; what does it guarantee about the destination?",
        "Start with all components identical: what are the responsibilities, and what does the M-step return?",
      ],
    },
  ],
  solution: [
    "EM is a local ascent method. Wu (1983) showed that, under regularity conditions, the log-likelihood values converge and every limit point of the iterates is a stationary point of $\\ell$: typically a local maximum, possibly a saddle point, rarely the global maximum by luck alone.",
    "A symmetric start is the classic trap for {{model}}: identical components give $r_{ik} = 1/K$ for every point, and the M-step returns identical components again.",
    "The parameter sequence itself converges under extra conditions (for example, when stationary points are isolated). In practice: several starts, keep the highest final $\\ell$, and compare runs only after matching their components.",
  ].join("\n\n"),
});

const conceptSingularity = defineConcept({
  id: "concept-singularity-collapse",
  title: "A component collapsing onto one point",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["gmm", "singularity", "variance-floor", "map"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2.1; Hathaway (1985), Annals of Statistics 13(2); Fraley & Raftery (2007), Journal of Classification 24",
  scenarios: [
    { data: "adults' heights", j: "7", seq: "10^{-2}, 10^{-4}, 10^{-6}" },
    { data: "log incomes", j: "3", seq: "10^{-1}, 10^{-3}, 10^{-5}" },
    { data: "sensor readings that include a repeated value", j: "12", seq: "10^{-3}, 10^{-6}, 10^{-9}" },
    { data: "reaction times", j: "25", seq: "0.5, 0.05, 0.005" },
  ],
  prompt:
    "EM is fitting a 1-D, two-component Gaussian mixture with free variances to {{data}}. After some iterations, component 2's mean sits on the data point $x_{ {{j}} }$ and its variance keeps shrinking: $\\sigma_2^2 = {{seq}}, \\dots$",
  parts: [
    {
      id: "limit",
      prompt: "What happens to the observed-data log-likelihood as $\\sigma_2^2 \\to 0$ with $\\mu_2 = x_{ {{j}} }$?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "unbounded",
          correct: true,
          label: "It grows without bound.",
          explanation:
            "Right: point {{j}}'s density under component 2 is $\\pi_2 / \\sqrt{2\\pi\\sigma_2^2} \\to \\infty$, while component 1 keeps every other point's term finite, so $\\ell \\to +\\infty$.",
        },
        {
          id: "to-zero",
          correct: false,
          label: "It tends to 0.",
          explanation:
            "A log-likelihood tending to 0 would mean the data become certain; here point {{j}}'s term grows without bound instead, so $\\ell \\to +\\infty$.",
        },
        {
          id: "bounded",
          correct: false,
          label: "It stays bounded.",
          explanation:
            "It is unbounded: the collapsing component's density at its data point is $1/\\sqrt{2\\pi\\sigma_2^2}$ times its weight, which grows without limit.",
        },
        {
          id: "oscillates",
          correct: false,
          label: "It oscillates, because EM keeps moving the mean off the point and back again.",
          explanation:
            "With $\\mu_2$ on the point and the variance shrinking, every step raises the likelihood further; nothing pulls the mean away, so there is no oscillation.",
        },
        {
          id: "equals-single-normal",
          correct: false,
          label: "It tends to the log-likelihood of component 1 alone, as if component 2 vanished.",
          explanation:
            "Component 2 does not vanish: its density at point {{j}} grows without bound, adding a term that goes to $+\\infty$.",
        },
        {
          id: "plus-infinity",
          correct: true,
          label: "It goes to $+\\infty$.",
          explanation:
            "Point {{j}}'s term includes $\\pi_2 / \\sqrt{2\\pi\\sigma_2^2} \\to \\infty$, while component 1 keeps every other point's density positive. The likelihood is unbounded, and this degenerate spike is not a useful estimate.",
        },
        {
          id: "minus-infinity",
          correct: false,
          label: "It goes to $-\\infty$, because the other points get zero density.",
          explanation:
            "That happens with a single normal; here component 1 still gives every other point a positive density, so their terms stay finite.",
        },
        {
          id: "finite",
          correct: false,
          label: "It converges to a finite value, which is the MLE.",
          explanation: "The likelihood grows without bound along this path, so there is no finite maximum there to call the MLE.",
        },
        {
          id: "decreases",
          correct: false,
          label: "It decreases, so EM will move away by itself.",
          explanation: "EM climbs the likelihood, and the likelihood increases along the collapse, so EM is drawn in, not pushed out.",
        },
      ],
      hints: [
        "Evaluate $\\mathcal N(x_{ {{j}} } \\mid x_{ {{j}} }, \\sigma_2^2)$: what happens as $\\sigma_2 \\to 0$?",
        "And the other points: does any of them lose all its density, given that component 1 is still there?",
      ],
    },
    {
      id: "remedies",
      prompt: "Which remedies are sound? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "tied-variance",
          correct: true,
          label: "Give both components one shared variance, so no component can shrink onto a single point alone.",
          explanation:
            "With a common variance, shrinking it onto one point shrinks it for every component, and the other points' terms then fall to $-\\infty$: the likelihood is bounded (given more distinct points than components).",
        },
        {
          id: "standardise",
          correct: false,
          label: "Standardise the data to mean 0 and variance 1 before running EM.",
          explanation:
            "Rescaling moves the spike but does not remove it: a component can still collapse onto one standardised point with variance tending to 0.",
        },
        {
          id: "more-components",
          correct: false,
          label: "Add more components, so that the collapsing one is no longer needed.",
          explanation:
            "Every extra component with a free variance is one more that can collapse onto a point; more components make singularities more likely, not less.",
        },
        {
          id: "floor",
          correct: true,
          label: "Put a floor on each variance ($\\sigma_k^2 \\ge \\varepsilon$), or bound the ratio of the variances.",
          explanation:
            "Constraining the parameter space keeps the likelihood bounded (Hathaway, 1985); the constrained maximum is a proper estimate.",
        },
        {
          id: "prior",
          correct: true,
          label: "Use MAP-EM with a prior on the variances (for example inverse-gamma), which keeps the M-step's variance away from 0.",
          explanation:
            "A conjugate prior adds pseudo-observations to the variance update, which then cannot reach 0; Fraley and Raftery (2007) recommend this for model-based clustering.",
        },
        {
          id: "reset",
          correct: true,
          label: "Detect the collapse and reset that component (for example to a random mean and a large variance), then continue.",
          explanation: "A practical heuristic that Bishop (§9.2.1) describes: reset the collapsing component and carry on.",
        },
        {
          id: "iterate-more",
          correct: false,
          label: "Run more iterations until the variance settles.",
          explanation: "The variance will not settle: each iteration raises the likelihood further along the collapse.",
        },
        {
          id: "log-scale",
          correct: false,
          label: "Work with the log-likelihood instead of the likelihood, which removes the singularity.",
          explanation:
            "The log of an unbounded likelihood is still unbounded; logs help against numerical underflow, not against the singularity.",
        },
      ],
      hints: [
        "The problem is in the model's parameter space, not in the arithmetic: what would stop $\\sigma_2^2$ reaching 0?",
        "Think of constraints, priors, and practical resets.",
      ],
    },
  ],
  solution: [
    "With $\\mu_2 = x_{ {{j}} }$,",
    "$$\\ell \\ge \\log \\frac{\\pi_2}{\\sqrt{2\\pi\\sigma_2^2}} + \\sum_{i \\ne {{j}} } \\log\\big[\\pi_1\\, \\mathcal N(x_i \\mid \\mu_1, \\sigma_1^2)\\big] \\xrightarrow[\\sigma_2 \\to 0]{} +\\infty,$$",
    "so the mixture likelihood is unbounded and EM, which always climbs, can be drawn into the spike. (With one normal the other points' terms would fall to $-\\infty$ faster, so no singularity.)",
    "Remedies: a variance floor or a bound on variance ratios (Hathaway, 1985); a prior on the variances, i.e. MAP-EM, whose variance update has extra pseudo-counts in it (Fraley and Raftery, 2007); or detecting the collapse and resetting the component (Bishop §9.2.1). The sought estimate is a local maximum in the interior of the parameter space.",
  ].join("\n\n"),
});

const conceptLabelSwitching = defineConcept({
  id: "concept-label-switching",
  title: "Two runs, the same fit, swapped labels",
  topic: "em-properties",
  difficulty: "easy",
  tags: ["label-switching", "identifiability", "gmm"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.2.1; Murphy (2012), Machine Learning: A Probabilistic Perspective, §11.3.1; Stephens (2000), Journal of the Royal Statistical Society B 62(4)",
  scenarios: [
    { data: "the same data", a: "(0.3, 1.2, 0.5)", b: "(0.7, 4.8, 1.1)", avgMu: "3.0" },
    { data: "the same log incomes", a: "(0.4, -0.5, 0.8)", b: "(0.6, 2.5, 0.6)", avgMu: "1.0" },
    { data: "the same fish lengths", a: "(0.25, 10.2, 2.0)", b: "(0.75, 14.6, 1.5)", avgMu: "12.4" },
    { data: "the same reaction times", a: "(0.55, 3.1, 0.4)", b: "(0.45, 6.3, 0.9)", avgMu: "4.7" },
  ],
  prompt:
    "Two EM runs on {{data}} with a two-component 1-D Gaussian mixture end with the same log-likelihood.\n\n- Run 1: $(\\pi_1, \\mu_1, \\sigma_1^2) = {{a}}$ and $(\\pi_2, \\mu_2, \\sigma_2^2) = {{b}}$.\n- Run 2: $(\\pi_1, \\mu_1, \\sigma_1^2) = {{b}}$ and $(\\pi_2, \\mu_2, \\sigma_2^2) = {{a}}$.",
  parts: [
    {
      id: "meaning",
      prompt: "What does this tell you?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "bug-short",
          correct: false,
          label: "One of the two runs has a bug.",
          explanation:
            "Both runs are correct: the likelihood does not depend on how the components are numbered, so EM can end with either numbering.",
        },
        {
          id: "too-many",
          correct: false,
          label: "The model has too many components.",
          explanation:
            "Relabelling symmetry exists for every mixture with two or more components; it says nothing about whether two components are too many.",
        },
        {
          id: "same-fit",
          correct: true,
          label: "The runs found the same fitted distribution with the labels swapped.",
          explanation:
            "The mixture density is a sum, so permuting its components leaves the density and the likelihood unchanged: label switching.",
        },
        {
          id: "same-fit-short",
          correct: true,
          label: "Nothing is wrong: it is one fit, relabelled.",
          explanation:
            "Right: permuting the components of a mixture leaves its density, hence its likelihood, unchanged; the two runs are the same estimate.",
        },
        {
          id: "not-identifiable",
          correct: false,
          label: "The mixture is not identifiable from these data, so neither run's estimates can be trusted or interpreted at all.",
          explanation:
            "Mixtures are identifiable up to relabelling, which is exactly what is seen here; each run's components are meaningful, only their numbering is arbitrary.",
        },
        {
          id: "rerun",
          correct: false,
          label: "EM has not converged yet: with more iterations the two runs would settle on a single common labelling.",
          explanation:
            "Both runs sit at a maximum; more iterations change nothing. No labelling is preferred by the likelihood, so EM has no reason to move towards one.",
        },
        {
          id: "bug",
          correct: false,
          label: "Run 2 is wrong: component 1 should always be the one with the smaller mean, as EM orders its output.",
          explanation:
            "Nothing in the likelihood says which component is first; ordering by mean is a convention you may impose afterwards, not a property of the MLE.",
        },
        {
          id: "two-maxima",
          correct: false,
          label: "The runs found two different local maxima that happen to have exactly the same log-likelihood value.",
          explanation: "They are one maximum seen under two labellings: the fitted density $p(x)$ is identical at every $x$.",
        },
        {
          id: "average",
          correct: false,
          label: "Average the two runs for a better estimate: $\\pi_1 = 0.5$, $\\mu_1 = {{avgMu}}$, and so on.",
          explanation:
            "Averaging across labellings blends the two components into a meaningless fit; runs must be aligned component to component before they are compared or combined.",
        },
      ],
      hints: [
        "Write $p(x)$ for run 1 and for run 2 as sums of two weighted normal densities.",
        "Does the order of the terms in a sum change its value?",
      ],
    },
    {
      id: "count",
      prompt:
        "For a $K$-component mixture with distinct components, how many parameter settings give exactly the same fitted density as one maximum?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "two",
          correct: false,
          label: "$2$",
          explanation:
            "Swapping two labels is only one relabelling; with $K$ distinct components every one of the $K!$ orderings gives the same density.",
        },
        {
          id: "k-minus-one-factorial",
          correct: false,
          label: "$(K - 1)!$",
          explanation:
            "That fixes one component's label and permutes the rest; but the first label can go to any of the $K$ components too, giving $K \\cdot (K-1)! = K!$.",
        },
        {
          id: "k-squared",
          correct: false,
          label: "$K^2$",
          explanation:
            "Relabellings are permutations, one label per component with no repeats; their number is $K!$, which grows much faster than $K^2$.",
        },
        {
          id: "k-factorial",
          correct: true,
          label: "$K!$",
          explanation: "Each permutation of the $K$ labels gives the same density, so every maximum comes with $K! - 1$ twins.",
        },
        {
          id: "k",
          correct: false,
          label: "$K$",
          explanation:
            "Choosing only which component is called first misses the orderings of the rest; the relabellings are all $K!$ permutations.",
        },
        {
          id: "two-to-k",
          correct: false,
          label: "$2^K$",
          explanation: "Relabellings are permutations of the labels, not a yes/no choice per component.",
        },
        {
          id: "one",
          correct: false,
          label: "$1$: the maximum-likelihood estimate is unique.",
          explanation:
            "Mixture parameters are identifiable only up to a permutation of the labels, so the MLE is never unique as a parameter vector.",
        },
      ],
      hints: [
        "How many ways can you attach the labels $1, \\dots, K$ to $K$ distinct components?",
        "Each way gives the same density, hence the same likelihood.",
      ],
    },
  ],
  solution: [
    "The mixture density $p(x) = \\sum_{k=1}^K \\pi_k\\, \\mathcal N(x \\mid \\mu_k, \\sigma_k^2)$ does not change when the components are permuted, so every maximum has $K!$ equivalent parameter vectors (Bishop §9.2.1). Runs 1 and 2 are the same fit.",
    "For maximum likelihood this is harmless: any of the $K!$ is the answer. It matters when comparing or averaging runs (align components first, e.g. by ordering the means) and in Bayesian MCMC, where samples hop between labellings (Stephens, 2000). Graders of mixture answers should accept the components in any order.",
  ].join("\n\n"),
});

const conceptStoppingRules = defineConcept({
  id: "concept-em-stopping-rules",
  title: "When to stop EM",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["stopping-rule", "convergence", "tolerance"],
  source:
    "McLachlan & Krishnan (2008), The EM Algorithm and Extensions, Ch. 3 and Ch. 4; Murphy (2012), Machine Learning: A Probabilistic Perspective, §11.4",
  scenarios: [
    { model: "a Gaussian mixture" },
    { model: "a hidden Markov model" },
    { model: "a zero-inflated Poisson regression" },
    { model: "a topic model (mixture of multinomials)" },
  ],
  prompt: "You are implementing EM for {{model}} and must decide when the loop stops.",
  parts: [
    {
      id: "rules",
      prompt: "Which rules are sound? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "aitken",
          correct: true,
          label:
            "Estimate the limit of the log-likelihood by Aitken acceleration and stop when the current value is within a tolerance of that limit.",
          explanation:
            "With linear convergence the increments shrink geometrically, so the remaining gain can be extrapolated; this guards against stopping while EM is crawling (McLachlan and Krishnan, Ch. 4).",
        },
        {
          id: "fixed-ten",
          correct: false,
          label: "Always stop after ten iterations, since EM converges within a few steps.",
          explanation:
            "EM's linear rate can be close to 1; some fits need hundreds or thousands of iterations. A fixed small count stops many runs far from the maximum.",
        },
        {
          id: "responsibilities-of-one",
          correct: false,
          label: "Stop when the responsibilities of the first data point stop changing.",
          explanation:
            "One point's responsibilities can settle while parameters that barely affect it are still moving; a stopping rule must watch the whole fit, through $\\ell$ or all the parameters.",
        },
        {
          id: "relative-log-likelihood",
          correct: true,
          label:
            "Stop when the relative increase of the log-likelihood, $\\big(\\ell^{(t+1)} - \\ell^{(t)}\\big) / |\\ell^{(t)}|$, falls below a tolerance such as $10^{-8}$.",
          explanation: "A standard rule; the relative form makes one tolerance work whatever the sample size and the scale of $\\ell$.",
        },
        {
          id: "parameter-change",
          correct: true,
          label: "Stop when the largest change in any parameter between iterations falls below a tolerance.",
          explanation:
            "Also standard; it watches the estimates themselves, which matters when a flat likelihood barely changes while the parameters still drift.",
        },
        {
          id: "iteration-cap",
          correct: true,
          label: "Also stop after a maximum number of iterations, and report that the run did not converge.",
          explanation:
            "A safety net: EM can crawl when much information is missing, and a cap with an honest “not converged” flag beats an endless loop or a silently partial answer.",
        },
        {
          id: "on-decrease",
          correct: false,
          label: "Stop as soon as the log-likelihood decreases, since that marks the maximum.",
          explanation:
            "Exact EM never decreases $\\ell$; a decrease is a bug (often in the E-step or in the log-likelihood formula), not a sign of the optimum.",
        },
        {
          id: "small-step-proves",
          correct: false,
          label: "A small increase per iteration proves that the estimates are within the tolerance of the maximum.",
          explanation:
            "When the convergence rate is close to 1 (much missing information), EM takes tiny steps while still far from the maximum: lack of progress is not convergence.",
        },
      ],
      hints: [
        "Which quantities does each iteration produce that you could monitor?",
        "EM's steps can become tiny long before the maximum when its linear rate is close to 1.",
      ],
    },
  ],
  solution: [
    "Sound rules monitor what the iterations produce: the (relative) change in $\\ell$, the largest change in the parameters, and a cap on iterations with an honest “not converged” report.",
    "Two cautions. Exact EM is monotone, so a decrease of $\\ell$ means a bug, never a maximum. And because EM converges linearly with a rate that can be close to 1, a small change per iteration does not prove closeness: if the error shrinks by a factor $\\rho$ per step, a parameter change of $\\delta$ per step can leave a remaining distance of about $\\delta / (1 - \\rho)$ (the idea behind Aitken-based stopping rules).",
  ].join("\n\n"),
});

const conceptConvergenceRate = defineConcept({
  id: "concept-em-convergence-rate",
  title: "How fast EM converges, and why",
  topic: "em-properties",
  difficulty: "hard",
  tags: ["convergence-rate", "missing-information", "linear-convergence"],
  source:
    "Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), §3; Meng & Rubin (1994), Linear Algebra and its Applications, “On the global and componentwise rates of convergence of the EM algorithm”; McLachlan & Krishnan (2008), The EM Algorithm and Extensions, Ch. 3",
  scenarios: [
    { rho: "0.9", iters: "22", lnrho: "1/0.9" },
    { rho: "0.99", iters: "229", lnrho: "1/0.99" },
    { rho: "0.8", iters: "10", lnrho: "1/0.8" },
    { rho: "0.95", iters: "45", lnrho: "1/0.95" },
  ],
  prompt:
    "Near a maximum $\\hat\\theta$, the EM map $\\theta^{(t+1)} = M(\\theta^{(t)})$ behaves like $\\theta^{(t+1)} - \\hat\\theta \\approx J\\, (\\theta^{(t)} - \\hat\\theta)$, where Dempster, Laird and Rubin showed $J = I_c^{-1} I_m$: $I_c$ is the complete-data information and $I_m = I_c - I_o$ the missing information ($I_o$ the observed information), all at $\\hat\\theta$. In the fit at hand, the largest eigenvalue of $J$ is $\\rho = {{rho}}$.",
  parts: [
    {
      id: "kind",
      prompt: "What kind of convergence is this?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "linear-half",
          correct: false,
          label: "Linear, always at rate $1/2$.",
          explanation:
            "The rate is not a universal constant: it is the largest fraction of missing information, here $\\rho = {{rho}}$, and it changes with the model and the data.",
        },
        {
          id: "quadratic-fixed-point",
          correct: false,
          label: "Quadratic, as for any fixed-point map.",
          explanation:
            "A fixed-point iteration converges linearly in general, at the rate of its Jacobian's largest eigenvalue; it is quadratic only when that Jacobian is zero at the solution, which for EM means nothing is missing.",
        },
        {
          id: "no-convergence",
          correct: false,
          label: "It need not converge at all near $\\hat\\theta$.",
          explanation:
            "With $\\rho < 1$ the error shrinks by about $\\rho$ at every step, so the iterates do converge to $\\hat\\theta$ once they are near it; the issue is speed, not convergence.",
        },
        {
          id: "linear",
          correct: true,
          label: "Linear: the error shrinks by a factor of about $\\rho = {{rho}}$ per iteration.",
          explanation:
            "A linear rate $\\rho < 1$ multiplies the error by about $\\rho$ per step; with $\\rho = {{rho}}$, one more correct decimal digit takes about $\\ln 10 / \\ln({{lnrho}}) \\approx {{iters}}$ iterations.",
        },
        {
          id: "linear-short",
          correct: true,
          label: "Linear, at the rate of missing information.",
          explanation:
            "Right: the error is multiplied by about the largest eigenvalue of $I_c^{-1} I_m$, here $\\rho = {{rho}}$, at each iteration.",
        },
        {
          id: "superlinear",
          correct: false,
          label:
            "Superlinear, like a quasi-Newton method: the factor by which the error shrinks itself tends to 0 as the iterations go on.",
          explanation:
            "The factor tends to the largest eigenvalue of $I_c^{-1} I_m$, here {{rho}}, not to 0: EM's rate stays linear unless no information is missing.",
        },
        {
          id: "quadratic",
          correct: false,
          label: "Quadratic, like Newton's method: the number of correct digits roughly doubles with each further iteration.",
          explanation:
            "Newton's method uses the observed information $I_o$; EM in effect uses $I_c$ instead, and that mismatch leaves a linear rate.",
        },
        {
          id: "sublinear",
          correct: false,
          label: "Sublinear: the error falls like $1/t$ after $t$ iterations, whatever the model and the data.",
          explanation:
            "At a regular maximum, where some information is observed, the error falls geometrically; sublinear crawling appears only when the fraction of missing information reaches 1.",
        },
        {
          id: "finite",
          correct: false,
          label: "It finishes exactly after as many iterations as there are free parameters in the model.",
          explanation:
            "That describes methods such as conjugate gradients on a quadratic; EM is a fixed-point iteration with no finite termination in general.",
        },
      ],
      hints: [
        "Compare the error after an iteration with the error before: is it a constant factor times it, or its square?",
        "The factor is the share of information that the missing data would have supplied.",
      ],
    },
    {
      id: "slower",
      prompt: "Which two-component Gaussian mixture fit converges more slowly?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "smaller-variances",
          correct: false,
          label: "The one with smaller variances.",
          explanation:
            "Rescaling the data changes every variance without changing the rate; what matters is how much the components overlap relative to their spread.",
        },
        {
          id: "fewer-points",
          correct: false,
          label: "The one with fewer data points.",
          explanation:
            "The rate is the fraction of missing information, which depends on how well the data reveal the labels, not on the number of points.",
        },
        {
          id: "equal-weights",
          correct: false,
          label: "The one with equal weights.",
          explanation:
            "Equal weights do not by themselves hide the labels; what slows EM is overlap, which leaves responsibilities near 1/2.",
        },
        {
          id: "overlapping",
          correct: true,
          label: "Heavily overlapping components, with many responsibilities near 1/2.",
          explanation:
            "When the data say little about the labels, most of the complete-data information is missing, the rate is near 1, and EM crawls.",
        },
        {
          id: "overlapping-short",
          correct: true,
          label: "The one whose components overlap more.",
          explanation:
            "Right: the more the components overlap, the less the data reveal the labels, the larger the fraction of missing information, and the closer the rate is to 1.",
        },
        {
          id: "unequal-weights",
          correct: false,
          label:
            "The one with very unequal weights such as 0.95 and 0.05, whatever the overlap, because the small component has few points.",
          explanation:
            "Unequal weights matter only through how much label information is missing; well-separated components converge fast even with unequal weights.",
        },
        {
          id: "separated",
          correct: false,
          label: "Two well-separated components, where the responsibilities are all close to 0 or to 1.",
          explanation:
            "Then the labels are nearly known, little information is missing, the rate is near 0 and EM converges in a few iterations.",
        },
        {
          id: "more-data",
          correct: false,
          label: "The one with more data points, whatever the overlap, since each iteration has more to process.",
          explanation:
            "The rate depends on the fraction of information missing, which does not grow with $n$; more data make each iteration cost more, not the rate worse.",
        },
        {
          id: "same",
          correct: false,
          label: "Both converge at the same rate, because the rate is a property of the algorithm.",
          explanation: "EM's rate is a property of the model and the data at the maximum: the fraction of missing information.",
        },
      ],
      hints: [
        "How well can the labels be guessed from the data in each case?",
        "Responsibilities near 1/2 mean the labels' information is largely missing.",
      ],
    },
    {
      id: "nothing-missing",
      prompt:
        "Claim: “If no information is missing ($I_m = 0$), EM converges in one iteration.” True or false? Pick the verdict with the right reason.",
      input: "choice",
      show: 4,
      options: [
        {
          id: "true-k-means",
          correct: false,
          label: "True: EM is then k-means.",
          explanation:
            "With nothing missing there are no labels to assign at all; the one-step convergence comes from $Q(\\theta \\mid \\theta^{(t)}) = \\ell(\\theta)$, not from any link to k-means.",
        },
        {
          id: "false-cannot-move",
          correct: false,
          label: "False: a zero rate means EM cannot move.",
          explanation:
            "A rate of 0 means the error after one step is 0: EM moves straight to the maximum, because $Q(\\theta \\mid \\theta^{(t)}) = \\ell(\\theta)$.",
        },
        {
          id: "false-check",
          correct: false,
          label: "False: it needs a second iteration to check.",
          explanation:
            "A convergence check may run a second iteration, but the estimate is already the MLE after the first M-step; the claim is about where EM lands, not about bookkeeping.",
        },
        {
          id: "true-one-step",
          correct: true,
          label: "True: then $Q(\\theta \\mid \\theta^{(t)})$ is $\\ell(\\theta)$ itself, so the first M-step maximises $\\ell$.",
          explanation:
            "With nothing missing, $Q(\\theta \\mid \\theta^{(t)}) = \\ell(\\theta)$ whatever $\\theta^{(t)}$ is, and the rate $I_c^{-1} I_m$ is 0.",
        },
        {
          id: "true-rate-zero",
          correct: true,
          label: "True: the rate $I_c^{-1} I_m$ is then 0.",
          explanation:
            "Right: a rate of 0 sends the error to 0 in one step; equivalently $Q(\\theta \\mid \\theta^{(t)}) = \\ell(\\theta)$, so the first M-step is the MLE.",
        },
        {
          id: "false-information-equal",
          correct: false,
          label:
            "False: because $I_m = 0$ means the complete and observed information are equal, which only makes each iteration cheaper, not fewer.",
          explanation:
            "Equal information means the E-step has nothing to fill in: the M-step maximises the observed-data likelihood itself, so one iteration suffices.",
        },
        {
          id: "false-always-iterates",
          correct: false,
          label: "False: because EM's rate is linear, so it always needs several iterations to reach the maximum.",
          explanation: "A linear rate of 0 is immediate convergence: with nothing missing there is nothing for the E-step to fill in.",
        },
        {
          id: "false-start",
          correct: false,
          label: "False: because the result of the first iteration still depends on the starting guess.",
          explanation: "With nothing missing the M-step ignores the start: it maximises the same likelihood whatever $\\theta^{(t)}$ was.",
        },
        {
          id: "true-newton",
          correct: false,
          label: "True: because EM then becomes Newton's method, which converges in one step.",
          explanation:
            "Newton's method would still iterate unless $\\ell$ were quadratic; the reason is that the M-step maximises $\\ell$ itself.",
        },
      ],
      hints: ["What would the E-step have to fill in?", "Then how does $Q(\\theta \\mid \\theta^{(t)})$ relate to $\\ell(\\theta)$?"],
    },
  ],
  solution: [
    "Linearising the EM map at $\\hat\\theta$ gives the rate matrix",
    "$$J = I_c^{-1} I_m = I - I_c^{-1} I_o,$$",
    "the fraction of missing information. The error shrinks by about its largest eigenvalue $\\rho$ per iteration: **linear** convergence, fast when $\\rho$ is small (little missing), very slow when $\\rho$ is close to 1 (e.g. heavily overlapping components). Newton's method, which uses $I_o$ directly, converges quadratically near the maximum.",
    "With $I_m = 0$ there is nothing to fill in, $Q(\\theta \\mid \\theta^{(t)}) = \\ell(\\theta)$, and the first M-step is the MLE. With $\\rho = {{rho}}$, each extra decimal digit costs $\\ln 10 / \\ln({{lnrho}}) \\approx {{iters}}$ iterations.",
  ].join("\n\n"),
});

const conceptVsGradient = defineConcept({
  id: "concept-em-vs-gradient-ascent",
  title: "EM versus gradient ascent",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["gradient-ascent", "newton", "convergence-rate", "constraints"],
  source:
    "Xu & Jordan (1996), Neural Computation 8(1), “On convergence properties of the EM algorithm for Gaussian mixtures”; Redner & Walker (1984), SIAM Review 26(2); Jamshidian & Jennrich (1997), Journal of the Royal Statistical Society B 59(3)",
  scenarios: [
    { data: "adults' heights" },
    { data: "customers' log spending" },
    { data: "2-D positions of galaxies" },
    { data: "gene-expression measurements" },
  ],
  prompt:
    "A Gaussian mixture for {{data}} can be fitted either by EM or by gradient ascent (or a quasi-Newton method) on the observed log-likelihood.",
  parts: [
    {
      id: "statements",
      prompt: "Which statements are true? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "same-stationary",
          correct: true,
          label: "Run to convergence from the same start, both methods end at stationary points of the same log-likelihood.",
          explanation:
            "Both climb the observed-data log-likelihood; EM's fixed points are stationary points of $\\ell$ (its gradient equals that of $Q$ at the current point), as are gradient ascent's.",
        },
        {
          id: "different-objective",
          correct: false,
          label:
            "EM maximises the expected complete-data log-likelihood, so its final estimates differ from the observed-data MLE that gradient ascent finds.",
          explanation:
            "$Q$ is only the surrogate inside each iteration; EM's fixed points are stationary points of the observed-data log-likelihood, the same target as gradient ascent's.",
        },
        {
          id: "gradient-free-constraints",
          correct: false,
          label: "Plain gradient ascent keeps the weights summing to 1 and the variances positive without any reparameterisation.",
          explanation:
            "An unconstrained gradient step can push a weight below 0 or a variance below 0; gradient methods need softmax weights, log-variances or projections.",
        },
        {
          id: "no-step-size",
          correct: true,
          label: "EM needs no step size, and its updates keep the weights on the simplex and the variances positive without extra work.",
          explanation:
            "Each M-step is a closed-form weighted MLE that lands inside the parameter space; gradient methods need a step size and a reparameterisation (softmax weights, log-variances) or projections.",
        },
        {
          id: "preconditioned",
          correct: true,
          label: "An EM step is a gradient step multiplied by a positive-definite matrix.",
          explanation:
            "Xu and Jordan (1996) show $\\theta^{(t+1)} - \\theta^{(t)} = P(\\theta^{(t)})\\, \\nabla \\ell(\\theta^{(t)})$ for Gaussian mixtures with $P$ positive definite: EM is a preconditioned gradient ascent.",
        },
        {
          id: "newton-faster",
          correct: true,
          label: "Near the maximum, Newton or quasi-Newton methods converge faster than EM when much information is missing.",
          explanation:
            "EM's rate is linear and approaches 1 as the missing fraction grows; Newton's is quadratic and quasi-Newton's superlinear, which is why hybrids switch to them near the end (Jamshidian and Jennrich, 1997).",
        },
        {
          id: "global",
          correct: false,
          label: "EM finds the global maximum, whereas gradient ascent only finds a local one.",
          explanation:
            "Both are local ascent methods on the same surface; EM's monotonicity does not help it cross a valley to a higher maximum.",
        },
        {
          id: "needs-hessian",
          correct: false,
          label: "EM needs the Hessian of the log-likelihood, which gradient ascent avoids.",
          explanation:
            "EM for mixtures needs no derivatives at all; the Hessian is what Newton's method needs, and what EM users must work to recover for standard errors (for example by Louis's method).",
        },
      ],
      hints: [
        "Think about constraints (weights sum to 1, variances positive), speed near the optimum, and what each method needs to compute.",
        "Recall that $\\nabla_\\theta Q(\\theta \\mid \\theta^{(t)})$ at $\\theta^{(t)}$ equals $\\nabla \\ell(\\theta^{(t)})$: EM moves uphill, but how far and in which metric?",
      ],
    },
  ],
  solution: [
    "EM and gradient methods climb the same surface to local maxima. EM's strengths: no step size, automatic constraints, closed-form steps, monotone progress. Its step is a preconditioned gradient step,",
    "$$\\theta^{(t+1)} - \\theta^{(t)} = P(\\theta^{(t)})\\, \\nabla \\ell(\\theta^{(t)}), \\qquad P \\succ 0$$",
    "(Xu and Jordan, 1996), which is why it always moves uphill. Its weakness: a linear rate governed by the fraction of missing information, slow for overlapping components, where Newton-type methods (quadratic or superlinear) win near the optimum; accelerated and hybrid schemes combine the two. EM gives no Hessian for free: standard errors need extra work (Louis's method, SEM).",
  ].join("\n\n"),
});

const conceptGeneralisedEm = defineConcept({
  id: "concept-generalized-em",
  title: "When the M-step cannot be solved exactly",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["generalised-em", "ecm", "monotonicity"],
  source:
    "Dempster, Laird & Rubin (1977), Journal of the Royal Statistical Society B 39(1), §3; Meng & Rubin (1993), Biometrika 80(2), “Maximum likelihood estimation via the ECM algorithm: a general framework”",
  scenarios: [
    { model: "a mixture of experts (logistic gating)" },
    { model: "a mixture of $t$ distributions with unknown degrees of freedom" },
    { model: "a mixture of gamma distributions with unknown shapes" },
    { model: "a mixture of logistic regressions" },
  ],
  prompt: "In {{model}}, the M-step has no closed form: $Q(\\theta \\mid \\theta^{(t)})$ cannot be maximised exactly.",
  parts: [
    {
      id: "gem",
      prompt: "Which replacement for the exact M-step keeps the guarantee that the observed log-likelihood never decreases?",
      input: "choice",
      show: 5,
      options: [
        {
          id: "lower-kl",
          correct: false,
          label: "Any step that lowers the KL gap.",
          explanation:
            "The KL gap is closed by the E-step, not the M-step; what the guarantee needs from the M-step replacement is that $Q$ does not fall.",
        },
        {
          id: "fixed-along-q",
          correct: false,
          label: "A step of fixed length along $\\nabla Q$.",
          explanation:
            "A fixed length can overshoot and lower $Q$; the guarantee needs a check (such as step-halving) that $Q$ did not fall.",
        },
        {
          id: "increase-q",
          correct: true,
          label:
            "Any $\\theta^{(t+1)}$ with $Q(\\theta^{(t+1)} \\mid \\theta^{(t)}) \\ge Q(\\theta^{(t)} \\mid \\theta^{(t)})$, e.g. a damped Newton step.",
          explanation:
            "That is a generalised EM (GEM) step, defined by Dempster, Laird and Rubin: the monotonicity proof only needs $Q$ not to fall, because $\\ell(\\theta) - \\ell(\\theta^{(t)}) \\ge Q(\\theta \\mid \\theta^{(t)}) - Q(\\theta^{(t)} \\mid \\theta^{(t)})$.",
        },
        {
          id: "no-lower-q-short",
          correct: true,
          label: "Any step that does not lower $Q$.",
          explanation:
            "Right: that is a generalised EM step. The monotonicity proof needs only $Q(\\theta^{(t+1)} \\mid \\theta^{(t)}) \\ge Q(\\theta^{(t)} \\mid \\theta^{(t)})$, since $\\ell$ gains at least what $Q$ gains.",
        },
        {
          id: "approximate-max",
          correct: false,
          label:
            "A numerical optimiser run on $Q$ to a loose tolerance, accepted whatever it returns, since it is approximately the maximiser.",
          explanation:
            "An approximate optimiser can return a point where $Q$ is lower than at the start; without checking that $Q$ did not fall, the guarantee is lost.",
        },
        {
          id: "fixed-gradient-step",
          correct: false,
          label: "A gradient step on $\\ell$ of a fixed size, chosen once at the start so that the iterations stay comparable.",
          explanation:
            "A fixed step can overshoot and lower both $Q$ and $\\ell$; without a check that something went up, nothing is guaranteed.",
        },
        {
          id: "repeat-e-step",
          correct: false,
          label: "Skip the M-step for those parameters and repeat the E-step instead, until the responsibilities settle.",
          explanation:
            "Repeating the E-step with unchanged parameters gives the same responsibilities: nothing moves, so EM stalls rather than climbs.",
        },
        {
          id: "exact-required",
          correct: false,
          label: "None: unless $Q$ is maximised exactly at every iteration, the log-likelihood can fall and EM can diverge.",
          explanation: "Exact maximisation is sufficient, not necessary: any increase of $Q$ is enough for the monotonicity argument.",
        },
        {
          id: "responsibilities-change",
          correct: false,
          label: "Any random change of $\\theta^{(t)}$, accepted whenever the responsibilities it implies are different.",
          explanation:
            "A change in the responsibilities says nothing about $Q$ or $\\ell$ going up; an acceptance test must check an increase of $Q$ (or $\\ell$).",
        },
      ],
      hints: [
        "Look at the chain of inequalities in the monotonicity proof: where is the maximisation actually used?",
        "$\\ell(\\theta) - \\ell(\\theta^{(t)}) \\ge Q(\\theta \\mid \\theta^{(t)}) - Q(\\theta^{(t)} \\mid \\theta^{(t)})$ for every $\\theta$.",
      ],
    },
    {
      id: "ecm",
      prompt:
        "Claim: “ECM (Meng and Rubin, 1993), which replaces the M-step by a sequence of conditional maximisations, each over one block of parameters with the others held fixed, is a generalised EM algorithm.” True or false? Pick the verdict with the right reason.",
      input: "choice",
      show: 4,
      options: [
        {
          id: "true-cheaper",
          correct: false,
          label: "True: each iteration is cheaper.",
          explanation:
            "Cheaper iterations are ECM's practical appeal, but being a generalised EM is about $Q$ never falling, which each conditional maximisation guarantees.",
        },
        {
          id: "false-lowers-ell",
          correct: false,
          label: "False: CM-steps can lower $\\ell$.",
          explanation: "Each CM-step cannot lower $Q$, and $\\ell$ gains at least what $Q$ gains, so no CM-step lowers $\\ell$.",
        },
        {
          id: "true-each-cm-step",
          correct: true,
          label: "True: because no conditional maximisation can decrease $Q$, so their whole sequence cannot decrease it either.",
          explanation:
            "Each CM-step maximises $Q$ over a block starting from the current value, so $Q$ rises or stays at each; the whole sequence is a GEM step.",
        },
        {
          id: "true-short",
          correct: true,
          label: "True: each CM-step can only raise $Q$.",
          explanation:
            "Right: maximising over one block, starting from the current value, never lowers $Q$, so the whole sequence satisfies the GEM condition.",
        },
        {
          id: "false-cross-terms",
          correct: false,
          label:
            "False: because maximising one block can undo the gain of an earlier block when the parameters interact, so $Q$ may end lower.",
          explanation:
            "Each CM-step starts from the current value of all blocks, and that value is a feasible choice, so its maximum is at least as high: $Q$ never falls, interaction or not.",
        },
        {
          id: "false-all-at-once",
          correct: false,
          label: "False: because a generalised EM step must maximise $Q$ over all the parameters at once, not block by block.",
          explanation: "That is ordinary EM; a GEM only needs $Q$ not to decrease.",
        },
        {
          id: "false-order",
          correct: false,
          label: "False: because the result depends on the order of the blocks, so the step is not well defined.",
          explanation: "Different orders give different steps, but every order raises $Q$; the order affects speed, not monotonicity.",
        },
        {
          id: "true-faster",
          correct: false,
          label: "True: because it converges in fewer iterations than EM, which is what makes an algorithm a GEM.",
          explanation:
            "ECM typically needs at least as many iterations as EM (each is cheaper); being a GEM is about monotonicity, not speed.",
        },
      ],
      hints: ["What does a GEM step require of $Q$?", "Does maximising over one block, starting from the current value, ever lower $Q$?"],
    },
  ],
  solution: [
    "Dempster, Laird and Rubin's monotonicity argument only uses",
    "$$\\ell(\\theta^{(t+1)}) - \\ell(\\theta^{(t)}) \\ge Q(\\theta^{(t+1)} \\mid \\theta^{(t)}) - Q(\\theta^{(t)} \\mid \\theta^{(t)}),$$",
    "so any step that does not lower $Q$ keeps $\\ell$ from falling: a **generalised EM** step. Examples: one Newton or gradient step on $Q$ with a line search (step-halving), and ECM's conditional maximisations over blocks of parameters (Meng and Rubin, 1993). The price is usually more iterations; the guarantee of monotone progress, and convergence to stationary points under Wu's conditions, remains.",
  ].join("\n\n"),
});

const conceptHardEm = defineConcept({
  id: "concept-hard-em-k-means",
  title: "k-means as a limit of EM, and what hard EM maximises",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["k-means", "hard-em", "classification-likelihood", "gmm"],
  source:
    "Bishop (2006), Pattern Recognition and Machine Learning, §9.3.2; Celeux & Govaert (1992), Computational Statistics & Data Analysis 14(3), “A classification EM algorithm for clustering and two stochastic versions”",
  scenarios: [
    { data: "customers described by two spending features" },
    { data: "pixels' colours in an image" },
    { data: "documents embedded as vectors" },
    { data: "galaxies' positions on the sky" },
  ],
  prompt:
    "k-means and EM for Gaussian mixtures, applied to {{data}}, look alike: both alternate between assigning points and updating centres.",
  parts: [
    {
      id: "limit",
      prompt: "In which limit does EM for a Gaussian mixture become k-means?",
      input: "choice",
      show: 4,
      options: [
        {
          id: "one-component",
          correct: false,
          label: "A single component.",
          explanation:
            "With one component there is nothing to assign: EM and k-means both return the overall mean. The k-means limit needs shared covariances shrinking to 0.",
        },
        {
          id: "small-variance",
          correct: true,
          label:
            "A shared covariance $\\varepsilon I$ with $\\varepsilon \\to 0$: each point's responsibility goes to 1 for its nearest mean.",
          explanation:
            "With $r_{ik} \\propto \\pi_k \\exp\\big(-\\|x_i - \\mu_k\\|^2 / 2\\varepsilon\\big)$ the nearest mean's term dominates as $\\varepsilon \\to 0$; the M-step then averages the points assigned to each mean (Bishop §9.3.2).",
        },
        {
          id: "small-variance-short",
          correct: true,
          label: "Shared spherical covariances shrinking to zero.",
          explanation:
            "Right: with covariance $\\varepsilon I$ for every component, the nearest mean's term dominates each responsibility as $\\varepsilon \\to 0$, and the M-step averages the assigned points (Bishop §9.3.2).",
        },
        {
          id: "free-covariances-zero",
          correct: false,
          label: "Each component keeps its own free covariance matrix, and all of these are then shrunk towards zero at different rates.",
          explanation:
            "With different covariances the limit assigns by a component-specific (Mahalanobis) distance, not by the Euclidean nearest mean; k-means needs one shared spherical covariance.",
        },
        {
          id: "large-variance",
          correct: false,
          label: "The shared variance tends to infinity, so that every point is far inside the reach of every component.",
          explanation:
            "Then every component looks the same from every point: each responsibility tends to the weight $\\pi_k$ and every mean moves to the overall mean, the opposite of hard assignment.",
        },
        {
          id: "equal-weights",
          correct: false,
          label: "The mixing weights are all equal, with the covariances left free to be estimated from the data.",
          explanation:
            "Equal weights alone keep the responsibilities soft, and free covariances give assignments that are not by nearest mean.",
        },
        {
          id: "many-components",
          correct: false,
          label: "The number of components tends to infinity, so that each component ends up owning a single point.",
          explanation: "The number of components does not make assignments hard or soft; it only changes how many clusters there are.",
        },
      ],
      hints: [
        "Write the responsibility for a shared spherical covariance $\\varepsilon I$: what dominates the sum in the denominator as $\\varepsilon$ shrinks?",
        "k-means assigns each point wholly to its nearest centre.",
      ],
    },
    {
      id: "claim",
      prompt:
        "Claim: “Hard EM (assign each point to its most probable component, then refit) maximises the same observed-data likelihood as EM, only faster.” True or false? Pick the verdict with the right reason.",
      input: "choice",
      show: 4,
      options: [
        {
          id: "true-short-wrong",
          correct: false,
          label: "True: it is EM with rounding.",
          explanation:
            "Rounding the responsibilities changes the objective: hard EM climbs the classification likelihood, whose maximiser is biased when components overlap.",
        },
        {
          id: "false-classification",
          correct: true,
          label:
            "False: it maximises the classification likelihood $\\max_z \\log p(x, z \\mid \\theta)$, which is biased when components overlap.",
          explanation:
            "Cutting the overlap at the decision boundary truncates each component's tails, so the fitted components come out too narrow and too far apart (Bryant and Williamson, 1978; Celeux and Govaert, 1992).",
        },
        {
          id: "false-short",
          correct: true,
          label: "False: it maximises a different objective.",
          explanation:
            "Right: hard EM climbs the classification likelihood $\\log p(x, z \\mid \\theta)$ jointly over labels and parameters; with overlap its components come out too narrow and too far apart.",
        },
        {
          id: "true-large-n",
          correct: false,
          label:
            "True: because with enough data every point's most probable component is almost certainly its true one, so the two objectives coincide.",
          explanation:
            "Points near the boundary stay ambiguous however large $n$ is; their share of the data does not shrink, so hard EM's bias persists as $n \\to \\infty$.",
        },
        {
          id: "true-rounding",
          correct: false,
          label: "True: because rounding the responsibilities to 0 or 1 at each step does not move the maximiser of the likelihood.",
          explanation:
            "It changes the objective: the hard M-step ignores the partial membership of points near the boundary, so its fixed points differ from EM's.",
        },
        {
          id: "true-separated",
          correct: false,
          label: "True: because at the maximum of the likelihood the fitted components are always well separated.",
          explanation: "Nothing forces separation. Only when the components barely overlap do the hard and soft answers nearly coincide.",
        },
        {
          id: "false-no-convergence",
          correct: false,
          label: "False: because hard EM never converges; its labels keep flipping between the components.",
          explanation:
            "Hard EM, like k-means, converges in finitely many steps: there are finitely many labellings and its objective never decreases. The problem is what it converges to.",
        },
      ],
      hints: [
        "Write the objective that alternating “pick the best labels” and “refit the parameters” increases.",
        "Think of two overlapping normals: if each point goes wholly to one side of the boundary, what happens to each side's fitted spread?",
      ],
    },
  ],
  solution: [
    "With a shared covariance $\\varepsilon I$,",
    "$$r_{ik} = \\frac{\\pi_k \\exp\\big(-\\|x_i - \\mu_k\\|^2 / 2\\varepsilon\\big)}{\\sum_j \\pi_j \\exp\\big(-\\|x_i - \\mu_j\\|^2 / 2\\varepsilon\\big)} \\xrightarrow[\\varepsilon \\to 0]{} \\begin{cases} 1 & k = \\arg\\min_j \\|x_i - \\mu_j\\| \\\\ 0 & \\text{otherwise,} \\end{cases}$$",
    "and the M-step's means become the means of the assigned points: k-means (Bishop §9.3.2).",
    "Hard (classification) EM maximises $\\log p(x, z \\mid \\theta)$ jointly over $z$ and $\\theta$, not $\\ell(\\theta)$. With overlapping components, each fitted component is a truncated one, too narrow and too far from the other, and the bias does not vanish as $n \\to \\infty$. Soft EM avoids this by letting boundary points count partly for both components.",
  ].join("\n\n"),
});

const conceptFreeEnergy = defineConcept({
  id: "concept-incremental-em-free-energy",
  title: "EM as coordinate ascent: incremental, sparse and variational variants",
  topic: "em-properties",
  difficulty: "hard",
  tags: ["free-energy", "incremental-em", "variational-em", "elbo"],
  source:
    "Neal & Hinton (1998), “A view of the EM algorithm that justifies incremental, sparse, and other variants”, in Jordan (ed.), Learning in Graphical Models; Bishop (2006), Pattern Recognition and Machine Learning, §9.4",
  prompt:
    "Neal and Hinton view EM as coordinate ascent on $F(q, \\theta) = \\mathbb E_q[\\log p(x, z \\mid \\theta)] + H(q) = \\ell(\\theta) - \\mathrm{KL}\\big(q \\,\\|\\, p(z \\mid x, \\theta)\\big)$: the E-step maximises $F$ over $q$, the M-step over $\\theta$. The data points are independent, so $q$ factorises over them.",
  parts: [
    {
      id: "statements",
      prompt: "Which statements follow from this view? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        {
          id: "full-e-tight",
          correct: true,
          label: "After a full E-step, $F(q, \\theta) = \\ell(\\theta)$ at the current parameters.",
          explanation: "The full E-step sets $q$ to the exact posterior, which makes the KL term 0, so $F$ equals $\\ell$ there.",
        },
        {
          id: "m-step-closes-gap",
          correct: false,
          label: "The M-step also closes the KL gap, because it moves $\\theta$ towards the posterior $q$.",
          explanation:
            "Only optimising over $q$ closes the gap. Moving $\\theta$ with $q$ fixed usually opens it again, since the posterior at the new $\\theta$ differs from $q$.",
        },
        {
          id: "any-order-ell",
          correct: false,
          label: "Since both steps raise $F$, any interleaving of partial steps raises $\\ell$ by the same total amount as exact EM.",
          explanation:
            "Different schedules follow different paths and may even reach different local maxima; the guarantee is that $F$ never falls, not a fixed total gain in $\\ell$.",
        },
        {
          id: "incremental",
          correct: true,
          label:
            "Updating the posterior of just one data point (or a mini-batch), then doing an M-step, is still ascent on $F$: incremental EM.",
          explanation:
            "$F$ separates over independent data points, so improving one point's $q_i$ cannot lower it, and the M-step raises it further; on large data this often converges in fewer passes.",
        },
        {
          id: "sparse",
          correct: true,
          label:
            "Freezing the tiny responsibilities of far-away components and updating only the plausible ones still does not decrease $F$: sparse EM.",
          explanation: "A partial E-step that maximises $F$ over part of $q$, keeping the rest fixed, is still a coordinate-ascent step.",
        },
        {
          id: "variational",
          correct: true,
          label: "Restricting $q$ to a tractable family (variational EM) maximises a lower bound on $\\ell$, not $\\ell$ itself.",
          explanation:
            "If the exact posterior lies outside the family the KL gap cannot close, so the algorithm climbs $F$, and its answer can differ from the MLE.",
        },
        {
          id: "ell-every-step",
          correct: false,
          label: "With partial E-steps, $\\ell$ itself is guaranteed to rise at every step, as in exact EM.",
          explanation:
            "The guarantee is on $F$. $F$ equals $\\ell$ only after a full E-step, so after a partial one $\\ell$ may dip even though $F$ rises.",
        },
        {
          id: "maxima-differ",
          correct: false,
          label: "With $q$ unrestricted, a local maximum of $F$ can sit at a $\\theta$ that is not a local maximum of $\\ell$.",
          explanation:
            "Neal and Hinton show that if $F$ has a local maximum at $(q^*, \\theta^*)$ then $\\ell$ has a local maximum at $\\theta^*$ (with $q^*$ the exact posterior): the two objectives agree.",
        },
      ],
      hints: [
        "Any E-step or M-step variant is safe for $F$ if it does not decrease $F$.",
        "$F(q, \\theta) = \\ell(\\theta) - \\mathrm{KL}(q \\,\\|\\, p(z \\mid x, \\theta))$: when does $F$ equal $\\ell$?",
      ],
    },
  ],
  solution: [
    "Because $F(q, \\theta) = \\ell(\\theta) - \\mathrm{KL}\\big(q \\,\\|\\, p(z \\mid x, \\theta)\\big)$, the full E-step ($q$ = posterior) makes $F = \\ell$, and the M-step raises $F$ over $\\theta$. Any step that does not decrease $F$ keeps the ascent:",
    "- **incremental EM**: refresh one point's (or one batch's) $q_i$, then an M-step using running sufficient statistics;",
    "- **sparse EM**: update only the plausible components' responsibilities;",
    "- **variational EM**: restrict $q$ to a tractable family; the bound stays below $\\ell$ by the KL gap.",
    "$F$ rises at every step but $\\ell$ need not, except after full E-steps. With $q$ unrestricted, local maxima of $F$ correspond to local maxima of $\\ell$ (Neal and Hinton's theorem), so these variants find the same estimates as exact EM.",
  ].join("\n\n"),
});

export const EM_PROPERTIES_CONCEPTS: readonly QuestionTemplate[] = [
  conceptMonotone,
  conceptElbo,
  conceptQFunction,
  conceptLocalOptima,
  conceptSingularity,
  conceptLabelSwitching,
  conceptStoppingRules,
  conceptConvergenceRate,
  conceptVsGradient,
  conceptGeneralisedEm,
  conceptHardEm,
  conceptFreeEnergy,
];
