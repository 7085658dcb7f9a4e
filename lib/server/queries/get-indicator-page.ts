import type { PrismaClient } from '../../generated/prisma/client.ts';
import { MAX_CHART_FIGURES, sampleByDay } from '../../domain/chart-model.ts';
import { toApproximateNumber } from '../../domain/exact-decimal.ts';
import { getLatestFigure, sortFiguresByDate } from '../../domain/latest-figure.ts';
import type { PledgeStatus } from '../../domain/pledge-status.ts';
import type {
  FigureRecord,
  IndicatorRecord,
  PledgeRecord,
  VerdictSummary,
} from '../../domain/records.ts';
import { isSlug } from '../../domain/slug.ts';
import { computeStatusesByPledge } from '../../domain/statuses-by-pledge.ts';
import {
  countCurrentFigures,
  latestIndicatorFigure,
  listCurrentFigures,
  listIndicatorFigures,
  sampleIndicatorFigures,
} from './current-figures.ts';
import { listPledgesWithStatus } from './current-pledges.ts';
import { readVerdictsInForce } from './verdict-in-force.ts';
import { listPledges } from './list-pledges.ts';
import { indicatorInclude, toIndicatorRecord } from './to-records.ts';

export interface IndicatorPageData {
  indicator: IndicatorRecord;
  figures: FigureRecord[];
  pledges: PledgeRecord[];
}

/** One indicator by slug; null when none has it (or the slug cannot be one). */
export async function getIndicator(
  db: PrismaClient,
  slug: string,
): Promise<IndicatorRecord | null> {
  if (!isSlug(slug)) return null;
  const row = await db.indicator.findUnique({ where: { slug }, include: indicatorInclude });
  return row ? toIndicatorRecord(row) : null;
}

/**
 * An indicator with every one of its figures and its pledges. Null when no indicator has this
 * slug: the page answers 404. With `recordedBy`, figures and pledges as the dashboard showed them
 * at that moment (see revisionCurrentAt). Bounded by the indicator, not the table; the pages of
 * the present day read getIndicatorView instead, which reads what they show.
 */
export async function getIndicatorPage(
  db: PrismaClient,
  slug: string,
  recordedBy?: Date,
): Promise<IndicatorPageData | null> {
  if (!isSlug(slug)) return null;
  const row = await db.indicator.findUnique({ where: { slug }, include: indicatorInclude });
  if (!row) return null;
  const [figures, pledges] = await Promise.all([
    listIndicatorFigures(db, row.id, recordedBy),
    listPledges(db, { indicatorId: row.id }, recordedBy),
  ]);
  return { indicator: toIndicatorRecord(row), figures, pledges };
}

/** Rows of an indicator page's figure table. */
export const FIGURES_PER_TABLE_PAGE = 100;

/** What an indicator's page, embed, chart API and chart images show. */
export interface IndicatorView {
  indicator: IndicatorRecord;
  pledges: PledgeRecord[];
  /** Each pledge's computed status on the status date, by pledge slug. */
  statuses: ReadonlyMap<string, PledgeStatus<FigureRecord>>;
  /** The verdict in force on each pledge that has one, by pledge slug (beside its status). */
  verdicts: ReadonlyMap<string, VerdictSummary>;
  /** The most recently dated figure (null: none reported). */
  latest: FigureRecord | null;
  figureCount: number;
  /** What the chart draws for its period: every figure in it, or a sample when `total` is more. */
  chart: { figures: FigureRecord[]; total: number };
  /** One page of the figure table in date order (empty when no page was asked for). */
  table: FigureRecord[];
}

export interface IndicatorViewRequest {
  /** The day statuses are computed for. */
  asOf: string;
  /** The chart's period (inclusive ISO dates); null for all. */
  period: { from: string; to: string } | null;
  /** The table page to read (from 1), or null for none. */
  tablePage: number | null;
  /** The dashboard as it was at this moment (see getIndicatorPage). */
  recordedBy?: Date;
}

/**
 * An indicator as its pages show it, reading what they show: the statuses from the evidence the
 * database keeps per pledge, the chart's sample and one table page from current_figure's
 * (indicator, date) index, the count from indicator_figure_count. A view of a past moment reads
 * the indicator's whole history instead (getIndicatorPage) and computes the same in memory.
 */
export async function getIndicatorView(
  db: PrismaClient,
  slug: string,
  request: IndicatorViewRequest,
): Promise<IndicatorView | null> {
  if (request.recordedBy) return viewOfThePast(db, slug, request, request.recordedBy);
  if (!isSlug(slug)) return null;
  const row = await db.indicator.findUnique({ where: { slug }, include: indicatorInclude });
  if (!row) return null;
  const table = request.tablePage
    ? listCurrentFigures(
        db,
        { indicator: slug },
        { offset: (request.tablePage - 1) * FIGURES_PER_TABLE_PAGE, limit: FIGURES_PER_TABLE_PAGE },
      )
    : Promise.resolve([]);
  const [entries, latest, figureCount, chart, tableFigures] = await Promise.all([
    // With each verdict's evidence: the page, embed and images quote it (a few pledges' worth).
    listPledgesWithStatus(db, { indicator: slug }, request.asOf, { verdictEvidence: true }),
    latestIndicatorFigure(db, row.id),
    countCurrentFigures(db, { indicator: slug }),
    sampleIndicatorFigures(db, row.id, request.period, MAX_CHART_FIGURES),
    table,
  ]);
  return {
    indicator: toIndicatorRecord(row),
    pledges: entries.map((entry) => entry.pledge),
    statuses: new Map(entries.map((entry) => [entry.pledge.slug, entry.status])),
    verdicts: new Map(
      entries.flatMap((entry) => (entry.verdict ? [[entry.pledge.slug, entry.verdict]] : [])),
    ),
    latest,
    figureCount: figureCount ?? 0,
    chart,
    table: tableFigures,
  };
}

async function viewOfThePast(
  db: PrismaClient,
  slug: string,
  request: IndicatorViewRequest,
  recordedBy: Date,
): Promise<IndicatorView | null> {
  const page = await getIndicatorPage(db, slug, recordedBy);
  if (!page) return null;
  const figures = sortFiguresByDate(page.figures);
  const { period } = request;
  const inPeriod = period
    ? figures.filter(
        (figure) => figure.observedOn.date >= period.from && figure.observedOn.date <= period.to,
      )
    : figures;
  const first = ((request.tablePage ?? 1) - 1) * FIGURES_PER_TABLE_PAGE;
  return {
    indicator: page.indicator,
    pledges: page.pledges,
    statuses: computeStatusesByPledge(page.indicator, page.pledges, figures, request.asOf),
    verdicts: await readVerdictsInForce(
      db,
      page.pledges.map((pledge) => pledge.slug),
      recordedBy,
      { evidence: true },
    ),
    latest: getLatestFigure(figures),
    figureCount: figures.length,
    chart: {
      figures: sampleByDay(
        inPeriod,
        {
          day: (figure) => figure.observedOn.date,
          y: (figure) => toApproximateNumber(figure.value),
        },
        MAX_CHART_FIGURES,
      ),
      total: inPeriod.length,
    },
    table: request.tablePage ? figures.slice(first, first + FIGURES_PER_TABLE_PAGE) : [],
  };
}
