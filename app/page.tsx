import Link from "next/link";
import { listQuestions } from "@/lib/questions";
import { TOPICS } from "@/lib/questions/topics";

export default function HomePage() {
  const questions = listQuestions();
  return (
    <div className="space-y-12">
      <section className="space-y-5">
        <p className="text-sm font-semibold uppercase tracking-wider text-indigo-700 dark:text-indigo-300">
          Interview practice
        </p>
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
          MLE or EM, and why? Learn to answer it at the whiteboard.
        </h1>
        <p className="max-w-2xl text-lg leading-8 text-stone-700 dark:text-stone-300">
          Likelihood Lab gives you small data sets to work by hand, checks your numbers with its own
          estimation library, names the mistake when there is one, and shows the worked solution with
          your variant&apos;s numbers. Every attempt is saved, so you can watch your accuracy grow.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/practice"
            className="rounded-lg bg-indigo-600 px-5 py-3 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700"
          >
            Start practice
          </Link>
          <Link
            href="/study"
            className="rounded-lg border border-stone-300 px-5 py-3 text-sm font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            Plan a study session
          </Link>
          <Link
            href="/progress"
            className="rounded-lg border border-stone-300 px-5 py-3 text-sm font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            See your progress
          </Link>
        </div>
      </section>

      <section className="grid gap-4 sm:grid-cols-3">
        {[
          ["Compute", "Every question is a fresh, seeded variant: work it out on paper, type the number."],
          ["Get checked", "Answers are graded on the server; known slips such as dividing by n − 1 are named."],
          ["Understand", "A worked solution follows, typeset, with the numbers of your own variant."],
        ].map(([title, text]) => (
          <div key={title} className="rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
            <h2 className="font-semibold">{title}</h2>
            <p className="mt-2 text-sm leading-6 text-stone-600 dark:text-stone-400">{text}</p>
          </div>
        ))}
      </section>

      <section className="space-y-4">
        <h2 className="text-xl font-semibold tracking-tight">{questions.length} questions in nine topics</h2>
        <ol className="grid gap-2 sm:grid-cols-2">
          {Object.entries(TOPICS).map(([topic, name], index) => (
            <li key={topic}>
              <Link
                href={`/practice?topic=${topic}`}
                className="flex items-baseline justify-between gap-3 rounded-lg border border-stone-200 bg-white px-4 py-3 hover:border-indigo-300 hover:bg-indigo-50/50 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-indigo-700 dark:hover:bg-indigo-950/30"
              >
                <span>
                  <span className="mr-2 text-stone-500 dark:text-stone-400">{index + 1}.</span>
                  {name}
                </span>
                <span className="shrink-0 text-sm text-stone-600 dark:text-stone-400">
                  {questions.filter((question) => question.topic === topic).length} questions
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
