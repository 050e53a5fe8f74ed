// The answer form's try-then-learn loop: a wrong answer shows its message and named mistake and
// keeps what was typed; Try again, the next hint and Show solution (after a confirm step) follow;
// the answers and the worked solution appear only once the question is right or given up.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AnswerForm } from "@/components/practice/answer-form";
import type { CheckState, FormPart, PartFeedback } from "@/components/practice/check-state";

// jsdom has no layout, so no ResizeObserver: the form watches its formulas for overflow with one.
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

const PARTS: FormPart[] = [
  {
    id: "p",
    promptHtml: "<p>Estimate p.</p>",
    input: "number",
    choices: [],
    hintsHtml: ["Count the ones.", "Divide by n."],
  },
];

function feedback(status: PartFeedback["status"], extra: Partial<PartFeedback> = {}): PartFeedback {
  return { id: "p", status, messageHtml: `${status} message`, mistake: null, carriedForward: false, expected: null, ...extra };
}

const WRONG: CheckState = {
  kind: "graded",
  score: 0,
  recorded: true,
  parts: [feedback("incorrect", { messageHtml: "You used the proportion of zeros.", mistake: "complement" })],
  solutionHtml: null,
};
const RIGHT: CheckState = {
  kind: "graded",
  score: 1,
  recorded: true,
  parts: [feedback("correct", { messageHtml: "Correct.", expected: 0.375 })],
  solutionHtml: "<p>p̂ = 3/8 = 0.375</p>",
};
const GIVEN_UP: CheckState = {
  kind: "graded",
  score: 0,
  recorded: true,
  gaveUp: true,
  parts: [feedback("incorrect", { messageHtml: "You used the proportion of zeros.", mistake: "complement", expected: 0.375 })],
  solutionHtml: "<p>p̂ = 3/8 = 0.375</p>",
};

function setup(
  options: {
    check?: () => Promise<CheckState>;
    giveUp?: () => Promise<CheckState> | undefined;
    withGiveUp?: boolean;
    nextHref?: string;
  } = {},
) {
  const check = vi.fn(options.check ?? (async () => WRONG));
  const giveUp = vi.fn(options.giveUp ?? (async () => GIVEN_UP));
  render(
    <AnswerForm
      templateId="mle-bernoulli-p"
      seed={3}
      parts={PARTS}
      check={check}
      giveUp={options.withGiveUp === false ? undefined : (giveUp as () => Promise<CheckState>)}
      nextHref={options.nextHref ?? null}
    />,
  );
  return { check, giveUp, user: userEvent.setup(), field: screen.getByLabelText("Your answer") as HTMLInputElement };
}

const solutionHeading = () => screen.queryByRole("heading", { name: "Worked solution" });

