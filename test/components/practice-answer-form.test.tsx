// The practice page's answer form loads its number reader, its inputs other than numbers, the
// check's feedback and what follows a check (after-check.tsx) lazily: they must still appear (the
// preview of a typed number; a choice question's options; the feedback of a wrong answer; the
// status, "Try again", the give-up step and the worked solution, with the focus moves).
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
    // The number field itself loads with the page (next/dynamic): awaited here.
    await user.type(await screen.findByLabelText("Your answer"), "0.625");
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

  it("after a wrong answer offers Try again, and giving up shows the worked solution with the focus on it", async () => {
    const user = userEvent.setup();
    const REVEALED: CheckState = {
      ...WRONG,
      recorded: true,
      gaveUp: true,
      parts: [{ ...WRONG.parts[0]!, expected: 0.375 }],
      solutionHtml: "<p>The MLE is the share of ones: 3/8.</p>",
    };
    const giveUp = vi.fn(async () => REVEALED);
    render(
      <PracticeAnswerForm
        templateId="mle-bernoulli-p"
        seed={1}
        parts={NUMBER}
        check={vi.fn(async () => WRONG)}
        giveUp={giveUp}
        nextHref="/practice/next-one?seed=2"
      />,
    );
    await user.type(await screen.findByLabelText("Your answer"), "0.625");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(await screen.findByTestId("try-again-panel")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("Saved to your progress.");

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(document.activeElement).toBe(screen.getByLabelText("Your answer"));

    await user.click(screen.getAllByRole("button", { name: "Show solution" })[0]!);
    const confirm = await screen.findByTestId("give-up-confirm");
    expect(document.activeElement?.textContent).toBe("Show the solution");
    await user.click(screen.getByRole("button", { name: "Show the solution" }));
    expect(confirm.isConnected).toBe(false);
    const solution = await screen.findByTestId("worked-solution");
    expect(solution.textContent).toContain("The MLE is the share of ones: 3/8.");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Worked solution" })));
    expect(screen.getByRole("status").textContent).toContain("You gave up on this question");
    expect(screen.getByTestId("expected-answer").textContent).toBe("The answer: 0.375");
    expect(screen.getByLabelText("Your answer")).toHaveProperty("value", "0.625");
    expect(giveUp).toHaveBeenCalledTimes(1);
  });
});
