/**
 * One primer per topic of the content map (docs/content-map.md): the formulas and ideas a candidate
 * reads in two minutes before practising, as Markdown with TeX (rendered on the server by
 * lib/markdown.ts), and which interactive figure goes with it. Pure data.
 *
 * Sources, as for the bank: Casella & Berger, Statistical Inference (2nd ed., 2002), ch. 7 and 10;
 * Bishop, Pattern Recognition and Machine Learning (2006), §4.3, §9.2–9.4; Dempster, Laird & Rubin,
 * JRSS B 39 (1977); Do & Batzoglou, Nature Biotechnology 26 (2008); McLachlan & Krishnan, The EM
 * Algorithm and Extensions (2nd ed., 2008).
 */
import type { TopicId } from "../questions/topics";
import type { ExplorerModel } from "./likelihood";

export type PrimerFigure = { kind: "likelihood"; model: ExplorerModel } | { kind: "em"; problem: "gmm" | "coins" };

export interface Primer {
  topic: TopicId;
  /** One sentence under the title. */
  lead: string;
  /** The key formulas and ideas (Markdown + TeX). */
  body: string;
  figure: PrimerFigure;
  /** What to try with the figure (Markdown + TeX). */
  tryThis: string;
}

export const PRIMERS: readonly Primer[] = [
  {
    topic: "likelihood",
    lead: "The same formula read two ways: a probability of the data for a fixed parameter, or a function of the parameter for the data you have.",
    body: String.raw`
For independent, identically distributed data $x_1, \dots, x_n$ the **likelihood** is the product of the densities (or probabilities), read as a function of $\theta$:

$$L(\theta) = \prod_{i=1}^{n} p(x_i \mid \theta), \qquad \ell(\theta) = \log L(\theta) = \sum_{i=1}^{n} \log p(x_i \mid \theta).$$

- $L(\theta)$ is **not** a probability distribution over $\theta$: it need not integrate to 1.
- Maximise $\ell$, not $L$: the log is increasing (same maximiser), turns products into sums, and a product of many small numbers underflows to 0 in floating point.
- Only ratios $L(\theta_1)/L(\theta_2)$ carry meaning; constants that do not involve $\theta$ can be dropped when maximising (but not when a question asks for the value of $\ell$).
- Bernoulli, $k$ ones in $n$ trials: $\ell(p) = k\log p + (n-k)\log(1-p)$.
`,
    figure: { kind: "likelihood", model: "bernoulli" },
    tryThis: "Move $p$ and watch $\\ell(p)$: the peak sits at the proportion of ones. Add data and the curve narrows around it.",
  },
  {
    topic: "mle-closed-form",
    lead: "Set the score to zero and solve: for the everyday models the answer is a sample average.",
    body: String.raw`
The **maximum-likelihood estimate** solves the score equation $\ell'(\theta) = 0$ (and is a maximum: $\ell''(\hat\theta) < 0$, or check the boundary).

| model | $\ell(\theta)$ up to a constant | MLE |
|---|---|---|
| Bernoulli $p$ | $k\log p + (n-k)\log(1-p)$ | $\hat p = k/n$ |
| Poisson $\lambda$ | $\sum x_i \log\lambda - n\lambda$ | $\hat\lambda = \bar x$ |
| Exponential rate $\lambda$ | $n\log\lambda - \lambda\sum x_i$ | $\hat\lambda = 1/\bar x$ |
| Normal $\mu,\sigma^2$ | $-\tfrac n2\log\sigma^2 - \tfrac{1}{2\sigma^2}\sum (x_i-\mu)^2$ | $\hat\mu = \bar x,\ \hat\sigma^2 = \tfrac1n\sum (x_i-\bar x)^2$ |
| Uniform $(0,\theta)$ | $-n\log\theta$ for $\theta \ge \max x_i$ | $\hat\theta = \max x_i$ (no zero derivative: a boundary) |

Linear regression with Gaussian noise: maximising $\ell$ over the coefficients is minimising $\sum (y_i - x_i^\top\beta)^2$, so the MLE is least squares.
`,
    figure: { kind: "likelihood", model: "poisson" },
    tryThis: "Choose a model: the marked MLE is the library's closed form, and it always sits at the top of $\\ell(\\theta)$.",
  },
  {
    topic: "mle-properties",
    lead: "Why the MLE is the default estimator, and where it is biased.",
    body: String.raw`
- **Invariance**: the MLE of $g(\theta)$ is $g(\hat\theta)$; e.g. $\hat\sigma = \sqrt{\hat\sigma^2}$.
- **Bias**: $\mathbb E[\hat\sigma^2] = \tfrac{n-1}{n}\sigma^2$: dividing by $n$ underestimates; $\tfrac{1}{n-1}$ is unbiased but is not the MLE.
- **Consistency and asymptotic normality**: $\hat\theta \approx \mathcal N\big(\theta,\ I_n(\theta)^{-1}\big)$ for large $n$.
- **Information**: the observed information is the curvature at the peak, $J(\hat\theta) = -\ell''(\hat\theta)$; the Fisher information is $I_n(\theta) = \mathbb E[-\ell''(\theta)] = n\,I_1(\theta)$. Standard error: $\mathrm{SE}(\hat\theta) = 1/\sqrt{J(\hat\theta)}$.
- Bernoulli: $I_1(p) = \dfrac{1}{p(1-p)}$, so $\mathrm{SE}(\hat p) = \sqrt{\hat p(1-\hat p)/n}$. Poisson: $\mathrm{SE}(\hat\lambda) = \sqrt{\hat\lambda/n}$.
- **MAP** adds a log-prior: $\hat\theta_{\text{MAP}} = \arg\max\, \ell(\theta) + \log p(\theta)$; with a Beta$(a,b)$ prior, $\hat p = \dfrac{k + a - 1}{n + a + b - 2}$. An L2 penalty is a Gaussian prior.
`,
    figure: { kind: "likelihood", model: "exponential" },
    tryThis: "Add data: the information grows like $n$, the standard error falls like $1/\\sqrt n$, and the curve sharpens.",
  },
  {
    topic: "mle-numerical",
    lead: "When the score equation has no closed-form root, climb the log-likelihood with its derivatives.",
    body: String.raw`
- **Newton's method**: $\theta_{t+1} = \theta_t - \dfrac{\ell'(\theta_t)}{\ell''(\theta_t)}$; near the optimum the number of correct digits doubles each step. In several dimensions $\theta_{t+1} = \theta_t - H^{-1}\nabla\ell$.
- **Logistic regression**: $\ell(\beta) = \sum_i \big[y_i\, x_i^\top\beta - \log(1 + e^{x_i^\top\beta})\big]$, gradient $\sum_i (y_i - p_i)\,x_i$, Hessian $-\sum_i p_i(1-p_i)\,x_i x_i^\top$. The Hessian is negative definite, so $\ell$ is **concave**: one maximum, and Newton (as IRLS, iteratively reweighted least squares) finds it. Perfectly separable data have no finite MLE.
- **Gamma and Weibull shapes**: the score equation mixes $\log$ and the digamma function $\psi$; solve it by Newton or bracketing.
- The curvature that drives Newton is the same observed information that gives the standard error: $\mathrm{SE} = 1/\sqrt{-\ell''(\hat\theta)}$.
`,
    figure: { kind: "likelihood", model: "normal" },
    tryThis:
      "For the normal mean the log-likelihood is an exact parabola, so one Newton step from any $\\mu$ lands on $\\bar x$: its curvature $n/\\sigma^2$ does not depend on $\\mu$.",
  },
  {
    topic: "why-labels-matter",
    lead: "With the labels, a mixture is a few separate MLEs; without them, a sum sits inside the log.",
    body: String.raw`
Mixture of $K$ components with hidden labels $z_i$:

$$p(x_i \mid \theta) = \sum_{k=1}^{K} w_k\, p_k(x_i \mid \theta_k).$$

- **Complete data** $(x_i, z_i)$: $\ell_c(\theta) = \sum_i \big[\log w_{z_i} + \log p_{z_i}(x_i \mid \theta_{z_i})\big]$ splits by component, and each part has its closed-form MLE (the mean of the points with label $k$, their share $n_k/n$, …).
- **Observed data** $x_i$ only: $\ell(\theta) = \sum_i \log \sum_k w_k\, p_k(x_i\mid\theta_k)$: the log cannot pass the sum, the score equations couple every component, and there is no closed form.
- EM treats the labels as missing data: replace each unknown indicator $\mathbb 1[z_i = k]$ by its posterior probability, then do the labelled MLE with those weights.
`,
    figure: { kind: "em", problem: "gmm" },
    tryThis:
      "Press E-step: each point gets a colour between the two components, its posterior probability of each label. The M-step then fits each component as if those were fractional labels.",
  },
  {
    topic: "em-mechanics",
    lead: "Guess, infer the labels softly, refit as if they were known, repeat.",
    body: String.raw`
**E-step**: the responsibilities at the current $\theta^{(t)}$,

$$r_{ik} = \frac{w_k\, p_k(x_i \mid \theta_k^{(t)})}{\sum_j w_j\, p_j(x_i \mid \theta_j^{(t)})}.$$

**M-step**: a weighted MLE, with $N_k = \sum_i r_{ik}$:

$$w_k = \frac{N_k}{n}, \qquad \mu_k = \frac{1}{N_k}\sum_i r_{ik}\, x_i, \qquad \sigma_k^2 = \frac{1}{N_k}\sum_i r_{ik}\,(x_i - \mu_k)^2.$$

**Two coins** (Do & Batzoglou, 2008): trial $i$ shows $h_i$ heads in $n_i$ tosses of coin A or B, each chosen with probability ½. The E-step gives trial $i$ to coin A with weight

$$r_i = \frac{\theta_A^{h_i}(1-\theta_A)^{n_i-h_i}}{\theta_A^{h_i}(1-\theta_A)^{n_i-h_i} + \theta_B^{h_i}(1-\theta_B)^{n_i-h_i}},$$

and the M-step divides expected heads by expected tosses: $\theta_A = \sum_i r_i h_i \big/ \sum_i r_i n_i$, and the same for B with $1 - r_i$.

Repeat until the log-likelihood rises by less than a tolerance.
`,
    figure: { kind: "em", problem: "coins" },
    tryThis:
      "Step once from $\\theta_A = 0.6$, $\\theta_B = 0.5$: the paper's first iteration gives 0.71 and 0.58, and after ten 0.80 and 0.52.",
  },
  {
    topic: "em-properties",
    lead: "EM always climbs, but only to the nearest hilltop.",
    body: String.raw`
- **Monotone**: by Jensen's inequality, for any distribution $q$ over the labels,

$$\ell(\theta) \;\ge\; B(q, \theta) = \sum_i \sum_k q_{ik}\,\log\frac{w_k\,p_k(x_i\mid\theta_k)}{q_{ik}},$$

  with equality when $q$ is the posterior at $\theta$ (the E-step). The M-step maximises $B$ over $\theta$, so $\ell(\theta^{(t+1)}) \ge B(q^{(t+1)}, \theta^{(t+1)}) \ge B(q^{(t+1)}, \theta^{(t)}) = \ell(\theta^{(t)})$.
- **Local optimum**: the result depends on the start; run several starts and keep the highest $\ell$.
- **Label switching**: permuting the components gives the same $\ell$; the labels mean nothing.
- **Singularities**: a component whose mean sits on one point with $\sigma_k^2 \to 0$ sends $\ell \to \infty$; that is a degenerate fit, not a better one.
- **k-means** is the hard-assignment, equal-variance limit of EM for Gaussian mixtures.
- Convergence is linear, slow when the components overlap; stop when the rise in $\ell$ is below a tolerance.
`,
    figure: { kind: "em", problem: "gmm" },
    tryThis:
      "Run, then try a different start: the curve of $\\ell$ per iteration never goes down, each dashed step is the bound built at an E-step, and some starts stop at a different fit or swap the labels.",
  },
  {
    topic: "model-zoo",
    lead: "Plain MLE when every variable in the likelihood is observed; EM or a relative when some are hidden.",
    body: String.raw`
| plain MLE (closed form or Newton) | EM or a relative (hidden variables) |
|---|---|
| linear regression (least squares) | Gaussian mixtures (soft clustering) |
| logistic and Poisson regression | hidden Markov models (Baum–Welch) |
| naive Bayes, Gaussian discriminant analysis (labels observed) | mixtures of Bernoullis, of Poissons, zero-inflated counts |
| exponential-family fits from sufficient statistics | factor analysis, probabilistic PCA |
| | missing values under a multivariate normal |
| | LDA (variational EM), IBM Model 1 (word alignments) |

The test: write the likelihood of what you observe. If it is a product of terms with no sum over an unobserved variable inside a log, it is plain MLE; if it is $\sum_i \log \sum_{z} p(x_i, z \mid \theta)$ over a hidden $z$, reach for EM. Gaussian discriminant analysis is the labelled twin of a Gaussian mixture: same model, labels seen, one step.
`,
    figure: { kind: "em", problem: "gmm" },
    tryThis:
      "The figure is the zoo's main EM resident, a Gaussian mixture; with the labels known, one M-step with 0/1 responsibilities would be the whole fit.",
  },
  {
    topic: "mle-vs-em",
    lead: "Not rivals: EM is one way to compute the maximum-likelihood estimate when data are missing.",
    body: String.raw`
| | MLE with all data observed | EM (hidden labels) |
|---|---|---|
| objective | $\ell(\theta)$ | the same $\ell(\theta)$, of the observed data |
| how | closed form, or Newton on a concave $\ell$ | alternate E-step and M-step |
| steps | one (or a few Newton steps) | many; each never lowers $\ell$ |
| optimum | global when $\ell$ is concave | local; depends on the start |
| output | $\hat\theta$, standard errors from $-\ell''$ | $\hat\theta$, responsibilities; standard errors need extra work (Louis, 1982) |

**The interview answer**: MLE is the principle (choose $\theta$ to maximise the likelihood); EM is an algorithm for that principle when the likelihood has latent variables, so that $\log\sum_z$ has no closed-form maximiser but the complete-data problem does. EM's M-step *is* an MLE, weighted by the E-step's posterior.
`,
    figure: { kind: "em", problem: "coins" },
    tryThis:
      "The two-coin data with the coin of each trial hidden: EM needs a start and several iterations, where knowing the coins would give each $\\theta$ in one step as heads over tosses.",
  },
];

const byTopic = new Map<string, Primer>(PRIMERS.map((primer) => [primer.topic, primer]));

export function getPrimer(topic: string): Primer | undefined {
  return byTopic.get(topic);
}
