import { z } from 'zod';
import { chartPeriodParamSchema } from '@/lib/domain/chart-view';
import { loadChartModel } from '@/lib/server/charts/load-chart-model';
import { parseQuery } from '@/lib/server/http/parse-query';
import { HttpError, toErrorResponse } from '@/lib/server/http/to-error-response';
import { cachedResponse } from '@/lib/server/http/cached-response';

const querySchema = z.object({
  period: chartPeriodParamSchema,
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-01-31')
    .optional(),
});

/** The indicator chart's data for one period: what the browser refetches when the period changes. */
export function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  return cachedResponse(request, () => respond(request, context));
}

async function respond(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const query = parseQuery(querySchema, new URL(request.url));
    const chart = await loadChartModel(slug, query, { strict: true });
    if (!chart) throw new HttpError(404, `No indicator "${slug}".`);
    return Response.json(chart.model);
  } catch (error) {
    return toErrorResponse(error);
  }
}
