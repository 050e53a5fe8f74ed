"use client";
// An expression part (a derivation step): the symbols the formula may use, the text field, and a live
// preview that typesets how the formula was read (the same reader the server grades with). The
// reader (mathjs' parser) and KaTeX load on the first keystroke, so a question page without a
// derivation ships neither.
import { useEffect, useRef, useState } from "react";
import type { ExpressionSymbol, ReadExpression } from "@/lib/grading/expression";
import { MessageText } from "./message-text";
import { usePrehydrationText } from "./use-prehydration-value";

interface PreviewTools {
  readExpression: (text: string, symbols: readonly ExpressionSymbol[]) => ReadExpression;
  renderTex: (tex: string) => string;
}

let toolsPromise: Promise<PreviewTools> | null = null;
function loadTools(): Promise<PreviewTools> {
  toolsPromise ??= Promise.all([import("@/lib/grading/expression"), import("katex")]).then(([reader, katex]) => ({
    readExpression: reader.readExpression,
    renderTex: (tex: string) => katex.default.renderToString(tex, { throwOnError: false, output: "html" }),
  }));
  return toolsPromise;
}

type Preview = { kind: "empty" } | { kind: "formula"; html: string } | { kind: "problem"; message: string };

interface Props {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The part's symbols: `meaningHtml` is Markdown rendered on the server. */
  symbols: { name: string; meaningHtml: string }[];
  describedBy?: string;
  invalid: boolean;
}

export function ExpressionInput({ id, name, label, value, onChange, symbols, describedBy, invalid }: Props) {
  // The preview of the text it was read from: a blank field shows none, whatever was read before.
  const [read, setRead] = useState<{ text: string; preview: Preview } | null>(null);
  const preview: Preview = value.trim() === "" || read === null ? { kind: "empty" } : read.preview;
  const previewId = `${id}-preview`;
  const symbolsId = `${id}-symbols`;
  const field = useRef<HTMLInputElement>(null);
  usePrehydrationText(field, value, onChange);

  useEffect(() => {
    if (value.trim() === "") return;
    let cancelled = false;
    void loadTools().then(({ readExpression, renderTex }) => {
      if (cancelled) return;
      // Meanings are only shown; reading needs the names alone.
      const result = readExpression(
        value,
        symbols.map((symbol) => ({ name: symbol.name, meaning: "" })),
      );
      setRead({
        text: value,
        preview: result.ok ? { kind: "formula", html: renderTex(result.tex) } : { kind: "problem", message: result.message },
      });
    });
    return () => {
      cancelled = true;
    };
  }, [value, symbols]);

  return (
    <div className="group space-y-2">
      <div id={symbolsId} className="text-sm text-stone-700 dark:text-stone-300">
        <p className="font-medium">Symbols you can use</p>
        <ul className="mt-1 grid gap-x-4 gap-y-0.5 sm:grid-cols-2">
          {symbols.map((symbol) => (
            <li key={symbol.name} className="min-w-0">
              <code className="rounded bg-stone-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-stone-800">{symbol.name}</code>{" "}
              <span dangerouslySetInnerHTML={{ __html: symbol.meaningHtml }} />
            </li>
          ))}
        </ul>
      </div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-700 dark:text-stone-300">
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
        autoCorrect="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={[symbolsId, previewId, describedBy].filter(Boolean).join(" ")}
        placeholder="e.g. n/S or n*log(lambda) - lambda*S"
        className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono text-base shadow-sm placeholder:text-stone-500 aria-invalid:border-rose-400 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400 dark:aria-invalid:border-rose-600"
      />
      <div id={previewId} data-testid="answer-preview" aria-live="polite" className="min-h-6 overflow-x-auto text-sm">
        {preview.kind === "formula" ? (
          <span className="text-stone-700 dark:text-stone-300">
            Read as <span dangerouslySetInnerHTML={{ __html: preview.html }} />
          </span>
        ) : preview.kind === "problem" ? (
          <span className="text-amber-800 dark:text-amber-200">
            <MessageText message={preview.message} />
          </span>
        ) : (
          <span className="hidden text-stone-600 group-focus-within:inline dark:text-stone-400">
            Use * for products, / for fractions, ^ for powers, and log, exp, sqrt.
          </span>
        )}
      </div>
    </div>
  );
}
