// Guest rows that nobody can use any more, removed at start and every few hours
// (lib/server-start.ts). A guest row is made by its first write; a client that never sends its
// cookie back (a script, a private window) leaves one per write. Removed:
// - guests with nothing saved (no attempt, session or card) for over an hour (the hour spares a
//   row whose first write is under way);
// - guests created more than a year ago: the guest cookie lives a year from its creation, so no
//   browser can reach them.
// Accounts are never touched.
import "server-only";
import { db } from "../db";

export const EMPTY_GUEST_GRACE_MS = 60 * 60 * 1000;
export const GUEST_COOKIE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

export async function deleteAbandonedGuests(now: Date = new Date()): Promise<number> {
  const { count } = await db.user.deleteMany({
    where: {
      username: null,
      OR: [
        {
          createdAt: { lte: new Date(now.getTime() - EMPTY_GUEST_GRACE_MS) },
          attempts: { none: {} },
          studySessions: { none: {} },
          reviewCards: { none: {} },
        },
        { createdAt: { lte: new Date(now.getTime() - GUEST_COOKIE_LIFETIME_MS) } },
      ],
    },
  });
  return count;
}
