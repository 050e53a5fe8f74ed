-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StudySession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "topics" JSONB NOT NULL,
    "difficulty" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "timeLimitSeconds" INTEGER,
    "deadlineAt" DATETIME,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "StudySession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StudySession" ("completedAt", "deadlineAt", "difficulty", "id", "length", "mode", "startedAt", "timeLimitSeconds", "topics", "userId") SELECT "completedAt", "deadlineAt", "difficulty", "id", "length", "mode", "startedAt", "timeLimitSeconds", "topics", "userId" FROM "StudySession";
DROP TABLE "StudySession";
ALTER TABLE "new_StudySession" RENAME TO "StudySession";
CREATE INDEX "StudySession_userId_startedAt_idx" ON "StudySession"("userId", "startedAt");
CREATE TABLE "new_SessionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "templateId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "draft" JSONB,
    "hintsUsed" INTEGER NOT NULL DEFAULT 0,
    "attemptId" TEXT,
    CONSTRAINT "SessionItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "StudySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SessionItem_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SessionItem" ("attemptId", "draft", "hintsUsed", "id", "position", "seed", "sessionId", "templateId") SELECT "attemptId", "draft", "hintsUsed", "id", "position", "seed", "sessionId", "templateId" FROM "SessionItem";
DROP TABLE "SessionItem";
ALTER TABLE "new_SessionItem" RENAME TO "SessionItem";
CREATE UNIQUE INDEX "SessionItem_attemptId_key" ON "SessionItem"("attemptId");
CREATE UNIQUE INDEX "SessionItem_sessionId_position_key" ON "SessionItem"("sessionId", "position");
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "parts" JSONB NOT NULL,
    "score" REAL NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "firstTry" BOOLEAN NOT NULL DEFAULT true,
    "gaveUp" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT,
    "sessionId" TEXT,
    "hintsUsed" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER,
    "rating" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attempt_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "StudySession" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("answers", "correct", "createdAt", "durationMs", "hintsUsed", "id", "idempotencyKey", "parts", "rating", "score", "seed", "sessionId", "templateId", "userId") SELECT "answers", "correct", "createdAt", "durationMs", "hintsUsed", "id", "idempotencyKey", "parts", "rating", "score", "seed", "sessionId", "templateId", "userId" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE UNIQUE INDEX "Attempt_idempotencyKey_key" ON "Attempt"("idempotencyKey");
CREATE INDEX "Attempt_userId_createdAt_idx" ON "Attempt"("userId", "createdAt");
CREATE INDEX "Attempt_userId_templateId_seed_idx" ON "Attempt"("userId", "templateId", "seed");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Existing data: accuracy counts each variant (learner, template, seed) once, by its first check.
-- Every later check of a variant becomes a retry (the earliest by time, then by id, stays first).
UPDATE "Attempt" SET "firstTry" = false
WHERE EXISTS (
    SELECT 1 FROM "Attempt" AS "earlier"
    WHERE "earlier"."userId" = "Attempt"."userId"
      AND "earlier"."templateId" = "Attempt"."templateId"
      AND "earlier"."seed" = "Attempt"."seed"
      AND ("earlier"."createdAt" < "Attempt"."createdAt"
           OR ("earlier"."createdAt" = "Attempt"."createdAt" AND "earlier"."id" < "Attempt"."id"))
);

-- The JSON columns are read as JSON now: a value that is not JSON text (it should not exist, but
-- the file may have been edited by hand) is kept as a JSON string rather than breaking every read
-- of its rows; the app then skips it as a value of the wrong shape (lib/study/stored.ts).
UPDATE "Attempt" SET "answers" = json_quote("answers") WHERE json_valid("answers") = 0;
UPDATE "Attempt" SET "parts" = json_quote("parts") WHERE json_valid("parts") = 0;
UPDATE "SessionItem" SET "draft" = json_quote("draft") WHERE "draft" IS NOT NULL AND json_valid("draft") = 0;
UPDATE "StudySession" SET "topics" = json_quote("topics") WHERE json_valid("topics") = 0;
