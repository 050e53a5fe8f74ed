"use client";
// The practice page's answer form, with its first-load JavaScript kept small (measured by
// bench/first-load.mjs): each input is loaded only when the question has such a part (a question of
// numbers ships no choice, order, formula or explanation code, one without numbers no number field),
// the number reader on the first focus (lazy-number-input.tsx), and what a check shows (its
// feedback, after-check.tsx) with the learner's first focus, well before a check returns.
import dynamic from "next/dynamic";
import { lazy } from "react";
import { AnswerFormCore, type AnswerFormProps, type AnswerInputs } from "./answer-form-core";

const loadFeedback = () => import("./part-feedback");
// The status sentences, "Try again", the give-up step and the worked solution show only after a
// check (or a click on "Show solution"): loaded with the feedback, not with the page.
const loadAfterCheck = () => import("./after-check");

const LAZY_INPUTS: AnswerInputs = {
  feedback: lazy(() => loadFeedback().then((module) => ({ default: module.PartFeedbackBox }))),
  afterCheck: {
    expected: lazy(() => loadAfterCheck().then((module) => ({ default: module.ExpectedAnswer }))),
    status: lazy(() => loadAfterCheck().then((module) => ({ default: module.CheckStatus }))),
    tryAgain: lazy(() => loadAfterCheck().then((module) => ({ default: module.TryAgainPanel }))),
    giveUp: lazy(() => loadAfterCheck().then((module) => ({ default: module.GiveUpConfirm }))),
    solution: lazy(() => loadAfterCheck().then((module) => ({ default: module.WorkedSolution }))),
  },
  onFirstFocus: () => {
    loadFeedback().catch(() => {});
    loadAfterCheck().catch(() => {});
  },
  // next/dynamic, not React.lazy: a server-rendered input's chunk is then loaded with the page's
  // scripts and the input hydrated soon after the form; an input the page does not render is never
  // fetched. What the learner enters before an input hydrates is kept (use-prehydration-value.ts).
  number: dynamic(() => import("./lazy-number-input").then((module) => module.LazyNumberInput)),
  choice: dynamic(() => import("./choice-input").then((module) => module.ChoiceInput)),
  order: dynamic(() => import("./order-input").then((module) => module.OrderInput)),
  explain: dynamic(() => import("./explain-input").then((module) => module.ExplainInput)),
  expression: dynamic(() => import("./expression-input").then((module) => module.ExpressionInput)),
};

export function PracticeAnswerForm(props: AnswerFormProps) {
  return <AnswerFormCore {...props} inputs={LAZY_INPUTS} />;
}
