// Shown while the question is drawn and rendered, so opening one never shows a blank page.
export default function Loading() {
  return (
    <div className="animate-pulse space-y-6" aria-busy="true" aria-label="Loading the question">
      <div className="h-4 w-32 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-8 w-3/4 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-40 rounded-xl bg-stone-200 dark:bg-stone-800" />
      <div className="h-24 rounded-xl bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
