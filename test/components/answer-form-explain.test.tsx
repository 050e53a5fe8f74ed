// The answer form with an explain part: the written answer is sent, the model answer and the rubric
// come back, the learner ticks what they covered and submits a self-assessment, sent with the same
// text; no "Try again" for a written answer, and the score is marked self-assessed. A derivation
// part takes a formula in its symbols, listed with their meanings.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AnswerForm } from "@/components/practice/answer-form";
import type { CheckState, FormPart } from "@/components/practice/check-state";

beforeAll(() => {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

const EXPLAIN: FormPart[] = [
  { id: "answer", promptHtml: "<p>Probability or likelihood?</p>", input: "explain", choices: [], hintsHtml: ["Fix one thing."] },
];
const review = {
  modelAnswerHtml: "<p>The same function, read two ways.</p>",
  rubric: [
    { id: "same", textHtml: "Same function", essential: true },
    { id: "fixed", textHtml: "Data fixed", essential: true },
    { id: "mle", textHtml: "MLE link", essential: false },
  ],
};
const COMPARE: CheckState = {
  kind: "graded",
  score: 0,
  recorded: false,
  solutionHtml: null,
  parts: [
    { id: "answer", status: "unanswered", messageHtml: "Now compare.", mistake: null, carriedForward: false, expected: null, review },
  ],
};
const ASSESSED: CheckState = {
  kind: "graded",
  score: 0.5,
  recorded: true,
  solutionHtml: null,
  parts: [
    {
      id: "answer",
      status: "incorrect",
      messageHtml: "Self-assessed: you covered 1 of 2 essential points.",
      mistake: null,
      carriedForward: false,
      expected: null,
      review,
      selfAssessed: true,
      partScore: 0.5,
    },
  ],
};

describe("AnswerForm with an explain part", () => {
  it("sends the text, then the ticks with the same text, and labels the score self-assessed", async () => {
    const user = userEvent.setup();
    const check = vi.fn(async (..._args: unknown[]): Promise<CheckState> => (check.mock.calls.length === 1 ? COMPARE : ASSESSED));
    const changes = vi.fn();
    render(<AnswerForm templateId="explain-x" seed={3} parts={EXPLAIN} check={check} onAnswersChange={changes} />);

    expect(screen.queryByTestId("model-answer")).toBeNull();
    await user.type(screen.getByLabelText("Your answer"), "It is the same function.");
    expect(changes).toHaveBeenLastCalledWith({ answer: "It is the same function." });
    await user.click(screen.getByRole("button", { name: "Check answer" }));

    expect(check).toHaveBeenCalledTimes(1);
    expect(check.mock.calls[0]?.[2]).toEqual({ answer: "It is the same function." });
    expect(check.mock.calls[0]?.[4]).toBeUndefined();
    expect(await screen.findByTestId("model-answer")).toBeTruthy();
    expect(screen.getByLabelText(/Your answer/)).toHaveProperty("readOnly", true);
    expect(screen.getByRole("status").textContent).toMatch(/submit your self-assessment/);
    expect(screen.queryByTestId("try-again-panel")).toBeNull();

    await user.click(screen.getByLabelText(/Same function/));
    await user.click(screen.getByLabelText(/MLE link/));
    await user.click(screen.getByRole("button", { name: "Submit self-assessment" }));
    expect(check).toHaveBeenCalledTimes(2);
    expect(check.mock.calls[1]?.[2]).toEqual({ answer: "It is the same function." });
    expect(check.mock.calls[1]?.[4]).toEqual({ answer: ["same", "mle"] });
    // Another request than the text alone: its own idempotency key.
    expect(check.mock.calls[1]?.[3]).not.toBe(check.mock.calls[0]?.[3]);

    expect((await screen.findByText(/Self-assessed: essential points missing, 50%/)).textContent).toBeTruthy();
    expect(screen.queryByTestId("try-again-panel")).toBeNull();
    expect(screen.getByTestId("model-answer")).toBeTruthy();
  });
});

describe("AnswerForm with an expression part", () => {
  it("lists the symbols with their meanings and sends the formula as typed", async () => {
    const user = userEvent.setup();
    const parts: FormPart[] = [
      {
        id: "mle",
        promptHtml: "<p>The MLE of the rate.</p>",
        input: "expression",
        choices: [],
        hintsHtml: ["Set the score to zero."],
        symbols: [
          { name: "n", meaningHtml: "the sample size" },
          { name: "S", meaningHtml: "the sum <em>of the sample</em>" },
        ],
      },
    ];
    const check = vi.fn(async (): Promise<CheckState> => ({ kind: "idle" }));
    render(<AnswerForm templateId="derive-x" seed={1} parts={parts} check={check} />);
    expect(screen.getByText("Symbols you can use")).toBeTruthy();
    expect(screen.getByText("of the sample").tagName).toBe("EM");
    await user.type(screen.getByLabelText("Your formula"), "n/S");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(check).toHaveBeenCalledWith("derive-x", 1, { mle: "n/S" }, expect.any(String));
  });
});
