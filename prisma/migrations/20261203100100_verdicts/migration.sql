-- CreateEnum
CREATE TYPE "VerdictRating" AS ENUM ('COMPLETED', 'COMPLETED_ONGOING', 'IN_PROGRESS', 'PARTLY_DONE', 'ON_HOLD', 'DROPPED', 'NOT_YET_RATED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "verdict" (
    "id" SERIAL NOT NULL,
    "pledge_id" INTEGER NOT NULL,
    "rating" "VerdictRating" NOT NULL,
    "reasoning_ko" TEXT NOT NULL,
    "reasoning_en" TEXT NOT NULL,
    "reason" TEXT,
    "proposed_by" TEXT NOT NULL,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verdict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verdict_evidence" (
    "verdict_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "source_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "evidence_on" DATE NOT NULL,
    "evidence_precision" "DatePrecision" NOT NULL,

    CONSTRAINT "verdict_evidence_pkey" PRIMARY KEY ("verdict_id","position")
);

-- CreateTable
CREATE TABLE "verdict_review" (
    "verdict_id" INTEGER NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "reviewed_by" TEXT,
    "note" TEXT,
    "reviewed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verdict_review_pkey" PRIMARY KEY ("verdict_id")
);

-- CreateTable
CREATE TABLE "site_setting" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "verdict_review_required" BOOLEAN NOT NULL DEFAULT true,
    "updated_by" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "site_setting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "verdict_pledge_id_id_idx" ON "verdict"("pledge_id", "id");

-- CreateIndex
CREATE INDEX "verdict_evidence_source_id_idx" ON "verdict_evidence"("source_id");

-- CreateIndex
CREATE INDEX "verdict_review_reviewed_at_idx" ON "verdict_review"("reviewed_at");

-- AddForeignKey
ALTER TABLE "verdict" ADD CONSTRAINT "verdict_pledge_id_fkey" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_evidence" ADD CONSTRAINT "verdict_evidence_verdict_id_fkey" FOREIGN KEY ("verdict_id") REFERENCES "verdict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_evidence" ADD CONSTRAINT "verdict_evidence_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verdict_review" ADD CONSTRAINT "verdict_review_verdict_id_fkey" FOREIGN KEY ("verdict_id") REFERENCES "verdict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written below: the rules the database keeps for pledge kinds and verdicts.
-- ---------------------------------------------------------------------------

-- A POLICY pledge promises a programme at a stated level: its target_value is that level.
CREATE OR REPLACE FUNCTION "pledge_revision_matches_kind"() RETURNS TRIGGER
  LANGUAGE plpgsql AS $$
  DECLARE pledge_kind "PledgeKind";
  BEGIN
    SELECT "kind" INTO pledge_kind FROM "pledge" WHERE "id" = NEW."pledge_id";
    IF pledge_kind IN ('TARGET', 'POLICY') AND NEW."target_value" IS NULL THEN
      RAISE EXCEPTION 'pledge % is a % pledge: target_value is required', NEW."pledge_id", pledge_kind
        USING ERRCODE = 'check_violation';
    END IF;
    IF pledge_kind = 'MILESTONE' AND NEW."target_value" IS NOT NULL THEN
      RAISE EXCEPTION 'pledge % is a MILESTONE pledge: it has no target_value', NEW."pledge_id"
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END
  $$;

-- The seed's childbirth grant and allowances were numeric targets; they promise benefits at a
-- stated level, so they become policies (prisma/seed/data.ts says why). Only where staff have not
-- taken them over: a pledge any staff member corrected keeps the kind it was given.
ALTER TABLE "pledge" DISABLE TRIGGER "pledge_identity_is_immutable";
UPDATE "pledge" p SET "kind" = 'POLICY'
 WHERE p."kind" = 'TARGET'
   AND p."slug" IN ('childbirth-grant-1m-won', 'childcare-allowance-4-8m-won',
                    'childcare-allowance-200k-won-monthly', 'childcare-allowance-24-months')
   AND NOT EXISTS (SELECT 1 FROM "pledge_revision" r
                    WHERE r."pledge_id" = p."id" AND r."created_by" <> 'seed');
