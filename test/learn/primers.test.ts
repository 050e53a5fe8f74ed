// Every topic of the content map has exactly one primer, and its Markdown typesets without a KaTeX error.
import { describe, expect, it } from "vitest";
import { PRIMERS, getPrimer } from "@/lib/learn/primers";
import { renderMarkdown } from "@/lib/markdown";
import { TOPICS } from "@/lib/questions/topics";

describe("primers", () => {
  it("cover the nine topics once each, in the content map's order", () => {
    expect(PRIMERS.map((primer) => primer.topic)).toEqual(Object.keys(TOPICS));
    expect(getPrimer("likelihood")?.topic).toBe("likelihood");
    expect(getPrimer("toString")).toBeUndefined();
    expect(getPrimer("nope")).toBeUndefined();
  });

  for (const primer of PRIMERS) {
    it(`${primer.topic}: renders every formula`, () => {
      const html = renderMarkdown(primer.body) + renderMarkdown(primer.tryThis);
      expect(html).not.toContain("katex-error");
      // No TeX left unrendered: every $…$ became KaTeX.
      expect(html.replace(/<annotation[\s\S]*?<\/annotation>/g, "")).not.toMatch(/\$/);
      expect(html).toContain('class="katex"');
    });
  }
});
