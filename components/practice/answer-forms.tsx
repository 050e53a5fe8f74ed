"use client";
// The practice page's answer form: the number reader (on first focus), the inputs other than
// numbers, and the feedback of a check are loaded when needed instead of with the page (first-load JavaScript, measured by
// bench/first-load.mjs): a question of numbers ships no choice, order, formula or explanation
// code, and the feedback arrives with the learner's first focus, well before a check returns.
import dynamic from "next/dynamic";
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
  // next/dynamic, not React.lazy: a server-rendered input's chunk is then loaded with the page's
  // scripts, so the input is hydrated with the rest of the form (a choice made or a formula typed
  // right after the page shows is not lost); an input the page does not render is never fetched.
  choice: dynamic(() => import("./choice-input").then((module) => module.ChoiceInput)),
  order: dynamic(() => import("./order-input").then((module) => module.OrderInput)),
  explain: dynamic(() => import("./explain-input").then((module) => module.ExplainInput)),
  expression: dynamic(() => import("./expression-input").then((module) => module.ExpressionInput)),
};

export function PracticeAnswerForm(props: AnswerFormProps) {
  return <AnswerFormCore {...props} inputs={LAZY_INPUTS} />;
}
