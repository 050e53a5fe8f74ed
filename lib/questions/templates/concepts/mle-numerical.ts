/**
 * Concept questions on content-map topic 4, "MLE without closed forms": why logistic regression has no
 * closed form and why its log-likelihood is concave, Newton / IRLS, separation (the MLE diverges),
 * gamma and Weibull shapes, Newton vs gradient ascent, and which method fits which problem.
 *
 * Each question varies with the seed (see `lib/questions/concept.ts`): a scenario fills the `{{name}}`
 * placeholders, and choice parts draw one of several keyed phrasings plus distractors from a pool.
 */
import type { ConceptSpec } from "../../concept";
import { matchOptions, right, wrong } from "./likelihood-options";

const logisticNoClosedForm: ConceptSpec = {
  id: "concept-logistic-no-closed-form",
  title: "Why logistic regression has no closed form",
  topic: "mle-numerical",
  difficulty: "easy",
  tags: ["logistic-regression", "concavity", "newton"],
  source: "Hastie, Tibshirani & Friedman (2009), ESL §4.4.1; Bishop (2006), PRML §4.3.2–4.3.3; Murphy (2012), MLAPP §8.3",
  scenarios: [
    { task: "whether a customer cancels a subscription" },
    { task: "whether an email is spam" },
    { task: "whether a borrower defaults" },
    { task: "whether a patient has a disease" },
  ],
  prompt:
    "Logistic regression models {{task}}: $P(y_i = 1 \\mid \\mathbf x_i) = \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)$ with $\\sigma(t) = 1/(1 + e^{-t})$. Its log-likelihood is $$\\ell(\\boldsymbol\\beta) = \\sum_{i=1}^n \\Big[y_i\\log\\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta) + (1 - y_i)\\log\\big(1 - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)\\big)\\Big],$$ with gradient $\\nabla\\ell(\\boldsymbol\\beta) = \\sum_i \\big(y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)\\big)\\mathbf x_i$.",
  parts: [
    {
      id: "why",
      prompt: "Why is there no closed-form MLE, unlike for linear regression?",
      input: "choice",
      show: 4,
      options: [
        right(
          "nonlinear",
          "Because the score equations have $\\boldsymbol\\beta$ inside the nonlinear $\\sigma(\\cdot)$; no algebra solves them.",
          "In linear regression the score equations $X^\\top(\\mathbf y - X\\boldsymbol\\beta) = \\mathbf 0$ are linear in $\\boldsymbol\\beta$; here $\\sum_i (y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta))\\mathbf x_i = \\mathbf 0$ is not, so the MLE is found iteratively.",
        ),
        right(
          "nonlinear-score",
          "Because $\\sum_i (y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta))\\mathbf x_i = \\mathbf 0$ is nonlinear in $\\boldsymbol\\beta$.",
          "Each observation puts $\\boldsymbol\\beta$ inside a sigmoid, so the equations cannot be rearranged to isolate $\\boldsymbol\\beta$; Newton's method (IRLS) solves them iteratively.",
        ),
        right(
          "sigmoid-nonlinear",
          "Because the sigmoid makes them nonlinear in $\\boldsymbol\\beta$.",
          "Unlike the linear normal equations $X^\\top(\\mathbf y - X\\boldsymbol\\beta) = \\mathbf 0$, the logistic ones put $\\boldsymbol\\beta$ inside $\\sigma(\\cdot)$, so they are solved iteratively.",
        ),
        wrong(
          "not-concave",
          "Because the log-likelihood is not concave, so the score equations have many solutions and no formula can pick the right one.",
          "It is concave, and has at most one maximiser when $X$ has full rank. The obstacle is nonlinearity, not multiple optima.",
        ),
        wrong(
          "binary-y",
          "Because $y$ is binary.",
          "The log-likelihood is differentiated in $\\boldsymbol\\beta$, and it is smooth in $\\boldsymbol\\beta$; the binary $y_i$ enter only as fixed 0/1 numbers.",
        ),
        wrong(
          "too-many-parameters",
          "Because it has more parameters than observations.",
          "Not in general: with 3 coefficients and 1000 rows there is still no closed form.",
        ),
        wrong(
          "hidden-labels",
          "Because the labels are hidden, so EM is needed.",
          "The labels $y_i$ are observed: this is supervised learning with no latent variable. Newton's method (IRLS) or gradient ascent maximises the likelihood directly.",
        ),
        wrong(
          "no-inverse",
          "Because the sigmoid has no inverse, so the fitted probabilities cannot be mapped back to $\\mathbf x_i^\\top\\boldsymbol\\beta$.",
          "The sigmoid has an inverse, the logit $\\log\\frac{s}{1-s}$; the trouble is that the score equations sum nonlinear terms over observations, which no inverse undoes.",
        ),
      ],
      hints: [
        "Compare the score equation with linear regression's normal equations.",
        "Can you isolate $\\boldsymbol\\beta$ from $\\sum_i (y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta))\\mathbf x_i = \\mathbf 0$?",
      ],
    },
    {
      id: "concavity",
      prompt:
        "The Hessian is $\\nabla^2\\ell(\\boldsymbol\\beta) = -X^\\top W X$ with $W = \\operatorname{diag}\\big(\\sigma_i(1 - \\sigma_i)\\big)$ and $\\sigma_i = \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)$. Which statements follow? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right(
          "concave",
          "$\\ell$ is concave, because $X^\\top W X$ is positive semi-definite.",
          "Every weight $\\sigma_i(1 - \\sigma_i)$ is positive, so $\\mathbf v^\\top X^\\top W X\\mathbf v = \\sum_i \\sigma_i(1-\\sigma_i)(\\mathbf x_i^\\top\\mathbf v)^2 \\ge 0$.",
        ),
        right(
          "local-is-global",
          "Any local maximum is the global maximum, so Newton's method converges to the same answer from any starting point at which it converges.",
          "A concave function has no local maxima other than global ones; there is nothing for a bad start to get stuck in.",
        ),
        right(
          "unique",
          "If $X$ has full column rank, the maximiser, when it exists, is unique.",
          "Full column rank makes $X^\\top W X$ positive definite, so $\\ell$ is strictly concave.",
        ),
        right(
          "negative-definite",
          "If $X$ has full column rank, the Hessian is negative definite at every $\\boldsymbol\\beta$.",
          "Each $\\sigma_i(1 - \\sigma_i)$ is strictly positive for finite $\\boldsymbol\\beta$, and $X\\mathbf v \\neq \\mathbf 0$ for $\\mathbf v \\neq \\mathbf 0$, so $\\mathbf v^\\top X^\\top W X\\mathbf v > 0$.",
        ),
        wrong(
          "always-exists",
          "Concavity guarantees that a finite maximiser always exists.",
          "A concave function can keep increasing: with linearly separable data, $\\ell(\\boldsymbol\\beta) \\to 0$ as $\\lVert\\boldsymbol\\beta\\rVert \\to \\infty$ along a separating direction, and no finite MLE exists.",
        ),
        wrong(
          "restarts",
          "Newton's method needs many random restarts to avoid poor local maxima.",
          "A concave problem has no poor local maxima; restarts are for non-concave problems such as mixtures fitted by EM.",
        ),
        wrong(
          "convex",
          "$\\ell$ is convex, so Newton's method finds its minimum.",
          "The Hessian $-X^\\top W X$ is negative semi-definite, so $\\ell$ is concave and Newton's method climbs to its maximum; it is the negative log-likelihood that is convex.",
        ),
      ],
      hints: [
        "What sign do the weights $\\sigma_i(1 - \\sigma_i)$ have?",
        "Concave means no spurious peaks, but does it mean the peak is at a finite point?",
      ],
    },
  ],
  solution: [
    "The score equations $\\sum_i \\big(y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)\\big)\\mathbf x_i = \\mathbf 0$ put $\\boldsymbol\\beta$ inside a nonlinear function of every observation, so they have no algebraic solution; the MLE is computed iteratively (Newton's method, which here is IRLS, or gradient ascent).",
    "The Hessian $-X^\\top W X$, with $W = \\operatorname{diag}(\\sigma_i(1 - \\sigma_i))$ positive, is negative semi-definite (negative definite for full-rank $X$): $\\ell$ is concave, any local maximum is global, and with full-rank $X$ the maximiser is unique *if it exists*. Concavity does not guarantee existence: on separable data the likelihood increases for ever.",
  ].join("\n\n"),
};

