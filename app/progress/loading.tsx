export default function Loading() {
  return (
    <div className="animate-pulse space-y-6" aria-busy="true" aria-label="Loading your progress">
      <div className="h-8 w-1/2 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="grid grid-cols-3 gap-4">
        <div className="h-24 rounded-xl bg-stone-200 dark:bg-stone-800" />
        <div className="h-24 rounded-xl bg-stone-200 dark:bg-stone-800" />
        <div className="h-24 rounded-xl bg-stone-200 dark:bg-stone-800" />
      </div>
    </div>
  );
}
