/** Concept questions on topics 1–4 of the content map: likelihood, closed-form MLE, MLE properties, numerical MLE. */
import type { QuestionTemplate } from "../../types";

export const LIKELIHOOD_AND_MLE_CONCEPTS: readonly QuestionTemplate[] = [];
