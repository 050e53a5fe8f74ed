/** Explain questions: written answers, self-assessed against a model answer and a rubric. */
import type { QuestionTemplate } from "../../types";
import { EM_EXPLANATIONS } from "./em";
import { MLE_EXPLANATIONS } from "./mle";
import { THEME_EXPLANATIONS } from "./themes";

export const EXPLAIN_TEMPLATES: readonly QuestionTemplate[] = [...MLE_EXPLANATIONS, ...EM_EXPLANATIONS, ...THEME_EXPLANATIONS];
