/** Likelihood in numbers (content map 1): products of probabilities and densities, logs, ratios. */
import type { QuestionTemplate } from "../../types";
import { likelihoodBernoulliProduct } from "./likelihood-bernoulli-product";
import { likelihoodExponentialDensity } from "./likelihood-exponential-density";
import { likelihoodNormalRatio } from "./likelihood-normal-ratio";
import { likelihoodPoissonLog } from "./likelihood-poisson-log";

export const LIKELIHOOD_TEMPLATES: readonly QuestionTemplate[] = [
  likelihoodBernoulliProduct,
  likelihoodPoissonLog,
  likelihoodNormalRatio,
  likelihoodExponentialDensity,
];
