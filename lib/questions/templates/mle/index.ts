/** Computational MLE templates: likelihoods, closed-form derivations step by step, properties, numerical MLE. */
import type { QuestionTemplate } from "../../types";

export const MLE_COMPUTATION_TEMPLATES: readonly QuestionTemplate[] = [];
