"use client";
// The interactive leaf of a question: one input per part (number with a live preview of how it is
// read, choice, multi, order), progressive hints, the feedback of a check and the worked solution.
// Try, then learn: a wrong answer shows its message and named mistake and offers Try again, the
// next hint and Show solution (giving up, after a confirm step); the answers and the worked solution
// appear once every part is right or the learner gives up. What the learner typed always stays on
// screen. Study sessions, reviews and mock interviews reuse it: they may hide hints and the
// solution, restore a draft and save one as the learner types.
import { Suspense, useEffect, useId, useRef, useState, useTransition, type ComponentProps, type ComponentType } from "react";
import { PROSE_CLASS } from "@/components/prose";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { CheckStatus, ExpectedAnswer, GiveUpConfirm, TryAgainPanel, WorkedSolution } from "./after-check";
import type { AnswerValues, CheckState, FormPart, PartFeedback } from "./check-state";
import type { ChoiceInput } from "./choice-input";
import type { ExplainInput } from "./explain-input";
import type { ExplainReviewView } from "./explain-review";
import type { ExpressionInput } from "./expression-input";
import { useFocusableOverflow } from "./focusable-overflow";
import type { NumberInputProps } from "./number-field";
import type { OrderInput } from "./order-input";
import type { PartFeedbackBox } from "./part-feedback";

type Check = (
  templateId: string,
  seed: number,
  answers: Record<string, string | string[]>,
  idempotencyKey: string,
  /** Explain parts: the rubric points ticked, per part (the "Submit self-assessment" step). */
  assessment?: Record<string, string[]>,
) => Promise<CheckState>;

/**
 * The input components a form can show, by part input. The practice page loads only those its
 * parts use (answer-forms.tsx), so a question of numbers ships no choice, order or explanation code,
 * and a question without numbers no number field.
 */
export interface AnswerInputs {
  number: ComponentType<NumberInputProps>;
  /** The feedback of a checked part (always needed; the practice page loads it on first focus). */
  feedback: ComponentType<ComponentProps<typeof PartFeedbackBox>>;
  /** What only shows once a check has come back (after-check.tsx; the practice page loads it on first focus). */
  afterCheck: {
    expected: ComponentType<ComponentProps<typeof ExpectedAnswer>>;
    status: ComponentType<ComponentProps<typeof CheckStatus>>;
    tryAgain: ComponentType<ComponentProps<typeof TryAgainPanel>>;
    giveUp: ComponentType<ComponentProps<typeof GiveUpConfirm>>;
    solution: ComponentType<ComponentProps<typeof WorkedSolution>>;
  };
  /** Called at the learner's first focus in the form: a page can start loading what a check will show. */
  onFirstFocus?: () => void;
  expression?: ComponentType<ComponentProps<typeof ExpressionInput>>;
  explain?: ComponentType<ComponentProps<typeof ExplainInput>>;
  order?: ComponentType<ComponentProps<typeof OrderInput>>;
  choice?: ComponentType<ComponentProps<typeof ChoiceInput>>;
}

export interface AnswerFormProps {
  templateId: string;
  seed: number;
  parts: FormPart[];
  check: Check;
  /** Offer the hints (default true; a mock interview hides them). */
  showHints?: boolean;
  /** Show the worked solution after a graded check (default true; a mock interview keeps it for the end). */
  showSolution?: boolean;
  /**
   * Say right or wrong after a check (default true). A mock interview keeps that for the end: it only
   * reports answers it could not read, or that need more figures, and that the rest were saved.
   */
  showFeedback?: boolean;
  /** The submit button's text (default "Check answer"; a mock interview says "Save answer"). */
  checkLabel?: string;
  /** A draft to start from (a resumed study session). Unknown choice ids are ignored. */
  initialAnswers?: AnswerValues;
  /** Every change of any answer, with the answers of every part (to save a draft). */
  onAnswersChange?: (answers: AnswerValues) => void;
  /** The number of hints opened so far, over all parts, each time one more is opened. */
  onHintsChange?: (hintsShown: number) => void;
  /** Extra actions beside the Check button (the practice page's "Another variant" and "Copy link"). */
  actions?: React.ReactNode;
  /**
   * Giving up: the same check with `reveal`, which returns the answers and the worked solution and
   * counts the question as not correct. Without it (a mock interview) there is no Show solution.
   */
  giveUp?: Check;
  /** Where "Next question" leads once the question is right or given up (the practice page). */
  nextHref?: string | null;
  /**
   * The EM stepper on this variant's numbers (lib/learn/em-link.ts), linked beside the worked solution
   * once the question is right or given up: never before, so the figure gives no answer away.
   */
  stepperHref?: string | null;
}

