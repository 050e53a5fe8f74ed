// A variant's parts as the answer form takes them: Markdown with TeX rendered on the server, and a
// plain-text name for choices whose label is a formula. Shared by practice, study and review pages.
import "server-only";
import { renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import type { PublicVariant } from "@/lib/questions/types";
import type { FormPart } from "./check-state";
import { mathLabelText } from "./math-text";

export function formParts(variant: PublicVariant): FormPart[] {
  return variant.parts.map((part) => ({
    id: part.id,
    promptHtml: renderMarkdown(part.prompt),
    input: part.input,
    choices: (part.choices ?? []).map((choice) => ({
      id: choice.id,
      labelHtml: renderInlineMarkdown(choice.label),
      labelText: mathLabelText(choice.label),
    })),
    hintsHtml: part.hints.map((hint) => renderInlineMarkdown(hint)),
    ...(part.symbols
      ? { symbols: part.symbols.map((symbol) => ({ name: symbol.name, meaningHtml: renderInlineMarkdown(symbol.meaning) })) }
      : {}),
  }));
}
