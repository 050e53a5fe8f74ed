/** Derivation questions: formulas typed in named symbols, checked for equivalence. */
import type { QuestionTemplate } from "../../types";
import { EM_DERIVATIONS } from "./em";
import { MLE_DERIVATIONS } from "./mle";
import { PROPERTY_DERIVATIONS } from "./properties";

export const DERIVATION_TEMPLATES: readonly QuestionTemplate[] = [...MLE_DERIVATIONS, ...PROPERTY_DERIVATIONS, ...EM_DERIVATIONS];
