import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import {
  FEED_KIND_RANK,
  mergeFeedEntries,
  type FeedCursor,
  type FeedEntryKind,
  type FeedEntryRecord,
  type FeedScope,
} from '../../domain/feed.ts';
import type { DatePrecision, Unit } from '../../domain/types.ts';
import type { VerdictRating } from '../../domain/verdict.ts';
import { normalizeNumeric } from './sql-records.ts';

/**
 * The feed of what changed, newest first: every figure revision (1: a new figure, 2+: a
 * correction), every pledge revision (new pledge, correction) and every verdict an APPROVED review
 * published. Each kind is one ordered index scan that stops after `limit + 1` rows:
 * figure_revision and pledge_revision by (created_at, id), verdict_review by reviewed_at — so the
 * work is the page, not the history (migration feed_indexes; DEVELOPERS.md has the EXPLAINs).
 * One indicator's feed scans figure_revision (indicator_id, created_at, id) the same way (the
 * database sets a revision's indicator_id on insert: migration figure_revision_indicator);
 * pledges and verdicts are few and read through their pledges.
 *
 * Null when the scope names an indicator or administration that does not exist.
 */
export async function listFeedEntries(
  db: PrismaClient,
  scope: FeedScope,
  page: { limit: number; after?: FeedCursor },
): Promise<{
  subject: { nameKo: string; nameEn: string } | null;
  entries: FeedEntryRecord[];
  next: FeedCursor | null;
} | null> {
  const subject = await findSubject(db, scope);
  if (subject === undefined) return null;
  const take = page.limit + 1;
  const [figures, pledges, verdicts] = await Promise.all([
    scope.scope === 'administration' ? [] : listFigureEntries(db, subject?.id, page.after, take),
    listPledgeEntries(db, scope, subject?.id, page.after, take),
    listVerdictEntries(db, scope, subject?.id, page.after, take),
  ]);
  const { entries, next } = mergeFeedEntries<FeedEntryRecord>(
    [figures, pledges, verdicts],
    page.limit,
  );
  return {
    subject: subject && { nameKo: subject.nameKo, nameEn: subject.nameEn },
    entries,
    next,
  };
}

type Subject = { id: number; nameKo: string; nameEn: string };

/** null: the whole site; undefined: no such indicator or administration. */
async function findSubject(
  db: PrismaClient,
  scope: FeedScope,
): Promise<Subject | null | undefined> {
  if (scope.scope === 'all') return null;
  const where = { slug: scope.slug };
  const select = { id: true, nameKo: true, nameEn: true };
  const row =
    scope.scope === 'indicator'
      ? await db.indicator.findUnique({ where, select })
      : await db.administration.findUnique({ where, select });
  return row ?? undefined;
}

/**
 * Rows of one kind after the cursor in the feed's order: (at, kind rank, id) below the cursor's.
 * Written per kind as a plain comparison on (time, id), which the (created_at, id) index serves.
 */
function afterCursor(
  kind: FeedEntryKind,
  after: FeedCursor | undefined,
  at: Prisma.Sql,
  id: Prisma.Sql,
): Prisma.Sql {
  if (!after) return Prisma.sql`TRUE`;
  const rank = FEED_KIND_RANK[kind] - FEED_KIND_RANK[after.kind];
  const time = Prisma.sql`${after.at}::timestamptz`;
  if (rank < 0) return Prisma.sql`${at} <= ${time}`;
  if (rank > 0) return Prisma.sql`${at} < ${time}`;
  return Prisma.sql`(${at}, ${id}) < (${time}, ${after.id}::int)`;
}

interface QuotedRow {
  id: number;
  at: Date;
  revision: number;
  slug: string;
  reason: string | null;
  quote: string;
  source_title: string;
}

/** What a figure's and a pledge's revision say alike: which, when, why, and the quote. */
const toQuotedFields = (row: QuotedRow) => ({
  id: row.id,
  at: row.at.toISOString(),
  revision: row.revision,
  slug: row.slug,
  reason: row.reason,
  quote: row.quote,
  sourceTitle: row.source_title,
});