const irlsSteps: ConceptSpec = {
  id: "concept-irls-steps",
  title: "Newton's method as IRLS",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["logistic-regression", "irls", "newton"],
  source: "Hastie, Tibshirani & Friedman (2009), ESL §4.4.1; Bishop (2006), PRML §4.3.3; Murphy (2012), MLAPP §8.3",
  scenarios: [
    { task: "whether a customer buys" },
    { task: "whether a loan is repaid" },
    { task: "whether a seedling survives" },
    { task: "whether a user clicks an ad" },
  ],
  prompt:
    "A logistic regression predicts {{task}}. Newton's method for it can be written as iteratively reweighted least squares (IRLS). $X$ is the design matrix (with a column of ones for the intercept), $\\mathbf y$ the 0/1 labels and $\\sigma_i = \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)$ the fitted probabilities.",
  parts: [
    {
      id: "steps",
      prompt: "Put one run of IRLS in order.",
      input: "order",
      steps: [
        { id: "initialise", label: "Start from $\\boldsymbol\\beta = \\mathbf 0$ (every fitted probability is 0.5)." },
        { id: "probabilities", label: "Compute the fitted probabilities $\\sigma_i = \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)$." },
        {
          id: "weights",
          label:
            "Form the weights $W = \\operatorname{diag}(\\sigma_i(1 - \\sigma_i))$ and the working response $\\mathbf z = X\\boldsymbol\\beta + W^{-1}(\\mathbf y - \\boldsymbol\\sigma)$.",
        },
        {
          id: "solve",
          label: "Solve the weighted least-squares problem: $\\boldsymbol\\beta \\leftarrow (X^\\top W X)^{-1}X^\\top W\\mathbf z$.",
        },
        {
          id: "stop",
          label: "Stop if the log-likelihood changed by less than a tolerance; otherwise recompute the probabilities and repeat.",
        },
      ],
      hints: [
        "Each iteration needs the current probabilities before it can build weights from them.",
        "The weighted least-squares solve uses both $W$ and $\\mathbf z$; the convergence test comes after an update.",
      ],
    },
    {
      id: "why-newton",
      prompt: "Why is the IRLS update a Newton step?",
      input: "choice",
      show: 4,
      options: [
        right(
          "newton",
          "It equals $\\boldsymbol\\beta - (\\nabla^2\\ell)^{-1}\\nabla\\ell$ once $\\mathbf z$ is substituted.",
          "With gradient $X^\\top(\\mathbf y - \\boldsymbol\\sigma)$ and Hessian $-X^\\top W X$, Newton's step is $\\boldsymbol\\beta + (X^\\top W X)^{-1}X^\\top(\\mathbf y - \\boldsymbol\\sigma)$; substituting $\\mathbf z = X\\boldsymbol\\beta + W^{-1}(\\mathbf y - \\boldsymbol\\sigma)$ gives the same vector.",
        ),
        right(
          "exact-hessian",
          "It divides the gradient by the exact Hessian, $-X^\\top W X$.",
          "The weights $W$ are the curvature of the log-likelihood, so the weighted solve applies $(X^\\top W X)^{-1}$ to the gradient $X^\\top(\\mathbf y - \\boldsymbol\\sigma)$: exactly Newton.",
        ),
        wrong(
          "gradient",
          "It is gradient ascent with step size $W$.",
          "Gradient ascent would be $\\boldsymbol\\beta + \\eta X^\\top(\\mathbf y - \\boldsymbol\\sigma)$; IRLS multiplies the gradient by the inverse of the negative Hessian, $(X^\\top W X)^{-1}$, which is what makes it Newton.",
        ),
        wrong(
          "em",
          "It is an EM algorithm.",
          "Nothing is hidden: the weights are the curvature $\\sigma_i(1 - \\sigma_i)$ of each observation's log-likelihood, not posterior probabilities of a latent variable.",
        ),
        wrong(
          "ols",
          "It is ordinary least squares on $\\mathbf y$.",
          "Least squares on 0/1 labels is the linear probability model, not the logistic MLE; IRLS re-solves a *weighted* problem on a working response that changes every iteration.",
        ),
        wrong(
          "quasi-newton",
          "It is a quasi-Newton method: $X^\\top W X$ is an approximation of the Hessian built up from past gradients.",
          "$X^\\top W X$ is the exact negative Hessian at the current $\\boldsymbol\\beta$, recomputed from scratch each iteration, not an approximation from past gradients.",
        ),
        wrong(
          "fisher-scoring-differs",
          "It is Fisher scoring, which for logistic regression differs from Newton because the expected and observed Hessians differ.",
          "For the logistic (canonical) link the observed Hessian $-X^\\top W X$ does not involve $\\mathbf y$, so it equals its expectation: Fisher scoring and Newton coincide.",
        ),
      ],
      hints: [
        "Write Newton's update $\\boldsymbol\\beta - (\\nabla^2\\ell)^{-1}\\nabla\\ell$ with the logistic gradient and Hessian.",
        "Substitute the working response $\\mathbf z$ into the weighted least-squares solution and simplify.",
      ],
    },
    {
      id: "largest-weight",
      prompt: "Which observations get the largest IRLS weight $\\sigma_i(1 - \\sigma_i)$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "uncertain",
          "Those whose fitted probability is near 0.5 (weight up to 0.25).",
          "$\\sigma(1-\\sigma)$ is largest at $\\sigma = 0.5$: the log-likelihood of an uncertain point curves most, so it carries most information about $\\boldsymbol\\beta$.",
        ),
        right(
          "least-sure",
          "Those the model is least sure about.",
          "A fitted probability near 0.5 gives the largest $\\sigma_i(1 - \\sigma_i)$, at most 0.25; confident fits near 0 or 1 weigh almost nothing.",
        ),
        wrong(
          "confident",
          "Those with fitted probability near 0 or 1.",
          "Their weight $\\sigma_i(1 - \\sigma_i)$ is near 0: confidently fitted points barely change the curvature.",
        ),
        wrong(
          "misclassified",
          "The misclassified observations, whatever their fitted probability, so that the next fit corrects them.",
          "The weight depends only on $\\sigma_i$, not on $y_i$; misclassification enters through the working response, not the weight.",
        ),
        wrong(
          "equal",
          "All observations weigh the same.",
          "Only at the start, $\\boldsymbol\\beta = \\mathbf 0$, where every $\\sigma_i = 0.5$; afterwards the weights differ, hence 'reweighted'.",
        ),
        wrong(
          "high-leverage",
          "Those with the largest feature values $\\lVert\\mathbf x_i\\rVert$, which have the most leverage on the fit.",
          "The weight $\\sigma_i(1 - \\sigma_i)$ depends on $\\mathbf x_i$ only through the fitted probability; a large $\\mathbf x_i$ often gives a confident fit and a small weight.",
        ),
        wrong(
          "positives",
          "Those with $y_i = 1$, whose residual $y_i - \\sigma_i$ is positive and pulls the fit upward.",
          "The label does not enter the weight at all; it enters the working response $\\mathbf z$ through the residual.",
        ),
      ],
      hints: ["Maximise $s(1 - s)$ over $s \\in (0, 1)$.", "Does $y_i$ appear in the weight?"],
    },
  ],
  solution: [
    "Gradient $\\nabla\\ell = X^\\top(\\mathbf y - \\boldsymbol\\sigma)$, Hessian $\\nabla^2\\ell = -X^\\top W X$ with $W = \\operatorname{diag}(\\sigma_i(1 - \\sigma_i))$. Newton's update is $$\\boldsymbol\\beta_{\\text{new}} = \\boldsymbol\\beta + (X^\\top W X)^{-1}X^\\top(\\mathbf y - \\boldsymbol\\sigma) = (X^\\top W X)^{-1}X^\\top W\\mathbf z, \\qquad \\mathbf z = X\\boldsymbol\\beta + W^{-1}(\\mathbf y - \\boldsymbol\\sigma),$$ a weighted least-squares fit to the working response $\\mathbf z$. For the logistic link the Hessian does not involve $\\mathbf y$, so Newton and Fisher scoring coincide.",
    "One run: start at $\\boldsymbol\\beta = \\mathbf 0$; compute $\\sigma_i$; form $W$ and $\\mathbf z$; solve the weighted least squares; repeat until the log-likelihood stops changing. Points fitted near 0.5 weigh most (up to 0.25), confident ones least.",
  ].join("\n\n"),
};

