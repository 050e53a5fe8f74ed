/** Concept questions on topics 5–7 of the content map: why labels matter, EM mechanics, EM properties. */
import type { QuestionTemplate } from "../../types";
import { conceptHiddenLabel } from "./hidden-label";

export const EM_CONCEPTS: readonly QuestionTemplate[] = [conceptHiddenLabel];
