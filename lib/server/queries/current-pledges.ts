import type { PrismaClient } from '../../generated/prisma/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { computePledgeStatus, type PledgeStatus } from '../../domain/pledge-status.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord } from '../../domain/records.ts';
import type { DatePrecision, PledgeKind } from '../../domain/types.ts';
import type { VerdictSummary } from '../../domain/records.ts';
import { endOfDayInSeoul } from '../today.ts';
import { readCurrentFigures } from './current-figures.ts';
import { readVerdictEvidence } from './verdict-evidence.ts';
import {
  toVerdictSummary,
  VERDICT_COLUMNS,
  VERDICT_IN_FORCE,
  type VerdictRow,
} from './verdict-in-force.ts';
import {
  INDICATOR_COLUMNS,
  normalizeNumeric,
  SOURCE_COLUMNS,
  toIndicatorRecord,
  toSourceRef,
  type IndicatorRow,
  type SourceRow,
} from './sql-records.ts';

/**
 * Pledges at their current revision with their computed status, straight from SQL. A city has
 * thousands of pledges, not millions, so a request may read every pledge that matches its filter;
 * what it never does is read an indicator's figures. The status of a pledge rests on at most four
 * of them (see STATUS_EVIDENCE), which the database keeps per pledge: the work per pledge is a
 * few index probes, whatever the table holds.
 */

export interface PledgeFilter {
  indicator?: string;
  theme?: string;
  administration?: string;
  /** One pledge. */
  slug?: string;
  /** These pledges (a page's worth: one array parameter), still in the order they were entered. */
  slugs?: readonly string[];
}

export interface PledgeWithStatus {
  pledge: PledgeRecord;
  indicator: IndicatorRecord;
  status: PledgeStatus<FigureRecord>;
  /** The indicator's latest figure on the status date: context even where it is not evidence. */
  indicatorLatest: FigureRecord | null;
  /** The verdict in force at the end of the status date (Seoul), null when none was ever published. */
  verdict: VerdictSummary | null;
}

interface PledgeRow extends SourceRow, IndicatorRow, VerdictRow {
  slug: string;
  kind: PledgeKind;
  title_ko: string;
  title_en: string;
  target_value: string | null;
  deadline_on: string | null;
  deadline_precision: DatePrecision | null;
  deadline_inferred: boolean;
  baseline_value: string | null;
  baseline_on: string | null;
  baseline_precision: DatePrecision | null;
  baseline_assumed: boolean;
  announced_on: string;
  announced_precision: DatePrecision;
  quote: string;
  note_ko: string | null;
  note_en: string | null;
  revision: number;
  admin_slug: string;
  admin_name_ko: string;
  admin_name_en: string;
  mayor_ko: string;
  mayor_en: string;
  term_start: string;
  term_end: string;
  supersedes_slug: string | null;
  superseded_by_slug: string | null;
  /** The status evidence, as figure ids (null where there is none). */
  first_id: number | null;
  unreached_id: number | null;
  after_unreached_id: number | null;
  latest_id: number | null;
}

function whereClause(filter: PledgeFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.indicator) conditions.push(Prisma.sql`i.slug = ${filter.indicator}`);
  if (filter.theme) conditions.push(Prisma.sql`t.slug = ${filter.theme}`);
  if (filter.administration) conditions.push(Prisma.sql`a.slug = ${filter.administration}`);
  if (filter.slug) conditions.push(Prisma.sql`p.slug = ${filter.slug}`);
  if (filter.slugs) conditions.push(Prisma.sql`p.slug = ANY(${[...filter.slugs]}::text[])`);
  return Prisma.join(conditions, ' AND ');
}

/**
 * STATUS_EVIDENCE: the figures computePledgeStatus reads from the full, date-ordered list of
 * known figures are the first (the baseline when the pledge states none; whether there is more
 * than one), the latest, and where the run of figures at or past the target that ends with the
 * latest one began — which is the figure after the last one short of the target (or the first
 * figure, when none falls short). Given these four in order it returns what it returns for the
 * whole list (lib/server/queries/current-pledges.test.ts checks it against random data).
 *
 * SQL finds them (the function pledge_status_evidence, in the migration
 * 20261203010000_pledge_status_evidence), and the database keeps them per pledge over all figures
 * (pledge_evidence), because the last figure short of the target lies behind the whole run of
 * figures past it. The kept row answers for any status date on or after its indicator's latest
 * figure — today, nearly always; an earlier date (the API's `asOf`) is looked up on the spot.
 */
