// A small rounded label: a topic, a difficulty, a question's status for this learner.
import type { ComponentProps } from "react";

export type BadgeTone = "neutral" | "muted" | "accent" | "success" | "warning" | "danger";

const TONE: Record<BadgeTone, string> = {
  neutral: "bg-stone-200/70 text-stone-800 dark:bg-stone-800 dark:text-stone-200",
  muted: "bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-400",
  accent: "bg-indigo-100 text-indigo-900 dark:bg-indigo-900/50 dark:text-indigo-100",
  success: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
  warning: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100",
  danger: "bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100",
};

export function Badge({ tone = "neutral", className = "", ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[tone]} ${className}`.trim()} {...props} />
  );
}
