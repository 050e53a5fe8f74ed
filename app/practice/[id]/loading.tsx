export default function Loading() {
  return (
    <div className="animate-pulse space-y-6" aria-busy="true" aria-label="Loading the question">
      <div className="h-8 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-40 rounded-xl bg-stone-200 dark:bg-stone-800" />
      <div className="h-10 w-64 rounded bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
