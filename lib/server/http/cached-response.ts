import 'server-only';
import { matchesEtag, readPublicCacheKey, UNCACHED } from '../cache/public-cache.ts';

/**
 * A public answer (API, chart image, download) a shared cache may keep: if the request's
 * If-None-Match names the current tag, 304 at once, without a query; otherwise `build()`, whose
 * successful answer gets the tag and the public Cache-Control. Failures keep their own headers
 * (no-store, from toErrorResponse), and so does an answer `build()` marked UNCACHED itself. When
 * the data version is unknown, the answer is built and marked uncacheable: nothing stale is ever
 * labelled current.
 */
export async function cachedResponse(
  request: Request,
  build: () => Promise<Response>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const url = new URL(request.url);
  const key = await readPublicCacheKey(url.pathname + url.search).catch((error: Error) => {
    console.error('[pledgeboard] cache key unavailable, answering uncached:', error.message);
    return null;
  });
  if (key && matchesEtag(request.headers.get('if-none-match'), key.etag)) {
    return new Response(null, {
      status: 304,
      headers: { ...headers, ETag: key.etag, 'Cache-Control': key.cacheControl },
    });
  }
  const response = await build();
  // An answer that must not be kept (a search that left quotes out for lack of time) says so.
  if (response.status !== 200 || response.headers.get('Cache-Control') === UNCACHED)
    return response;
  if (key) response.headers.set('ETag', key.etag);
  response.headers.set('Cache-Control', key?.cacheControl ?? UNCACHED);
  return response;
}
