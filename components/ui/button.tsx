// Buttons and button-styled links: one look per job, so every page's actions read alike.
// `primary`: the one main action of a view; `secondary`: the others; `quiet`: a text-like action
// (a hint, "keep trying"); `danger`: a step that cannot be taken back (giving up).
import Link from "next/link";
import type { ComponentProps } from "react";

export type ButtonVariant = "primary" | "secondary" | "quiet" | "danger";
export type ButtonSize = "md" | "lg";

const BASE =
  "inline-flex items-center justify-center gap-1.5 rounded-lg text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const VARIANT: Record<ButtonVariant, string> = {
  primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-700",
  secondary:
    "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800",
  quiet: "text-indigo-800 underline-offset-4 hover:underline dark:text-indigo-300",
  danger:
    "border border-rose-300 bg-white text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:bg-stone-900 dark:text-rose-200 dark:hover:bg-rose-950/60",
};

const SIZE: Record<ButtonVariant, Record<ButtonSize, string>> = {
  primary: { md: "px-4 py-2.5", lg: "px-5 py-3" },
  secondary: { md: "px-4 py-2.5", lg: "px-5 py-3" },
  danger: { md: "px-4 py-2.5", lg: "px-5 py-3" },
  quiet: { md: "px-1 py-1.5", lg: "px-1 py-2" },
};

export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "md", extra = ""): string {
  return `${BASE} ${VARIANT[variant]} ${SIZE[variant][size]} ${extra}`.trim();
}

type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant = "secondary", size = "md", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}

type LinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

export function ButtonLink({ variant = "secondary", size = "md", className = "", ...props }: LinkProps) {
  return <Link className={buttonClass(variant, size, className)} {...props} />;
}