async function listFigureEntries(
  db: PrismaClient,
  indicatorId: number | undefined,
  after: FeedCursor | undefined,
  take: number,
): Promise<FeedEntryRecord[]> {
  const rows = await db.$queryRaw<
    (QuotedRow & {
      indicator_slug: string;
      indicator_name_ko: string;
      indicator_name_en: string;
      unit: Unit;
      value: string;
      observed_on: string;
      observed_precision: DatePrecision;
    })[]
  >`
    SELECT r.id, r.created_at AS at, r.revision, f.slug, r.reason, r.quote, s.title AS source_title,
           i.slug AS indicator_slug, i.name_ko AS indicator_name_ko, i.name_en AS indicator_name_en,
           i.unit::text AS unit, r.value::text AS value, r.observed_on::text AS observed_on,
           r.observed_precision::text AS observed_precision
    FROM figure_revision r
    JOIN figure f ON f.id = r.figure_id
    JOIN indicator i ON i.id = f.indicator_id
    JOIN source s ON s.id = r.source_id
    WHERE ${indicatorId === undefined ? Prisma.sql`TRUE` : Prisma.sql`r.indicator_id = ${indicatorId}`}
      AND ${afterCursor('figure', after, Prisma.sql`r.created_at`, Prisma.sql`r.id`)}
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT ${take}`;
  return rows.map((row) => ({
    kind: 'figure',
    ...toQuotedFields(row),
    indicatorSlug: row.indicator_slug,
    indicatorNameKo: row.indicator_name_ko,
    indicatorNameEn: row.indicator_name_en,
    unit: row.unit,
    value: normalizeNumeric(row.value),
    observedOn: { date: row.observed_on, precision: row.observed_precision },
  }));
}

function pledgeScope(scope: FeedScope, subjectId: number | undefined): Prisma.Sql {
  if (scope.scope === 'indicator') return Prisma.sql`p.indicator_id = ${subjectId}`;
  if (scope.scope === 'administration') return Prisma.sql`p.administration_id = ${subjectId}`;
  return Prisma.sql`TRUE`;
}

async function listPledgeEntries(
  db: PrismaClient,
  scope: FeedScope,
  subjectId: number | undefined,
  after: FeedCursor | undefined,
  take: number,
): Promise<FeedEntryRecord[]> {
  const rows = await db.$queryRaw<(QuotedRow & { title_ko: string; title_en: string })[]>`
    SELECT r.id, r.created_at AS at, r.revision, p.slug, r.reason, r.quote, s.title AS source_title,
           r.title_ko, r.title_en
    FROM pledge_revision r
    JOIN pledge p ON p.id = r.pledge_id
    JOIN source s ON s.id = r.source_id
    WHERE ${pledgeScope(scope, subjectId)}
      AND ${afterCursor('pledge', after, Prisma.sql`r.created_at`, Prisma.sql`r.id`)}
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT ${take}`;
  return rows.map((row) => ({
    kind: 'pledge',
    ...toQuotedFields(row),
    titleKo: row.title_ko,
    titleEn: row.title_en,
  }));
}

async function listVerdictEntries(
  db: PrismaClient,
  scope: FeedScope,
  subjectId: number | undefined,
  after: FeedCursor | undefined,
  take: number,
): Promise<FeedEntryRecord[]> {
  const rows = await db.$queryRaw<
    {
      id: number;
      at: Date;
      slug: string;
      rating: VerdictRating;
      reasoning_ko: string;
      reasoning_en: string;
      title_ko: string;
      title_en: string;
      quote: string | null;
      source_title: string | null;
    }[]
  >`
    SELECT v.id, vr.reviewed_at AS at, p.slug, v.rating::text AS rating,
           v.reasoning_ko, v.reasoning_en, t.title_ko, t.title_en, e.quote, e.source_title
    FROM verdict_review vr
    JOIN verdict v ON v.id = vr.verdict_id
    JOIN pledge p ON p.id = v.pledge_id
    -- The pledge's current title (the highest revision), and the verdict's first evidence.
    CROSS JOIN LATERAL (
      SELECT title_ko, title_en FROM pledge_revision
      WHERE pledge_id = p.id ORDER BY revision DESC LIMIT 1
    ) t
    LEFT JOIN LATERAL (
      SELECT ve.quote, s.title AS source_title FROM verdict_evidence ve
      JOIN source s ON s.id = ve.source_id
      WHERE ve.verdict_id = v.id ORDER BY ve.position LIMIT 1
    ) e ON TRUE
    WHERE vr.decision = 'APPROVED'
      AND ${pledgeScope(scope, subjectId)}
      AND ${afterCursor('verdict', after, Prisma.sql`vr.reviewed_at`, Prisma.sql`v.id`)}
    ORDER BY vr.reviewed_at DESC, v.id DESC
    LIMIT ${take}`;
  return rows.map((row) => ({
    kind: 'verdict',
    id: row.id,
    at: row.at.toISOString(),
    slug: row.slug,
    titleKo: row.title_ko,
    titleEn: row.title_en,
    rating: row.rating,
    reasoningKo: row.reasoning_ko,
    reasoningEn: row.reasoning_en,
    evidence:
      row.quote !== null && row.source_title !== null
        ? { quote: row.quote, sourceTitle: row.source_title }
        : null,
  }));
}
