/**
 * "Match each item to its name" questions: several choice parts show the same options, and each part
 * has its own right one. Written once, the options explain themselves in every part: a wrong choice
 * says what it names and then what the item really is.
 */
import type { ChoiceOption } from "../../choice";

export interface SharedOption {
  id: string;
  label: string;
  /** What the option names, as a sentence: the first half of the reason it is wrong for another item. */
  meaning: string;
}

/** The options of one part: `rightId` is right; `why` says what this part's item is and why. */
export function sharedOptions(options: readonly SharedOption[], rightId: string, why: string): ChoiceOption[] {
  if (!options.some((option) => option.id === rightId)) throw new Error(`no shared option "${rightId}"`);
  return options.map(({ id, label, meaning }) => ({
    id,
    label,
    correct: id === rightId,
    explanation: id === rightId ? why : `${meaning} ${why}`,
  }));
}
