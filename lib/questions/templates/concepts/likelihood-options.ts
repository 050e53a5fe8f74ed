/**
 * Option builders for the likelihood and MLE concept questions (content map 1–4): short names for a
 * right and a wrong option, and the "match model to method" helper that gives several parts the same
 * labels while each part explains every option in its own terms.
 */
import type { ChoiceOption } from "../../choice";

export function right(id: string, label: string, explanation: string): ChoiceOption {
  return { id, label, correct: true, explanation };
}

export function wrong(id: string, label: string, explanation: string): ChoiceOption {
  return { id, label, correct: false, explanation };
}

/**
 * One part of a matching question: the shared `labels`, the id that is right for this part, and, for
 * every option, why it is right or wrong *for this part* (a shared explanation could not say why).
 */
export function matchOptions<Id extends string>(
  labels: Readonly<Record<Id, string>>,
  // NoInfer: the ids come from `labels` alone, so a misspelt or missing id in `why` is a type error.
  rightId: NoInfer<Id>,
  why: Readonly<Record<NoInfer<Id>, string>>,
): ChoiceOption[] {
  return (Object.keys(labels) as Id[]).map((id) => ({
    id,
    label: labels[id],
    correct: id === rightId,
    explanation: why[id],
  }));
}
