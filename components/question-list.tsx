// The questions of a topic, each with its status for this learner (new, attempted, solved, and how
// the last check went). Each link carries a seed, so the question opens straight on its variant.
import Link from "next/link";
import { randomSeed } from "@/lib/questions";
import type { QuestionSummary } from "@/lib/questions/types";
import type { QuestionStatus } from "@/lib/study/question-state";
import { Badge } from "@/components/ui";
import { DifficultyBadge, KindLabel, TopicBadge } from "./badges";

interface Props {
  questions: QuestionSummary[];
  /** Off inside a topic's own section, where the topic goes without saying. */
  showTopic?: boolean;
  /** This learner's status per question id; a question without an entry is new. */
  statuses?: ReadonlyMap<string, QuestionStatus>;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function StatusBadge({ status }: { status: QuestionStatus | undefined }) {
  if (!status) return <Badge tone="muted">new</Badge>;
  return status.state === "solved" ? <Badge tone="success">solved</Badge> : <Badge tone="warning">attempted</Badge>;
}

function LastResult({ status }: { status: QuestionStatus | undefined }) {
  if (!status?.last) return null;
  return (
    <span className="text-xs whitespace-nowrap text-stone-600 dark:text-stone-400">
      last: {status.last.correct ? "right" : "not right"},{" "}
      <time dateTime={status.last.at.toISOString()}>{dayFormat.format(status.last.at)}</time>
    </span>
  );
}

export function QuestionList({ questions, showTopic = true, statuses }: Props) {
  return (
    <ul className="ql">
      {questions.map((question) => {
        const status = statuses?.get(question.id);
        return (
          <li key={question.id} data-question={question.id}>
            <Link href={`/practice/${question.id}?seed=${randomSeed()}`} prefetch={false} className="ql-link">
              <span className="font-medium">{question.title}</span>
              <span className="ql-meta" data-testid="question-status">
                {statuses && <StatusBadge status={status} />}
                {statuses && <LastResult status={status} />}
                {showTopic && <TopicBadge topic={question.topic} />}
                <DifficultyBadge difficulty={question.difficulty} />
                <KindLabel kind={question.kind} />
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
