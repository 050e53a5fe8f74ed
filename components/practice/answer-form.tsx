"use client";
// The answer form with every kind of input: study sessions, reviews and mock interviews, whose
// questions are not known in advance. The practice page picks a form with only the inputs its
// question uses (answer-forms.tsx). The form itself is answer-form-core.tsx.
import { CheckStatus, ExpectedAnswer, GiveUpConfirm, TryAgainPanel, WorkedSolution } from "./after-check";
import { AnswerFormCore, type AnswerFormProps, type AnswerInputs } from "./answer-form-core";
import { ChoiceInput } from "./choice-input";
import { ExplainInput } from "./explain-input";
import { ExpressionInput } from "./expression-input";
import { NumberInput } from "./number-input";
import { OrderInput } from "./order-input";
import { PartFeedbackBox } from "./part-feedback";

export { formatExpectedNumber } from "./after-check";
export type { AnswerFormProps } from "./answer-form-core";

const EVERY_INPUT: AnswerInputs = {
  number: NumberInput,
  feedback: PartFeedbackBox,
  afterCheck: { expected: ExpectedAnswer, status: CheckStatus, tryAgain: TryAgainPanel, giveUp: GiveUpConfirm, solution: WorkedSolution },
  expression: ExpressionInput,
  explain: ExplainInput,
  order: OrderInput,
  choice: ChoiceInput,
};

export function AnswerForm(props: AnswerFormProps) {
  return <AnswerFormCore {...props} inputs={EVERY_INPUT} />;
}
