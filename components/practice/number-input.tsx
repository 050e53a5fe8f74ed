"use client";
// A number part: the text field and a live preview of how the grader reads the text (the same
// reader the server uses), so `3/8` shows "Read as 0.375" and `0.7.1` says what is wrong before
// anything is sent. The reader's expression evaluator (mathjs) loads on the first focus or keystroke.
import { useEffect } from "react";
import { loadEvaluator, readTypedNumber, useEvaluatorLoaded } from "./answer-reader";
import { NumberField, type NumberInputProps } from "./number-field";

export { formatReadValue, previewText } from "./number-field";
export type { NumberInputProps } from "./number-field";

export function NumberInput(props: NumberInputProps) {
  // Re-render when the evaluator arrives; until then an expression's preview is blank.
  useEvaluatorLoaded();
  const parsed = readTypedNumber(props.value);
  const hasText = props.value.trim() !== "";
  // A restored draft, or text typed before the evaluator arrived (a failed load is retried at the next focus).
  useEffect(() => {
    if (hasText) loadEvaluator().catch(() => {});
  }, [hasText]);
  return (
    <NumberField
      {...props}
      parsed={parsed}
      onFocus={() => {
        loadEvaluator().catch(() => {});
      }}
    />
  );
}
