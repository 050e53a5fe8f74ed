"use server";
// The dashboard's one setting: whether to show the streak.
import { revalidatePath } from "next/cache";
import { learnerForWrite } from "@/lib/learner";
import { setShowStreak } from "@/lib/study/dashboard";

export async function toggleStreak(form: FormData): Promise<void> {
  // A server action is a public endpoint: anything but the page's form is ignored (not a 500).
  if (!(form instanceof FormData)) return;
  const show = form.get("show") === "true";
  const learner = await learnerForWrite();
  await setShowStreak(learner.id, show);
  revalidatePath("/progress");
}
