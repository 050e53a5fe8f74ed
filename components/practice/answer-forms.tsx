"use client";
// The practice page's answer form: the number reader (on first focus), the inputs other than
// numbers, and the feedback of a check are loaded when needed instead of with the page (first-load JavaScript, measured by
// bench/first-load.mjs): a question of numbers ships no choice, order, formula or explanation
// code, and the feedback arrives with the learner's first focus, well before a check returns. A
// question's own input kind is fetched with the page's hydration; the server renders it either way.
import { lazy } from "react";
import { AnswerFormCore, type AnswerFormProps, type AnswerInputs } from "./answer-form-core";
import { LazyNumberInput } from "./lazy-number-input";

const loadFeedback = () => import("./part-feedback");

const LAZY_INPUTS: AnswerInputs = {
  number: LazyNumberInput,
  feedback: lazy(() => loadFeedback().then((module) => ({ default: module.PartFeedbackBox }))),
  onFirstFocus: () => {
    loadFeedback().catch(() => {});
  },
  choice: lazy(() => import("./choice-input").then((module) => ({ default: module.ChoiceInput }))),
  order: lazy(() => import("./order-input").then((module) => ({ default: module.OrderInput }))),
  explain: lazy(() => import("./explain-input").then((module) => ({ default: module.ExplainInput }))),
  expression: lazy(() => import("./expression-input").then((module) => ({ default: module.ExpressionInput }))),
};

export function PracticeAnswerForm(props: AnswerFormProps) {
  return <AnswerFormCore {...props} inputs={LAZY_INPUTS} />;
}
