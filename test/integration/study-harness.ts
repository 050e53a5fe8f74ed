// What the study-session integration tests share: templates by id, right and wrong answers computed
// from the served data, and a session whose questions are fixed to known templates. Modules that
// open the database are imported on use, after the test has pointed DATABASE_URL at its own file.
import { getTemplate } from "@/lib/questions";

export function template(id: string) {
  const found = getTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

/** Answers with every part right: the template's answer key (the truths at full precision). */
export const right = (id: string, seed: number) => template(id).answerKey(seed);

/** A Bernoulli p-hat that is wrong: the share of ones computed from the data, moved by 0.2. */
export function wrongBernoulli(seed: number): { p: string } {
  const sample = template("mle-bernoulli-p").generate(seed).data.sample as number[];
  const truth = sample.filter((x) => x === 1).length / sample.length;
  return { p: String(truth > 0.5 ? truth - 0.2 : truth + 0.2) };
}

/** Starts a session at `now`, then fixes its questions to known templates (seeds 100, 101, ...). */
export async function sessionWith(userId: string, mode: "practice" | "mock", templates: string[], now: Date): Promise<string> {
  const { db } = await import("@/lib/db");
  const { startStudySession } = await import("@/lib/study/sessions");
  const options =
    mode === "practice"
      ? { mode, topics: [], difficulty: "any" as const, length: 5 as const }
      : { mode, difficulty: "any" as const, length: 5 as const, minutes: 20 as const };
  const started = await startStudySession({ id: userId, isNew: false }, options, now, () => 0.5);
  if (!started.ok) throw new Error(started.error);
  await db.sessionItem.deleteMany({ where: { sessionId: started.id } });
  await db.sessionItem.createMany({
    data: templates.map((templateId, position) => ({ sessionId: started.id, position, templateId, seed: 100 + position })),
  });
  await db.studySession.update({ where: { id: started.id }, data: { length: templates.length } });
  return started.id;
}
