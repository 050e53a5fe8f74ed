// What a learner enters into the server's HTML before the form hydrates is kept: the form is
// rendered on the "server" (renderToString), answered in the DOM alone (no React handler exists
// yet, as in a browser whose script has not arrived), then hydrated; Check must send those answers.
// Without use-prehydration-value.ts React keeps the DOM's values but not the state, and Check says
// "Answer at least one part first."
import { act, fireEvent, render, screen } from "@testing-library/react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AnswerForm, type AnswerFormProps } from "@/components/practice/answer-form";
import type { AnswerValues, CheckState, FormPart } from "@/components/practice/check-state";

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

const part = (id: string, input: FormPart["input"], choices: string[] = []): FormPart => ({
  id,
  promptHtml: `<p>Part ${id}.</p>`,
  input,
  choices: choices.map((choiceId) => ({ id: choiceId, labelHtml: `Option ${choiceId}`, labelText: `Option ${choiceId}` })),
  hintsHtml: [],
  ...(input === "expression" ? { symbols: [{ name: "n", meaningHtml: "the count" }] } : {}),
});

const PARTS: FormPart[] = [
  part("p", "number"),
  part("q", "number"),
  part("c", "choice", ["a", "b", "c"]),
  part("m", "multi", ["x", "y", "z"]),
  part("e", "explain"),
  part("f", "expression"),
];

const UNANSWERED: CheckState = { kind: "graded", score: 0, recorded: true, parts: [], solutionHtml: null };
const newCheck = () => vi.fn(async (..._args: Parameters<AnswerFormProps["check"]>) => UNANSWERED);

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = "";
});

function serverRendered(element: React.ReactElement): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = renderToString(element);
  document.body.append(container);
  return container;
}

/** Sets a field's value as typing would, before any React handler is attached. */
function typeInto(container: HTMLElement, selector: string, text: string) {
  const field = container.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`no field ${selector}`);
  field.value = text;
}

function tick(container: HTMLElement, selector: string) {
  const box = container.querySelector<HTMLInputElement>(selector);
  if (!box) throw new Error(`no box ${selector}`);
  box.checked = true;
}

describe("answers entered before the form hydrated", () => {
  it("are kept on screen and sent by Check, every kind of part", async () => {
    const check = newCheck();
    const changes: AnswerValues[] = [];
    const form = <AnswerForm templateId="t" seed={1} parts={PARTS} check={check} onAnswersChange={(answers) => changes.push(answers)} />;
    const container = serverRendered(form);
    typeInto(container, 'input[name="p"]', "3/8");
    typeInto(container, 'input[name="q"]', "0.25");
    tick(container, 'input[name="c"][value="b"]');
    tick(container, 'input[name="m"][value="z"]');
    tick(container, 'input[name="m"][value="x"]');
    typeInto(container, 'textarea[name="e"]', "A lower bound that touches.");
    typeInto(container, 'input[name="f"]', "n/2");

    await act(async () => {
      root = hydrateRoot(container, form);
    });

    expect(container.querySelector<HTMLInputElement>('input[name="p"]')?.value).toBe("3/8");
    expect(container.querySelector<HTMLInputElement>('input[name="c"][value="b"]')?.checked).toBe(true);
    const expected = { p: "3/8", q: "0.25", c: "b", m: ["x", "z"], e: "A lower bound that touches.", f: "n/2" };
    // The draft a study session saves sees them too.
    expect(changes.at(-1)).toEqual(expected);

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    });
    expect(check).toHaveBeenCalledTimes(1);
    expect(check.mock.calls[0]?.[2]).toEqual(expected);
    expect(container.querySelector<HTMLInputElement>('input[name="p"]')?.value).toBe("3/8");
    expect(container.querySelector<HTMLTextAreaElement>('textarea[name="e"]')?.value).toBe("A lower bound that touches.");
    expect(container.querySelector<HTMLInputElement>('input[name="m"][value="z"]')?.checked).toBe(true);
  });

  it("an answer changed from a restored draft before hydration replaces the draft", async () => {
    const check = newCheck();
    const form = <AnswerForm templateId="t" seed={1} parts={[PARTS[0]!, PARTS[2]!]} check={check} initialAnswers={{ p: "0.5", c: "a" }} />;
    const container = serverRendered(form);
    typeInto(container, 'input[name="p"]', "0.75");
    tick(container, 'input[name="c"][value="c"]');
    await act(async () => {
      root = hydrateRoot(container, form);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    });
    expect(check.mock.calls[0]?.[2]).toEqual({ p: "0.75", c: "c" });
  });

  it("nothing is reported when nothing was entered, hydrated or mounted on the client", async () => {
    const changes: AnswerValues[] = [];
    const form = (
      <AnswerForm
        templateId="t"
        seed={1}
        parts={PARTS}
        check={vi.fn()}
        initialAnswers={{ p: "0.5", m: ["y"], e: "Draft." }}
        onAnswersChange={(answers) => changes.push(answers)}
      />
    );
    const container = serverRendered(form);
    await act(async () => {
      root = hydrateRoot(container, form);
    });
    act(() => root?.unmount());
    root = null;
    render(form);
    expect(changes).toEqual([]);
  });
});
