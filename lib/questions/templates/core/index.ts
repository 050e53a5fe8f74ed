/** The core templates of docs/question-api.md: their ids, data fields and part ids are a contract. */
import { emTwoCoinsStep } from "./em-two-coins-step";
import { gmmMStep } from "./gmm-m-step";
import { gmmResponsibility } from "./gmm-responsibility";
import { mleBernoulliP } from "./mle-bernoulli-p";
import { mleExponentialRate } from "./mle-exponential-rate";
import { mleNormal } from "./mle-normal";
import { mlePoissonRate } from "./mle-poisson-rate";
import { mleUniformUpper } from "./mle-uniform-upper";
import type { QuestionTemplate } from "../../types";

export const CORE_TEMPLATES: readonly QuestionTemplate[] = [
  mleBernoulliP,
  mlePoissonRate,
  mleExponentialRate,
  mleNormal,
  mleUniformUpper,
  emTwoCoinsStep,
  gmmResponsibility,
  gmmMStep,
];
