// A question page's variant, generated and rendered (Markdown with KaTeX) once per template and
// seed: the output depends on nothing else, and rendering it again on every view of the same
// variant (a reload, a shared link, the next learner on the same seed) was most of the page's
// server cost. Bounded, least recently used first out, so any number of seeds stays in small memory.
import "server-only";
import { formParts } from "@/components/practice/form-parts";
import type { FormPart } from "@/components/practice/check-state";
import { renderMarkdown } from "@/lib/markdown";
import type { PublicVariant, QuestionTemplate } from "@/lib/questions/types";

export interface RenderedVariant {
  variant: PublicVariant;
  promptHtml: string;
  parts: FormPart[];
}

/** About 20 kB a variant: a few MB at most. */
export const RENDERED_VARIANT_CAPACITY = 200;

const cache = new Map<string, RenderedVariant>();

export function renderedVariant(template: QuestionTemplate, seed: number): RenderedVariant {
  const key = `${template.id}\u0000${seed}`;
  const hit = cache.get(key);
  if (hit) {
    // Most recently used goes last: a Map iterates in insertion order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const variant = template.generate(seed);
  const rendered: RenderedVariant = { variant, promptHtml: renderMarkdown(variant.prompt), parts: formParts(variant) };
  cache.set(key, rendered);
  if (cache.size > RENDERED_VARIANT_CAPACITY) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return rendered;
}

/** How many variants are held (for tests). */
export function renderedVariantCount(): number {
  return cache.size;
}
