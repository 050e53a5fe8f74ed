import Link from "next/link";

export default function QuestionNotFound() {
  return (
    <div className="space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">Question not found</h1>
      <p className="text-stone-600 dark:text-stone-400">There is no question at this address. It may have been renamed.</p>
      <Link
        href="/practice"
        className="inline-block rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700"
      >
        Browse the topics
      </Link>
    </div>
  );
}
