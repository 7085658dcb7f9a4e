-- Search (lib/server/queries/search.ts) finds parts of words, Korean included, with
-- ILIKE '%…%' accelerated by trigram indexes. pg_trgm ships with PostgreSQL and is a trusted
-- extension on managed services; migrations run as the database owner.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "source_title_idx" ON "source" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "source_publisher_idx" ON "source" USING GIN ("publisher" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "figure_revision_quote_idx" ON "figure_revision" USING GIN ("quote" gin_trgm_ops);
