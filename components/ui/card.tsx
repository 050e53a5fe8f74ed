// A surface that groups one thing (a question, a form, a dashboard block): the same border,
// background and padding on every page.
import type { ComponentProps } from "react";

export const CARD_CLASS = "rounded-xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900";

type Padding = "none" | "md" | "lg";
const PADDING: Record<Padding, string> = { none: "", md: "p-4 sm:p-5", lg: "p-4 sm:p-6" };

export function Card({ padding = "lg", className = "", ...props }: ComponentProps<"div"> & { padding?: Padding }) {
  return <div className={`${CARD_CLASS} ${PADDING[padding]} ${className}`.trim()} {...props} />;
}
