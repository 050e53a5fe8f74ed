// A question as the study pages show it: the prompt and the data, rendered on the server (the parts
// go to the shared answer form through components/practice/form-parts.ts).
import { DataView } from "@/components/data-view";
import { FocusableOverflow } from "@/components/practice/focusable-overflow";
import { PROSE_CLASS } from "@/components/prose";
import { Card } from "@/components/ui";
import { renderMarkdown } from "@/lib/markdown";
import type { PublicVariant } from "@/lib/questions/types";

export function QuestionCard({ variant }: { variant: PublicVariant }) {
  return (
    <Card className="space-y-6">
      <div
        id="question-prompt"
        className={`${PROSE_CLASS} text-base`}
        dangerouslySetInnerHTML={{ __html: renderMarkdown(variant.prompt) }}
      />
      <FocusableOverflow containerId="question-prompt" />
      <DataView data={variant.data} prompt={[variant.prompt, ...variant.parts.map((part) => part.prompt)].join("\n")} />
    </Card>
  );
}
