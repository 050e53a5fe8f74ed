"use client";
// Answer forms with only the inputs a question uses, so that a question page ships no code for
// the other kinds (first-load JavaScript, measured by bench/first-load.mjs). `answerFormFor` on the
// server picks one by the parts' inputs; anything else gets the full AnswerForm.
import { AnswerFormCore, type AnswerFormProps } from "./answer-form-core";
import { ChoiceInput } from "./choice-input";
import { ExplainInput } from "./explain-input";
import { ExpressionInput } from "./expression-input";
import { OrderInput } from "./order-input";

const NO_OTHER_INPUT = {};
const CHOICES = { choice: ChoiceInput, order: OrderInput };
const EXPLANATIONS = { explain: ExplainInput };
const FORMULAS = { expression: ExpressionInput };

/** Number parts only (computations). */
export function NumberAnswerForm(props: AnswerFormProps) {
  return <AnswerFormCore {...props} inputs={NO_OTHER_INPUT} />;
}

/** Choice, multiple-choice and order parts, and numbers (concept questions). */
export function ChoiceAnswerForm(props: AnswerFormProps) {
  return <AnswerFormCore {...props} inputs={CHOICES} />;
}

/** Written explanations, and numbers. */
export function ExplainAnswerForm(props: AnswerFormProps) {
  return <AnswerFormCore {...props} inputs={EXPLANATIONS} />;
}

/** Formulas (derivation steps), and numbers. */
export function FormulaAnswerForm(props: AnswerFormProps) {
  return <AnswerFormCore {...props} inputs={FORMULAS} />;
}
