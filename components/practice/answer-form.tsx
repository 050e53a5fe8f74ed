"use client";
// The interactive leaf of the practice page: the learner's answers, progressive hints, the
// feedback of a check and the worked solution. What the learner typed always stays on screen.
import Link from "next/link";
import { useEffect, useId, useState, useTransition } from "react";
import type { CheckState, FormPart, PartFeedback } from "./check-state";

type Check = (
  templateId: string,
  seed: number,
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
) => Promise<CheckState>;

interface Props {
  templateId: string;
  seed: number;
  parts: FormPart[];
  check: Check;
}

const STATUS_STYLE: Record<PartFeedback["status"], { label: string; box: string }> = {
  correct: {
    label: "Correct",
    box: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-50",
  },
  incorrect: {
    label: "Incorrect",
    box: "border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-50",
  },
  imprecise: {
    label: "Almost",
    box: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50",
  },
  invalid: {
    label: "Not a number",
    box: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50",
  },
  unanswered: {
    label: "Unanswered",
    box: "border-stone-300 bg-stone-50 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100",
  },
};

function newNonce(): string {
  // crypto.randomUUID exists only in secure contexts (https, localhost).
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** FNV-1a, 32 bits, twice with different offsets: a short fingerprint of the answers for the key. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

export function AnswerForm({ templateId, seed, parts, check }: Props) {
  const formId = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [hintsShown, setHintsShown] = useState<Record<string, number>>({});
  const [state, setState] = useState<CheckState>({ kind: "idle" });
  const [pending, startTransition] = useTransition();
  // One nonce per page view: the same answers sent twice from it (a double submit, a retry) are
  // recorded once; a changed answer is a new attempt.
  const [nonce] = useState(newNonce);
  const [hintToFocus, setHintToFocus] = useState<string | null>(null);

  useEffect(() => {
    if (hintToFocus) document.getElementById(hintToFocus)?.focus();
  }, [hintToFocus]);

  function changeValue(partId: string, value: string) {
    setValues((current) => ({ ...current, [partId]: value }));
    // Feedback belongs to the value it graded: once the value changes it would mislead.
    setState((current) =>
      current.kind === "graded" ? { ...current, parts: current.parts.filter((part) => part.id !== partId) } : current,
    );
  }

  function showNextHint(partId: string, shown: number) {
    setHintsShown((current) => ({ ...current, [partId]: shown + 1 }));
    setHintToFocus(`${formId}-${partId}-hint-${shown}`);
  }

  const feedbackFor = (partId: string): PartFeedback | undefined =>
    state.kind === "graded" ? state.parts.find((part) => part.id === partId) : undefined;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const answers: Record<string, string | string[]> = {};
    for (const part of parts) answers[part.id] = values[part.id] ?? "";
    const key = `${nonce}:${fingerprint(JSON.stringify(answers))}`;
    startTransition(async () => {
      try {
        setState(await check(templateId, seed, answers, key));
      } catch {
        setState({
          kind: "error",
          message: "The server could not be reached. Your answer is still here: try again in a moment.",
        });
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={`${formId}-status`} className="space-y-8">
      {parts.map((part, index) => {
        const feedback = feedbackFor(part.id);
        const inputId = `${formId}-${part.id}`;
        const feedbackId = `${inputId}-feedback`;
        const shown = hintsShown[part.id] ?? 0;
        return (
          <section key={part.id} aria-labelledby={`${inputId}-label`} className="space-y-4">
            <div
              id={`${inputId}-label`}
              className="prose-math text-base"
              // Rendered on the server from our own template text (KaTeX HTML).
              dangerouslySetInnerHTML={{ __html: part.promptHtml }}
            />
            {part.input === "number" ? (
              <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
                <label htmlFor={inputId} className="text-sm font-medium text-stone-700 dark:text-stone-300">
                  {parts.length > 1 ? `Answer ${index + 1}` : "Your answer"}
                </label>
                <input
                  id={inputId}
                  name={part.id}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={values[part.id] ?? ""}
                  onChange={(event) => changeValue(part.id, event.target.value)}
                  aria-invalid={feedback?.status === "invalid" || feedback?.status === "incorrect" ? true : undefined}
                  aria-describedby={feedback ? feedbackId : undefined}
                  placeholder="e.g. 0.35 or 7/20"
                  className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono text-base shadow-sm placeholder:text-stone-400 sm:w-64 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-500"
                />
              </div>
            ) : (
              <fieldset aria-describedby={feedback ? feedbackId : undefined} className="space-y-2">
                <legend className="sr-only">Choose one answer</legend>
                {part.choices.map((choice) => {
                  const choiceId = `${inputId}-${choice.id}`;
                  const checked = values[part.id] === choice.id;
                  return (
                    <label
                      key={choice.id}
                      htmlFor={choiceId}
                      className={`flex cursor-pointer gap-3 rounded-lg border px-4 py-3 text-sm leading-6 transition-colors ${
                        checked
                          ? "border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/50"
                          : "border-stone-200 bg-white hover:border-stone-300 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-stone-700"
                      }`}
                    >
                      <input
                        id={choiceId}
                        type="radio"
                        name={part.id}
                        value={choice.id}
                        checked={checked}
                        onChange={() => changeValue(part.id, choice.id)}
                        className="mt-1 size-4 shrink-0 accent-indigo-600"
                      />
                      <span dangerouslySetInnerHTML={{ __html: choice.labelHtml }} />
                    </label>
                  );
                })}
              </fieldset>
            )}

            {/* Always rendered, so screen readers announce the feedback when it arrives. */}
            <div aria-live="polite">
            {feedback && (
              <div
                id={feedbackId}
                data-status={feedback.status}
                className={`rounded-lg border px-4 py-3 text-sm leading-6 ${STATUS_STYLE[feedback.status].box}`}
              >
                <p className="font-semibold">
                  {STATUS_STYLE[feedback.status].label}
                  {feedback.mistake && (
                    <span className="ml-2 rounded bg-black/5 px-1.5 py-0.5 font-mono text-xs font-normal dark:bg-white/10">
                      {feedback.mistake}
                    </span>
                  )}
                </p>
                <p className="mt-1" dangerouslySetInnerHTML={{ __html: feedback.messageHtml }} />
              </div>
            )}
            </div>

            {part.hintsHtml.length > 0 && (
              <div className="space-y-2">
                {part.hintsHtml.slice(0, shown).map((hint, hintIndex) => (
                  <div
                    key={hintIndex}
                    id={`${inputId}-hint-${hintIndex}`}
                    tabIndex={-1}
                    className="prose-math rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm dark:border-sky-900 dark:bg-sky-950/50"
                  >
                    <span className="mr-1 font-semibold">Hint {hintIndex + 1}.</span>
                    <span dangerouslySetInnerHTML={{ __html: hint }} />
                  </div>
                ))}
                {shown < part.hintsHtml.length && (
                  <button
                    type="button"
                    onClick={() => showNextHint(part.id, shown)}
                    className="py-1.5 text-sm font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-300"
                  >
                    {shown === 0 ? "Show a hint" : "Show the next hint"} ({shown + 1} of {part.hintsHtml.length})
                  </button>
                )}
              </div>
            )}
          </section>
        );
      })}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-indigo-600 px-5 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:cursor-wait disabled:opacity-70"
        >
          {pending ? "Checking…" : "Check answer"}
        </button>
        <Link
          href={`/practice/${templateId}`}
          className="rounded-lg px-4 py-2.5 text-sm font-medium text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          New variant
        </Link>
        <p id={`${formId}-status`} role="status" aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
          {state.kind === "graded" && state.recorded && "Saved to your progress."}
          {state.kind === "graded" && !state.recorded && "Not saved: only answers graded right or wrong count."}
        </p>
      </div>

      {state.kind === "error" && (
        <p role="alert" className="rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950/60 dark:text-rose-50">
          {state.message}
        </p>
      )}

      {state.kind === "graded" && state.solutionHtml && (
        <section
          aria-labelledby={`${formId}-solution`}
          className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900"
        >
          <h2 id={`${formId}-solution`} className="mb-3 text-lg font-semibold">
            Worked solution
          </h2>
          <div className="prose-math" dangerouslySetInnerHTML={{ __html: state.solutionHtml }} />
        </section>
      )}
    </form>
  );
}
