/** Concept questions on topics 8–9 of the content map: the model zoo, and MLE vs EM side by side. */
import type { QuestionTemplate } from "../../types";
import { VERSUS_ADVANCED_CONCEPTS } from "./versus-advanced";
import { VERSUS_BASIC_CONCEPTS } from "./versus-basics";
import { ZOO_LATENT_CONCEPTS } from "./zoo-latent";
import { ZOO_MATCH_CONCEPTS } from "./zoo-match";
import { ZOO_PLAIN_CONCEPTS } from "./zoo-plain";

export const ZOO_AND_COMPARISON_CONCEPTS: readonly QuestionTemplate[] = [
  ...ZOO_PLAIN_CONCEPTS,
  ...ZOO_MATCH_CONCEPTS,
  ...ZOO_LATENT_CONCEPTS,
  ...VERSUS_BASIC_CONCEPTS,
  ...VERSUS_ADVANCED_CONCEPTS,
];
