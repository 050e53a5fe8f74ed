"use client";
// A failure in the root layout itself (it reads the signed-in account from the database): the
// layout is gone, so this page brings its own <html> and <body>, in the app's colours, with a
// retry and a plain link home (a full page load, in case the client router is what broke).
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Likelihood Lab</title>
      </head>
      <body className="min-h-dvh font-sans">
        <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
          <div role="alert" className="space-y-4 py-12 text-center">
            <h1 className="text-2xl font-semibold">Something went wrong</h1>
            <p className="text-stone-600 dark:text-stone-400">Likelihood Lab could not be loaded just now.</p>
            <div className="flex flex-wrap items-center justify-center gap-3">
              <button
                type="button"
                onClick={reset}
                className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              >
                Try again
              </button>
              {/* A plain link on purpose: a full page load, not the client router. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the client router may be what failed */}
              <a
                href="/"
                className="rounded-lg border border-stone-300 px-4 py-2 text-sm font-semibold text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-stone-700 dark:text-stone-100 dark:hover:bg-stone-800"
              >
                Go to the home page
              </a>
            </div>
            {error.digest && (
              <p className="text-xs text-stone-500 dark:text-stone-400">
                Reference: <code>{error.digest}</code>
              </p>
            )}
          </div>
        </main>
      </body>
    </html>
  );
}
