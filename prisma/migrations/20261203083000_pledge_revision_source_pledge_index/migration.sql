-- DropIndex
DROP INDEX "pledge_revision_source_id_idx";

-- CreateIndex
CREATE INDEX "pledge_revision_source_id_pledge_id_idx" ON "pledge_revision"("source_id", "pledge_id");
