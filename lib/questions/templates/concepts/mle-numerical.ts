/**
 * Concept questions on content-map topic 4, "MLE without closed forms": why logistic regression has no
 * closed form and why its log-likelihood is concave, Newton / IRLS, separation (the MLE diverges),
 * gamma and Weibull shapes, Newton vs gradient ascent, and which method fits which problem.
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
  prompt:
    "Logistic regression models $P(y_i = 1 \\mid \\mathbf x_i) = \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)$ with $\\sigma(t) = 1/(1 + e^{-t})$. Its log-likelihood is $$\\ell(\\boldsymbol\\beta) = \\sum_{i=1}^n \\Big[y_i\\log\\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta) + (1 - y_i)\\log\\big(1 - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)\\big)\\Big],$$ with gradient $\\nabla\\ell(\\boldsymbol\\beta) = \\sum_i \\big(y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)\\big)\\mathbf x_i$.",
  parts: [
    {
      id: "why",
      prompt: "Why is there no closed-form MLE, unlike for linear regression?",
      input: "choice",
      options: [
        right(
          "nonlinear",
          "Setting the gradient to zero gives equations with $\\boldsymbol\\beta$ inside the nonlinear $\\sigma(\\cdot)$ of every observation; they cannot be solved algebraically, so the MLE is found iteratively.",
          "In linear regression the score equations $X^\\top(\\mathbf y - X\\boldsymbol\\beta) = \\mathbf 0$ are linear in $\\boldsymbol\\beta$; here $\\sum_i (y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta))\\mathbf x_i = \\mathbf 0$ is not.",
        ),
        wrong(
          "not-concave",
          "Because the log-likelihood is not concave, so the score equations have many solutions.",
          "It is concave, and has at most one maximiser when $X$ has full rank. The obstacle is nonlinearity, not multiple optima.",
        ),
        wrong(
          "binary-y",
          "Because $y$ is binary, so the log-likelihood is not differentiable.",
          "The log-likelihood is differentiated in $\\boldsymbol\\beta$, and it is smooth in $\\boldsymbol\\beta$; the binary $y_i$ enter only as fixed 0/1 numbers.",
        ),
        wrong(
          "too-many-parameters",
          "Because it has more parameters than observations.",
          "Not in general: with 3 coefficients and 1000 rows there is still no closed form.",
        ),
        wrong(
          "hidden-labels",
          "Because the class labels are hidden, so EM is needed.",
          "The labels $y_i$ are observed: this is supervised learning with no latent variable. Newton's method (IRLS) or gradient ascent maximises the likelihood directly.",
        ),
      ],
      hints: ["Compare the score equation with linear regression's normal equations.", "Can you isolate $\\boldsymbol\\beta$ from $\\sum_i (y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta))\\mathbf x_i = \\mathbf 0$?"],
    },
    {
      id: "concavity",
      prompt:
        "The Hessian is $\\nabla^2\\ell(\\boldsymbol\\beta) = -X^\\top W X$ with $W = \\operatorname{diag}\\big(\\sigma_i(1 - \\sigma_i)\\big)$ and $\\sigma_i = \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)$. Which statements follow? Select all that apply.",
      input: "multi",
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
      ],
      hints: ["What sign do the weights $\\sigma_i(1 - \\sigma_i)$ have?", "Concave means no spurious peaks, but does it mean the peak is at a finite point?"],
    },
  ],
  solution: [
    "The score equations $\\sum_i \\big(y_i - \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)\\big)\\mathbf x_i = \\mathbf 0$ put $\\boldsymbol\\beta$ inside a nonlinear function of every observation, so they have no algebraic solution; the MLE is computed iteratively (Newton's method, which here is IRLS, or gradient ascent).",
    "The Hessian $-X^\\top W X$, with $W = \\operatorname{diag}(\\sigma_i(1 - \\sigma_i))$ positive, is negative semi-definite: $\\ell$ is concave, any local maximum is global, and with full-rank $X$ the maximiser is unique *if it exists*. Concavity does not guarantee existence: on separable data the likelihood increases for ever.",
  ].join("\n\n"),
};

const irlsSteps: ConceptSpec = {
  id: "concept-irls-steps",
  title: "Newton's method as IRLS",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["logistic-regression", "irls", "newton"],
  source: "Hastie, Tibshirani & Friedman (2009), ESL §4.4.1; Bishop (2006), PRML §4.3.3; Murphy (2012), MLAPP §8.3",
  prompt:
    "Newton's method for logistic regression can be written as iteratively reweighted least squares (IRLS). $X$ is the design matrix (with a column of ones for the intercept), $\\mathbf y$ the 0/1 labels and $\\sigma_i = \\sigma(\\mathbf x_i^\\top\\boldsymbol\\beta)$ the fitted probabilities.",
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
          label: "Form the weights $W = \\operatorname{diag}(\\sigma_i(1 - \\sigma_i))$ and the working response $\\mathbf z = X\\boldsymbol\\beta + W^{-1}(\\mathbf y - \\boldsymbol\\sigma)$.",
        },
        { id: "solve", label: "Solve the weighted least-squares problem: $\\boldsymbol\\beta \\leftarrow (X^\\top W X)^{-1}X^\\top W\\mathbf z$." },
        { id: "stop", label: "Stop if the log-likelihood changed by less than a tolerance; otherwise recompute the probabilities and repeat." },
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
      options: [
        right(
          "newton",
          "With gradient $X^\\top(\\mathbf y - \\boldsymbol\\sigma)$ and Hessian $-X^\\top W X$, Newton's step $\\boldsymbol\\beta + (X^\\top W X)^{-1}X^\\top(\\mathbf y - \\boldsymbol\\sigma)$ equals $(X^\\top W X)^{-1}X^\\top W\\mathbf z$.",
          "Substitute $\\mathbf z = X\\boldsymbol\\beta + W^{-1}(\\mathbf y - \\boldsymbol\\sigma)$: $(X^\\top W X)^{-1}X^\\top W\\mathbf z = \\boldsymbol\\beta + (X^\\top W X)^{-1}X^\\top(\\mathbf y - \\boldsymbol\\sigma)$.",
        ),
        wrong(
          "gradient",
          "It is not Newton: it is gradient ascent with step size $W$.",
          "Gradient ascent would be $\\boldsymbol\\beta + \\eta X^\\top(\\mathbf y - \\boldsymbol\\sigma)$; IRLS multiplies the gradient by the inverse of the negative Hessian, $(X^\\top W X)^{-1}$, which is what makes it Newton.",
        ),
        wrong(
          "em",
          "It is an EM algorithm: the weights are the E-step and the least squares the M-step.",
          "Nothing is hidden: the weights are the curvature $\\sigma_i(1 - \\sigma_i)$ of each observation's log-likelihood, not posterior probabilities of a latent variable.",
        ),
        wrong(
          "ols",
          "It solves ordinary least squares on $\\mathbf y$, which is the logistic MLE.",
          "Least squares on 0/1 labels is the linear probability model, not the logistic MLE; IRLS re-solves a *weighted* problem on a working response that changes every iteration.",
        ),
      ],
      hints: ["Write Newton's update $\\boldsymbol\\beta - (\\nabla^2\\ell)^{-1}\\nabla\\ell$ with the logistic gradient and Hessian.", "Substitute the working response $\\mathbf z$ into the weighted least-squares solution and simplify."],
    },
    {
      id: "largest-weight",
      prompt: "Which observations get the largest IRLS weight $\\sigma_i(1 - \\sigma_i)$?",
      input: "choice",
      options: [
        right(
          "uncertain",
          "Those whose fitted probability is near 0.5 (weight up to 0.25).",
          "$\\sigma(1-\\sigma)$ is largest at $\\sigma = 0.5$: the log-likelihood of an uncertain point curves most, so it carries most information about $\\boldsymbol\\beta$.",
        ),
        wrong(
          "confident",
          "Those whose fitted probability is near 0 or 1.",
          "Their weight $\\sigma_i(1 - \\sigma_i)$ is near 0: confidently fitted points barely change the curvature.",
        ),
        wrong(
          "misclassified",
          "The misclassified observations, whatever their fitted probability.",
          "The weight depends only on $\\sigma_i$, not on $y_i$; misclassification enters through the working response, not the weight.",
        ),
        wrong(
          "equal",
          "All observations weigh the same at every iteration.",
          "Only at the start, $\\boldsymbol\\beta = \\mathbf 0$, where every $\\sigma_i = 0.5$; afterwards the weights differ, hence 'reweighted'.",
        ),
      ],
      hints: ["Maximise $s(1 - s)$ over $s \\in (0, 1)$.", "Does $y_i$ appear in the weight?"],
    },
  ],
  solution: [
    "Gradient $\\nabla\\ell = X^\\top(\\mathbf y - \\boldsymbol\\sigma)$, Hessian $\\nabla^2\\ell = -X^\\top W X$ with $W = \\operatorname{diag}(\\sigma_i(1 - \\sigma_i))$. Newton's update is $$\\boldsymbol\\beta_{\\text{new}} = \\boldsymbol\\beta + (X^\\top W X)^{-1}X^\\top(\\mathbf y - \\boldsymbol\\sigma) = (X^\\top W X)^{-1}X^\\top W\\mathbf z, \\qquad \\mathbf z = X\\boldsymbol\\beta + W^{-1}(\\mathbf y - \\boldsymbol\\sigma),$$ a weighted least-squares fit to the working response $\\mathbf z$.",
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
  prompt:
    "A logistic regression $P(y = 1 \\mid x) = \\sigma(\\beta_0 + \\beta_1 x)$ is fitted to six points: $y = 0$ at $x = 1, 2, 3$ and $y = 1$ at $x = 4, 5, 6$.",
  parts: [
    {
      id: "what-happens",
      prompt: "What happens when Newton's method (IRLS) is run?",
      input: "choice",
      options: [
        right(
          "diverges",
          "The classes are perfectly separated (at $x = 3.5$), so $\\ell$ approaches its supremum 0 as $\\beta_1 \\to \\infty$ with $\\beta_0 = -3.5\\beta_1$: no finite MLE exists, and the coefficients grow every iteration until the fitted probabilities round to 0 and 1.",
          "Along the separating direction every step makes every point more confidently right, so the likelihood keeps rising and never reaches a maximum.",
        ),
        wrong(
          "finite-steep",
          "It converges in a few steps to a steep but finite $\\hat\\beta_1$, since the log-likelihood is concave.",
          "Concavity does not give a finite maximiser: every finite $\\boldsymbol\\beta$ is beaten by a steeper one along the separating direction.",
        ),
        wrong(
          "local-maximum",
          "It gets stuck in a local maximum near $\\beta_1 = 0$.",
          "The log-likelihood is concave, so it has no local maxima that are not global; and at $\\beta_1 = 0$ its gradient is not zero.",
        ),
        wrong(
          "balanced-zero",
          "It converges to $\\beta_1 = 0$, because the two classes are the same size.",
          "Balanced classes fix the fit of an intercept-only model at $\\sigma(0) = 0.5$; with $x$ in the model any positive slope raises the likelihood, and steeper slopes raise it further.",
        ),
      ],
      hints: ["Is there a threshold on $x$ that classifies every point correctly?", "What happens to $\\ell$ if you double $\\beta_1$ (and $\\beta_0$) along such a threshold?"],
    },
    {
      id: "remedies",
      prompt: "Which remedies give a finite, sensible estimate? Select all that apply.",
      input: "multi",
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
      ],
      hints: ["What could stop the likelihood from rewarding ever-larger coefficients?", "Does the remedy change the objective, or only the way it is climbed?"],
    },
  ],
  solution: [
    "Every point satisfies $y = \\mathbf 1\\{x > 3.5\\}$. Take $\\beta_0 = -3.5c$, $\\beta_1 = c$: as $c \\to \\infty$ each fitted probability tends to its label, so each log-likelihood term tends to $0$ from below and $\\ell \\to 0$, a supremum never attained. Albert & Anderson (1984) show that a finite MLE exists only when the data are not (quasi-)separated.",
    "Newton/IRLS therefore runs away, with coefficients and standard errors exploding; software warns about fitted probabilities of 0 or 1. Iterating longer, rescaling $x$ or switching optimiser changes nothing, because the objective itself has no maximum. Changing the objective does: an L2 penalty (a Gaussian prior, MAP) or Firth's (1993) Jeffreys-prior penalty gives finite estimates.",
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
  prompt:
    "A gamma model with shape $\\alpha$ and rate $\\beta$, $f(x) = \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)}x^{\\alpha - 1}e^{-\\beta x}$, has log-likelihood $$\\ell(\\alpha, \\beta) = n\\alpha\\log\\beta - n\\log\\Gamma(\\alpha) + (\\alpha - 1)\\sum_i \\log x_i - \\beta\\sum_i x_i.$$\n\nSetting $\\partial\\ell/\\partial\\beta = 0$ gives $\\beta = \\alpha/\\bar x$; substituting it into $\\partial\\ell/\\partial\\alpha = 0$ gives $$\\log\\alpha - \\psi(\\alpha) = \\log\\bar x - \\overline{\\log x}, \\qquad \\psi = \\Gamma'/\\Gamma,\\quad \\overline{\\log x} = \\tfrac1n\\textstyle\\sum_i \\log x_i.$$",
  parts: [
    {
      id: "why",
      prompt: "Why is there no closed form for $\\hat\\alpha$?",
      input: "choice",
      options: [
        right(
          "digamma",
          "$\\log\\alpha - \\psi(\\alpha)$ involves the digamma function, which has no algebraic inverse: the equation must be solved numerically (a one-dimensional Newton iteration).",
          "The left side decreases from $+\\infty$ to 0 and the right side is a positive number, so there is exactly one root, but no formula for it.",
        ),
        wrong(
          "not-exponential-family",
          "Because the gamma is not an exponential family.",
          "It is a two-parameter exponential family (sufficient statistics $\\sum_i x_i$ and $\\sum_i \\log x_i$); that does not guarantee a closed form, and the digamma function is what blocks one.",
        ),
        wrong(
          "two-parameters",
          "Because it has two parameters, and two-parameter MLEs never have closed forms.",
          "The normal has two parameters and a closed-form MLE; the obstacle is the specific equation for $\\alpha$.",
        ),
        wrong(
          "rate-too",
          "Because $\\hat\\beta$ has no closed form either.",
          "Given $\\alpha$, $\\hat\\beta = \\alpha/\\bar x$ is a closed form; only the shape needs iteration.",
        ),
        wrong(
          "no-maximum",
          "Because the likelihood has no maximum.",
          "$\\log\\bar x - \\overline{\\log x} > 0$ by Jensen's inequality (unless all $x_i$ are equal), and $\\log\\alpha - \\psi(\\alpha)$ decreases from $+\\infty$ to 0, so the equation has exactly one root: the maximum exists.",
        ),
      ],
      hints: ["Which special function appears when you differentiate $\\log\\Gamma(\\alpha)$?", "Can you write $\\alpha$ explicitly from $\\log\\alpha - \\psi(\\alpha) = s$?"],
    },
    {
      id: "steps",
      prompt: "Put the steps of computing the gamma MLE in order.",
      input: "order",
      steps: [
        { id: "statistics", label: "Compute $\\bar x$ and $\\overline{\\log x}$ from the data." },
        { id: "gap", label: "Form $s = \\log\\bar x - \\overline{\\log x}$ (positive by Jensen's inequality)." },
        { id: "start", label: "Take a starting value such as $\\alpha_0 = \\dfrac{3 - s + \\sqrt{(s - 3)^2 + 24s}}{12s}$." },
        { id: "newton", label: "Iterate Newton's method on $g(\\alpha) = \\log\\alpha - \\psi(\\alpha) - s$, with $g'(\\alpha) = 1/\\alpha - \\psi'(\\alpha)$, until it converges." },
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
  prompt:
    "Lifetimes are modelled as Weibull with shape $k$ and scale $\\lambda$: $f(x) = \\frac{k}{\\lambda}\\big(\\frac{x}{\\lambda}\\big)^{k-1}e^{-(x/\\lambda)^k}$. The score equations give $$\\hat\\lambda^k = \\frac1n\\sum_i x_i^k, \\qquad \\frac{\\sum_i x_i^k\\log x_i}{\\sum_i x_i^k} - \\frac1k - \\frac1n\\sum_i \\log x_i = 0.$$",
  parts: [
    {
      id: "statements",
      prompt: "Which statements are true? Select all that apply.",
      input: "multi",
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
          "With $k = 1$, $\\hat\\lambda^1 = \\frac1n\\sum_i x_i$: the mean lifetime.",
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
      ],
      hints: ["Look at where $k$ appears in each equation.", "Which equation becomes explicit once $k$ is fixed?"],
    },
    {
      id: "profile",
      prompt: "Why does substituting $\\hat\\lambda(k)$ into the likelihood help?",
      input: "choice",
      options: [
        right(
          "one-dimensional",
          "It reduces a two-parameter maximisation to a one-parameter one (the profile likelihood in $k$), which is cheap and safe to solve by bracketing or Newton.",
          "The profile log-likelihood $\\ell(k, \\hat\\lambda(k))$ has the same maximiser in $k$ as the full problem, and a 1-D root can be bracketed reliably.",
        ),
        wrong(
          "closed-form",
          "It gives a closed form for $k$.",
          "It leaves one equation in $k$ that is still transcendental; it simplifies the problem but does not solve it.",
        ),
        wrong(
          "concave",
          "It makes the log-likelihood concave in both parameters.",
          "Profiling concerns one parameter at a time; it does not change the joint shape of the log-likelihood.",
        ),
        wrong(
          "unbiased",
          "It makes $\\hat k$ unbiased.",
          "Profiling changes how the maximum is found, not where it is: the MLE is the same point, with the same small-sample bias.",
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
  prompt: "To maximise a log-likelihood $\\ell(\\theta)$ without a closed form, we iterate from a starting value $\\theta_0$.",
  parts: [
    {
      id: "update",
      prompt: "Which is the Newton–Raphson update for one parameter?",
      input: "choice",
      options: [
        right(
          "newton",
          "$\\theta_{t+1} = \\theta_t - \\ell'(\\theta_t)/\\ell''(\\theta_t)$",
          "It jumps to the maximum of the quadratic approximation of $\\ell$ at $\\theta_t$; near a maximum $\\ell'' < 0$, so it moves uphill.",
        ),
        wrong(
          "plus",
          "$\\theta_{t+1} = \\theta_t + \\ell'(\\theta_t)/\\ell''(\\theta_t)$",
          "Near a maximum $\\ell'' < 0$, so this steps *against* the gradient, downhill.",
        ),
        wrong(
          "gradient",
          "$\\theta_{t+1} = \\theta_t + \\eta\\,\\ell'(\\theta_t)$ for a step size $\\eta > 0$",
          "That is gradient ascent: it uses the slope only, not the curvature, and needs a step size.",
        ),
        wrong(
          "root-of-l",
          "$\\theta_{t+1} = \\theta_t - \\ell(\\theta_t)/\\ell'(\\theta_t)$",
          "That is Newton's root-finder applied to $\\ell$ itself: it looks for where $\\ell = 0$, not where $\\ell' = 0$.",
        ),
      ],
      hints: ["The maximum is a root of $\\ell'$. Apply Newton's root-finding method to $\\ell'$.", "Root-finding for $g$: $\\theta - g(\\theta)/g'(\\theta)$. What is $g$ here?"],
    },
    {
      id: "rates",
      prompt: "Close to the maximum, how do the errors $|\\theta_t - \\hat\\theta|$ of the two methods shrink?",
      input: "choice",
      options: [
        right(
          "quadratic-linear",
          "Newton: quadratically (the number of correct digits roughly doubles each step). Gradient ascent with a fixed step: linearly (by a constant factor each step).",
          "Newton's error satisfies $|e_{t+1}| \\le C|e_t|^2$ near a non-degenerate maximum; gradient ascent's shrinks by a factor set by the problem's conditioning.",
        ),
        wrong(
          "swapped",
          "Newton: linearly. Gradient ascent: quadratically.",
          "The other way round: curvature information is what gives Newton its quadratic rate; gradient ascent has only the slope.",
        ),
        wrong(
          "both-quadratic",
          "Both quadratically; Newton is only more convenient.",
          "Gradient ascent uses no curvature, so its error shrinks only by a constant factor per step.",
        ),
        wrong(
          "one-step",
          "Newton reaches the maximum in exactly one step for every log-likelihood.",
          "Only when $\\ell$ is exactly quadratic (a normal mean with known variance, say); otherwise it iterates, fast near the optimum.",
        ),
      ],
      hints: ["Which method uses the second derivative?", "Quadratic convergence: $|e_{t+1}| \\approx C|e_t|^2$; linear: $|e_{t+1}| \\approx c|e_t|$ with $c < 1$."],
    },
    {
      id: "trade-offs",
      prompt: "Which statements are true? Select all that apply.",
      input: "multi",
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
      ],
      hints: ["Count what each step needs: a gradient only, or a Hessian and a linear solve?", "Is Newton's fast convergence a local or a global property?"],
    },
  ],
  solution: [
    "Newton–Raphson applies root-finding to $\\ell'$: $$\\theta_{t+1} = \\theta_t - \\frac{\\ell'(\\theta_t)}{\\ell''(\\theta_t)},$$ in $d$ dimensions $\\boldsymbol\\theta - (\\nabla^2\\ell)^{-1}\\nabla\\ell$. Gradient ascent is $\\theta_{t+1} = \\theta_t + \\eta\\,\\ell'(\\theta_t)$.",
    "Near a non-degenerate maximum Newton converges quadratically, gradient ascent linearly. Newton costs a Hessian and a solve per step ($O(nd^2 + d^3)$), gradient ascent $O(nd)$, so for very large problems stochastic gradient or L-BFGS wins. Newton's convergence is local: damping or a line search keeps it from overshooting or climbing toward a minimum when started far away.",
  ].join("\n\n"),
};

/** "Match": each fitting problem to the method that computes its MLE. */
const METHOD_LABELS = {
  closed: "A closed-form formula, no iteration.",
  newton: "Newton's method (IRLS for a GLM), run to machine precision.",
  stochastic: "Stochastic gradient ascent, or a quasi-Newton method such as L-BFGS.",
  em: "The EM algorithm.",
} as const;

