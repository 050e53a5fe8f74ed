import { describe, expect, it } from "vitest";
import { renderFeedback, renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("typesets inline and display TeX with KaTeX", () => {
    const html = renderMarkdown("The MLE is $\\hat p = k/n$.\n\n$$\\ell(p) = k \\log p$$");
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="math-display" tabindex="0"');
    expect(html).toContain("katex-display");
    expect(html).not.toContain("$");
  });

  it("reads two display formulas in one paragraph as two formulas", () => {
    const html = renderMarkdown("$$a = 1$$ and so $$b = 2$$\n");
    expect(html).not.toContain("katex-error");
    expect(html.match(/class="katex-display"/g)).toHaveLength(2);
    expect(html).toContain("and so");
  });

  it("never passes raw HTML through, even inside a learner's quoted text", () => {
    for (const source of ['<img src=x onerror="alert(1)">1,375', "`<script>alert(1)</script>` is not a number", "<b>bold</b>"]) {
      for (const html of [renderMarkdown(source), renderInlineMarkdown(source)]) {
        expect(html).not.toMatch(/<(img|script|b)[\s>]/);
        expect(html).toMatch(/&#60;|&lt;/);
      }
    }
  });
});

describe("links and images", () => {
  it("render bank links to web and site addresses, and nothing that runs or calls out", () => {
    expect(renderMarkdown("[PRML](https://www.microsoft.com/prml)")).toContain('<a href="https://www.microsoft.com/prml"');
    expect(renderMarkdown("[practice](/practice)")).toContain('<a href="/practice"');
    for (const source of ["[click](javascript:alert(document.domain))", "[x](data:text/html,<script>1</script>)", "[x](//evil.example/)"]) {
      expect(renderMarkdown(source)).not.toContain("<a ");
    }
    expect(renderMarkdown("![tracker](https://evil.example/pixel.png)")).not.toContain("<img");
  });

  it("never render a link or an image in feedback, which may quote a learner", () => {
    for (const source of [
      "`x` is not one of the options. [click](javascript:alert(document.domain))",
      "[safe-looking](https://example.com) ![pixel](https://evil.example/p.png)",
      "Not quite.\n- [a](javascript:alert(1))\n- ![b](/icon.svg)",
    ]) {
      const html = renderFeedback(source);
      expect(html).not.toMatch(/<a |<img/);
    }
    expect(renderFeedback("Correct: $\\hat p = k/n$.")).toContain('class="katex"');
  });
});