/** What the learner may now read: the answers and the worked solution, and how they were earned. */
interface Learned {
  solutionHtml: string;
  expected: Record<string, PartFeedback["expected"]>;
  gaveUp: boolean;
}

/** Starting values: the draft where it fits the part, an empty field otherwise; an order part starts as served. */
function initialValues(parts: FormPart[], draft: AnswerValues | undefined): AnswerValues {
  const values: AnswerValues = {};
  for (const part of parts) {
    const saved = draft?.[part.id];
    const ids = part.choices.map((choice) => choice.id);
    const savedList = saved === undefined ? [] : typeof saved === "string" ? [saved] : saved;
    switch (part.input) {
      case "number":
      case "expression":
      case "explain":
        values[part.id] = typeof saved === "string" ? saved : "";
        break;
      case "choice":
        values[part.id] = savedList.find((id) => ids.includes(id)) ?? "";
        break;
      case "multi":
        values[part.id] = ids.filter((id) => savedList.includes(id));
        break;
      case "order": {
        const isPermutation = savedList.length === ids.length && ids.every((id) => savedList.includes(id));
        values[part.id] = isPermutation ? [...savedList] : ids;
        break;
      }
    }
  }
  return values;
}

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

/** Waits this long after the last keystroke before announcing how a number was read. */
const ANNOUNCE_AFTER_MS = 900;

