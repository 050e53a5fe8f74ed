/** EM properties in numbers (content map 7): the rising log-likelihood, the lower bound, hard vs soft, symmetric starts, label switching, collapsing variances. */
import type { QuestionTemplate } from "../../types";
import { emHardVsSoft } from "./hard-vs-soft";
import { emLabelSwitching } from "./label-switching";
import { emLoglikRises } from "./loglik-rises";
import { emLowerBound } from "./lower-bound";
import { emSymmetricStart } from "./symmetric-start";
import { emVarianceCollapse } from "./variance-collapse";

export const EM_PROPERTIES_TEMPLATES: readonly QuestionTemplate[] = [
  emLoglikRises,
  emLowerBound,
  emHardVsSoft,
  emSymmetricStart,
  emLabelSwitching,
  emVarianceCollapse,
];
