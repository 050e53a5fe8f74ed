// What a route segment's loading.tsx shows while the server reads its data: grey blocks in the
// shape of the page to come, announced once to screen readers.
const BLOCK = "rounded bg-stone-200 dark:bg-stone-800";
const CARD = "rounded-xl bg-stone-200 dark:bg-stone-800";

interface Props {
  /** Read out while loading, e.g. "Loading the question". */
  label: string;
  /** list: a title and rows; question: a title, badges, the question and its answer boxes; dashboard: a title and cards. */
  shape: "list" | "question" | "dashboard";
}

export function PageSkeleton({ label, shape }: Props) {
  return (
    <div className="animate-pulse space-y-6 motion-reduce:animate-none" role="status" aria-busy="true" aria-label={label}>
      <div className={`h-8 w-1/2 ${BLOCK}`} />
      {shape === "list" && (
        <div className="space-y-3">
          <div className={`h-20 ${CARD}`} />
          <div className={`h-20 ${CARD}`} />
          <div className={`h-20 ${CARD}`} />
        </div>
      )}
      {shape === "question" && (
        <>
          <div className="flex gap-2">
            <div className={`h-6 w-24 rounded-full ${BLOCK}`} />
            <div className={`h-6 w-16 rounded-full ${BLOCK}`} />
          </div>
          <div className={`h-40 ${CARD}`} />
          <div className={`h-12 w-2/3 ${BLOCK}`} />
        </>
      )}
      {shape === "dashboard" && (
        <>
          <div className="grid grid-cols-3 gap-4">
            <div className={`h-24 ${CARD}`} />
            <div className={`h-24 ${CARD}`} />
            <div className={`h-24 ${CARD}`} />
          </div>
          <div className={`h-32 ${CARD}`} />
        </>
      )}
      <span className="sr-only">{label}…</span>
    </div>
  );
}