const separation: ConceptSpec = {
  id: "concept-separation-mle-diverges",
  title: "Perfect separation: the MLE runs away",
  topic: "mle-numerical",
  difficulty: "hard",
  tags: ["logistic-regression", "separation", "regularisation", "firth"],
  source:
    "Albert & Anderson (1984), 'On the existence of maximum likelihood estimates in logistic regression models', Biometrika 71(1); Firth (1993), 'Bias reduction of maximum likelihood estimates', Biometrika 80(1); Bishop (2006), PRML §4.3.2",
  // Each data set is separated by a cut between its largest x with y = 0 and its smallest x with y = 1.
  scenarios: [
    { data: "$y = 0$ at $x = 1, 2, 3$ and $y = 1$ at $x = 4, 5, 6$", cut: "3.5" },
    { data: "$y = 0$ at $x = 2, 4, 6$ and $y = 1$ at $x = 8, 10, 12$", cut: "7" },
    { data: "$y = 0$ at $x = 10, 12, 13$ and $y = 1$ at $x = 15, 18, 20$", cut: "14" },
    { data: "$y = 0$ at $x = 0.5, 1.0, 1.5$ and $y = 1$ at $x = 2.5, 3.0, 3.5$", cut: "2" },
  ],
  prompt: "A logistic regression $P(y = 1 \\mid x) = \\sigma(\\beta_0 + \\beta_1 x)$ is fitted to six points: {{data}}.",
  parts: [
    {
      id: "what-happens",
      prompt: "What happens when Newton's method (IRLS) is run?",
      input: "choice",
      show: 4,
      options: [
        right(
          "diverges",
          "Its coefficients grow every iteration: the data are separated at $x = {{cut}}$, and no finite MLE exists.",
          "With $\\beta_0 = -{{cut}}\\,\\beta_1$ and $\\beta_1 \\to \\infty$ every fitted probability tends to its label, so $\\ell$ approaches its supremum 0 without reaching it; the iterations run on until the fitted probabilities round to 0 and 1.",
        ),
        right(
          "runs-away",
          "It never converges: $\\ell$ keeps rising as $\\beta_1 \\to \\infty$.",
          "A threshold at $x = {{cut}}$ classifies every point correctly, so steeper and steeper fits along it keep raising the likelihood: there is no finite maximiser to converge to.",
        ),
        wrong(
          "finite-steep",
          "It converges in a few steps to a steep but finite $\\hat\\beta_1$, since the log-likelihood is concave and Newton converges quadratically.",
          "Concavity does not give a finite maximiser: every finite $\\boldsymbol\\beta$ is beaten by a steeper one along the separating direction.",
        ),
        wrong(
          "local-maximum",
          "It gets stuck in a local maximum.",
          "The log-likelihood is concave, so it has no local maxima that are not global; and at $\\beta_1 = 0$ its gradient is not zero.",
        ),
        wrong(
          "balanced-zero",
          "It converges to $\\beta_1 = 0$.",
          "Balanced classes fix the fit of an intercept-only model at $\\sigma(0) = 0.5$; with $x$ in the model any positive slope raises the likelihood, and steeper slopes raise it further.",
        ),
        wrong(
          "oscillates",
          "It oscillates between two values of $\\beta_1$ for ever, because the Hessian changes sign between iterations.",
          "The Hessian $-X^\\top W X$ is negative semi-definite at every $\\boldsymbol\\beta$; the iterates do not oscillate, they march off along the separating direction.",
        ),
        wrong(
          "one-step",
          "It stops after one step: at $\\boldsymbol\\beta = \\mathbf 0$ every weight is 0.25, and the first weighted least-squares fit reproduces the labels exactly.",
          "A least-squares fit to the working response cannot reproduce 0/1 labels through a sigmoid with finite coefficients; each step only steepens the fit, and the next one steepens it again.",
        ),
      ],
      hints: [
        "Is there a threshold on $x$ that classifies every point correctly?",
        "What happens to $\\ell$ if you double $\\beta_1$ (and $\\beta_0$) along such a threshold?",
      ],
    },
    {
      id: "remedies",
      prompt: "Which remedies give a finite, sensible estimate? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right(
          "ridge",
          "Add an L2 penalty $\\lambda\\beta_1^2$ (MAP with a Gaussian prior on the slope).",
          "The penalty grows without bound while the log-likelihood gain is bounded by 0, so the penalised optimum is finite.",
        ),
        right(
          "firth",
          "Firth's penalised likelihood, which adds $\\tfrac12\\log\\det I(\\boldsymbol\\beta)$ to the log-likelihood.",
          "This Jeffreys-prior penalty tends to $-\\infty$ as the fitted probabilities approach 0 and 1, so the estimates stay finite under separation (Heinze & Schemper, 2002).",
        ),
        right(
          "weak-prior",
          "A weakly informative prior on the slope, such as a Cauchy or Student-$t$, and its posterior mode.",
          "The log-prior falls to $-\\infty$ as $|\\beta_1| \\to \\infty$ while the log-likelihood stays below 0, so the posterior mode is finite (Gelman et al., 2008).",
        ),
        wrong(
          "more-iterations",
          "Run more Newton iterations with a tighter tolerance.",
          "More iterations only let the coefficients grow further: there is no finite point to converge to.",
        ),
        wrong(
          "standardise",
          "Standardise $x$ to mean 0 and variance 1.",
          "Rescaling $x$ rescales the slope, but the data stay separated, so the MLE still does not exist.",
        ),
        wrong(
          "gradient-ascent",
          "Switch from Newton's method to gradient ascent, which is more stable.",
          "Any method that increases the log-likelihood heads off to infinity along the same direction; gradient ascent just gets there more slowly.",
        ),
        wrong(
          "drop-boundary-point",
          "Remove the point closest to the boundary and refit.",
          "The remaining five points are still separated by the same threshold, so the MLE still does not exist.",
        ),
      ],
      hints: [
        "What could stop the likelihood from rewarding ever-larger coefficients?",
        "Does the remedy change the objective, or only the way it is climbed?",
      ],
    },
  ],
  solution: [
    "Every point satisfies $y = \\mathbf 1\\{x > {{cut}}\\}$. Take $\\beta_0 = -{{cut}}\\,c$, $\\beta_1 = c$: as $c \\to \\infty$ each fitted probability tends to its label, so each log-likelihood term tends to $0$ from below and $\\ell \\to 0$, a supremum never attained. Albert & Anderson (1984) show that a finite MLE exists only when the data are not (quasi-)separated.",
    "Newton/IRLS therefore runs away, with coefficients and standard errors exploding; software warns about fitted probabilities of 0 or 1. Iterating longer, rescaling $x$, dropping a point or switching optimiser changes nothing, because the objective itself has no maximum. Changing the objective does: an L2 penalty (a Gaussian prior, MAP), a weakly informative prior, or Firth's (1993) Jeffreys-prior penalty gives finite estimates.",
  ].join("\n\n"),
};

