// The number field's live preview: it reads the text with the grader's own parser, so the learner
// sees how `3/8` or `37.5%` will be read, and why `0.7.1` is not a number, before checking.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { NumberInput } from "@/components/practice/number-input";

/** The field as the answer form uses it: controlled by its parent's state. */
function Field({ initial = "", feedbackShown = false }: { initial?: string; feedbackShown?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <NumberInput id="part-p" name="p" label="Your answer" value={value} onChange={setValue} invalid={false} feedbackShown={feedbackShown} />
  );
}

const preview = () => screen.getByTestId("answer-preview");

describe("NumberInput's live preview", () => {
  it("says how a fraction, a percentage and an expression are read", async () => {
    const user = userEvent.setup();
    render(<Field />);
    const field = screen.getByLabelText("Your answer");

    await user.type(field, "3/8");
    expect(preview().textContent).toBe("Read as 0.375");

    await user.clear(field);
    await user.type(field, "37.5%");
    expect(preview().textContent).toBe("Read as 0.375");

    await user.clear(field);
    await user.type(field, "1.5e-3");
    expect(preview().textContent).toBe("Read as 0.0015");
  });

  it("shows a long value to six significant figures, marked as approximate", async () => {
    const user = userEvent.setup();
    render(<Field />);
    // ln(2)/3 = 0.23104906018664842…
    await user.type(screen.getByLabelText("Your answer"), "ln(2)/3");
    expect(preview().textContent).toBe("Read as ≈ 0.231049");
  });

  it("says why a text is not a number, quoting it, before anything is sent", async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.type(screen.getByLabelText("Your answer"), "0.7.1");
    expect(preview().textContent).toContain("0.7.1");
    expect(preview().textContent).not.toContain("Read as");
    expect(preview().querySelector("code")?.textContent).toBe("0.7.1");
  });

  it("does not repeat the message when the check's feedback already says it", () => {
    render(<Field initial="0.7.1" feedbackShown />);
    expect(preview().textContent).toBe("");
  });

  it("keeps the field described by its preview for screen readers", () => {
    render(<Field initial="3/8" />);
    const field = screen.getByLabelText("Your answer");
    expect(field.getAttribute("aria-describedby")?.split(" ")).toContain(preview().id);
  });
});
