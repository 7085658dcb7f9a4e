import { z } from 'zod';
import { ALL_PERIODS, getChartPeriodWindow } from '@/lib/domain/chart-period';
import { filterChartModel, toChartModel } from '@/lib/domain/chart-model';
import { parseAsOfDate } from '@/lib/domain/as-of-date';
import { computeStatusesByPledge } from '@/lib/domain/statuses-by-pledge';
import { dashboard } from '@/lib/server/dashboard';
import { todayInSeoul } from '@/lib/server/today';
import { EARLIEST_YEAR } from '@/lib/domain/year-range';
import { parseQuery } from '@/lib/server/http/parse-query';
import { HttpError, toErrorResponse } from '@/lib/server/http/to-error-response';

const querySchema = z.object({
  period: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'must be "all" or an administration slug such as "min-8"')
    .default(ALL_PERIODS),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-01-31')
    .optional(),
});

/** The indicator chart's data for one period: what the browser refetches when the period changes. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const query = parseQuery(querySchema, new URL(request.url));
    const today = todayInSeoul();
    const asOf = parseAsOfDate(query.asOf, today);
    if (query.asOf && !asOf) {
      throw new HttpError(
        400,
        `Invalid query parameter "asOf": "${query.asOf}" is not a past day from ${EARLIEST_YEAR}-01-01 to yesterday.`,
        'asOf',
      );
    }
    const [page, administrations] = await Promise.all([
      dashboard.getIndicatorPage(slug, asOf ?? undefined),
      dashboard.listAdministrations(),
    ]);
    if (!page) throw new HttpError(404, `No indicator "${slug}".`);
    const window = getChartPeriodWindow(query.period, administrations);
    if (window === undefined) {
      const known = administrations.map((administration) => administration.slug).join(', ');
      throw new HttpError(
        400,
        `Invalid query parameter "period": "${query.period}" is not "all" or one of ${known}.`,
        'period',
      );
    }
    const statuses = computeStatusesByPledge(
      page.indicator,
      page.pledges,
      page.figures,
      asOf ?? today,
    );
    return Response.json(
      filterChartModel(toChartModel(page.figures, page.pledges, statuses), window),
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
