/**
 * Markdown with TeX to HTML, on the server: prompts, hints and solutions are written as Markdown
 * with `$…$` (inline) and `$$…$$` (display) maths, typeset here by KaTeX so the browser receives
 * finished HTML and no maths engine. Feedback messages may quote what a learner typed, so raw
 * HTML in the source is never passed through: it is escaped like any other text.
 */
import "server-only";
import katex from "katex";
import { Marked, type TokenizerAndRendererExtension } from "marked";

function renderTex(tex: string, displayMode: boolean): string {
  // throwOnError: false renders a bad formula in red instead of failing the whole page.
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: "htmlAndMathml" });
}

const displayMath: TokenizerAndRendererExtension = {
  name: "displayMath",
  level: "block",
  start: (src) => src.indexOf("$$"),
  tokenizer(src) {
    // Stops at the first closing $$: "$$a$$ text $$b$$" is two formulas in a paragraph, not one block.
    const match = /^\$\$((?:(?!\$\$)[\s\S])+?)\$\$(?:\n|$)/.exec(src);
    if (!match) return undefined;
    return { type: "displayMath", raw: match[0], text: (match[1] ?? "").trim() };
  },
  // tabindex: a formula wider than a phone scrolls sideways, and keyboard users must reach it.
  renderer: (token) => `<div class="math-display" tabindex="0">${renderTex(String(token.text), true)}</div>`,
};

const inlineMath: TokenizerAndRendererExtension = {
  name: "inlineMath",
  level: "inline",
  start: (src) => src.indexOf("$"),
  tokenizer(src) {
    const display = /^\$\$([\s\S]+?)\$\$/.exec(src);
    if (display) return { type: "inlineMath", raw: display[0], text: (display[1] ?? "").trim(), display: true };
    const match = /^\$((?:\\\$|[^$])+?)\$/.exec(src);
    if (!match) return undefined;
    return { type: "inlineMath", raw: match[0], text: match[1] ?? "", display: false };
  },
  renderer: (token) => renderTex(String(token.text), token.display === true),
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const markdown = new Marked({ gfm: true, breaks: false, async: false });
markdown.use({
  extensions: [displayMath, inlineMath],
  renderer: { html: (token) => escapeHtml(token.text) },
});

export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}

/** For short one-paragraph texts (choice labels, hints) where a wrapping <p> would break the layout. */
export function renderInlineMarkdown(source: string): string {
  return markdown.parseInline(source, { async: false });
}
