"use client";
// The two ways to start: a study session (topics, difficulty, length) and a mock interview
// (questions from every topic against the clock). Plain forms posting to a server action, so
// they work before the page's JavaScript has loaded; errors come back as text.
import { useActionState } from "react";
import { startSession, type StartState } from "@/lib/actions/study";
import { TOPICS } from "@/lib/questions/topics";
import {
  DEFAULT_MOCK_LENGTH,
  DEFAULT_MOCK_MINUTES,
  DEFAULT_SESSION_LENGTH,
  MOCK_LENGTHS,
  MOCK_MINUTES,
  SESSION_DIFFICULTIES,
  SESSION_LENGTHS,
} from "@/lib/study/option-values";

const card = "space-y-5 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900";
const legend = "mb-2 text-sm font-semibold";
const pill =
  "flex cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-3 py-2 text-sm has-checked:border-indigo-600 has-checked:bg-indigo-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600 dark:border-stone-700 dark:has-checked:border-indigo-400 dark:has-checked:bg-indigo-950/60";
const submit =
  "rounded-lg bg-indigo-600 px-5 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:cursor-wait disabled:opacity-70";

function Choices<T extends string | number>({
  name,
  label,
  values,
  initial,
  text,
}: {
  name: string;
  label: string;
  values: readonly T[];
  initial: T;
  text: (value: T) => string;
}) {
  return (
    <fieldset>
      <legend className={legend}>{label}</legend>
      <div className="flex flex-wrap gap-2">
        {values.map((value) => (
          <label key={String(value)} className={pill}>
            <input type="radio" name={name} value={String(value)} defaultChecked={value === initial} className="accent-indigo-600" />
            {text(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const difficultyText = (value: string) => (value === "any" ? "Any" : value[0]?.toUpperCase() + value.slice(1));

function FormError({ state }: { state: StartState }) {
  return (
    <p role="alert" className="text-sm text-rose-800 empty:hidden dark:text-rose-300">
      {state.error}
    </p>
  );
}

export function StartForms() {
  const [practice, startPractice, practicePending] = useActionState(startSession, { error: null });
  const [mock, startMock, mockPending] = useActionState(startSession, { error: null });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={startPractice} className={card} aria-labelledby="start-practice">
        <input type="hidden" name="mode" value="practice" />
        <div className="space-y-1">
          <h2 id="start-practice" className="text-lg font-semibold">
            Study session
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Questions one after another, with hints and worked solutions. Cards due for review come first.
          </p>
        </div>
        <fieldset>
          <legend className={legend}>Topics</legend>
          <p className="mb-2 text-xs text-stone-600 dark:text-stone-400">Leave all unticked for every topic.</p>
          <div className="grid gap-1.5 sm:grid-cols-2">
            {Object.entries(TOPICS).map(([id, name]) => (
              <label key={id} className={pill}>
                <input type="checkbox" name="topic" value={id} className="accent-indigo-600" />
                {name}
              </label>
            ))}
          </div>
        </fieldset>
        <Choices name="difficulty" label="Difficulty" values={SESSION_DIFFICULTIES} initial="any" text={difficultyText} />
        <Choices name="length" label="Questions" values={SESSION_LENGTHS} initial={DEFAULT_SESSION_LENGTH} text={String} />
        <div className="space-y-2">
          <button type="submit" className={submit} disabled={practicePending}>
            {practicePending ? "Starting…" : "Start session"}
          </button>
          <FormError state={practice} />
        </div>
      </form>

      <form action={startMock} className={card} aria-labelledby="start-mock">
        <input type="hidden" name="mode" value="mock" />
        <div className="space-y-1">
          <h2 id="start-mock" className="text-lg font-semibold">
            Mock interview
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Mixed topics against the clock, as in an interview: no hints, solutions only in the review at the end. When time runs out,
            everything you typed is submitted.
          </p>
        </div>
        <Choices name="length" label="Questions" values={MOCK_LENGTHS} initial={DEFAULT_MOCK_LENGTH} text={String} />
        <Choices
          name="minutes"
          label="Time limit"
          values={MOCK_MINUTES}
          initial={DEFAULT_MOCK_MINUTES}
          text={(minutes) => `${minutes} min`}
        />
        <Choices name="difficulty" label="Difficulty" values={SESSION_DIFFICULTIES} initial="any" text={difficultyText} />
        <div className="space-y-2">
          <button type="submit" className={submit} disabled={mockPending}>
            {mockPending ? "Starting…" : "Start mock interview"}
          </button>
          <FormError state={mock} />
        </div>
      </form>
    </div>
  );
}
