import Link from "next/link";

export default function SessionNotFound() {
  return (
    <div className="space-y-4 text-center">
      <h1 className="text-2xl font-semibold">Session not found</h1>
      <p className="text-stone-600 dark:text-stone-400">
        There is no such study session for you. Sessions belong to the browser or account that started them.
      </p>
      <Link href="/study" className="inline-block rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700">
        Go to Study
      </Link>
    </div>
  );
}
