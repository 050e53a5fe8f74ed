/** MLE with closed forms (content map 2): the five core estimators first (their ids, data fields and part ids are a contract), then derivations step by step. */
import type { QuestionTemplate } from "../../types";
import { mleBernoulliP } from "./mle-bernoulli-p";
import { mleBinomialExperiments } from "./mle-binomial-experiments";
import { mleCategoricalCounts } from "./mle-categorical-counts";
import { mleExponentialRate } from "./mle-exponential-rate";
import { mleGeometricSupport } from "./mle-geometric-support";
import { mleLinearRegression } from "./mle-linear-regression";
import { mleLognormal } from "./mle-lognormal";
import { mleNormal } from "./mle-normal";
import { mlePoissonRate } from "./mle-poisson-rate";
import { mlePoissonScore } from "./mle-poisson-score";
import { mleUniformUpper } from "./mle-uniform-upper";

export const CLOSED_FORM_MLE_TEMPLATES: readonly QuestionTemplate[] = [
  mleBernoulliP,
  mlePoissonRate,
  mleExponentialRate,
  mleNormal,
  mleUniformUpper,
  mlePoissonScore,
  mleBinomialExperiments,
  mleCategoricalCounts,
  mleGeometricSupport,
  mleLognormal,
  mleLinearRegression,
];
