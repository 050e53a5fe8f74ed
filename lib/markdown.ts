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

/** Text made safe to put in HTML, as content or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Links from the bank: web, mail and same-site addresses only; anything else (javascript:, data:) is text. */
function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href.trim());
}

const markdown = new Marked({ gfm: true, breaks: false, async: false });
markdown.use({
  extensions: [displayMath, inlineMath],
  renderer: {
    html: (token) => escapeHtml(token.text),
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      return isSafeHref(token.href) ? `<a href="${escapeHtml(token.href)}" rel="noopener noreferrer">${text}</a>` : text;
    },
    // Images only from this site: an external image would let text call out to another host.
    image: (token) =>
      /^\/(?!\/)/.test(token.href) ? `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(token.text)}">` : escapeHtml(token.text),
  },
});

// Feedback may quote what a learner sent (an unknown choice id, a typed answer): it renders maths,
// emphasis and lists from the bank's explanations, but never a link or an image, whatever the text says.
const feedbackMarkdown = new Marked({ gfm: true, breaks: false, async: false });
feedbackMarkdown.use({
  extensions: [displayMath, inlineMath],
  renderer: {
    html: (token) => escapeHtml(token.text),
    link(token) {
      return this.parser.parseInline(token.tokens);
    },
    image: (token) => escapeHtml(token.text),
  },
});

/** A grading message: one line stays inline; a list ("select all that apply") renders as a block. */
export function renderFeedback(message: string): string {
  return message.includes("\n")
    ? feedbackMarkdown.parse(message, { async: false })
    : feedbackMarkdown.parseInline(message, { async: false });
}

export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}

/** For short one-paragraph texts (choice labels, hints) where a wrapping <p> would break the layout. */
export function renderInlineMarkdown(source: string): string {
  return markdown.parseInline(source, { async: false });
}
