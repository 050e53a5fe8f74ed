/** Concept questions on topics 5–7 of the content map: why labels matter, EM mechanics, EM properties. */
import type { QuestionTemplate } from "../../types";
import { EM_MECHANICS_CONCEPTS } from "./em-mechanics";
import { EM_PROPERTIES_CONCEPTS } from "./em-properties";
import { conceptHiddenLabel } from "./hidden-label";
import { LABELS_CONCEPTS } from "./labels-why-labels-matter";

export const EM_CONCEPTS: readonly QuestionTemplate[] = [
  conceptHiddenLabel,
  ...LABELS_CONCEPTS,
  ...EM_MECHANICS_CONCEPTS,
  ...EM_PROPERTIES_CONCEPTS,
];
