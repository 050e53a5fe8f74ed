/** Computational MLE templates: likelihoods, closed-form derivations step by step, properties, numerical MLE. */
import type { QuestionTemplate } from "../../types";
import { cauchyLocationNewton } from "./cauchy-location-newton";
import { gammaShapeNewton } from "./gamma-shape-newton";
import { likelihoodBernoulliProduct } from "./likelihood-bernoulli-product";
import { likelihoodExponentialDensity } from "./likelihood-exponential-density";
import { likelihoodNormalRatio } from "./likelihood-normal-ratio";
import { likelihoodPoissonLog } from "./likelihood-poisson-log";
import { logisticInterceptNewton } from "./logistic-intercept-newton";
import { logisticSlopeNewton } from "./logistic-slope-newton";
import { mleBinomialExperiments } from "./mle-binomial-experiments";
import { mleCategoricalCounts } from "./mle-categorical-counts";
import { mleFisherBernoulli } from "./mle-fisher-bernoulli";
import { mleFisherPoisson } from "./mle-fisher-poisson";
import { mleGeometricSupport } from "./mle-geometric-support";
import { mleInvariancePoissonZero } from "./mle-invariance-poisson-zero";
import { mleLinearRegression } from "./mle-linear-regression";
import { mleLognormal } from "./mle-lognormal";
import { mleMapBeta } from "./mle-map-beta";
import { mlePoissonScore } from "./mle-poisson-score";
import { mleVarianceBias } from "./mle-variance-bias";
import { weibullShapeBracket } from "./weibull-shape-bracket";

export const MLE_COMPUTATION_TEMPLATES: readonly QuestionTemplate[] = [
  // 1. Likelihood
  likelihoodBernoulliProduct,
  likelihoodPoissonLog,
  likelihoodNormalRatio,
  likelihoodExponentialDensity,
  // 2. Closed forms
  mlePoissonScore,
  mleBinomialExperiments,
  mleCategoricalCounts,
  mleGeometricSupport,
  mleLognormal,
  mleLinearRegression,
  // 3. Properties
  mleInvariancePoissonZero,
  mleVarianceBias,
  mleFisherBernoulli,
  mleFisherPoisson,
  mleMapBeta,
  // 4. Without closed forms
  logisticInterceptNewton,
  logisticSlopeNewton,
  gammaShapeNewton,
  weibullShapeBracket,
  cauchyLocationNewton,
];
