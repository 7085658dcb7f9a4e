import 'server-only';
import { createHash } from 'node:crypto';

/**
 * A cacheable JSON answer: a strong ETag over the body, so a client (or CDN) revalidating with
 * If-None-Match gets 304 without the body, and a short public max-age, because figures change
 * only when staff add or correct one.
 */
export function jsonResponse(
  request: Request,
  body: unknown,
  options: { maxAge?: number } = {},
): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': `public, max-age=${options.maxAge ?? 60}, stale-while-revalidate=300`,
    'Access-Control-Allow-Origin': '*',
    Vary: 'Accept-Encoding',
  };
  const match = request.headers.get('If-None-Match');
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, {
    status: 200,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  });
}
