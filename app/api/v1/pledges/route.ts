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
    const { page, pageSize, status, verdict, asOf, ...filter } = parseQuery(
      pledgesQuerySchema,
      url,
    );
    const day = asOf ?? todayInSeoul();
    const slice = { offset: (page - 1) * pageSize, limit: pageSize };
    // A status is computed, not stored: filtering by it (or by verdict) goes over every pledge's
    // row, kept per data version, and reads the page's pledges alone; without, SQL pages and counts.
    const { entries, total } =
      status || verdict
        ? await dashboard.listPledgePageByJudgement(filter, { status, verdict }, day, slice)
        : await dashboard.listPledgePage(filter, day, slice);
    const progress = translatorsFor('progress');
    const verdicts = translatorsFor('verdicts');
    const data = entries.map((entry) =>
      toPledgeDto(entry.pledge, entry.indicator, entry.status, progress, {
        summary: entry.verdict,
        words: verdicts,
      }),
    );
    return jsonResponse(toPage(data, total, { number: page, size: pageSize }, url));
  } catch (error) {
    return toErrorResponse(error);
  }
}