const gammaShape: ConceptSpec = {
  id: "concept-gamma-shape-numerical",
  title: "The gamma shape needs Newton",
  topic: "mle-numerical",
  difficulty: "hard",
  tags: ["gamma", "digamma", "newton", "profile-likelihood"],
  source:
    "Minka (2002), 'Estimating a Gamma distribution', Microsoft Research technical note; Johnson, Kotz & Balakrishnan (1994), Continuous Univariate Distributions Vol. 1, ch. 17",
  scenarios: [
    { what: "Daily rainfall amounts on wet days" },
    { what: "Insurance claim sizes" },
    { what: "Times between failures of a machine" },
    { what: "Hospital lengths of stay" },
  ],
  prompt:
    "{{what}} $x_1, \\dots, x_n > 0$ are modelled by a gamma distribution with shape $\\alpha$ and rate $\\beta$, $f(x) = \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)}x^{\\alpha - 1}e^{-\\beta x}$, with log-likelihood $$\\ell(\\alpha, \\beta) = n\\alpha\\log\\beta - n\\log\\Gamma(\\alpha) + (\\alpha - 1)\\sum_i \\log x_i - \\beta\\sum_i x_i.$$\n\nSetting $\\partial\\ell/\\partial\\beta = 0$ gives $\\beta = \\alpha/\\bar x$; substituting it into $\\partial\\ell/\\partial\\alpha = 0$ gives $$\\log\\alpha - \\psi(\\alpha) = \\log\\bar x - \\overline{\\log x}, \\qquad \\psi = \\Gamma'/\\Gamma,\\quad \\overline{\\log x} = \\tfrac1n\\textstyle\\sum_i \\log x_i.$$",
  parts: [
    {
      id: "why",
      prompt: "Why is there no closed form for $\\hat\\alpha$?",
      input: "choice",
      show: 4,
      options: [
        right(
          "digamma",
          "Because $\\log\\alpha - \\psi(\\alpha)$ has no algebraic inverse, so the equation is solved numerically.",
          "The left side decreases from $+\\infty$ to 0 and the right side is a positive number, so there is exactly one root, but no formula for it: a one-dimensional Newton iteration finds it.",
        ),
        right(
          "digamma-short",
          "Because $\\psi$ cannot be inverted in closed form.",
          "The shape equation $\\log\\alpha - \\psi(\\alpha) = s$ mixes a log and the digamma function; it has a unique root, found numerically.",
        ),
        wrong(
          "not-exponential-family",
          "Because the gamma is not an exponential family, so its likelihood equations have no sufficient statistics to simplify them.",
          "It is a two-parameter exponential family (sufficient statistics $\\sum_i x_i$ and $\\sum_i \\log x_i$); that does not guarantee a closed form, and the digamma function is what blocks one.",
        ),
        wrong(
          "two-parameters",
          "Because it has two parameters.",
          "The normal has two parameters and a closed-form MLE; the obstacle is the specific equation for $\\alpha$.",
        ),
        wrong(
          "rate-too",
          "Because $\\hat\\beta$ has no closed form either.",
          "Given $\\alpha$, $\\hat\\beta = \\alpha/\\bar x$ is a closed form; only the shape needs iteration.",
        ),
        wrong(
          "no-maximum",
          "Because the likelihood has no maximum: it keeps increasing as $\\alpha$ grows with $\\beta = \\alpha/\\bar x$.",
          "$\\log\\bar x - \\overline{\\log x} > 0$ by Jensen's inequality (unless all $x_i$ are equal), and $\\log\\alpha - \\psi(\\alpha)$ decreases from $+\\infty$ to 0, so the equation has exactly one root: the maximum exists.",
        ),
        wrong(
          "two-roots",
          "Because the shape equation has two roots, and only a numerical search can tell which of them is the maximum.",
          "$\\log\\alpha - \\psi(\\alpha)$ is strictly decreasing, so there is exactly one root; the difficulty is that no formula gives it.",
        ),
      ],
      hints: [
        "Which special function appears when you differentiate $\\log\\Gamma(\\alpha)$?",
        "Can you write $\\alpha$ explicitly from $\\log\\alpha - \\psi(\\alpha) = s$?",
      ],
    },
    {
      id: "steps",
      prompt: "Put the steps of computing the gamma MLE in order.",
      input: "order",
      steps: [
        { id: "statistics", label: "Compute $\\bar x$ and $\\overline{\\log x}$ from the data." },
        { id: "gap", label: "Form $s = \\log\\bar x - \\overline{\\log x}$ (positive by Jensen's inequality)." },
        { id: "start", label: "Take a starting value such as $\\alpha_0 = \\dfrac{3 - s + \\sqrt{(s - 3)^2 + 24s}}{12s}$." },
        {
          id: "newton",
          label:
            "Iterate Newton's method on $g(\\alpha) = \\log\\alpha - \\psi(\\alpha) - s$, with $g'(\\alpha) = 1/\\alpha - \\psi'(\\alpha)$, until it converges.",
        },
        { id: "rate", label: "Set $\\hat\\beta = \\hat\\alpha/\\bar x$." },
      ],
      hints: [
        "The rate is cheap once the shape is known.",
        "You need the summary statistics before the equation they define, and a starting value before iterating.",
      ],
    },
  ],
  solution: [
    "The rate has a closed form given the shape, $\\hat\\beta(\\alpha) = \\alpha/\\bar x$. Substituting it leaves one equation in $\\alpha$: $$\\log\\alpha - \\psi(\\alpha) = s, \\qquad s = \\log\\bar x - \\overline{\\log x} > 0.$$ The digamma function $\\psi$ has no algebraic inverse, so $\\hat\\alpha$ is found numerically. The left side decreases from $+\\infty$ to 0, so there is exactly one root.",
    "Recipe (Minka, 2002): compute $\\bar x$ and $\\overline{\\log x}$; form $s$; start from $\\alpha_0 = \\big(3 - s + \\sqrt{(s-3)^2 + 24s}\\big)/(12s)$; iterate Newton with $g'(\\alpha) = 1/\\alpha - \\psi'(\\alpha)$ (a few steps reach machine precision); finally $\\hat\\beta = \\hat\\alpha/\\bar x$.",
  ].join("\n\n"),
};

