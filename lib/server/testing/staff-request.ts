/**
 * Requests as the site's own pages send them, for tests and benchmarks (no test runner needed:
 * bench/import-worker.ts signs in with these).
 */
export const SITE = 'http://localhost:3000';

export interface StaffRequestOptions {
  method: string;
  body?: unknown;
  cookie?: string;
  /** The page the request claims to come from; null sends no Origin header at all. */
  origin?: string | null;
  headers?: Record<string, string>;
}

/** A request as the site's own pages send it: same-origin, JSON, with the session cookie. */
export function staffRequest(path: string, options: StaffRequestOptions): Request {
  const headers = new Headers({
    host: new URL(SITE).host,
    'x-forwarded-for': '203.0.113.7',
    'user-agent': 'vitest',
    ...options.headers,
  });
  const origin = options.origin === undefined ? SITE : options.origin;
  if (origin !== null) headers.set('origin', origin);
  if (options.cookie) headers.set('cookie', options.cookie);
  let body: BodyInit | undefined;
  if (options.body instanceof Uint8Array || typeof options.body === 'string')
    body = options.body as BodyInit;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set('content-type', 'application/json');
  }
  return new Request(new URL(path, SITE), { method: options.method, headers, body });
}

/** The `name=value` pairs a browser would send back from a response's Set-Cookie headers. */
export function toCookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .filter((pair) => !pair.endsWith('='))
    .join('; ');
}
