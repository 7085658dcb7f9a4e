import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { isInternalRender, servePublicPage } from './lib/server/cache/serve-public-page';
import { rejectMalformedPath } from './lib/server/http/reject-malformed-path';
import {
  buildSecurityHeaders,
  createNonce,
  isEmbedPath,
  isStaffPath,
} from './lib/server/http/security-headers';

const handleI18nRouting = createMiddleware(routing);

// better-auth's session cookie (cookiePrefix 'pledgeboard', lib/server/auth/auth.ts), and its
// name over https.
const STAFF_SESSION_COOKIES = ['pledgeboard.session_token', '__Secure-pledgeboard.session_token'];

// Pages: not API routes, downloads, chart images, Next's own files or anything with a file extension.
const PAGE_PATH = /^\/(?!api|downloads|charts|_next|_vercel|.*\..*)/;

/**
 * Every path: a malformed percent-encoding is answered 400 here, before Next's router fails on it.
 * Every page: the locale routing (no cookie: the language lives in the path), and then
 * - a public page (any reader's GET of an HTML page): from the cache (lib/server/cache/): 304 when
 *   If-None-Match names the current tag, else the one rendering of the current data, with a
 *   Content-Security-Policy listing the sha256 of its inline scripts and Cache-Control a CDN may
 *   keep. Nothing is rendered or queried when the copy is current.
 * - staff pages, RSC requests, `next dev`, and any page the cache cannot serve: rendered for this
 *   request, with a fresh nonce. The policy goes on the request too, where Next reads the nonce
 *   and puts it on the scripts it renders; next-intl forwards the request's headers when it
 *   rewrites. The cache's own loopback request for a page is rendered without a nonce.
 * Everything else passes untouched (API, downloads and chart images set their own caching).
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = rejectMalformedPath(pathname);
  if (malformed) return malformed;
  if (!PAGE_PATH.test(pathname)) return NextResponse.next();
  // next-intl decodes the path once (decodeURI) and rewrites to the result as if it were still
  // encoded, so a literal "%" ("%25") reached Next bare and failed there as a 500. Escaped once
  // more, it comes out of next-intl as it came in, and the page gets "%" in its params.
  if (/%25/i.test(pathname)) request.nextUrl.pathname = pathname.replace(/%25/gi, '%2525');
  const embeddable = isEmbedPath(pathname);
  const development = process.env.NODE_ENV === 'development';
  if (isInternalRender(request)) return handleI18nRouting(request);

  if (isPublicPageRequest(request) && !development) {
    const cached = await servePublicPage(request, {
      embeddable,
      redirectFor: () => {
        const routed = handleI18nRouting(request);
        return routed.headers.has('location')
          ? withHeaders(routed, { nonce: createNonce() })
          : null;
      },
    });
    if (cached) return cached;
  }
  const nonce = createNonce();
  const headers = buildSecurityHeaders({ scripts: { nonce }, embeddable, development });
  request.headers.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  return withHeaders(handleI18nRouting(request), { nonce });

  function withHeaders(response: NextResponse, scripts: { nonce: string }) {
    const headers = buildSecurityHeaders({ scripts, embeddable, development });
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }
}

/**
 * A reader's request for a page's HTML (GET, or HEAD: a monitor's or a CDN's check gets the same
 * headers from the copy, without rendering the page): not staff pages (private, per-session), not a signed-in
 * staff member (who sees their own change at once, not a copy up to a few seconds old), not the
 * RSC payloads the client router fetches (Next answers those itself, uncached), not a form post.
 */
function isPublicPageRequest(request: NextRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !isStaffPath(request.nextUrl.pathname) &&
    !STAFF_SESSION_COOKIES.some((name) => request.cookies.has(name)) &&
    !request.headers.has('rsc') &&
    !request.headers.has('next-router-prefetch') &&
    !request.nextUrl.searchParams.has('_rsc')
  );
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