const weibullShape: ConceptSpec = {
  id: "concept-weibull-shape-numerical",
  title: "Weibull shape: a one-dimensional root",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["weibull", "profile-likelihood", "root-finding"],
  source:
    "Cohen (1965), 'Maximum likelihood estimation in the Weibull distribution based on complete and on censored samples', Technometrics 7(4); Johnson, Kotz & Balakrishnan (1994), Continuous Univariate Distributions Vol. 1, ch. 21",
  scenarios: [
    { what: "Lifetimes of ball bearings" },
    { what: "Hourly wind speeds at a turbine site" },
    { what: "Times to failure of hard drives" },
    { what: "Breaking strengths of glass fibres" },
  ],
  prompt:
    "{{what}} are modelled as Weibull with shape $k$ and scale $\\lambda$: $f(x) = \\frac{k}{\\lambda}\\big(\\frac{x}{\\lambda}\\big)^{k-1}e^{-(x/\\lambda)^k}$. The score equations give $$\\hat\\lambda^k = \\frac1n\\sum_i x_i^k, \\qquad \\frac{\\sum_i x_i^k\\log x_i}{\\sum_i x_i^k} - \\frac1k - \\frac1n\\sum_i \\log x_i = 0.$$",
  parts: [
    {
      id: "statements",
      prompt: "Which statements are true? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right(
          "scale-closed",
          "Given $k$, the scale has a closed form, $\\hat\\lambda = \\big(\\frac1n\\sum_i x_i^k\\big)^{1/k}$.",
          "The first score equation is solved for $\\lambda$ directly once $k$ is fixed.",
        ),
        right(
          "shape-root",
          "The shape equation has $k$ inside the exponents $x_i^k$, so it is solved numerically, as a one-dimensional root-finding problem (Newton or bisection).",
          "No algebra isolates $k$ from $\\sum_i x_i^k\\log x_i / \\sum_i x_i^k - 1/k = \\overline{\\log x}$; it is one equation in one unknown, which is easy to solve numerically.",
        ),
        right(
          "exponential",
          "If the shape were known to be $k = 1$, the model is exponential and $\\hat\\lambda = \\bar x$ needs no iteration.",
          "With $k = 1$, $\\hat\\lambda^1 = \\frac1n\\sum_i x_i$: the mean.",
        ),
        right(
          "profile",
          "Substituting $\\hat\\lambda(k)$ into the log-likelihood leaves a function of $k$ alone, the profile log-likelihood.",
          "$\\ell(k, \\hat\\lambda(k))$ has the same maximiser in $k$ as the full problem; its stationary point is the shape equation.",
        ),
        wrong(
          "em",
          "The Weibull needs EM, because its shape acts as a hidden variable.",
          "The shape is a parameter, not a latent variable per observation; nothing is missing from the data, so plain numerical maximisation of the likelihood is enough.",
        ),
        wrong(
          "algebra",
          "Taking logs of both sides of the shape equation solves it for $k$ algebraically.",
          "The unknown $k$ appears both as $1/k$ and as an exponent inside sums of $x_i^k$; no rearrangement isolates it.",
        ),
        wrong(
          "both-closed",
          "Once the data are sorted, both equations can be solved in closed form from the order statistics.",
          "Sorting changes nothing: the shape equation still has $k$ in exponents and in $1/k$, so it must be solved numerically.",
        ),
      ],
      hints: ["Look at where $k$ appears in each equation.", "Which equation becomes explicit once $k$ is fixed?"],
    },
    {
      id: "profile",
      prompt: "Why does substituting $\\hat\\lambda(k)$ into the likelihood help?",
      input: "choice",
      show: 4,
      options: [
        right(
          "one-dimensional",
          "It reduces the problem to a search over $k$ alone.",
          "The profile log-likelihood $\\ell(k, \\hat\\lambda(k))$ has the same maximiser in $k$ as the full problem, and a one-dimensional root can be bracketed reliably and solved by Newton.",
        ),
        right(
          "one-unknown",
          "It leaves one equation in one unknown, cheap and safe to solve.",
          "With $\\lambda$ profiled out, only the shape equation remains; a 1-D root can be bracketed, then refined by Newton or bisection.",
        ),
        wrong(
          "closed-form",
          "It gives a closed form for $k$.",
          "It leaves one equation in $k$ that is still transcendental; it simplifies the problem but does not solve it.",
        ),
        wrong(
          "concave",
          "It makes the log-likelihood concave in both parameters, so any optimiser finds the maximum.",
          "Profiling concerns one parameter at a time; it does not change the joint shape of the log-likelihood.",
        ),
        wrong(
          "unbiased",
          "It makes $\\hat k$ unbiased.",
          "Profiling changes how the maximum is found, not where it is: the MLE is the same point, with the same small-sample bias.",
        ),
        wrong(
          "global-newton",
          "It makes Newton's method converge from any starting value, since a one-parameter problem is always quadratic.",
          "A one-parameter log-likelihood need not be quadratic, and Newton's convergence stays local; bracketing (or a safeguarded Newton) is what makes the 1-D search reliable.",
        ),
        wrong(
          "exact-se",
          "It gives exact, finite-sample standard errors for $\\hat k$, with no asymptotic approximation.",
          "Profiling is a way to compute the maximiser (and profile-likelihood intervals, which are still asymptotic); it gives no exact finite-sample standard errors.",
        ),
      ],
      hints: ["How many unknowns are left after substituting $\\hat\\lambda(k)$?", "Does changing how you search move the maximum?"],
    },
  ],
  solution: [
    "The scale equation gives $\\hat\\lambda(k) = \\big(\\frac1n\\sum_i x_i^k\\big)^{1/k}$ for each $k$. Substituting it leaves the profile equation $$\\frac{\\sum_i x_i^k\\log x_i}{\\sum_i x_i^k} - \\frac1k = \\frac1n\\sum_i \\log x_i,$$ in which $k$ sits in exponents and in $1/k$: no closed form, but a single equation in a single unknown, solved by Newton's method or bisection (Cohen, 1965).",
    "No hidden variable is involved, so EM plays no role. With $k = 1$ the Weibull is the exponential, and $\\hat\\lambda = \\bar x$.",
  ].join("\n\n"),
};

