// A boxed message: feedback, a warning, an error, a note about the page. The tone carries the
// meaning in colour; the text must say it in words too.
import type { ComponentProps } from "react";

export type NoticeTone = "info" | "success" | "warning" | "danger" | "neutral";

export const NOTICE_TONE: Record<NoticeTone, string> = {
  info: "border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-900 dark:bg-sky-950/50 dark:text-sky-50",
  success: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-50",
  warning: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50",
  danger: "border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-50",
  neutral: "border-stone-300 bg-white text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100",
};

export function Notice({ tone = "neutral", className = "", ...props }: ComponentProps<"div"> & { tone?: NoticeTone }) {
  return <div className={`rounded-lg border px-4 py-3 text-sm leading-6 ${NOTICE_TONE[tone]} ${className}`.trim()} {...props} />;
}
