/** Concept questions on topics 8–9 of the content map: the model zoo, and MLE vs EM side by side. */
import type { QuestionTemplate } from "../../types";

export const ZOO_AND_COMPARISON_CONCEPTS: readonly QuestionTemplate[] = [];
