-- What a figure or pledge *is* never changes in place: a figure stays a figure of its indicator,
-- a pledge keeps its kind, indicator and administration. Content is corrected by appending a
-- revision; an identity change is a different record (a new slug). Links between pledges
-- (supersedes_id) stay editable, since a later pledge may be found to raise an earlier one.

CREATE FUNCTION "refuse_identity_change"() RETURNS TRIGGER
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_TABLE_NAME = 'figure' AND (NEW."slug", NEW."indicator_id") IS DISTINCT FROM (OLD."slug", OLD."indicator_id") THEN
      RAISE EXCEPTION 'figure % cannot change its slug or indicator: add a new figure instead', OLD."slug"
        USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_TABLE_NAME = 'pledge' AND (NEW."slug", NEW."kind", NEW."indicator_id", NEW."administration_id")
        IS DISTINCT FROM (OLD."slug", OLD."kind", OLD."indicator_id", OLD."administration_id") THEN
      RAISE EXCEPTION 'pledge % cannot change its slug, kind, indicator or administration: add a new pledge instead', OLD."slug"
        USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "figure_identity_is_immutable" BEFORE UPDATE ON "figure"
  FOR EACH ROW EXECUTE FUNCTION "refuse_identity_change"();
CREATE TRIGGER "pledge_identity_is_immutable" BEFORE UPDATE ON "pledge"
  FOR EACH ROW EXECUTE FUNCTION "refuse_identity_change"();
