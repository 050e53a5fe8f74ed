// /review/next — the most overdue card with a fresh seed, or back to the queue when none is due.
import { redirect } from "next/navigation";
import { currentLearnerId } from "@/lib/learner";
import { randomSeed } from "@/lib/questions";
import { getReviewQueue } from "@/lib/study/review";

export const dynamic = "force-dynamic";

export default async function NextReview() {
  const queue = await getReviewQueue(await currentLearnerId());
  const card = queue.due[0];
  redirect(card ? `/review/${card.templateId}?seed=${randomSeed()}` : "/review");
}
