import 'server-only';
import { parseAsOfDate } from '../../domain/as-of-date.ts';
import { filterChartModel, toChartModel, type ChartModel } from '../../domain/chart-model.ts';
import { ALL_PERIODS, getChartPeriodWindow } from '../../domain/chart-period.ts';
import type { PledgeStatus } from '../../domain/pledge-status.ts';
import type { AdministrationRef } from '../../domain/records.ts';
import { EARLIEST_YEAR } from '../../domain/year-range.ts';
import { dashboard } from '../dashboard.ts';
import { HttpError } from '../http/to-error-response.ts';
import type { IndicatorView } from '../queries/get-indicator-page.ts';
import { todayInSeoul } from '../today.ts';

export interface ChartModelData {
  page: IndicatorView;
  administrations: readonly AdministrationRef[];
  /** The period drawn: the one asked for, or "all" where a page fell back. */
  period: string;
  statuses: ReadonlyMap<string, PledgeStatus>;
  model: ChartModel;
  /** The day statuses are computed for. */
  asOf: string;
  /** Set when the request asks for the dashboard as it was at the end of a past day (`asOf`). */
  historicalAsOf: string | null;
}

/**
 * The one place an indicator chart's data is built: for the page and its embed, the chart API
 * the browser refetches when the period changes, and the chart images. Null for an unknown
 * indicator.
 *
 * A request the URL gets wrong is treated two ways on purpose. `strict` (the API and images,
 * which a program calls): a period that names no administration, or an `asOf` that is no past
 * day, answers 400 saying what was expected. Otherwise (pages, which people open from shared
 * links): the chart falls back to all periods and to today, so a mistyped link still shows it.
 */
export async function loadChartModel(
  slug: string,
  request: { period: string; asOf?: unknown; tablePage?: number },
  { strict }: { strict: boolean },
): Promise<ChartModelData | null> {
  const today = todayInSeoul();
  const historicalAsOf = parseAsOfDate(request.asOf, today);
  if (strict && request.asOf !== undefined && historicalAsOf === null) {
    throw new HttpError(
      400,
      `Invalid query parameter "asOf": "${String(request.asOf)}" is not a past day from ${EARLIEST_YEAR}-01-01 to yesterday.`,
      'asOf',
    );
  }
  const administrations = await dashboard.listAdministrations();
  const window = getChartPeriodWindow(request.period, administrations);
  if (window === undefined && strict) {
    if (!(await dashboard.getIndicator(slug))) return null;
    const known = administrations.map((administration) => administration.slug).join(', ');
    throw new HttpError(
      400,
      `Invalid query parameter "period": "${request.period}" is not "all" or one of ${known}.`,
      'period',
    );
  }
  const period = window === undefined ? ALL_PERIODS : request.period;
  // Statuses are computed as of the day shown: a past view says what the dashboard said then.
  const asOf = historicalAsOf ?? today;
  const page = await dashboard.getIndicatorView(
    slug,
    asOf,
    period,
    historicalAsOf,
    request.tablePage ?? null,
  );
  if (!page) return null;
  const { statuses, chart } = page;
  const model = filterChartModel(
    toChartModel(chart.figures, page.pledges, statuses),
    window ?? null,
  );
  return {
    page,
    administrations,
    period,
    statuses,
    model: chart.total > chart.figures.length ? { ...model, sampledFrom: chart.total } : model,
    asOf,
    historicalAsOf,
  };
}
