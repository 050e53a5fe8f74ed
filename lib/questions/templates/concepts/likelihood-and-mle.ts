/** Concept questions on topics 1–4 of the content map: likelihood, closed-form MLE, MLE properties, numerical MLE. */
import { defineConcept, type ConceptSpec } from "../../concept";
import type { QuestionTemplate } from "../../types";
import { LIKELIHOOD_SPECS } from "./likelihood-basics";
import { MLE_CLOSED_FORM_SPECS } from "./mle-closed-form";
import { MLE_NUMERICAL_SPECS } from "./mle-numerical";
import { MLE_PROPERTIES_SPECS } from "./mle-properties";

/** The questions as written (plain data), kept for tests that inspect options, hints and sources. */
export const LIKELIHOOD_AND_MLE_SPECS: readonly ConceptSpec[] = [
  ...LIKELIHOOD_SPECS,
  ...MLE_CLOSED_FORM_SPECS,
  ...MLE_PROPERTIES_SPECS,
  ...MLE_NUMERICAL_SPECS,
];

export const LIKELIHOOD_AND_MLE_CONCEPTS: readonly QuestionTemplate[] = LIKELIHOOD_AND_MLE_SPECS.map(defineConcept);
