import katex from "katex";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KatexFontPreloads, katexFontsUsed } from "@/components/katex-fonts";

describe("KaTeX font preloads", () => {
  it("preloads Main and Math-Italic for a formula with a variable, as CORS font requests", () => {
    const html = `<p>Estimate ${katex.renderToString("\\hat p = 0.5")} from the data.</p>`;
    const fonts = katexFontsUsed(html);
    expect(fonts).toHaveLength(2);
    expect(fonts[0]).toMatch(/KaTeX_Main-Regular.*\.woff2$/);
    expect(fonts[1]).toMatch(/KaTeX_Math-Italic.*\.woff2$/);
    const links = renderToStaticMarkup(<KatexFontPreloads html={html} />);
    expect(links.match(/<link /g)).toHaveLength(2);
    for (const link of links.split("/>").filter(Boolean)) {
      expect(link).toContain('rel="preload"');
      expect(link).toContain('as="font"');
      expect(link).toContain('type="font/woff2"');
      expect(link).toContain('crossorigin="anonymous"');
    }
  });

  it("preloads only Main for a formula of digits and operators", () => {
    const fonts = katexFontsUsed(katex.renderToString("0.25 + 1"));
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/KaTeX_Main-Regular/);
  });

  it("preloads nothing for a prompt without a formula, even one that names the classes in its text", () => {
    const html = "<p>Which class is mathnormal? Write katex here.</p>";
    expect(katexFontsUsed(html)).toEqual([]);
    expect(renderToStaticMarkup(<KatexFontPreloads html={html} />)).toBe("");
  });
});
