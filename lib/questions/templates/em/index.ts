/** Computational EM templates: multi-part walk-throughs (E-step, M-step, new log-likelihood) and EM properties in numbers. */
import type { QuestionTemplate } from "../../types";
import { emBinomialMixtureWeights } from "./binomial-mixture-weights";
import { emCompleteVsObserved } from "./complete-vs-observed";
import { emGmmIteration } from "./gmm-iteration";
import { emHardVsSoft } from "./hard-vs-soft";
import { emLabelSwitching } from "./label-switching";
import { emLabelledCoins } from "./labelled-coins";
import { emLinkageStep } from "./linkage-step";
import { emLoglikRises } from "./loglik-rises";
import { emLowerBound } from "./lower-bound";
import { emMvnMissingStep } from "./mvn-missing-step";
import { emPoissonMixtureStep } from "./poisson-mixture-step";
import { emSymmetricStart } from "./symmetric-start";
import { emTwoCoinsIteration } from "./two-coins-iteration";
import { emUnlabelledComponents } from "./unlabelled-components";
import { emVarianceCollapse } from "./variance-collapse";
import { emZipStep } from "./zip-step";

export const EM_COMPUTATION_TEMPLATES: readonly QuestionTemplate[] = [
  // Why labels matter
  emLabelledCoins,
  emCompleteVsObserved,
  // EM mechanics: full walk-throughs
  emTwoCoinsIteration,
  emGmmIteration,
  emZipStep,
  emLinkageStep,
  emMvnMissingStep,
  emPoissonMixtureStep,
  emBinomialMixtureWeights,
  emUnlabelledComponents,
  // EM properties
  emLoglikRises,
  emLowerBound,
  emHardVsSoft,
  emSymmetricStart,
  emLabelSwitching,
  emVarianceCollapse,
];
