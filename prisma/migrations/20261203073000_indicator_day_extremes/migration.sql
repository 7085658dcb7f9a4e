-- CreateTable
CREATE TABLE "indicator_day_extremes" (
    "indicator_id" INTEGER NOT NULL,
    "observed_on" DATE NOT NULL,
    "figures" INTEGER NOT NULL,
    "low_id" INTEGER NOT NULL,
    "low_value" DECIMAL(24,6) NOT NULL,
    "low_order" SMALLINT NOT NULL,
    "low_slug" TEXT NOT NULL,
    "high_id" INTEGER NOT NULL,
    "high_value" DECIMAL(24,6) NOT NULL,
    "high_order" SMALLINT NOT NULL,
    "high_slug" TEXT NOT NULL,

    CONSTRAINT "indicator_day_extremes_pkey" PRIMARY KEY ("indicator_id","observed_on")
);

-- ---------------------------------------------------------------------------
-- Hand-written below: the trigger that keeps it.
-- ---------------------------------------------------------------------------

-- Per indicator and day, how many current figures there are and the lowest and the highest of
-- them (ties: the first in date order — precision order, then slug — as the chart sample takes
-- them, lib/domain/chart-model.ts sampleByDay). An indicator's chart samples these rows, one per
-- day with figures, instead of the figures: the work is bounded by the days a period spans, not
-- by how many figures were reported on them.
--
-- Fires after "figure_revision_projects_current" (triggers of one event fire in the order of their
-- names), so current_figure already holds the new revisions. New figures are merged into their
-- day's row; a correction (a revision after the first) may move a figure's value or day, so the
-- days of all of that figure's revisions are counted again from current_figure. SECURITY DEFINER:
-- derived like current_figure, never written by the web server's role.
CREATE FUNCTION "keep_indicator_day_extremes"() RETURNS TRIGGER
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DECLARE
    corrected INTEGER[] := ARRAY(
      SELECT DISTINCT n."figure_id" FROM "new_revisions" n WHERE n."revision" > 1);
    recounted_indicators INTEGER[];
    recounted_days DATE[];
  BEGIN
    -- One writer at a time per indicator, in indicator order (no deadlock between two statements):
    -- a recount deletes and re-inserts its days, and must see, not collide with, a day another
    -- transaction is adding. Held to the end of the transaction; other indicators go on.
    PERFORM pg_advisory_xact_lock(hashtext('pledgeboard.indicator-day-extremes'), x."indicator_id")
       FROM (SELECT DISTINCT f."indicator_id" FROM "figure" f
              WHERE f."id" IN (SELECT n."figure_id" FROM "new_revisions" n)) x
      ORDER BY x."indicator_id";
    IF cardinality(corrected) > 0 THEN
      SELECT array_agg(x."indicator_id"), array_agg(x."observed_on")
        INTO recounted_indicators, recounted_days
        FROM (SELECT DISTINCT f."indicator_id", r."observed_on"
                FROM "figure_revision" r JOIN "figure" f ON f."id" = r."figure_id"
               WHERE r."figure_id" = ANY(corrected)) x;
      DELETE FROM "indicator_day_extremes" d
       USING unnest(recounted_indicators, recounted_days) AS x("indicator_id", "observed_on")
       WHERE d."indicator_id" = x."indicator_id" AND d."observed_on" = x."observed_on";
      INSERT INTO "indicator_day_extremes"
      SELECT x."indicator_id", x."observed_on", k."figures", lo."figure_id", lo."value",
             lo."observed_order", lo."slug", hi."figure_id", hi."value", hi."observed_order",
             hi."slug"
        FROM unnest(recounted_indicators, recounted_days) AS x("indicator_id", "observed_on")
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS "figures" FROM "current_figure" c
           WHERE c."indicator_id" = x."indicator_id" AND c."observed_on" = x."observed_on") k
        CROSS JOIN LATERAL (
          SELECT c."figure_id", c."value", c."observed_order", c."slug" FROM "current_figure" c
           WHERE c."indicator_id" = x."indicator_id" AND c."observed_on" = x."observed_on"
           ORDER BY c."value", c."observed_order", c."slug" LIMIT 1) lo
        CROSS JOIN LATERAL (
          SELECT c."figure_id", c."value", c."observed_order", c."slug" FROM "current_figure" c
           WHERE c."indicator_id" = x."indicator_id" AND c."observed_on" = x."observed_on"
           ORDER BY c."value" DESC, c."observed_order", c."slug" LIMIT 1) hi
       ORDER BY x."indicator_id", x."observed_on";
    END IF;

    WITH added AS (
      SELECT c.* FROM "current_figure" c
       WHERE c."figure_id" IN (SELECT n."figure_id" FROM "new_revisions" n)
         AND NOT c."figure_id" = ANY(corrected)
         AND NOT EXISTS (
           SELECT 1 FROM unnest(recounted_indicators, recounted_days) AS x("indicator_id", "observed_on")
            WHERE x."indicator_id" = c."indicator_id" AND x."observed_on" = c."observed_on")
    ), counted AS (
      SELECT a."indicator_id", a."observed_on", count(*)::int AS "figures"
        FROM added a GROUP BY a."indicator_id", a."observed_on"
    ), low AS (
      SELECT DISTINCT ON (a."indicator_id", a."observed_on") a.*
        FROM added a
       ORDER BY a."indicator_id", a."observed_on", a."value", a."observed_order", a."slug"
    ), high AS (
      SELECT DISTINCT ON (a."indicator_id", a."observed_on") a.*
        FROM added a
       ORDER BY a."indicator_id", a."observed_on", a."value" DESC, a."observed_order", a."slug"
    )
    INSERT INTO "indicator_day_extremes" AS d
    SELECT k."indicator_id", k."observed_on", k."figures", lo."figure_id", lo."value",
           lo."observed_order", lo."slug", hi."figure_id", hi."value", hi."observed_order", hi."slug"
      FROM counted k
      JOIN low lo USING ("indicator_id", "observed_on")
      JOIN high hi USING ("indicator_id", "observed_on")
     ORDER BY k."indicator_id", k."observed_on"
    ON CONFLICT ("indicator_id", "observed_on") DO UPDATE SET
      "figures" = d."figures" + EXCLUDED."figures",
      "low_id" = CASE WHEN (EXCLUDED."low_value", EXCLUDED."low_order", EXCLUDED."low_slug") < (d."low_value", d."low_order", d."low_slug")
        THEN EXCLUDED."low_id" ELSE d."low_id" END,
      "low_value" = CASE WHEN (EXCLUDED."low_value", EXCLUDED."low_order", EXCLUDED."low_slug") < (d."low_value", d."low_order", d."low_slug")
        THEN EXCLUDED."low_value" ELSE d."low_value" END,
      "low_order" = CASE WHEN (EXCLUDED."low_value", EXCLUDED."low_order", EXCLUDED."low_slug") < (d."low_value", d."low_order", d."low_slug")
        THEN EXCLUDED."low_order" ELSE d."low_order" END,
      "low_slug" = CASE WHEN (EXCLUDED."low_value", EXCLUDED."low_order", EXCLUDED."low_slug") < (d."low_value", d."low_order", d."low_slug")
        THEN EXCLUDED."low_slug" ELSE d."low_slug" END,
      "high_id" = CASE WHEN (-EXCLUDED."high_value", EXCLUDED."high_order", EXCLUDED."high_slug") < (-d."high_value", d."high_order", d."high_slug")
        THEN EXCLUDED."high_id" ELSE d."high_id" END,
      "high_value" = CASE WHEN (-EXCLUDED."high_value", EXCLUDED."high_order", EXCLUDED."high_slug") < (-d."high_value", d."high_order", d."high_slug")
        THEN EXCLUDED."high_value" ELSE d."high_value" END,
      "high_order" = CASE WHEN (-EXCLUDED."high_value", EXCLUDED."high_order", EXCLUDED."high_slug") < (-d."high_value", d."high_order", d."high_slug")
        THEN EXCLUDED."high_order" ELSE d."high_order" END,
      "high_slug" = CASE WHEN (-EXCLUDED."high_value", EXCLUDED."high_order", EXCLUDED."high_slug") < (-d."high_value", d."high_order", d."high_slug")
        THEN EXCLUDED."high_slug" ELSE d."high_slug" END;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "figure_revision_refreshes_day_extremes" AFTER INSERT ON "figure_revision"
  REFERENCING NEW TABLE AS "new_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "keep_indicator_day_extremes"();

-- The figures already stored.
INSERT INTO "indicator_day_extremes"
SELECT k."indicator_id", k."observed_on", k."figures", lo."figure_id", lo."value",
       lo."observed_order", lo."slug", hi."figure_id", hi."value", hi."observed_order", hi."slug"
  FROM (SELECT "indicator_id", "observed_on", count(*)::int AS "figures"
          FROM "current_figure" GROUP BY "indicator_id", "observed_on") k
  JOIN (SELECT DISTINCT ON ("indicator_id", "observed_on") * FROM "current_figure"
         ORDER BY "indicator_id", "observed_on", "value", "observed_order", "slug") lo
    USING ("indicator_id", "observed_on")
  JOIN (SELECT DISTINCT ON ("indicator_id", "observed_on") * FROM "current_figure"
         ORDER BY "indicator_id", "observed_on", "value" DESC, "observed_order", "slug") hi
    USING ("indicator_id", "observed_on");
