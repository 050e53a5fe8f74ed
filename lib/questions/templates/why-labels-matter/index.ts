/** Why labels matter (content map 5): the complete-data MLE with labels, and what the observed-data likelihood loses without them. */
import type { QuestionTemplate } from "../../types";
import { emCompleteVsObserved } from "./complete-vs-observed";
import { emLabelledCoins } from "./labelled-coins";

export const WHY_LABELS_MATTER_TEMPLATES: readonly QuestionTemplate[] = [emLabelledCoins, emCompleteVsObserved];
