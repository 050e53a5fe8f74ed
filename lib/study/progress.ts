// What the progress page shows, read from the attempts in the database.
import "server-only";
import { db } from "../db";

export interface TemplateProgress {
  templateId: string;
  title: string;
  topic: string;
  attempts: number;
  correct: number;
}

export interface RecentAttempt {
  id: string;
  templateId: string;
  title: string;
  seed: number;
  correct: boolean;
  createdAt: Date;
}

export interface Progress {
  attempts: number;
  correct: number;
  /** correct / attempts, or null before the first attempt. */
  accuracy: number | null;
  byTemplate: TemplateProgress[];
  recent: RecentAttempt[];
}

const EMPTY: Progress = { attempts: 0, correct: 0, accuracy: null, byTemplate: [], recent: [] };

export async function getProgress(userId: string | null): Promise<Progress> {
  if (!userId) return EMPTY;
  const [groups, recent, templates] = await Promise.all([
    db.attempt.groupBy({ by: ["templateId", "correct"], where: { userId }, _count: { _all: true } }),
    db.attempt.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, templateId: true, seed: true, correct: true, createdAt: true, template: { select: { title: true } } },
    }),
    db.template.findMany({ orderBy: { position: "asc" }, select: { id: true, title: true, topic: true } }),
  ]);

  const catalogue = new Map(templates.map((template, position) => [template.id, { ...template, position }]));
  const byTemplate = new Map<string, TemplateProgress>();
  for (const group of groups) {
    const template = catalogue.get(group.templateId);
    const entry = byTemplate.get(group.templateId) ?? {
      templateId: group.templateId,
      title: template?.title ?? group.templateId,
      topic: template?.topic ?? "",
      attempts: 0,
      correct: 0,
    };
    entry.attempts += group._count._all;
    if (group.correct) entry.correct += group._count._all;
    byTemplate.set(group.templateId, entry);
  }

  const rows = [...byTemplate.values()].sort(
    (a, b) => (catalogue.get(a.templateId)?.position ?? Infinity) - (catalogue.get(b.templateId)?.position ?? Infinity),
  );
  const attempts = rows.reduce((sum, row) => sum + row.attempts, 0);
  const correct = rows.reduce((sum, row) => sum + row.correct, 0);
  return {
    attempts,
    correct,
    accuracy: attempts > 0 ? correct / attempts : null,
    byTemplate: rows,
    recent: recent.map(({ template, ...attempt }) => ({ ...attempt, title: template.title })),
  };
}
