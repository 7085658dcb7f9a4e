import { figuresQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toFigureDto, toPage } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { cachedResponse } from '@/lib/server/http/cached-response';
import { API_HEADERS, jsonResponse } from '@/lib/server/http/json-response';
import { parseQuery } from '@/lib/server/http/parse-query';
import { toErrorResponse } from '@/lib/server/http/to-error-response';

export const dynamic = 'force-dynamic';

/** Reported figures at their current revision, oldest first, with source and quote. */
export function GET(request: Request) {
  return cachedResponse(request, () => respond(request), API_HEADERS);
}

async function respond(request: Request) {
  try {
    const url = new URL(request.url);
    const { page, pageSize, ...filter } = parseQuery(figuresQuerySchema, url);
    const [indicators, total, figures] = await Promise.all([
      dashboard.listIndicators(),
      dashboard.countCurrentFigures(filter),
      dashboard.listCurrentFigures(filter, { offset: (page - 1) * pageSize, limit: pageSize }),
    ]);
    const units = new Map(indicators.map((indicator) => [indicator.slug, indicator]));
    const data = figures.map((figure) => toFigureDto(figure, units.get(figure.indicatorSlug)!));
    return jsonResponse(toPage(data, total, { number: page, size: pageSize }, url));
  } catch (error) {
    return toErrorResponse(error);
  }
}
