"use client";
// Choice parts: radio buttons for one answer ("choice"), check boxes for "select all that apply" ("multi").
import { useRef } from "react";
import type { FormPart } from "./check-state";
import { usePrehydrationValue } from "./use-prehydration-value";

interface Props {
  id: string;
  part: FormPart;
  /** The prompt's element id: it names the group. */
  labelledBy: string;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  describedBy?: string;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((choiceId) => b.includes(choiceId));
}

export function ChoiceInput({ id, part, labelledBy, value, onChange, describedBy }: Props) {
  const multi = part.input === "multi";
  const selected = new Set(typeof value === "string" ? (value ? [value] : []) : (value ?? []));
  const instructionsId = `${id}-instructions`;
  const group = useRef<HTMLFieldSetElement>(null);
  // Chosen or ticked before the boxes hydrated: the boxes checked in the DOM, in the options' order.
  usePrehydrationValue(
    () => {
      const boxes = group.current?.querySelectorAll<HTMLInputElement>("input:checked");
      return boxes ? Array.from(boxes, (box) => box.value) : null;
    },
    [...selected],
    (checked) =>
      onChange(multi ? part.choices.map((choice) => choice.id).filter((choiceId) => checked.includes(choiceId)) : (checked[0] ?? "")),
    sameIds,
  );

  function toggle(choiceId: string, checked: boolean) {
    if (!multi) return onChange(choiceId);
    // Keep the options' order, whatever order they were ticked in.
    const next = part.choices.map((choice) => choice.id).filter((other) => (other === choiceId ? checked : selected.has(other)));
    onChange(next);
  }

  return (
    <fieldset
      ref={group}
      aria-labelledby={labelledBy}
      aria-describedby={[instructionsId, describedBy].filter(Boolean).join(" ")}
      className="space-y-2"
    >
      <p id={instructionsId} className="text-sm text-stone-600 dark:text-stone-400">
        {multi ? "Select every option that applies." : "Choose one answer."}
      </p>
      {part.choices.map((choice) => {
        const choiceId = `${id}-${choice.id}`;
        const checked = selected.has(choice.id);
        return (
          <label
            key={choice.id}
            htmlFor={choiceId}
            className={`flex cursor-pointer gap-3 rounded-lg border px-4 py-3 text-sm leading-6 transition-colors ${
              checked
                ? "border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/50"
                : "border-stone-200 bg-white hover:border-stone-300 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-stone-700"
            }`}
          >
            <input
              id={choiceId}
              type={multi ? "checkbox" : "radio"}
              name={part.id}
              value={choice.id}
              checked={checked}
              aria-label={choice.labelText}
              onChange={(event) => toggle(choice.id, event.target.checked)}
              className="mt-1 size-4 shrink-0 accent-indigo-600"
            />
            <span className="min-w-0" dangerouslySetInnerHTML={{ __html: choice.labelHtml }} />
          </label>
        );
      })}
    </fieldset>
  );
}
