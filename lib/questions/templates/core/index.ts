/** The core templates of PRODUCT.md: their ids, data fields and part ids are a contract. */
import { mleBernoulliP } from "./mle-bernoulli-p";
import type { QuestionTemplate } from "../../types";

export const CORE_TEMPLATES: readonly QuestionTemplate[] = [mleBernoulliP];