const matchMethods: ConceptSpec = {
  id: "concept-match-model-to-method",
  title: "Match each problem to its fitting method",
  topic: "mle-numerical",
  difficulty: "medium",
  tags: ["match", "newton", "gradient-ascent", "em", "closed-form"],
  source: "Murphy (2012), MLAPP §8.3 and §8.5; Bishop (2006), PRML §4.3.3 and §9.2; Hastie, Tibshirani & Friedman (2009), ESL §4.4.1",
  prompt: "Match each fitting problem to the method you would use to compute its maximum likelihood estimate (an option may be used more than once).",
  parts: [
    {
      id: "poisson-rate",
      prompt: "The rate of a Poisson model of calls per hour, from 200 hourly counts.",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "closed", {
        closed: "The score equation $\\sum_i x_i/\\lambda - n = 0$ solves to $\\hat\\lambda = \\bar x$: no iteration needed.",
        newton: "Newton would converge in one step from anywhere near, but there is nothing to iterate: $\\hat\\lambda = \\bar x$ exactly.",
        stochastic: "200 counts and one parameter need no stochastic optimiser; the answer is the sample mean.",
        em: "Nothing is hidden: every count is observed, and the MLE is the sample mean.",
      }),
      hints: ["Does the score equation have an explicit solution?", "What is the Poisson MLE?"],
    },
    {
      id: "logistic-small",
      prompt: "A logistic regression with 5 features on 2000 rows.",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "newton", {
        closed: "The logistic score equations are nonlinear in $\\boldsymbol\\beta$ and have no closed-form solution.",
        newton: "With 6 coefficients the Hessian is $6 \\times 6$: each IRLS step is cheap, and a handful of steps reach machine precision thanks to quadratic convergence.",
        stochastic: "It would work, but with so few parameters exact Newton is cheap and far more precise; stochastic methods pay off at a much larger scale.",
        em: "The labels are observed, so there is no latent variable; the concave log-likelihood is maximised directly.",
      }),
      hints: ["Is there a closed form? Is the problem small enough for a Hessian?", "How big is the Hessian here?"],
    },
    {
      id: "logistic-huge",
      prompt: "A logistic regression for click prediction with $10^7$ sparse features and $10^9$ rows.",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "stochastic", {
        closed: "Logistic regression has no closed form at any size.",
        newton: "A $10^7 \\times 10^7$ Hessian cannot be formed, let alone inverted; exact Newton is out of reach.",
        stochastic: "Each stochastic step touches a mini-batch and only the sparse features present in it; L-BFGS keeps a low-rank curvature estimate instead of a Hessian.",
        em: "The clicks (labels) are observed; EM is for hidden variables, not for scale.",
      }),
      hints: ["How large would the Hessian be?", "Which methods need only gradients, possibly on a subset of rows?"],
    },
    {
      id: "mixture",
      prompt: "A two-component Gaussian mixture fitted to unlabelled measurements.",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "em", {
        closed: "With unknown component labels the log-likelihood is a log of a sum, and its score equations have no closed form.",
        newton: "Possible in principle, but the log-likelihood is not concave and has constraints (weights summing to 1, positive variances); EM handles both naturally.",
        stochastic: "Possible for huge data sets, but for an ordinary sample the standard tool is EM, whose M-step is a closed-form weighted MLE.",
        em: "The hidden component label makes this the classic EM problem: the E-step computes responsibilities, the M-step weighted means and variances.",
      }),
      hints: ["What is missing from the data?", "Which method was designed for likelihoods with latent variables?"],
    },
    {
      id: "gamma-shape",
      prompt: "The shape of a gamma model of daily rainfall amounts.",
      input: "choice",
      options: matchOptions(METHOD_LABELS, "newton", {
        closed: "The shape equation $\\log\\alpha - \\psi(\\alpha) = \\log\\bar x - \\overline{\\log x}$ involves the digamma function and has no closed-form solution.",
        newton: "After profiling out the rate, it is a one-dimensional root-finding problem, which Newton solves to machine precision in a few steps.",
        stochastic: "A single parameter with a smooth one-dimensional equation needs no stochastic optimiser.",
        em: "All rainfall amounts are observed; there is no latent variable, only a transcendental equation.",
      }),
      hints: ["Is there a closed form for the shape?", "How many unknowns remain once the rate is written in terms of the shape?"],
    },
  ],
  solution: [
    "- **Poisson rate**: closed form, $\\hat\\lambda = \\bar x$.\n- **Small logistic regression**: Newton / IRLS; the Hessian is tiny and convergence quadratic.\n- **Huge sparse logistic regression**: stochastic gradient or L-BFGS; a $10^7 \\times 10^7$ Hessian is out of the question.\n- **Gaussian mixture without labels**: EM; the hidden label puts a sum inside the log.\n- **Gamma shape**: one-dimensional Newton on $\\log\\alpha - \\psi(\\alpha) = \\log\\bar x - \\overline{\\log x}$.",
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
