import Link from "next/link";
import { QuestionList } from "@/components/question-list";
import { listQuestions } from "@/lib/questions";

export default function HomePage() {
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
            href="/practice/mle-bernoulli-p"
            className="rounded-lg bg-indigo-600 px-5 py-3 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700"
          >
            Start practice
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
        <h2 className="text-xl font-semibold tracking-tight">Questions</h2>
        <QuestionList questions={listQuestions()} />
      </section>
    </div>
  );
}
