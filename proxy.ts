import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { rejectMalformedPath } from './lib/server/http/reject-malformed-path';
import { buildSecurityHeaders, createNonce, isEmbedPath } from './lib/server/http/security-headers';

const handleI18nRouting = createMiddleware(routing);

// Pages: not API routes, downloads, chart images, Next's own files or anything with a file extension.
const PAGE_PATH = /^\/(?!api|downloads|charts|_next|_vercel|.*\..*)/;

/**
 * Every path: a malformed percent-encoding is answered 400 here, before Next's router fails on it.
 * Every page: the locale routing, and a Content-Security-Policy with a fresh nonce. The policy
 * goes on the request too, where Next reads the nonce and puts it on the scripts it renders;
 * next-intl forwards the request's headers when it rewrites. Everything else passes untouched
 * (no locale cookie or rewrite on the API, downloads or chart images).
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = rejectMalformedPath(pathname);
  if (malformed) return malformed;
  if (!PAGE_PATH.test(pathname)) return NextResponse.next();
  const headers = buildSecurityHeaders({
    nonce: createNonce(),
    embeddable: isEmbedPath(pathname),
    development: process.env.NODE_ENV === 'development',
  });
  request.headers.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  // next-intl decodes the path once (decodeURI) and rewrites to the result as if it were still
  // encoded, so a literal "%" ("%25") reached Next bare and failed there as a 500. Escaped once
  // more, it comes out of next-intl as it came in, and the page gets "%" in its params.
  if (/%25/i.test(pathname)) request.nextUrl.pathname = pathname.replace(/%25/gi, '%2525');
  const response = handleI18nRouting(request);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // Pages: see PAGE_PATH.
    '/((?!api|downloads|charts|_next|_vercel|.*\\..*).*)',
    // Any other path with a percent sign, for the malformed-encoding check alone; the rest
    // (API, downloads, chart images, files) never reaches the proxy.
    '/(.*%.*)',
  ],
};
