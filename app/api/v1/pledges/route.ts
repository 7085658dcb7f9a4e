import { translatorsFor } from '@/i18n/translators';
import { pledgesQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toPage, toPledgeDto } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { cachedResponse } from '@/lib/server/http/cached-response';
import { API_HEADERS, jsonResponse } from '@/lib/server/http/json-response';
import { parseQuery } from '@/lib/server/http/parse-query';
import { toErrorResponse } from '@/lib/server/http/to-error-response';
import { todayInSeoul } from '@/lib/server/today';

export const dynamic = 'force-dynamic';

/** Pledges with their computed status (as of today in Seoul, or `asOf`). */
export function GET(request: Request) {
  return cachedResponse(request, () => respond(request), API_HEADERS);
}

async function respond(request: Request) {
  try {
    const url = new URL(request.url);
    const { page, pageSize, status, asOf, ...filter } = parseQuery(pledgesQuerySchema, url);
    const all = (await dashboard.listPledgesWithStatus(filter, asOf ?? todayInSeoul())).filter(
      (entry) => !status || entry.status.status === status,
    );
    const start = (page - 1) * pageSize;
    const progress = translatorsFor('progress');
    const data = all
      .slice(start, start + pageSize)
      .map((entry) => toPledgeDto(entry.pledge, entry.indicator, entry.status, progress));
    return jsonResponse(toPage(data, all.length, { number: page, size: pageSize }, url));
  } catch (error) {
    return toErrorResponse(error);
  }
}