describe("AnswerForm, try then learn", () => {
  it("after a wrong answer shows the message and the named mistake, keeps the text, and hides the solution", async () => {
    const { user, field, check } = setup();
    await user.type(field, "0.625");
    await user.click(screen.getByRole("button", { name: "Check answer" }));

    expect(check).toHaveBeenCalledWith("mle-bernoulli-p", 3, { p: "0.625" }, expect.any(String));
    expect(await screen.findByText("You used the proportion of zeros.")).toBeTruthy();
    expect(screen.getByText(/Known mistake: the complement/)).toBeTruthy();
    expect(field.value).toBe("0.625");
    expect(solutionHeading()).toBeNull();
    expect(screen.queryByTestId("expected-answer")).toBeNull();
    const panel = screen.getByTestId("try-again-panel");
    expect(within(panel).getByRole("button", { name: "Try again" })).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "Show solution" })).toBeTruthy();
  });

  it("Try again puts the focus back in the field, with the typed text selected and kept", async () => {
    const { user, field } = setup();
    await user.type(field, "0.625");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await user.click(await screen.findByRole("button", { name: "Try again" }));
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe("0.625");
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(5);
  });

  it("offers the hints one at a time after a wrong answer", async () => {
    const { user, field } = setup();
    await user.type(field, "0.625");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    const panel = await screen.findByTestId("try-again-panel");
    await user.click(within(panel).getByRole("button", { name: "Show a hint" }));
    expect(screen.getByText("Count the ones.")).toBeTruthy();
    expect(screen.queryByText("Divide by n.")).toBeNull();
    await user.click(within(panel).getByRole("button", { name: "Show the next hint" }));
    expect(screen.getByText("Divide by n.")).toBeTruthy();
    // Every hint is open: the panel offers no more.
    expect(within(panel).queryByRole("button", { name: /hint/ })).toBeNull();
    expect(field.value).toBe("0.625");
  });

  it("shows the solution only after the learner confirms giving up, and keeps the typed text", async () => {
    const { user, field, giveUp, check } = setup();
    await user.type(field, "0.625");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await user.click(within(await screen.findByTestId("try-again-panel")).getByRole("button", { name: "Show solution" }));

    // The confirm step says what giving up costs; keeping on trying sends nothing.
    const confirm = screen.getByTestId("give-up-confirm");
    expect(confirm.textContent).toMatch(/count as not correct/);
    await user.click(within(confirm).getByRole("button", { name: "Keep trying" }));
    expect(giveUp).not.toHaveBeenCalled();
    expect(solutionHeading()).toBeNull();

    await user.click(within(screen.getByTestId("try-again-panel")).getByRole("button", { name: "Show solution" }));
    await user.click(screen.getByRole("button", { name: "Show the solution" }));
    expect(giveUp).toHaveBeenCalledTimes(1);
    const [, , answers, key] = giveUp.mock.calls[0] as unknown as [string, number, Record<string, string>, string];
    expect(answers).toEqual({ p: "0.625" });
    // Its own idempotency key: a give-up is not a repeat of the check with the same answers.
    expect(key).toMatch(/^reveal:/);
    expect(key).not.toBe((check.mock.calls[0] as unknown as [string, number, unknown, string])[3]);

    expect(await screen.findByRole("heading", { name: "Worked solution" })).toBeTruthy();
    expect(screen.getByTestId("expected-answer").textContent).toBe("The answer: 0.375");
    expect(screen.getByRole("status").textContent).toMatch(/gave up.*not correct/);
    expect(field.value).toBe("0.625");
    expect(screen.queryByTestId("try-again-panel")).toBeNull();
  });

  it("can give up before any check, also after a confirm step", async () => {
    const { user, giveUp } = setup();
    await user.click(screen.getByRole("button", { name: "Show solution" }));
    expect(giveUp).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Show the solution" }));
    expect(giveUp).toHaveBeenCalledWith("mle-bernoulli-p", 3, { p: "" }, expect.stringMatching(/^reveal:/));
    expect(await screen.findByRole("heading", { name: "Worked solution" })).toBeTruthy();
  });

  it("after a right answer shows the answer, the solution and Next question", async () => {
    const { user, field } = setup({ check: async () => RIGHT, nextHref: "/practice/mle-normal?seed=5" });
    await user.type(field, "3/8");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(await screen.findByRole("heading", { name: "Worked solution" })).toBeTruthy();
    expect(screen.getByTestId("expected-answer").textContent).toBe("The answer: 0.375");
    expect(screen.getByRole("link", { name: /Next question/ }).getAttribute("href")).toBe("/practice/mle-normal?seed=5");
    expect(screen.queryByTestId("try-again-panel")).toBeNull();
    expect(screen.queryByRole("button", { name: "Show solution" })).toBeNull();
    expect(field.value).toBe("3/8");
  });

  it("keeps the text when the server cannot be reached", async () => {
    const { user, field } = setup({
      check: async () => {
        throw new Error("offline");
      },
    });
    await user.type(field, "0.4");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/could not be reached/);
    expect(field.value).toBe("0.4");
  });

  it("offers no way to the solution without a give-up action (a mock interview)", async () => {
    const { user, field } = setup({ withGiveUp: false });
    expect(screen.queryByRole("button", { name: "Show solution" })).toBeNull();
    await user.type(field, "0.625");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await screen.findByTestId("try-again-panel");
    expect(screen.queryByRole("button", { name: "Show solution" })).toBeNull();
  });
});