const newtonVsGradient: ConceptSpec = {
  id: "concept-newton-vs-gradient-ascent",
  title: "Newton's method vs gradient ascent",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["newton", "gradient-ascent", "convergence"],
  source: "Nocedal & Wright (2006), Numerical Optimization ch. 2–3 (§3.3 rates of convergence); Murphy (2012), MLAPP §8.3",
  scenarios: [
    { model: "the shape of a gamma model" },
    { model: "the slope of a logistic regression" },
    { model: "the location of a Cauchy model" },
    { model: "the shape of a Weibull model" },
  ],
  prompt:
    "To maximise a log-likelihood $\\ell(\\theta)$ without a closed form (say for {{model}}), we iterate from a starting value $\\theta_0$.",
  parts: [
    {
      id: "update",
      prompt: "Which is the Newton–Raphson update for one parameter?",
      input: "choice",
      show: 4,
      options: [
        right(
          "newton",
          "$\\theta_{t+1} = \\theta_t - \\ell'(\\theta_t)/\\ell''(\\theta_t)$",
          "It jumps to the maximum of the quadratic approximation of $\\ell$ at $\\theta_t$; near a maximum $\\ell'' < 0$, so it moves uphill.",
        ),
        right(
          "newton-root",
          "Newton's root-finder applied to $\\ell'$",
          "The maximum is a root of $\\ell'$; Newton's method for $g = \\ell'$ is $\\theta - g(\\theta)/g'(\\theta) = \\theta - \\ell'(\\theta)/\\ell''(\\theta)$.",
        ),
        wrong(
          "plus",
          "$\\theta_{t+1} = \\theta_t + \\ell'(\\theta_t)/\\ell''(\\theta_t)$",
          "Near a maximum $\\ell'' < 0$, so this steps *against* the gradient, downhill.",
        ),
        wrong(
          "gradient",
          "$\\theta_{t+1} = \\theta_t + \\eta\\,\\ell'(\\theta_t)$",
          "That is gradient ascent: it uses the slope only, not the curvature, and needs a step size.",
        ),
        wrong(
          "root-of-l",
          "Newton's root-finder applied to $\\ell$",
          "That is Newton's root-finder applied to $\\ell$ itself: it looks for where $\\ell = 0$, not where $\\ell' = 0$.",
        ),
        wrong(
          "inverted-ratio",
          "$\\theta_{t+1} = \\theta_t - \\ell''(\\theta_t)/\\ell'(\\theta_t)$, curvature over slope",
          "The ratio is upside down: Newton divides the slope by the curvature. Near the maximum $\\ell' \\to 0$, so this step would blow up.",
        ),
      ],
      hints: [
        "The maximum is a root of $\\ell'$. Apply Newton's root-finding method to $\\ell'$.",
        "Root-finding for $g$: $\\theta - g(\\theta)/g'(\\theta)$. What is $g$ here?",
      ],
    },
    {
      id: "rates",
      prompt: "Close to the maximum, how do the errors $|\\theta_t - \\hat\\theta|$ of the two methods shrink?",
      input: "choice",
      show: 4,
      options: [
        right(
          "quadratic-linear",
          "Newton: quadratically. Gradient ascent with a fixed step: linearly.",
          "Newton's error satisfies $|e_{t+1}| \\le C|e_t|^2$ near a non-degenerate maximum (the correct digits roughly double each step); gradient ascent's shrinks by a constant factor set by the problem's conditioning.",
        ),
        right(
          "digits",
          "Newton roughly doubles its number of correct digits with every step; gradient ascent with a fixed step gains about the same number of digits each step.",
          "Quadratic convergence, $|e_{t+1}| \\approx C|e_t|^2$, doubles the digits; linear convergence, $|e_{t+1}| \\approx c|e_t|$, adds a fixed number of digits per step.",
        ),
        wrong(
          "swapped",
          "Newton: linearly. Gradient ascent: quadratically.",
          "The other way round: curvature information is what gives Newton its quadratic rate; gradient ascent has only the slope.",
        ),
        wrong(
          "both-quadratic",
          "Both quadratically.",
          "Gradient ascent uses no curvature, so its error shrinks only by a constant factor per step.",
        ),
        wrong(
          "one-step",
          "Newton reaches the maximum in exactly one step for every log-likelihood; gradient ascent needs many steps.",
          "Only when $\\ell$ is exactly quadratic (a normal mean with known variance, say); otherwise it iterates, fast near the optimum.",
        ),
        wrong(
          "sublinear",
          "Both sublinearly, like $1/t$, because a log-likelihood is never strongly concave near its maximum.",
          "Near a non-degenerate maximum $\\ell'' < 0$, so the log-likelihood is locally strongly concave: gradient ascent converges linearly and Newton quadratically.",
        ),
      ],
      hints: [
        "Which method uses the second derivative?",
        "Quadratic convergence: $|e_{t+1}| \\approx C|e_t|^2$; linear: $|e_{t+1}| \\approx c|e_t|$ with $c < 1$.",
      ],
    },
    {
      id: "trade-offs",
      prompt: "Which statements are true? Select all that apply.",
      input: "multi",
      show: 5,
      options: [
        right(
          "cost",
          "With $d$ parameters a Newton step needs the $d \\times d$ Hessian and a linear solve, about $O(nd^2 + d^3)$ work, while a gradient step costs $O(nd)$.",
          "Forming $X^\\top W X$ costs $O(nd^2)$ and solving with it $O(d^3)$; a gradient is one pass over the data.",
        ),
        right(
          "large-scale",
          "With millions of parameters or rows, stochastic gradient methods or quasi-Newton methods such as L-BFGS replace exact Newton.",
          "A dense Hessian of $10^6$ parameters would have $10^{12}$ entries; cheaper steps win even if more of them are needed.",
        ),
        right(
          "safeguards",
          "Far from the optimum Newton can overshoot, or head for a minimum where $\\ell'' > 0$; step halving or a line search guards against this.",
          "Newton's fast convergence is local; a damped step that must increase $\\ell$ makes it robust.",
        ),
        right(
          "scale-invariant",
          "Newton's steps are unaffected by rescaling the parameters; gradient ascent's are not.",
          "Newton is affine-invariant: rescaling $\\theta$ rescales gradient and Hessian so that the step is the same point. A gradient step's quality depends on the units and conditioning.",
        ),
        wrong(
          "global",
          "Newton's method converges from any starting point for any log-likelihood.",
          "Its guarantees are local: far from the optimum the quadratic model can be poor (the Cauchy location likelihood is a classic failure), hence damping and line searches.",
        ),
        wrong(
          "no-tuning",
          "Gradient ascent needs no tuning, since its step size is fixed by the data.",
          "Its step size (learning rate) must be chosen: too large diverges, too small crawls. Newton's step is set by the curvature instead.",
        ),
        wrong(
          "gradient-dearer",
          "A gradient ascent step costs more than a Newton step, because it needs the Hessian to choose its step size.",
          "Gradient ascent needs only the gradient ($O(nd)$); a fixed step or a cheap line search sets its size, with no Hessian.",
        ),
      ],
      hints: [
        "Count what each step needs: a gradient only, or a Hessian and a linear solve?",
        "Is Newton's fast convergence a local or a global property?",
      ],
    },
  ],
  solution: [
    "Newton–Raphson applies root-finding to $\\ell'$: $$\\theta_{t+1} = \\theta_t - \\frac{\\ell'(\\theta_t)}{\\ell''(\\theta_t)},$$ in $d$ dimensions $\\boldsymbol\\theta - (\\nabla^2\\ell)^{-1}\\nabla\\ell$. Gradient ascent is $\\theta_{t+1} = \\theta_t + \\eta\\,\\ell'(\\theta_t)$.",
    "Near a non-degenerate maximum Newton converges quadratically, gradient ascent linearly. Newton costs a Hessian and a solve per step ($O(nd^2 + d^3)$), gradient ascent $O(nd)$, so for very large problems stochastic gradient or L-BFGS wins. Newton is unaffected by rescaling the parameters, but its convergence is local: damping or a line search keeps it from overshooting or climbing toward a minimum when started far away (for {{model}} as for any other).",
  ].join("\n\n"),
};

