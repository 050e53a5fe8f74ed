/** MLE without closed forms (content map 4): Newton steps and bracketing on logistic, gamma, Weibull and Cauchy models. */
import type { QuestionTemplate } from "../../types";
import { cauchyLocationNewton } from "./cauchy-location-newton";
import { gammaShapeNewton } from "./gamma-shape-newton";
import { logisticInterceptNewton } from "./logistic-intercept-newton";
import { logisticSlopeNewton } from "./logistic-slope-newton";
import { weibullShapeBracket } from "./weibull-shape-bracket";

export const NUMERICAL_MLE_TEMPLATES: readonly QuestionTemplate[] = [
  logisticInterceptNewton,
  logisticSlopeNewton,
  gammaShapeNewton,
  weibullShapeBracket,
  cauchyLocationNewton,
];
