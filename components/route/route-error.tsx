"use client";
// What a route segment's error.tsx shows: a short message, a retry, and a way out; never a stack
// trace. The retry refreshes the server's part of the page (where the data is read) before
// rendering the segment again, so a database that answers again is read again.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

interface Props extends RouteErrorProps {
  /** What could not be shown, for the sentence "… could not be loaded just now." */
  what: string;
  /** Somewhere safe to go instead. */
  away: { href: string; label: string };
}

const BUTTON =
  "rounded-lg px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60";

export function RouteError({ error, reset, what, away }: Props) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();

  useEffect(() => {
    // The server logged the cause; the browser's console keeps the reference for a bug report.
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-stone-600 dark:text-stone-400">{what} could not be loaded just now.</p>
      <div className="flex flex-wrap items-center justify-center gap-3">
        <button
          type="button"
          disabled={retrying}
          onClick={() =>
            startRetry(() => {
              router.refresh();
              reset();
            })
          }
          className={`${BUTTON} bg-indigo-600 text-white hover:bg-indigo-700`}
        >
          {retrying ? "Trying again…" : "Try again"}
        </button>
        <Link
          href={away.href}
          className={`${BUTTON} border border-stone-300 text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-100 dark:hover:bg-stone-800`}
        >
          {away.label}
        </Link>
      </div>
      {error.digest && (
        <p className="text-xs text-stone-500 dark:text-stone-400">
          Reference: <code>{error.digest}</code>
        </p>
      )}
    </div>
  );
}