const EVIDENCE = (asOf: string) => Prisma.sql`
  LEFT JOIN pledge_evidence kept ON kept.pledge_id = p.id
    AND (kept.latest_on IS NULL OR kept.latest_on <= ${asOf}::date)
  LEFT JOIN LATERAL (
    SELECT * FROM pledge_status_evidence(p.indicator_id,
      p.kind = 'TARGET' AND r.target_value IS NOT NULL, r.target_value, i.higher_is_better,
      ${asOf}::date)
    WHERE kept.pledge_id IS NULL
    OFFSET 0 -- a fence: without it the planner joins first and filters after, looking up every pledge
  ) live ON TRUE`;

const EVIDENCE_COLUMNS = Prisma.raw(
  ['first_id', 'unreached_id', 'after_unreached_id', 'latest_id']
    .map((id) => `CASE WHEN kept.pledge_id IS NULL THEN live.${id} ELSE kept.${id} END AS ${id}`)
    .join(', '),
);

/** The SQL of listPledgesWithStatus (exported for EXPLAIN in benchmarks). */
export function pledgesWithEvidenceSql(
  filter: PledgeFilter,
  asOf: string,
  options: { perTheme?: number; page?: { offset: number; limit: number } } = {},
): Prisma.Sql {
  // The first pledges of each theme only (the overview's cards): ranked over the pledge table
  // alone, so evidence is looked up for the pledges shown and no others.
  const perTheme = options.perTheme
    ? Prisma.sql`AND p.id IN (
        SELECT ranked.id FROM (
          SELECT p2.id, row_number() OVER (PARTITION BY i2.theme_id ORDER BY p2.id) AS n
          FROM pledge p2 JOIN indicator i2 ON i2.id = p2.indicator_id
        ) ranked WHERE ranked.n <= ${options.perTheme})`
    : Prisma.empty;
  // One page of the matching pledges, as the table the query starts from: each of the page's
  // pledges is then joined by its id. As `p.id IN (page)` the planner joined every pledge's
  // current revision first and the page last once pledges were many (5,000 pledges: 5,000
  // revision probes, 16,800 buffers, 56 ms for a page of 100).
  const pledges = options.page
    ? Prisma.sql`(
        SELECT p.id FROM pledge p
        JOIN indicator i ON i.id = p.indicator_id
        JOIN theme t ON t.id = i.theme_id
        JOIN administration a ON a.id = p.administration_id
        WHERE ${whereClause(filter)}
        ORDER BY p.id OFFSET ${options.page.offset} LIMIT ${options.page.limit}
      ) shown JOIN pledge p ON p.id = shown.id`
    : Prisma.sql`pledge p`;
  return Prisma.sql`
    SELECT p.slug, p.kind::text AS kind, r.title_ko, r.title_en, r.target_value::text AS target_value,
      r.deadline_on::text AS deadline_on, r.deadline_precision::text AS deadline_precision,
      r.deadline_inferred, r.baseline_value::text AS baseline_value,
      r.baseline_on::text AS baseline_on, r.baseline_precision::text AS baseline_precision,
      r.baseline_assumed, r.announced_on::text AS announced_on,
      r.announced_precision::text AS announced_precision, r.quote, r.note_ko, r.note_en, r.revision,
      a.slug AS admin_slug, a.name_ko AS admin_name_ko, a.name_en AS admin_name_en, a.mayor_ko,
      a.mayor_en, a.term_start::text AS term_start, a.term_end::text AS term_end,
      sp.slug AS supersedes_slug, sb.slug AS superseded_by_slug,
      ${INDICATOR_COLUMNS}, ${SOURCE_COLUMNS},
      ${EVIDENCE_COLUMNS}, ${VERDICT_COLUMNS}
    FROM ${pledges}
    JOIN indicator i ON i.id = p.indicator_id
    JOIN theme t ON t.id = i.theme_id
    JOIN administration a ON a.id = p.administration_id
    JOIN LATERAL (
      SELECT * FROM pledge_revision pr WHERE pr.pledge_id = p.id ORDER BY pr.revision DESC LIMIT 1
    ) r ON TRUE
    JOIN source s ON s.id = r.source_id
    LEFT JOIN pledge sp ON sp.id = p.supersedes_id
    LEFT JOIN pledge sb ON sb.supersedes_id = p.id
    ${EVIDENCE(asOf)}
    ${VERDICT_IN_FORCE(endOfDayInSeoul(asOf))}
    WHERE ${whereClause(filter)} ${perTheme}
    ORDER BY p.id`;
}

