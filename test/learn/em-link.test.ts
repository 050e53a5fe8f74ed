// Which questions link to the EM stepper: the EM questions whose variant data the stepper reads
// (a start and data of a model it draws), and no other; the link opens the stepper page on the
// same template and seed, and the stepper's trace runs on every such variant.
import { describe, expect, it } from "vitest";
import { emStepperHref } from "@/lib/learn/em-link";
import { emTrace, problemFromVariantData } from "@/lib/learn/em-trace";
import { getTemplate } from "@/lib/questions";

function hrefFor(id: string, seed: number): string | null {
  const template = getTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  return emStepperHref(id, seed, template.generate(seed).data);
}

describe("emStepperHref", () => {
  it.each([
    "em-two-coins-step",
    "em-two-coins-iteration",
    "em-gmm-iteration",
    "em-unlabelled-components",
    "em-hard-vs-soft",
    "em-poisson-mixture-step",
    "em-symmetric-start",
    "em-loglik-rises",
    "em-zip-step",
    "em-lower-bound",
    "em-mvn-missing-step",
    "em-binomial-mixture-weights",
  ])("links %s to the stepper on its own variant", (id) => {
    for (const seed of [1, 2, 77, 123456]) {
      const href = hrefFor(id, seed);
      expect(href).toBe(`/explore/em?template=${id}&seed=${seed}`);
      // What the stepper page does with the link: the same variant, read as an EM problem.
      const params = new URL(href ?? "", "http://localhost").searchParams;
      const variant = getTemplate(params.get("template") ?? "")?.generate(Number(params.get("seed")));
      const problem = variant && problemFromVariantData(variant.data);
      expect(problem).not.toBeNull();
    }
    // The stepper's trace runs (at least one iteration) on every variant the link can open.
    for (let seed = 1; seed <= 30; seed += 1) {
      const problem = problemFromVariantData(getTemplate(id)!.generate(seed).data);
      expect(emTrace(problem!).entries.length).toBeGreaterThan(1);
    }
  });

  it.each([
    "mle-bernoulli-p",
    "mle-normal",
    "gmm-m-step",
    "gmm-responsibility",
    "em-complete-vs-observed",
    "concept-em-monotone",
    "em-label-switching",
    "em-variance-collapse",
    "em-linkage-step",
  ])("gives %s no link", (id) => {
    expect(hrefFor(id, 1)).toBeNull();
  });
});
