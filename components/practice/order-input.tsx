"use client";
// An "order the steps" part: a list with Move up / Move down buttons. Keyboard users keep focus on
// the button they pressed (it travels with its step), and every move is announced.
import { useEffect, useState } from "react";
import type { FormPart } from "./check-state";

interface Props {
  id: string;
  part: FormPart;
  labelledBy: string;
  /** The step ids in the learner's current order. */
  order: string[];
  onChange: (order: string[]) => void;
  /** Says something to screen-reader users (the form's live region). */
  announce: (message: string) => void;
  describedBy?: string;
}

type Direction = "up" | "down";

export function OrderInput({ id, part, labelledBy, order, onChange, announce, describedBy }: Props) {
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const labelHtml = new Map(part.choices.map((choice) => [choice.id, choice.labelHtml]));
  const instructionsId = `${id}-instructions`;
  const buttonId = (stepId: string, direction: Direction) => `${id}-${stepId}-${direction}`;
  const labelId = (stepId: string) => `${id}-${stepId}-label`;

  // React may move the focused button's node while reordering, which blurs it: put focus back.
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget, order]);

  function move(stepId: string, direction: Direction) {
    const from = order.indexOf(stepId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    next[from] = next[to] as string;
    next[to] = stepId;
    onChange(next);
    setFocusTarget(buttonId(stepId, direction));
    const text = document.getElementById(labelId(stepId))?.textContent?.trim() ?? "Step";
    announce(`Moved to position ${to + 1} of ${order.length}: ${text}`);
  }

  return (
    <div className="space-y-2">
      <p id={instructionsId} className="text-sm text-stone-600 dark:text-stone-400">
        First step at the top: rearrange the steps with the Move up and Move down buttons.
      </p>
      <ol
        data-order-part={part.id}
        aria-labelledby={labelledBy}
        aria-describedby={[instructionsId, describedBy].filter(Boolean).join(" ")}
        className="space-y-2"
      >
        {order.map((stepId, index) => {
          const first = index === 0;
          const last = index === order.length - 1;
          return (
            <li
              key={stepId}
              data-step-id={stepId}
              className="flex items-center gap-3 rounded-lg border border-stone-200 bg-white py-2 pr-2 pl-3 text-sm leading-6 dark:border-stone-800 dark:bg-stone-900"
            >
              <span
                aria-hidden="true"
                className="grid size-6 shrink-0 place-items-center rounded-full bg-stone-100 text-xs font-semibold text-stone-700 tabular-nums dark:bg-stone-800 dark:text-stone-200"
              >
                {index + 1}
              </span>
              <span id={labelId(stepId)} className="min-w-0 flex-1" dangerouslySetInnerHTML={{ __html: labelHtml.get(stepId) ?? stepId }} />
              <span className="flex shrink-0 gap-1">
                {(["up", "down"] as const).map((direction) => {
                  // aria-disabled, not disabled: a button that reaches the end keeps the focus.
                  const inactive = direction === "up" ? first : last;
                  return (
                    <button
                      key={direction}
                      id={buttonId(stepId, direction)}
                      type="button"
                      aria-label={direction === "up" ? "Move up" : "Move down"}
                      aria-describedby={labelId(stepId)}
                      aria-disabled={inactive || undefined}
                      onClick={() => move(stepId, direction)}
                      className="grid size-9 place-items-center rounded-md border border-stone-200 text-stone-700 hover:bg-stone-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-transparent dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800"
                    >
                      <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 ${direction === "down" ? "rotate-180" : ""}`}>
                        <path
                          fill="currentColor"
                          d="M10 4.5a1 1 0 0 1 .7.3l5 5a1 1 0 0 1-1.4 1.4L11 7.9V15a1 1 0 1 1-2 0V7.9l-3.3 3.3a1 1 0 0 1-1.4-1.4l5-5a1 1 0 0 1 .7-.3Z"
                        />
                      </svg>
                    </button>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