ALTER TABLE "pledge" ENABLE TRIGGER "pledge_identity_is_immutable";

ALTER TABLE "verdict"
  ADD CONSTRAINT "verdict_reasoning_present" CHECK ("reasoning_ko" ~ '\S' AND "reasoning_en" ~ '\S'),
  ADD CONSTRAINT "verdict_reason_present" CHECK ("reason" IS NULL OR "reason" ~ '\S'),
  ADD CONSTRAINT "verdict_proposer_present" CHECK ("proposed_by" ~ '\S');
ALTER TABLE "verdict_evidence"
  ADD CONSTRAINT "verdict_evidence_quote_present" CHECK ("quote" ~ '\S'),
  ADD CONSTRAINT "verdict_evidence_position_positive" CHECK ("position" >= 1),
  ADD CONSTRAINT "verdict_evidence_precision" CHECK ("date_fits_precision"("evidence_on", "evidence_precision"));
ALTER TABLE "verdict_review"
  ADD CONSTRAINT "verdict_review_note_present" CHECK ("note" IS NULL OR "note" ~ '\S');
-- At most one row, written when an admin first changes a setting; until then every setting has its
-- default (so a backup of a fresh database restores into a fresh one, which has no row either).
ALTER TABLE "site_setting" ADD CONSTRAINT "site_setting_one_row" CHECK ("id");

-- Verdicts, their evidence and their reviews are history: a new judgement is a new verdict.
CREATE TRIGGER "verdict_append_only" BEFORE UPDATE OR DELETE ON "verdict"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "verdict_evidence_append_only" BEFORE UPDATE OR DELETE ON "verdict_evidence"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "verdict_review_append_only" BEFORE UPDATE OR DELETE ON "verdict_review"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "verdict_no_truncate" BEFORE TRUNCATE ON "verdict"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "verdict_evidence_no_truncate" BEFORE TRUNCATE ON "verdict_evidence"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "verdict_review_no_truncate" BEFORE TRUNCATE ON "verdict_review"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();

-- The second pair of eyes, kept by the database too: while review is required, a verdict is
-- published only by someone other than its proposer; without a reviewer (review turned off, or
-- the initial dataset loaded from the articles) only when review is off or the proposer is the
-- seed. A published rating other than "not yet rated" must quote its evidence.
CREATE FUNCTION "verdict_review_is_allowed"() RETURNS TRIGGER
  LANGUAGE plpgsql AS $$
  DECLARE
    proposer text;
    verdict_rating "VerdictRating";
    required boolean;
  BEGIN
    SELECT v."proposed_by", v."rating" INTO proposer, verdict_rating
      FROM "verdict" v WHERE v."id" = NEW."verdict_id";
    SELECT s."verdict_review_required" INTO required FROM "site_setting" s WHERE s."id";
    IF (NEW."reviewed_by" IS NULL OR NEW."reviewed_by" = proposer)
       AND coalesce(required, true) AND proposer <> 'seed' THEN
      RAISE EXCEPTION 'verdict % was proposed by %: another staff member must review it',
        NEW."verdict_id", proposer USING ERRCODE = 'check_violation';
    END IF;
    IF NEW."decision" = 'APPROVED' AND verdict_rating <> 'NOT_YET_RATED'
       AND NOT EXISTS (SELECT 1 FROM "verdict_evidence" e WHERE e."verdict_id" = NEW."verdict_id") THEN
      RAISE EXCEPTION 'verdict % rates the pledge %: it needs at least one piece of evidence',
        NEW."verdict_id", verdict_rating USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "verdict_review_is_allowed" BEFORE INSERT ON "verdict_review"
  FOR EACH ROW EXECUTE FUNCTION "verdict_review_is_allowed"();

-- A published verdict changes the public pages; a proposal and its evidence do not, but raising the
-- version for them costs one cache refill, and staff pages read them fresh anyway.
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['verdict', 'verdict_evidence', 'verdict_review', 'site_setting'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()',
      name || '_bumps_data_version', name);
  END LOOP;
END
$$;
