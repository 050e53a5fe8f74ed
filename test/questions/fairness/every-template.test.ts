// Fair and strict by construction, for every computational template over 1 000 seeds: the truth
// typed to 4 significant figures is accepted, the band is never narrower than the default 0.5 %, and
// every named mistake of every part, typed to 4 significant figures, is rejected. The per-template files
// next to this one add routes worked independently in the test and the classic mistakes computed here.
import { describe, expect, it } from "vitest";
import { DEFAULT_RELATIVE_TOLERANCE, gradeNumberAnswer } from "@/lib/grading";
import { COMPUTATION_TEMPLATES } from "@/lib/questions/templates/computations";
import { SEEDS, auditOf, typed } from "./shared";

describe.each(COMPUTATION_TEMPLATES.map((template) => ({ id: template.id, template })))("$id", ({ template }) => {
  // One pass over the seeds for both properties: each variant is prepared once.
  it("serves only strict variants (every named mistake outside its band) and accepts the truth to 4 figures", () => {
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const audit = auditOf(template, seed);
      if (!audit.strict) problems.push(`seed ${seed}: not strict`);
      for (const part of audit.parts) {
        for (const mistake of part.mistakes) {
          if (!Number.isFinite(mistake.value)) continue;
          if (gradeNumberAnswer(typed(mistake.value), part.truth, part.check).status === "correct") {
            problems.push(`seed ${seed} ${part.id}: mistake ${mistake.tag} accepted`);
          }
        }
        if (part.check.exact || part.check.lowestTerms) continue;
        if (part.band < DEFAULT_RELATIVE_TOLERANCE * Math.abs(part.truth) * (1 - 1e-12))
          problems.push(`seed ${seed} ${part.id}: band below 0.5 %`);
        if (gradeNumberAnswer(typed(part.truth), part.truth, part.check).status !== "correct")
          problems.push(`seed ${seed} ${part.id}: truth refused`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("says in every numeric part how precise an answer must be", () => {
    for (const part of template.generate(7).parts) {
      if (part.input === "number") expect(part.prompt, part.id).toMatch(/Give (4 significant figures|the exact value)/);
    }
  });
});
