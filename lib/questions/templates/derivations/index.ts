/** Derivation questions: formulas typed in named symbols, checked for equivalence. */
import type { QuestionTemplate } from "../../types";
import { MLE_DERIVATIONS } from "./mle";

export const DERIVATION_TEMPLATES: readonly QuestionTemplate[] = [...MLE_DERIVATIONS];
