// The practice page's answer form loads its number reader, its inputs other than numbers, and the
// check's feedback lazily: they must still appear (the preview of a typed number; a choice
// question's options; the feedback of a wrong answer).
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PracticeAnswerForm } from "@/components/practice/answer-forms";
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

const CHOICE: FormPart[] = [
  {
    id: "c",
    promptHtml: "<p>Which is true?</p>",
    input: "choice",
    choices: [
      { id: "a", labelHtml: "EM never lowers the likelihood" },
      { id: "b", labelHtml: "EM finds the global maximum" },
    ],
    hintsHtml: [],
  },
];
const NUMBER: FormPart[] = [{ id: "p", promptHtml: "<p>Estimate p.</p>", input: "number", choices: [], hintsHtml: [] }];
const WRONG: CheckState = {
  kind: "graded",
  score: 0,
  recorded: true,
  parts: [
    {
      id: "p",
      status: "incorrect",
      messageHtml: "You used the proportion of zeros.",
      mistake: null,
      carriedForward: false,
      expected: null,
    },
  ],
  solutionHtml: null,
};

describe("PracticeAnswerForm", () => {
  it("shows a choice question's options once its input has loaded", async () => {
    render(<PracticeAnswerForm templateId="concept-x" seed={1} parts={CHOICE} check={vi.fn()} />);
    expect(await screen.findByLabelText("EM never lowers the likelihood")).toBeTruthy();
    expect(screen.getByLabelText("EM finds the global maximum")).toBeTruthy();
  });

  it("shows the feedback of a check", async () => {
    const user = userEvent.setup();
    render(<PracticeAnswerForm templateId="mle-bernoulli-p" seed={1} parts={NUMBER} check={vi.fn(async () => WRONG)} />);
    await user.type(screen.getByLabelText("Your answer"), "0.625");
    // The number reader loads on focus: the preview then reads as NumberInput's does.
    await waitFor(() => expect(screen.getByTestId("answer-preview").textContent).toBe("Read as 0.625"), { timeout: 10_000 });
    await user.clear(screen.getByLabelText("Your answer"));
    await user.type(screen.getByLabelText("Your answer"), "ln(2)/3");
    await waitFor(() => expect(screen.getByTestId("answer-preview").textContent).toBe("Read as ≈ 0.231049"), { timeout: 10_000 });
    await user.clear(screen.getByLabelText("Your answer"));
    await user.type(screen.getByLabelText("Your answer"), "0.625");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(await screen.findByText("You used the proportion of zeros.")).toBeTruthy();
  });
});
