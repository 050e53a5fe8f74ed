/**
 * Concept question (content map 5–6): why plain MLE cannot fit a mixture whose component label is
 * unobserved, and what EM does instead. Options are shuffled by seed; each wrong one says why.
 */
import type { ChoiceOption } from "../../choice";
import { defineConcept } from "../../concept";

const OPTIONS: readonly ChoiceOption[] = [
  {
    id: "log-of-sum",
    correct: true,
    label:
      "With the label $z_i$ unobserved, each term of the log-likelihood is $\\log \\sum_k \\pi_k\\, \\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2)$, a log of a sum, so the score equations couple all parameters and have no closed form. EM alternates: the E-step computes each point's posterior over $z_i$ (its responsibilities), the M-step maximises the expected complete-data log-likelihood, a weighted MLE.",
    explanation:
      "The sum over the hidden label sits inside the log. EM replaces it by an expectation over the label's posterior, which turns the M-step into a weighted version of the labelled-data MLE, and each iteration never lowers the observed log-likelihood.",
  },
  {
    id: "hard-assignment",
    correct: false,
    label:
      "EM assigns each point to its most likely component, then runs the ordinary labelled-data MLE on those groups.",
    explanation:
      "That is hard assignment (classification EM, close to k-means). EM keeps the uncertainty: every point contributes to every component, weighted by its responsibility $r_{ik} = P(z_i = k \\mid x_i)$.",
  },
  {
    id: "no-maximum",
    correct: false,
    label: "The likelihood of a mixture has no maximum, so EM minimises the negative likelihood instead.",
    explanation:
      "Minimising the negative log-likelihood is the same problem as maximising the log-likelihood, so this changes nothing. EM is a maximiser: the observed log-likelihood never decreases from one iteration to the next.",
  },
  {
    id: "sample-size",
    correct: false,
    label: "MLE needs many more data points than EM; with a small sample only EM gives an answer.",
    explanation:
      "Sample size is not the obstacle: EM maximises the very same likelihood as MLE would. The obstacle is the unobserved label, which puts a sum inside the log.",
  },
  {
    id: "faster",
    correct: false,
    label: "Plain MLE would work; EM is only preferred because it is faster and needs no derivatives.",
    explanation:
      "With hidden labels plain MLE has no closed form at all. EM is often slower than Newton-type methods near the optimum (its convergence is linear); its appeal is that each step is a simple, closed-form weighted MLE.",
  },
];

export const conceptHiddenLabel = defineConcept({
  id: "concept-hidden-label",
  title: "Why EM when the label is hidden?",
  topic: "why-labels-matter",
  difficulty: "easy",
  tags: ["gmm", "hidden-label", "log-of-sum"],
  source: "Bishop (2006), Pattern Recognition and Machine Learning, §9.2 and §9.3",
  prompt:
    "Heights of adults are modelled as a mixture of two normals, one per sex: $p(x) = \\pi\\, \\mathcal{N}(x \\mid \\mu_1, \\sigma_1^2) + (1-\\pi)\\, \\mathcal{N}(x \\mid \\mu_2, \\sigma_2^2)$. The data record each height but **not** the sex of the person.",
  parts: [
    {
      id: "answer",
      prompt: "Why can't plain MLE be used here the way it is with labelled data, and what does EM do instead?",
      input: "choice",
      options: OPTIONS,
      hints: [
            "Write the log-likelihood of one observation when the sex is unknown: you must sum over both possibilities.",
            "Where does that sum end up relative to the log? What does that do to the derivative?",
      ],
    },
  ],
  solution: [
        "With labels, the complete-data log-likelihood splits by component, $\\sum_i \\log \\pi_{z_i} + \\log \\mathcal{N}(x_i \\mid \\mu_{z_i}, \\sigma_{z_i}^2)$, and each component's MLE is the familiar closed form on its own points.",
        "Without labels, the observed-data log-likelihood is",
        "$$\\ell(\\theta) = \\sum_{i=1}^n \\log \\sum_{k=1}^2 \\pi_k\\, \\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2),$$",
        "a log of a sum: setting its derivatives to zero couples every parameter and has no closed-form solution.",
        "EM works around the sum. **E-step:** with the current parameters, compute each point's responsibility $r_{ik} = \\dfrac{\\pi_k \\mathcal{N}(x_i \\mid \\mu_k, \\sigma_k^2)}{\\sum_j \\pi_j \\mathcal{N}(x_i \\mid \\mu_j, \\sigma_j^2)}$. **M-step:** maximise the expected complete-data log-likelihood, which is the labelled MLE with each point weighted by $r_{ik}$: $\\pi_k = \\tfrac1n \\sum_i r_{ik}$, $\\mu_k = \\sum_i r_{ik} x_i / \\sum_i r_{ik}$, and so on. Repeat until the log-likelihood stops rising; each iteration never lowers it.",
  ].join("\n\n"),
});
