-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "sample_key" TEXT;

-- CreateTable
CREATE TABLE "audit_refusal_count" (
    "sample_key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "last_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audit_refusal_count_pkey" PRIMARY KEY ("sample_key")
);

-- CreateTable
CREATE TABLE "staff_rate_limit" (
    "user_id" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "staff_rate_limit_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "audit_refusal_count_window_start_idx" ON "audit_refusal_count"("window_start");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_sample_key_key" ON "audit_event"("sample_key");

-- CreateIndex
CREATE INDEX "audit_event_occurred_at_id_idx" ON "audit_event"("occurred_at", "id");

-- CreateIndex
CREATE INDEX "audit_event_target_slug_occurred_at_idx" ON "audit_event"("target_slug", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_outcome_occurred_at_idx" ON "audit_event"("outcome", "occurred_at");

-- ---------------------------------------------------------------------------
-- Hand-written below: rules Prisma cannot express.
-- ---------------------------------------------------------------------------

-- Only refusals are sampled (anonymous ones, and a signed-in account's requests over its rate
-- limit); every change that went through keeps a row of its own.
ALTER TABLE "audit_event"
  ADD CONSTRAINT "audit_event_sample_only_refusals" CHECK ("sample_key" IS NULL OR "outcome" IN ('denied', 'invalid', 'limited'));

ALTER TABLE "audit_refusal_count"
  ADD CONSTRAINT "audit_refusal_count_positive" CHECK ("count" >= 1);

ALTER TABLE "staff_rate_limit"
  ADD CONSTRAINT "staff_rate_limit_positive" CHECK ("count" >= 1);

-- The counts are part of the evidence: they may grow, never shrink, move or disappear.
CREATE FUNCTION "refuse_refusal_count_change"() RETURNS TRIGGER
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW."sample_key" = OLD."sample_key"
       AND NEW."window_start" = OLD."window_start"
       AND NEW."count" > OLD."count"
       AND NEW."last_at" >= OLD."last_at" THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_refusal_count only grows: counts cannot be lowered, moved or removed'
      USING ERRCODE = 'restrict_violation';
  END
  $$;

CREATE TRIGGER "audit_refusal_count_only_grows" BEFORE UPDATE OR DELETE ON "audit_refusal_count"
  FOR EACH ROW EXECUTE FUNCTION "refuse_refusal_count_change"();
CREATE TRIGGER "audit_refusal_count_no_truncate" BEFORE TRUNCATE ON "audit_refusal_count"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_refusal_count_change"();
