/**
 * Every computational template, grouped by what it teaches (one folder per topic of the content map).
 * Shared helpers live in `templates/shared/`: `mle.ts` (sums, TeX, samplers), `mixtures.ts` (one-point
 * Gaussian-mixture E- and M-steps), `em.ts` (library EM steps, ranges, shared mistakes).
 */
import type { QuestionTemplate } from "../types";
import { CLOSED_FORM_MLE_TEMPLATES } from "./closed-form-mle";
import { EM_PROPERTIES_TEMPLATES } from "./em-properties";
import { EM_STEPS_TEMPLATES } from "./em-steps";
import { LIKELIHOOD_TEMPLATES } from "./likelihood";
import { MLE_PROPERTIES_TEMPLATES } from "./mle-properties";
import { NUMERICAL_MLE_TEMPLATES } from "./numerical-mle";
import { WHY_LABELS_MATTER_TEMPLATES } from "./why-labels-matter";

export const COMPUTATION_TEMPLATES: readonly QuestionTemplate[] = [
  ...LIKELIHOOD_TEMPLATES,
  ...CLOSED_FORM_MLE_TEMPLATES,
  ...MLE_PROPERTIES_TEMPLATES,
  ...NUMERICAL_MLE_TEMPLATES,
  ...WHY_LABELS_MATTER_TEMPLATES,
  ...EM_STEPS_TEMPLATES,
  ...EM_PROPERTIES_TEMPLATES,
];

/** The core templates: their ids, data fields and part ids are a contract of the question API. */
export const CORE_TEMPLATE_IDS = [
  "mle-bernoulli-p",
  "mle-poisson-rate",
  "mle-exponential-rate",
  "mle-normal",
  "mle-uniform-upper",
  "em-two-coins-step",
  "gmm-responsibility",
  "gmm-m-step",
] as const;
