import { searchQuerySchema, type searchResultsSchema } from '@/lib/domain/api-v1/schemas';
import { parseSearchText, toSearchHitList, toSearchHitPath } from '@/lib/domain/search-query';
import { dashboard } from '@/lib/server/dashboard';
import { cachedResponse } from '@/lib/server/http/cached-response';
import { API_HEADERS, jsonResponse } from '@/lib/server/http/json-response';
import { parseQuery } from '@/lib/server/http/parse-query';
import { toErrorResponse } from '@/lib/server/http/to-error-response';
import type { z } from 'zod';

export const dynamic = 'force-dynamic';

/**
 * Indicators, pledges, sources and quotes containing `q`, at most `limit` of each kind: names
 * first (lib/server/queries/search.ts). A bad `q` is a 400 naming what was wrong.
 */
export function GET(request: Request) {
  return cachedResponse(request, () => respond(request), API_HEADERS);
}

async function respond(request: Request) {
  try {
    const url = new URL(request.url);
    const query = parseQuery(searchQuerySchema, url);
    const parsed = parseSearchText(query.q);
    if (!parsed.ok) throw new Error('searchQuerySchema let an invalid text through');
    const results = await dashboard.search({
      text: parsed.text,
      kinds: query.kind ? [query.kind] : undefined,
      limit: query.limit,
    });
    const body: z.infer<typeof searchResultsSchema> = {
      query: parsed.text,
      complete: results.complete,
      data: toSearchHitList(results).map((hit) => ({
        kind: hit.kind,
        slug: hit.slug,
        name: hit.name,
        matched: hit.matched,
        rank: hit.rank,
        links: { page: toSearchHitPath(hit) },
      })),
    };
    return jsonResponse(body);
  } catch (error) {
    return toErrorResponse(error);
  }
}
