/** MLE properties in numbers (content map 3): invariance, bias of the variance, Fisher information and standard errors, MAP. */
import type { QuestionTemplate } from "../../types";
import { mleFisherBernoulli } from "./mle-fisher-bernoulli";
import { mleFisherPoisson } from "./mle-fisher-poisson";
import { mleInvariancePoissonZero } from "./mle-invariance-poisson-zero";
import { mleMapBeta } from "./mle-map-beta";
import { mleVarianceBias } from "./mle-variance-bias";

export const MLE_PROPERTIES_TEMPLATES: readonly QuestionTemplate[] = [
  mleInvariancePoissonZero,
  mleVarianceBias,
  mleFisherBernoulli,
  mleFisherPoisson,
  mleMapBeta,
];
