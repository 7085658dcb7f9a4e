-- CreateTable
CREATE TABLE "pledge_evidence" (
    "pledge_id" INTEGER NOT NULL,
    "first_id" INTEGER,
    "unreached_id" INTEGER,
    "after_unreached_id" INTEGER,
    "latest_id" INTEGER,
    "latest_on" DATE,

    CONSTRAINT "pledge_evidence_pkey" PRIMARY KEY ("pledge_id")
);

-- ---------------------------------------------------------------------------
-- Hand-written below: how the evidence is found, and the triggers that keep it.
-- ---------------------------------------------------------------------------

-- STATUS_EVIDENCE (lib/server/queries/current-pledges.ts): the figures of an indicator known on
-- `as_of` that a pledge's computed status rests on — the first (for a numeric pledge), the last
-- one short of the target and the one after it (where the run of figures at or past the target
-- began), and the latest — in the order comparePreciseDates sorts them (date; year before month
-- before day; slug). Always one row. Finding the last figure short of the target scans back
-- through the run of figures past it, which is why its result is kept in pledge_evidence rather
-- than found on every read. A plain SQL function, so PostgreSQL inlines it into the caller.
CREATE FUNCTION "pledge_status_evidence"(
    "indicator" INTEGER, "is_numeric" BOOLEAN, "target" NUMERIC, "higher_is_better" BOOLEAN,
    "as_of" DATE)
  RETURNS TABLE ("first_id" INTEGER, "unreached_id" INTEGER, "after_unreached_id" INTEGER,
                 "latest_id" INTEGER, "latest_on" DATE)
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT "first"."figure_id", "unreached"."figure_id", "after_unreached"."figure_id",
           "latest"."figure_id", "latest"."observed_on"
      FROM (SELECT) AS "one"
      LEFT JOIN LATERAL (
        SELECT c."figure_id", c."observed_on" FROM "current_figure" c
         WHERE c."indicator_id" = "indicator" AND c."observed_on" <= "as_of"
         ORDER BY c."observed_on" DESC, c."observed_order" DESC, c."slug" DESC LIMIT 1
      ) "latest" ON TRUE
      LEFT JOIN LATERAL (
        SELECT c."figure_id" FROM "current_figure" c
         WHERE "is_numeric" AND c."indicator_id" = "indicator" AND c."observed_on" <= "as_of"
         ORDER BY c."observed_on", c."observed_order", c."slug" LIMIT 1
      ) "first" ON TRUE
      LEFT JOIN LATERAL (
        SELECT c."figure_id", c."observed_on", c."observed_order", c."slug" FROM "current_figure" c
         WHERE "is_numeric" AND c."indicator_id" = "indicator" AND c."observed_on" <= "as_of"
           AND CASE WHEN "higher_is_better" THEN c."value" < "target" ELSE c."value" > "target" END
         ORDER BY c."observed_on" DESC, c."observed_order" DESC, c."slug" DESC LIMIT 1
      ) "unreached" ON TRUE
      LEFT JOIN LATERAL (
        SELECT c."figure_id" FROM "current_figure" c
         WHERE "unreached"."figure_id" IS NOT NULL
           AND c."indicator_id" = "indicator" AND c."observed_on" <= "as_of"
           AND (c."observed_on", c."observed_order", c."slug")
             > ("unreached"."observed_on", "unreached"."observed_order", "unreached"."slug")
         ORDER BY c."observed_on", c."observed_order", c."slug" LIMIT 1
      ) "after_unreached" ON TRUE
  $$;

-- Recomputes the kept evidence of the given pledges over all their indicators' current figures.
-- A pledge without a revision yet is skipped: inserting its first revision computes it.
CREATE FUNCTION "refresh_pledge_evidence"("pledges" INTEGER[]) RETURNS VOID
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO "pledge_evidence" AS e
      ("pledge_id", "first_id", "unreached_id", "after_unreached_id", "latest_id", "latest_on")
    SELECT p."id", ev."first_id", ev."unreached_id", ev."after_unreached_id", ev."latest_id",
           ev."latest_on"
      FROM "pledge" p
      JOIN "indicator" i ON i."id" = p."indicator_id"
      JOIN LATERAL (
        SELECT pr."target_value" FROM "pledge_revision" pr
         WHERE pr."pledge_id" = p."id" ORDER BY pr."revision" DESC LIMIT 1
      ) r ON TRUE
      CROSS JOIN LATERAL "pledge_status_evidence"(
        p."indicator_id", p."kind" = 'TARGET' AND r."target_value" IS NOT NULL, r."target_value",
        i."higher_is_better", 'infinity') ev
     WHERE p."id" = ANY ("pledges")
     ORDER BY p."id"
    ON CONFLICT ("pledge_id") DO UPDATE SET
      "first_id" = EXCLUDED."first_id", "unreached_id" = EXCLUDED."unreached_id",
      "after_unreached_id" = EXCLUDED."after_unreached_id", "latest_id" = EXCLUDED."latest_id",
      "latest_on" = EXCLUDED."latest_on";
  $$;

-- New figure revisions: the pledges about their indicators, once per statement. Fires after
-- "figure_revision_projects_current" (triggers of one event fire in the order of their names),
-- so current_figure already holds the new revisions.
CREATE FUNCTION "refresh_evidence_of_new_figures"() RETURNS TRIGGER
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM "refresh_pledge_evidence"(ARRAY(
      SELECT p."id" FROM "pledge" p
       WHERE p."indicator_id" IN (
         SELECT f."indicator_id" FROM "figure" f
          WHERE f."id" IN (SELECT n."figure_id" FROM "new_revisions" n))));
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "figure_revision_refreshes_pledge_evidence" AFTER INSERT ON "figure_revision"
  REFERENCING NEW TABLE AS "new_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "refresh_evidence_of_new_figures"();

-- New pledge revisions (a new pledge, or a corrected target).
CREATE FUNCTION "refresh_evidence_of_new_pledge_revisions"() RETURNS TRIGGER
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM "refresh_pledge_evidence"(ARRAY(SELECT DISTINCT n."pledge_id" FROM "new_revisions" n));
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "pledge_revision_refreshes_pledge_evidence" AFTER INSERT ON "pledge_revision"
  REFERENCING NEW TABLE AS "new_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "refresh_evidence_of_new_pledge_revisions"();

-- A corrected direction (higher is better, or lower) turns which figures fall short.
CREATE FUNCTION "refresh_evidence_of_indicator"() RETURNS TRIGGER
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM "refresh_pledge_evidence"(ARRAY(
      SELECT p."id" FROM "pledge" p WHERE p."indicator_id" = NEW."id"));
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "indicator_direction_refreshes_pledge_evidence"
  AFTER UPDATE OF "higher_is_better" ON "indicator"
  FOR EACH ROW WHEN (OLD."higher_is_better" IS DISTINCT FROM NEW."higher_is_better")
  EXECUTE FUNCTION "refresh_evidence_of_indicator"();

-- The pledges already stored.
SELECT "refresh_pledge_evidence"(ARRAY(SELECT "id" FROM "pledge"));
