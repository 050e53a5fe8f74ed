/** EM mechanics (content map 6): the core E- and M-steps (ids, data fields and part ids are a contract), then full walk-throughs. */
import type { QuestionTemplate } from "../../types";
import { emBinomialMixtureWeights } from "./binomial-mixture-weights";
import { emTwoCoinsStep } from "./em-two-coins-step";
import { emGmmIteration } from "./gmm-iteration";
import { gmmMStep } from "./gmm-m-step";
import { gmmResponsibility } from "./gmm-responsibility";
import { emLinkageStep } from "./linkage-step";
import { emMvnMissingStep } from "./mvn-missing-step";
import { emPoissonMixtureStep } from "./poisson-mixture-step";
import { emTwoCoinsIteration } from "./two-coins-iteration";
import { emUnlabelledComponents } from "./unlabelled-components";
import { emZipStep } from "./zip-step";

export const EM_STEPS_TEMPLATES: readonly QuestionTemplate[] = [
  emTwoCoinsStep,
  gmmResponsibility,
  gmmMStep,
  emTwoCoinsIteration,
  emGmmIteration,
  emZipStep,
  emLinkageStep,
  emMvnMissingStep,
  emPoissonMixtureStep,
  emBinomialMixtureWeights,
  emUnlabelledComponents,
];
