import { searchQuerySchema, type searchResultsSchema } from '@/lib/domain/api-v1/schemas';
import { parseSearchText, toSearchHitList, toSearchHitPath } from '@/lib/domain/search-query';
import { dashboard } from '@/lib/server/dashboard';
import { UNCACHED } from '@/lib/server/cache/public-cache';
import { jsonResponse } from '@/lib/server/http/json-response';
import { publicApiRead } from '@/lib/server/http/public-api-read';
import type { z } from 'zod';

export const dynamic = 'force-dynamic';

/**
 * Indicators, pledges, sources and quotes containing `q`, at most `limit` of each kind: names
 * first (lib/server/queries/search.ts). A bad `q` is a 400 naming what was wrong. An answer
 * without its quotes (`complete: false`) is not cached.
 */
export const GET = publicApiRead(searchQuerySchema, async (query) => {
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
  // Quotes left out for lack of time (the words in too many quotes, or a busy moment) make an
  // answer no cache may keep: the next request may have the time.
  if (results.complete) return body;
  const response = jsonResponse(body);
  response.headers.set('Cache-Control', UNCACHED);
  return response;
});
