-- The feed of what changed (/feed.xml, /api/v1/feed) reads the newest revisions first and stops
-- after a page: one backward scan of each index, whatever the history holds.
-- CreateIndex
CREATE INDEX "figure_revision_created_at_id_idx" ON "figure_revision"("created_at", "id");

-- CreateIndex
CREATE INDEX "pledge_revision_created_at_id_idx" ON "pledge_revision"("created_at", "id");
