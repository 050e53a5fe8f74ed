/** Computational EM templates: multi-part walk-throughs (E-step, M-step, new log-likelihood) and EM properties in numbers. */
import type { QuestionTemplate } from "../../types";

export const EM_COMPUTATION_TEMPLATES: readonly QuestionTemplate[] = [];
