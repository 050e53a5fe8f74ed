// Guests with a history for the bench scripts that measure pages (page-cpu, load). A guest is made
// by its first check; its history is written straight into the database, as the app stores it (ISO
// dates with an explicit UTC offset): `attempts` attempts spread evenly over the last `spreadDays`
// days and over every template, two in three right and one in three with a named mistake.
import Database from "better-sqlite3";

/** A new guest's cookie, from its first check: a wrong answer (four significant figures), graded and recorded. */
export async function newGuest(base, seed) {
  const first = await fetch(`${base}/api/questions/mle-bernoulli-p/check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ seed, answers: { p: "0.1234" } }),
  });
  const cookie = first.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error("no learner cookie");
  return cookie;
}

/**
 * A new guest with a history; its cookie. `seed`, the variant of its first check, finds its learner
 * in the database: no other attempt may have it yet.
 */
export async function guestWithHistory(base, dbFile, seed, history) {
  const cookie = await newGuest(base, seed);
  const db = new Database(dbFile, { readonly: true });
  const { userId } = db.prepare("SELECT userId FROM Attempt WHERE seed = ?").get(seed);
  db.close();
  writeHistory(dbFile, userId, history);
  return cookie;
}

/** Writes the history for `userId` (an existing learner) into the SQLite file `dbFile`. */
export function writeHistory(dbFile, userId, { attempts, spreadDays, idPrefix = "bench" }) {
  const db = new Database(dbFile);
  try {
    const templates = db
      .prepare("SELECT id FROM Template ORDER BY id")
      .all()
      .map((row) => row.id);
    const insert =
      db.prepare(`INSERT INTO Attempt (id, userId, templateId, seed, answers, parts, score, correct, firstTry, gaveUp, createdAt)
    VALUES (?, ?, ?, ?, '{}', ?, ?, ?, ?, 0, ?)`);
    const now = Date.now();
    const flag = (value) => (value ? 1 : 0);
    db.transaction(() => {
      for (let i = 0; i < attempts; i++) {
        const correct = i % 3 !== 0;
        const parts = correct ? '[{"id":"p","status":"correct"}]' : '[{"id":"p","status":"incorrect","mistake":"used-n-minus-1"}]';
        const at = new Date(now - Math.floor((i / attempts) * spreadDays * 86_400_000));
        insert.run(
          `${idPrefix}${i}`,
          userId,
          templates[i % templates.length],
          i,
          parts,
          flag(correct),
          flag(correct),
          flag(i % 4 !== 0),
          at.toISOString().replace("Z", "+00:00"),
        );
      }
    })();
  } finally {
    db.close();
  }
}
