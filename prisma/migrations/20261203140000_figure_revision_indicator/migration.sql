-- One indicator's feed (/feed.xml?indicator=…, /api/v1/feed?indicator=…) reads that indicator's
-- newest revisions first and stops after a page. Revisions name their figure, not its indicator,
-- so without this the read either walked the whole site's newest revisions keeping one
-- indicator's, or read all of that indicator's figures and sorted them (DEVELOPERS.md, "Report
-- cards and the feed of what changed"). A figure's indicator never changes (migration
-- identity_is_immutable), so each revision can carry it, set by the database on insert, and one
-- index ordered by time serves the feed of any indicator.

-- AlterTable
ALTER TABLE "figure_revision" ADD COLUMN "indicator_id" INTEGER;

-- The application never writes the column: every insert takes it from the revision's figure.
CREATE FUNCTION "figure_revision_takes_indicator"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  SELECT f.indicator_id INTO NEW.indicator_id FROM figure f WHERE f.id = NEW.figure_id;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "figure_revision_takes_indicator" BEFORE INSERT ON "figure_revision"
  FOR EACH ROW EXECUTE FUNCTION "figure_revision_takes_indicator"();

-- The revisions already written get theirs once. History is append-only (figure_revision_append_only
-- refuses every UPDATE); this migration, run by the tables' owner, sets that rule aside for this
-- one statement, which changes no recorded fact.
ALTER TABLE "figure_revision" DISABLE TRIGGER "figure_revision_append_only";
UPDATE "figure_revision" r SET "indicator_id" = f."indicator_id" FROM "figure" f WHERE f."id" = r."figure_id";
ALTER TABLE "figure_revision" ENABLE TRIGGER "figure_revision_append_only";

-- CreateIndex
CREATE INDEX "figure_revision_indicator_id_created_at_id_idx" ON "figure_revision"("indicator_id", "created_at", "id");
