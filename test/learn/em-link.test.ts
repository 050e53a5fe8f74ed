// Which questions link to the EM stepper: the EM questions whose variant data the stepper reads
// (two coins and 1-D Gaussian mixtures with a start), and no other; the link opens the stepper
// page on the same template and seed.
import { describe, expect, it } from "vitest";
import { emStepperHref } from "@/lib/learn/em-link";
import { problemFromVariantData } from "@/lib/learn/em-trace";
import { getTemplate } from "@/lib/questions";

function hrefFor(id: string, seed: number): string | null {
  const template = getTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  return emStepperHref(id, seed, template.generate(seed).data);
}

describe("emStepperHref", () => {
  it.each(["em-two-coins-step", "em-two-coins-iteration", "em-gmm-iteration", "em-unlabelled-components", "em-hard-vs-soft"])(
    "links %s to the stepper on its own variant",
    (id) => {
      for (const seed of [1, 2, 77, 123456]) {
        const href = hrefFor(id, seed);
        expect(href).toBe(`/explore/em?template=${id}&seed=${seed}`);
        // What the stepper page does with the link: the same variant, read as an EM problem.
        const params = new URL(href ?? "", "http://localhost").searchParams;
        const variant = getTemplate(params.get("template") ?? "")?.generate(Number(params.get("seed")));
        expect(variant && problemFromVariantData(variant.data)).not.toBeNull();
      }
    },
  );

  it.each(["mle-bernoulli-p", "mle-normal", "gmm-m-step", "gmm-responsibility", "em-complete-vs-observed", "concept-em-monotone"])(
    "gives %s no link",
    (id) => {
      expect(hrefFor(id, 1)).toBeNull();
    },
  );
});
