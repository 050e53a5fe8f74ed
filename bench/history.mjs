// A learner's history written straight into the database, as the app stores it (ISO dates with an
// explicit UTC offset): `attempts` attempts spread evenly over the last `spreadDays` days and over
// every template, two in three right and one in three with a named mistake. Used by the bench
// scripts that measure pages for a learner with a long history (page-cpu, load).
import Database from "better-sqlite3";

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
