// The question page's cache of rendered variants: a hit gives exactly the HTML a fresh render gives,
// and however many seeds are viewed it holds at most its capacity, dropping the least recently used.
import { describe, expect, it } from "vitest";
import { RENDERED_VARIANT_CAPACITY, renderedVariant, renderedVariantCount } from "@/app/practice/[id]/rendered-variant";
import { formParts } from "@/components/practice/form-parts";
import { renderMarkdown } from "@/lib/markdown";
import { getTemplate } from "@/lib/questions";

const template = getTemplate("mle-bernoulli-p");
if (!template) throw new Error("mle-bernoulli-p is missing from the bank");

describe("renderedVariant", () => {
  it("returns the same variant and HTML as a fresh render, from the cache the second time", () => {
    const first = renderedVariant(template, 42);
    const again = renderedVariant(template, 42);
    expect(again).toBe(first);
    const fresh = template.generate(42);
    expect(again.variant).toEqual(fresh);
    expect(again.promptHtml).toBe(renderMarkdown(fresh.prompt));
    expect(again.parts).toEqual(formParts(fresh));
    expect(again.promptHtml).toContain("katex");
  });

  it("keys by seed: another seed is another variant", () => {
    expect(renderedVariant(template, 7).variant.seed).toBe(7);
    expect(renderedVariant(template, 7).variant.data).not.toEqual(renderedVariant(template, 8).variant.data);
  });

  it("holds at most its capacity, dropping the least recently used", () => {
    const kept = renderedVariant(template, 1);
    for (let seed = 1000; seed < 1000 + RENDERED_VARIANT_CAPACITY + 50; seed += 1) {
      renderedVariant(template, seed);
      if (seed % 20 === 0) expect(renderedVariant(template, 1)).toBe(kept); // used often: stays
      expect(renderedVariantCount()).toBeLessThanOrEqual(RENDERED_VARIANT_CAPACITY);
    }
    expect(renderedVariantCount()).toBe(RENDERED_VARIANT_CAPACITY);
    expect(renderedVariant(template, 1)).toBe(kept);
    // The first seeds of the loop were pushed out: rendered again, with the same HTML.
    const evicted = renderedVariant(template, 1000);
    expect(renderedVariantCount()).toBe(RENDERED_VARIANT_CAPACITY);
    expect(evicted.promptHtml).toBe(renderMarkdown(template.generate(1000).prompt));
  });
});