/** Matching pledges in the order they were entered, each with its status as of `asOf`. */
export async function listPledgesWithStatus(
  db: PrismaClient,
  filter: PledgeFilter,
  asOf: string,
  options: {
    perTheme?: number;
    page?: { offset: number; limit: number };
    /** Also read each verdict's evidence (pages and files that quote it; the tracker does not). */
    verdictEvidence?: boolean;
  } = {},
): Promise<PledgeWithStatus[]> {
  const rows = await db.$queryRaw<PledgeRow[]>(pledgesWithEvidenceSql(filter, asOf, options));
  const verdictEvidence = options.verdictEvidence
    ? await readVerdictEvidence(
        db,
        rows.flatMap((row) => (row.verdict_id === null ? [] : [row.verdict_id])),
      )
    : null;
  const evidenceIds = rows.flatMap((row) =>
    [row.first_id, row.unreached_id, row.after_unreached_id, row.latest_id].filter(
      (id): id is number => id !== null,
    ),
  );
  const figures = await readCurrentFigures(db, [...new Set(evidenceIds)]);
  return rows.map((row) => {
    const pledge = toPledgeRecord(row);
    const indicator = toIndicatorRecord(row);
    // In date order, as the full list would have them; a figure may fill several roles.
    const evidence = [row.first_id, row.unreached_id, row.after_unreached_id, row.latest_id]
      .filter((id, index, ids): id is number => id !== null && ids.indexOf(id) === index)
      .map((id) => figures.get(id)!);
    const status = computePledgeStatus({ pledge, indicator, figures: evidence, asOf });
    const indicatorLatest = row.latest_id === null ? null : figures.get(row.latest_id)!;
    const verdict = toVerdictSummary(row);
    if (verdict && verdictEvidence) verdict.evidence = verdictEvidence.get(verdict.id) ?? [];
    return { pledge, indicator, status, indicatorLatest, verdict };
  });
}

function toPledgeRecord(row: PledgeRow): PledgeRecord {
  return {
    slug: row.slug,
    kind: row.kind,
    indicatorSlug: row.indicator_slug,
    titleKo: row.title_ko,
    titleEn: row.title_en,
    targetValue: row.target_value === null ? null : normalizeNumeric(row.target_value),
    deadline:
      row.deadline_on && row.deadline_precision
        ? { date: row.deadline_on, precision: row.deadline_precision }
        : null,
    deadlineInferred: row.deadline_inferred,
    baseline:
      row.baseline_value !== null && row.baseline_on && row.baseline_precision
        ? {
            value: normalizeNumeric(row.baseline_value),
            on: { date: row.baseline_on, precision: row.baseline_precision },
            assumed: row.baseline_assumed,
          }
        : null,
    announcedOn: { date: row.announced_on, precision: row.announced_precision },
    quote: row.quote,
    noteKo: row.note_ko,
    noteEn: row.note_en,
    revision: row.revision,
    administration: {
      slug: row.admin_slug,
      nameKo: row.admin_name_ko,
      nameEn: row.admin_name_en,
      mayorKo: row.mayor_ko,
      mayorEn: row.mayor_en,
      termStart: row.term_start,
      termEnd: row.term_end,
    },
    source: toSourceRef(row),
    supersedesSlug: row.supersedes_slug,
    supersededBySlug: row.superseded_by_slug,
  };
}

/** How many pledges match the filter. */
export async function countPledges(db: PrismaClient, filter: PledgeFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM pledge p
    JOIN indicator i ON i.id = p.indicator_id
    JOIN theme t ON t.id = i.theme_id
    JOIN administration a ON a.id = p.administration_id
    WHERE ${whereClause(filter)}`;
  return Number(row?.count ?? 0);
}
