// "Where am I weak?": every topic with the learner's current accuracy and its counts, the weakest
// tried topic first, then the topics not tried yet. A server component: plain data in, a table out.
import Link from "next/link";
import { topicName } from "@/lib/questions/topics";

export interface TopicStandingRow {
  topic: string;
  attempts: number;
  correct: number;
  accuracy: number | null;
}

// Links without prefetch: a dynamic page per topic, prefetched on every visit to the dashboard, kept
// the server and the phone busy for pages rarely opened.
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function TopicStandings({ rows }: { rows: readonly TopicStandingRow[] }) {
  const weakest = rows.find((row) => row.accuracy !== null && row.accuracy < 1);
  return (
    <div className="space-y-3">
      {weakest && (
        <p className="text-sm" data-testid="weakest-topic">
          Weakest so far: <span className="font-semibold">{topicName(weakest.topic)}</span> ({weakest.correct} of{" "}
          {plural(weakest.attempts, "question")} right at the first try).{" "}
          <Link
            prefetch={false}
            href={`/practice?topic=${weakest.topic}#${weakest.topic}`}
            className="font-medium text-indigo-700 underline dark:text-indigo-300"
          >
            Practise it
          </Link>
        </p>
      )}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Accuracy by topic">
        <table className="w-full text-left text-sm" data-testid="topic-standings">
          <thead>
            <tr className="border-b border-stone-200 dark:border-stone-800">
              <th scope="col" className="py-2 pr-3 font-medium">
                Topic
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                Accuracy
              </th>
              <th scope="col" className="py-2 pl-2 text-right font-medium">
                Right / tried
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.topic} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link prefetch={false} href={`/practice?topic=${row.topic}#${row.topic}`} className="hover:underline">
                    {topicName(row.topic)}
                  </Link>
                </th>
                <td className="px-2 py-2 text-right tabular-nums">
                  {row.accuracy === null ? (
                    <span className="text-stone-500 dark:text-stone-400">not tried</span>
                  ) : (
                    <span className="inline-flex items-center gap-2">
                      <span
                        aria-hidden="true"
                        className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-stone-200 sm:block dark:bg-stone-700"
                      >
                        <span
                          className="block h-full rounded-full bg-emerald-500"
                          style={{ width: `${Math.round(row.accuracy * 100)}%` }}
                        />
                      </span>
                      <span className="font-semibold">{Math.round(row.accuracy * 100)}%</span>
                    </span>
                  )}
                </td>
                <td className="py-2 pl-2 text-right text-stone-600 tabular-nums dark:text-stone-400">
                  {row.accuracy === null ? "–" : `${row.correct} / ${row.attempts}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