export function AnswerFormCore({
  inputs,
  templateId,
  seed,
  parts,
  check,
  showHints = true,
  showSolution = true,
  showFeedback = true,
  checkLabel = "Check answer",
  initialAnswers,
  onAnswersChange,
  onHintsChange,
  actions,
  giveUp,
  nextHref = null,
  stepperHref = null,
}: AnswerFormProps & { inputs: AnswerInputs }) {
  const {
    number: NumberInput,
    feedback: FeedbackBox,
    afterCheck: { expected: Expected, status: StatusSentences, tryAgain: TryAgain, giveUp: GiveUpStep, solution: Solution },
    onFirstFocus,
    expression: ExpressionField,
    explain: ExplainField,
    order: OrderField,
    choice: ChoiceField,
  } = inputs;
  const formId = useId();
  const [values, setValues] = useState<AnswerValues>(() => initialValues(parts, initialAnswers));
  // The answers as last changed, ahead of the render: fields that adopt what was typed before they
  // hydrated (use-prehydration-value.ts) all report in one commit, and each must keep the others'.
  const latestValues = useRef(values);
  const [hintsShown, setHintsShown] = useState<Record<string, number>>({});
  const [state, setState] = useState<CheckState>({ kind: "idle" });
  const [pending, startTransition] = useTransition();
  // One nonce per page view: the same answers sent twice from it (a double submit, a retry) are
  // recorded once; a changed answer is a new attempt.
  const [nonce] = useState(newNonce);
  const [hintToFocus, setHintToFocus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [learned, setLearned] = useState<Learned | null>(null);
  const [confirmingGiveUp, setConfirmingGiveUp] = useState(false);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  // Explain parts: the model answer and rubric once the text is in (kept while the form lives), and the ticks.
  const [reviews, setReviews] = useState<Record<string, ExplainReviewView>>({});
  const [ticked, setTicked] = useState<Record<string, string[]>>({});
  const announceTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusableOverflow(formRef);

  useEffect(() => {
    if (hintToFocus) document.getElementById(hintToFocus)?.focus();
  }, [hintToFocus]);
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget]);
  useEffect(
    () => () => {
      if (announceTimer.current) clearTimeout(announceTimer.current);
    },
    [],
  );

  function announce(message: string, delay = 0) {
    if (announceTimer.current) clearTimeout(announceTimer.current);
    announceTimer.current = setTimeout(() => setAnnouncement(message), delay);
  }

  function changeValue(partId: string, value: string | string[]) {
    const next = { ...latestValues.current, [partId]: value };
    latestValues.current = next;
    setValues(next);
    setNotice(null);
    onAnswersChange?.(next);
    // Feedback belongs to the value it graded: once the value changes it would mislead.
    setState((current) =>
      current.kind === "graded" ? { ...current, parts: current.parts.filter((part) => part.id !== partId) } : current,
    );
  }

  function changeNumber(partId: string, text: string) {
    changeValue(partId, text);
    // Announced once the learner pauses, not at every keystroke (in order: the evaluator loads once).
    import("./answer-reader")
      .then((reader) => reader.loadEvaluator().then((evaluate) => reader.announcementFor(text, evaluate)))
      .then(
        (words) => announce(words, ANNOUNCE_AFTER_MS),
        () => {},
      );
  }

  function showNextHint(partId: string, shown: number) {
    const next = { ...hintsShown, [partId]: shown + 1 };
    setHintsShown(next);
    setHintToFocus(`${formId}-${partId}-hint-${shown}`);
    onHintsChange?.(Object.values(next).reduce((sum, count) => sum + count, 0));
  }

  // Without feedback (a mock interview) only what the learner must fix is shown: unreadable input, too few figures.
  const visible = (part: PartFeedback) =>
    showFeedback || part.status === "invalid" || part.status === "imprecise" || part.status === "unanswered";
  const feedbackFor = (partId: string): PartFeedback | undefined =>
    state.kind === "graded" ? state.parts.find((part) => part.id === partId && visible(part)) : undefined;

  function currentAnswers(): AnswerValues {
    const answers: AnswerValues = {};
    for (const part of parts) answers[part.id] = values[part.id] ?? "";
    return answers;
  }

  /** Sends a check, or (`reveal`) the learner's giving up, and keeps what it lets the learner read. */
  function send(answers: AnswerValues, reveal: boolean, assessment?: Record<string, string[]>) {
    const sender = reveal ? giveUp : check;
    if (!sender) return;
    // Giving up is its own request: it must not be taken for a repeat of the same answers' check;
    // a self-assessment is one too, and another set of ticks another.
    const ticks = assessment ? `:${fingerprint(JSON.stringify(assessment))}` : "";
    const key = `${reveal ? "reveal:" : ""}${nonce}:${fingerprint(JSON.stringify(answers))}${ticks}`;
    startTransition(async () => {
      try {
        const next = assessment ? await sender(templateId, seed, answers, key, assessment) : await sender(templateId, seed, answers, key);
        setState(next);
        if (next.kind === "graded") {
          const arrived = next.parts.flatMap((part) => (part.review ? [[part.id, part.review] as const] : []));
          if (arrived.length > 0) setReviews((current) => ({ ...current, ...Object.fromEntries(arrived) }));
        }
        if (next.kind === "graded" && next.solutionHtml !== null) {
          setLearned({
            solutionHtml: next.solutionHtml,
            expected: Object.fromEntries(next.parts.map((part) => [part.id, part.expected])),
            gaveUp: next.gaveUp === true,
          });
          if (reveal) setFocusTarget(`${formId}-solution`);
        }
      } catch {
        setState({
          kind: "error",
          message: "The server could not be reached. Your answer is still here: try again in a moment.",
        });
      }
    });
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const answers = currentAnswers();
    const isBlank = (answer: string | string[]) => (typeof answer === "string" ? answer.trim() === "" : answer.length === 0);
    // Nothing to grade: say so here rather than send a check that can only answer "unanswered" everywhere.
    if (Object.values(answers).every(isBlank)) {
      setNotice(parts.length > 1 ? "Answer at least one part first." : "Type or choose an answer first.");
      return;
    }
    setNotice(null);
    setConfirmingGiveUp(false);
    send(answers, false);
  }

  /** The explain parts' ticks, sent with the same written answers. */
  function submitAssessment() {
    if (pending) return;
    setNotice(null);
    const assessment = Object.fromEntries(Object.keys(reviews).map((partId) => [partId, ticked[partId] ?? []]));
    send(currentAnswers(), false, assessment);
  }

  function confirmGiveUp() {
    if (pending) return;
    setConfirmingGiveUp(false);
    setNotice(null);
    send(currentAnswers(), true);
  }

  /** The parts still to get right, in order: the ones a retry or a hint is about. */
  const openParts = (): FormPart[] => {
    if (state.kind !== "graded") return parts;
    // A written explanation is not tried again: it is compared with the model answer and self-assessed.
    return parts.filter(
      (part) => part.input !== "explain" && state.parts.find((feedback) => feedback.id === part.id)?.status !== "correct",
    );
  };

  function tryAgain() {
    const part = openParts()[0] ?? parts[0];
    if (!part) return;
    const section = document.getElementById(`${formId}-${part.id}-section`);
    const field = section?.querySelector<HTMLElement>("input:not([type=hidden]):not(:disabled), button:not(:disabled)");
    field?.focus();
    if (field instanceof HTMLInputElement && field.type === "text") field.select();
  }

  /** The part whose next hint "Show the next hint" opens: the first part not yet right with a hint left. */
  const hintPart = openParts().find((part) => (hintsShown[part.id] ?? 0) < part.hintsHtml.length) ?? null;

  const graded = state.kind === "graded" ? state : null;
  const correctParts = graded?.parts.filter((part) => part.status === "correct").length ?? 0;
  const solved = learned !== null && !learned.gaveUp;
  // A wrong (or partly wrong) answer, before the question is right or given up: try, then learn.
  const tryingAgain = showFeedback && graded !== null && learned === null && openParts().length > 0;
  // Explain parts whose text is in but whose self-assessment is not yet sent.
  const toAssess = parts.some((part) => reviews[part.id] && !graded?.parts.find((feedback) => feedback.id === part.id)?.selfAssessed);
  const selfAssessed = graded?.parts.some((part) => part.selfAssessed === true) ?? false;
  // An explain question's solution is its model answer, already beside the learner's text.
  const onlyExplain = parts.every((part) => part.input === "explain");
  // Once an explanation is sent its model answer is on screen: nothing is left to give up for.
  const canGiveUp = giveUp !== undefined && showSolution && learned === null && Object.keys(reviews).length === 0;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onFocusCapture={onFirstFocus}
      noValidate
      aria-describedby={`${formId}-status`}
      className="space-y-8"
    >
      {parts.map((part, index) => {
        const feedback = feedbackFor(part.id);
        const inputId = `${formId}-${part.id}`;
        const promptId = `${inputId}-label`;
        const feedbackId = `${inputId}-feedback`;
        const shown = hintsShown[part.id] ?? 0;
        const value = values[part.id];
        return (
          <section key={part.id} id={`${inputId}-section`} aria-labelledby={promptId} className="space-y-4">
            <div className="flex gap-3">
              {parts.length > 1 && (
                <span
                  aria-hidden="true"
                  className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-indigo-600 text-xs font-semibold text-white dark:bg-indigo-400 dark:text-stone-950"
                >
                  {index + 1}
                </span>
              )}
              <div
                id={promptId}
                className={`${PROSE_CLASS} min-w-0 flex-1 text-base`}
                // Rendered on the server from our own template text (KaTeX HTML).
                dangerouslySetInnerHTML={{ __html: part.promptHtml }}
              />
            </div>

            <Suspense fallback={null}>
              {part.input === "number" ? (
                <NumberInput
                  id={inputId}
                  name={part.id}
                  label={parts.length > 1 ? `Answer ${index + 1}` : "Your answer"}
                  value={typeof value === "string" ? value : ""}
                  onChange={(text) => changeNumber(part.id, text)}
                  describedBy={feedback ? feedbackId : undefined}
                  invalid={feedback?.status === "invalid" || feedback?.status === "incorrect"}
                  feedbackShown={feedback !== undefined}
                />
              ) : part.input === "expression" ? (
                ExpressionField && (
                  <ExpressionField
                    id={inputId}
                    name={part.id}
                    label={parts.length > 1 ? `Formula ${index + 1}` : "Your formula"}
                    value={typeof value === "string" ? value : ""}
                    onChange={(text) => changeValue(part.id, text)}
                    symbols={part.symbols ?? []}
                    describedBy={feedback ? feedbackId : undefined}
                    invalid={feedback?.status === "invalid" || feedback?.status === "incorrect"}
                  />
                )
              ) : part.input === "explain" ? (
                ExplainField && (
                  <ExplainField
                    id={inputId}
                    name={part.id}
                    label={parts.length > 1 ? `Your answer ${index + 1}` : "Your answer"}
                    value={typeof value === "string" ? value : ""}
                    onChange={(text) => changeValue(part.id, text)}
                    review={reviews[part.id] ?? null}
                    ticked={ticked[part.id] ?? []}
                    onTickedChange={(next) => setTicked((current) => ({ ...current, [part.id]: next }))}
                    onSubmitAssessment={submitAssessment}
                    pending={pending}
                    describedBy={feedback ? feedbackId : undefined}
                  />
                )
              ) : part.input === "order" ? (
                OrderField && (
                  <OrderField
                    id={inputId}
                    part={part}
                    labelledBy={promptId}
                    order={Array.isArray(value) ? value : part.choices.map((choice) => choice.id)}
                    onChange={(order) => changeValue(part.id, order)}
                    announce={announce}
                    describedBy={feedback ? feedbackId : undefined}
                  />
                )
              ) : (
                ChoiceField && (
                  <ChoiceField
                    id={inputId}
                    part={part}
                    labelledBy={promptId}
                    value={value}
                    onChange={(next) => changeValue(part.id, next)}
                    describedBy={feedback ? feedbackId : undefined}
                  />
                )
              )}
            </Suspense>

            {/* Always rendered, so screen readers announce the feedback when it arrives. */}
            <div aria-live="polite">
              {feedback && (
                <Suspense fallback={null}>
                  <FeedbackBox id={feedbackId} feedback={feedback} isNumber={part.input === "number"} />
                </Suspense>
              )}
            </div>

            {showSolution && learned && learned.expected[part.id] != null && (
              <Suspense fallback={null}>
                <Expected
                  part={part}
                  expected={learned.expected[part.id] ?? null}
                  label={parts.length > 1 ? `Answer ${index + 1}: ` : "The answer: "}
                />
              </Suspense>
            )}

            {showHints && part.hintsHtml.length > 0 && (
              <div className="space-y-2">
                {part.hintsHtml.slice(0, shown).map((hint, hintIndex) => (
                  <div
                    key={hintIndex}
                    id={`${inputId}-hint-${hintIndex}`}
                    tabIndex={-1}
                    className={`${PROSE_CLASS} rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm dark:border-sky-900 dark:bg-sky-950/50`}
                  >
                    <span className="mr-1 font-semibold">Hint {hintIndex + 1}.</span>
                    <span dangerouslySetInnerHTML={{ __html: hint }} />
                  </div>
                ))}
                {shown < part.hintsHtml.length && (
                  <button
                    type="button"
                    onClick={() => showNextHint(part.id, shown)}
                    className="rounded-md py-1.5 text-sm font-medium text-sky-800 underline-offset-4 hover:underline dark:text-sky-300"
                  >
                    {shown === 0 ? "Show a hint" : "Show the next hint"} ({shown + 1} of {part.hintsHtml.length})
                  </button>
                )}
              </div>
            )}
          </section>
        );
      })}

      <div className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800">
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={pending} className="disabled:cursor-wait">
            {pending ? "Checking…" : checkLabel}
          </Button>
          {solved && nextHref && (
            <ButtonLink href={nextHref} prefetch={false} variant="primary" data-testid="next-question">
              Next question <span aria-hidden="true">→</span>
            </ButtonLink>
          )}
          {actions}
          {canGiveUp && !tryingAgain && !confirmingGiveUp && (
            <Button variant="quiet" onClick={() => setConfirmingGiveUp(true)}>
              Show solution
            </Button>
          )}
        </div>
        <p id={`${formId}-status`} role="status" className="min-h-5 text-sm text-stone-600 dark:text-stone-400">
          {notice}
          {graded && (
            <Suspense fallback={null}>
              <StatusSentences
                graded={graded}
                showFeedback={showFeedback}
                partCount={parts.length}
                correctParts={correctParts}
                selfAssessed={selfAssessed}
                toAssess={toAssess}
              />
            </Suspense>
          )}
        </p>

        {tryingAgain && !confirmingGiveUp && (
          <Suspense fallback={null}>
            <TryAgain
              onTryAgain={tryAgain}
              hint={
                showHints && hintPart
                  ? {
                      shown: hintsShown[hintPart.id] ?? 0,
                      partNumber: parts.length > 1 ? parts.indexOf(hintPart) + 1 : null,
                      onShow: () => showNextHint(hintPart.id, hintsShown[hintPart.id] ?? 0),
                    }
                  : null
              }
              onGiveUp={canGiveUp ? () => setConfirmingGiveUp(true) : null}
            />
          </Suspense>
        )}

        {confirmingGiveUp && canGiveUp && (
          <Suspense fallback={null}>
            <GiveUpStep id={`${formId}-give-up`} pending={pending} onConfirm={confirmGiveUp} onCancel={() => setConfirmingGiveUp(false)} />
          </Suspense>
        )}
      </div>

      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {state.kind === "error" && (
        <Notice tone="danger" role="alert">
          {state.message}
        </Notice>
      )}

      {/* An explanation shows its model answer beside the learner's text; giving up before writing shows it here. */}
      {showSolution && learned && (!onlyExplain || learned.gaveUp) && (
        <Suspense fallback={null}>
          <Solution
            headingId={`${formId}-solution`}
            title={onlyExplain ? "Model answer" : "Worked solution"}
            solutionHtml={learned.solutionHtml}
            nextHref={learned.gaveUp ? nextHref : null}
            stepperHref={stepperHref}
            focusHeading={focusTarget === `${formId}-solution`}
          />
        </Suspense>
      )}
    </form>
  );
}
