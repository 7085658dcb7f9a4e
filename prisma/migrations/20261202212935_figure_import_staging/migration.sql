-- Staging for figure imports (lib/server/staff/import-figures.ts): each import writes its checked
-- rows here, reconciles and inserts them with set-based SQL, and deletes them, all in its own
-- transaction. UNLOGGED: nothing here must survive a crash (an interrupted transaction's rows are
-- gone anyway), and skipping the WAL halves the cost of staging 200,000 rows. The app role cannot
-- create temporary tables (README, "Least privilege"), so the table is permanent and shared,
-- keyed by a random id per import.
-- CreateTable
CREATE UNLOGGED TABLE "figure_import_row" (
    "import_id" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "indicator" TEXT,
    "value" TEXT,
    "observed_on" DATE,
    "precision" "DatePrecision",
    "source" TEXT,
    "quote" TEXT,
    "note_ko" TEXT,
    "note_en" TEXT,
    "slug" TEXT,
    "base_slug" TEXT,
    "issues" JSONB NOT NULL DEFAULT '[]',
    "issue_count" INTEGER NOT NULL DEFAULT 0,
    "first_row" INTEGER,
    "duplicate_of" TEXT,
    "conflict_id" INTEGER,
    "slug_issue" TEXT,
    "slug_first_row" INTEGER,
    "status" TEXT,
    "out_slug" TEXT,

    CONSTRAINT "figure_import_row_pkey" PRIMARY KEY ("import_id","row")
);
