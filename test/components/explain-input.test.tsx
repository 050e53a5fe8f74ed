// The explain field: free text with a counter that never cuts the text; once the answer is sent it
// stays as it was compared, and the model answer and the rubric (essential and bonus marked) come
// with a checkbox per point and a "Submit self-assessment" step (loaded lazily: awaited here).
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ExplainInput } from "@/components/practice/explain-input";
import type { ExplainReviewView } from "@/components/practice/explain-review";

const review: ExplainReviewView = {
  modelAnswerHtml: "<p>The same function, read two ways.</p>",
  rubric: [
    { id: "same-function", textHtml: "The same function", essential: true },
    { id: "fixed-data", textHtml: "Data fixed", essential: true },
    { id: "mle-link", textHtml: "The MLE maximises it", essential: false },
  ],
};

function Field({
  initial = "",
  sent = null,
  onAssess = () => {},
}: {
  initial?: string;
  sent?: ExplainReviewView | null;
  onAssess?: (ticked: string[]) => void;
}) {
  const [value, setValue] = useState(initial);
  const [ticked, setTicked] = useState<string[]>([]);
  return (
    <ExplainInput
      id="part-answer"
      name="answer"
      label="Your answer"
      value={value}
      onChange={setValue}
      review={sent}
      ticked={ticked}
      onTickedChange={setTicked}
      onSubmitAssessment={() => onAssess(ticked)}
    />
  );
}

describe("ExplainInput", () => {
  it("takes text with line breaks and counts it, without cutting a paste past the limit", async () => {
    const user = userEvent.setup();
    render(<Field />);
    const field = screen.getByLabelText("Your answer");
    await user.type(field, "Line one{Enter}<b>two</b>");
    expect(field).toHaveProperty("value", "Line one\n<b>two</b>");
    expect(screen.getByText("19 of 4000 characters")).toBeTruthy();
    expect(screen.queryByTestId("explain-compare")).toBeNull();

    await user.clear(field);
    field.focus();
    await user.paste("x".repeat(4010));
    expect((field as HTMLTextAreaElement).value).toHaveLength(4010);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/10 over the 4000/)).toBeTruthy();
  });

  it("once sent, keeps the text read only and offers the rubric to tick, essential and bonus marked", async () => {
    const user = userEvent.setup();
    const onAssess = vi.fn();
    render(<Field initial="My answer" sent={review} onAssess={onAssess} />);
    expect(screen.getByLabelText(/Your answer/)).toHaveProperty("readOnly", true);
    expect((await screen.findByTestId("model-answer")).textContent).toBe("The same function, read two ways.");
    expect(screen.getAllByText("essential")).toHaveLength(2);
    expect(screen.getAllByText("bonus")).toHaveLength(1);

    // Ticked out of order, sent in the rubric's order.
    await user.click(screen.getByLabelText(/The MLE maximises it/));
    await user.click(screen.getByLabelText(/The same function/));
    await user.click(screen.getByRole("button", { name: "Submit self-assessment" }));
    expect(onAssess).toHaveBeenCalledWith(["same-function", "mle-link"]);

    await user.click(screen.getByLabelText(/The MLE maximises it/));
    await user.click(screen.getByRole("button", { name: "Submit self-assessment" }));
    expect(onAssess).toHaveBeenLastCalledWith(["same-function"]);
  });
});
