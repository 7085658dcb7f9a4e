-- CreateTable
CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 1,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- ---------------------------------------------------------------------------
-- Hand-written below: the one row, and the triggers that raise it.
-- ---------------------------------------------------------------------------

ALTER TABLE "data_version" ADD CONSTRAINT "data_version_one_row" CHECK ("id");
INSERT INTO "data_version" ("id") VALUES (true);

-- Raised once per statement that changes what the public pages, chart images and API show, in the
-- changing transaction: a reader never sees the new version before the new rows, so content is
-- always at least as new as the version it is labelled with. The notification is delivered at
-- commit, to every server process that LISTENs (lib/server/cache/data-version-watcher.ts).
-- SECURITY DEFINER: the web server's role may read the version but not set it.
CREATE FUNCTION "bump_data_version"() RETURNS TRIGGER
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
  DECLARE
    next_version bigint;
  BEGIN
    UPDATE "data_version" SET "version" = "version" + 1, "changed_at" = now()
      WHERE "id" RETURNING "version" INTO next_version;
    PERFORM pg_notify('pledgeboard_data_version', next_version::text);
    RETURN NULL;
  END
  $$;

DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['source', 'theme', 'administration', 'indicator', 'figure',
                              'figure_revision', 'pledge', 'pledge_revision'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()',
      name || '_bumps_data_version', name);
  END LOOP;
END
$$;

-- A staff member's name is shown as the author of the revisions they wrote; sign-ins and
-- sessions change other columns and leave the public pages alone.
CREATE TRIGGER "staff_user_bumps_data_version" AFTER UPDATE OF "name" OR DELETE ON "staff_user"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
