-- CreateTable
CREATE TABLE "current_figure" (
    "figure_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "revision_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "observed_on" DATE NOT NULL,
    "observed_precision" "DatePrecision" NOT NULL,
    "observed_order" SMALLINT NOT NULL,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "current_figure_pkey" PRIMARY KEY ("figure_id")
);

-- CreateTable
CREATE TABLE "indicator_figure_count" (
    "indicator_id" INTEGER NOT NULL,
    "figures" BIGINT NOT NULL,

    CONSTRAINT "indicator_figure_count_pkey" PRIMARY KEY ("indicator_id")
);

-- CreateTable
CREATE TABLE "source_figure_count" (
    "source_id" INTEGER NOT NULL,
    "figures" BIGINT NOT NULL,

    CONSTRAINT "source_figure_count_pkey" PRIMARY KEY ("source_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "current_figure_revision_id_key" ON "current_figure"("revision_id");

-- CreateIndex
CREATE INDEX "current_figure_indicator_id_observed_on_observed_order_slug_idx" ON "current_figure"("indicator_id", "observed_on", "observed_order", "slug", "value", "figure_id");

-- CreateIndex
CREATE INDEX "current_figure_observed_on_observed_order_slug_idx" ON "current_figure"("observed_on", "observed_order", "slug");

-- CreateIndex
CREATE INDEX "current_figure_source_id_observed_on_observed_order_slug_idx" ON "current_figure"("source_id", "observed_on", "observed_order", "slug");

-- Periods that start on the same day sort year, month, day (lib/domain/precise-date.ts).
CREATE FUNCTION "precision_order"("DatePrecision") RETURNS SMALLINT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE $1 WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END;

-- The projection is kept by the database on every insert of figure revisions, one statement at a
-- time (an import's set-based INSERT updates it once, not once per row). Revisions are append-only
-- and numbered upwards, so the highest revision seen is the current one; a figure's indicator and
-- slug never change (figure_identity_is_immutable). SECURITY DEFINER: the web server's role may
-- read the derived tables but never write them itself.
CREATE FUNCTION "project_current_figures"() RETURNS TRIGGER
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    WITH latest AS (
      SELECT DISTINCT ON (n."figure_id") n.*
        FROM "new_revisions" n
       ORDER BY n."figure_id", n."revision" DESC
    ), previous AS (
      SELECT c."figure_id", c."source_id"
        FROM "current_figure" c
       WHERE c."figure_id" IN (SELECT "figure_id" FROM latest)
    ), upserted AS (
      INSERT INTO "current_figure" AS c
        ("figure_id", "indicator_id", "slug", "revision_id", "revision", "value", "observed_on",
         "observed_precision", "observed_order", "source_id")
      SELECT l."figure_id", f."indicator_id", f."slug", l."id", l."revision", l."value",
             l."observed_on", l."observed_precision", "precision_order"(l."observed_precision"),
             l."source_id"
        FROM latest l JOIN "figure" f ON f."id" = l."figure_id"
       ORDER BY l."figure_id"
      ON CONFLICT ("figure_id") DO UPDATE SET
        "revision_id" = EXCLUDED."revision_id", "revision" = EXCLUDED."revision",
        "value" = EXCLUDED."value", "observed_on" = EXCLUDED."observed_on",
        "observed_precision" = EXCLUDED."observed_precision",
        "observed_order" = EXCLUDED."observed_order", "source_id" = EXCLUDED."source_id"
      WHERE c."revision" < EXCLUDED."revision"
      RETURNING c."figure_id", c."indicator_id", c."source_id"
    ), indicator_delta AS (
      SELECT u."indicator_id", count(*) AS n
        FROM upserted u LEFT JOIN previous p USING ("figure_id")
       WHERE p."figure_id" IS NULL
       GROUP BY u."indicator_id"
    ), source_delta AS (
      SELECT d."source_id", sum(d.n) AS n
        FROM (SELECT u."source_id", 1 AS n FROM upserted u
              UNION ALL
              SELECT p."source_id", -1 FROM previous p JOIN upserted u USING ("figure_id")) d
       GROUP BY d."source_id"
      HAVING sum(d.n) <> 0
    ), counted AS (
      INSERT INTO "indicator_figure_count" AS k ("indicator_id", "figures")
      SELECT "indicator_id", n FROM indicator_delta ORDER BY "indicator_id"
      ON CONFLICT ("indicator_id") DO UPDATE SET "figures" = k."figures" + EXCLUDED."figures"
      RETURNING 1
    )
    INSERT INTO "source_figure_count" AS k ("source_id", "figures")
    SELECT "source_id", n FROM source_delta ORDER BY "source_id"
    ON CONFLICT ("source_id") DO UPDATE SET "figures" = k."figures" + EXCLUDED."figures";
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "figure_revision_projects_current" AFTER INSERT ON "figure_revision"
  REFERENCING NEW TABLE AS "new_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "project_current_figures"();

-- The figures already stored.
INSERT INTO "current_figure"
  ("figure_id", "indicator_id", "slug", "revision_id", "revision", "value", "observed_on",
   "observed_precision", "observed_order", "source_id")
SELECT DISTINCT ON (r."figure_id") r."figure_id", f."indicator_id", f."slug", r."id", r."revision",
       r."value", r."observed_on", r."observed_precision", "precision_order"(r."observed_precision"),
       r."source_id"
  FROM "figure_revision" r JOIN "figure" f ON f."id" = r."figure_id"
 ORDER BY r."figure_id", r."revision" DESC;

INSERT INTO "indicator_figure_count" ("indicator_id", "figures")
SELECT "indicator_id", count(*) FROM "current_figure" GROUP BY "indicator_id";

INSERT INTO "source_figure_count" ("source_id", "figures")
SELECT "source_id", count(*) FROM "current_figure" GROUP BY "source_id";
