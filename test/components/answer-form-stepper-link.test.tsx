// The link from a finished EM question to the stepper on its own numbers: absent while the
// learner is still answering (it must not give the answer away), shown with the worked solution
// once the question is right or given up, and never without a stepper for the variant.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AnswerForm } from "@/components/practice/answer-form";
import type { CheckState, FormPart, PartFeedback } from "@/components/practice/check-state";

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
  { id: "r", promptHtml: "<p>The responsibility of component 1.</p>", input: "number", choices: [], hintsHtml: [] },
];
const HREF = "/explore/em?template=em-gmm-iteration&seed=5";

function feedback(status: PartFeedback["status"], expected: number | null): PartFeedback {
  return { id: "r", status, messageHtml: `${status} message`, mistake: null, carriedForward: false, expected };
}

const WRONG: CheckState = { kind: "graded", score: 0, recorded: true, parts: [feedback("incorrect", null)], solutionHtml: null };
const RIGHT: CheckState = { kind: "graded", score: 1, recorded: true, parts: [feedback("correct", 0.62)], solutionHtml: "<p>r = 0.62</p>" };
const GIVEN_UP: CheckState = {
  kind: "graded",
  score: 0,
  recorded: true,
  gaveUp: true,
  parts: [feedback("incorrect", 0.62)],
  solutionHtml: "<p>r = 0.62</p>",
};

function setup(check: () => Promise<CheckState>, stepperHref: string | null = HREF) {
  render(
    <AnswerForm
      templateId="em-gmm-iteration"
      seed={5}
      parts={PARTS}
      check={vi.fn(check)}
      giveUp={vi.fn(async () => GIVEN_UP)}
      stepperHref={stepperHref}
    />,
  );
  return { user: userEvent.setup(), field: screen.getByLabelText("Your answer") };
}

const stepperLink = () => screen.queryByRole("link", { name: "Step through EM on your numbers" });

describe("the EM stepper link of a finished question", () => {
  it("is absent before an answer and after a wrong one, and shown with the solution after a right one", async () => {
    const answers = [WRONG, RIGHT];
    const { user, field } = setup(async () => answers.shift() ?? RIGHT);
    expect(stepperLink()).toBeNull();

    await user.type(field, "0.5");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await screen.findByTestId("try-again-panel");
    expect(stepperLink()).toBeNull();

    await user.clear(field);
    await user.type(field, "0.62");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    const solution = await screen.findByTestId("worked-solution");
    expect(within(solution).getByRole("link", { name: "Step through EM on your numbers" }).getAttribute("href")).toBe(HREF);
  });

  it("is shown once the learner gives up", async () => {
    const { user } = setup(async () => WRONG);
    await user.click(screen.getByRole("button", { name: "Show solution" }));
    expect(stepperLink()).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show the solution" }));
    await screen.findByTestId("worked-solution");
    expect(stepperLink()?.getAttribute("href")).toBe(HREF);
  });

  it("is never shown for a question the stepper cannot draw", async () => {
    const { user, field } = setup(async () => RIGHT, null);
    await user.type(field, "0.62");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await screen.findByTestId("worked-solution");
    expect(stepperLink()).toBeNull();
  });
});
