-- DropIndex
DROP INDEX "Attempt_idempotencyKey_key";

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_userId_idempotencyKey_key" ON "Attempt"("userId", "idempotencyKey");

