// The "order the steps" part with the keyboard only: Move up / Move down change the order, the
// pressed button keeps the focus as its step travels, the first step cannot move up, and every
// move is announced with the step's new position.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { FormPart } from "@/components/practice/check-state";
import { OrderInput } from "@/components/practice/order-input";

const PART: FormPart = {
  id: "steps",
  promptHtml: "Order the steps of EM.",
  input: "order",
  choices: [
    { id: "init", labelHtml: "Guess initial parameters" },
    { id: "e", labelHtml: "E-step: responsibilities" },
    { id: "m", labelHtml: "M-step: weighted MLE" },
  ],
  hintsHtml: [],
};

function Harness({ announcements }: { announcements: string[] }) {
  const [order, setOrder] = useState(["m", "init", "e"]);
  return (
    <>
      <h2 id="steps-label">Order the steps</h2>
      <OrderInput
        id="order"
        part={PART}
        labelledBy="steps-label"
        order={order}
        onChange={setOrder}
        announce={(message) => announcements.push(message)}
      />
    </>
  );
}

/** The step ids in the order the list shows them. */
const shownOrder = () => screen.getAllByRole("listitem").map((item) => item.getAttribute("data-step-id"));
function button(stepId: string, name: "Move up" | "Move down"): HTMLElement {
  const step = screen.getAllByRole("listitem").find((item) => item.getAttribute("data-step-id") === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  return within(step).getByRole("button", { name });
}

describe("OrderInput with the keyboard", () => {
  it("moves a step with Enter and Space and keeps the focus on the pressed button", async () => {
    const user = userEvent.setup();
    const announcements: string[] = [];
    render(<Harness announcements={announcements} />);
    expect(shownOrder()).toEqual(["m", "init", "e"]);

    // Tab to "m"'s Move down (its Move up comes first), then press it twice.
    await user.tab();
    expect(document.activeElement).toBe(button("m", "Move up"));
    await user.tab();
    expect(document.activeElement).toBe(button("m", "Move down"));
    await user.keyboard("{Enter}");
    expect(shownOrder()).toEqual(["init", "m", "e"]);
    expect(document.activeElement).toBe(button("m", "Move down"));
    await user.keyboard(" ");
    expect(shownOrder()).toEqual(["init", "e", "m"]);
    expect(document.activeElement).toBe(button("m", "Move down"));

    expect(announcements).toEqual(["Moved to position 2 of 3: M-step: weighted MLE", "Moved to position 3 of 3: M-step: weighted MLE"]);
  });

  it("does nothing at the ends, where the button is marked aria-disabled but keeps the focus", async () => {
    const user = userEvent.setup();
    const announcements: string[] = [];
    render(<Harness announcements={announcements} />);
    const firstUp = button("m", "Move up");
    const lastDown = button("e", "Move down");
    expect(firstUp.getAttribute("aria-disabled")).toBe("true");
    expect(lastDown.getAttribute("aria-disabled")).toBe("true");
    expect(button("init", "Move up").getAttribute("aria-disabled")).toBeNull();

    firstUp.focus();
    await user.keyboard("{Enter}");
    lastDown.focus();
    await user.keyboard("{Enter}");
    expect(shownOrder()).toEqual(["m", "init", "e"]);
    expect(document.activeElement).toBe(lastDown);
    expect(announcements).toEqual([]);
  });

  it("moves a step up", async () => {
    const user = userEvent.setup();
    const announcements: string[] = [];
    render(<Harness announcements={announcements} />);
    await user.click(button("e", "Move up"));
    expect(shownOrder()).toEqual(["m", "e", "init"]);
    expect(announcements).toEqual(["Moved to position 2 of 3: E-step: responsibilities"]);
  });
});
