import 'server-only';

/** What every public API answer carries: any site's scripts may read it. */
export const API_HEADERS = { 'Access-Control-Allow-Origin': '*' } as const;

/**
 * A public JSON answer. Its validator and caching are added by `cachedResponse`
 * (lib/server/http/cached-response.ts), which answers a matching If-None-Match before this body
 * is ever built.
 */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { ...API_HEADERS, 'Content-Type': 'application/json; charset=utf-8' },
  });
}
