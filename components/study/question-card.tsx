// A question as the study pages show it: the prompt and the data, rendered on the server (the parts
// go to the shared answer form through components/practice/form-parts.ts).
import { DataView } from "@/components/data-view";
import { renderMarkdown } from "@/lib/markdown";
import type { PublicVariant } from "@/lib/questions/types";

export function QuestionCard({ variant }: { variant: PublicVariant }) {
  return (
    <div className="space-y-6 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900">
      <div className="prose-math text-base" dangerouslySetInnerHTML={{ __html: renderMarkdown(variant.prompt) }} />
      <DataView data={variant.data} />
    </div>
  );
}
