// Signing in to an existing account while practising as a guest: the guest's progress moves to
// the account and the guest row goes, so nothing practised before signing in is lost.
import "server-only";
import { db } from "../db";
import { keepEarliestFirstTries } from "../study/attempts";

export interface MergeResult {
  attempts: number;
  studySessions: number;
  reviewCards: number;
}

const NOTHING: MergeResult = { attempts: 0, studySessions: 0, reviewCards: 0 };

/**
 * Moves a guest's attempts, study sessions and review cards to an account, in one transaction.
 * Only a guest row (no username) is merged: a cookie naming an account moves nothing. When both
 * have a card for one template, the more recently reviewed card is kept (it holds the newer
 * memory state); the other is dropped.
 */
export async function mergeGuestInto(guestId: string, accountId: string): Promise<MergeResult> {
  if (guestId === accountId) return NOTHING;
  return db.$transaction(async (tx) => {
    const guest = await tx.user.findUnique({ where: { id: guestId }, select: { username: true } });
    if (!guest || guest.username !== null) return NOTHING;

    const attempts = await tx.attempt.updateMany({ where: { userId: guestId }, data: { userId: accountId } });
    // A variant tried both as the guest and in the account counts once, by its earlier first try.
    await keepEarliestFirstTries(accountId, tx);
    const studySessions = await tx.studySession.updateMany({ where: { userId: guestId }, data: { userId: accountId } });

    const cardSelect = { id: true, templateId: true, lastReview: true } as const;
    const guestCards = await tx.reviewCard.findMany({ where: { userId: guestId }, select: cardSelect });
    const accountCards = new Map(
      (await tx.reviewCard.findMany({ where: { userId: accountId }, select: cardSelect })).map((card) => [card.templateId, card]),
    );
    const reviewed = (date: Date | null) => date?.getTime() ?? -Infinity;
    const moving: string[] = [];
    const replaced: string[] = [];
    for (const card of guestCards) {
      const existing = accountCards.get(card.templateId);
      if (!existing) moving.push(card.id);
      else if (reviewed(card.lastReview) > reviewed(existing.lastReview)) {
        replaced.push(existing.id);
        moving.push(card.id);
      }
    }
    await tx.reviewCard.deleteMany({ where: { id: { in: replaced } } });
    await tx.reviewCard.updateMany({ where: { id: { in: moving } }, data: { userId: accountId } });
    // Cascades to the guest's cards that were not kept.
    await tx.user.delete({ where: { id: guestId } });
    return { attempts: attempts.count, studySessions: studySessions.count, reviewCards: moving.length };
  });
}