/** "Match": each fitting problem to the method that computes its MLE. */
const METHOD_LABELS = {
  closed: "A closed-form formula: no iteration needed.",
  newton: "Newton's method (IRLS for a GLM).",
  stochastic: "Stochastic gradient or L-BFGS.",
  em: "The EM algorithm (expectation–maximisation).",
} as const;

const matchMethods: ConceptSpec = {
  id: "concept-match-model-to-method",
  title: "Match each problem to its fitting method",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["match", "newton", "gradient-ascent", "em", "closed-form"],
  source: "Murphy (2012), MLAPP §8.3 and §8.5; Bishop (2006), PRML §4.3.3 and §9.2; Hastie, Tibshirani & Friedman (2009), ESL §4.4.1",
  // d = features + 1 coefficients (with the intercept) for the small logistic regression.
  scenarios: [
    {
      poisson: "The rate of a Poisson model of calls per hour, from 200 hourly counts.",
      small: "A logistic regression with 5 features on 2000 rows.",
      d: "6",
      huge: "A logistic regression for click prediction with $10^7$ sparse features and $10^9$ rows.",
      hugeD: "10^7",
      mixture: "A two-component Gaussian mixture fitted to unlabelled measurements.",
      gamma: "The shape of a gamma model of daily rainfall amounts.",
    },
    {
      poisson: "The rate of a Poisson model of typos per page, from 120 pages.",
      small: "A logistic regression with 3 features on 500 patients.",
      d: "4",
      huge: "A logistic regression for spam filtering with $10^6$ word features and $10^8$ emails.",
      hugeD: "10^6",
      mixture: "A mixture of two normal distributions for adult heights whose sex was not recorded.",
      gamma: "The shape of a gamma model of insurance claim sizes.",
    },
    {
      poisson: "The rate of a Poisson model of goals per match, from 380 matches.",
      small: "A logistic regression with 10 features on 5000 loan applications.",
      d: "11",
      huge: "A logistic regression for ad ranking with $10^8$ hashed features and $10^{10}$ impressions.",
      hugeD: "10^8",
      mixture: "A three-component Gaussian mixture of customers' monthly spending, segments unknown.",
      gamma: "The shape of a gamma model of times between machine failures.",
    },
    {
      poisson: "The rate of a Poisson model of emails per hour, from 500 hours.",
      small: "A logistic regression with 8 features on 1000 customers.",
      d: "9",
      huge: "A logistic regression for search-result clicks with $10^7$ sparse features and $10^{9}$ queries.",
      hugeD: "10^7",
      mixture: "A two-component Gaussian mixture of sensor readings from two unlabelled machines.",
      gamma: "The shape of a gamma model of hospital lengths of stay.",
    },
  ],
  prompt:
    "Match each fitting problem to the method you would use to compute its maximum likelihood estimate (an option may be used more than once).",
  parts: [
    {
      id: "poisson-rate",
      prompt: "{{poisson}}",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "closed", {
        closed: "The score equation $\\sum_i x_i/\\lambda - n = 0$ solves to $\\hat\\lambda = \\bar x$: no iteration needed.",
        newton: "Newton would converge in one step from anywhere near, but there is nothing to iterate: $\\hat\\lambda = \\bar x$ exactly.",
        stochastic: "A few hundred counts and one parameter need no stochastic optimiser; the answer is the sample mean.",
        em: "Nothing is hidden: every count is observed, and the MLE is the sample mean.",
      }),
      hints: ["Does the score equation have an explicit solution?", "What is the Poisson MLE?"],
    },
    {
      id: "logistic-small",
      prompt: "{{small}}",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "newton", {
        closed: "The logistic score equations are nonlinear in $\\boldsymbol\\beta$ and have no closed-form solution.",
        newton:
          "With {{d}} coefficients the Hessian is ${{d}} \\times {{d}}$: each IRLS step is cheap, and a handful of steps reach machine precision thanks to quadratic convergence.",
        stochastic:
          "It would work, but with so few parameters exact Newton is cheap and far more precise; stochastic methods pay off at a much larger scale.",
        em: "The labels are observed, so there is no latent variable; the concave log-likelihood is maximised directly.",
      }),
      hints: ["Is there a closed form? Is the problem small enough for a Hessian?", "How big is the Hessian here?"],
    },
    {
      id: "logistic-huge",
      prompt: "{{huge}}",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "stochastic", {
        closed: "Logistic regression has no closed form at any size.",
        newton: "A ${{hugeD}} \\times {{hugeD}}$ Hessian cannot be formed, let alone inverted; exact Newton is out of reach.",
        stochastic:
          "Each stochastic step touches a mini-batch and only the sparse features present in it; L-BFGS keeps a low-rank curvature estimate instead of a Hessian.",
        em: "The labels are observed; EM is for hidden variables, not for scale.",
      }),
      hints: ["How large would the Hessian be?", "Which methods need only gradients, possibly on a subset of rows?"],
    },
    {
      id: "mixture",
      prompt: "{{mixture}}",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "em", {
        closed: "With unknown component labels the log-likelihood is a log of a sum, and its score equations have no closed form.",
        newton:
          "Possible in principle, but the log-likelihood is not concave and has constraints (weights summing to 1, positive variances); EM handles both naturally.",
        stochastic:
          "Possible for huge data sets, but for an ordinary sample the standard tool is EM, whose M-step is a closed-form weighted MLE.",
        em: "The hidden component label makes this the classic EM problem: the E-step computes responsibilities, the M-step weighted means and variances.",
      }),
      hints: ["What is missing from the data?", "Which method was designed for likelihoods with latent variables?"],
    },
    {
      id: "gamma-shape",
      prompt: "{{gamma}}",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "newton", {
        closed:
          "The shape equation $\\log\\alpha - \\psi(\\alpha) = \\log\\bar x - \\overline{\\log x}$ involves the digamma function and has no closed-form solution.",
        newton:
          "After profiling out the rate, it is a one-dimensional root-finding problem, which Newton solves to machine precision in a few steps.",
        stochastic: "A single parameter with a smooth one-dimensional equation needs no stochastic optimiser.",
        em: "All values are observed; there is no latent variable, only a transcendental equation.",
      }),
      hints: ["Is there a closed form for the shape?", "How many unknowns remain once the rate is written in terms of the shape?"],
    },
  ],
  solution: [
    "- **Poisson rate**: closed form, $\\hat\\lambda = \\bar x$.\n- **Small logistic regression**: Newton / IRLS; the ${{d}} \\times {{d}}$ Hessian is tiny and convergence quadratic.\n- **Huge sparse logistic regression**: stochastic gradient or L-BFGS; a ${{hugeD}} \\times {{hugeD}}$ Hessian is out of the question.\n- **Mixture without labels**: EM; the hidden label puts a sum inside the log.\n- **Gamma shape**: one-dimensional Newton on $\\log\\alpha - \\psi(\\alpha) = \\log\\bar x - \\overline{\\log x}$.",
    "The choice follows two questions: does the score equation solve in closed form, and is anything hidden? If neither, use Newton when the Hessian is affordable and gradient-based methods when it is not.",
  ].join("\n\n"),
};

export const MLE_NUMERICAL_SPECS: readonly ConceptSpec[] = [
  logisticNoClosedForm,
  irlsSteps,
  weibullShape,
  newtonVsGradient,
  matchMethods,
  gammaShape,
  separation,
];
