// A question as the study pages show it: the prompt and the data (rendered on the server), and the
// parts turned into what the shared answer form takes.
import type { FormPart } from "@/components/practice/check-state";
import { DataView } from "@/components/data-view";
import { renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import type { PublicVariant } from "@/lib/questions/types";

export function formParts(variant: PublicVariant): FormPart[] {
  return variant.parts.map((part) => ({
    id: part.id,
    promptHtml: renderMarkdown(part.prompt),
    input: part.input,
    choices: (part.choices ?? []).map((choice) => ({ id: choice.id, labelHtml: renderInlineMarkdown(choice.label) })),
    hintsHtml: part.hints.map((hint) => renderInlineMarkdown(hint)),
  }));
}

export function QuestionCard({ variant }: { variant: PublicVariant }) {
  return (
    <div className="space-y-6 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900">
      <div className="prose-math text-base" dangerouslySetInnerHTML={{ __html: renderMarkdown(variant.prompt) }} />
      <DataView data={variant.data} />
    </div>
  );
}
