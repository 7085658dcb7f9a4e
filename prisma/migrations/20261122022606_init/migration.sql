-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "Unit" AS ENUM ('KRW', 'PERCENT', 'COMPANIES', 'ORGANIZATIONS', 'PEOPLE', 'PETAFLOPS', 'MONTHS', 'FACILITIES');

-- CreateEnum
CREATE TYPE "Measure" AS ENUM ('CUMULATIVE', 'LEVEL');

-- CreateEnum
CREATE TYPE "PledgeKind" AS ENUM ('TARGET', 'MILESTONE');

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publisher_inferred" BOOLEAN NOT NULL,
    "publisher_note" TEXT,
    "published_on" DATE NOT NULL,
    "published_precision" "DatePrecision" NOT NULL,
    "published_inferred" BOOLEAN NOT NULL,
    "date_note" TEXT,
    "author" TEXT,
    "language" TEXT NOT NULL,
    "url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "theme" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name_ko" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "administration" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name_ko" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "mayor_ko" TEXT NOT NULL,
    "mayor_en" TEXT NOT NULL,
    "term_start" DATE NOT NULL,
    "term_end" DATE NOT NULL,

    CONSTRAINT "administration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "theme_id" INTEGER NOT NULL,
    "name_ko" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_ko" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "measure" "Measure" NOT NULL,
    "higher_is_better" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figure" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figure_revision" (
    "id" SERIAL NOT NULL,
    "figure_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "observed_on" DATE NOT NULL,
    "observed_precision" "DatePrecision" NOT NULL,
    "source_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "note_ko" TEXT,
    "note_en" TEXT,
    "reason" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figure_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pledge" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PledgeKind" NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "administration_id" INTEGER NOT NULL,
    "supersedes_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pledge_revision" (
    "id" SERIAL NOT NULL,
    "pledge_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "title_ko" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "target_value" DECIMAL(24,6),
    "deadline_on" DATE,
    "deadline_precision" "DatePrecision",
    "deadline_inferred" BOOLEAN NOT NULL DEFAULT false,
    "baseline_value" DECIMAL(24,6),
    "baseline_on" DATE,
    "baseline_precision" "DatePrecision",
    "baseline_assumed" BOOLEAN NOT NULL DEFAULT false,
    "announced_on" DATE NOT NULL,
    "announced_precision" "DatePrecision" NOT NULL,
    "source_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "note_ko" TEXT,
    "note_en" TEXT,
    "reason" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pledge_revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_slug_key" ON "source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "theme_slug_key" ON "theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "administration_slug_key" ON "administration"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_slug_key" ON "indicator"("slug");

-- CreateIndex
CREATE INDEX "indicator_theme_id_idx" ON "indicator"("theme_id");

-- CreateIndex
CREATE UNIQUE INDEX "figure_slug_key" ON "figure"("slug");

-- CreateIndex
CREATE INDEX "figure_indicator_id_idx" ON "figure"("indicator_id");

-- CreateIndex
CREATE INDEX "figure_revision_source_id_idx" ON "figure_revision"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "figure_revision_figure_id_revision_key" ON "figure_revision"("figure_id", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "pledge_slug_key" ON "pledge"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "pledge_supersedes_id_key" ON "pledge"("supersedes_id");

-- CreateIndex
CREATE INDEX "pledge_indicator_id_idx" ON "pledge"("indicator_id");

-- CreateIndex
CREATE INDEX "pledge_administration_id_idx" ON "pledge"("administration_id");

-- CreateIndex
CREATE INDEX "pledge_revision_source_id_idx" ON "pledge_revision"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "pledge_revision_pledge_id_revision_key" ON "pledge_revision"("pledge_id", "revision");

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_revision" ADD CONSTRAINT "figure_revision_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_revision" ADD CONSTRAINT "figure_revision_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge" ADD CONSTRAINT "pledge_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge" ADD CONSTRAINT "pledge_administration_id_fkey" FOREIGN KEY ("administration_id") REFERENCES "administration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge" ADD CONSTRAINT "pledge_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge_revision" ADD CONSTRAINT "pledge_revision_pledge_id_fkey" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge_revision" ADD CONSTRAINT "pledge_revision_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written below: rules Prisma cannot express, enforced by the database itself
-- so that no code path (app, seed, raw SQL) can store a figure without its evidence.
-- "Present" text must contain a non-space character (`~ '\S'`): a quote of blanks is no quote.
-- ---------------------------------------------------------------------------

-- A date stored with MONTH precision is the 1st of its month; with YEAR precision, 1 January.
-- One canonical form per period keeps comparisons and exports honest.
CREATE FUNCTION "date_fits_precision"(d DATE, p "DatePrecision") RETURNS BOOLEAN
  LANGUAGE SQL IMMUTABLE AS $$
    SELECT CASE p
      WHEN 'DAY' THEN TRUE
      WHEN 'MONTH' THEN EXTRACT(DAY FROM d) = 1
      WHEN 'YEAR' THEN EXTRACT(DAY FROM d) = 1 AND EXTRACT(MONTH FROM d) = 1
    END
  $$;

ALTER TABLE "source"
  ADD CONSTRAINT "source_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "source_title_present" CHECK ("title" ~ '\S'),
  ADD CONSTRAINT "source_publisher_present" CHECK ("publisher" ~ '\S'),
  ADD CONSTRAINT "source_published_precision" CHECK ("date_fits_precision"("published_on", "published_precision")),
  ADD CONSTRAINT "source_inferred_date_explained" CHECK (NOT "published_inferred" OR coalesce("date_note", '') ~ '\S'),
  ADD CONSTRAINT "source_inferred_publisher_explained" CHECK (NOT "publisher_inferred" OR coalesce("publisher_note", '') ~ '\S');

ALTER TABLE "theme" ADD CONSTRAINT "theme_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "administration"
  ADD CONSTRAINT "administration_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "administration_term_order" CHECK ("term_start" < "term_end");
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "figure" ADD CONSTRAINT "figure_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "pledge"
  ADD CONSTRAINT "pledge_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "pledge_not_self_superseding" CHECK ("supersedes_id" IS DISTINCT FROM "id");

ALTER TABLE "figure_revision"
  ADD CONSTRAINT "figure_revision_quote_present" CHECK ("quote" ~ '\S'),
  ADD CONSTRAINT "figure_revision_number_positive" CHECK ("revision" >= 1),
  ADD CONSTRAINT "figure_revision_reason_for_corrections" CHECK ("revision" = 1 OR coalesce("reason", '') ~ '\S'),
  ADD CONSTRAINT "figure_revision_observed_precision" CHECK ("date_fits_precision"("observed_on", "observed_precision")),
  ADD CONSTRAINT "figure_revision_author_present" CHECK ("created_by" ~ '\S');

ALTER TABLE "pledge_revision"
  ADD CONSTRAINT "pledge_revision_quote_present" CHECK ("quote" ~ '\S'),
  ADD CONSTRAINT "pledge_revision_titles_present" CHECK ("title_ko" ~ '\S' AND "title_en" ~ '\S'),
  ADD CONSTRAINT "pledge_revision_number_positive" CHECK ("revision" >= 1),
  ADD CONSTRAINT "pledge_revision_reason_for_corrections" CHECK ("revision" = 1 OR coalesce("reason", '') ~ '\S'),
  ADD CONSTRAINT "pledge_revision_deadline_complete" CHECK (("deadline_on" IS NULL) = ("deadline_precision" IS NULL)),
  ADD CONSTRAINT "pledge_revision_deadline_precision" CHECK ("deadline_on" IS NULL OR "date_fits_precision"("deadline_on", "deadline_precision")),
  ADD CONSTRAINT "pledge_revision_baseline_complete" CHECK (
    ("baseline_value" IS NULL) = ("baseline_on" IS NULL) AND ("baseline_on" IS NULL) = ("baseline_precision" IS NULL)),
  ADD CONSTRAINT "pledge_revision_baseline_precision" CHECK ("baseline_on" IS NULL OR "date_fits_precision"("baseline_on", "baseline_precision")),
  ADD CONSTRAINT "pledge_revision_announced_precision" CHECK ("date_fits_precision"("announced_on", "announced_precision")),
  ADD CONSTRAINT "pledge_revision_author_present" CHECK ("created_by" ~ '\S');

-- A TARGET pledge names a number; a MILESTONE promises an event without one. The kind lives on
-- the pledge and the number on its revisions, so a trigger checks the pair.
CREATE FUNCTION "pledge_revision_matches_kind"() RETURNS TRIGGER
  LANGUAGE plpgsql AS $$
  DECLARE pledge_kind "PledgeKind";
  BEGIN
    SELECT "kind" INTO pledge_kind FROM "pledge" WHERE "id" = NEW."pledge_id";
    IF pledge_kind = 'TARGET' AND NEW."target_value" IS NULL THEN
      RAISE EXCEPTION 'pledge % is a TARGET pledge: target_value is required', NEW."pledge_id"
        USING ERRCODE = 'check_violation';
    END IF;
    IF pledge_kind = 'MILESTONE' AND NEW."target_value" IS NOT NULL THEN
      RAISE EXCEPTION 'pledge % is a MILESTONE pledge: it has no target_value', NEW."pledge_id"
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "pledge_revision_matches_kind" BEFORE INSERT ON "pledge_revision"
  FOR EACH ROW EXECUTE FUNCTION "pledge_revision_matches_kind"();

-- Revisions are history: a correction appends a new revision, nothing rewrites or removes one.
CREATE FUNCTION "refuse_history_change"() RETURNS TRIGGER
  LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% is append-only: add a new revision with a reason instead of % an existing one',
      TG_TABLE_NAME, CASE TG_OP WHEN 'DELETE' THEN 'deleting' ELSE 'changing' END
      USING ERRCODE = 'restrict_violation';
  END
  $$;

CREATE TRIGGER "figure_revision_append_only" BEFORE UPDATE OR DELETE ON "figure_revision"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "pledge_revision_append_only" BEFORE UPDATE OR DELETE ON "pledge_revision"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "figure_revision_no_truncate" BEFORE TRUNCATE ON "figure_revision"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "pledge_revision_no_truncate" BEFORE TRUNCATE ON "pledge_revision"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
