"use client";
// The view of a number part: the text field and the preview of how the grader reads the text. The
// reading itself is done by its wrapper, with the reader loaded with the page (NumberInput) or on
// first focus (LazyNumberInput, the practice page).
import { useRef } from "react";
import type { ParseResult } from "@/lib/grading/read-number";
import { MessageText } from "./message-text";
import { usePrehydrationText } from "./use-prehydration-value";

/** The value as the learner should recognise it: exact when short, else six significant figures. */
export function formatReadValue(value: number): string {
  const exact = String(value);
  if (exact.length <= 10) return exact;
  const rounded = value.toPrecision(6);
  return `≈ ${rounded.includes("e") ? rounded : String(Number(rounded))}`;
}

/** The preview's words, also announced to screen readers once the learner pauses. */
export function previewText(parsed: ParseResult): string {
  if (parsed.ok) return `Read as ${formatReadValue(parsed.value)}`;
  return parsed.empty ? "" : parsed.message.replaceAll("`", "");
}

export interface NumberInputProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Ids of the feedback that describes the field, when there is feedback. */
  describedBy?: string;
  invalid: boolean;
  /** The check's feedback already says why the text is not a number: the preview need not repeat it. */
  feedbackShown?: boolean;
}

/** How the text was read, or null while the reader has not arrived (the preview is then blank). */
export function NumberField({
  id,
  name,
  label,
  value,
  onChange,
  describedBy,
  invalid,
  feedbackShown = false,
  parsed,
  onFocus,
}: NumberInputProps & { parsed: ParseResult | null; onFocus: () => void }) {
  const previewId = `${id}-preview`;
  const field = useRef<HTMLInputElement>(null);
  usePrehydrationText(field, value, onChange);
  return (
    <div className="group space-y-1.5">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
        <label htmlFor={id} className="shrink-0 text-sm font-medium text-stone-700 dark:text-stone-300">
          {label}
        </label>
        <input
          ref={field}
          id={id}
          name={name}
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onFocus={onFocus}
          aria-invalid={invalid || undefined}
          aria-describedby={[previewId, describedBy].filter(Boolean).join(" ")}
          placeholder="e.g. 0.35 or 7/20"
          className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono text-base shadow-sm placeholder:text-stone-500 aria-invalid:border-rose-400 sm:w-64 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400 dark:aria-invalid:border-rose-600"
        />
      </div>
      <p id={previewId} data-testid="answer-preview" className="min-h-5 text-sm">
        {parsed === null ? null : parsed.ok ? (
          <span className="text-stone-700 dark:text-stone-300">
            Read as <span className="font-mono font-medium tabular-nums">{formatReadValue(parsed.value)}</span>
          </span>
        ) : parsed.empty ? (
          // Only while the empty field has the focus: a question of seven parts need not say it seven times.
          <span className="hidden text-stone-600 group-focus-within:inline dark:text-stone-400">
            Decimals, fractions, percentages and expressions such as <code className="font-mono">ln(2)/3</code> are fine.
          </span>
        ) : feedbackShown ? null : (
          <span className="text-amber-800 dark:text-amber-200">
            <MessageText message={parsed.message} />
          </span>
        )}
      </p>
    </div>
  );
}
