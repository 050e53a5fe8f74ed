// A plain-text name for a label written in Markdown with TeX, for assistive technology: axe (and
// some screen readers) give a label made only of a formula no name at all, since <math> counts as
// embedded content. The formula is flattened from KaTeX's MathML: `$\hat\lambda > 1$` → "λ ^ > 1".
import "server-only";
import katex from "katex";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };

function flattenTex(tex: string): string {
  const mathml = katex.renderToString(tex, { output: "mathml", throwOnError: false });
  return mathml
    .replace(/<annotation[\s\S]*?<\/annotation>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\u2061/g, ""); // invisible "function application"
}

/** The label as text, or undefined when it holds no formula (its own text then names it). */
export function mathLabelText(markdown: string): string | undefined {
  if (!markdown.includes("$")) return undefined;
  const text = markdown
    .replace(
      /\$\$([\s\S]+?)\$\$|\$((?:\\\$|[^$])+?)\$/g,
      (_, display?: string, inline?: string) => ` ${flattenTex(display ?? inline ?? "")} `,
    )
    .replace(/\*\*|__|`/g, "");
  return text.replace(/\s+/g, " ").trim();
}
