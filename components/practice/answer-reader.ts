"use client";
// The live preview's reader of typed numbers: the grader's own `readNumber`, with mathjs (the
// evaluator of expressions such as `ln(2)/3`, about 100 kB gzip) loaded on the first focus or
// keystroke instead of with the page. Plain numbers, fractions and percentages are read without
// it; an expression typed before it has arrived shows its preview a moment later.
import { useSyncExternalStore } from "react";
import { readNumber, type ExpressionEvaluator, type ParseResult } from "@/lib/grading/read-number";
import { previewText } from "./number-field";

let evaluator: ExpressionEvaluator | null = null;
let loading: Promise<ExpressionEvaluator> | null = null;
const listeners = new Set<() => void>();

/** Loads the evaluator once (again after a failed load); every reader re-renders when it arrives. */
export function loadEvaluator(): Promise<ExpressionEvaluator> {
  loading ??= import("@/lib/grading/evaluate-expression").then(
    (module) => {
      evaluator = module.evaluateExpression;
      for (const listener of listeners) listener();
      return module.evaluateExpression;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The preview's words for `text`, read with the evaluator: what the form announces once the learner pauses. */
export function announcementFor(text: string, evaluate: ExpressionEvaluator): string {
  return previewText(readNumber(text, evaluate));
}

/** How the grader reads `text`, or null while that needs the evaluator and it has not arrived. */
export function readTypedNumber(text: string): ParseResult | null {
  if (evaluator) return readNumber(text, evaluator);
  let needsEvaluator = false;
  const result = readNumber(text, () => {
    needsEvaluator = true;
    return { ok: false, failure: { ok: false, empty: false, reason: "not-a-number", message: "" } };
  });
  return needsEvaluator ? null : result;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the evaluator has arrived: a component reading with it re-renders when it does. */
export function useEvaluatorLoaded(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => evaluator !== null,
    () => false,
  );
}
